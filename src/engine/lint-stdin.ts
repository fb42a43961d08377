// Linting text piped in (`--stdin`): same config and ignore rules as files, with the path from
// `--stdin-filename` deciding which config overrides apply and whether the text is ignored.
import path from 'node:path';
import type { FileResult } from '../types.js';
import { resolveDeps } from './deps.js';
import { IgnoreFiles } from './ignore-files.js';
import { enabledRuleIds, lintFileContent, loadEnabledRules } from './lint-one.js';
import { loadRunConfig, type EngineOptions } from './options.js';
import { ignoredFileResult, keepErrorsOnly } from './results.js';

/** ESLint's name for text without a file name. */
export const STDIN_PSEUDO_PATH = '<text>';

export interface LintStdinOptions extends EngineOptions {
  /** The file the text stands for (`--stdin-filename`), relative to cwd or absolute. */
  filePath?: string;
}

export async function lintStdin(input: string | Uint8Array, options: LintStdinOptions = {}): Promise<FileResult[]> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const deps = await resolveDeps(options.deps);
  const config = await loadRunConfig(deps, cwd, options);

  const absPath = options.filePath ? path.resolve(cwd, options.filePath) : undefined;
  if (absPath && options.ignore !== false && (new IgnoreFiles(cwd).isIgnored(absPath) || config.isIgnored(absPath))) {
    return options.warnIgnored === false || options.quiet ? [] : [ignoredFileResult(absPath)];
  }

  // Without a name, config overrides see a file called <text> in cwd, as ESLint does.
  const resolved = config.forFile(absPath ?? path.join(cwd, STDIN_PSEUDO_PATH));
  const rules = await loadEnabledRules(enabledRuleIds([resolved]), config, deps);
  options.onRulesLoaded?.(rules);
  const filePath = absPath ?? STDIN_PSEUDO_PATH;
  const result = { ...lintFileContent(input, filePath, resolved, rules, deps, options), filePath };
  return options.quiet ? keepErrorsOnly([result]) : [result];
}
