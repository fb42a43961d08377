// kind: order — when a `then` phrase appears, a `first` phrase must come before it ("thanks"
// before instructions). Only the first `then` match matters: once the order is wrong there, the
// writer fixes it there.
import { defineRule } from '../../define-rule.js';
import type { RuleMeta, RuleModule } from '../../../types.js';
import type { OrderSpec } from '../spec.js';
import { matchesIn, writerSentences } from './matches.js';

export const ORDER_MESSAGE = 'outOfOrder';

export function orderRule(spec: OrderSpec, meta: RuleMeta): RuleModule {
  const firstCount = spec.first.length;
  return defineRule({
    meta,
    // One list for the shared matcher: `first` patterns, then `then` patterns.
    patterns: [...spec.first, ...spec.then],
    create(context) {
      let seenFirst = false;
      for (const sentence of writerSentences(context)) {
        // At the same position a `first` match wins: a phrase that is both is not out of order.
        const found = matchesIn(context, sentence).sort((a, b) => a.start - b.start || a.patternIndex - b.patternIndex);
        for (const match of found) {
          if (match.patternIndex < firstCount) {
            seenFirst = true;
            continue;
          }
          if (!seenFirst) {
            context.report({ messageId: ORDER_MESSAGE, data: { phrase: context.quote(match.start, match.end) }, start: match.start, end: match.end });
          }
          return;
        }
      }
    },
  });
}
