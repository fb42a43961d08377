// Small clause-level questions rules ask of a sentence's tokens.
import type { Token } from '../types.js';

const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')', 'but']);

/** Negation words, including the weak ones a denial can use ("hardly your fault"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nobody', 'none', 'nothing', 'neither', 'nor', 'without', 'hardly']);

/** The tokens of the same clause before token `start`: back to the nearest comma, colon, dash or "but". */
export function clauseBefore(tokens: readonly Token[], start: number): Token[] {
  let from = start;
  while (from > 0 && !CLAUSE_BREAKS.has(tokens[from - 1]!.norm)) from--;
  return tokens.slice(from, start);
}

/** Whether the clause before `start` (or the span itself) denies what follows: "This is not your fault". */
export function isDenied(tokens: readonly Token[], start: number, end = start): boolean {
  return clauseBefore(tokens, start).some((t) => NEGATIONS.has(t.norm)) || tokens.slice(start, end).some((t) => NEGATIONS.has(t.norm));
}
