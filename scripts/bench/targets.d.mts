// Types of targets.mjs, for the TypeScript tests in test/bench/.

export interface Measurement {
  seconds: number | null;
  rssMb: number | null;
}

export interface Target {
  name: string;
  status: 'PASS' | 'FAIL' | 'n/a';
  detail: string;
}

export declare function checkTargets(results: Record<string, Record<number, Measurement>>, sizes: readonly number[]): Target[];
