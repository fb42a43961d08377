// The per-file step shared by file and stdin linting: decode, strip the BOM, hand to the core.
import { ruleIdsOf } from '../core/metadata-overrides.js';
import type { FileResult, ResolvedConfig, RuleModule } from '../types.js';
import type { EngineConfig, EngineDeps } from './deps.js';
import type { EngineOptions } from './options.js';

const decoder = new TextDecoder('utf-8');

/** UTF-8 without the BOM, which the core must never see (offsets would be off by one). */
export function decodeText(bytes: Uint8Array | string): string {
  const text = typeof bytes === 'string' ? bytes : decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
