// One matcher for every pattern rule of a run. Each loaded rule's `patterns` are compiled together
// once (per set of loaded rules), and each sentence is matched once; rules then read their own
// matches. Adding a phrase rule costs a few more index entries, not another pass over the text.
import type { RuleMatch, RuleModule, Sentence } from '../types.js';
import { compilePatterns, type Matcher } from '../patterns/index.js';

interface Owner {
  ruleId: string;
  patternIndex: number;
}

export type SentenceMatcher = (sentence: Sentence, ruleId: string) => RuleMatch[];

const compiled = new WeakMap<ReadonlyMap<string, RuleModule>, Matcher<Owner>>();

function compileAll(rules: ReadonlyMap<string, RuleModule>): Matcher<Owner> {
  let matcher = compiled.get(rules);
  if (!matcher) {
    const entries = [...rules].flatMap(([ruleId, rule]) =>
      (rule.patterns ?? []).map((pattern, patternIndex) => ({ pattern, data: { ruleId, patternIndex } })),
    );
    matcher = compilePatterns(entries);
    compiled.set(rules, matcher);
  }
  return matcher;
}

/** Matches for one lint call: sentences are matched on first request, then served from memory. */
export function createSentenceMatcher(rules: ReadonlyMap<string, RuleModule>): SentenceMatcher {
  let matcher: Matcher<Owner> | undefined;
  // A Map, not a WeakMap: it lives only as long as this lint call, and ephemeron tables cost the GC more.
  const bySentence = new Map<Sentence, Map<string, RuleMatch[]>>();
  return (sentence, ruleId) => {
    let byRule = bySentence.get(sentence);
    if (!byRule) {
      matcher ??= compileAll(rules);
      byRule = new Map();
      for (const match of matcher.match(sentence.tokens)) {
        const list = byRule.get(match.data.ruleId) ?? [];
        list.push({ patternIndex: match.data.patternIndex, start: match.start, end: match.end, tokens: match.tokens });
        byRule.set(match.data.ruleId, list);
      }
      bySentence.set(sentence, byRule);
    }
    return byRule.get(ruleId) ?? [];
  };
}
