// The built-in rules, loaded on demand: a run imports only the rules its config enables, so a
// pre-commit run on one file does not pay for rules it never calls.
import type { RuleModule } from '../types.js';

type Loader = () => Promise<{ default: RuleModule<any> }>;

/** One entry per folder under rules/. A meta test checks this list against the folders. */
const builtinLoaders: Record<string, Loader> = {
  'acknowledge-before-resolving': () => import('../../rules/acknowledge-before-resolving/index.js'),
  'max-sentence-words': () => import('../../rules/max-sentence-words/index.js'),
  'max-words': () => import('../../rules/max-words/index.js'),
  'no-absolutes': () => import('../../rules/no-absolutes/index.js'),
  'no-blame': () => import('../../rules/no-blame/index.js'),
  'no-cant-without-can': () => import('../../rules/no-cant-without-can/index.js'),
  'no-condescension': () => import('../../rules/no-condescension/index.js'),
  'no-customer-wrong': () => import('../../rules/no-customer-wrong/index.js'),
  'no-dismissal': () => import('../../rules/no-dismissal/index.js'),
  'no-empty-template': () => import('../../rules/no-empty-template/index.js'),
  'no-evasive-passive': () => import('../../rules/no-evasive-passive/index.js'),
  'no-insult': () => import('../../rules/no-insult/index.js'),
  'no-internal-note': () => import('../../rules/no-internal-note/index.js'),
  'no-non-apology': () => import('../../rules/no-non-apology/index.js'),
  'no-policy-shield': () => import('../../rules/no-policy-shield/index.js'),
  'no-shouting': () => import('../../rules/no-shouting/index.js'),
  'no-told-you-so': () => import('../../rules/no-told-you-so/index.js'),
  'no-unfilled-token': () => import('../../rules/no-unfilled-token/index.js'),
  'offer-further-help': () => import('../../rules/offer-further-help/index.js'),
  'placeholder-fallback': () => import('../../rules/placeholder-fallback/index.js'),
  'placeholder-known': () => import('../../rules/placeholder-known/index.js'),
  'readability': () => import('../../rules/readability/index.js'),
  'require-greeting': () => import('../../rules/require-greeting/index.js'),
  'template-syntax': () => import('../../rules/template-syntax/index.js'),
  'thank-the-customer': () => import('../../rules/thank-the-customer/index.js'),
};

export const builtinRuleIds: readonly string[] = Object.keys(builtinLoaders).sort();

export function isBuiltinRule(id: string): boolean {
  return Object.hasOwn(builtinLoaders, id);
}

/** Loads the named rules. Unknown ids are a programming error here: config validation rejects them first. */
export async function loadRules(ids: Iterable<string>): Promise<Map<string, RuleModule>> {
  const wanted = [...new Set(ids)];
  const modules = await Promise.all(
    wanted.map(async (id) => {
      const loader = builtinLoaders[id];
      if (!loader) throw new Error(`Unknown rule "${id}".`);
      return [id, (await loader()).default as RuleModule] as const;
    }),
  );
  return new Map(modules);
}

export function loadAllRules(): Promise<Map<string, RuleModule>> {
  return loadRules(builtinRuleIds);
}
