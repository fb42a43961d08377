import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/engine/lint-files.js';
import { lintStdin } from '../../src/engine/lint-stdin.js';
import type { ResolvedConfig } from '../../src/types.js';
import { bothRules, fakeDeps } from './fake-deps.js';
import { tempTree, type TempTree } from './temp-tree.js';

let tree: TempTree;
afterEach(() => tree?.remove());

describe('lintFiles', () => {
  it('lints every found file once, with absolute paths, in sorted order, BOM stripped', async () => {
    tree = tempTree({ 'b.md': '\uFEFFYou are wrong.\n', 'a.md': 'Hello.\nsorry\n' });
    const { deps, calls } = fakeDeps();
    const results = await lintFiles([], { cwd: tree.root, deps });
    expect(results.map((r) => r.filePath)).toEqual([tree.path('a.md'), tree.path('b.md')]);
    expect(calls.loadConfig).toHaveLength(1);
    expect(calls.lintText.find((c) => c.filePath === tree.path('b.md'))!.text).toBe('You are wrong.\n');
    expect(results[0]).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(results[1]).toMatchObject({ errorCount: 1, warningCount: 0 });
  });

  it('passes config options through to the loader', async () => {
    tree = tempTree({ 'a.md': '' });
    const { deps, calls } = fakeDeps();
    await lintFiles(['a.md'], { cwd: tree.root, deps, configFile: 'x.json', useConfigLookup: false, ruleOverrides: { r: 'off' } });
    expect(calls.loadConfig[0]).toEqual({ cwd: tree.root, configFile: 'x.json', useConfigLookup: false, ruleOverrides: { r: 'off' } });
  });

  it('loads only the rules some file enables', async () => {
    tree = tempTree({ 'a.md': 'wrong', 'b.md': 'wrong sorry' });
    const { deps, calls } = fakeDeps({
      forFile: (abs): ResolvedConfig => (abs.endsWith('a.md') ? { rules: { 'fake-wrong': { severity: 2, options: {} } } } : { rules: {} }),
    });
    const results = await lintFiles(['.'], { cwd: tree.root, deps });
    expect(calls.loadRules).toEqual([['fake-wrong']]);
    expect(results.map((r) => r.messages.length)).toEqual([1, 0]);
  });

  it('turns an unreadable file into a fatal result and lints the others', async () => {
    tree = tempTree({ 'a.md': 'wrong', 'b.md': 'fine', 'c.md': 'wrong' });
    const { deps } = fakeDeps({
      readFile: async (abs) => {
        if (abs.endsWith('b.md')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return readFile(abs);
      },
    });
    const results = await lintFiles(['.'], { cwd: tree.root, deps });
    expect(results.map((r) => r.errorCount)).toEqual([1, 1, 1]);
    expect(results[1]).toMatchObject({ filePath: tree.path('b.md'), fatalErrorCount: 1, warningCount: 0 });
    expect(results[1]!.messages).toEqual([
      expect.objectContaining({ ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: EACCES.', line: 1, column: 1 }),
    ]);
  });

  it('reports an explicitly named ignored file as a warning, or drops it with warnIgnored: false', async () => {
    tree = tempTree({ '.macrolintignore': 'skip.md\n', 'skip.md': 'wrong' });
    const { deps, calls } = fakeDeps();
    const [result] = await lintFiles(['skip.md'], { cwd: tree.root, deps });
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(result!.messages[0]!.message).toMatch(/^File ignored because of a matching ignore pattern\./);
    expect(calls.lintText).toHaveLength(0);
    expect(await lintFiles(['skip.md'], { cwd: tree.root, deps, warnIgnored: false })).toEqual([]);
    expect((await lintFiles(['skip.md'], { cwd: tree.root, deps, ignore: false }))[0]!.errorCount).toBe(1);
  });

  it('uses the config ignores', async () => {
    tree = tempTree({ 'a.md': '', 'legacy/b.md': '' });
    const { deps } = fakeDeps({ isIgnored: (abs) => abs.includes('legacy') });
    expect((await lintFiles(['.'], { cwd: tree.root, deps })).map((r) => r.filePath)).toEqual([tree.path('a.md')]);
  });

  it('keeps errors only with quiet, recounting', async () => {
    tree = tempTree({ 'a.md': 'sorry\nwrong\nsorry' });
    const { deps } = fakeDeps();
    const [result] = await lintFiles(['a.md'], { cwd: tree.root, deps, quiet: true });
    expect(result).toMatchObject({ errorCount: 1, warningCount: 0 });
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['fake-wrong']);
  });
});

describe('lintStdin', () => {
  it('lints text as <text> without a file name', async () => {
    tree = tempTree({});
    const { deps, calls } = fakeDeps();
    const [result] = await lintStdin('\uFEFFwrong', { cwd: tree.root, deps });
    expect(result).toMatchObject({ filePath: '<text>', errorCount: 1 });
    expect(calls.lintText[0]!.text).toBe('wrong');
  });

  it('resolves the file name for config and ignores', async () => {
    tree = tempTree({ '.gitignore': 'drafts/\n' });
    const seen: string[] = [];
    const { deps } = fakeDeps({ forFile: (abs) => (seen.push(abs), bothRules) });
    const [result] = await lintStdin(Buffer.from('sorry'), { cwd: tree.root, deps, filePath: 'macros/x.md' });
    expect(result).toMatchObject({ filePath: tree.path('macros/x.md'), warningCount: 1 });
    expect(seen).toEqual([tree.path('macros/x.md')]);
    const [ignored] = await lintStdin('wrong', { cwd: tree.root, deps, filePath: 'drafts/x.md' });
    expect(ignored).toMatchObject({ errorCount: 0, warningCount: 1 });
    expect(await lintStdin('wrong', { cwd: tree.root, deps, filePath: 'drafts/x.md', warnIgnored: false })).toEqual([]);
  });
});

describe('rules a config brings (plugins, YAML rules)', () => {
  it('come from the config; only built-in rules are asked of the registry', async () => {
    tree = tempTree({ 'a.md': 'wrong sorry' });
    const custom = { meta: { id: 'custom', type: 'tone' as const, docs: { description: 'd', recommended: false }, messages: {} }, create: () => undefined };
    const { deps, calls } = fakeDeps({
      forFile: (): ResolvedConfig => ({ rules: { 'fake-wrong': { severity: 2, options: {} }, 'acme/custom': { severity: 1, options: {} } } }),
      customRules: new Map([['acme/custom', custom]]),
    });
    const seen: string[][] = [];
    const lintText = deps.lintText;
    deps.lintText = (text, options) => {
      seen.push([...options.rules.keys()].sort());
      return lintText(text, options);
    };
    await lintFiles(['a.md'], { cwd: tree.root, deps });
    expect(calls.loadRules).toEqual([['fake-wrong']]);
    expect(seen).toEqual([['acme/custom', 'fake-wrong']]);
  });
});
