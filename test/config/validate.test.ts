import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { builtinRuleIds } from '../../src/rules/registry.js';
import { errorOf, load, makeDir } from './helpers.js';

/** Loads `config` as .macrolintrc.json and returns the message it is rejected with. */
async function rejectionOf(config: unknown) {
  const dir = makeDir({ '.macrolintrc.json': JSON.stringify(config) });
  const error = await errorOf(load(dir));
  expect(error).toBeInstanceOf(ConfigError);
  expect(error.filePath).toBe(path.join(dir, '.macrolintrc.json'));
  const prefix = `Invalid config in ${path.join(dir, '.macrolintrc.json')}: `;
  expect(error.message.startsWith(prefix)).toBe(true);
  return { message: error.message.slice(prefix.length), keyPath: error.keyPath };
}

describe('config validation: every invalid config names the file and the key path', () => {
  it.each<[string, unknown, string, string]>([
    // [case, config, key path, message after "Invalid config in <file>: "]
    ['config not an object', ['rules'], '', 'the config should be an object (got an array)'],
    ['config a string', 'rules', '', 'the config should be an object (got "rules")'],
    ['unknown key, close to a known one', { rule: {} }, 'rule', 'rule: is not a known key (did you mean "rules"?)'],
    ['unknown key', { settings: [] }, 'settings', 'settings: is not a known key (known keys: extends, plugins, rulesDir, rules, overrides, ignores, sources)'],
    ['unknown key, singular plugin', { plugin: ['acme'] }, 'plugin', 'plugin: is not a known key (did you mean "plugins"?)'],
    ['extends a number', { extends: 3 }, 'extends', 'extends: should be a string or an array of strings (got 3)'],
    ['extends item not a string', { extends: ['./a.json', {}] }, 'extends[1]', 'extends[1]: should be a string (got an object)'],
    ['extends empty string', { extends: '' }, 'extends', 'extends: should not be empty'],
    ['rules an array', { rules: ['no-blame'] }, 'rules', 'rules: should be an object that maps rule ids to severities (got an array)'],
    ['unknown rule, close', { rules: { 'no-blam': 'error' } }, 'rules.no-blam', 'rules.no-blam: unknown rule "no-blam" (did you mean "no-blame"?)'],
    ['unknown rule, prefixed', { rules: { 'macrolint/no-blame': 'error' } }, 'rules["macrolint/no-blame"]', 'rules["macrolint/no-blame"]: unknown rule "macrolint/no-blame" (did you mean "no-blame"?)'],
    [
      'unknown rule, nothing close',
      { rules: { 'max-length': 'error' } },
      'rules.max-length',
      `rules.max-length: unknown rule "max-length" (built-in rules: ${builtinRuleIds.join(', ')})`,
    ],
    ['misspelt severity', { rules: { 'no-blame': 'eror' } }, 'rules.no-blame', 'rules.no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "eror")'],
    ['severity out of range', { rules: { 'no-blame': 3 } }, 'rules.no-blame', 'rules.no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got 3)'],
    ['severity as a string number', { rules: { 'no-blame': '2' } }, 'rules.no-blame', 'rules.no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "2")'],
    [
      'setting of the wrong type',
      { rules: { 'no-blame': true } },
      'rules.no-blame',
      'rules.no-blame: should be a severity ("off", "warn", "error", 0, 1 or 2) or an array [severity, options] (got true)',
    ],
    ['bad severity in an array', { rules: { 'no-blame': ['warning', {}] } }, 'rules.no-blame[0]', 'rules.no-blame[0]: severity should be "off", "warn", "error", 0, 1 or 2 (got "warning")'],
    ['empty array', { rules: { 'no-blame': [] } }, 'rules.no-blame', 'rules.no-blame: should start with a severity: ["warn"] or ["warn", { …options }] (got an empty array)'],
    [
      'options spread over several items',
      { rules: { 'no-blame': ['warn', {}, {}] } },
      'rules.no-blame[2]',
      'rules.no-blame[2]: is one item too many: a rule takes [severity] or [severity, options], with all options in one object',
    ],
    ['options not an object', { rules: { 'no-blame': ['warn', 'strict'] } }, 'rules.no-blame[1]', 'rules.no-blame[1]: options should be an object (got "strict")'],
    [
      'unknown option',
      { rules: { 'no-blame': ['error', { foo: 1 }] } },
      'rules.no-blame[1].foo',
      'rules.no-blame[1].foo: is not a known option (known options: words, checkQuotes)',
    ],
    [
      'option of the wrong type, nested',
      { rules: { 'no-blame': ['error', { words: ['ok', 7] }] } },
      'rules.no-blame[1].words[1]',
      'rules.no-blame[1].words[1]: should be a string, got integer',
    ],
    ['option out of range', { rules: { 'acknowledge-before-resolving': ['warn', { maxSentences: 0 }] } }, 'rules.acknowledge-before-resolving[1].maxSentences', 'rules.acknowledge-before-resolving[1].maxSentences: should be at least 1'],
    ['option not in its enum', { rules: { 'no-customer-wrong': [2, { mode: 'lax' }] } }, 'rules.no-customer-wrong[1].mode', 'rules.no-customer-wrong[1].mode: should be one of "strict", "loose"'],
    [
      'options for a rule that takes none',
      { rules: { 'no-told-you-so': ['error', { words: [] }] } },
      'rules.no-told-you-so[1].words',
      'rules.no-told-you-so[1].words: is not a known option (this rule takes no options)',
    ],
    ['overrides not an array', { overrides: { files: '*.md' } }, 'overrides', 'overrides: should be an array of { files, metadata, rules } objects (got an object)'],
    ['override not an object', { overrides: ['*.md'] }, 'overrides[0]', 'overrides[0]: should be an object with "files" and/or "metadata", and "rules" (got "*.md")'],
    ['override with an unknown key', { overrides: [{ files: '*.md', ignores: [] }] }, 'overrides[0].ignores', 'overrides[0].ignores: is not a known key (known keys: files, metadata, rules)'],
    [
      'override without files or metadata',
      { overrides: [{ rules: {} }] },
      'overrides[0]',
      'overrides[0]: needs "files" (globs of the files it applies to), "metadata" (front-matter values of the templates it applies to), or both',
    ],
    ['override files a number', { overrides: [{ files: 42, rules: {} }] }, 'overrides[0].files', 'overrides[0].files: should be a string or an array of strings (got 42)'],
    ['override files empty', { overrides: [{ files: [], rules: {} }] }, 'overrides[0].files', 'overrides[0].files: should not be empty'],
    ['override files item empty', { overrides: [{ files: ['*.md', ''] }] }, 'overrides[0].files[1]', 'overrides[0].files[1]: should be a non-empty glob string (got "")'],
    [
      'bad rule inside an override',
      { overrides: [{ files: '*.md' }, { files: '*.txt', rules: { 'no-blame': 'eror' } }] },
      'overrides[1].rules.no-blame',
      'overrides[1].rules.no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "eror")',
    ],
    [
      'bad option inside an override',
      { overrides: [{ files: '*.md', rules: { 'no-blame': ['warn', { checkQuotes: 'yes' }] } }] },
      'overrides[0].rules.no-blame[1].checkQuotes',
      'overrides[0].rules.no-blame[1].checkQuotes: should be a boolean, got string',
    ],
    ['ignores a string', { ignores: 'drafts/' }, 'ignores', 'ignores: should be an array of strings (got "drafts/")'],
    ['ignores item not a string', { ignores: ['drafts/', null] }, 'ignores[1]', 'ignores[1]: should be a non-empty glob string (got null)'],
    ['negated ignore', { ignores: ['drafts/', '!drafts/keep.md'] }, 'ignores[1]', 'ignores[1]: negated patterns ("!drafts/keep.md") are not supported'],
    // Globs picomatch would match by backtracking for minutes (seconds for the extglob on a 30-character name).
    ['extglob ignore', { ignores: ['*(a*)b'] }, 'ignores[0]', 'ignores[0]: extglob patterns such as "*(…)" and "+(…)" ("*(a*)b") are not supported'],
    [
      'too many stars in a segment',
      { overrides: [{ files: ['macros/*a*a*a*a*b.md'] }] },
      'overrides[0].files[0]',
      'overrides[0].files[0]: "macros/*a*a*a*a*b.md" has more than 3 "*" in the path segment "*a*a*a*a*b.md": at most 3 are allowed, so that matching stays fast on long file names',
    ],
    [
      'too many globstars',
      { ignores: ['**/a/**/b/**/c/**/d/**/e'] },
      'ignores[0]',
      'ignores[0]: "**/a/**/b/**/c/**/d/**/e" has 5 "**" segments: at most 4 are allowed, so that matching stays fast on deep paths',
    ],
  ])('%s', async (_case, config, keyPath, expected) => {
    const { message, keyPath: actualKeyPath } = await rejectionOf(config);
    expect(message).toBe(`${expected}.`);
    expect(actualKeyPath).toBe(keyPath);
  });

  it('accepts every valid severity form, case-insensitive words, and [severity] with no options', async () => {
    const dir = makeDir({
      '.macrolintrc.json': {
        $schema: './node_modules/macrolint/schema/config.json',
        rules: { 'no-blame': 'Error', 'no-told-you-so': 1, 'no-customer-wrong': ['warn'], 'acknowledge-before-resolving': [0] },
      },
    });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({
      'no-blame': { severity: 2, options: {} },
      'no-customer-wrong': { severity: 1, options: {} },
      'no-told-you-so': { severity: 1, options: {} },
    });
  });

  it('reports problems in a YAML file with the same key paths', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'rules:\n  no-blame:\n    - error\n    - wrods: [x]\n' });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.yaml')}: rules.no-blame[1].wrods: is not a known option (known options: words, checkQuotes).`,
    );
  });

  it('reports problems in the macrolint key of package.json', async () => {
    const dir = makeDir({ 'package.json': { name: 'x', macrolint: { rules: { 'no-blame': 'loud' } } } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, 'package.json')}: rules.no-blame: severity should be "off", "warn", "error", 0, 1 or 2 (got "loud").`,
    );
  });

  it('reports problems in a JS config', async () => {
    const dir = makeDir({ 'macrolint.config.mjs': "export default { rules: { 'no-blame': 'warn' }, ignore: ['x'] };\n" });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, 'macrolint.config.mjs')}: ignore: is not a known key (did you mean "ignores"?).`);
  });

  it('reports the first problem in the order written', async () => {
    const { message } = await rejectionOf({ rules: { 'no-blame': ['warn', { foo: 1 }], 'no-customer-wrong': ['warn', { bar: 1 }] } });
    expect(message).toBe('rules.no-blame[1].foo: is not a known option (known options: words, checkQuotes).');
  });
});

describe('JS configs that export the wrong thing', () => {
  it.each([
    ['a Map', 'export default new Map([["rules", {}]]);\n', 'the config should be an object (got a Map)'],
    ['a function', 'export default () => ({ rules: {} });\n', 'the config should be an object (got a function)'],
    ['an array', 'export default [{ rules: {} }];\n', 'the config should be an object (got an array)'],
  ])('%s', async (_case, source, problem) => {
    const dir = makeDir({ 'macrolint.config.mjs': source });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, 'macrolint.config.mjs')}: ${problem}.`);
  });

  it('export default null is an empty file, not a missing one', async () => {
    const dir = makeDir({ '.macrolintrc.json': '{"rules": {"no-blame": "warn"}}', 'sub/.macrolintrc.mjs': 'export default null;\n' });
    const error = await errorOf(load(path.join(dir, 'sub')));
    expect(error.message).toContain(`Invalid config in ${path.join(dir, 'sub/.macrolintrc.mjs')}: the file is empty or has no default export.`);
  });

  it('a default-exported promise is awaited', async () => {
    const dir = makeDir({ 'macrolint.config.mjs': "export default Promise.resolve({ rules: { 'no-blame': 'warn' } });\n" });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });
});
