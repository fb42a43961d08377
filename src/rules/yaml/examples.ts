// `macrolint test-rules`: every rule's examples run through the real core, with that rule alone
// switched on, so an example passes or fails exactly as the rule behaves in a lint run.
import { lintText } from '../../core/lint-text.js';
import type { Diagnostic } from '../../types.js';
import type { YamlRule } from './load-dir.js';

export interface ExampleOutcome {
  ruleId: string;
  filePath: string;
  expected: 'incorrect' | 'correct';
  text: string;
  passed: boolean;
  /** The rule's diagnostics (and any fatal one) on the example. */
  diagnostics: Diagnostic[];
}

/** Examples are linted as Markdown templates: the same reading as a `.md` file. */
const EXAMPLE_FILE = 'example.md';

export function runExamples(rules: readonly YamlRule[]): ExampleOutcome[] {
  return rules.flatMap((rule) => {
    const run = (text: string): Diagnostic[] =>
      lintText(text, {
        filePath: EXAMPLE_FILE,
        config: { rules: { [rule.id]: { severity: 2, options: {} } } },
        rules: new Map([[rule.id, rule.module]]),
      }).messages.filter((m) => m.ruleId === rule.id || m.fatal);
    const outcome = (expected: 'incorrect' | 'correct', text: string): ExampleOutcome => {
      const diagnostics = run(text);
      const fatal = diagnostics.some((d) => d.fatal);
      const passed = !fatal && (expected === 'incorrect' ? diagnostics.length > 0 : diagnostics.length === 0);
      return { ruleId: rule.id, filePath: rule.filePath, expected, text, passed, diagnostics };
    };
    return [
      ...rule.spec.examples.incorrect.map((text) => outcome('incorrect', text)),
      ...rule.spec.examples.correct.map((text) => outcome('correct', text)),
    ];
  });
}
