// The token-pattern language. A pattern is a sequence of items separated by spaces:
//
//   word          a word, compared with each token's normalised form (`don't` means `do not`)
//   word~         any inflection of the word: fail~ = fail, fails, failed, failing
//   (a|b c)       alternatives; each may be several items
//   item?         optional
//   @class        a word class (@you, @we, @negation, @modal, @be, …: see vocabulary.ts)
//   !item         any one token that the item does not match (!received, !(got|been), !@we)
//   *             any one token;  *{0,3}  zero to three tokens (counts are bounded: at most 8)
//   <kind>        a token of that kind: <placeholder>, <number>, <url>, <email>, <code>, <punct>
//
// There is no unbounded repetition, and matching is by state sets, not backtracking, so no
// pattern can make a run slow (however a user writes it).
import { expandPhrase } from '../text/normalize.js';
import { inflections as inflectionsOf, WORD_CLASSES } from './vocabulary.js';

export type PatternNode =
  | { type: 'word'; words: ReadonlySet<string>; label: string }
  | { type: 'class'; name: string; words: ReadonlySet<string> }
  | { type: 'kind'; kind: string }
  | { type: 'any' }
  | { type: 'not'; inner: PatternNode }
  | { type: 'seq'; items: PatternNode[] }
  | { type: 'alt'; options: PatternNode[] }
  | { type: 'repeat'; inner: PatternNode; min: number; max: number };

export class PatternSyntaxError extends Error {
  constructor(
    message: string,
    readonly pattern: string,
    /** 0-based index in the pattern where the problem is. */
    readonly index: number,
  ) {
    super(`${message} at column ${index + 1} of pattern "${pattern}"`);
  }
}

export const MAX_REPEAT = 8;
const KINDS = new Set(['placeholder', 'number', 'url', 'email', 'code', 'punct', 'word', 'symbol']);
// Characters that end a word, as a table: the parser looks at every character of ~300 built-in
// patterns at start-up, and a regex test per character cost more than the rest of parsing.
const SPECIAL = new Uint8Array(128);
for (const ch of ' \t\n\r\f\v()|?~{}*!@<>') SPECIAL[ch.charCodeAt(0)] = 1;

function isSpecial(code: number): boolean {
  return code < 128 ? SPECIAL[code] === 1 : /\s/.test(String.fromCharCode(code));
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));
}

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  private fail(message: string, at = this.i): never {
    throw new PatternSyntaxError(message, this.source, at);
  }

  private skipSpace(): void {
    while (this.i < this.source.length && isSpace(this.source.charCodeAt(this.i))) this.i++;
  }

  private peek(): string | undefined {
    return this.source[this.i];
  }

  parse(): PatternNode {
    const node = this.parseAlternatives();
    this.skipSpace();
    if (this.i < this.source.length) this.fail(`Unexpected "${this.peek()}"`);
    return node;
  }

  private parseAlternatives(): PatternNode {
    const options = [this.parseSequence()];
    this.skipSpace();
    while (this.peek() === '|') {
      this.i++;
      options.push(this.parseSequence());
      this.skipSpace();
    }
    return options.length === 1 ? options[0]! : { type: 'alt', options };
  }

  private parseSequence(): PatternNode {
    const items: PatternNode[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.peek();
      if (ch === undefined || ch === '|' || ch === ')') break;
      items.push(this.parseQuantified());
    }
    if (items.length === 0) this.fail('Empty pattern or alternative');
    return items.length === 1 ? items[0]! : { type: 'seq', items };
  }

  private parseQuantified(): PatternNode {
    const atom = this.parseAtom();
    if (this.peek() === '?') {
      this.i++;
      return { type: 'repeat', inner: atom, min: 0, max: 1 };
    }
    if (this.peek() === '{') {
      const at = this.i;
      const match = /^\{(\d+),(\d+)\}/.exec(this.source.slice(this.i));
      if (!match) this.fail('Expected a count like {0,3}', at);
      const min = Number(match[1]);
      const max = Number(match[2]);
      if (min > max) this.fail(`Minimum ${min} is more than maximum ${max}`, at);
      if (max > MAX_REPEAT) this.fail(`Counts are limited to ${MAX_REPEAT}`, at);
      this.i += match[0].length;
      return { type: 'repeat', inner: atom, min, max };
    }
    return atom;
  }

  private parseAtom(): PatternNode {
    const start = this.i;
    const ch = this.peek();
    if (ch === '(') {
      this.i++;
      const inner = this.parseAlternatives();
      if (this.peek() !== ')') this.fail('Missing ")"', start);
      this.i++;
      return inner;
    }
    if (ch === '!') {
      this.i++;
      const inner = this.parseAtom();
      if (!isSingleToken(inner)) this.fail('"!" applies to one token (a word, a class or single-word alternatives)', start);
      return { type: 'not', inner };
    }
    if (ch === '*') {
      this.i++;
      return { type: 'any' };
    }
    if (ch === '@') {
      this.i++;
      const name = this.readWord();
      const words = WORD_CLASSES[name];
      if (!words) this.fail(`Unknown word class "@${name}" (known: ${Object.keys(WORD_CLASSES).map((k) => `@${k}`).join(', ')})`, start);
      return { type: 'class', name, words: new Set(words) };
    }
    if (ch === '<') {
      const match = /^<([a-z]+)>/.exec(this.source.slice(this.i));
      if (!match || !KINDS.has(match[1]!)) this.fail(`Expected a token kind such as <placeholder> (known: ${[...KINDS].join(', ')})`, start);
      this.i += match[0].length;
      return { type: 'kind', kind: match[1]! };
    }
    const word = this.readWord();
    if (!word) this.fail(ch === undefined ? 'Unexpected end of pattern' : `Unexpected "${ch}"`, start);
    const inflect = this.peek() === '~';
    if (inflect) this.i++;
    return wordNode(word, inflect, this.source, start);
  }

  private readWord(): string {
    const start = this.i;
    while (this.i < this.source.length && !isSpecial(this.source.charCodeAt(this.i))) this.i++;
    return this.source.slice(start, this.i);
  }
}

function isSingleToken(node: PatternNode): boolean {
  if (node.type === 'alt') return node.options.every(isSingleToken);
  return node.type === 'word' || node.type === 'class' || node.type === 'kind' || node.type === 'any';
}

// The same words recur across patterns (adverb lists, pronouns): expand each once.
const partsCache = new Map<string, string[]>();
const formsCache = new Map<string, string[]>();

/** A literal word. A contraction in a pattern expands like one in text: `don't` = `do not`. */
function wordNode(word: string, inflect: boolean, pattern: string, at: number): PatternNode {
  let parts = partsCache.get(word);
  if (!parts) partsCache.set(word, (parts = expandPhrase(word)));
  if (parts.length === 0) throw new PatternSyntaxError(`Unexpected "${word}"`, pattern, at);
  const nodes: PatternNode[] = parts.map((part, index) => {
    const last = index === parts.length - 1;
    let forms = inflect && last ? formsCache.get(part) : [part];
    if (!forms) formsCache.set(part, (forms = inflectionsOf(part)));
    return { type: 'word', words: new Set(forms), label: part };
  });
  return nodes.length === 1 ? nodes[0]! : { type: 'seq', items: nodes };
}

export function parsePattern(source: string): PatternNode {
  return new Parser(source).parse();
}
