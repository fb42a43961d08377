import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { cwd, hostileResult, sampleResults } from './sample-results.js';

const eslintResultKeys = [
  'filePath',
  'messages',
  'suppressedMessages',
  'errorCount',
  'fatalErrorCount',
  'warningCount',
  'fixableErrorCount',
  'fixableWarningCount',
  'usedDeprecatedRules',
];

describe('json', () => {
  it('parses back to ESLint-shaped results', () => {
    const parsed = JSON.parse(json(sampleResults, { cwd, color: true })) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(3);
    for (const result of parsed) {
      for (const key of eslintResultKeys) expect(result).toHaveProperty(key);
      expect(result).toHaveProperty('templates');
      expect(result).not.toHaveProperty('source');
    }
    const [message] = parsed[1]!.messages as Array<Record<string, unknown>>;
    expect(message).toEqual({
      ruleId: 'no-customer-wrong',
      severity: 2,
      message: 'Telling the customer they are wrong puts them on the defensive.',
      messageId: 'wrong',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 6,
    });
  });

  it('keeps fatal, template and fix, and no offsets', () => {
    const [result] = JSON.parse(json([hostileResult], { cwd, color: false })) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(result!.messages[0]!.template).toBe('Refund \u001b[31mapproved');
    expect(result!.messages[2]!.fatal).toBe(true);
    expect(result!.messages[0]).not.toHaveProperty('offset');
  });

  it('never emits raw control characters, and the escaped text parses to the original', () => {
    const out = json([hostileResult], { cwd, color: true });
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    const [result] = JSON.parse(out) as Array<{ messages: Array<{ message: string }> }>;
    expect(result!.messages[1]!.message).toBe('Line one\r\nline two \u202e\u009b.');
  });
});
