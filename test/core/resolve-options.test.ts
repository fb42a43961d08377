import { describe, expect, it } from 'vitest';
import { cachedRuleOptions } from '../../src/core/resolve-options.js';
import { defineRule } from '../../src/rules/define-rule.js';

const rule = defineRule({
  meta: {
    id: 'demo',
    type: 'style',
    docs: { description: 'demo', recommended: false },
    messages: { m: 'm' },
    defaultOptions: { max: 3, words: ['a'] },
    schema: { type: 'object', properties: { max: { type: 'integer', minimum: 1 }, words: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
  },
  create: () => ({}),
});

describe('cachedRuleOptions', () => {
  it('resolves each rule and options once, and hands out the same frozen object', () => {
    const first = cachedRuleOptions(rule, { max: 5 });
    expect(first).toEqual({ max: 5, words: ['a'] });
    expect(cachedRuleOptions(rule, { max: 5 })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.words)).toBe(true);
    expect(cachedRuleOptions(rule, { max: 6 })).toEqual({ max: 6, words: ['a'] });
    expect(cachedRuleOptions(rule, undefined)).toEqual({ max: 3, words: ['a'] });
  });

  it('still rejects invalid options every time', () => {
    expect(() => cachedRuleOptions(rule, { max: 0 })).toThrow(/Invalid options for rule "demo"/);
    expect(() => cachedRuleOptions(rule, { max: 0 })).toThrow(/Invalid options for rule "demo"/);
  });
});
