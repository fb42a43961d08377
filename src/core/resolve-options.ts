import type { RuleModule } from '../types.js';
import { validateOptions } from './options.js';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
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
