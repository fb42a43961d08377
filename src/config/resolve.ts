// The effective rules for one file: the layers that apply to it, folded in order. Layers scoped
// by front matter can't be decided per file, only per template, so they become the config's
// metadataOverrides, which the core applies to each template after the file's rules.
import type { MetadataOverride, ResolvedConfig, ResolvedRule } from '../types.js';
import type { Layer } from './extends.js';
import type { NormalizedRule } from './rule-setting.js';

export type EffectiveRules = Map<string, NormalizedRule>;

function appliesToFile(layer: Layer, relPath: string | undefined): boolean {
  return !layer.matches || (relPath !== undefined && layer.matches(relPath));
}

/**
 * Which layers apply to a file, as a string of 0s and 1s: files with the same signature get the
 * same rules, so a run resolves each distinct combination once.
 */
export function layerSignature(layers: readonly Layer[], relPath: string | undefined): string {
  let signature = '';
  for (const layer of layers) signature += appliesToFile(layer, relPath) ? '1' : '0';
  return signature;
}

/** `relPath` is undefined for a file outside the base directory: no `files` glob can match it. */
export function resolveRules(layers: readonly Layer[], relPath: string | undefined): EffectiveRules {
  const effective: EffectiveRules = new Map();
  for (const layer of layers) {
    if (layer.metadata || !appliesToFile(layer, relPath)) continue;
    applyRules(effective, layer.rules);
  }
  return effective;
}

export function applyRules(effective: EffectiveRules, rules: ReadonlyMap<string, NormalizedRule>): void {
  for (const [id, rule] of rules) {
    // A severity alone keeps the options set earlier, as in ESLint: `"no-blame": "warn"` in an
    // override changes how loud the rule is, not how it is configured.
    const options = rule.options ?? effective.get(id)?.options;
    effective.set(id, options ? { severity: rule.severity, options } : { severity: rule.severity });
  }
}

/**
 * The metadata overrides for one file, in layer order. A severity alone keeps the options the
 * file's rules give (`effective`); "off" becomes null. `--rule` settings still win (`last`).
 */
export function resolveMetadataOverrides(
  layers: readonly Layer[],
  relPath: string | undefined,
  effective: EffectiveRules,
  last?: ReadonlyMap<string, NormalizedRule>,
): MetadataOverride[] {
  const overrides: MetadataOverride[] = [];
  for (const layer of layers) {
    if (!layer.metadata || !appliesToFile(layer, relPath)) continue;
    const rules: MetadataOverride['rules'] = {};
    for (const [id, rule] of layer.rules) {
      const final = last?.get(id);
      const severity = final ? final.severity : rule.severity;
      const options = final?.options ?? rule.options ?? effective.get(id)?.options ?? {};
      rules[id] = severity === 0 ? null : { severity, options: { ...options } };
    }
    overrides.push({ metadata: layer.metadata, rules });
  }
  return overrides;
}

/** Enabled rules only, sorted by id so output and cache keys are stable. */
export function enabledRules(effective: EffectiveRules): Array<[string, 1 | 2, Record<string, unknown>]> {
  const enabled: Array<[string, 1 | 2, Record<string, unknown>]> = [];
  for (const [id, { severity, options }] of effective) {
    // A copy per call: the core merges defaults into what it gets, and one file's config must not leak into the next.
    if (severity !== 0) enabled.push([id, severity, { ...options }]);
  }
  return enabled.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function toResolvedConfig(effective: EffectiveRules, metadataOverrides: MetadataOverride[] = []): ResolvedConfig {
  const rules: Record<string, ResolvedRule> = {};
  for (const [id, severity, options] of enabledRules(effective)) rules[id] = { severity, options };
  return metadataOverrides.length > 0 ? { rules, metadataOverrides } : { rules };
}
