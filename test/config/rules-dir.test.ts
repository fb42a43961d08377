// `rulesDir`: YAML rules known to validation, enabled at their level unless the config says
// otherwise, and every problem in them a ConfigError naming the rule file and line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { errorOf, load, makeDir } from './helpers.js';

const rule = (level: string, extra = '') => `message: m\nlevel: ${level}\nkind: phrase\npatterns: [asap]\n${extra}`;

describe('rulesDir', () => {
  it('enables every YAML rule at its level; the config’s rules, overrides and --rule beat that', async () => {
    const dir = makeDir({
      '.macrolintrc.yaml': 'rulesDir: ./macrolint-rules\nrules:\n  loud: warn\noverrides:\n  - files: "drafts/**"\n    rules: { quiet: error }\n',
      'macrolint-rules/loud.yaml': rule('error'),
      'macrolint-rules/quiet.yml': rule('off'),
      'macrolint-rules/plain.yaml': rule('warn'),
      'macrolint-rules/default.yaml': 'message: m\nkind: phrase\npatterns: [asap]\n',
    });
    const config = await load(dir, { ruleOverrides: { plain: 'error' } });
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({
      default: { severity: 1, options: {} },
      loud: { severity: 1, options: {} },
      plain: { severity: 2, options: {} },
    });
    expect(Object.keys(config.forFile(path.join(dir, 'drafts/a.md')).rules)).toContain('quiet');
    expect([...config.customRules.keys()].sort()).toEqual(['default', 'loud', 'plain', 'quiet']);
    expect(config.yamlRules.map((r) => r.id)).toEqual(['default', 'loud', 'plain', 'quiet']);
    expect(config.rulesDirs).toEqual([path.join(dir, 'macrolint-rules')]);
    expect(config.printable(path.join(dir, 'a.md'))).toMatchObject({ rulesDirs: [path.join(dir, 'macrolint-rules')] });
  });

  it('makes YAML rule ids known to validation, with options rejected (YAML rules take none)', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'rulesDir: rules\nrules:\n  no-asap: [error, {strict: true}]\n', 'rules/no-asap.yaml': rule('warn') });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.yaml')}: rules.no-asap[1].strict: is not a known option (this rule takes no options).`,
    );
  });

  it('lists YAML rules among the known ids when an id is unknown', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'rulesDir: rules\nrules:\n  totally-unknown: error\n', 'rules/no-asap.yaml': rule('warn') });
    const error = await errorOf(load(dir));
    expect(error.message).toMatch(/rules\.totally-unknown: unknown rule "totally-unknown" \(built-in rules: .*; YAML rules: no-asap\)\.$/);
  });

  it('is relative to the config that names it, also in an extended config; each folder is read once', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './shared/base.yaml', rulesDir: './shared/rules' },
      'shared/base.yaml': 'rulesDir: ./rules\n',
      'shared/rules/no-asap.yaml': rule('warn'),
    });
    const config = await load(dir);
    expect(config.yamlRules.map((r) => r.id)).toEqual(['no-asap']);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-asap': { severity: 1, options: {} } });
  });

  it('rejects one id in two folders', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './base.json', rulesDir: './mine' },
      'base.json': { rulesDir: './shared' },
      'mine/no-asap.yaml': rule('warn'),
      'shared/no-asap.yaml': rule('warn'),
    });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid rule file ${path.join(dir, 'shared/no-asap.yaml')}:1:1: "no-asap" is already the id of the rule in ${path.join(dir, 'mine/no-asap.yaml')}: every rule needs its own id.`,
    );
  });

  it.each<[string, unknown, string]>([
    ['a missing folder', './nope', 'rulesDir: cannot read "./nope" (<dir>/nope): no such folder'],
    ['a file', './.macrolintrc.json', 'rulesDir: cannot read "./.macrolintrc.json" (<dir>/.macrolintrc.json): it is not a folder'],
    ['not a string', ['./rules'], 'rulesDir: should be a path to a folder of YAML rules (got an array)'],
    ['empty', '', 'rulesDir: should not be empty'],
  ])('rejects %s', async (_case, rulesDir, problem) => {
    const dir = makeDir({ '.macrolintrc.json': { rulesDir } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, '.macrolintrc.json')}: ${problem.replace('<dir>', dir)}.`);
  });

  it('turns a broken rule file into a ConfigError at its line and column', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'rulesDir: rules\n', 'rules/no-asap.yaml': 'message: m\nkind: phrase\npatterns:\n  - as soon as (possible\n' });
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Invalid rule file ${path.join(dir, 'rules/no-asap.yaml')}:4:16: patterns[0]: Missing ")" (column 12 of the pattern).`);
    expect(error.filePath).toBe(path.join(dir, 'rules/no-asap.yaml'));
    expect(error.line).toBe(4);
  });
});
