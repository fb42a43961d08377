// Decodes a JSON string literal and keeps, for every escape in it, where it sits in the file: the
// position map that keeps diagnostics exact inside `"…\n…\"…\u2019…"`. Most template strings
// have few escapes, so the body is built from one slice per run between escapes, and the map
// stores a checkpoint per escape instead of a file offset per body character (a per-character
// table for a 10,000-macro export was the main extra cost of linting it, mostly GC).
import type { PositionMap } from '../types.js';

const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const HEX4 = /^[0-9a-fA-F]{4}$/;

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

/**
 * Every escape decodes to exactly one body character (a surrogate pair is two escapes), so the
 * map needs only, per escape: its body index, its file offset and the file offset just after it.
 * A body character that is not an escape lies `d` characters after the last escape before it
 * (or after the opening quote), and so `d` characters after that escape's end in the file.
 */
interface Escapes {
  bodyIndex: number[];
  fileStart: number[];
  fileEnd: number[];
}

/**
 * Body offset -> file offset. Offsets are truncated and clamped to 0..length (length maps to the
 * closing quote); an offset on an escape maps to the escape's backslash.
 */
function escapeMap(quote: number, length: number, escapes: Escapes | undefined): PositionMap {
  const toFile = (offset: number): number => {
    const at = Math.max(0, Math.min(length, Math.trunc(offset)));
    if (!escapes) return quote + 1 + at;
    const { bodyIndex, fileStart, fileEnd } = escapes;
    // The last escape at or before `at`.
    let low = 0;
    let high = bodyIndex.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (bodyIndex[mid]! <= at) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    if (found < 0) return quote + 1 + at;
    if (bodyIndex[found] === at) return fileStart[found]!;
    return fileEnd[found]! + (at - bodyIndex[found]! - 1);
  };
  return { toFile, encode: encodeJsonString };
}

/** Decodes the JSON string literal whose opening quote is at `quote` in `text`. */
export function decodeJsonString(text: string, quote: number): DecodedString {
  if (text[quote] !== '"') throw new JsonStringError('Expected a string', quote);
  let value = '';
  let escapes: Escapes | undefined;
  let i = quote + 1;
  // The closing quote is the first `"` not consumed by an escape: searched again only when an
  // escape (`\"`) has stepped past the one found, so each `"` and `\` is found once.
  let close = text.indexOf('"', i);
  while (true) {
    if (close !== -1 && close < i) close = text.indexOf('"', i);
    const backslash = text.indexOf('\\', i);
    const stop = close === -1 ? text.length : close;
    if (backslash === -1 || backslash > stop) {
      if (close === -1) throw new JsonStringError('Unterminated JSON string', quote);
      value += text.slice(i, close);
      return { value, map: escapeMap(quote, value.length, escapes), end: close + 1 };
    }
    value += text.slice(i, backslash);
    const escape = text[backslash + 1];
    let length: number;
    if (escape !== undefined && escape in SIMPLE) {
      value += SIMPLE[escape];
      length = 2;
    } else if (escape === 'u' && HEX4.test(text.slice(backslash + 2, backslash + 6))) {
      value += String.fromCharCode(Number.parseInt(text.slice(backslash + 2, backslash + 6), 16));
      length = 6;
    } else {
      throw new JsonStringError(`Invalid escape "\\${escape ?? ''}" in a JSON string`, backslash);
    }
    escapes ??= { bodyIndex: [], fileStart: [], fileEnd: [] };
    escapes.bodyIndex.push(value.length - 1);
    escapes.fileStart.push(backslash);
    escapes.fileEnd.push(backslash + length);
    i = backslash + length;
  }
}
