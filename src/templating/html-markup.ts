// Unclosed HTML markup in an HTML template: the mistakes after which an email client shows less
// than the writer typed. A tag or comment left open at the end swallows the rest of the template
// (parse5's eof-in-tag, eof-in-comment); a tag whose `>` is missing before the next tag reads that
// tag as attributes of its own (unexpected-character-in-attribute-name), so the markup after it
// is lost. A lexical scan in the HTML tokenizer's terms; it never builds a tree, and text such as
// `a < b` or `<3` is not a tag.

export type MarkupProblemKind = 'tag' | 'tagBeforeTag' | 'quote' | 'comment';

export interface MarkupProblem {
  kind: MarkupProblemKind;
  /** [start, end) of the opening `<…` (up to the end of the tag name, or `<!--`). */
  start: number;
  end: number;
  /** The tag as written, up to where it went wrong, for the message. */
  text: string;
}

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\f';
}

/**
 * Unclosed tags, attribute quotes and comments in `text` between `from` and `to`. `skip` holds
 * [start, end) ranges (placeholders) that are not markup, whatever they contain.
 */
export function findUnclosedMarkup(text: string, from: number, to: number, skip: ReadonlyArray<readonly [number, number]> = []): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  // The scan only moves forward, so one cursor over the ranges (sorted) answers each position.
  const ranges = [...skip].sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  const skipped = (at: number): number | undefined => {
    while (cursor < ranges.length && ranges[cursor]![1] <= at) cursor++;
    const range = ranges[cursor];
    return range && at >= range[0] ? range[1] : undefined;
  };
  let i = from;
  while (i < to) {
    const open = text.indexOf('<', i);
    if (open < 0 || open >= to) break;
    const skipTo = skipped(open);
    if (skipTo !== undefined) {
      i = skipTo;
      continue;
    }
    if (text.startsWith('<!--', open)) {
      const close = text.indexOf('-->', open + 4);
      if (close < 0 || close + 3 > to) {
        problems.push({ kind: 'comment', start: open, end: open + 4, text: '<!--' });
        break;
      }
      i = close + 3;
      continue;
    }
    const nameStart = text[open + 1] === '/' ? open + 2 : open + 1;
    if (!isLetter(text.charCodeAt(nameStart))) {
      i = open + 1; // `a < b`, `<3`, `<!DOCTYPE`: not a tag we check.
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < to && !isSpace(text[nameEnd]) && text[nameEnd] !== '>' && text[nameEnd] !== '/' && text[nameEnd] !== '<') nameEnd++;
    const problem = (kind: MarkupProblemKind, upTo: number): MarkupProblem => ({
      kind,
      start: open,
      end: nameEnd,
      text: text.slice(open, upTo).replace(/\s+/g, ' ').trimEnd(),
    });
    // Attributes: a quote opens a value only right after `=` (elsewhere it is part of a name).
    let k = nameEnd;
    let quote: string | undefined;
    let afterEquals = false;
    let closed = false;
    for (; k < to; k++) {
      const char = text[k]!;
      const skipAt = skipped(k);
      if (skipAt !== undefined) {
        k = skipAt - 1;
        afterEquals = false;
        continue;
      }
      if (quote) {
        if (char === quote) quote = undefined;
        continue;
      }
      if (char === '>') {
        closed = true;
        break;
      }
      if (char === '<') break;
      if ((char === '"' || char === "'") && afterEquals) quote = char;
      else if (char === '=') afterEquals = true;
      else if (!isSpace(char)) afterEquals = false;
    }
    if (closed) {
      i = k + 1;
      continue;
    }
    if (k < to) {
      problems.push(problem('tagBeforeTag', k));
      i = k;
      continue;
    }
    problems.push(problem(quote ? 'quote' : 'tag', to));
    break;
  }
  return problems;
}
