// Readability: support content guides aim for a 5th–8th grade reading level (Intuit, PLAIN),
// and Zendesk QA scores readability on every conversation. Computes the Flesch–Kincaid grade of
// a template's message (its running prose: not headings, the greeting, the sign-off or quoted
// blocks; placeholders count as one-syllable words, code and URLs are left out) and reports
// once, at the hardest sentence, when the grade is over the limit.
import type { Sentence } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { sentenceWords, syllables } from '../../src/text/syllables.js';

export interface ReadabilityOptions {
  /** The highest Flesch–Kincaid grade level allowed. */
  maxGrade: number;
  /** Templates with fewer words than this are not graded: the formula is noise on a few lines. */
  minWords: number;
}

const DEFAULT_MAX_GRADE = 8;
const DEFAULT_MIN_WORDS = 30;

/** Flesch–Kincaid grade level. */
export function fleschKincaidGrade(words: number, sentences: number, syllableCount: number): number {
  return 0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59;
}

interface SentenceStats {
  sentence: Sentence;
  words: number;
  syllables: number;
}

function statsOf(sentence: Sentence, source: string): SentenceStats {
  let words = 0;
  let total = 0;
  for (const unit of sentenceWords(sentence, source)) {
    if (unit.kind === 'code' || unit.kind === 'url' || unit.kind === 'email') continue;
    words++;
    // Placeholders stand for short names and numbers are read as short words: one syllable each.
    total += unit.kind === 'word' ? Math.max(1, syllables(unit.text)) : 1;
  }
  return { sentence, words, syllables: total };
}

function isGraded(sentence: Sentence): boolean {
  const block = sentence.block;
  return !block.quoted && block.kind !== 'heading' && block.kind !== 'tableCell' && sentence.role === undefined;
}

export default defineRule<ReadabilityOptions>({
  meta: {
    id: 'readability',
    type: 'style',
    docs: {
      description: 'Keep the Flesch–Kincaid reading grade of a reply at or below a limit.',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/readability/README.md',
    },
    messages: {
      tooHard:
        'This reply reads at about grade {{grade}} (Flesch–Kincaid), above the target of {{max}}; this is its hardest sentence (grade {{sentenceGrade}}). ' +
        'Customers read support replies in a hurry and often in a second language. Use shorter sentences and plainer words: "use" for "utilize", "help" for "assistance".',
    },
    schema: {
      type: 'object',
      properties: {
        maxGrade: { type: 'number', minimum: 0, description: 'The highest Flesch–Kincaid grade level allowed.' },
        minWords: { type: 'integer', minimum: 1, description: 'Templates with fewer words than this are not graded.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxGrade: DEFAULT_MAX_GRADE, minWords: DEFAULT_MIN_WORDS },
  },
  create(context) {
    const maxGrade = typeof context.options.maxGrade === 'number' ? context.options.maxGrade : DEFAULT_MAX_GRADE;
    const minWords = typeof context.options.minWords === 'number' ? context.options.minWords : DEFAULT_MIN_WORDS;
    const stats = context.prose.sentences.filter(isGraded).map((s) => statsOf(s, context.text)).filter((s) => s.words > 0);
    const words = stats.reduce((sum, s) => sum + s.words, 0);
    if (stats.length === 0 || words < minWords) return;
    const total = stats.reduce((sum, s) => sum + s.syllables, 0);
    const grade = fleschKincaidGrade(words, stats.length, total);
    if (grade <= maxGrade) return;
    let hardest = stats[0]!;
    let hardestGrade = -Infinity;
    for (const s of stats) {
      const g = fleschKincaidGrade(s.words, 1, s.syllables);
      if (g > hardestGrade) [hardest, hardestGrade] = [s, g];
    }
    context.report({
      messageId: 'tooHard',
      data: { grade: grade.toFixed(1), max: maxGrade, sentenceGrade: hardestGrade.toFixed(1) },
      start: hardest.sentence.start,
      end: hardest.sentence.end,
    });
  },
});
