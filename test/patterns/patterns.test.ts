import { describe, expect, it } from 'vitest';
import { parseTemplates } from '../../src/core/parse-templates.js';
import { compilePatterns, inflections, parsePattern, PatternSyntaxError } from '../../src/patterns/index.js';

function matches(pattern: string, text: string): string[] {
  const matcher = compilePatterns([{ pattern, data: pattern }]);
  const sentences = parseTemplates(text, 'x.txt').templates[0]!.prose.sentences;
  return sentences.flatMap((s) => matcher.match(s.tokens).map((m) => text.slice(m.tokens[0]!.start, m.tokens.at(-1)!.end)));
}

describe('token patterns', () => {
  it('matches words against normalised tokens, so contractions meet their expansions', () => {
    expect(matches('you are wrong', 'You’re wrong. You are wrong. You\'re not wrong.')).toEqual(['You’re wrong', 'You are wrong']);
    expect(matches("don't", 'We do not. We don’t.')).toEqual(['do not', 'don’t']);
  });

  it('supports alternatives of several words, optional items and classes', () => {
    const pattern = 'as @we (already|previously)? (said|told you|pointed out)';
    expect(matches(pattern, 'As I said, no. As we already told you, no. As we pointed out, no. As they said, no.')).toEqual([
      'As I said', 'As we already told you', 'As we pointed out',
    ]);
  });

  it('supports inflections', () => {
    expect(inflections('fail')).toEqual(expect.arrayContaining(['fail', 'fails', 'failed', 'failing']));
    expect(inflections('forget')).toContain('forgotten');
    expect(inflections('stop')).toContain('stopped');
    expect(inflections('try')).toEqual(expect.arrayContaining(['tries', 'tried']));
    expect(matches('@you fail~ to', 'You failed to. You fail to. You fails to.')).toEqual(['You failed to', 'You fail to', 'You fails to']);
  });

  it('supports negated tokens and bounded gaps', () => {
    expect(matches('@you should have !(received|been)', 'You should have received it. You should have checked.')).toEqual(['You should have checked']);
    expect(matches('@you managed to *{0,2} corrupt', 'You managed to make a corrupt mesh. You managed to fix the corrupt file.')).toEqual([
      'You managed to make a corrupt', 'You managed to fix the corrupt',
    ]);
  });

  it('matches token kinds', () => {
    expect(matches('hi <placeholder>', 'Hi {{name}}, hi there')).toEqual(['Hi {{name}}']);
  });

  it('returns the longest match at each start, overlapping ones included', () => {
    expect(matches('a b?', 'a b a a b')).toEqual(['a b', 'a', 'a b']);
    // So that a rule rejecting the first match can still take the second.
    expect(matches('your *{0,2} order was lost', 'Your sister your order was lost.')).toEqual(['Your sister your order was lost', 'your order was lost']);
  });

  it('reports syntax errors with the column', () => {
    const cases: Array<[string, RegExp]> = [
      ['(a|b', /Missing "\)" at column 1/],
      ['a @nope', /Unknown word class "@nope".*column 3/],
      ['a *{0,99}', /limited to 8/],
      ['a *{3,1}', /Minimum 3 is more than maximum 1/],
      ['!(a b)', /applies to one token/],
      ['a ||', /Empty pattern/],
      ['<thing>', /token kind/],
    ];
    for (const [pattern, message] of cases) {
      expect(() => parsePattern(pattern), pattern).toThrow(PatternSyntaxError);
      expect(() => parsePattern(pattern), pattern).toThrow(message);
    }
  });

  it('cannot be made slow by nested optional items', () => {
    // Exponential for a backtracking matcher; linear here. A bound on steps, not on time.
    const pattern = Array.from({ length: 8 }, () => '(a? a?)').join(' ') + ' b';
    const matcher = compilePatterns([{ pattern, data: 1 }]);
    const text = Array.from({ length: 40 }, () => 'a').join(' ');
    const tokens = parseTemplates(text, 'x.txt').templates[0]!.prose.sentences[0]!.tokens;
    expect(matcher.match(tokens)).toEqual([]);
  });

  it('gives the same matches when one matcher serves many sentences, in any order', () => {
    // The DFA and the per-start bookkeeping are shared between calls: nothing may leak across.
    const entries = ['thank~ you', 'thank~', '(i|we) (currently|sadly)? can not', 'can not *{0,2} help'].map((pattern, data) => ({ pattern, data }));
    const shared = compilePatterns(entries);
    const text = 'Thank you. We sadly cannot help. I cannot really help you. Thanks! We can not.';
    const sentences = parseTemplates(text, 'x.txt').templates[0]!.prose.sentences;
    const summary = (matcher: ReturnType<typeof compilePatterns<number>>, tokens: Parameters<typeof matcher.match>[0]) =>
      matcher.match(tokens).map((m) => `${m.data}:${m.start}-${m.end}`);
    const fresh = sentences.map((s) => summary(compilePatterns(entries), s.tokens));
    for (const order of [sentences, [...sentences].reverse(), [...sentences, ...sentences]]) {
      for (const sentence of order) expect(summary(shared, sentence.tokens)).toEqual(fresh[sentences.indexOf(sentence)]);
    }
    expect(fresh.flat()).toEqual(expect.arrayContaining(['0:0-2', '1:0-1', '2:0-4', '3:2-5']));
  });

  it('still matches correctly after its memo of DFA states is dropped', () => {
    const entries = [{ pattern: '(a|b|c) *{0,3} d', data: 0 }, { pattern: 'b c? d', data: 1 }];
    const tiny = compilePatterns(entries, { maxDfaStates: 2 });
    const roomy = compilePatterns(entries);
    const text = 'a b c d. b d. c x y d. b c d a d.';
    for (const sentence of parseTemplates(text, 'x.txt').templates[0]!.prose.sentences) {
      const expected = roomy.match(sentence.tokens).map((m) => [m.data, m.start, m.end]);
      expect(tiny.match(sentence.tokens).map((m) => [m.data, m.start, m.end])).toEqual(expected);
    }
  });

  it('finds matches of patterns that start anywhere, optionally or with a word, together as alone', () => {
    // Patterns are indexed by the words they can start with; the others must still be tried.
    const patterns = ['<placeholder> is', '!(we) failed', '* error', '(the)? fault is yours', '@you (simply)? failed', 'your (own)? fault'];
    const text = 'The fault is yours. {{name}} is here. You simply failed. Fault is yours, your own fault. User error. We failed.';
    const sentences = parseTemplates(text, 'x.txt').templates[0]!.prose.sentences;
    const together = compilePatterns(patterns.map((pattern, data) => ({ pattern, data })));
    const found = sentences.flatMap((s) => together.match(s.tokens).map((m) => `${m.data}:${s.index}:${m.start}-${m.end}`));
    const alone = patterns.flatMap((pattern, data) => {
      const matcher = compilePatterns([{ pattern, data }]);
      return sentences.flatMap((s) => matcher.match(s.tokens).map((m) => `${m.data}:${s.index}:${m.start}-${m.end}`));
    });
    expect(found.sort()).toEqual(alone.sort());
    expect(new Set(found.map((f) => f.split(':')[0]))).toEqual(new Set(['0', '1', '2', '3', '4', '5']));
  });
});
