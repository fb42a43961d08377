import type { RuleModule } from '../types.js';
import { deepFreeze } from './deep-freeze.js';
import { validateOptions } from './options.js';


// Resolved options by rule and by the user's options (as JSON): a run of thousands of files
// with the same settings validates and clones each rule's options once. They are frozen, so
// sharing them between lint calls is safe.
const resolvedByRule = new WeakMap<RuleModule, Map<string, Readonly<Record<string, unknown>>>>();

/** resolveRuleOptions, remembered per rule module and options. */
export function cachedRuleOptions(rule: RuleModule, user: Record<string, unknown> | undefined): Readonly<Record<string, unknown>> {
  let byOptions = resolvedByRule.get(rule);
  if (!byOptions) {
    byOptions = new Map();
    resolvedByRule.set(rule, byOptions);
  }
  const key = user === undefined ? '' : JSON.stringify(user);
  let options = byOptions.get(key);
  if (!options) {
    options = resolveRuleOptions(rule, user);
    byOptions.set(key, options);
  }
  return options;
}

/**
 * A rule's effective options: the user's object over the rule's defaults, validated and frozen.
 * Config loading validates first and reports the file and key path; this guards the Node API.
 */
export function resolveRuleOptions(rule: RuleModule, user: Record<string, unknown> | undefined): Readonly<Record<string, unknown>> {
  const merged = structuredClone({ ...(rule.meta.defaultOptions ?? {}), ...(user ?? {}) });
  if (rule.meta.schema) {
    const problems = validateOptions(rule.meta.schema, merged);
    if (problems.length > 0) {
      const detail = problems.map((p) => `${p.path || 'options'}: ${p.message}`).join('; ');
      throw new TypeError(`Invalid options for rule "${rule.meta.id}": ${detail}`);
    }
  }
  return deepFreeze(merged);
}
