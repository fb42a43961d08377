import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import { sentenceWords, syllables } from '../../src/text/syllables.js';

// Counts from the CMU Pronouncing Dictionary (first pronunciation), for words support replies use.
const KNOWN: Record<string, number> = {
  // One syllable: silent e, silent -es / -ed, vowel digraphs.
  the: 1, you: 1, thanks: 1, please: 1, make: 1, here: 1, there: 1, were: 1, while: 1, whole: 1, since: 1, change: 1,
  takes: 1, files: 1, goes: 1, does: 1, worked: 1, closed: 1, used: 1, shipped: 1, tried: 1, friend: 1, queue: 1,
  hours: 1, guide: 1, lose: 1, choose: 1, league: 1, free: 1,
  // Two.
  reply: 2, email: 2, order: 2, refund: 2, support: 2, account: 2, password: 2, receive: 2, received: 2, needed: 2,
  added: 2, changes: 2, boxes: 2, table: 2, simple: 2, people: 2, handled: 2, issue: 2, issues: 2, value: 2, being: 2,
  doing: 2, going: 2, seeing: 2, saying: 2, happy: 2, beyond: 2, any: 2, likely: 2, useful: 2, social: 2, special: 2,
  question: 2, million: 2, cautious: 2, client: 2, patience: 2, patient: 2, easy: 2, language: 2, applied: 2, replies: 2,
  processed: 2, centre: 2, hundred: 2, agree: 2, payment: 2, careful: 2, update: 2, website: 2, online: 2, okay: 2,
  colleague: 2, business: 2, every: 2, statement: 2, minute: 2, sorry: 2,
  // Three.
  customer: 3, possible: 3, continue: 3, everyone: 3, anything: 3, completely: 3, hopefully: 3, replacement: 3,
  management: 3, agreement: 3, initial: 3, media: 3, period: 3, radio: 3, video: 3, curious: 3, previous: 3, actual: 3,
  usual: 3, quality: 3, premium: 3, easier: 3, updated: 3, understand: 3, frustrating: 3, carrier: 3, happiness: 3,
  wonderful: 3, guarantee: 3, created: 3, idea: 3, solution: 3, difficult: 3, unable: 3, several: 3, directly: 3,
  // Four and more.
  available: 4, information: 4, definitely: 4, appreciate: 4, experience: 4, convenient: 4, continuing: 4,
  priority: 4, scenario: 4, delivery: 4, apologize: 4, escalated: 4, temporary: 4, usually: 4, actually: 4,
  immediately: 5, unfortunately: 5, appreciated: 5, appreciation: 5, notification: 5, investigating: 5,
  inconvenience: 5, configuration: 5,
};

describe('syllables', () => {
  it.each(Object.entries(KNOWN))('%s has %i', (word, count) => {
    expect(syllables(word)).toBe(count);
  });

  it('reads contractions, hyphens, accents and capitals as the word they spell', () => {
    expect(syllables('don’t')).toBe(1);
    expect(syllables("you're")).toBe(1);
    expect(syllables("we'll")).toBe(1);
    expect(syllables('follow-up')).toBe(3);
    expect(syllables('Café')).toBe(2);
    expect(syllables('UNFORTUNATELY')).toBe(5);
  });

  it('spells out letters when a word has no vowel, and counts dotted abbreviations per letter', () => {
    expect(syllables('PDF')).toBe(3);
    expect(syllables('html')).toBe(4);
    expect(syllables('e.g.')).toBe(2);
  });

  it('is 0 for no letters and at least 1 for any word', () => {
    expect(syllables('')).toBe(0);
    expect(syllables('42')).toBe(0);
    expect(syllables('—')).toBe(0);
    expect(syllables('shh')).toBe(3);
    expect(syllables('a')).toBe(1);
    expect(syllables('I')).toBe(1);
  });
});

describe('sentenceWords', () => {
  function words(text: string, filePath = 'reply.md'): string[][] {
    const { prose } = parseTemplates(text, filePath).templates[0]!;
    return prose.sentences.map((s) => sentenceWords(s, text).map((w) => `${w.kind}:${w.text}`));
  }

  it('counts a contraction, a hyphenated word and a possessive placeholder as one word each', () => {
    expect(words("We don't have a follow-up for {{name}}’s order.")).toEqual([
      ['word:We', "word:don't", 'word:have', 'word:a', 'word:follow-up', 'word:for', 'placeholder:{{name}}’s', 'word:order'],
    ]);
  });

  it('counts a code span, a URL, an email address and a number as one word each', () => {
    expect(words('Run `npm ci` or see https://example.com/a?b=1 and mail help@example.com by 5:30.')).toEqual([
      ['word:Run', 'code:`npm ci`', 'word:or', 'word:see', 'url:https://example.com/a?b=1', 'word:and', 'word:mail', 'email:help@example.com', 'word:by', 'number:5:30'],
    ]);
  });

  it('leaves out punctuation, symbols and template tags', () => {
    // The tag after "really!" renders to nothing, so a new sentence starts at "$5".
    expect(words('{% if vip %}Thanks — really!{% endif %} $5 & more')).toEqual([['word:Thanks', 'word:really'], ['number:5', 'word:more']]);
  });

  it('gives exact source ranges', () => {
    const text = 'Hi {{ name }},\n\nIt’s done.';
    const { prose } = parseTemplates(text, 'reply.md').templates[0]!;
    const units = prose.sentences.flatMap((s) => sentenceWords(s, text));
    expect(units.map((u) => text.slice(u.start, u.end))).toEqual(['Hi', '{{ name }}', 'It’s', 'done']);
  });
});
