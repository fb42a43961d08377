// How words are normalised, shared by the tokeniser (for text) and the pattern language (for
// patterns), so that `you're`, `you’re` and `you are` all meet `you are`.

/** Straight apostrophes and lower case. */
export function normalizeWord(word: string): string {
  return word.replace(/[’‘]/g, "'").toLowerCase();
}

/** Pronouns (and a few other words) whose `'s` means "is" rather than a possessive. */
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this', 'everything', 'nothing', 'someone', 'something']);

const SUFFIXES: ReadonlyArray<[suffix: string, expansion: string]> = [
  ["n't", 'not'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

/** Stems whose written form differs from the word before "not": "won't" -> will not. */
const IRREGULAR_STEM: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'is' };

/** One part of an expanded word: characters [from, to) of the word, and what they mean. */
export type WordPart = [from: number, to: number, norm: string];

/**
 * Splits a normalised word into its parts: `didn't` -> did + not, `you're` -> you + are,
 * `let's` -> let + us, `cannot` -> can + not. Most words are one part.
 */
export function expandWord(norm: string): WordPart[] {
  if (norm === 'cannot') return [[0, 3, 'can'], [3, 6, 'not']];
  for (const [suffix, expansion] of SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      const cut = norm.length - suffix.length;
      const stem = norm.slice(0, cut);
      return [[0, cut, IRREGULAR_STEM[stem] ?? stem], [cut, norm.length, expansion]];
    }
  }
  if (norm.endsWith("'s") && norm.length > 2) {
    const stem = norm.slice(0, -2);
    if (stem === 'let') return [[0, 3, 'let'], [3, norm.length, 'us']];
    if (S_IS.has(stem)) return [[0, stem.length, stem], [stem.length, norm.length, 'is']];
  }
  return [[0, norm.length, norm]];
}

/** The normalised parts of a word written in a pattern. */
export function expandPhrase(word: string): string[] {
  return expandWord(normalizeWord(word)).map(([, , norm]) => norm);
}
