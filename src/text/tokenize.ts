// Splits prose into tokens with exact source offsets. One regex pass over the block's text,
// then contractions are expanded so rules match "you are" whether the writer typed "you're",
// "you’re" or "you are".
import type { Placeholder, TokenKind } from '../types.js';
import { MASK_EVEN, MASK_ODD } from '../templating/placeholders.js';
import type { ProseText } from './prose-text.js';
import { expandWord, normalizeWord } from './normalize.js';

export interface RawToken {
  text: string;
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
  link: boolean;
  placeholder?: Placeholder;
}

/** Marks an inline code span (one character standing for the whole span) in a ProseText. */
export const ATOM_CODE = '\uE002';

// One alternative per token kind, as numbered groups (named groups would cost an object per
// match): KIND_OF_GROUP says which kind each group is. Order matters: earlier kinds win.
const TOKEN = new RegExp(
  [
    `(${MASK_EVEN}+|${MASK_ODD}+)`,
    `(${ATOM_CODE})`,
    String.raw`((?:https?://|www\.)[^\s<>"'\u201C\u201D]*[^\s<>"'\u201C\u201D.,;:!?)\]])`,
    String.raw`([\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    // Dotted abbreviations stay one word so their dots don't end a sentence: e.g. i.e. U.S.
    String.raw`(\p{L}(?:\.\p{L})+\.)`,
    String.raw`(\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|%)?)`,
    String.raw`([\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*(?:[-‐][\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*)*)`,
    // Runs of the same punctuation mark stay one token: "!!", "??", "...". Group 9 is the mark.
    String.raw`(([.!?,;:…—–\-"“”‘’'()\[\]])\9*)`,
    String.raw`(\S)`,
  ].join('|'),
  'gu',
);

const KIND_OF_GROUP = ['', 'mask', 'code', 'url', 'email', 'abbr', 'number', 'word', 'punct', '', 'symbol'] as const;

/** Which alternative of TOKEN matched. */
function kindOf(match: RegExpExecArray): (typeof KIND_OF_GROUP)[number] {
  for (let group = 1; group < KIND_OF_GROUP.length; group++) if (group !== 9 && match[group] !== undefined) return KIND_OF_GROUP[group]!;
  return 'symbol';
}

/** Expands one word token into its normalised parts, each with its own slice of the source. */
function expandToken(token: RawToken, starts: readonly number[], ends: readonly number[], from: number): RawToken[] {
  // Most words have no apostrophe and are not "cannot": their lower case is their only part.
  if (!/['’‘]/.test(token.text) && token.norm !== 'cannot') return [token];
  const parts = expandWord(normalizeWord(token.text));
  if (parts.length === 1) return [{ ...token, norm: parts[0]![2] }];
  return parts.map(([a, b, norm]) => ({
    ...token,
    text: token.text.slice(a, b),
    norm,
    start: starts[from + a]!,
    end: ends[from + b - 1]!,
  }));
}

/**
 * Tokenises a block's prose text. Placeholder masks become one `placeholder` token per
 * placeholder (looked up by source offset); code atoms become `code` tokens.
 */
export function tokenize(prose: ProseText, placeholderAt: (offset: number) => Placeholder | undefined): RawToken[] {
  const tokens: RawToken[] = [];
  const { text, starts, ends, linkChars } = prose;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    const start = starts[from]!;
    const end = ends[to - 1]!;
    const link = linkChars.has(from);
    const kind = kindOf(m);
    if (kind === 'mask') {
      const placeholder = placeholderAt(start);
      // Line breaks are not masked, so a placeholder over several lines is several tokens: each
      // stands for its own part of the placeholder, never for text outside its range.
      const text = placeholder ? placeholder.raw.slice(start - placeholder.start, end - placeholder.start) : m[0];
      tokens.push({ text, norm: '', kind: 'placeholder', start, end, link, placeholder });
      continue;
    }
    if (kind === 'code') {
      tokens.push({ text: m[0], norm: '', kind: 'code', start, end, link });
      continue;
    }
    const tokenKind: TokenKind = kind === 'abbr' ? 'word' : (kind as TokenKind);
    const token: RawToken = { text: m[0], norm: m[0].toLowerCase(), kind: tokenKind, start, end, link };
    if (kind === 'word') {
      const parts = expandToken(token, starts, ends, from);
      if (parts.length === 1) tokens.push(parts[0]!);
      else tokens.push(...parts);
    } else tokens.push(token);
  }
  return tokens;
}
