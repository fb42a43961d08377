// Markdown bodies without remark-parse: a single-pass reader for the small part of CommonMark that
// support replies are written in (paragraphs, ATX headings, flat lists, `*` emphasis, inline
// links, single-backtick code, line breaks). It builds the same mdast tree remark-parse builds for
// that part: node types, nesting, values, `position`s. Anything outside it returns undefined and
// the body goes to remark-parse, so a doubt always costs speed, never a different result.
// test/formats/markdown-fast-path.test.ts checks both agree on generated bodies and on every
// fixture. Emphasis follows micromark's own algorithm (micromark-core-commonmark attention.js),
// which is what remark-parse runs, character classes and all.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';

type Position = NonNullable<Root['position']>;
type Point = Position['start'];

/**
 * Anywhere in a body, any of these sends it to remark-parse: escapes, HTML and autolinks,
 * underscores, tabs and control characters (NUL, a lone CR, form feed), character references,
 * images, link reference definitions, backtick runs and tilde fences, a BOM. (`|` is plain text:
 * remark-parse runs without GFM, so there are no tables; the tests would notice if that changed.)
 */
const OUTSIDE_SUBSET = /[\\<_\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]|\r(?!\n)|&(?:#|[A-Za-z0-9]+;)|!\[|\]:|``|~~~/;

/** A line that is only `-`, `*`, `+`, `=` and spaces: a thematic break, a setext underline or an empty item. */
const RULE_LIKE = /^[-*+= ]*$/;
/** A thematic break (`---`, `* * *`); after a paragraph line, `---` would underline a heading instead. */
const THEMATIC_BREAK = /^(?:(?:-[ ]*){3,}|(?:\*[ ]*){3,})$/;

/** At most this many `*` runs and brackets per paragraph: emphasis matching is quadratic in them. */
const MAX_DELIMITERS = 64;

interface Line {
  /** Where the line's content starts (after its indentation) and ends (before the line ending). */
  from: number;
  to: number;
  /** The line ending: [eolStart, eolEnd), empty on the last line. */
  eolStart: number;
  eolEnd: number;
}

type BlockStart =
  | { kind: 'text' }
  | { kind: 'thematicBreak' }
  | { kind: 'heading'; depth: number; from: number; to: number }
  | { kind: 'item'; ordered: boolean; marker: string; start: number | null; contentFrom: number; interrupts: boolean };

/** What a line starting at `from` opens, or undefined when that is outside the subset. */
function blockStart(src: string, from: number, to: number): BlockStart | undefined {
  const line = src.slice(from, to);
  if (RULE_LIKE.test(line)) return THEMATIC_BREAK.test(line) ? { kind: 'thematicBreak' } : undefined;
  const c = src[from];
  if (c === '>') return undefined;
  if (c === '#') {
    let depth = 1;
    while (src[from + depth] === '#') depth++;
    if (depth > 6 || (from + depth < to && src[from + depth] !== ' ')) return { kind: 'text' };
    let start = from + depth;
    while (src[start] === ' ' && start < to) start++;
    let end = to;
    while (src[end - 1] === ' ') end--;
    // Empty headings and closing `#` sequences are left to remark-parse.
    if (start >= end || src.slice(start, end).includes('#')) return undefined;
    return { kind: 'heading', depth, from: start, to: end };
  }
  let markerEnd = from;
  let start: number | null = null;
  if (c === '-' || c === '*' || c === '+') {
    markerEnd = from + 1;
  } else {
    while (markerEnd < to && markerEnd - from < 10 && src.charCodeAt(markerEnd) >= 48 && src.charCodeAt(markerEnd) <= 57) markerEnd++;
    if (markerEnd === from || (src[markerEnd] !== '.' && src[markerEnd] !== ')')) return { kind: 'text' };
    if (markerEnd - from > 9) return undefined;
    start = Number.parseInt(src.slice(from, markerEnd), 10);
    markerEnd++;
  }
  if (src[markerEnd] !== ' ') return markerEnd === to && start !== null ? undefined : { kind: 'text' };
  let contentFrom = markerEnd;
  while (src[contentFrom] === ' ' && contentFrom < to) contentFrom++;
  // Five spaces after a marker start indented code; nothing after it is an empty item.
  if (contentFrom - markerEnd > 4 || contentFrom === to) return undefined;
  // An item that opens another block at once (a nested list, a heading) is left to remark-parse.
  if (blockStart(src, contentFrom, to)?.kind !== 'text') return undefined;
  // Only a bullet, `1.` or `1)` may interrupt a paragraph (not `01.`: micromark reads the digits).
  const interrupts = start === null || (markerEnd - from === 2 && src[from] === '1');
  return { kind: 'item', ordered: start !== null, marker: src[markerEnd - 1]!, start, contentFrom, interrupts };
}

/** Offsets -> mdast points (1-based line and column). */
class Points {
  private readonly lineStarts: number[] = [0];

  constructor(src: string) {
    for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  point(offset: number): Point {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1, offset };
  }

  position(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }
}

// ---------------------------------------------------------------------------------------------
// Inline content
// ---------------------------------------------------------------------------------------------

/**
 * A paragraph's or heading's text as micromark's text tokenizer sees it: continuation lines
 * without their indentation, line endings kept, trailing spaces before a line ending dropped, and
 * a hard break (two or more trailing spaces) as one NUL (the body has none of its own). Each
 * character keeps the source range it stands for.
 */
interface Inline {
  text: string;
  starts: number[];
  ends: number[];
}

const HARD_BREAK = '\u0000';

function inlineText(src: string, lines: readonly Line[]): Inline {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const copy = (from: number, to: number): void => {
    text += src.slice(from, to);
    for (let k = from; k < to; k++) {
      starts.push(k);
      ends.push(k + 1);
    }
  };
  lines.forEach((line, index) => {
    let end = line.to;
    while (src.charCodeAt(end - 1) === 32) end--;
    copy(line.from, end);
    if (index === lines.length - 1) return;
    if (line.to - end >= 2) {
      text += HARD_BREAK;
      starts.push(end);
      ends.push(line.eolEnd);
    } else {
      copy(line.eolStart, line.eolEnd);
    }
  });
  return { text, starts, ends };
}

const WHITESPACE = 1;
const PUNCTUATION = 2;
const OTHER = 0;

/**
 * micromark's classifyCharacter, per UTF-16 unit as micromark reads them: the start or end of
 * the text, line endings, breaks and `\s` are white space; `\p{P}` and `\p{S}` punctuation.
 */
function classify(text: string, index: number): number {
  if (index < 0 || index >= text.length) return WHITESPACE;
  const ch = text[index]!;
  if (ch === HARD_BREAK || /\s/.test(ch)) return WHITESPACE;
  return /\p{P}|\p{S}/u.test(ch) ? PUNCTUATION : OTHER;
}

type Item =
  | { kind: 'text'; from: number; to: number }
  /** A `*` run: what is left of it in [from, to), and whether it may open or close emphasis. */
  | { kind: 'delimiter'; from: number; to: number; open: boolean; close: boolean }
  | { kind: 'node'; node: PhrasingContent };

/** A character any link destination of the subset may hold (no spaces, brackets, quotes, parentheses, `*`). */
function isUrlChar(code: number): boolean {
  return code > 32 && code !== 40 && code !== 41 && code !== 42 && code !== 34 && code !== 39 && code !== 91 && code !== 93 && code !== 96 && code !== 0x7f && !/\s/.test(String.fromCharCode(code));
}

class InlineReader {
  private readonly items: Item[] = [];
  private textFrom = -1;
  /** Index in `items` of the open `[` (a text item until a link closes it), or -1, and its place in the text. */
  private bracket = -1;
  private bracketAt = -1;
  private delimiters = 0;

  constructor(
    private readonly inline: Inline,
    private readonly points: Points,
    /** A list item's paragraph over several lines (see code()). */
    private readonly inItemOverLines: boolean,
  ) {}

  private flush(to: number): void {
    if (this.textFrom !== -1 && this.textFrom < to) this.items.push({ kind: 'text', from: this.textFrom, to });
    this.textFrom = -1;
  }

  private position(from: number, to: number): Position {
    return this.points.position(this.inline.starts[from]!, this.inline.ends[to - 1]!);
  }

  /** The children, or undefined when the text holds something outside the subset. */
  read(): PhrasingContent[] | undefined {
    const { text } = this.inline;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      let next: number | undefined = i + 1;
      if (ch === '*') next = this.delimiter(i);
      else if (ch === '`') next = this.code(i);
      else if (ch === '[') next = this.openBracket(i);
      else if (ch === ']') next = this.closeBracket(i);
      else if (ch === HARD_BREAK) {
        this.flush(i);
        this.items.push({ kind: 'node', node: { type: 'break', position: this.position(i, i + 1) } });
      } else if (this.textFrom === -1) {
        this.textFrom = i;
      }
      if (next === undefined) return undefined;
      i = next;
    }
    this.flush(text.length);
    resolveEmphasis(this.items, this);
    return this.phrasing(this.items);
  }

  private delimiter(at: number): number | undefined {
    const { text } = this.inline;
    let end = at + 1;
    while (text[end] === '*') end++;
    if (end - at > 2 || ++this.delimiters > MAX_DELIMITERS) return undefined;
    this.flush(at);
    // micromark's attention tokenizer: the characters on either side decide.
    const before = classify(text, at - 1);
    const after = classify(text, end);
    const open = after === OTHER || (after === PUNCTUATION && before !== OTHER);
    const close = before === OTHER || (before === PUNCTUATION && after !== OTHER);
    this.items.push({ kind: 'delimiter', from: at, to: end, open, close });
    return end;
  }

  private code(at: number): number | undefined {
    const { text } = this.inline;
    const close = text.indexOf('`', at + 1);
    if (close === -1) {
      // No closing backtick: a literal one. In a list item, micromark's failed look-ahead for
      // it moves the ends of later line endings over the item's indentation; not copied here.
      if (this.inItemOverLines) return undefined;
      if (this.textFrom === -1) this.textFrom = at;
      return at + 1;
    }
    const raw = text.slice(at + 1, close);
    // A code span over a line ending is left to remark-parse.
    if (/[\r\n\u0000]/.test(raw)) return undefined;
    this.flush(at);
    // One space of padding each side goes, unless the code is nothing but spaces (U+0020 only).
    const padded = raw.startsWith(' ') && raw.endsWith(' ') && /[^ ]/.test(raw);
    this.items.push({ kind: 'node', node: { type: 'inlineCode', value: padded ? raw.slice(1, -1) : raw, position: this.position(at, close + 1) } });
    return close + 1;
  }

  private openBracket(at: number): number | undefined {
    // Brackets inside brackets are left to remark-parse.
    if (this.bracket !== -1 || ++this.delimiters > MAX_DELIMITERS) return undefined;
    this.flush(at);
    this.bracket = this.items.length;
    this.bracketAt = at;
    this.items.push({ kind: 'text', from: at, to: at + 1 });
    return at + 1;
  }

  private closeBracket(at: number): number | undefined {
    const { text } = this.inline;
    if (this.bracket === -1) {
      if (this.textFrom === -1) this.textFrom = at;
      return at + 1;
    }
    const labelFrom = this.bracketAt;
    if (text[at + 1] === '[') return undefined; // reference links
    if (text[at + 1] !== '(') {
      // `[NAME]` with no definitions anywhere: literal text, the `[` with it.
      this.bracket = -1;
      if (this.textFrom === -1) this.textFrom = at;
      return at + 1;
    }
    let end = at + 2;
    while (end < text.length && isUrlChar(text.charCodeAt(end))) end++;
    if (end === at + 2 || text[end] !== ')') return undefined;
    if (/[\r\n\u0000]/.test(text.slice(labelFrom, at))) return undefined;
    this.flush(at);
    const label = this.items.splice(this.bracket + 1);
    this.items.length = this.bracket;
    this.bracket = -1;
    // Emphasis inside a link is resolved inside it, as micromark's label end does.
    resolveEmphasis(label, this);
    this.items.push({
      kind: 'node',
      node: { type: 'link', title: null, url: text.slice(at + 2, end), children: this.phrasing(label), position: this.position(labelFrom, end + 1) },
    });
    return end + 1;
  }

  /** Items -> mdast: adjacent text and unused `*` merge into one text node, as in mdast-util-from-markdown. */
  phrasing(items: readonly Item[]): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    let from = -1;
    let to = -1;
    const flushText = (): void => {
      if (from !== -1 && from < to) out.push({ type: 'text', value: this.inline.text.slice(from, to), position: this.position(from, to) });
      from = -1;
    };
    for (const item of items) {
      if (item.kind === 'node') {
        flushText();
        out.push(item.node);
      } else if (item.from < item.to) {
        if (from === -1) from = item.from;
        to = item.to;
      }
    }
    flushText();
    return out;
  }

  /** An emphasis or strong node over inline characters [from, to). */
  group(type: 'emphasis' | 'strong', from: number, to: number, children: readonly Item[]): Item {
    return { kind: 'node', node: { type, children: this.phrasing(children), position: this.position(from, to) } };
  }
}

/**
 * micromark's resolveAllAttention over one run of items: each closing `*` run, left to right,
 * takes the nearest opening run before it that the rule of three allows (on the runs' current
 * sizes), two characters from each when both have two. Runs between them become text.
 */
function resolveEmphasis(items: Item[], reader: InlineReader): void {
  for (let index = 0; index < items.length; index++) {
    const closer = items[index]!;
    if (closer.kind !== 'delimiter' || !closer.close) continue;
    let at = index - 1;
    for (; at >= 0; at--) {
      const opener = items[at]!;
      if (opener.kind !== 'delimiter' || !opener.open) continue;
      const openSize = opener.to - opener.from;
      const closeSize = closer.to - closer.from;
      if ((opener.close || closer.open) && closeSize % 3 && !((openSize + closeSize) % 3)) continue;
      break;
    }
    if (at < 0) continue;
    const opener = items[at] as Extract<Item, { kind: 'delimiter' }>;
    const use = opener.to - opener.from > 1 && closer.to - closer.from > 1 ? 2 : 1;
    opener.to -= use;
    closer.from += use;
    const group = reader.group(use === 2 ? 'strong' : 'emphasis', opener.to, closer.from, items.slice(at + 1, index));
    items.splice(at + 1, index - at - 1, group);
    let groupAt = at + 1;
    if (opener.from === opener.to) {
      items.splice(at, 1);
      groupAt--;
    }
    if (closer.from === closer.to) items.splice(groupAt + 1, 1);
    // Next: what is left of the closer, or the item after it.
    index = groupAt;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

interface OpenParagraph {
  lines: Line[];
  item?: ListItem;
}

interface OpenList {
  node: List;
  /** The bullet character, or `.` / `)` for an ordered list: another one starts another list. */
  marker: string;
  /** A blank line since the last item's paragraph ended. */
  blank: boolean;
}

/**
 * The mdast tree remark-parse would build for `masked` (placeholders already masked), or
 * undefined when the body holds anything outside the subset this reader is sure of.
 */
export function parseSimpleMarkdown(masked: string): Root | undefined {
  if (OUTSIDE_SUBSET.test(masked)) return undefined;
  const src = masked;
  const points = new Points(src);
  const children: RootContent[] = [];
  let paragraph: OpenParagraph | undefined;
  let list: OpenList | undefined;

  const inline = (lines: readonly Line[], inItem: boolean): PhrasingContent[] | undefined =>
    new InlineReader(inlineText(src, lines), points, inItem && lines.length > 1).read();

  const closeParagraph = (): boolean => {
    if (!paragraph) return true;
    const { lines, item } = paragraph;
    paragraph = undefined;
    const content = inline(lines, item !== undefined);
    if (!content) return false;
    const first = lines[0]!;
    const last = lines[lines.length - 1]!;
    const node: Paragraph = { type: 'paragraph', children: content, position: points.position(first.from, last.to) };
    if (item) {
      item.children.push(node);
      item.position = points.position(item.position!.start.offset!, last.to);
    } else {
      children.push(node);
    }
    return true;
  };

  const closeList = (): void => {
    if (!list) return;
    const items = list.node.children;
    list.node.position = points.position(items[0]!.position!.start.offset!, items[items.length - 1]!.position!.end.offset!);
    list = undefined;
  };

  let lineStart = 0;
  while (lineStart <= src.length) {
    let eolStart = src.indexOf('\n', lineStart);
    const eolEnd = eolStart === -1 ? src.length : eolStart + 1;
    if (eolStart === -1) eolStart = src.length;
    else if (src[eolStart - 1] === '\r') eolStart--;
    const to = eolStart;
    let first = lineStart;
    while (first < to && src[first] === ' ') first++;
    const indented = first > lineStart;
    const line: Line = { from: first, to, eolStart, eolEnd };
    lineStart = eolEnd === src.length && eolStart === src.length ? src.length + 1 : eolEnd;

    if (first === to) {
      if (!closeParagraph()) return undefined;
      if (list) list.blank = true;
      continue;
    }
    const start = blockStart(src, first, to);
    if (!start) return undefined;
    if (paragraph) {
      // Paragraph continuation text, lazy or indented; outside a list, an ordered item other
      // than `1.` cannot interrupt a paragraph.
      const continues = start.kind === 'text' || (start.kind === 'item' && !paragraph.item && !start.interrupts);
      if (continues && (start.kind === 'text' || !indented)) {
        paragraph.lines.push(line);
        continue;
      }
      // Indented block starts after a paragraph line (nested lists, indented headings) and rules
      // under one (`---` makes it a setext heading) are left to remark-parse.
      if (indented || start.kind === 'thematicBreak' || !closeParagraph()) return undefined;
    } else if (indented) {
      return undefined;
    }
    if (start.kind === 'thematicBreak') {
      closeList();
      children.push({ type: 'thematicBreak', position: points.position(first, to) });
    } else if (start.kind === 'heading') {
      closeList();
      const content = inline([{ from: start.from, to: start.to, eolStart: start.to, eolEnd: start.to }], false);
      if (!content) return undefined;
      const heading: Heading = { type: 'heading', depth: start.depth as Heading['depth'], children: content, position: points.position(first, to) };
      children.push(heading);
    } else if (start.kind === 'item') {
      if (list && list.marker === start.marker && list.node.ordered === start.ordered) {
        if (list.blank) list.node.spread = true;
      } else {
        closeList();
        const node: List = { type: 'list', ordered: start.ordered, start: start.start, spread: false, children: [] };
        children.push(node);
        list = { node, marker: start.marker, blank: false };
      }
      list.blank = false;
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: points.position(first, to) };
      list.node.children.push(item);
      paragraph = { lines: [{ ...line, from: start.contentFrom }], item };
    } else {
      closeList();
      paragraph = { lines: [line] };
    }
  }
  if (!closeParagraph()) return undefined;
  closeList();
  return { type: 'root', children, position: points.position(0, src.length) };
}

let fastPathOn = true;

/**
 * For tests and measurements only (not part of the public API): turns the fast path off, so
 * every Markdown body goes to remark-parse. Returns the previous setting.
 */
export function setMarkdownFastPath(on: boolean): boolean {
  const previous = fastPathOn;
  fastPathOn = on;
  return previous;
}

/** The fast reader's tree, unless it declines the body or the fast path is off. */
export function tryFastMarkdown(masked: string): Root | undefined {
  return fastPathOn ? parseSimpleMarkdown(masked) : undefined;
}
