// P7: appreciate customers. A customer-facing reply must thank the customer or show
// appreciation somewhere in its own words. A sign-off formula ("Thanks,") does not count unless
// `signoffCounts` is set. Reports once, at the opening of the message (the first sentence after
// the greeting), where the thanks usually belongs.
import type { RuleContext, Sentence } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { isMessageSentence, thanksIndex } from '../../src/rules/closing.js';
import { DEFAULT_SKIP_AUDIENCES, isSkippedAudience, SKIP_AUDIENCES_SCHEMA } from '../../src/rules/audience.js';

export interface ThankTheCustomerOptions {
  /** Whether a sign-off such as "Thanks," or "Thank you!" counts as thanking the customer. */
  signoffCounts: boolean;
  /** The sentence the suggestion inserts at the opening of the message. */
  opener: string;
  /** Front-matter `audience` values of templates that are not customer-facing. */
  skipAudiences: string[];
}

const DEFAULT_OPENER = 'Thank you for reaching out.';

/** Where the opener goes, and the edit that puts it there. */
function insertion(context: RuleContext<ThankTheCustomerOptions>, sentence: Sentence, opener: string): { range: [number, number]; text: string } {
  const { text } = context;
  const block = sentence.block;
  if (block.kind === 'listItem' && block.sentences[0] === sentence) {
    // Before the list item's line (marker included), as a paragraph of its own.
    let lineStart = sentence.start;
    while (lineStart > context.template.bodyStart && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { range: [lineStart, lineStart], text: `${opener}${eol}${eol}` };
  }
  // "Hi {{name}}, your order shipped.": the rest of a greeting line starts in lower case.
  const first = text[sentence.start] ?? '';
  let before = sentence.start;
  while (before > 0 && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const afterComma = text[before - 1] === ',';
  const joined = afterComma && !/^I\b/.test(opener) ? opener[0]!.toLowerCase() + opener.slice(1) : opener;
  if (/\p{Ll}/u.test(first)) {
    return { range: [sentence.start, sentence.start + 1], text: `${joined} ${first.toUpperCase()}` };
  }
  return { range: [sentence.start, sentence.start], text: `${joined} ` };
}

export default defineRule<ThankTheCustomerOptions>({
  meta: {
    id: 'thank-the-customer',
    type: 'structure',
    docs: {
      description: 'Require a customer-facing reply to thank or show appreciation to the customer.',
      principle: 'P7',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/thank-the-customer/README.md',
    },
    messages: {
      missing:
        'This reply never thanks the customer. A word of appreciation tells them their time and their message mattered, even when the answer is not the one they hoped for. ' +
        'Thank them for something near the start, for example "Thanks for reaching out." or "Thank you for the detailed report."',
      signoffOnly:
        'The only thanks in this reply is the sign-off "{{signoff}}", which reads as a formula rather than appreciation. ' +
        'Thank the customer for something specific near the start, for example "Thanks for your patience while we looked into this."',
    },
    schema: {
      type: 'object',
      properties: {
        signoffCounts: { type: 'boolean', description: 'Whether a sign-off such as "Thanks," counts as thanking the customer.' },
        opener: { type: 'string', description: 'The sentence the suggestion inserts at the opening of the message.' },
        skipAudiences: SKIP_AUDIENCES_SCHEMA,
      },
      additionalProperties: false,
    },
    defaultOptions: { signoffCounts: false, opener: DEFAULT_OPENER, skipAudiences: [...DEFAULT_SKIP_AUDIENCES] },
    hasSuggestions: true,
  },
  create(context) {
    if (isSkippedAudience(context.template.metadata, context.options.skipAudiences)) return;
    const sentences = context.prose.sentences.filter((s) => !s.block.quoted);
    let signoffThanks: Sentence | undefined;
    for (const sentence of sentences) {
      if (thanksIndex(sentence) < 0) continue;
      if (sentence.role !== 'signoff' || context.options.signoffCounts) return;
      signoffThanks ??= sentence;
    }
    // The opening of the message: its first sentence after the greeting.
    const opening = sentences.find((s) => isMessageSentence(s) && s.role === undefined);
    if (!opening) return;
    const opener = (context.options.opener ?? DEFAULT_OPENER).trim() || DEFAULT_OPENER;
    const insert = insertion(context, opening, opener);
    context.report({
      messageId: signoffThanks ? 'signoffOnly' : 'missing',
      ...(signoffThanks ? { data: { signoff: signoffThanks.text } } : {}),
      start: opening.start,
      end: opening.end,
      suggest: [{ desc: `Insert "${opener}" at the opening of the message.`, fix: { range: insert.range, text: insert.text } }],
    });
  },
});
