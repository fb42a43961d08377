// kind: phrase — each pattern match is reported, exactly as a built-in phrase rule reports it
// (the same engine: questions, conditionals and quotations skipped unless the file opts in).
import { definePhraseRule } from '../../phrase-rule.js';
import type { RuleMeta, RuleModule } from '../../../types.js';
import type { PhraseSpec } from '../spec.js';

export const PHRASE_MESSAGE = 'phrase';

export function phraseRule(spec: PhraseSpec, meta: RuleMeta): RuleModule {
  return definePhraseRule({
    meta,
    phrases: spec.patterns.map((pattern) => ({
      pattern,
      messageId: PHRASE_MESSAGE,
      inQuestions: spec.inQuestions,
      inConditionals: spec.inConditionals,
      ...(spec.suggest !== undefined ? { suggest: spec.suggest } : {}),
    })),
  });
}
