import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, lstatSync } from 'node:fs';
import { lintFiles } from '../../src/engine/lint-files.js';
import { writeFixes } from '../../src/engine/write-fixes.js';
import { summarize } from '../../src/core/summarize.js';
import { tempTree, type TempTree } from './temp-tree.js';

let tree: TempTree;
afterEach(() => tree?.remove());

describe('writeFixes', () => {
  it('writes only results with output, atomically, keeping the mode, through symlinks', async () => {
    tree = tempTree({ 'a.md': 'old a', 'b.md': 'old b', 'real/c.md': 'old c' });
    chmodSync(tree.path('a.md'), 0o600);
    symlinkSync(tree.path('real/c.md'), tree.path('link.md'));
    const inoB = statSync(tree.path('b.md')).ino;
    const written = await writeFixes(
      [
        { ...summarize(tree.path('a.md'), []), output: 'new a' },
        summarize(tree.path('b.md'), []),
        { ...summarize('link.md', []), output: 'new c' },
      ],
      tree.root,
    );
    expect(written).toEqual([tree.path('a.md'), tree.path('link.md')]);
    expect(readFileSync(tree.path('a.md'), 'utf8')).toBe('new a');
    expect(statSync(tree.path('a.md')).mode & 0o777).toBe(0o600);
    expect(statSync(tree.path('b.md')).ino).toBe(inoB);
    expect(lstatSync(tree.path('link.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(tree.path('real/c.md'), 'utf8')).toBe('new c');
    expect(readdirSync(tree.root).sort()).toEqual(['a.md', 'b.md', 'link.md', 'real']);
  });

  it('reports a file it cannot write as a FixWriteError', async () => {
    tree = tempTree({});
    await expect(writeFixes([{ ...summarize(tree.path('gone.md'), []), output: 'x' }])).rejects.toMatchObject({ name: 'FixWriteError' });
  });
});

describe('lintFiles with fix', () => {
  it('returns the fixed output without writing, BOM and CRLF kept', async () => {
    tree = tempTree({ 'a.md': '\uFEFFHi there,\r\n\r\nThanks for waiting!!!\r\n', 'b.md': 'Hi there, thanks for waiting.\n' });
    const options = { cwd: tree.root, useConfigLookup: false, ruleOverrides: { 'no-shouting': 'error' as const } };
    const [a, b] = await lintFiles([], { ...options, fix: true });
    expect(a!.output).toBe('\uFEFFHi there,\r\n\r\nThanks for waiting!\r\n');
    expect(a!.messages.filter((m) => m.ruleId === 'no-shouting')).toEqual([]);
    expect(b!.output).toBeUndefined();
    expect(readFileSync(tree.path('a.md'), 'utf8')).toBe('\uFEFFHi there,\r\n\r\nThanks for waiting!!!\r\n');
    const [unfixed] = await lintFiles([], { ...options, fix: true, fixTypes: ['style'] });
    expect(unfixed!.output).toBeUndefined();
    expect(unfixed!.messages.some((m) => m.ruleId === 'no-shouting')).toBe(true);
  });
});
