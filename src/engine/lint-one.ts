// The per-file step shared by file and stdin linting: decode (decode.ts), hand to the core.
import { ruleIdsOf } from '../core/metadata-overrides.js';
import type { FileResult, ResolvedConfig, RuleModule } from '../types.js';
import { decodeWithBom, readFileContent, type DecodedText, type FileContent } from './decode.js';
import type { EngineConfig, EngineDeps } from './deps.js';
import type { EngineOptions } from './options.js';
import { lintAndFix } from './fix-file.js';
import { isStackOverflow } from '../formats/nesting.js';
import { binaryFileResult, invalidEncodingResult, stackOverflowResult } from './results.js';

export { decodeText, decodeWithBom } from './decode.js';

type LintOptions = Pick<EngineOptions, 'reportUnusedDirectives' | 'allowInlineConfig' | 'fix' | 'fixTypes'>;

/** Which file, with what config and rules, how: what lintFileContent hands on to lintOrFix. */
type LintTarget = [
  filePath: string,
  config: ResolvedConfig,
  rules: ReadonlyMap<string, RuleModule>,
  deps: Pick<EngineDeps, 'lintText'>,
  options?: LintOptions,
];

/**
 * One file's content to its result: a binary file is skipped with a warning, bytes that are not
 * valid text are a fatal error at their position, and text is linted (and fixed). A file deep
 * enough to exhaust the stack gets a fatal error and the run goes on; other exceptions are bugs,
 * and stay internal errors.
 */
export function lintFileContent(input: Uint8Array | string, ...target: LintTarget): FileResult {
  const [filePath] = target;
  // A string is already text (the API's stdin); only bytes can be binary or badly encoded.
  const content: FileContent = typeof input === 'string' ? { kind: 'text', ...decodeWithBom(input) } : readFileContent(input);
  if (content.kind === 'binary') return binaryFileResult(filePath);
  if (content.kind === 'invalid') return invalidEncodingResult(filePath, content);
  try {
    const result = lintOrFix(content, ...target);
    // --fix writes `output` back in the file's own encoding.
    return content.encoding === 'utf-8' ? result : { ...result, encoding: content.encoding };
  } catch (error) {
    if (isStackOverflow(error)) return stackOverflowResult(filePath);
    throw error;
  }
}

/** Lints decoded text, or with `options.fix` lints and fixes it in passes (see fix-file.ts). */
export function lintOrFix(decoded: Pick<DecodedText, 'text' | 'bom'>, ...[filePath, config, rules, deps, options = {}]: LintTarget): FileResult {
  const lint = (text: string): FileResult => lintDecoded(text, filePath, config, rules, deps, options);
  if (!options.fix) return lint(decoded.text);
  return lintAndFix(decoded.text, decoded.bom, lint, rules, {
    ...(options.fixTypes ? { types: options.fixTypes } : {}),
    ...(typeof options.fix === 'function' ? { filter: options.fix } : {}),
  });
}

/** The rules a set of per-file configs switch on, so a run loads only those. */
export function enabledRuleIds(configs: Iterable<ResolvedConfig>): Set<string> {
  const ids = new Set<string>();
  for (const config of configs) {
    for (const id of ruleIdsOf(config)) ids.add(id);
  }
  return ids;
}

/**
 * The modules for `ids`: the config's own rules (plugin and YAML rules, already loaded with the
 * config) from the config, built-in rules from the registry, which imports only those.
 */
export async function loadEnabledRules(
  ids: ReadonlySet<string>,
  config: Pick<EngineConfig, 'customRules'>,
  deps: Pick<EngineDeps, 'loadRules'>,
): Promise<ReadonlyMap<string, RuleModule>> {
  const custom = config.customRules;
  const builtin = [...ids].filter((id) => !custom.has(id));
  const loaded = await deps.loadRules(builtin);
  if (builtin.length === ids.size) return loaded;
  const all = new Map(loaded);
  for (const id of ids) if (custom.has(id)) all.set(id, custom.get(id)!);
  return all;
}

export function lintDecoded(
  text: string,
  filePath: string,
  config: ResolvedConfig,
  rules: ReadonlyMap<string, RuleModule>,
  deps: Pick<EngineDeps, 'lintText'>,
  directives: Pick<EngineOptions, 'reportUnusedDirectives' | 'allowInlineConfig'> = {},
): FileResult {
  const options = {
    filePath,
    config,
    rules,
    ...(directives.reportUnusedDirectives ? { reportUnusedDirectives: directives.reportUnusedDirectives } : {}),
    ...(directives.allowInlineConfig === false ? { allowInlineConfig: false } : {}),
  };
  return deps.lintText(text, options);
}
