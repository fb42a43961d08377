import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter, UnknownFormatterError } from '../../src/formatters/index.js';

describe('loadFormatter', () => {
  it('loads the built-in formatters by name', async () => {
    expect(formatterNames).toEqual(['checkstyle', 'compact', 'github', 'html', 'json', 'junit', 'sarif', 'stylish', 'unix']);
    expect(await loadFormatter('json')).toBeTypeOf('function');
    expect(await loadFormatter('stylish')).toBeTypeOf('function');
  });

  it('rejects unknown names, listing the known ones', async () => {
    await expect(loadFormatter('tap')).rejects.toThrow(UnknownFormatterError);
    await expect(loadFormatter('tap')).rejects.toThrow(
      'Unknown formatter "tap". Available formatters: checkstyle, compact, github, html, json, junit, sarif, stylish, unix.',
    );
    await expect(loadFormatter('toString')).rejects.toThrow(UnknownFormatterError);
  });
});

describe('custom formatters', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  function project(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'macrolint-formatter-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    return dir;
  }

  const counting = 'export default (results) => `${results.length} files`;\n';

  it('loads a module by a path relative to cwd', async () => {
    const cwd = project({ 'formats/count.mjs': counting });
    const format = await loadFormatter('./formats/count.mjs', { cwd });
    expect(format([], { cwd, color: false })).toBe('0 files');
  });

  it('loads an installed macrolint-formatter-<name> package by its short or full name', async () => {
    const cwd = project({
      'node_modules/macrolint-formatter-count/package.json': '{ "name": "macrolint-formatter-count", "type": "module", "main": "index.js" }',
      'node_modules/macrolint-formatter-count/index.js': counting,
    });
    expect((await loadFormatter('count', { cwd }))([], { cwd, color: false })).toBe('0 files');
    expect((await loadFormatter('macrolint-formatter-count', { cwd }))([], { cwd, color: false })).toBe('0 files');
  });

  it('says why a custom formatter cannot be used', async () => {
    const cwd = project({ 'not-a-function.mjs': 'export default 42;\n', 'broken.mjs': 'export default (;\n' });
    await expect(loadFormatter('./not-a-function.mjs', { cwd })).rejects.toThrow('Cannot load formatter "./not-a-function.mjs": its module must export a function');
    await expect(loadFormatter('./broken.mjs', { cwd })).rejects.toThrow(/Cannot load formatter "\.\/broken\.mjs": /);
    await expect(loadFormatter('./missing.mjs', { cwd })).rejects.toThrow(/Cannot load formatter "\.\/missing\.mjs": /);
    await expect(loadFormatter('nope', { cwd })).rejects.toThrow('A custom formatter is a path to a module or an installed macrolint-formatter-<name> package.');
  });
});
