import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseRuleOption } from '../../src/config/index.js';
import { errorOf, load, makeDir } from './helpers.js';

describe('parseRuleOption (--rule)', () => {
  it.each<[string, Record<string, unknown>]>([
    ['no-blame:off', { 'no-blame': 'off' }],
    ['no-blame:error', { 'no-blame': 'error' }],
    [' no-blame : warn ', { 'no-blame': 'warn' }],
    ['no-blame:2', { 'no-blame': 2 }],
    ['{"no-blame": ["warn", {"words": ["fault"]}]}', { 'no-blame': ['warn', { words: ['fault'] }] }],
    ['{"no-blame": "off", "no-told-you-so": 1}', { 'no-blame': 'off', 'no-told-you-so': 1 }],
    ['{no-blame: [warn, {words: [fault]}]}', { 'no-blame': ['warn', { words: ['fault'] }] }],
    ["{'no-blame': 'error'}", { 'no-blame': 'error' }],
    ['no-blame: [warn, {words: [fault]}]', { 'no-blame': ['warn', { words: ['fault'] }] }],
  ])('parses %s', (value, expected) => {
    expect(parseRuleOption(value)).toEqual(expected);
  });

  it.each([
    ['no-blame', 'Invalid --rule value "no-blame": expected "rule-id:severity" (for example no-blame:warn) or an object such as {"no-blame": ["warn", {...}]}.'],
    ['', 'Invalid --rule value "": expected "rule-id:severity" (for example no-blame:warn) or an object such as {"no-blame": ["warn", {...}]}.'],
    ['{}', 'Invalid --rule value "{}": expected "rule-id:severity" (for example no-blame:warn) or an object such as {"no-blame": ["warn", {...}]}.'],
    ['["no-blame", "off"]', 'Invalid --rule value "[\\"no-blame\\", \\"off\\"]": expected "rule-id:severity" (for example no-blame:warn) or an object such as {"no-blame": ["warn", {...}]}.'],
    ['{"no-blame": ["warn"', 'Invalid --rule value "{\\"no-blame\\": [\\"warn\\"": expected "rule-id:severity" (for example no-blame:warn) or an object such as {"no-blame": ["warn", {...}]}.'],
    ['no-blame:eror', 'Invalid --rule value: no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "eror").'],
    ['{"no-blame": ["warn", "strict"]}', 'Invalid --rule value: no-blame[1]: options should be an object (got "strict").'],
  ])('rejects %j', (value, message) => {
    let thrown: unknown;
    try {
      parseRuleOption(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toBe(message);
  });
});

describe('ruleOverrides (--rule) in loadConfig', () => {
  it('apply after everything, including overrides, and keep options when only the severity is given', async () => {
    const dir = makeDir({
      '.macrolintrc.json': {
        rules: { 'no-blame': ['error', { words: ['fault'] }], 'no-told-you-so': 'error' },
        overrides: [{ files: '*.md', rules: { 'no-blame': 'off', 'no-customer-wrong': 'error' } }],
      },
    });
    const ruleOverrides = { ...parseRuleOption('no-blame:warn'), ...parseRuleOption('{"no-customer-wrong": "off"}') };
    const config = await load(dir, { ruleOverrides });
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({
      'no-blame': { severity: 1, options: { words: ['fault'] } },
      'no-told-you-so': { severity: 2, options: {} },
    });
  });

  it('apply on top of the recommended config when there is no config file', async () => {
    const dir = makeDir();
    const config = await load(dir, { ruleOverrides: { 'no-blame': ['warn', { checkQuotes: false }] } });
    expect(config.forFile(path.join(dir, 'a.md')).rules['no-blame']).toEqual({ severity: 1, options: { checkQuotes: false } });
    expect(config.forFile(path.join(dir, 'a.md')).rules['no-told-you-so']).toEqual({ severity: 2, options: {} });
  });

  it('have their options validated against the rule’s schema', async () => {
    const dir = makeDir();
    const error = await errorOf(load(dir, { ruleOverrides: parseRuleOption('{"no-blame": ["warn", {"word": "x"}]}') }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe('Invalid --rule value: no-blame[1].word: is not a known option (known options: words, checkQuotes).');
    expect(error.filePath).toBeUndefined();
    expect(error.keyPath).toBe('no-blame[1].word');
  });

  it('have their ids checked against the config’s rules (parseRuleOption can’t know plugin and YAML rules)', async () => {
    const dir = makeDir();
    expect(parseRuleOption('no-blam:off')).toEqual({ 'no-blam': 'off' });
    const error = await errorOf(load(dir, { ruleOverrides: parseRuleOption('no-blam:off') }));
    expect(error.message).toBe('Invalid --rule value: no-blam: unknown rule "no-blam" (did you mean "no-blame"?).');
  });

  it('are validated even when not parsed by parseRuleOption', async () => {
    const dir = makeDir();
    const error = await errorOf(load(dir, { ruleOverrides: { 'no-blame': 'loud' as never } }));
    expect(error.message).toBe('Invalid --rule value: no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "loud").');
  });
});
