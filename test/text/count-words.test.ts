import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import { countSentenceWords, sentenceWords } from '../../src/text/syllables.js';

describe('countSentenceWords', () => {
  it('counts exactly the words sentenceWords returns (generated)', () => {
    const piece = fc.constantFrom('Hi', '{{name}}', '’s', "'s", '3-4', 'follow-up', "don't", 'e.g.', 'https://x.io/a', '`code`', '—', ',', '!!', 'a', 'I', 'U.S.', '-', ' ', '  ', '\n', '.', '?');
    let words = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        for (const template of parseTemplates(text, 'x.md').templates) {
          for (const sentence of template.prose.sentences) {
            const expected = sentenceWords(sentence, text).length;
            words += expected;
            expect(countSentenceWords(sentence)).toBe(expected);
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(words).toBeGreaterThan(1500);
  });
});
