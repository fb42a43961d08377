// P3: understand and acknowledge the customer's problem before trying to make it right. Reports
// the first instruction or resolution of a template that comes before any thanks, apology,
// empathy or restating of the issue.
import type { RuleContext, Sentence } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { acknowledgementIndex } from '../../src/rules/acknowledgement.js';
import { resolutionIndex } from '../../src/rules/resolution.js';
import { DEFAULT_SKIP_AUDIENCES, isSkippedAudience, SKIP_AUDIENCES_SCHEMA } from '../../src/rules/audience.js';

export interface AcknowledgeBeforeResolvingOptions {
  /** The sentence the suggestion inserts before the first instruction. */
  opener: string;
  /** Front-matter `audience` values of templates that are not customer-facing. */
  skipAudiences: string[];
}

const DEFAULT_OPENER = 'Thanks for reaching out.';

/** Sentences that can acknowledge or resolve: prose of the writer's own, not titles or quotes. */
function counts(sentence: Sentence): boolean {
  const block = sentence.block;
  return !block.quoted && block.kind !== 'heading' && block.kind !== 'tableCell';
}

/** Where the opener goes, and how it is joined to what follows. */
function insertion(context: RuleContext<AcknowledgeBeforeResolvingOptions>, sentence: Sentence, opener: string): { at: number; text: string } | undefined {
  if (sentence.role === 'greeting') return undefined;
  const { text } = context;
  const block = sentence.block;
  const firstOfBlock = block.sentences[0] === sentence;
  if (block.kind === 'listItem' && firstOfBlock) {
    // Before the list item's line (marker included), as a paragraph of its own.
    let lineStart = sentence.start;
    while (lineStart > context.template.bodyStart && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { at: lineStart, text: `${opener}${eol}${eol}` };
  }
  return { at: sentence.start, text: `${opener} ` };
}

export default defineRule<AcknowledgeBeforeResolvingOptions>({
  meta: {
    id: 'acknowledge-before-resolving',
    type: 'structure',
    docs: {
      description: 'Require thanks, an apology or a sign of understanding before the first instruction or resolution in a reply.',
      principle: 'P3',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/acknowledge-before-resolving/README.md',
    },
    messages: {
      missing:
        'This reply starts solving before it acknowledges the customer, which can feel like being processed rather than heard. ' +
        'Open with thanks, an apology or a line that shows you understood the problem, for example "Thanks for letting us know — I can see how frustrating this is."',
    },
    schema: {
      type: 'object',
      properties: {
        opener: { type: 'string', description: 'The acknowledgement the suggestion inserts before the first instruction.' },
        skipAudiences: SKIP_AUDIENCES_SCHEMA,
      },
      additionalProperties: false,
    },
    defaultOptions: { opener: DEFAULT_OPENER, skipAudiences: [...DEFAULT_SKIP_AUDIENCES] },
    hasSuggestions: true,
  },
  create(context) {
    if (isSkippedAudience(context.template.metadata, context.options.skipAudiences)) return;
    for (const sentence of context.prose.sentences) {
      if (!counts(sentence)) continue;
      const acknowledged = acknowledgementIndex(sentence);
      const resolved = resolutionIndex(sentence);
      if (acknowledged >= 0 && (resolved < 0 || acknowledged <= resolved)) return;
      if (resolved < 0) continue;
      const opener = (context.options.opener ?? DEFAULT_OPENER).trim() || DEFAULT_OPENER;
      const insert = insertion(context, sentence, opener);
      context.report({
        messageId: 'missing',
        start: sentence.start,
        end: sentence.end,
        ...(insert
          ? { suggest: [{ desc: `Insert "${opener}" before the first instruction.`, fix: { range: [insert.at, insert.at] as [number, number], text: insert.text } }] }
          : {}),
      });
      return;
    }
  },
});
