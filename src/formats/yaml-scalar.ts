// Decodes a YAML scalar's source into its value AND the file offset of every value character,
// for every scalar style: plain, 'single', "double" (all escapes, escaped and folded line
// breaks), literal `|` and folded `>` blocks (indentation indicator, chomping). The algorithms
// are the `yaml` package's own (compose/resolve-flow-scalar.js, resolve-block-scalar.js),
// ported with an offset recorded for each character they emit, so the value is the one `yaml`
// parses (callers check it) and positions stay exact through folding and escapes.
import type { Scalar } from 'yaml';
import type { PositionMap } from '../types.js';
import { encodeJsonString } from './json-string.js';
import { tableMap } from './position-map.js';

export type YamlScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

export interface DecodedScalar {
  value: string;
  /** File offset of each value character, plus one more: where the value ends. */
  offsets: number[];
  style: YamlScalarStyle;
  map: PositionMap;
}

/** The parts of a `yaml` CST scalar token the decoder reads (`node.srcToken` with keepSourceTokens). */
export interface ScalarToken {
  type: string;
  offset: number;
  indent: number;
  source: string;
  props?: Array<{ type: string; offset: number; source: string }>;
}

/** Value characters with their file offsets. */
class Out {
  value = '';
  readonly offsets: number[] = [];

  /** `text` produced by the source at `offset` (an escape, a fold): every unit maps there. */
  add(text: string, offset: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) this.offsets.push(offset);
  }

  /** Source characters copied as they are, from file offset `offset` on. */
  copy(text: string, offset: number): void {
    this.value += text;
    for (let i = 0; i < text.length; i++) this.offsets.push(offset + i);
  }
}

function finish(out: Out, end: number, style: YamlScalarStyle, encode: (text: string) => string): DecodedScalar {
  const offsets = [...out.offsets, end];
  return { value: out.value, offsets, style, map: tableMap(offsets, encode) };
}

// ---------------------------------------------------------------------------------------------
// Flow scalars
// ---------------------------------------------------------------------------------------------

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/**
 * yaml's `unfoldLines`: the first line loses trailing blanks, middle lines lose both, the last
 * loses leading blanks; one line break folds to a space, n breaks to n-1 newlines. A fold maps
 * to where the trimmed whitespace (or the break) starts, so ranges end tight on the words.
 */
function unfold(source: string, base: number, out: Out): void {
  const lines: Array<{ text: string; start: number; breakAt: number }> = [];
  const line = /(.*?)\r?\n/sy;
  let match: RegExpExecArray | null;
  let pos = 0;
  while ((match = line.exec(source))) {
    lines.push({ text: match[1]!, start: pos, breakAt: pos + match[1]!.length });
    pos = line.lastIndex;
  }
  if (lines.length === 0) {
    out.copy(source, base);
    return;
  }
  const first = lines[0]!;
  const firstKept = first.text.replace(/[ \t]+$/, '');
  out.copy(firstKept, base + first.start);
  let sep = ' ';
  let sepAt = base + first.start + firstKept.length;
  for (let i = 1; i < lines.length; i++) {
    const { text, start } = lines[i]!;
    const lead = /^[ \t]*/.exec(text)![0].length;
    const kept = text.slice(lead).replace(/[ \t]+$/, '');
    if (kept === '') {
      // Same text as yaml's (a break now, one pending), with the offsets kept in order.
      if (sep === '\n') out.add('\n', sepAt);
      sep = '\n';
      // The previous line's break: its CR when it is a CRLF, so an edit there never splits it.
      sepAt = base + lines[i - 1]!.breakAt;
    } else {
      out.add(sep, sepAt);
      out.copy(kept, base + start + lead);
      sep = ' ';
      sepAt = base + start + lead + kept.length;
    }
  }
  const lastLead = /^[ \t]*/.exec(source.slice(pos))![0].length;
  out.add(sep, sepAt);
  out.copy(source.slice(pos + lastLead), base + pos + lastLead);
}

function decodePlain(token: ScalarToken): DecodedScalar {
  const out = new Out();
  unfold(token.source, token.offset, out);
  return finish(out, token.offset + token.source.length, 'PLAIN', encodePlain(token.indent));
}

function decodeSingle(token: ScalarToken): DecodedScalar {
  const unfolded = new Out();
  const inner = token.source.slice(1, token.source.endsWith("'") && token.source.length > 1 ? -1 : undefined);
  unfold(inner, token.offset + 1, unfolded);
  // `''` is one quote; pairs never straddle a fold, so replacing after unfolding is yaml's order too.
  const out = new Out();
  const { value, offsets } = unfolded;
  for (let i = 0; i < value.length; i++) {
    out.add(value[i]!, offsets[i]!);
    if (value[i] === "'" && value[i + 1] === "'") i++;
  }
  return finish(out, token.offset + token.source.length - 1, 'QUOTE_SINGLE', encodeSingle(token.indent));
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

function decodeDouble(token: ScalarToken): DecodedScalar {
  const { source, offset: base } = token;
  const out = new Out();
  // Where the fold of the next line break maps: the start of the blanks it trims, else the break.
  let blanksAt = -1;
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      // A CRLF break starts at its CR: an edit mapped here must not land between CR and LF.
      const at = blanksAt >= 0 ? blanksAt : base + (source[i - 1] === '\r' ? i - 1 : i);
      let fold = '';
      const newlines: number[] = [];
      let next = source[i + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[i + 2] !== '\n') break;
        if (next === '\n') {
          fold += '\n';
          newlines.push(base + (source[i] === '\r' ? i : i + 1));
        }
        i += 1;
        next = source[i + 1];
      }
      if (fold) for (const n of newlines) out.add('\n', n);
      else out.add(' ', at);
      blanksAt = -1;
      continue;
    }
    blanksAt = -1;
    if (ch === '\\') {
      const escapeAt = base + i;
      let next = source[++i];
      const code = next === undefined ? undefined : ESCAPES[next];
      if (code) out.add(code, escapeAt);
      else if (next === '\n') {
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === '\r' && source[i + 1] === '\n') {
        next = source[++i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        const code = hex.length === length && /^[0-9a-fA-F]+$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
        let text: string;
        try {
          text = String.fromCodePoint(code);
        } catch {
          text = source.substr(i - 1, length + 2);
        }
        out.add(text, escapeAt);
        i += length;
      } else {
        out.copy(source.substr(i - 1, 2), escapeAt);
      }
    } else if (isBlank(ch)) {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n')) out.copy(source.slice(wsStart, i + 1), base + wsStart);
      else blanksAt = base + wsStart;
    } else {
      out.add(ch, base + i);
    }
  }
  return finish(out, base + source.length - 1, 'QUOTE_DOUBLE', encodeJsonString);
}

// ---------------------------------------------------------------------------------------------
// Block scalars
// ---------------------------------------------------------------------------------------------

interface Header {
  mode: string;
  indent: number;
  chomp: string;
  /** Header, comment and line break: the content starts this far after the token's offset. */
  length: number;
}

function blockHeader(token: ScalarToken): Header | undefined {
  const props = token.props ?? [];
  const first = props[0];
  if (!first || first.type !== 'block-scalar-header') return undefined;
  const { source } = first;
  let indent = 0;
  let chomp = '';
  for (let i = 1; i < source.length; ++i) {
    const ch = source[i]!;
    if (!chomp && (ch === '-' || ch === '+')) chomp = ch;
    else if (!indent && Number(ch)) indent = Number(ch);
  }
  let length = source.length;
  for (let i = 1; i < props.length; ++i) length += props[i]!.source.length;
  return { mode: source[0]!, indent, chomp, length };
}

interface BlockLine {
  indent: string;
  content: string;
  /** File offset of the line's first character (its indentation). */
  start: number;
}

function splitBlockLines(source: string, base: number): BlockLine[] {
  const lines: BlockLine[] = [];
  let start = 0;
  for (;;) {
    const nl = source.indexOf('\n', start);
    const raw = nl === -1 ? source.slice(start) : source.slice(start, nl);
    const indent = /^ */.exec(raw)![0];
    lines.push({ indent, content: raw.slice(indent.length), start: base + start });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

function decodeBlock(token: ScalarToken): DecodedScalar | undefined {
  const header = blockHeader(token);
  if (!header) return undefined;
  const literal = header.mode !== '>';
  const style: YamlScalarStyle = literal ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
  const contentBase = token.offset + header.length;
  const end = contentBase + token.source.length;
  const out = new Out();
  const lines = token.source ? splitBlockLines(token.source, contentBase) : [];
  /** The line break that ends line i (a CR of a CRLF is part of the break). */
  const breakOf = (i: number): number => {
    const line = lines[i]!;
    const crlf = line.content.endsWith('\r');
    return line.start + line.indent.length + line.content.length - (crlf ? 1 : 0);
  };
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    const content = lines[i]!.content;
    if (content === '' || content === '\r') chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (header.chomp === '+' && lines.length > 0) {
      const count = Math.max(1, lines.length - 1);
      for (let i = 0; i < count; i++) out.add('\n', i < lines.length - 1 ? breakOf(i) : end);
    }
    return finish(out, end, style, encodeBlock(token.indent, literal));
  }
  let trimIndent = token.indent + header.indent;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const { indent, content } = lines[i]!;
    if (content === '' || content === '\r') {
      if (header.indent === 0 && indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (header.indent === 0) trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]!.indent.length > trimIndent) chompStart = i + 1;
  }
  // Leading empty (or blank) lines are kept intact.
  for (let i = 0; i < contentStart; ++i) {
    const line = lines[i]!;
    out.copy(line.indent.slice(trimIndent), line.start + trimIndent);
    out.add('\n', breakOf(i));
  }
  // `sep` is what goes before the next content: a fold (' '), a break or two; each piece knows its source.
  let sep: Array<[string, number]> = [];
  const sepText = (): string => sep.map(([t]) => t).join('');
  const flush = (): void => {
    for (const [text, at] of sep) out.add(text, at);
  };
  let prevMoreIndented = false;
  for (let i = contentStart; i < chompStart; ++i) {
    const line = lines[i]!;
    let { indent, content } = line;
    const crlf = content.endsWith('\r');
    if (crlf) content = content.slice(0, -1);
    let indentStart = line.start;
    if (content && indent.length < trimIndent) {
      indent = '';
      indentStart = line.start + line.indent.length;
    }
    const contentAt = line.start + line.indent.length;
    const lineBreak = breakOf(i);
    if (literal) {
      flush();
      out.copy(indent.slice(trimIndent), indentStart + trimIndent);
      out.copy(content, contentAt);
      sep = [['\n', lineBreak]];
    } else if (indent.length > trimIndent || content[0] === '\t') {
      // More-indented lines keep their breaks.
      const current = sepText();
      if (current === ' ') sep = [['\n', sep[0]![1]]];
      else if (!prevMoreIndented && current === '\n') sep = [['\n', sep[0]![1]], ['\n', sep[0]![1]]];
      flush();
      out.copy(indent.slice(trimIndent), indentStart + trimIndent);
      out.copy(content, contentAt);
      sep = [['\n', lineBreak]];
      prevMoreIndented = true;
    } else if (content === '') {
      // yaml appends a break now and keeps one pending: same text, offsets kept in order.
      if (sepText() === '\n') out.add('\n', sep[0]![1]);
      sep = [['\n', lineBreak]];
    } else {
      flush();
      out.copy(content, contentAt);
      sep = [[' ', lineBreak]];
      prevMoreIndented = false;
    }
  }
  switch (header.chomp) {
    case '-':
      break;
    case '+':
      for (let i = chompStart; i < lines.length; ++i) {
        const line = lines[i]!;
        out.add('\n', i > 0 ? breakOf(i - 1) : line.start);
        out.copy(line.indent.slice(trimIndent), line.start + trimIndent);
      }
      if (!out.value.endsWith('\n')) out.add('\n', lines.length > 0 ? breakOf(lines.length - 1) : end);
      break;
    default:
      out.add('\n', chompStart > 0 ? breakOf(chompStart - 1) : end);
  }
  // The value ends just after its last character (its final line break, when it keeps one).
  const last = out.offsets[out.offsets.length - 1];
  return finish(out, last === undefined ? contentBase : last + 1, style, encodeBlock(token.indent, literal));
}

// ---------------------------------------------------------------------------------------------
// Encoding replacement text for the scalar's style
// ---------------------------------------------------------------------------------------------

/** Text inserted in a block scalar: continuation lines get the block's indentation. */
function encodeBlock(parentIndent: number, literal: boolean): (text: string) => string {
  const pad = ' '.repeat(parentIndent + 2);
  // In a folded block a single break would fold into a space: a newline needs an empty line.
  return (text) => text.replace(/\r?\n/g, literal ? `\n${pad}` : `\n\n${pad}`);
}

/** In flow scalars a newline is an empty line (a single break folds into a space). */
function encodeSingle(indent: number): (text: string) => string {
  const pad = ' '.repeat(indent + 2);
  return (text) => text.replace(/'/g, "''").replace(/\r?\n/g, `\n\n${pad}`);
}

function encodePlain(indent: number): (text: string) => string {
  const pad = ' '.repeat(indent + 2);
  return (text) => text.replace(/\r?\n/g, `\n\n${pad}`);
}

// ---------------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------------

/** Decodes a CST scalar token (plain, quoted or block). Undefined for anything else. */
export function decodeScalarToken(token: ScalarToken): DecodedScalar | undefined {
  switch (token.type) {
    case 'scalar':
      return decodePlain(token);
    case 'single-quoted-scalar':
      return decodeSingle(token);
    case 'double-quoted-scalar':
      return decodeDouble(token);
    case 'block-scalar':
      return decodeBlock(token);
    default:
      return undefined;
  }
}

/**
 * Decodes a string scalar of a document parsed with `keepSourceTokens: true`. Undefined when the
 * node has no source token or the decoded value is not the value `yaml` parsed (a case the port
 * does not cover: better no template than one with wrong positions).
 */
export function decodeYamlScalar(node: Scalar): DecodedScalar | undefined {
  const token = (node as Scalar & { srcToken?: ScalarToken }).srcToken;
  if (!token || typeof node.value !== 'string') return undefined;
  const decoded = decodeScalarToken(token);
  return decoded && decoded.value === node.value ? decoded : undefined;
}
