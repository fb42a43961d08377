// Phrase rules as data: a rule lists token patterns, each with its message, and this turns the
// list into a rule. Conditionals ("If you didn't get it, …"), questions ("Did you get a chance
// to …?"), quotations and code are not the writer accusing anyone, so they are skipped unless a
// phrase says otherwise.
import type { RuleContext, RuleMeta, RuleModule, Sentence, Token } from '../types.js';
import { compilePatterns, type Matcher, type PatternMatch } from '../patterns/index.js';
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

export interface PhraseRuleSpec {
  meta: RuleMeta;
  phrases: readonly Phrase[];
  /** Extra check on a match (for judgments patterns can't express); true keeps it. */
  accept?: (match: PatternMatch<Phrase>, sentence: Sentence, context: RuleContext) => boolean;
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

export function definePhraseRule(spec: PhraseRuleSpec): RuleModule {
  let matcher: Matcher<Phrase> | undefined;
  return defineRule({
    meta: spec.meta,
    create(context) {
      // Compiled on first use, once per process.
      matcher ??= compilePatterns(spec.phrases.map((phrase) => ({ pattern: phrase.pattern, data: phrase })));
      for (const sentence of context.prose.sentences) {
        if (sentence.block.quoted) continue;
        for (const match of matcher.match(sentence.tokens)) {
          const phrase = match.data;
          if (!phraseApplies(phrase, match, sentence)) continue;
          if (spec.accept && !spec.accept(match, sentence, context)) continue;
          const start = match.tokens[0]!.start;
          const end = match.tokens[match.tokens.length - 1]!.end;
          const found = context.text.slice(start, end);
          context.report({
            messageId: phrase.messageId,
            data: { phrase: found },
            start,
            end,
            ...(phrase.suggest !== undefined
              ? { suggest: [{ desc: `Replace "${found}" with "${phrase.suggest}".`, fix: { range: [start, end], text: phrase.suggest } }] }
              : {}),
          });
        }
      }
    },
  });
}
