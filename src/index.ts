// macrolint's programmatic API: what `import … from 'macrolint'` gives.
import path from 'node:path';
import { loadConfig } from './config/index.js';
import { lintText as lintTextCore } from './core/lint-text.js';
import { decodeText, enabledRuleIds, loadEnabledRules } from './engine/lint-one.js';
import { lintFiles as lintFilesEngine } from './engine/lint-files.js';
import type { LintFilesOptions as EngineLintFilesOptions } from './engine/options.js';
import { loadRules } from './rules/registry.js';
import type { Config } from './config/user-config.js';
import type { FileResult } from './types.js';

export type * from './types.js';
export { ConfigError, loadConfig, parseRuleOption } from './config/index.js';
export type { LoadConfigOptions, LoadedConfig } from './config/index.js';
export type { Config, MetadataValue, Override } from './config/user-config.js';
export type { Plugin } from './plugins/index.js';
export { defineRule } from './rules/define-rule.js';
export { definePhraseRule } from './rules/phrase-rule.js';
export type { Phrase, PhraseRuleSpec } from './rules/phrase-rule.js';
export { builtinRuleIds } from './rules/registry.js';
export { formatterNames, loadFormatter, UnknownFormatterError } from './formatters/index.js';
export type { Formatter, FormatterContext } from './formatters/index.js';
export { DEFAULT_EXTENSIONS, AllFilesIgnoredError, NoFilesFoundError } from './engine/index.js';

/** Options of {@link lintFiles}; the same switches as the CLI's flags. */
export type LintFilesOptions = Omit<EngineLintFilesOptions, 'deps' | 'readConcurrency' | 'onRulesLoaded'>;

/**
 * Lints the files that `patterns` (files, directories, globs; default `.`) name, with the config
 * found from `cwd` (or `configFile`). Results have absolute paths and are sorted by path.
 */
export function lintFiles(patterns: readonly string[] = [], options: LintFilesOptions = {}): Promise<FileResult[]> {
  return lintFilesEngine(patterns, options);
}

export interface LintTextOptions {
  /** The file the text stands for: decides `overrides` and the template format. Default `<text>`. */
  filePath?: string;
  /** A config object, validated like a config file (its `extends` paths are relative to cwd). Default: looked up from cwd. */
  config?: Config;
  /** Default process.cwd(). */
  cwd?: string;
}

/** Lints one text (a leading BOM is removed). Config `ignores` do not apply: the text is linted. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = await loadConfig({ cwd, ...(options.config ? { config: options.config } : {}) });
  const filePath = options.filePath ? path.resolve(cwd, options.filePath) : '<text>';
  const config = loaded.forFile(options.filePath ? filePath : path.join(cwd, '<text>'));
  const rules = await loadEnabledRules(enabledRuleIds([config]), loaded, { loadRules });
  return lintTextCore(decodeText(text), { filePath, config, rules });
}
