// Plugins in a config: resolution from the config's folder, namespaced rule ids, shared configs,
// and a ConfigError naming the file, the key path and what is available for every mistake.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { errorOf, load, makeDir, writeFiles } from '../config/helpers.js';
import { esmPackage, installAcme, ruleSource } from './helpers.js';

const rc = (dir: string) => path.join(dir, '.macrolintrc.yaml');

async function project(config: string, files: Record<string, string> = {}, acme = true) {
  const dir = makeDir({ '.macrolintrc.yaml': config, ...files });
  if (acme) installAcme(dir);
  return dir;
}

describe('plugins', () => {
  it('give namespaced rules that validation knows, with the plugin’s option schema', async () => {
    const dir = await project('plugins: [macrolint-plugin-acme]\nrules:\n  acme/no-jargon: [error, {allow: [ops queue]}]\n');
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'acme/no-jargon': { severity: 2, options: { allow: ['ops queue'] } } });
    expect([...config.customRules.keys()]).toEqual(['acme/no-jargon']);
    expect(config.plugins.map((p) => [p.namespace, p.name, p.version])).toEqual([['acme', 'macrolint-plugin-acme', '1.2.0']]);
    expect(config.printable(path.join(dir, 'a.md'))).toMatchObject({
      plugins: [{ prefix: 'acme', name: 'macrolint-plugin-acme', version: '1.2.0', path: path.join(dir, 'node_modules/macrolint-plugin-acme/index.js'), rules: ['acme/no-jargon'] }],
    });

    const wrong = await project('plugins: [acme]\nrules:\n  acme/no-jargon: [error, {allow: ops queue}]\n');
    expect((await errorOf(load(wrong))).message).toBe(`Invalid config in ${rc(wrong)}: rules["acme/no-jargon"][1].allow: should be an array, got string.`);
  });

  it('resolve scoped packages and their short names', async () => {
    const dir = await project(
      'plugins: ["@acme/x", "@acme/macrolint-plugin"]\nrules:\n  "@acme/x/tier-two": warn\n  "@acme/ops-queue": error\n',
      { ...esmPackage('@acme/macrolint-plugin-x', `{ rules: { 'tier-two': ${ruleSource('tier-two')} } }`), ...esmPackage('@acme/macrolint-plugin', `{ rules: { 'ops-queue': ${ruleSource('ops-queue')} } }`) },
      false,
    );
    const config = await load(dir);
    expect(Object.keys(config.forFile(path.join(dir, 'a.md')).rules)).toEqual(['@acme/ops-queue', '@acme/x/tier-two']);
  });

  it('load a local plugin by path; its meta.name gives the prefix', async () => {
    const dir = await project('plugins: [./tools/plugin.mjs]\nrules:\n  house/tier-two: warn\n', {
      'tools/plugin.mjs': `export default { meta: { name: 'macrolint-plugin-house' }, rules: { 'tier-two': ${ruleSource('tier-two')} } };\n`,
    }, false);
    expect(Object.keys((await load(dir)).forFile(path.join(dir, 'a.md')).rules)).toEqual(['house/tier-two']);

    const nameless = await project('plugins: [./plugin.cjs]\n', { 'plugin.cjs': `module.exports = { rules: { 'tier-two': ${ruleSource('tier-two')} } };\n` }, false);
    expect((await errorOf(load(nameless))).message).toBe(
      `Invalid plugin "./plugin.cjs" (${path.join(nameless, 'plugin.cjs')}), named in plugins[0] of ${rc(nameless)}: meta.name: a plugin loaded from a path needs meta.name (its rule prefix, such as "acme") (got nothing).`,
    );
  });

  it('share configs: extends plugin:acme/strict loads the plugin if need be', async () => {
    const dir = await project('extends: [plugin:acme/strict]\nrules:\n  no-blame: warn\n');
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'acme/no-jargon': { severity: 2, options: {} }, 'no-blame': { severity: 1, options: {} } });
  });

  it('report a plugin config’s own mistakes in the plugin’s file', async () => {
    const dir = await project('extends: plugin:broken/strict\n', esmPackage('macrolint-plugin-broken', "{ configs: { strict: { rules: { 'no-blam': 'error' } } } }"), false);
    const file = path.join(dir, 'node_modules/macrolint-plugin-broken/index.js');
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config "plugin:broken/strict" in ${file}: rules.no-blam: unknown rule "no-blam" (did you mean "no-blame"?).`);
    expect(error.filePath).toBe(file);
  });

  it('detect plugin configs that extend each other', async () => {
    const dir = await project('extends: plugin:loop/a\n', esmPackage('macrolint-plugin-loop', "{ configs: { a: { extends: 'plugin:loop/b' }, b: { extends: ['plugin:loop/a'] } } }"), false);
    expect((await errorOf(load(dir))).message).toContain(`extends[0]: circular extends: ${rc(dir)} -> plugin:loop/a -> plugin:loop/b -> plugin:loop/a.`);
  });

  it('may be named by a config and the config it extends (loaded once)', async () => {
    const dir = await project('extends: ./base.yaml\nplugins: [acme]\nrules:\n  acme/no-jargon: error\n', { 'base.yaml': 'plugins: [macrolint-plugin-acme]\n' });
    expect((await load(dir)).plugins).toHaveLength(1);
  });
});

describe('plugin errors', () => {
  it.each<[string, string, string]>([
    ['not a plugin name', 'plugins: ["Acme Plugin"]\n', 'plugins[0]: "Acme Plugin" is not a plugin package name ("macrolint-plugin-acme", "@scope/macrolint-plugin-x") or a path ("./plugin.js")'],
    ['plugins not an array', 'plugins: acme\n', 'plugins: should be an array of plugin names or paths (got "acme")'],
    ['misspelt plugin', 'plugins: [acmee]\n', 'plugins[0]: cannot find plugin "macrolint-plugin-acmee" from <dir> (installed plugins: macrolint-plugin-acme; did you mean "macrolint-plugin-acme"?)'],
    ['plugin not installed', 'plugins: [zendesk]\n', 'plugins[0]: cannot find plugin "macrolint-plugin-zendesk" from <dir> (installed plugins: macrolint-plugin-acme). Install it with "npm install --save-dev macrolint-plugin-zendesk"'],
    ['missing local plugin', 'plugins: [./nope.js]\n', 'plugins[0]: cannot find plugin "./nope.js" (<dir>/nope.js): no such file'],
    ['unknown config', 'extends: plugin:acme/strct\n', 'extends: plugin "acme" (<dir>/node_modules/macrolint-plugin-acme/index.js) has no config "strct" (its configs: plugin:acme/strict)'],
    ['config reference without a name', 'extends: plugin:acme\n', 'extends: "plugin:acme" should be "plugin:<plugin>/<config>", such as "plugin:acme/strict"'],
    ['misspelt rule', 'plugins: [acme]\nrules:\n  acme/no-jargn: warn\n', 'rules["acme/no-jargn"]: unknown rule "acme/no-jargn" (did you mean "acme/no-jargon"?)'],
    ['unknown rule of a plugin', 'plugins: [acme]\nrules:\n  acme/tone: warn\n', 'rules["acme/tone"]: unknown rule "acme/tone": plugin "acme" (<dir>/node_modules/macrolint-plugin-acme/index.js) has these rules: acme/no-jargon'],
    ['rule of a plugin not loaded', 'rules:\n  zendesk/macro-title: warn\n', 'rules["zendesk/macro-title"]: unknown rule "zendesk/macro-title": no plugin "zendesk" is loaded (no plugins are loaded); add "macrolint-plugin-zendesk" to "plugins"'],
  ])('%s', async (_case, config, problem) => {
    const dir = await project(config);
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Invalid config in ${rc(dir)}: ${problem.replaceAll('<dir>', dir)}.`);
  });

  it.each<[string, string, string]>([
    ['no default export', 'export const rules = {};', ': the module has no default export (export default { rules, configs } or module.exports = {…})'],
    ['a function', 'export default () => ({});', ': the default export should be an object with "rules" and/or "configs" (got a function)'],
    ['an unknown key', 'export default { rule: {} };', ': rule: is not a known key (known keys: meta, rules, configs)'],
    ['meta.id not the key', `export default { rules: { 'tier-two': ${ruleSource('tier-2')} } };`, ': rules.tier-two.meta.id: should be "tier-two", the rule\'s key in "rules" (got "tier-2")'],
    ['no create', "export default { rules: { x: { meta: { id: 'x', type: 'style', docs: { description: 'd' }, messages: {} } } } };", ': rules.x.create: should be a function create(context) (got nothing)'],
    ['a bad type', "export default { rules: { x: { meta: { id: 'x', type: 'voice', docs: { description: 'd' }, messages: {} }, create() {} } } };", ': rules.x.meta.type: should be one of "tone", "structure", "template", "style" (got "voice")'],
    ['a bad pattern', `export default { rules: { 'tier-two': ${ruleSource('tier-two', "patterns: ['tier (two'],")} } };`, ': rules.tier-two.patterns[0]: Missing ")" at column 6 of pattern "tier (two"'],
    ['a config that is not an object', "export default { configs: { strict: 'error' } };", ': configs.strict: should be a config object (got "error")'],
  ])('a plugin with %s names the plugin file and its key path', async (_case, source, problem) => {
    const dir = await project('plugins: [bad]\n', { 'node_modules/macrolint-plugin-bad/package.json': '{"type": "module", "main": "index.js"}', 'node_modules/macrolint-plugin-bad/index.js': source }, false);
    const file = path.join(dir, 'node_modules/macrolint-plugin-bad/index.js');
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Invalid plugin "bad" (${file}), named in plugins[0] of ${rc(dir)}${problem}.`);
  });

  it('a plugin that throws while loading is a ConfigError with its first line', async () => {
    const dir = await project('plugins: [./plugin.mjs]\n', { 'plugin.mjs': "throw new Error('ACME_TOKEN is not set\\nmore detail');\n" }, false);
    expect((await errorOf(load(dir))).message).toBe(
      `Invalid config in ${rc(dir)}: plugins[0]: cannot load plugin "./plugin.mjs" (${path.join(dir, 'plugin.mjs')}): ACME_TOKEN is not set.`,
    );
  });

  it('two plugins cannot share a prefix', async () => {
    const dir = await project('plugins: [acme, ./fake-acme.mjs]\n', { 'fake-acme.mjs': "export default { meta: { name: 'acme' } };\n" });
    expect((await errorOf(load(dir))).message).toBe(
      `Invalid config in ${rc(dir)}: plugins[1]: plugin prefix "acme" of ${path.join(dir, 'fake-acme.mjs')} is already taken by ${path.join(dir, 'node_modules/macrolint-plugin-acme/index.js')} ("acme"): two plugins cannot share a prefix.`,
    );
  });

  it('resolve from the config file’s folder, not the working directory', async () => {
    const dir = makeDir({ 'team/.macrolintrc.yaml': 'plugins: [acme]\nrules:\n  acme/no-jargon: warn\n' });
    installAcme(path.join(dir, 'team'));
    writeFiles(dir, { 'team/macros/a.md': 'Hi.' });
    const config = await load(path.join(dir, 'team', 'macros'));
    expect(config.filePath).toBe(path.join(dir, 'team/.macrolintrc.yaml'));
    expect(fs.existsSync(config.plugins[0]!.filePath)).toBe(true);
  });
});
