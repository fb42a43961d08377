// Text statistics for the length and readability rules: the words of a sentence as a reader
// counts them, and an English syllable estimate for Flesch–Kincaid.
//
// Words: the tokeniser splits "don't" into "do" + "n't" (so patterns can match "do not"), but a
// reader sees one word. Tokens that touch (no space between them), or that are joined by an
// apostrophe or a hyphen, are one word here. A placeholder, a code span, a URL and an email
// address are one word each.
import type { Sentence, Token } from '../types.js';

export type WordKind = 'word' | 'number' | 'placeholder' | 'code' | 'url' | 'email';

/** One word as a reader counts it, with its source range (end exclusive). */
export interface WordUnit {
  kind: WordKind;
  /** The source text, contraction and all: "don’t", "{{name}}’s". */
  text: string;
  start: number;
  end: number;
}

const COUNTED: ReadonlySet<string> = new Set(['word', 'number', 'placeholder', 'code', 'url', 'email']);
const JOINERS: ReadonlySet<string> = new Set(["'", '’', '-', '‐']);

function counted(token: Token | undefined): boolean {
  return token !== undefined && COUNTED.has(token.kind);
}

/**
 * Walks the words of a sentence's tokens, calling `emit` with each word's kind and source range
 * once it is complete; returns how many there are. The length rules only count (no `emit`).
 */
function scanWords(tokens: readonly Token[], emit?: (kind: WordKind, start: number, end: number) => void): number {
  let count = 0;
  let kind: WordKind = 'word';
  let start = -1;
  let end = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (counted(token)) {
      if (count > 0 && token.start === end) {
        end = token.end;
        continue;
      }
      if (count > 0) emit?.(kind, start, end);
      count++;
      kind = token.kind as WordKind;
      start = token.start;
      end = token.end;
      continue;
    }
    // "{{name}}’s", "3-4": an apostrophe or hyphen between two touching words joins them.
    const next = tokens[i + 1];
    if (count > 0 && token.kind === 'punct' && JOINERS.has(token.text) && token.start === end && next !== undefined && counted(next) && next.start === token.end) {
      end = token.end;
    }
  }
  if (count > 0) emit?.(kind, start, end);
  return count;
}

/** How many words a sentence has, without building them. */
export function countSentenceWords(sentence: Sentence): number {
  return scanWords(sentence.tokens);
}

/** The words of a sentence, in order. */
export function sentenceWords(sentence: Sentence, source: string): WordUnit[] {
  const units: WordUnit[] = [];
  scanWords(sentence.tokens, (kind, start, end) => units.push({ kind, text: source.slice(start, end), start, end }));
  return units;
}

// ---------------------------------------------------------------------------------------------
// Syllables
// ---------------------------------------------------------------------------------------------

/** Words the rules below get wrong, with their dictionary counts (CMU Pronouncing Dictionary). */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  any: 2,
  ago: 2,
  duo: 2,
  via: 2,
  ok: 2,
  idea: 3,
  ideas: 3,
  area: 3,
  areas: 3,
  create: 2,
  created: 3,
  creates: 2,
  creating: 3,
  creation: 3,
  react: 2,
  reopen: 3,
  reopened: 3,
  reopening: 4,
  reorder: 3,
  preorder: 3,
  preordered: 3,
  cooperate: 4,
  anyone: 3,
  maybe: 2,
  recipe: 3,
  business: 2,
  businesses: 3,
  every: 2,
  everything: 3,
  everybody: 4,
  quiet: 2,
  science: 2,
  poem: 2,
  cafe: 2,
  ratio: 3,
};

/** Vowel letters; `y` is a vowel only when no vowel follows it and it does not start the word. */
const VOWELS = 'aeiouy';

function isVowelAt(word: string, i: number): boolean {
  const ch = word[i]!;
  if (ch === 'y') {
    const next = word[i + 1];
    return i > 0 && (next === undefined || !'aeiou'.includes(next));
  }
  return 'aeiou'.includes(ch);
}

/**
 * Whether two adjacent vowels `word[i-1]` `word[i]` are spoken as two syllables:
 * "di-a" (immediate, media), "ri-o" (period, curious), "u-a" (actual), "i-u" (premium),
 * "ri-ence" (experience), "si-er" (easier), "vide-o".
 */
function splitsVowels(word: string, i: number): boolean {
  const a = word[i - 1]!;
  const b = word[i]!;
  const before = word[i - 2] ?? '';
  const after = word.slice(i + 1);
  if (a === 'i' && b === 'a') {
    // "social", "special", "potential": one syllable after c / t; "appreciate", "negotiation": two.
    if ('ct'.includes(before)) return after.startsWith('t');
    return before !== '';
  }
  if (a === 'i' && b === 'o') {
    // "nation", "vision", "religion", "million", "opinion" are one; "period", "radio", "curious" two.
    if ('tscxg'.includes(before)) return false;
    if (after.startsWith('n') && 'ln'.includes(before)) return false;
    return before !== '';
  }
  if (a === 'u' && b === 'a') return !'qg'.includes(before) && before !== '';
  if (a === 'i' && b === 'u') return before !== '';
  if (a === 'i' && b === 'e') {
    // "client", "experience", "convenient", "easier", "earliest"; not "patient", "friend", "piece".
    if ('tcs'.includes(before) && !/^(r|st)$/.test(after)) return false;
    return /^(nt|nc|r|st)/.test(after) && before !== '';
  }
  if (a === 'e' && b === 'o') return after === '';
  return false;
}

/** The number of spoken vowel groups in a lower-case, letters-only word. */
function vowelGroups(word: string): number {
  let groups = 0;
  let previousVowel = false;
  for (let i = 0; i < word.length; i++) {
    const vowel = isVowelAt(word, i);
    if (vowel && (!previousVowel || splitsVowels(word, i))) groups++;
    previousVowel = vowel;
  }
  return groups;
}

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[a-z]/.test(ch) && !VOWELS.includes(ch);
}

/** Syllables of one letters-only, lower-case word (no hyphens). */
function syllablesOfPart(word: string): number {
  if (word === '') return 0;
  const exception = EXCEPTIONS[word];
  if (exception !== undefined) return exception;
  // "pdf", "csv", "html": no vowel at all, so it is spelled out letter by letter.
  if (!/[aeiouy]/.test(word)) return word.length;
  if (word.length <= 3) return 1;

  let stem = word;
  let stripped = false;
  // "-es" is silent after most letters ("takes", "files"), spoken after a sibilant ("changes", "boxes").
  if (stem.endsWith('es') && !/(s|x|z|ch|sh|c|g)es$/.test(stem)) {
    stem = stem.slice(0, -2);
    stripped = true;
  } else if (stem.endsWith('ed') && !/[td]ed$/.test(stem)) {
    // "-ed" is silent except after t or d ("worked" vs "needed").
    stem = stem.slice(0, -2);
    stripped = true;
  } else if (stem.endsWith('e') && !stem.endsWith('ee')) {
    // A final e is silent ("make", "issue", "please").
    stem = stem.slice(0, -1);
    stripped = true;
  }
  let count = vowelGroups(stem);
  // "table", "handled", "centre": the l or r after a consonant carries a syllable of its own.
  if (stripped && /[lr]$/.test(stem) && isConsonant(stem[stem.length - 2]) && stem[stem.length - 2] !== stem[stem.length - 1]) count++;
  // "being", "doing", "seeing": the vowel before -ing is a syllable of its own.
  if (/[aeiou]ing$/.test(word)) count++;
  // "league", "colleague", "tongue": a silent -ue after g.
  if (/([aeiou]|n)gue[sd]?$/.test(word)) count--;
  // "lately", "replacement", "hopeful": a silent e inside before a suffix.
  if (/[aeiouy][^aeiouy]e(ly|ment|ments|ful|fully|ness|less)$/.test(word)) count--;
  return Math.max(1, count);
}

/**
 * The number of syllables in an English word, estimated from its spelling: vowel groups, a
 * silent final e, syllabic -le, silent -es / -ed endings, and a small table of exceptions.
 * Apostrophes and accents are ignored ("don’t" = 1, "café" = 2); hyphenated words add up their
 * parts ("follow-up" = 3). Not a dictionary: close enough for a readability grade.
 */
export function syllables(word: string): number {
  let count = syllableMemo.get(word);
  if (count === undefined) {
    count = countSyllables(word);
    // Support replies reuse a small vocabulary: remembering each word's count spares most of the
    // work. Bounded, so a run over unusual text can't grow it without limit.
    if (syllableMemo.size >= MAX_MEMO) syllableMemo.clear();
    syllableMemo.set(word, count);
  }
  return count;
}

const MAX_MEMO = 50_000;
const syllableMemo = new Map<string, number>();

function countSyllables(word: string): number {
  const plain = word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '');
  const parts = plain.split(/[^a-z]+/).filter((part) => part !== '');
  if (parts.length === 0) return 0;
  return parts.reduce((sum, part) => sum + syllablesOfPart(part), 0);
}
