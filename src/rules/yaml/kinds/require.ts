// kind: require — one of the patterns must appear (in the first or last N sentences, or
// anywhere). Reported once per template, at the first sentence of the place searched, since
// what is wrong is an absence and that is where the writer would add it.
import { defineRule } from '../../define-rule.js';
import type { RuleMeta, RuleModule } from '../../../types.js';
import type { RequireSpec } from '../spec.js';
import { matchesIn, writerSentences } from './matches.js';

export const REQUIRE_MESSAGE = 'missing';

export function requireRule(spec: RequireSpec, meta: RuleMeta): RuleModule {
  return defineRule({
    meta,
    patterns: spec.patterns,
    create(context) {
      const sentences = writerSentences(context);
      const within = spec.within;
      const searched = !within ? sentences : 'first' in within ? sentences.slice(0, within.first) : sentences.slice(-within.last);
      // An empty template has nowhere to put the report, and other rules say it is empty.
      const at = searched[0];
      if (!at || searched.some((sentence) => matchesIn(context, sentence).length > 0)) return;
      context.report({ messageId: REQUIRE_MESSAGE, start: at.start, end: at.end });
    },
  });
}
