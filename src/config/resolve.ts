// The effective rules for one file: the layers that apply to it, folded in order.
import type { ResolvedConfig } from '../types.js';
import type { Layer } from './extends.js';
import type { NormalizedRule } from './rule-setting.js';

export type EffectiveRules = Map<string, NormalizedRule>;

/** `relPath` is undefined for a file outside the base directory: no override can match it. */
export function resolveRules(layers: readonly Layer[], relPath: string | undefined): EffectiveRules {
  const effective: EffectiveRules = new Map();
  for (const layer of layers) {
    if (layer.matches && (relPath === undefined || !layer.matches(relPath))) continue;
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

/** Enabled rules only, sorted by id so output and cache keys are stable. */
export function enabledRules(effective: EffectiveRules): Array<[string, 1 | 2, Record<string, unknown>]> {
  const enabled: Array<[string, 1 | 2, Record<string, unknown>]> = [];
  for (const [id, { severity, options }] of effective) {
    // A copy per call: the core merges defaults into what it gets, and one file's config must not leak into the next.
    if (severity !== 0) enabled.push([id, severity, { ...options }]);
  }
  return enabled.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function toResolvedConfig(effective: EffectiveRules): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, severity, options] of enabledRules(effective)) rules[id] = { severity, options };
  return { rules };
}
