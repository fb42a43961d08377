// Which parts of a body are prose the customer reads: inside a block of the prose view (so not a
// code block, an HTML comment or front matter), and not inside an inline code span.
import type { ProseView } from '../types.js';

export interface ProseRegions {
  /** Whether [start, end) lies in one prose block and touches no code span. */
  contains(start: number, end: number): boolean;
}

export function proseRegions(prose: ProseView): ProseRegions {
  const blocks = prose.blocks.map((b) => [b.start, b.end] as const);
  const code = prose.sentences.flatMap((s) => s.tokens.filter((t) => t.kind === 'code').map((t) => [t.start, t.end] as const));
  return {
    contains(start, end) {
      if (!blocks.some(([s, e]) => start >= s && end <= e)) return false;
      return !code.some(([s, e]) => start < e && end > s);
    },
  };
}
