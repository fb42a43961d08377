// Whether a token pattern compiles, and if not, why and where: shared by YAML rule files and
// plugin rules, which are checked when the config loads because every loaded rule's patterns
// are compiled into one matcher, so one bad pattern would otherwise break the whole run.
//
// Also whether it is small enough. The language has no unbounded repetition and the matcher never
// backtracks, but counts multiply when nested: `((a{1,8}){1,8}){1,8}` is 512 copies of `a`, and
// each level more is 8 times larger, so `(((((a{1,8}){1,8}){1,8}){1,8}){1,8})` would make the
// matcher walk up to 32,768 tokens from every word of a sentence. Patterns are measured before
// they are compiled, and ones past the limits are rejected like a syntax error.
import { compilePatterns, parsePattern, PatternSyntaxError } from '../../patterns/index.js';
import type { PatternNode } from '../../patterns/parse.js';

/** The most tokens one match may span: the matcher's work per start position is bounded by it. */
export const MAX_MATCH_TOKENS = 128;
/** The most token tests once counts are multiplied out: the matcher's size. */
export const MAX_TOKEN_TESTS = 4096;

export interface PatternProblem {
  /** Without the "at column N of pattern …" tail: callers say where. */
  reason: string;
  /** 0-based index in the pattern. */
  index: number;
}

/** How many tokens a match can span at most, and how many token tests the pattern expands to. */
function measure(node: PatternNode): { longest: number; tests: number } {
  switch (node.type) {
    case 'seq':
    case 'alt': {
      const parts = (node.type === 'seq' ? node.items : node.options).map(measure);
      const lengths = parts.map((part) => part.longest);
      return {
        longest: node.type === 'seq' ? lengths.reduce((a, b) => a + b, 0) : Math.max(...lengths),
        tests: parts.reduce((sum, part) => sum + part.tests, 0),
      };
    }
    case 'repeat': {
      const inner = measure(node.inner);
      return { longest: node.max * inner.longest, tests: node.max * inner.tests };
    }
    default:
      return { longest: 1, tests: 1 };
  }
}

function sizeProblem(pattern: string): PatternProblem | undefined {
  const { longest, tests } = measure(parsePattern(pattern));
  const advice = 'nest fewer counted groups, or lower their counts';
  if (longest > MAX_MATCH_TOKENS) {
    return { reason: `Too long: a match could span ${longest} words once the counts are multiplied out (the limit is ${MAX_MATCH_TOKENS}); ${advice}`, index: 0 };
  }
  if (tests > MAX_TOKEN_TESTS) {
    return { reason: `Too large: ${tests} words to compare once the counts are multiplied out (the limit is ${MAX_TOKEN_TESTS}); ${advice}`, index: 0 };
  }
  return undefined;
}

export function patternProblem(pattern: string): PatternProblem | undefined {
  try {
    const tooBig = sizeProblem(pattern);
    if (tooBig) return tooBig;
    compilePatterns([{ pattern, data: null }]);
    return undefined;
  } catch (error) {
    if (error instanceof PatternSyntaxError) {
      return { reason: error.message.replace(/ at column \d+ of pattern "[\s\S]*"$/, ''), index: error.index };
    }
    return { reason: error instanceof Error ? error.message : String(error), index: 0 };
  }
}
