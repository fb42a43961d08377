// The per-file step shared by file and stdin linting: decode, strip the BOM, hand to the core.
import { ruleIdsOf } from '../core/metadata-overrides.js';
import type { FileResult, ResolvedConfig, RuleModule } from '../types.js';
import type { EngineConfig, EngineDeps } from './deps.js';
import type { EngineOptions } from './options.js';
import { lintAndFix } from './fix-file.js';

// ignoreBOM: keep a BOM in the decoded string, so that fixes can tell it was there and put it back.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** UTF-8 without the BOM, which the core must never see (offsets would be off by one). */
export function decodeText(bytes: Uint8Array | string): string {
  return decodeWithBom(bytes).text;
}

/** The decoded text without its BOM, and whether there was one (fixed output puts it back). */
export function decodeWithBom(bytes: Uint8Array | string): { text: string; bom: boolean } {
  const text = typeof bytes === 'string' ? bytes : decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}

/** Lints decoded text, or with `options.fix` lints and fixes it in passes (see fix-file.ts). */
export function lintOrFix(
  decoded: { text: string; bom: boolean },
  filePath: string,
  config: ResolvedConfig,
  rules: ReadonlyMap<string, RuleModule>,
  deps: Pick<EngineDeps, 'lintText'>,
  options: Pick<EngineOptions, 'reportUnusedDirectives' | 'allowInlineConfig' | 'fix' | 'fixTypes'> = {},
): FileResult {
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
