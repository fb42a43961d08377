// P8: never let a customer leave unhappy. The end of a reply (its last few sentences before the
// sign-off) must hold a next step or an invitation to come back: "reply to this email", "let us
// know", "feel free to …", "I'll update you by Friday", a question for the customer. "I hope
// this helps" alone, "Closing." or "I'm going to close this issue" leave them at a dead end.
import type { Sentence } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { invitationIndex, isMessageSentence } from '../../src/rules/closing.js';
import { DEFAULT_SKIP_AUDIENCES, isSkippedAudience, SKIP_AUDIENCES_SCHEMA } from '../../src/rules/audience.js';

export interface OfferFurtherHelpOptions {
  /** How many sentences at the end of the message (before the sign-off) are searched. */
  lastSentences: number;
  /** The sentence the suggestion adds after the last sentence. */
  closer: string;
  /** Front-matter `audience` values of templates that are not customer-facing. */
  skipAudiences: string[];
}

const DEFAULT_CLOSER = 'If anything is still unclear, just reply to this email and we’ll help.';

/** A sentence of the message proper: the writer's running text, not the greeting or the sign-off, with words in it. */
function isBodySentence(sentence: Sentence): boolean {
  return isMessageSentence(sentence) && sentence.role === undefined && sentence.tokens.some((t) => t.kind === 'word');
}

/**
 * The closing steps of a message, last first: each sentence is a step, except that a list (with
 * the sentence that introduces it, "Send over:") is one step, so "the last three sentences" do
 * not end up being three items of one list.
 */
function closingSteps(body: readonly Sentence[]): Sentence[][] {
  const steps: Sentence[][] = [];
  for (let i = body.length - 1; i >= 0; i--) {
    const sentence = body[i]!;
    if (sentence.block.kind !== 'listItem') {
      steps.push([sentence]);
      continue;
    }
    const list: Sentence[] = [sentence];
    while (i > 0 && body[i - 1]!.block.kind === 'listItem') list.push(body[--i]!);
    // "When you have a moment, send:" introduces the list.
    const intro = body[i - 1];
    if (intro && /:\s*$/.test(intro.text)) {
      list.push(intro);
      i--;
    }
    steps.push(list);
  }
  return steps;
}

export default defineRule<OfferFurtherHelpOptions>({
  meta: {
    id: 'offer-further-help',
    type: 'structure',
    docs: {
      description: 'Require a reply to end with a next step or an invitation to reply, not a dead end.',
      principle: 'P8',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/offer-further-help/README.md',
    },
    messages: {
      deadEnd:
        'This reply ends without a next step or an invitation to come back, so a customer whose problem is not solved is left at a dead end. ' +
        'Close with what happens next or how to reach you, for example "If the error comes back, reply here and I’ll pick it up." or "I’ll update you by Friday."',
    },
    schema: {
      type: 'object',
      properties: {
        lastSentences: { type: 'integer', minimum: 1, description: 'How many sentences at the end of the message (before the sign-off) are searched.' },
        closer: { type: 'string', description: 'The sentence the suggestion adds after the last sentence of the message.' },
        skipAudiences: SKIP_AUDIENCES_SCHEMA,
      },
      additionalProperties: false,
    },
    defaultOptions: { lastSentences: 3, closer: DEFAULT_CLOSER, skipAudiences: [...DEFAULT_SKIP_AUDIENCES] },
    hasSuggestions: true,
  },
  create(context) {
    if (isSkippedAudience(context.template.metadata, context.options.skipAudiences)) return;
    const body = context.prose.sentences.filter(isBodySentence);
    const last = body[body.length - 1];
    if (!last) return;
    const count = Math.max(1, Math.trunc(context.options.lastSentences ?? 3));
    if (closingSteps(body).slice(0, count).some((step) => step.some((sentence) => invitationIndex(sentence) >= 0))) return;
    const closer = (context.options.closer ?? DEFAULT_CLOSER).trim() || DEFAULT_CLOSER;
    // After a list, the closer is a paragraph of its own; otherwise it joins the last paragraph.
    const eol = context.text.includes('\r\n') ? '\r\n' : '\n';
    const text = last.block.kind === 'listItem' ? `${eol}${eol}${closer}` : ` ${closer}`;
    context.report({
      messageId: 'deadEnd',
      start: last.start,
      end: last.end,
      suggest: [{ desc: `Add "${closer}" at the end of the message.`, fix: { range: [last.end, last.end], text } }],
    });
  },
});
