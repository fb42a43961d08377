// macrolint's programmatic API: what `import … from 'macrolint'` gives.
import path from 'node:path';
import { buildTree } from './config/extends.js';
import { createConfigReader } from './config/load.js';
import { createLoadedConfig, type LoadedConfig } from './config/loaded-config.js';
import { loadConfig } from './config/index.js';
import { lintText as lintTextCore } from './core/lint-text.js';
import { decodeText, enabledRuleIds } from './engine/lint-one.js';
import { lintFiles as lintFilesEngine } from './engine/lint-files.js';
import type { LintFilesOptions as EngineLintFilesOptions } from './engine/options.js';
import { isBuiltinRule, loadRules } from './rules/registry.js';
import type { FileResult, RuleMeta, UserConfig } from './types.js';

export type * from './types.js';
export { ConfigError, loadConfig, parseRuleOption } from './config/index.js';
export type { LoadConfigOptions, LoadedConfig } from './config/index.js';
export { defineRule } from './rules/define-rule.js';
export { builtinRuleIds } from './rules/registry.js';
export { formatterNames, loadFormatter, UnknownFormatterError } from './formatters/index.js';
export type { Formatter, FormatterContext } from './formatters/index.js';
export { DEFAULT_EXTENSIONS, AllFilesIgnoredError, NoFilesFoundError } from './engine/index.js';

/** Options of {@link lintFiles}; the same switches as the CLI's flags. */
export type LintFilesOptions = Omit<EngineLintFilesOptions, 'deps' | 'concurrency'>;

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
  config?: UserConfig;
  /** Default process.cwd(). */
  cwd?: string;
}

async function builtinRuleMeta(id: string): Promise<RuleMeta | undefined> {
  return isBuiltinRule(id) ? (await loadRules([id])).get(id)?.meta : undefined;
}

/**
 * A config object treated as if it were a config file in cwd.
 * TODO(config): replace with a public helper from src/config/ when it exists.
 */
async function loadConfigObject(config: UserConfig, cwd: string): Promise<LoadedConfig> {
  const virtualPath = path.join(cwd, '<config object>');
  const tree = await buildTree(virtualPath, config, { reader: createConfigReader(), getRuleMeta: builtinRuleMeta });
  return createLoadedConfig({ filePath: null, baseDir: cwd, tree });
}

/** Lints one text (a leading BOM is removed). Config `ignores` do not apply: the text is linted. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = options.config ? await loadConfigObject(options.config, cwd) : await loadConfig({ cwd });
  const filePath = options.filePath ? path.resolve(cwd, options.filePath) : '<text>';
  const config = loaded.forFile(options.filePath ? filePath : path.join(cwd, '<text>'));
  const rules = await loadRules(enabledRuleIds([config]));
  return lintTextCore(decodeText(text), { filePath, config, rules });
}
