// The prose view of one rendered variant of a template, derived from the template's view without
// parsing again: tokens inside the left-out ranges are dropped, sentences and blocks left empty go,
// indexes are renumbered and the greeting and sign-off are recomputed on what is left.
//
// The template's view is never changed (other rules keep reading it): every block, sentence and
// token of the derived view is a copy.
import type { Block, ProseView, Sentence, Token } from '../types.js';
import { classifyRoles } from './roles.js';

/** Whether [start, end) overlaps one of the sorted ranges. */
function omittedBy(ranges: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [from, to] of ranges) {
    if (from >= end) return false;
    if (to > start) return true;
  }
  return false;
}

/**
 * The view a reader of one variant sees. `omitted` are sorted, non-overlapping [start, end) text
 * ranges the variant leaves out (see core/variants.ts).
 */
export function deriveView(view: ProseView, omitted: ReadonlyArray<readonly [number, number]>): ProseView {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  for (const block of view.blocks) {
    const copy: Block = { ...block, sentences: [], index: blocks.length };
    for (const sentence of block.sentences) {
      const tokens: Token[] = sentence.tokens
        .filter((t) => !omittedBy(omitted, t.start, t.end))
        .map((t, index) => ({ ...t, index }));
      if (tokens.length === 0) continue;
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      const start = first.start;
      const end = last.end === sentence.tokens[sentence.tokens.length - 1]!.end ? sentence.end : last.end;
      const derived: Sentence = {
        text: sentence.text.slice(start - sentence.start, end - sentence.start),
        start,
        end,
        tokens,
        index: sentences.length,
        block: copy,
        isQuestion: tokens.some((t) => t.kind === 'punct' && t.text.includes('?') && !t.quoted),
        startsConditional: Boolean(tokens.find((t) => t.kind === 'word' || t.kind === 'placeholder')?.conditional),
      };
      copy.sentences.push(derived);
      sentences.push(derived);
    }
    if (copy.sentences.length) blocks.push(copy);
  }
  const placeholders = view.placeholders.filter((p) => !omittedBy(omitted, p.start, p.end));
  const derived: ProseView = { blocks, sentences, placeholders };
  classifyRoles(derived);
  return derived;
}
