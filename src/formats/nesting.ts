// Bodies nested too deeply to read. Lists and block quotes nested hundreds of levels deep make
// micromark slow (its cost per line grows with the depth: on this machine class 0.3 s for a body
// nested 100 levels by indentation, 7 s for 500, 90 s for 1,000) and overflow the stack of the
// recursive walks after it. No reply template nests that deep, so, like markdown-it's
// `maxNesting` (100), Markdown deeper than MAX_MARKDOWN_NESTING is not parsed at all: the template
// gets a fatal error instead. Any body that still exhausts the stack (HTML thousands of elements
// deep: the HTML parser recurses) is caught the same way, by isStackOverflow.

export const MAX_MARKDOWN_NESTING = 100;

/** A template (or file) that cannot be read because of how deeply it nests. */
export class NestingTooDeepError extends Error {
  /** Where in the parsed text: the start of the first line that nests too deeply. */
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.name = 'NestingTooDeepError';
    this.offset = offset;
  }
}

/** V8's "Maximum call stack size exceeded". */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

const SPACE = 0x20;
const TAB = 0x09;

function isBlank(code: number | undefined): boolean {
  return code === undefined || code === SPACE || code === TAB || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * The first line whose container prefix (`>`, `-`, `*`, `+`, `1.`, and indentation) nests deeper
 * than `limit`, found in one pass without parsing; undefined when none does. An estimate that
 * errs high, never low, for real nesting: markers on the line, plus half the whitespace between
 * them (each list level indents its content by at least two columns), capped by how deep earlier
 * lines went (indentation only continues containers that are already open).
 */
export function findTooDeepNesting(text: string, limit: number): { depth: number; offset: number } | undefined {
  let deepestSoFar = 0;
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 0x0a && text.charCodeAt(end) !== 0x0d) end++;
    let i = start;
    let markers = 0;
    let whitespace = 0;
    for (;;) {
      while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) whitespace += text.charCodeAt(i++) === TAB ? 4 : 1;
      const code = text.charCodeAt(i);
      if (i >= end) break;
      if (code === 0x3e /* > */) {
        markers++;
        i++;
      } else if ((code === 0x2d || code === 0x2a || code === 0x2b) /* - * + */ && isBlank(i + 1 < end ? text.charCodeAt(i + 1) : undefined)) {
        markers++;
        i++;
      } else if (isDigit(code)) {
        let j = i;
        while (j < end && j - i < 9 && isDigit(text.charCodeAt(j))) j++;
        const delimiter = text.charCodeAt(j);
        if (j >= end || (delimiter !== 0x2e && delimiter !== 0x29) || !isBlank(j + 1 < end ? text.charCodeAt(j + 1) : undefined)) break;
        markers++;
        i = j + 1;
      } else break;
    }
    // Blank lines and thematic breaks (`- - -`, `* * *`) open nothing.
    const opensNothing = markers === 0 ? i >= end : i >= end && THEMATIC_BREAK.test(text.slice(start, end));
    if (!opensNothing) {
      const depth = markers + Math.min(Math.floor(whitespace / 2), deepestSoFar);
      if (depth > limit) return { depth, offset: start };
      if (depth > deepestSoFar) deepestSoFar = depth;
    }
    // Past the line break (\r\n counts once).
    start = end + (text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? 2 : 1);
  }
  return undefined;
}

/** Throws NestingTooDeepError when `text` nests lists and block quotes deeper than MAX_MARKDOWN_NESTING. */
export function checkMarkdownNesting(text: string): void {
  const deep = findTooDeepNesting(text, MAX_MARKDOWN_NESTING);
  if (!deep) return;
  throw new NestingTooDeepError(
    `Lists and block quotes are nested more than ${MAX_MARKDOWN_NESTING} levels deep on this line, so this template was not linted (macrolint stops there, to keep runs fast). Flatten the nesting.`,
    deep.offset,
  );
}
