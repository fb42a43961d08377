// The text of one prose block, decoded (escapes and entities resolved, container markers such as
// `> ` dropped), with the source offset of every character. This is what makes positions exact:
// tokens are found in the decoded text and mapped back through `starts` / `ends`.

export interface ProseText {
  text: string;
  /** starts[i]: source offset where decoded character i begins. */
  starts: number[];
  /** ends[i]: source offset just after decoded character i. */
  ends: number[];
  /** Indexes of characters that are link text. */
  linkChars: Set<number>;
}

export function emptyProseText(): ProseText {
  return { text: '', starts: [], ends: [], linkChars: new Set() };
}

/** Appends characters that stand for `source[start, end)` one to one. */
export function appendIdentity(target: ProseText, source: string, start: number, end: number, link = false): void {
  for (let i = start; i < end; i++) {
    if (link) target.linkChars.add(target.text.length);
    target.text += source[i];
    target.starts.push(i);
    target.ends.push(i + 1);
  }
}

/** Appends one character standing for the whole of `[start, end)` (a code span, a line break). */
export function appendAtom(target: ProseText, char: string, start: number, end: number, link = false): void {
  if (link) target.linkChars.add(target.text.length);
  target.text += char;
  target.starts.push(start);
  target.ends.push(end);
}

const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Appends a Markdown text node's decoded `value`, aligning it with its source slice
 * `source[start, end)`. The source may hold what the value doesn't: backslash escapes,
 * character references, and container prefixes (`> `, list indentation) after line breaks.
 */
export function appendAligned(target: ProseText, value: string, source: string, start: number, end: number, link = false): void {
  let s = start;
  for (let v = 0; v < value.length; v++) {
    const ch = value[v]!;
    let from = -1;
    let to = -1;
    let width = 1;
    // Skip source characters the value doesn't have until this character lines up.
    while (s < end) {
      if (source[s] === '\\' && source[s + 1] === ch && ASCII_PUNCTUATION.test(ch)) {
        [from, to] = [s, s + 2];
        break;
      }
      if (source[s] === '&') {
        const entity = ENTITY.exec(source.slice(s, s + 40));
        if (entity && !value.startsWith(entity[0], v)) {
          [from, to] = [s, s + entity[0].length];
          // An entity can decode to an astral character: two UTF-16 units, both from the entity.
          if (/[\uD800-\uDBFF]/.test(ch) && v + 1 < value.length) width = 2;
          break;
        }
      }
      // CommonMark replaces NUL with U+FFFD; unmatched, it would pin every later character.
      if (source[s] === ch || (ch === '\uFFFD' && source[s] === '\u0000')) {
        [from, to] = [s, s + 1];
        break;
      }
      s++;
    }
    if (from === -1) {
      // Out of source (only for input the parser normalised away); pin inside the node.
      [from, to] = [Math.max(start, end - 1), end];
    }
    for (let k = 0; k < width; k++) {
      if (link) target.linkChars.add(target.text.length);
      target.text += value[v + k];
      target.starts.push(from);
      target.ends.push(to);
    }
    v += width - 1;
    s = to;
  }
}

const ASCII_PUNCTUATION = /^[!-\/:-@[-`{-~]$/;
