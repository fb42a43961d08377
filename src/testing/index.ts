// RuleTester: ESLint's way of testing rules, for macrolint rules. Exported as `macrolint/testing`
// for plugin authors and used by macrolint's own rule tests.
//
// It registers one test per case with the test framework's `describe` / `it` (vitest with
// `globals: true`, mocha, jest: whatever puts them on globalThis, or set RuleTester.describe /
// RuleTester.it). Without a framework it runs the cases at once and throws on the first failure.
import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Diagnostic, RuleModule } from '../types.js';
import { lintText } from '../core/lint-text.js';
import { applySuggestion } from './apply.js';

export interface ValidCase {
  code: string;
  filePath?: string;
  options?: Record<string, unknown>;
  name?: string;
}

export interface ExpectedSuggestion {
  desc?: string;
  /** The whole text after applying the suggestion. */
  output: string;
}

export interface ExpectedError {
  messageId?: string;
  message?: string | RegExp;
  /** The exact source text the diagnostic covers. */
  text?: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The template name the diagnostic names. */
  template?: string;
  suggestions?: ExpectedSuggestion[];
}

export interface InvalidCase extends ValidCase {
  /** The expected diagnostics in order, or just how many. */
  errors: ExpectedError[] | number;
}

export interface RuleTests {
  valid: Array<string | ValidCase>;
  invalid: InvalidCase[];
}

type Describe = (name: string, body: () => void) => void;
type It = (name: string, body: () => void) => void;

const DEFAULT_FILE = 'template.md';

function frameworkFunction<T>(name: 'describe' | 'it'): T | undefined {
  const candidate = (globalThis as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as T) : undefined;
}

function caseName(item: ValidCase): string {
  const oneLine = item.code.replace(/\r?\n|\r/g, '⏎');
  return item.name ?? (oneLine.length > 70 ? `${oneLine.slice(0, 67)}...` : oneLine);
}

export class RuleTester {
  static describe: Describe | undefined;
  static it: It | undefined;

  run(ruleId: string, rule: RuleModule<any>, tests: RuleTests): void {
    const describe = RuleTester.describe ?? frameworkFunction<Describe>('describe') ?? ((_: string, body: () => void) => body());
    const it = RuleTester.it ?? frameworkFunction<It>('it') ?? ((_: string, body: () => void) => body());
    strictEqual(rule.meta.id, ruleId, `RuleTester.run("${ruleId}") was given rule "${rule.meta.id}"`);
    describe(ruleId, () => {
      describe('valid', () => {
        for (const item of tests.valid) {
          const valid = typeof item === 'string' ? { code: item } : item;
          it(caseName(valid), () => {
            const messages = this.lint(rule, valid);
            deepStrictEqual(
              messages.map((m) => `${m.line}:${m.column} ${m.message}`),
              [],
              `Expected no problems from "${ruleId}"`,
            );
          });
        }
      });
      describe('invalid', () => {
        for (const item of tests.invalid) {
          it(caseName(item), () => this.checkInvalid(rule, item));
        }
      });
    });
  }

  private lint(rule: RuleModule<any>, item: ValidCase): Diagnostic[] {
    const id = rule.meta.id;
    const result = lintText(item.code.replace(/^\uFEFF/, ''), {
      filePath: item.filePath ?? DEFAULT_FILE,
      config: { rules: { [id]: { severity: 2, options: item.options ?? {} } } },
      rules: new Map([[id, rule as RuleModule]]),
    });
    const crashed = result.messages.find((m) => m.fatal);
    if (crashed) throw new Error(`Linting failed: ${crashed.message}`);
    return result.messages;
  }

  private checkInvalid(rule: RuleModule<any>, item: InvalidCase): void {
    const messages = this.lint(rule, item);
    const summary = messages.map((m) => `${m.line}:${m.column} "${item.code.slice(m.offset, m.endOffset)}" ${m.message}`).join('\n');
    if (typeof item.errors === 'number') {
      strictEqual(messages.length, item.errors, `Expected ${item.errors} problem(s), got ${messages.length}:\n${summary}`);
      return;
    }
    strictEqual(messages.length, item.errors.length, `Expected ${item.errors.length} problem(s), got ${messages.length}:\n${summary}`);
    item.errors.forEach((expected, index) => {
      const actual = messages[index]!;
      const where = `problem ${index + 1}`;
      if (expected.messageId !== undefined) strictEqual(actual.messageId, expected.messageId, `${where}: messageId`);
      if (typeof expected.message === 'string') strictEqual(actual.message, expected.message, `${where}: message`);
      if (expected.message instanceof RegExp) ok(expected.message.test(actual.message), `${where}: message "${actual.message}" does not match ${expected.message}`);
      if (expected.text !== undefined) strictEqual(item.code.slice(actual.offset, actual.endOffset), expected.text, `${where}: flagged text`);
      for (const key of ['line', 'column', 'endLine', 'endColumn', 'template'] as const) {
        if (expected[key] !== undefined) strictEqual(actual[key], expected[key], `${where}: ${key}`);
      }
      if (expected.suggestions) {
        const suggestions = actual.suggestions ?? [];
        strictEqual(suggestions.length, expected.suggestions.length, `${where}: number of suggestions`);
        expected.suggestions.forEach((suggestion, s) => {
          if (suggestion.desc !== undefined) strictEqual(suggestions[s]!.desc, suggestion.desc, `${where}: suggestion ${s + 1} desc`);
          strictEqual(applySuggestion(item.code, suggestions[s]!.fix), suggestion.output, `${where}: suggestion ${s + 1} output`);
        });
      }
    });
  }
}
