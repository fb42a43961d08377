// Position maps from a template's body to its file. Markdown and text files are their own body
// (identity); bodies decoded from YAML carry a table with the file offset of every body
// character, built while decoding, so positions stay exact through every escape. (JSON strings
// keep only a checkpoint per escape: see json-string.ts.)
import type { PositionMap } from '../types.js';

/** The body is the file (or a slice of it starting at `shift`). */
export function identityMap(shift = 0): PositionMap {
  return { toFile: (offset) => offset + shift, encode: (text) => text };
}

/**
 * A map from a table: `fileOffsets[i]` is the file offset where body character i starts, and
 * `fileOffsets[body.length]` where the body ends. Offsets inside an escape (`\u2019` is one body
 * character, six file characters) map to the escape's start.
 */
export function tableMap(fileOffsets: ArrayLike<number>, encode: (text: string) => string): PositionMap {
  const last = fileOffsets.length - 1;
  return {
    toFile: (offset) => fileOffsets[Math.max(0, Math.min(last, Math.trunc(offset)))]!,
    encode,
  };
}
