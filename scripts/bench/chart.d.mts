// Types of chart.mjs, for the TypeScript tests in test/bench/.

export declare function chartSvg(options: {
  results: Record<string, Record<number, { seconds: number | null }>>;
  sizes: readonly number[];
  tools: readonly { id: string; label: string; short?: string }[];
  subtitle: string;
}): string;
