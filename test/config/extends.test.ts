import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { recommendedRules } from '../../src/config/recommended.js';
import { errorOf, load, makeDir } from './helpers.js';

describe('extends', () => {
  it('follows a chain of relative paths across formats (JSON -> YAML -> JS)', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './configs/team.yaml', rules: { 'no-blame': 'warn' } },
      'configs/team.yaml': 'extends: ../shared/base.cjs\nrules:\n  no-told-you-so: warn\n',
      'shared/base.cjs': "module.exports = { rules: { 'no-told-you-so': 'error', 'no-customer-wrong': 'error' } };\n",
    });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({
      'no-customer-wrong': { severity: 2, options: {} },
      'no-told-you-so': { severity: 1, options: {} },
      'no-blame': { severity: 1, options: {} },
    });
  });

  it('lets later entries of an extends array override earlier ones', async () => {
    const dir = makeDir({
      '.macrolintrc.yaml': 'extends: [./a.json, ./b.json]\n',
      'a.json': { rules: { 'no-blame': 'error', 'no-told-you-so': 'error' } },
      'b.json': { rules: { 'no-blame': 'off' } },
    });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-told-you-so': { severity: 2, options: {} } });
  });

  it('lets the file’s own rules override what it extends', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: ['macrolint:recommended'], rules: { 'no-blame': 'off', 'acknowledge-before-resolving': 'error' } },
    });
    const rules = (await load(dir)).forFile(path.join(dir, 'a.md')).rules;
    expect(rules['no-blame']).toBeUndefined();
    expect(rules['acknowledge-before-resolving']).toEqual({ severity: 2, options: {} });
    expect(rules['no-customer-wrong']).toEqual({ severity: 2, options: {} });
  });

  it('extends macrolint:recommended as a plain string', async () => {
    const dir = makeDir({ '.macrolintrc.yml': 'extends: macrolint:recommended\n' });
    const rules = (await load(dir)).forFile(path.join(dir, 'a.md')).rules;
    expect(Object.keys(rules).sort()).toEqual(Object.keys(recommendedRules).sort());
  });

  it('starts from no rules at all when a config file does not extend anything', async () => {
    const dir = makeDir({ '.macrolintrc.json': { rules: { 'no-blame': 'warn' } } });
    expect((await load(dir)).forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });

  it('keeps extended options when only the severity changes, and replaces them when options are given', async () => {
    const dir = makeDir({
      '.macrolintrc.json': {
        extends: './base.json',
        rules: { 'no-blame': 'warn', 'no-customer-wrong': ['error', { mode: 'loose' }] },
      },
      'base.json': {
        rules: { 'no-blame': ['error', { words: ['fault'] }], 'no-customer-wrong': ['warn', { mode: 'strict' }] },
      },
    });
    expect((await load(dir)).forFile(path.join(dir, 'a.md')).rules).toEqual({
      'no-blame': { severity: 1, options: { words: ['fault'] } },
      'no-customer-wrong': { severity: 2, options: { mode: 'loose' } },
    });
  });

  it('applies an extended override before the extending file’s own rules (ESLint’s order)', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './base.json', rules: { 'no-blame': 'error' } },
      'base.json': { overrides: [{ files: '*.txt', rules: { 'no-blame': 'off', 'no-told-you-so': 'warn' } }] },
    });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.txt')).rules).toEqual({
      'no-blame': { severity: 2, options: {} },
      'no-told-you-so': { severity: 1, options: {} },
    });
  });

  it('reads extended overrides and ignores relative to the root config’s directory', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './shared/base.json', ignores: ['tmp/'] },
      'shared/base.json': { ignores: ['drafts/'], overrides: [{ files: 'billing/*.md', rules: { 'no-blame': 'warn' } }] },
    });
    const config = await load(dir);
    expect(config.ignores).toEqual(['drafts/', 'tmp/']);
    expect(config.isIgnored(path.join(dir, 'drafts/a.md'))).toBe(true);
    expect(config.forFile(path.join(dir, 'billing/a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
    expect(config.forFile(path.join(dir, 'shared/billing/a.md')).rules).toEqual({});
  });

  it('validates extended files and names the extended file in the error', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './base.yaml' },
      'base.yaml': 'rules:\n  no-blame: [warn, {words: fault}]\n',
    });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, 'base.yaml')}: rules.no-blame[1].words: should be an array, got string.`);
    expect(error.filePath).toBe(path.join(dir, 'base.yaml'));
  });

  it('allows the same file to be extended twice through different paths (not a cycle)', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: ['./a.json', './b.json'] },
      'a.json': { extends: './common.json' },
      'b.json': { extends: './common.json' },
      'common.json': { rules: { 'no-blame': 'warn' } },
    });
    expect((await load(dir)).forFile(path.join(dir, 'x.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });
});

describe('extends errors', () => {
  it('detects a cycle and shows it', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './a.json' },
      'a.json': { extends: ['macrolint:recommended', './b.yaml'] },
      'b.yaml': 'extends: ./a.json\n',
    });
    const [root, a, b] = ['.macrolintrc.json', 'a.json', 'b.yaml'].map((f) => path.join(dir, f));
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Invalid config in ${b}: extends: circular extends: ${root} -> ${a} -> ${b} -> ${a}.`);
    expect(error.keyPath).toBe('extends');
  });

  it('detects a file that extends itself', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: ['./.macrolintrc.json'] } });
    const file = path.join(dir, '.macrolintrc.json');
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${file}: extends[0]: circular extends: ${file} -> ${file}.`);
  });

  it('reports a missing extended file with the extending file and key path', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: ['macrolint:recommended', './nope.json'] } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.json')}: extends[1]: cannot read "./nope.json" (${path.join(dir, 'nope.json')}): no such file.`,
    );
  });

  it('rejects built-in configs that do not exist', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: 'macrolint:all' } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.json')}: extends: "macrolint:all" is not a built-in config (the only one is "macrolint:recommended").`,
    );
  });

  it('rejects package names (shareable configs come from plugins: plugin:acme/strict)', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: 'macrolint-config-acme' } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.json')}: extends: cannot extend "macrolint-config-acme": ` +
        'use "macrolint:recommended", "plugin:<plugin>/<config>" or a path that starts with "./", "../" or "/".',
    );
  });

  it('accepts an absolute path', async () => {
    const dir = makeDir({ 'base.json': { rules: { 'no-blame': 'warn' } } });
    const project = makeDir({ '.macrolintrc.json': { extends: path.join(dir, 'base.json') } });
    expect((await load(project)).forFile(path.join(project, 'a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });
});
