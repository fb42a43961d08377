import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { jsonErrorOffset, positionAt } from '../../src/config/syntax.js';
import { errorOf, load, makeDir } from './helpers.js';

describe('syntax errors name the file and the line', () => {
  it.each<[string, string, string, number, number]>([
    ['trailing comma', '{\n  "rules": {\n    "no-blame": "warn",\n  }\n}\n', 'Expected double-quoted property name', 4, 3],
    ['comment', '{\n  // tone rules\n  "rules": {}\n}\n', "Expected property name or '}'", 2, 3],
    ['bare word', '{\n  "rules": {\n    "no-blame": warn\n  }\n}\n', "Unexpected token 'w'", 3, 17],
    ['unterminated string', '{\n  "rules": {\n    "no-blame": "warn\n  }\n}\n', 'Bad control character in string literal', 3, 22],
    ['text after the value', '{"rules": {}}\n{}\n', 'Unexpected non-whitespace character after the JSON value', 2, 1],
    ['cut short', '{\n  "rules": {\n', "Expected property name or '}'", 3, 1],
    ['cut short in a value', '{\n  "rules": ', 'Unexpected end of JSON input', 2, 11],
    ['bad literal at the end of a line', '{\n  "rules": tru\n}', "Unexpected token '\\n'", 2, 15],
  ])('JSON: %s', async (_case, contents, reason, line, column) => {
    const dir = makeDir({ '.macrolintrc.json': contents });
    const file = path.join(dir, '.macrolintrc.json');
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Cannot parse config file ${file} (line ${line}, column ${column}): ${reason}.`);
    expect(error.filePath).toBe(file);
    expect(error.line).toBe(line);
  });

  it('YAML: a bad flow sequence', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'rules:\n  no-blame: [warn\n  no-told-you-so: error\n' });
    const file = path.join(dir, '.macrolintrc.yaml');
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toBe(`Cannot parse config file ${file} (line 3, column 3): missed comma between flow collection entries.`);
    expect(error.line).toBe(3);
  });

  it('YAML: bad indentation in an extensionless .macrolintrc', async () => {
    const dir = makeDir({ '.macrolintrc': 'rules:\n  no-blame: warn\n no-told-you-so: error\n' });
    const error = await errorOf(load(dir));
    expect(error.message).toMatch(
      new RegExp(`^Cannot parse config file ${escape(path.join(dir, '.macrolintrc'))} \\(line 3, column \\d+\\): .+\\.$`),
    );
    expect(error.line).toBe(3);
  });

  it('YAML: a duplicated key', async () => {
    const dir = makeDir({ '.macrolintrc.yml': 'rules:\n  no-blame: warn\nrules:\n  no-told-you-so: warn\n' });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Cannot parse config file ${path.join(dir, '.macrolintrc.yml')} (line 3, column 1): duplicated mapping key.`);
  });

  it('YAML syntax errors in an extended file name that file', async () => {
    const dir = makeDir({ '.macrolintrc.json': { extends: './base.yaml' }, 'base.yaml': 'rules: {no-blame: warn\n' });
    const error = await errorOf(load(dir));
    expect(error.filePath).toBe(path.join(dir, 'base.yaml'));
    expect(error.message).toMatch(new RegExp(`^Cannot parse config file ${escape(path.join(dir, 'base.yaml'))} \\(line \\d+, column \\d+\\): `));
  });

  it('a broken package.json on the way up is reported, not skipped', async () => {
    const dir = makeDir({ 'package.json': '{ "name": "x", }', 'sub/.keep': '' });
    const error = await errorOf(load(path.join(dir, 'sub')));
    expect(error.message).toBe(`Cannot parse config file ${path.join(dir, 'package.json')} (line 1, column 16): Expected double-quoted property name.`);
  });

  it('a CommonJS config with a syntax error: the file, the line and the error', async () => {
    const dir = makeDir({ '.macrolintrc.cjs': "module.exports = {\n  rules: { 'no-blame': 'warn' }\n  ignores: []\n};\n" });
    const file = path.join(dir, '.macrolintrc.cjs');
    const error = await errorOf(load(dir));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.filePath).toBe(file);
    expect(error.message).toBe(`Cannot load config file ${file}: line 3: Unexpected identifier 'ignores'.`);
  });

  it('an ES module config with a syntax error: the file and how to see the error', async () => {
    const dir = makeDir({ 'macrolint.config.mjs': "export default {\n  rules: { 'no-blame': 'warn' }\n  ignores: []\n};\n" });
    const file = path.join(dir, 'macrolint.config.mjs');
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Cannot load config file ${file}: it does not load as an ES module; run "node ${file}" to see the error and its line.`,
    );
  });

  it('a JS config that throws: the file, the line and the thrown message', async () => {
    const dir = makeDir({ 'macrolint.config.mjs': "throw new Error('no config for you');\n" });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Cannot load config file ${path.join(dir, 'macrolint.config.mjs')}: line 1: no config for you.`);
  });

  it('a JS config that imports a missing file', async () => {
    const dir = makeDir({ '.macrolintrc.mjs': "import base from './base.mjs';\nexport default base;\n" });
    const file = path.join(dir, '.macrolintrc.mjs');
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Cannot load config file ${file}: Cannot find module '${path.join(dir, 'base.mjs')}' imported from ${file}.`);
  });

  it('a TypeScript config with a syntax error: the file, line and column', async () => {
    const dir = makeDir({ 'macrolint.config.ts': "const severity: string = ;\nexport default { rules: { 'no-blame': severity } };\n" });
    const file = path.join(dir, 'macrolint.config.ts');
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Cannot parse config file ${file} (line 1, column 26): Expression expected.`);
    expect(error.line).toBe(1);
  });

  it('a TypeScript config can import a JS file beside it', async () => {
    const dir = makeDir({
      'shared.mjs': "export const rules = { 'no-blame': 'warn' };\n",
      'macrolint.config.ts': "import { rules } from './shared.mjs';\nexport default { rules };\n",
    });
    const config = await load(dir);
    expect(config.forFile(path.join(dir, 'a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });
});

describe('JSON error positions', () => {
  it('finds the offset of a bad token that V8 reports without one', () => {
    // V8 reads `n` as the start of `null`, so the first bad character is the `o`.
    const text = '{"a": [1, 2, nope]}';
    expect(jsonErrorOffset(text, "Unexpected token 'o', ... is not valid JSON")).toBe(text.indexOf('ope'));
  });

  it('is not fooled by a prefix that ends inside a number', () => {
    const text = '{"a": -1, "b": x}';
    expect(jsonErrorOffset(text, "Unexpected token 'x'")).toBe(text.indexOf('x'));
  });

  it('counts lines and columns from 1', () => {
    expect(positionAt('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
