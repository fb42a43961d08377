// A whole run over files: config once, files found, every file read and linted, the enabled rules
// and the core loaded when the first file needs linting (with --cache, a run whose files are all
// unchanged never loads them). One unreadable file never stops the others: it becomes a fatal result.
import path from 'node:path';
import type { FileResult, ResolvedConfig, RuleModule } from '../types.js';
import { LintCache, resolveCacheFile } from './cache.js';
import { defaultDeps, resolveDeps, type EngineDeps } from './deps.js';
import { findFiles } from './find-files.js';
import { IgnoreFiles } from './ignore-files.js';
import { enabledRuleIds, lintFileContent, loadEnabledRules } from './lint-one.js';
import { mapLimit } from './map-limit.js';
import { LintPool } from './worker-pool.js';
import { threadsFor, workerSetup } from './workers.js';
import { loadRunConfig, type LintFilesOptions } from './options.js';
import { ignoredFileResult, keepErrorsOnly, unreadableFileResult } from './results.js';

const DEFAULT_CONCURRENCY = 16;
// Files read ahead per thread: three batches, so a worker always has the next one waiting.
const WORKER_QUEUE = 96;
const LINT_WORKER_URL = new URL('./lint-worker.js', import.meta.url);

export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // Only what finding and reading files takes; the core is imported by resolveDeps, on the first miss.
  const deps: EngineDeps = { ...defaultDeps, ...options.deps };
  const config = await loadRunConfig(deps, cwd, options);
  // Read while the files are found. Opening never fails: an unusable cache file is an empty cache.
  const opening = options.cache
    ? resolveCacheFile(options.cache.location, cwd).then((file) => LintCache.open(file, config, options))
    : undefined;

  const found = await findFiles(patterns.length > 0 ? patterns : ['.'], {
    cwd,
    // The config takes a trailing separator to mean a directory (so `ignores: ["drafts/"]` prunes).
    isIgnored: (absPath, isDirectory) => config.isIgnored(isDirectory ? absPath + path.sep : absPath),
    ignoreFiles: new IgnoreFiles(cwd),
    // Files the config's `sources` name are templates too, whatever their extension.
    includeFile: (absPath) => config.isSourceFile?.(absPath) ?? false,
    hiddenFolders: config.sourceHiddenFolders ?? [],
    ...(options.extensions ? { extensions: options.extensions } : {}),
    ...(options.errorOnUnmatchedPattern !== undefined ? { errorOnUnmatchedPattern: options.errorOnUnmatchedPattern } : {}),
    ...(options.ignore !== undefined ? { ignore: options.ignore } : {}),
  });

  const toLint = found.filter((file) => !file.ignored);
  const configs = new Map<string, ResolvedConfig>(toLint.map((file) => [file.filePath, config.forFile(file.filePath)]));
  const cache = await opening;

  // Each loaded once, when the first file has to be linted.
  let rulesLoading: Promise<ReadonlyMap<string, RuleModule>> | undefined;
  const loadRules = (): Promise<ReadonlyMap<string, RuleModule>> =>
    (rulesLoading ??= loadEnabledRules(enabledRuleIds(configs.values()), config, deps).then((rules) => {
      options.onRulesLoaded?.(rules);
      return rules;
    }));
  let linterLoading: Promise<[EngineDeps, ReadonlyMap<string, RuleModule>]> | undefined;
  const loadLinter = (): Promise<[EngineDeps, ReadonlyMap<string, RuleModule>]> =>
    (linterLoading ??= Promise.all([resolveDeps(options.deps), loadRules()]));
  // Large runs lint on worker threads (started on the first miss, so a cached run starts none).
  const threads = threadsFor(toLint.length, options);
  let pool: LintPool | undefined;
  const lintOne = async (filePath: string, bytes: Uint8Array, fileConfig: ResolvedConfig): Promise<FileResult> => {
    if (threads > 1) {
      pool ??= new LintPool(threads, workerSetup(cwd, options, [...enabledRuleIds(configs.values())]), LINT_WORKER_URL);
      return pool.lint(filePath, bytes);
    }
    const [core, rules] = await loadLinter();
    // The core echoes the path it was given; keep it absolute whatever it does.
    return { ...lintFileContent(bytes, filePath, fileConfig, rules, core, options), filePath };
  };

  const fixing = Boolean(options.fix);
  // With workers, enough files in flight to keep every thread's queue full.
  const inFlight = options.readConcurrency ?? (threads > 1 ? threads * WORKER_QUEUE : DEFAULT_CONCURRENCY);
  const results = await mapLimit(found, inFlight, async (file) => {
    if (file.ignored) return options.warnIgnored === false ? null : ignoredFileResult(file.filePath);
    let bytes: Uint8Array;
    try {
      bytes = await deps.readFile(file.filePath);
    } catch (error) {
      return unreadableFileResult(file.filePath, error);
    }
    const fileConfig = configs.get(file.filePath)!;
    const cached = cache?.lookup(file.filePath, bytes, fileConfig, fixing);
    if (cached) return cached;
    const result = await lintOne(file.filePath, bytes, fileConfig);
    cache?.remember(file.filePath, bytes, fileConfig, result);
    return result;
  });
  await pool?.close();
  // No file needed linting: the rules are loaded for onRulesLoaded only if the cache options ask.
  if (!rulesLoading && options.onRulesLoaded && (!cache || options.cache?.alwaysLoadRules)) await loadRules();
  await cache?.save(options.cache?.onWriteError);

  const kept = results.filter((result): result is FileResult => result !== null);
  return options.quiet ? keepErrorsOnly(kept) : kept;
}
