import type { RuleModule } from '../types.js';

/**
 * Declares a rule. An identity function at run time; it exists so that rule authors get
 * the types (and so the core can later add checks in one place).
 */
export function defineRule<Options = Record<string, unknown>>(rule: RuleModule<Options>): RuleModule<Options> {
  if (!rule || typeof rule.create !== 'function' || !rule.meta?.id) {
    throw new TypeError('defineRule() needs { meta: { id, … }, create(context) }');
  }
  return rule;
}
