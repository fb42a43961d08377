// How many threads a run lints on, and what each worker is told. The bench (scripts/bench) reads
// workerCountFor so that its parser floor runs on as many threads as macrolint does.
import { availableParallelism } from 'node:os';
import type { LintFilesOptions } from './options.js';
import type { WorkerSetup } from './worker-pool.js';

/**
 * Below this many files per thread, starting a worker (a Node isolate that loads the config, the
 * rules and the parser, then warms up) costs more than it saves. Measured on the bench's replies
 * (2 cores): 1,000 files take 1.1 s on one thread and 1.4 s on two; 10,000 take 5.1 s and 4.3 s.
 */
export const MIN_FILES_PER_THREAD = 1500;
// More threads than this stop paying on a typical run: reading, hashing and collecting results
// stay on the main thread.
const MAX_THREADS = 4;

/** The number of threads macrolint lints `fileCount` files on by default (`--concurrency auto`). */
export function workerCountFor(fileCount: number, cores: number = availableParallelism()): number {
  const threads = Math.min(cores, MAX_THREADS, Math.floor(fileCount / MIN_FILES_PER_THREAD));
  return threads >= 2 ? threads : 1;
}

/** The `--fix --quiet` filter, recognised by identity so that worker threads can apply it too. */
export const fixErrorsOnly = (diagnostic: { severity: number }): boolean => diagnostic.severity === 2;

/**
 * The threads this run lints on. Worker threads can't receive functions, so a run with injected
 * dependencies or a custom fix filter stays on this thread.
 */
export function threadsFor(fileCount: number, options: LintFilesOptions): number {
  const { concurrency = 'auto' } = options;
  if (concurrency === 'off' || options.deps !== undefined) return 1;
  if (typeof options.fix === 'function' && options.fix !== fixErrorsOnly) return 1;
  if (concurrency === 'auto') return workerCountFor(fileCount);
  return Math.max(1, Math.min(concurrency, fileCount));
}

/** What a worker needs to lint as this thread would: the config's inputs and the rules to load. */
export function workerSetup(cwd: string, options: LintFilesOptions, ruleIds: string[]): WorkerSetup {
  return {
    cwd,
    ruleIds,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.useConfigLookup !== undefined ? { useConfigLookup: options.useConfigLookup } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
    ...(options.reportUnusedDirectives !== undefined ? { reportUnusedDirectives: options.reportUnusedDirectives } : {}),
    ...(options.allowInlineConfig !== undefined ? { allowInlineConfig: options.allowInlineConfig } : {}),
    ...(options.fix !== undefined ? { fix: options.fix === fixErrorsOnly ? ('errors' as const) : Boolean(options.fix) } : {}),
    ...(options.fixTypes ? { fixTypes: [...options.fixTypes] } : {}),
  };
}
