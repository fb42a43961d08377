// A whole run over files: config once, files found, only the enabled rules loaded, every file
// read and linted. One unreadable file never stops the others: it becomes a fatal result.
import path from 'node:path';
import type { FileResult, ResolvedConfig } from '../types.js';
import { resolveDeps } from './deps.js';
import { findFiles } from './find-files.js';
import { IgnoreFiles } from './ignore-files.js';
import { decodeWithBom, enabledRuleIds, lintOrFix, loadEnabledRules } from './lint-one.js';
import { loadRunConfig, type LintFilesOptions } from './options.js';
import { ignoredFileResult, keepErrorsOnly, unreadableFileResult } from './results.js';

const DEFAULT_CONCURRENCY = 16;

/** Maps with at most `limit` calls in flight, keeping the input order in the output. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return out;
}

export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<FileResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const deps = await resolveDeps(options.deps);
  const config = await loadRunConfig(deps, cwd, options);

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
  const rules = await loadEnabledRules(enabledRuleIds(configs.values()), config, deps);
  options.onRulesLoaded?.(rules);

  const results = await mapLimit(found, options.concurrency ?? DEFAULT_CONCURRENCY, async (file) => {
    if (file.ignored) return options.warnIgnored === false ? null : ignoredFileResult(file.filePath);
    let decoded: { text: string; bom: boolean };
    try {
      decoded = decodeWithBom(await deps.readFile(file.filePath));
    } catch (error) {
      return unreadableFileResult(file.filePath, error);
    }
    const result = lintOrFix(decoded, file.filePath, configs.get(file.filePath)!, rules, deps, options);
    // The core echoes the path it was given; keep it absolute whatever it does.
    return { ...result, filePath: file.filePath };
  });

  const kept = results.filter((result): result is FileResult => result !== null);
  return options.quiet ? keepErrorsOnly(kept) : kept;
}
