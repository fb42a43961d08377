// Whether a token pattern compiles, and if not, why and where: shared by YAML rule files and
// plugin rules, which are checked when the config loads because every loaded rule's patterns
// are compiled into one matcher, so one bad pattern would otherwise break the whole run.
import { compilePatterns, PatternSyntaxError } from '../../patterns/index.js';

export interface PatternProblem {
  /** Without the "at column N of pattern …" tail: callers say where. */
  reason: string;
  /** 0-based index in the pattern. */
  index: number;
}

export function patternProblem(pattern: string): PatternProblem | undefined {
  try {
    compilePatterns([{ pattern, data: null }]);
    return undefined;
  } catch (error) {
    if (error instanceof PatternSyntaxError) {
      return { reason: error.message.replace(/ at column \d+ of pattern "[\s\S]*"$/, ''), index: error.index };
    }
    return { reason: error instanceof Error ? error.message : String(error), index: 0 };
  }
}
