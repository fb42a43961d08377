// Length: long replies get skimmed, and the one line the customer needed gets lost. Counts the
// words of a template's prose (greeting and sign-off included; quoted blocks, which are usually
// the customer's own message, and code blocks are not) and reports the first word past the
// limit. The limit can depend on the template's channel: chat snippets should be far shorter
// than emails (60 words by default, after the domain study's suggested targets).
import { defineRule } from '../../src/rules/define-rule.js';
import { countSentenceWords, sentenceWords } from '../../src/text/syllables.js';

export interface MaxWordsOptions {
  /** The most words a template may have. */
  max: number;
  /** Limits by front-matter `channel` (compared case-insensitively), e.g. `{ "chat": 60 }`. */
  maxByChannel: Record<string, number>;
}

const DEFAULT_MAX = 200;

/** The limit for a channel: `maxByChannel[channel]` when it is a positive number, else `max`. */
function limitFor(options: Readonly<MaxWordsOptions>, channel: unknown): { max: number; channel?: string } {
  const fallback = typeof options.max === 'number' && options.max >= 1 ? Math.floor(options.max) : DEFAULT_MAX;
  if (typeof channel !== 'string' || !options.maxByChannel) return { max: fallback };
  const wanted = channel.trim().toLowerCase();
  for (const [key, value] of Object.entries(options.maxByChannel)) {
    if (key.trim().toLowerCase() === wanted && typeof value === 'number' && value >= 1) return { max: Math.floor(value), channel: channel.trim() };
  }
  return { max: fallback };
}

export default defineRule<MaxWordsOptions>({
  meta: {
    id: 'max-words',
    type: 'style',
    docs: {
      description: 'Limit the number of words in a template, with optional limits per channel.',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/max-words/README.md',
    },
    messages: {
      tooLong:
        'This reply is {{count}} words long, over the limit of {{max}}{{where}}; the text from here on is past it. ' +
        'Long replies get skimmed and the answer the customer needs gets lost. ' +
        'Keep what they need to act on, link to a help article for the details, or split it into shorter replies.',
    },
    schema: {
      type: 'object',
      properties: {
        max: { type: 'integer', minimum: 1, description: 'The most words a template may have.' },
        maxByChannel: {
          type: 'object',
          description: 'Limits by front-matter `channel` (compared case-insensitively), e.g. `{ "chat": 60, "sms": 30 }`; other channels use `max`. Replaces the default `{ "chat": 60 }`.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { max: DEFAULT_MAX, maxByChannel: { chat: 60 } },
  },
  create(context) {
    const limit = limitFor(context.options, context.template.metadata.channel);
    const sentences = context.prose.sentences.filter((s) => !s.block.quoted);
    // Counted first: the words themselves are built only for a reply over the limit.
    if (sentences.reduce((total, s) => total + countSentenceWords(s), 0) <= limit.max) return;
    const words = sentences.flatMap((s) => sentenceWords(s, context.text));
    const first = words[limit.max]!;
    context.report({
      messageId: 'tooLong',
      data: { count: words.length, max: limit.max, where: limit.channel ? ` for ${limit.channel}` : '' },
      start: first.start,
      end: first.end,
    });
  },
});
