// Decodes a JSON string literal and records, for every decoded character, where it starts in the
// file: the position table that keeps diagnostics exact inside `"…\n…\"…\u2019…"`.
import type { PositionMap } from '../types.js';
import { tableMap } from './position-map.js';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export interface DecodedString {
  value: string;
  map: PositionMap;
  /** File offset just after the closing quote. */
  end: number;
}

export class JsonStringError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** JSON-escapes text for insertion inside a JSON string literal (without the quotes). */
export function encodeJsonString(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** Decodes the JSON string literal whose opening quote is at `quote` in `text`. */
export function decodeJsonString(text: string, quote: number): DecodedString {
  if (text[quote] !== '"') throw new JsonStringError('Expected a string', quote);
  let value = '';
  const offsets: number[] = [];
  let i = quote + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      offsets.push(i);
      return { value, map: tableMap(offsets, encodeJsonString), end: i + 1 };
    }
    if (ch !== '\\') {
      offsets.push(i);
      value += ch;
      i++;
      continue;
    }
    const escape = text[i + 1];
    if (escape !== undefined && escape in SIMPLE) {
      offsets.push(i);
      value += SIMPLE[escape];
      i += 2;
    } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      offsets.push(i);
      value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw new JsonStringError(`Invalid escape "\\${escape ?? ''}" in a JSON string`, i);
    }
  }
  throw new JsonStringError('Unterminated JSON string', quote);
}
