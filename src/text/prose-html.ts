// The prose view of an HTML body (hast from src/formats/html.ts): block elements make blocks,
// inline markup is transparent, scripts, styles, code blocks and images are not prose. Text node
// values are decoded (entities resolved by parse5); every decoded character keeps the source
// offset it came from, so tokens, sentences and diagnostics point at the exact source slice
// (`&rsquo;re` for the `are` of "you&rsquo;re"). Sentences and tokens come from `assemble`,
// exactly as for Markdown.
import type { Element, Nodes, Root } from 'hast';
import type { BlockKind, Placeholder, ProseView } from '../types.js';
import { appendAtom, emptyProseText, type ProseText } from './prose-text.js';
import { assemble, type BlockDraft } from './prose-view.js';
import { ATOM_CODE } from './tokenize.js';

/** Elements that start and end a block of their own (everything else is inline). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Never prose, and rendered as nothing between words: skipped without a trace. */
const HIDDEN_ELEMENTS = new Set(['base', 'head', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title', 'wbr']);

/** Not prose, but a block (code blocks, raw text): ends the paragraph around it. */
const NON_PROSE_BLOCKS = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/** Not prose, inline: keeps the words on either side apart, like an image in Markdown. */
const NON_PROSE_INLINE = new Set([
  'img', 'picture', 'svg', 'math', 'input', 'select', 'textarea', 'embed', 'object', 'iframe', 'video', 'audio', 'canvas', 'map', 'area', 'source', 'track',
]);

/** Inline code: one code atom, as a Markdown code span. */
const CODE_ELEMENTS = new Set(['code', 'kbd', 'samp', 'tt']);

const HEADINGS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

// ---------------------------------------------------------------------------------------------
// Decoded text -> source offsets
// ---------------------------------------------------------------------------------------------

/**
 * The named character references HTML decodes without a semicolon (`&nbsp`, `&copy`), from the
 * WHATWG list. Longest first, so that the regex picks `frac12` over a shorter name.
 */
const LEGACY_NAMES = (
  'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT Iacute Icirc Igrave Iuml ' +
  'LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute ' +
  'aelig agrave amp aring atilde auml brvbar ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 ' +
  'frac14 frac34 gt iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ocirc ograve ' +
  'ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 sup2 sup3 szlig thorn times uacute ucirc ' +
  'ugrave uml uuml yacute yen yuml'
)
  .split(' ')
  .sort((a, b) => b.length - a.length);

const NUMERIC_REFERENCE = /^&#(?:[0-9]+|[xX][0-9a-fA-F]+);?/;
const NAMED_REFERENCE = /^&[A-Za-z][A-Za-z0-9]*;/;
const LEGACY_REFERENCE = new RegExp(`^&(?:${LEGACY_NAMES.join('|')})`);

/**
 * The length of the character reference at `source[s]` that decodes to `value[v]`, or 0.
 * A reference the value holds literally (`&foo;` is no entity) is not one.
 */
function referenceAt(source: string, s: number, end: number, value: string, v: number): number {
  const rest = source.slice(s, Math.min(end, s + 40));
  const numeric = NUMERIC_REFERENCE.exec(rest);
  const named = NAMED_REFERENCE.exec(rest);
  const legacy = LEGACY_REFERENCE.exec(rest);
  let length = numeric?.[0].length ?? named?.[0].length ?? legacy?.[0].length ?? 0;
  // `&copyx;` is `&copy` then "x;": prefer the legacy name when what follows it lines up.
  if (!numeric && named && legacy && legacy[0].length < named[0].length && rest[legacy[0].length] === value[v + 1]) {
    length = legacy[0].length;
  }
  if (length === 0 || value.startsWith(rest.slice(0, length), v)) return 0;
  return length;
}

/**
 * Appends an HTML text node's decoded `value`, aligning each character with its source slice in
 * `source[start, end)`: a character reference stands for the whole `&…;` (or legacy `&nbsp`),
 * CR LF for the LF parse5 keeps. No backslash escapes: HTML has none. A character that can't be
 * found (input parse5 normalised away, such as NUL) is pinned where the search stands, so the
 * characters after it still line up.
 */
export function appendHtmlAligned(target: ProseText, value: string, source: string, start: number, end: number, link = false): void {
  let s = start;
  for (let v = 0; v < value.length; v++) {
    const ch = value[v]!;
    let from = -1;
    let to = -1;
    let width = 1;
    for (let k = s; k < end; k++) {
      // A tag parse5 ignored (a stray `<td>` outside a table) sits inside the text around it:
      // its letters are not the text's.
      if (source[k] === '<' && ch !== '<' && /[A-Za-z/!?]/.test(source[k + 1] ?? '')) {
        const close = source.indexOf('>', k);
        if (close !== -1 && close < end) {
          k = close;
          continue;
        }
      }
      // parse5 reads a lone CR as LF too: without this, the search for the LF would run on and
      // take a later reference or LF for it, and every character after would lose its place.
      if (ch === '\n' && source[k] === '\r' && source[k + 1] !== '\n') {
        [from, to] = [k, k + 1];
        break;
      }
      if (source[k] === '&') {
        const length = referenceAt(source, k, end, value, v);
        if (length > 0) {
          [from, to] = [k, k + length];
          // A reference can decode to an astral character: two UTF-16 units, both from it.
          if (/[\uD800-\uDBFF]/.test(ch) && v + 1 < value.length) width = 2;
          break;
        }
      }
      if (source[k] === ch) {
        [from, to] = [k, k + 1];
        break;
      }
    }
    if (from === -1) {
      from = Math.min(s, Math.max(start, end - 1));
      to = Math.max(from, Math.min(end, from + 1));
    } else {
      s = to;
    }
    for (let k = 0; k < width; k++) {
      if (link) target.linkChars.add(target.text.length);
      target.text += value[v + k];
      target.starts.push(from);
      target.ends.push(to);
    }
    v += width - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Blocks
// ---------------------------------------------------------------------------------------------

/** What the enclosing elements say about the blocks made inside them. */
interface Context {
  kind: BlockKind;
  quoted: boolean;
  link: boolean;
  depth?: number;
  /** Inside a list item: only its first block is the item itself, later ones its continuation. */
  item?: { ordered: boolean; used: boolean };
  /** The list element the next `li` belongs to. */
  ordered?: boolean;
  /** Inside a table that holds data (not layout): cells are table cells. */
  dataTable?: boolean;
}

function range(node: Nodes): [number, number] | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : [start, end];
}

function hasChild(node: Element, test: (child: Element) => boolean): boolean {
  return node.children.some((child) => child.type === 'element' && (test(child) || (['thead', 'tbody', 'tfoot', 'tr'].includes(child.tagName) && hasChild(child, test))));
}

/**
 * Email HTML lays whole replies out in tables; only a table that looks like data (header cells,
 * a caption, a thead, and no `role="presentation"`) makes `tableCell` blocks. Cells of a layout
 * table are read like `div`s, so structure rules (which skip table cells) still see the reply.
 */
function isDataTable(table: Element): boolean {
  const role = String(table.properties.role ?? '').toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  return hasChild(table, (child) => child.tagName === 'th' || child.tagName === 'thead' || child.tagName === 'caption');
}

class Builder {
  readonly drafts: BlockDraft[] = [];
  /** `<br>` ranges: line breaks the sentence splitter must see. */
  readonly breaks: Array<[number, number]> = [];
  private current: BlockDraft | undefined;
  /** The last thing in the current block was a `<br>` (whitespace aside): a second one ends the paragraph. */
  private afterBreak = false;

  constructor(private readonly masked: string) {}

  /** The block inline content goes into, opened on first use. */
  private open(context: Context): ProseText {
    if (!this.current) {
      let kind = context.kind;
      let ordered: boolean | undefined;
      if (context.item) {
        if (!context.item.used) {
          kind = 'listItem';
          ordered = context.item.ordered;
          context.item.used = true;
        } else if (kind === 'listItem') {
          kind = 'paragraph';
        }
      }
      this.current = {
        kind,
        start: -1,
        end: -1,
        quoted: context.quoted,
        prose: emptyProseText(),
        ...(ordered !== undefined ? { ordered } : {}),
        ...(kind === 'heading' && context.depth !== undefined ? { depth: context.depth } : {}),
      };
    }
    return this.current.prose;
  }

  /** Closes the open block; its range is that of its visible characters. */
  close(): void {
    const draft = this.current;
    this.current = undefined;
    this.afterBreak = false;
    if (!draft) return;
    const { text, starts, ends } = draft.prose;
    let first = 0;
    let last = text.length - 1;
    while (first <= last && /\s/.test(text[first]!)) first++;
    while (last >= first && /\s/.test(text[last]!)) last--;
    if (first > last) return;
    draft.start = starts[first]!;
    draft.end = ends[last]!;
    this.drafts.push(draft);
  }

  text(value: string, start: number, end: number, context: Context): void {
    if (/\S/.test(value)) this.afterBreak = false;
    else if (!this.current) return;
    appendHtmlAligned(this.open(context), value, this.masked, start, end, context.link);
  }

  atom(char: string, start: number, end: number, context: Context): void {
    this.afterBreak = false;
    appendAtom(this.open(context), char, start, end, context.link);
  }

  /** `<br>` breaks the line; two in a row (`<br><br>`, email's paragraph break) end the paragraph. */
  lineBreak(start: number, end: number, context: Context): void {
    this.breaks.push([start, end]);
    if (this.afterBreak) {
      this.close();
      return;
    }
    if (this.current) {
      appendAtom(this.current.prose, '\n', start, end, context.link);
      this.afterBreak = true;
    }
  }
}

function walkChildren(node: Root | Element, builder: Builder, context: Context): void {
  for (const child of node.children) walk(child, builder, context);
}

function walk(node: Nodes, builder: Builder, context: Context): void {
  if (node.type === 'text') {
    const at = range(node);
    if (at) builder.text(node.value, at[0], at[1], context);
    return;
  }
  if (node.type === 'root') {
    walkChildren(node, builder, context);
    return;
  }
  // Comments (directives are read by the caller), doctypes: not prose, and render to nothing.
  if (node.type !== 'element') return;

  const tag = node.tagName.toLowerCase();
  const at = range(node);
  if (HIDDEN_ELEMENTS.has(tag)) return;
  if (tag === 'br') {
    if (at) builder.lineBreak(at[0], at[1], context);
    return;
  }
  if (NON_PROSE_BLOCKS.has(tag)) {
    builder.close();
    return;
  }
  if (NON_PROSE_INLINE.has(tag)) {
    if (at) builder.atom(' ', at[0], at[1], context);
    return;
  }
  if (CODE_ELEMENTS.has(tag)) {
    if (at) builder.atom(ATOM_CODE, at[0], at[1], context);
    return;
  }
  if (!BLOCK_ELEMENTS.has(tag)) {
    // Inline markup is transparent; a link's text is link text.
    const link = context.link || (tag === 'a' && node.properties.href !== undefined);
    walkChildren(node, builder, link === context.link ? context : { ...context, link });
    return;
  }

  builder.close();
  const inner: Context = { ...context };
  switch (tag) {
    case 'blockquote':
      inner.quoted = true;
      break;
    case 'ol':
    case 'ul':
    case 'menu':
    case 'dir':
      inner.ordered = tag === 'ol';
      break;
    case 'li':
      inner.kind = 'listItem';
      inner.item = { ordered: context.ordered ?? false, used: false };
      break;
    case 'table':
      inner.dataTable = isDataTable(node);
      break;
    case 'td':
    case 'th':
      if (context.dataTable) inner.kind = 'tableCell';
      break;
    default:
      if (tag in HEADINGS) {
        inner.kind = 'heading';
        inner.depth = HEADINGS[tag]!;
      }
  }
  walkChildren(node, builder, inner);
  builder.close();
}

/**
 * The sentence splitter reads line breaks from the source between tokens; in HTML a line break
 * is a `<br>` tag. This copy of the body writes each `<br>` as a newline padded with spaces
 * (same length, so every offset holds).
 */
function withBreaks(original: string, breaks: ReadonlyArray<[number, number]>): string {
  if (breaks.length === 0) return original;
  let out = '';
  let at = 0;
  for (const [start, end] of breaks) {
    if (start < at || end <= start) continue;
    out += original.slice(at, start) + '\n' + ' '.repeat(end - start - 1);
    at = end;
  }
  return out + original.slice(at);
}

/** The prose view of an HTML body parsed (with placeholders masked) into `root`. */
export function proseFromHtml(root: Root, masked: string, original: string, placeholders: readonly Placeholder[]): ProseView {
  const builder = new Builder(masked);
  walk(root, builder, { kind: 'paragraph', quoted: false, link: false });
  builder.close();
  // parse5 moves stray text out of tables ("foster parenting"): keep blocks in source order.
  const drafts = builder.drafts.map((draft, i) => ({ draft, i })).sort((a, b) => a.draft.start - b.draft.start || a.i - b.i).map(({ draft }) => draft);
  return assemble(drafts, placeholders, withBreaks(original, builder.breaks));
}

/** [start, end) of every comment in the tree, in source order: where inline directives live. */
export function htmlCommentRanges(root: Root): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'comment') {
      const at = range(node);
      if (at) found.push(at);
      return;
    }
    if (node.type === 'root' || node.type === 'element') for (const child of node.children) visit(child);
  };
  visit(root);
  return found.sort((a, b) => a[0] - b[0]);
}
