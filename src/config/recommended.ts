import type { RuleSetting } from '../types.js';

/**
 * `macrolint:recommended`: what applies with no config file at all. Kept as data (not derived
 * from each rule's meta) so that computing it never loads a rule; a meta test checks that it
 * agrees with every rule's `docs.recommended`.
 */
export const recommendedRules: Readonly<Record<string, RuleSetting>> = Object.freeze({
  'acknowledge-before-resolving': 'warn',
  'max-sentence-words': 'warn',
  'max-words': 'warn',
  'no-absolutes': 'warn',
  'no-blame': 'error',
  'no-cant-without-can': 'warn',
  'no-condescension': 'warn',
  'no-customer-wrong': 'error',
  'no-dismissal': 'error',
  'no-empty-template': 'error',
  'no-evasive-passive': 'warn',
  'no-insult': 'error',
  'no-internal-note': 'error',
  'no-non-apology': 'warn',
  'no-policy-shield': 'warn',
  'no-shouting': 'warn',
  'no-told-you-so': 'error',
  'no-unfilled-token': 'error',
  'offer-further-help': 'warn',
  'placeholder-fallback': 'warn',
  'placeholder-known': 'warn',
  'readability': 'warn',
  'template-syntax': 'error',
  'thank-the-customer': 'warn',
});
