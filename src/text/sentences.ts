// Groups a block's tokens into sentences and marks what tone rules must tell apart:
// questions, conditional clauses, quotations, negations.
import type { Block, Sentence, Token } from '../types.js';
import type { RawToken } from './tokenize.js';

/** Words before a full stop that don't end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'mr', 'mrs', 'ms', 'dr', 'vs', 'approx', 'st', 'jr', 'sr', 'no', 'nos', 'fig', 'ca', 'cf', 'etc', 'inc', 'ltd', 'co', 'dept', 'est', 'min', 'max', 'mt', 'ph.d', 'a.m', 'p.m', 'u.s', 'u.k',
]);

const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'nowhere', 'neither', 'nor', 'without']);

/** Words that always open a conditional clause. `in case` and `as long as` are handled as pairs. */
const CONDITIONAL_OPENERS = new Set(['if', 'unless', 'when', 'whenever', 'whether']);

/**
 * Words that open a conditional clause only when a clause's subject follows: "once you receive
 * it" but not "I checked once more"; "provided you reply" but not "you haven't provided it".
 */
const SUBJECT_OPENERS = new Set(['once', 'provided', 'providing', 'assuming']);
const CLAUSE_SUBJECTS = new Set(['you', 'we', 'i', 'it', 'they', 'he', 'she', 'your', 'the', 'this', 'that', 'our', 'there', 'everything']);
/** Before these, "provided" is a verb ("you have provided"), not a conjunction. */
const VERB_CONTEXT = new Set(['have', 'has', 'had', 'you', 'we', 'i', 'they', 'was', 'were', 'be', 'been', 'is', 'are', 'not']);

function opensBySubject(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]!.norm;
  if (!SUBJECT_OPENERS.has(word)) return false;
  const next = tokens[i + 1];
  if (word !== 'once' && next?.norm === 'that') return true;
  if (!next || !(CLAUSE_SUBJECTS.has(next.norm) || next.kind === 'placeholder')) return false;
  const previous = tokens[i - 1];
  return !previous || !VERB_CONTEXT.has(previous.norm);
}

/** Before these, "when" and "whether" start an embedded question ("tell you when it ships"), not a condition. */
const EMBEDDING = new Set(['know', 'knows', 'knew', 'tell', 'told', 'ask', 'asked', 'asking', 'wonder', 'wondering', 'sure', 'decide', 'decided', 'confirm', 'check', 'see', 'unsure', 'clear']);

const OBJECTS = new Set(['you', 'us', 'me', 'them', 'him', 'her']);

/** "know when", "tell you when", "ask them whether": the verb may have an object between. */
function embeddedAfter(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.norm ?? '';
  if (EMBEDDING.has(previous)) return true;
  return OBJECTS.has(previous) && EMBEDDING.has(tokens[i - 2]?.norm ?? '');
}

const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '-', 'then']);


/** Template tags and comments render to nothing: for sentence breaks they are not there. */
function isSilent(token: RawToken): boolean {
  return token.kind === 'placeholder' && token.placeholder !== undefined && token.placeholder.kind !== 'output';
}

/** The text between two tokens with silent tokens' text left out: what a reader sees between them. */
function visibleGap(tokens: readonly RawToken[], i: number, source: string): { next: RawToken | undefined; gap: string } {
  let gap = '';
  let end = tokens[i]!.end;
  let k = i + 1;
  for (; k < tokens.length && isSilent(tokens[k]!); k++) {
    gap += source.slice(end, tokens[k]!.start);
    end = tokens[k]!.end;
  }
  const next = tokens[k];
  return { next, gap: next ? gap + source.slice(end, next.start) : gap };
}

/** Where a sentence ends: after terminal punctuation that is followed by a new sentence. */
function endsSentence(tokens: readonly RawToken[], i: number, source: string): boolean {
  const token = tokens[i]!;
  const { next, gap } = visibleGap(tokens, i, source);
  if (!next) return false;
  const lineBreak = /[\r\n]/.test(gap);
  if (token.kind === 'punct' && /[.!?…]/.test(token.text)) {
    if (gap.length === 0 && !/^["”’)\]]/.test(next.text)) return false;
    if (token.text === '.') {
      const previous = tokens[i - 1];
      if (previous && previous.end === token.start && ABBREVIATIONS.has(previous.norm)) return false;
      // A single capital before a dot is an initial ("J. Smith"), unless the line ends here.
      if (previous && /^\p{Lu}$/u.test(previous.text) && !lineBreak) return false;
    }
    return gap.length > 0 || lineBreak;
  }
  // A closing quote or bracket right after terminal punctuation ends the sentence with it.
  if (token.kind === 'punct' && /^["”’)\]]+$/.test(token.text)) {
    const previous = tokens[i - 1];
    return Boolean(previous && previous.end === token.start && /[.!?]$/.test(previous.text) && gap.length > 0);
  }
  // "Hi {{name}},⏎Thanks for writing." – a line that ends in a comma or colon ends the greeting.
  return lineBreak && token.kind === 'punct' && (token.text === ',' || token.text === ':');
}

const CLOSERS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * Whether the quote mark at `i` opens a quotation. A straight `'` opens only at a word's start
 * ("write 'we apologize'"), never after one (the plural possessive "customers' orders").
 */
function opensQuote(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!(token.text in CLOSERS)) return false;
  if (token.text !== "'") return true;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (!previous || previous.end < token.start) && next !== undefined && next.start === token.end;
}

/** Where the quotation opened at `i` closes, or -1 when it never does (`a 27" monitor`). */
function closingQuote(tokens: readonly Token[], i: number): number {
  const closer = CLOSERS[tokens[i]!.text]!;
  for (let k = i + 1; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.kind === 'punct' && token.text.includes(closer)) {
      // A straight ' closes only at a word's end, not inside "don't".
      if (closer !== "'" || tokens[k + 1] === undefined || tokens[k + 1]!.start > token.end || tokens[k + 1]!.kind === 'punct') return k;
    }
  }
  return -1;
}

/** Marks tokens inside quotations ("…", “…”, ‘…’, '…'): someone else's words. */
function markQuotes(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'punct' || !opensQuote(tokens, i)) continue;
    const close = closingQuote(tokens, i);
    if (close === -1) continue;
    for (let k = i + 1; k < close; k++) tokens[k]!.quoted = true;
    i = close;
  }
}

/** Marks tokens of conditional clauses: from the opener to the next clause boundary. */
function markConditionals(tokens: Token[]): void {
  let inClause = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const norm = token.norm;
    const next = tokens[i + 1]?.norm;
    const embedded = (norm === 'when' || norm === 'whether') && embeddedAfter(tokens, i);
    const opens =
      (CONDITIONAL_OPENERS.has(norm) && !embedded) ||
      opensBySubject(tokens, i) ||
      (norm === 'in' && next === 'case') ||
      (norm === 'as' && next === 'long' && tokens[i + 2]?.norm === 'as') ||
      // "Should you need anything …": an inverted conditional at the start of a sentence.
      (i === 0 && norm === 'should' && next === 'you');
    if (opens) inClause = true;
    else if (inClause && CLAUSE_ENDS.has(norm)) inClause = false;
    token.conditional = inClause;
  }
}

function finishTokens(raw: readonly RawToken[], quoted: boolean): Token[] {
  const tokens = raw.map((t, index): Token => ({
    text: t.text,
    norm: t.norm,
    kind: t.kind,
    start: t.start,
    end: t.end,
    index,
    quoted,
    conditional: false,
    negation: NEGATIONS.has(t.norm),
    link: t.link,
    ...(t.placeholder ? { placeholder: t.placeholder } : {}),
  }));
  markQuotes(tokens);
  markConditionals(tokens);
  return tokens;
}

function firstWord(tokens: readonly Token[]): Token | undefined {
  return tokens.find((t) => t.kind === 'word' || t.kind === 'placeholder');
}

/**
 * Splits a block's tokens into sentences. `source` is the linted text (for the gaps between
 * tokens); `display` gives the sentence's text from the original source.
 */
export function splitSentences(raw: readonly RawToken[], block: Block, source: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (i === raw.length - 1 || endsSentence(raw, i, source)) {
      const slice = raw.slice(from, i + 1);
      from = i + 1;
      // Template tags and comments render to nothing: they are not words of the sentence.
      const visible = slice.filter((t) => t.kind !== 'placeholder' || t.placeholder?.kind === 'output' || !t.placeholder);
      if (visible.length === 0) continue;
      const tokens = finishTokens(visible, block.quoted);
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      const opener = firstWord(tokens);
      sentences.push({
        text: source.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        tokens,
        index: -1,
        block,
        isQuestion: tokens.some((t) => t.kind === 'punct' && t.text.includes('?') && !t.quoted),
        startsConditional: Boolean(opener?.conditional),
      });
    }
  }
  return sentences;
}
