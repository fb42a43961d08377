// YAML rule files from strings: the reader and builder exactly as a rules folder uses them.
import { lintText } from '../../src/core/lint-text.js';
import { buildRule, readRuleFile } from '../../src/rules/yaml/index.js';
import type { RuleModule } from '../../src/types.js';

export const RULE_FILE = '/project/macrolint-rules/rule.yaml';

export function ruleFrom(yaml: string, filePath = RULE_FILE): RuleModule {
  return buildRule(readRuleFile(filePath, yaml).spec);
}

/** The message a rule file is rejected with (fails the test when it is accepted). */
export function rejectionOf(yaml: string, filePath = RULE_FILE): string {
  try {
    readRuleFile(filePath, yaml);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the rule file to be rejected');
}

/** `line:column text` of each problem the rule finds in `text`. */
export function problems(rule: RuleModule, text: string, severity: 1 | 2 = 2): string[] {
  const id = rule.meta.id;
  const result = lintText(text, { filePath: 'reply.md', config: { rules: { [id]: { severity, options: {} } } }, rules: new Map([[id, rule]]) });
  return result.messages.map((m) => `${m.line}:${m.column} ${text.slice(m.offset, m.endOffset)}`);
}
