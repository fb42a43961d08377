// Phrase rules as data: a rule lists token patterns, each with its message, and this turns the
// list into a rule. Conditionals ("If you didn't get it, …"), questions ("Did you get a chance
// to …?"), quotations and code are not the writer accusing anyone, so they are skipped unless a
// phrase says otherwise.
import type { RuleContext, RuleMeta, RuleModule, Sentence, Suggestion, Token } from '../types.js';
import type { PatternMatch } from '../patterns/index.js';
import { defineRule } from './define-rule.js';

export interface Phrase {
  pattern: string;
  messageId: string;
  /** Report inside questions too ("Why didn't you read …?"). */
  inQuestions?: boolean;
  /** Report inside conditional clauses too ("If you had read …"). */
  inConditionals?: boolean;
  /** Words to offer in place of the match, as a suggestion. */
  suggest?: string;
}

export interface PhraseRuleSpec<P extends Phrase> {
  meta: RuleMeta;
  phrases: readonly P[];
  /** Extra check on a match (for judgments patterns can't express); true keeps it. */
  accept?: (match: PatternMatch<P>, sentence: Sentence, context: RuleContext) => boolean;
  /** A suggestion computed from the match, when a fixed `suggest` string can't say it. */
  suggest?: (match: PatternMatch<P>, sentence: Sentence, range: [number, number]) => Suggestion | undefined;
}

/** Whether a matched span is the writer's own voice: not quoted, not code, not a link's text. */
export function isWritersVoice(tokens: readonly Token[]): boolean {
  return tokens.every((t) => !t.quoted && t.kind !== 'code' && t.kind !== 'url' && !t.link);
}

export function phraseApplies(phrase: Phrase, match: PatternMatch<Phrase>, sentence: Sentence): boolean {
  if (!isWritersVoice(match.tokens)) return false;
  if (sentence.isQuestion && !phrase.inQuestions) return false;
  if (!phrase.inConditionals && match.tokens.some((t) => t.conditional)) return false;
  return true;
}

function replacement(found: string, range: [number, number], text: string): Suggestion {
  return { desc: `Replace "${found}" with "${text}".`, fix: { range, text } };
}

export function definePhraseRule<P extends Phrase>(spec: PhraseRuleSpec<P>): RuleModule {
  return defineRule({
    meta: spec.meta,
    // The core compiles these with every other rule's into one matcher per run.
    patterns: spec.phrases.map((phrase) => phrase.pattern),
    create(context) {
      for (const sentence of context.prose.sentences) {
        if (sentence.block.quoted) continue;
        // Several phrases can cover the same words ("As I said before" / "I said before"): the
        // earliest, longest match that passes reports them, once.
        const matches = context
          .matchPatterns(sentence)
          .map((match): PatternMatch<P> => ({ data: spec.phrases[match.patternIndex]!, start: match.start, end: match.end, tokens: match.tokens }))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        let reportedUntil = 0;
        for (const match of matches) {
          if (match.start < reportedUntil) continue;
          if (!phraseApplies(match.data, match, sentence)) continue;
          if (spec.accept && !spec.accept(match, sentence, context)) continue;
          reportedUntil = match.end;
          const range: [number, number] = [match.tokens[0]!.start, match.tokens[match.tokens.length - 1]!.end];
          const found = context.quote(...range);
          const suggestion = match.data.suggest !== undefined ? replacement(found, range, match.data.suggest) : spec.suggest?.(match, sentence, range);
          context.report({
            messageId: match.data.messageId,
            data: { phrase: found },
            start: range[0],
            end: range[1],
            ...(suggestion ? { suggest: [suggestion] } : {}),
          });
        }
      }
    },
  });
}
