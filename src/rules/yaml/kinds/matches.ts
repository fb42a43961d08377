// What the non-phrase kinds count as a match: the rule's patterns in the writer's own sentences,
// not in quotations of the customer, code or link text (as phrase rules do). Questions and
// conditional clauses do count: "Could you restart the app?" still asks the customer to act.
import { isWritersVoice } from '../../phrase-rule.js';
import type { RuleContext, Sentence } from '../../../types.js';

export interface Found {
  patternIndex: number;
  /** Offsets in the text. */
  start: number;
  end: number;
}

/** The sentences a rule reads: those outside quoted blocks (the customer's own message). */
export function writerSentences(context: RuleContext): Sentence[] {
  return context.prose.sentences.filter((sentence) => !sentence.block.quoted);
}

/** Matches in one sentence, in text order. */
export function matchesIn(context: RuleContext, sentence: Sentence): Found[] {
  return context
    .matchPatterns(sentence)
    .filter((match) => match.tokens.length > 0 && isWritersVoice(match.tokens))
    .map((match) => ({ patternIndex: match.patternIndex, start: match.tokens[0]!.start, end: match.tokens[match.tokens.length - 1]!.end }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Overlapping matches of several patterns ("as soon as possible" / "as soon as") count once. */
export function nonOverlapping(found: readonly Found[]): Found[] {
  const kept: Found[] = [];
  for (const match of found) {
    if (kept.length > 0 && match.start < kept[kept.length - 1]!.end) continue;
    kept.push(match);
  }
  return kept;
}
