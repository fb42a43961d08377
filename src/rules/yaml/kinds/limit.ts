// kind: limit — at most `max` matches per template; each one beyond is reported, so the writer
// sees exactly which to cut ("sorry" four times reads as grovelling, once is an apology).
import { defineRule } from '../../define-rule.js';
import type { RuleMeta, RuleModule } from '../../../types.js';
import type { LimitSpec } from '../spec.js';
import { matchesIn, nonOverlapping, writerSentences } from './matches.js';

export const LIMIT_MESSAGE = 'overLimit';

export function limitRule(spec: LimitSpec, meta: RuleMeta): RuleModule {
  return defineRule({
    meta,
    patterns: spec.patterns,
    create(context) {
      const found = writerSentences(context).flatMap((sentence) => nonOverlapping(matchesIn(context, sentence)));
      found.slice(spec.max).forEach((match) => {
        const phrase = context.quote(match.start, match.end);
        context.report({ messageId: LIMIT_MESSAGE, data: { phrase, max: spec.max }, start: match.start, end: match.end });
      });
    },
  });
}
