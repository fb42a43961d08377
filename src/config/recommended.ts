import type { RuleSetting } from '../types.js';

/**
 * `macrolint:recommended`: what applies with no config file at all. Kept as data (not derived
 * from each rule's meta) so that computing it never loads a rule; a meta test checks that it
 * agrees with every rule's `docs.recommended`.
 */
export const recommendedRules: Readonly<Record<string, RuleSetting>> = Object.freeze({
  'acknowledge-before-resolving': 'warn',
  'no-blame': 'error',
  'no-customer-wrong': 'error',
  'no-told-you-so': 'error',
});
