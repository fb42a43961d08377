import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { recommendedRules } from '../../src/config/recommended.js';
import { errorOf, load, makeDir, writeFiles } from './helpers.js';

const YAML_CONFIG = 'rules:\n  no-blame: warn\n';
const JSON_CONFIG = JSON.stringify({ rules: { 'no-blame': 'warn' } });
const CJS_CONFIG = "module.exports = { rules: { 'no-blame': 'warn' } };\n";
const ESM_CONFIG = "export default { rules: { 'no-blame': 'warn' } };\n";
const TS_CONFIG = "const config: { rules: Record<string, string> } = { rules: { 'no-blame': 'warn' } };\nexport default config;\n";

/** Every supported place, each holding a config that turns only no-blame on, as a warning. */
const places: Array<[string, string]> = [
  ['.macrolintrc', JSON_CONFIG],
  ['.macrolintrc', YAML_CONFIG],
  ['.macrolintrc.json', JSON_CONFIG],
  ['.macrolintrc.yaml', YAML_CONFIG],
  ['.macrolintrc.yml', YAML_CONFIG],
  ['.macrolintrc.js', CJS_CONFIG],
  ['.macrolintrc.cjs', CJS_CONFIG],
  ['.macrolintrc.mjs', ESM_CONFIG],
  ['macrolint.config.js', CJS_CONFIG],
  ['macrolint.config.cjs', CJS_CONFIG],
  ['macrolint.config.mjs', ESM_CONFIG],
  ['macrolint.config.ts', TS_CONFIG],
  ['package.json', JSON.stringify({ name: 'x', macrolint: { rules: { 'no-blame': 'warn' } } })],
];

describe('config lookup', () => {
  it.each(places)('finds %s (%#)', async (name, contents) => {
    const dir = makeDir({ [name]: contents });
    const config = await load(dir);
    expect(config.filePath).toBe(path.join(dir, name));
    expect(config.baseDir).toBe(dir);
    expect(config.forFile(path.join(dir, 'a.md'))).toEqual({ rules: { 'no-blame': { severity: 1, options: {} } } });
  });

  it('searches from cwd upward, and globs are relative to the config file’s directory', async () => {
    const dir = makeDir({ '.macrolintrc.json': JSON_CONFIG, 'macros/billing/.keep': '' });
    const config = await load(path.join(dir, 'macros/billing'));
    expect(config.filePath).toBe(path.join(dir, '.macrolintrc.json'));
    expect(config.baseDir).toBe(dir);
  });

  it('uses the nearest config, not one further up', async () => {
    const dir = makeDir({ '.macrolintrc.json': JSON_CONFIG, 'team/.macrolintrc.yaml': 'rules:\n  no-told-you-so: error\n' });
    const config = await load(path.join(dir, 'team'));
    expect(config.filePath).toBe(path.join(dir, 'team/.macrolintrc.yaml'));
    expect(config.forFile(path.join(dir, 'team/a.md')).rules).toEqual({ 'no-told-you-so': { severity: 2, options: {} } });
  });

  it('skips a package.json without a macrolint key and keeps looking up', async () => {
    const dir = makeDir({ '.macrolintrc.json': JSON_CONFIG, 'pkg/package.json': { name: 'pkg' } });
    const config = await load(path.join(dir, 'pkg'));
    expect(config.filePath).toBe(path.join(dir, '.macrolintrc.json'));
  });

  it('prefers .macrolintrc files to package.json in the same directory', async () => {
    const dir = makeDir({
      'package.json': { name: 'x', macrolint: { rules: { 'no-told-you-so': 'error' } } },
      '.macrolintrc.yml': YAML_CONFIG,
    });
    expect((await load(dir)).filePath).toBe(path.join(dir, '.macrolintrc.yml'));
  });

  it('stops at the home directory', async () => {
    const root = makeDir({ '.macrolintrc.json': JSON_CONFIG, 'home/project/.keep': '' });
    const home = path.join(root, 'home');
    const config = await load(path.join(home, 'project'), { home });
    expect(config.filePath).toBeNull();
  });

  it('finds a config in the home directory itself', async () => {
    const root = makeDir({ 'home/.macrolintrc.json': JSON_CONFIG, 'home/project/.keep': '' });
    const home = path.join(root, 'home');
    const config = await load(path.join(home, 'project'), { home });
    expect(config.filePath).toBe(path.join(home, '.macrolintrc.json'));
  });
});

describe('with no config file', () => {
  it('applies macrolint:recommended, relative to cwd', async () => {
    const dir = makeDir({ 'a.md': 'Hi' });
    const config = await load(dir);
    expect(config.filePath).toBeNull();
    expect(config.baseDir).toBe(dir);
    expect(config.ignores).toEqual([]);
    const rules = config.forFile(path.join(dir, 'a.md')).rules;
    expect(Object.keys(rules).sort()).toEqual(Object.keys(recommendedRules).sort());
    expect(rules['no-blame']).toEqual({ severity: 2, options: {} });
    expect(rules['acknowledge-before-resolving']).toEqual({ severity: 1, options: {} });
  });

  it('ignores config files when lookup is off (--no-config-lookup)', async () => {
    const dir = makeDir({ '.macrolintrc.json': JSON_CONFIG });
    const config = await load(dir, { useConfigLookup: false });
    expect(config.filePath).toBeNull();
    expect(config.forFile(path.join(dir, 'a.md')).rules['no-customer-wrong']).toEqual({ severity: 2, options: {} });
  });
});

describe('-c / --config', () => {
  it('loads the named file, relative to cwd, without looking up', async () => {
    const dir = makeDir({ '.macrolintrc.json': JSON_CONFIG, 'configs/strict.yaml': 'rules:\n  no-told-you-so: warn\n' });
    const config = await load(dir, { configFile: 'configs/strict.yaml' });
    expect(config.filePath).toBe(path.join(dir, 'configs/strict.yaml'));
    expect(config.baseDir).toBe(path.join(dir, 'configs'));
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-told-you-so': { severity: 1, options: {} } });
  });

  it('loads the file even when lookup is off', async () => {
    const dir = makeDir({ 'my.json': JSON_CONFIG });
    const config = await load(dir, { configFile: 'my.json', useConfigLookup: false });
    expect(config.filePath).toBe(path.join(dir, 'my.json'));
  });

  it.each([
    ['base.cjs', CJS_CONFIG],
    ['base.mjs', ESM_CONFIG],
    ['base.ts', TS_CONFIG],
    ['settings', YAML_CONFIG],
    ['package.json', JSON.stringify({ macrolint: { rules: { 'no-blame': 'warn' } } })],
  ])('accepts any supported file name: %s', async (name, contents) => {
    const dir = makeDir({ [name]: contents });
    const config = await load(dir, { configFile: name });
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });

  it('reports a missing file', async () => {
    const dir = makeDir();
    const error = await errorOf(load(dir, { configFile: 'nope.json' }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Cannot read config file ${path.join(dir, 'nope.json')}: no such file.`);
    expect(error.filePath).toBe(path.join(dir, 'nope.json'));
  });

  it('reports a directory', async () => {
    const dir = makeDir({ 'configs/.keep': '' });
    const error = await errorOf(load(dir, { configFile: 'configs' }));
    expect(error.message).toBe(`Cannot read config file ${path.join(dir, 'configs')}: it is not a file.`);
  });

  it('reports an unsupported extension', async () => {
    const dir = makeDir({ 'config.toml': 'x = 1' });
    const error = await errorOf(load(dir, { configFile: 'config.toml' }));
    expect(error.message).toBe(
      `Cannot read config file ${path.join(dir, 'config.toml')}: ".toml" files are not supported (use .json, .yaml, .yml, .js, .cjs, .mjs or .ts).`,
    );
  });

  it('reports a package.json without a macrolint key', async () => {
    const dir = makeDir({ 'package.json': { name: 'x' } });
    const error = await errorOf(load(dir, { configFile: 'package.json' }));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, 'package.json')}: it has no "macrolint" key.`);
  });
});

describe('empty config files', () => {
  const emptyMessage = (file: string) =>
    `Invalid config in ${file}: the file is empty. Delete it, or give it a config such as {"extends": "macrolint:recommended"}.`;

  it.each([
    ['.macrolintrc.json', ''],
    ['.macrolintrc', '  \n'],
    ['.macrolintrc.yaml', '# rules will come later\n'],
    ['.macrolintrc.yml', '---\n'],
  ])('%s with %j is an error, found by lookup', async (name, contents) => {
    const dir = makeDir({ [name]: contents, 'sub/.keep': '' });
    // A config further up must not be used instead: the empty file is the one the user meant.
    const error = await errorOf(load(path.join(dir, 'sub')));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(emptyMessage(path.join(dir, name)));
  });

  it('a JS config without a default export is an error', async () => {
    const dir = makeDir({ '.macrolintrc.mjs': 'export const rules = {};\n' });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.mjs')}: the file is empty or has no default export. ` +
        'Export the config as the default export (export default {...} or module.exports = {...}).',
    );
  });

  it('is an error when named with -c', async () => {
    const dir = makeDir({ 'empty.yaml': '' });
    const error = await errorOf(load(dir, { configFile: 'empty.yaml' }));
    expect(error.message).toBe(emptyMessage(path.join(dir, 'empty.yaml')));
  });

  it('is an error when extended', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: './base.json' }, 'base.json': '' });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(emptyMessage(path.join(dir, 'base.json')));
  });
});

describe('global config directory', () => {
  it('is used when nothing is found up to the home directory', async () => {
    const root = makeDir({ 'home/project/.keep': '', 'xdg/macrolint/config.yaml': YAML_CONFIG });
    const home = path.join(root, 'home');
    const config = await load(path.join(home, 'project'), { home, xdgConfigHome: path.join(root, 'xdg') });
    expect(config.filePath).toBe(path.join(root, 'xdg/macrolint/config.yaml'));
  });
});

describe('file system details', () => {
  it('reads a JSON file with a byte-order mark', async () => {
    const dir = makeDir();
    writeFiles(dir, { '.macrolintrc.json': `\uFEFF${JSON_CONFIG}` });
    expect((await load(dir)).filePath).toBe(path.join(dir, '.macrolintrc.json'));
  });

  it('does not leave compiled files next to a TypeScript config', async () => {
    const dir = makeDir({ 'macrolint.config.ts': TS_CONFIG });
    await load(dir);
    expect(fs.readdirSync(dir)).toEqual(['macrolint.config.ts']);
  });
});
