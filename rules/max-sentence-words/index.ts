// Sentence length: plain-language guides (HHS, PLAIN) keep sentences to about 20 words, because
// a reader holds one sentence in mind at a time. Reports every sentence of the writer's own
// prose (list items and headings included; quoted blocks and code are not prose of ours) with
// more words than the limit.
import { defineRule } from '../../src/rules/define-rule.js';
import { countSentenceWords } from '../../src/text/syllables.js';

export interface MaxSentenceWordsOptions {
  /** The most words a sentence may have. */
  max: number;
}

const DEFAULT_MAX = 30;

export default defineRule<MaxSentenceWordsOptions>({
  meta: {
    id: 'max-sentence-words',
    type: 'style',
    docs: {
      description: 'Limit the number of words in a sentence.',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/max-sentence-words/README.md',
    },
    messages: {
      tooLong:
        'This sentence has {{count}} words (limit {{max}}). A customer has to hold all of it in mind at once, and the key point gets lost. ' +
        'Split it into shorter sentences with one idea each, or turn a run of steps into a numbered list.',
    },
    schema: {
      type: 'object',
      properties: {
        max: { type: 'integer', minimum: 1, description: 'The most words a sentence may have.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { max: DEFAULT_MAX },
  },
  create(context) {
    const max = typeof context.options.max === 'number' && context.options.max >= 1 ? Math.floor(context.options.max) : DEFAULT_MAX;
    for (const sentence of context.prose.sentences) {
      if (sentence.block.quoted) continue;
      const count = countSentenceWords(sentence);
      if (count > max) context.report({ messageId: 'tooLong', data: { count, max }, start: sentence.start, end: sentence.end });
    }
  },
});
