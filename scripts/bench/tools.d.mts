// Types of tools.mjs, for the TypeScript tests in test/bench/.

export interface RunResult {
  seconds: number;
  rssMb: number | null;
  cpuSeconds: number | null;
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface BenchCorpus {
  dir: string;
  markdownDir: string;
  zendeskFile: string;
  n: number;
}

export interface BenchTool {
  id: string;
  label: string;
  short?: string;
  available?: boolean;
  command(corpus: BenchCorpus): [string, string[]];
  check(result: RunResult, corpus: BenchCorpus): { problems?: number };
}

export declare function macrolintFeatures(bin: string): { cache: boolean; cacheLocation: boolean };
export declare function benchTools(options: { bin: string; features: { cache: boolean; cacheLocation: boolean }; threadsFor: (n: number) => number }): BenchTool[];
