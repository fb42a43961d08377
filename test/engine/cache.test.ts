// --cache in the engine: what makes a stored result be used again, what never gets stored, where
// the cache file goes, and that a damaged cache is never an error. The fake core (fake-deps.ts)
// records every call, so "served from the cache" means "the core was not called for it".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { CacheWriteError, LintCache, resolveCacheFile, stableJson } from '../../src/engine/cache.js';
import type { EngineDeps } from '../../src/engine/deps.js';
import { lintFiles } from '../../src/engine/lint-files.js';
import { lintStdin } from '../../src/engine/lint-stdin.js';
import type { LintFilesOptions } from '../../src/engine/options.js';
import { summarize } from '../../src/core/summarize.js';
import type { Diagnostic, FileResult, ResolvedConfig } from '../../src/types.js';
import { bothRules, fakeDeps } from './fake-deps.js';
import { tempTree, type TempTree } from './temp-tree.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

let tree: TempTree;
afterEach(() => tree?.remove());

const cacheFile = (): string => tree.path('.macrolintcache');
const readCache = (file = cacheFile()): { macrolint: string; files: Record<string, unknown> } => JSON.parse(fs.readFileSync(file, 'utf8'));
const linted = (calls: { lintText: Array<{ filePath: string }> }): string[] => tree.rel(calls.lintText.map((c) => c.filePath)).sort();

/** Two runs with the same options (each with fresh fakes); returns the second run's results and calls. */
async function twice(options: LintFilesOptions = {}, patterns: string[] = []) {
  const first = fakeDeps();
  const cold = await lintFiles(patterns, { cwd: tree.root, cache: {}, ...options, deps: first.deps });
  const second = fakeDeps();
  const warm = await lintFiles(patterns, { cwd: tree.root, cache: {}, ...options, deps: second.deps });
  return { cold, warm, firstCalls: first.calls, calls: second.calls };
}

describe('hits', () => {
  it('a second run over unchanged files calls neither the rule loader nor the core, and returns the same results', async () => {
    tree = tempTree({ 'a.md': 'You are wrong.\nsorry\n', 'b.md': 'Fine.\n', 'sub/c.txt': 'wrong again\n' });
    const { cold, warm, firstCalls, calls } = await twice();
    expect(linted(firstCalls)).toEqual(['a.md', 'b.md', 'sub/c.txt']);
    expect(calls.lintText).toEqual([]);
    expect(calls.loadRules).toEqual([]);
    expect(warm).toStrictEqual(cold);
  });

  it('with the real config, rules and core: a hit is exactly what a fresh lint gives', async () => {
    tree = tempTree({});
    // Markdown, text, Handlebars, YAML and JSON collections (with their config's `sources`).
    fs.cpSync(path.join(fixtures, 'formats'), tree.root, { recursive: true });
    fs.cpSync(path.join(fixtures, 'examples'), tree.path('examples'), { recursive: true });
    const fresh = await lintFiles([], { cwd: tree.root });
    expect(fresh.length).toBeGreaterThan(5);
    expect(fresh.some((r) => r.messages.length > 0)).toBe(true);
    await lintFiles([], { cwd: tree.root, cache: {} });
    expect(Object.keys(readCache().files).sort()).toEqual(fresh.map((r) => r.filePath).sort());
    const warm = await lintFiles([], { cwd: tree.root, cache: {} });
    expect(warm).toStrictEqual(fresh);
  });

  it('stores the results before --quiet filters them: a later run without it still gets the warnings', async () => {
    tree = tempTree({ 'a.md': 'wrong\nsorry\n' });
    const quiet = await lintFiles([], { cwd: tree.root, cache: {}, quiet: true, deps: fakeDeps().deps });
    expect(quiet[0]).toMatchObject({ errorCount: 1, warningCount: 0 });
    const { deps, calls } = fakeDeps();
    const [result] = await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(calls.lintText).toEqual([]);
    expect(result).toMatchObject({ errorCount: 1, warningCount: 1 });
  });

  it('does not call onRulesLoaded when every file is a hit, unless alwaysLoadRules asks (then the rules, still not the core)', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    const told: string[][] = [];
    const onRulesLoaded = (rules: ReadonlyMap<string, unknown>): void => void told.push([...rules.keys()].sort());
    const plain = fakeDeps();
    await lintFiles([], { cwd: tree.root, cache: {}, onRulesLoaded, deps: plain.deps });
    expect(told).toEqual([]);
    const asking = fakeDeps();
    await lintFiles([], { cwd: tree.root, cache: { alwaysLoadRules: true }, onRulesLoaded, deps: asking.deps });
    expect(told).toEqual([['fake-sorry', 'fake-wrong']]);
    expect(asking.calls.lintText).toEqual([]);
  });
});

describe('misses', () => {
  it('relints a file whose content changed, and only that file', async () => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'fine\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    fs.writeFileSync(tree.path('a.md'), 'fine now\n');
    const { deps, calls } = fakeDeps();
    const results = await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(linted(calls)).toEqual(['a.md']);
    expect(results.map((r) => r.errorCount)).toEqual([0, 0]);
  });

  it('relints a file whose resolved config changed (severity, options, metadata overrides)', async () => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'wrong\n' });
    const configs: ResolvedConfig[] = [
      bothRules,
      { rules: { ...bothRules.rules, 'fake-wrong': { severity: 1, options: {} } } },
      { rules: { ...bothRules.rules, 'fake-wrong': { severity: 1, options: { max: 3 } } } },
      { rules: { ...bothRules.rules, 'fake-wrong': { severity: 1, options: { max: 3 } } }, metadataOverrides: [{ metadata: { audience: 'internal' }, rules: { 'fake-wrong': null } }] },
    ];
    const runs: string[][] = [];
    for (const config of configs) {
      // Only a.md's config changes; b.md keeps the first one throughout.
      const { deps, calls } = fakeDeps({ forFile: (abs) => (abs.endsWith('a.md') ? config : bothRules) });
      await lintFiles([], { cwd: tree.root, cache: {}, deps });
      runs.push(linted(calls));
    }
    expect(runs).toEqual([['a.md', 'b.md'], ['a.md'], ['a.md'], ['a.md']]);
  });

  it('relints when a run option that changes results differs (reportUnusedDirectives, allowInlineConfig)', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const runs: string[][] = [];
    for (const options of [{}, { reportUnusedDirectives: 2 as const }, { reportUnusedDirectives: 2 as const, allowInlineConfig: false }, { reportUnusedDirectives: 2 as const, allowInlineConfig: false }]) {
      const { deps, calls } = fakeDeps();
      await lintFiles([], { cwd: tree.root, cache: {}, ...options, deps });
      runs.push(linted(calls));
    }
    expect(runs).toEqual([['a.md'], ['a.md'], ['a.md'], []]);
  });

  it('discards a cache written by another macrolint version', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    const data = readCache();
    fs.writeFileSync(cacheFile(), JSON.stringify({ ...data, macrolint: '0.0.1-older' }));
    const { deps, calls } = fakeDeps();
    await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(linted(calls)).toEqual(['a.md']);
    expect(readCache().macrolint).toBe(data.macrolint);
  });

  it('keys on macrolint’s version from package.json', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(readCache().macrolint).toBe(pkg.version);
  });

  it('with fix, serves only results that have nothing to fix; a fixed result (output) is never stored', async () => {
    tree = tempTree({ 'loud.md': 'Thanks!!\n', 'calm.md': 'Thanks.\n' });
    // A core whose only rule offers a fix: "!!" -> "!".
    const withFixes = (): { deps: Partial<EngineDeps>; calls: string[] } => {
      const calls: string[] = [];
      const lintText: EngineDeps['lintText'] = (text, { filePath }) => {
        calls.push(path.basename(filePath));
        const at = text.indexOf('!!');
        const messages: Diagnostic[] = at < 0 ? [] : [{ ruleId: 'fake-wrong', severity: 1, message: 'Too loud.', line: 1, column: at + 1, endLine: 1, endColumn: at + 3, offset: at, endOffset: at + 2, fix: { range: [at, at + 2], text: '!' } }];
        return summarize(filePath, messages);
      };
      return { deps: { ...fakeDeps().deps, lintText }, calls };
    };
    const plain = withFixes();
    await lintFiles([], { cwd: tree.root, cache: {}, deps: plain.deps });
    expect(plain.calls.sort()).toEqual(['calm.md', 'loud.md']);

    const fixing = withFixes();
    const results = await lintFiles([], { cwd: tree.root, cache: {}, fix: true, deps: fixing.deps });
    // calm.md has nothing to fix: served. loud.md's stored result has a fix: linted (and fixed).
    expect(fixing.calls).toEqual(['loud.md', 'loud.md']);
    expect(results.find((r) => r.filePath.endsWith('loud.md'))!.output).toBe('Thanks!\n');

    // The dry run wrote nothing, and its fixed result was not stored: loud.md's entry is still
    // the plain one, which a plain run uses.
    const again = withFixes();
    const [, loud] = await lintFiles([], { cwd: tree.root, cache: {}, deps: again.deps });
    expect(again.calls).toEqual([]);
    expect(loud).toMatchObject({ warningCount: 1, fixableWarningCount: 1 });
    expect(loud!.output).toBeUndefined();
  });
});

describe('custom rules', () => {
  function copyFixture(name: string): void {
    tree = tempTree({});
    fs.cpSync(path.join(fixtures, name), tree.root, { recursive: true });
  }
  // The real config loader (it reads the rule files); the fake core.
  const run = async (): Promise<string[]> => {
    const { deps, calls } = fakeDeps();
    await lintFiles(['macros'], { cwd: tree.root, cache: {}, deps: { lintText: deps.lintText, loadRules: deps.loadRules } });
    return linted(calls);
  };

  it('relints when a YAML rule file changes, and not when a file the rules folder does not read does', async () => {
    copyFixture('yaml-rules');
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
    fs.writeFileSync(tree.path('macrolint-rules/.notes.yaml'), 'not a rule: hidden files are not read\n');
    expect(await run()).toEqual([]);
    const rule = tree.path('macrolint-rules/no-asap.yaml');
    fs.writeFileSync(rule, fs.readFileSync(rule, 'utf8').replace('- asap', '- asap\n  - right away'));
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
  });

  it('relints when the config changes a rule’s severity, its options, or adds an override for some files', async () => {
    copyFixture('yaml-rules');
    const config = tree.path('.macrolintrc.yaml');
    const base = fs.readFileSync(config, 'utf8');
    // Each step rewrites the `rules` entry the fixture ends its table with.
    const withRules = (rules: string, rest = ''): void => fs.writeFileSync(config, base.replace('one-apology: error', rules) + rest);
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
    expect(await run()).toEqual([]);
    withRules('one-apology: warn');
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
    withRules('one-apology: warn\n  max-words: [warn, { max: 150 }]');
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
    withRules('one-apology: warn\n  max-words: [warn, { max: 120 }]');
    expect(await run()).toEqual(['macros/bad.md', 'macros/good.md']);
    withRules('one-apology: warn\n  max-words: [warn, { max: 120 }]', 'overrides:\n  - files: [good.md]\n    rules: { one-apology: off }\n');
    expect(await run()).toEqual(['macros/good.md']);
    expect(await run()).toEqual([]);
  });

  it('relints when a plugin’s module changes', async () => {
    copyFixture('plugins/project');
    fs.cpSync(path.join(fixtures, 'plugins/macrolint-plugin-acme'), tree.path('node_modules/macrolint-plugin-acme'), { recursive: true });
    expect(await run()).toEqual(['macros/escalation.md']);
    expect(await run()).toEqual([]);
    fs.appendFileSync(tree.path('node_modules/macrolint-plugin-acme/index.js'), '\n// 1.2.1: a new jargon phrase\n');
    expect(await run()).toEqual(['macros/escalation.md']);
    const pkg = tree.path('node_modules/macrolint-plugin-acme/package.json');
    fs.writeFileSync(pkg, fs.readFileSync(pkg, 'utf8').replace('"1.2.0"', '"1.3.0"'));
    expect(await run()).toEqual(['macros/escalation.md']);
  });

  it('never stores a file whose config enables a custom rule it cannot identify', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const customRules = new Map([['fake-wrong', { meta: { id: 'fake-wrong', type: 'tone' as const, docs: { description: '', recommended: false }, messages: {} }, create: () => undefined }]]);
    for (let i = 0; i < 2; i++) {
      const { deps, calls } = fakeDeps({ customRules });
      await lintFiles([], { cwd: tree.root, cache: {}, deps });
      expect(linted(calls)).toEqual(['a.md']);
    }
  });
});

describe('what is not stored', () => {
  it('the result of an unreadable file; the others are', async () => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'fine\n' });
    const { deps } = fakeDeps({
      readFile: async (abs) => {
        if (abs.endsWith('b.md')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
        return fs.readFileSync(abs);
      },
    });
    const results = await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(results[1]).toMatchObject({ fatalErrorCount: 1 });
    expect(Object.keys(readCache().files)).toEqual([tree.path('a.md')]);
  });

  it('a result where a rule crashed, or one that JSON would change (NaN, -0, a Date)', async () => {
    tree = tempTree({ 'crash.md': '', 'nan.md': '', 'zero.md': '', 'date.md': '', 'ok.md': '' });
    const crash: Diagnostic = { ruleId: 'fake-wrong', severity: 2, fatal: true, message: 'Rule "fake-wrong" crashed.', line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };
    const lintText: EngineDeps['lintText'] = (_text, { filePath }) => {
      const name = path.basename(filePath, '.md');
      const metadata = name === 'nan' ? { score: Number.NaN } : name === 'zero' ? { score: -0 } : name === 'date' ? { sent: new Date(0) } : {};
      return summarize(filePath, name === 'crash' ? [crash] : [], [{ name, metadata }]);
    };
    await lintFiles([], { cwd: tree.root, cache: {}, deps: { ...fakeDeps().deps, lintText } });
    expect(Object.keys(readCache().files)).toEqual([tree.path('ok.md')]);
  });

  it('anything, without the cache option; nor for stdin', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, deps: fakeDeps().deps });
    await lintStdin('wrong\n', { cwd: tree.root, cache: {}, filePath: 'a.md', deps: fakeDeps().deps });
    expect(fs.existsSync(cacheFile())).toBe(false);
  });
});

describe('the cache file', () => {
  it.each([
    ['not JSON', '{"macrolint": "0.1.0", "files": {'],
    ['JSON of another shape', '[1, 2, 3]'],
    ['damaged entries', 'ENTRIES'],
  ])('%s: ignored, every file linted, and the cache rewritten', async (_label, content) => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'fine\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    const good = readCache();
    const damaged = content === 'ENTRIES'
      ? JSON.stringify({ ...good, files: { [tree.path('a.md')]: { hash: 1 }, [tree.path('b.md')]: { ...(good.files[tree.path('b.md')] as object), result: { messages: [{ severity: 'loud' }] } } } })
      : content;
    fs.writeFileSync(cacheFile(), damaged);
    const { deps, calls } = fakeDeps();
    const results = await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(linted(calls)).toEqual(['a.md', 'b.md']);
    expect(results.map((r) => r.errorCount)).toEqual([1, 0]);
    expect(readCache()).toEqual(good);
  });

  it('is not rewritten when nothing changed', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    fs.utimesSync(cacheFile(), new Date(0), new Date(0));
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    expect(fs.statSync(cacheFile()).mtimeMs).toBe(0);
  });

  it('drops deleted files when written, and keeps files this run did not lint that still exist', async () => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'fine\n', 'c.md': 'sorry\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    fs.rmSync(tree.path('b.md'));
    fs.writeFileSync(tree.path('a.md'), 'changed\n');
    // Only a.md is linted: b.md is gone, c.md is not part of this run but still there.
    await lintFiles(['a.md'], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    expect(Object.keys(readCache().files).sort()).toEqual([tree.path('a.md'), tree.path('c.md')]);
    const { deps, calls } = fakeDeps();
    await lintFiles([], { cwd: tree.root, cache: {}, deps });
    expect(calls.lintText).toEqual([]);
  });

  it('is written atomically: no temporary file is left beside it', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    fs.writeFileSync(tree.path('a.md'), 'changed\n');
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    expect(fs.readdirSync(tree.root).sort()).toEqual(['.macrolintcache', 'a.md']);
  });

  it('a cache that cannot be written goes to onWriteError, the results stand; without it, the run fails', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const errors: CacheWriteError[] = [];
    const location = 'a.md/cache'; // under a file: ENOTDIR
    const results = await lintFiles([], { cwd: tree.root, cache: { location, onWriteError: (e) => void errors.push(e) }, deps: fakeDeps().deps });
    expect(results[0]).toMatchObject({ errorCount: 1 });
    expect(errors.map((e) => e.message)).toEqual([`Cannot write the cache file ${tree.path('a.md/cache')}: ENOTDIR.`]);
    await expect(lintFiles([], { cwd: tree.root, cache: { location }, deps: fakeDeps().deps })).rejects.toThrow(CacheWriteError);
  });

  it('never replaces a file the run lints (a --cache-location typo)', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const errors: string[] = [];
    await lintFiles([], { cwd: tree.root, cache: { location: 'a.md', onWriteError: (e) => void errors.push(e.reason) }, deps: fakeDeps().deps });
    expect(errors).toEqual(['it is one of the files being linted']);
    expect(fs.readFileSync(tree.path('a.md'), 'utf8')).toBe('wrong\n');
  });

  it('is never linted itself: a directory walk skips it', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    const results = await lintFiles([], { cwd: tree.root, cache: {}, deps: fakeDeps().deps });
    expect(tree.rel(results.map((r) => r.filePath))).toEqual(['a.md']);
  });
});

describe('resolveCacheFile', () => {
  it('defaults to .macrolintcache in cwd; a file path is used as it is', async () => {
    tree = tempTree({ 'store/': '' });
    expect(await resolveCacheFile(undefined, tree.root)).toBe(tree.path('.macrolintcache'));
    expect(await resolveCacheFile('tmp/lint.cache', tree.root)).toBe(tree.path('tmp/lint.cache'));
  });

  it('an existing folder, or a path ending in a separator, holds a file named from cwd', async () => {
    tree = tempTree({ 'store/': '', 'one/': '', 'two/': '' });
    const inStore = await resolveCacheFile('../store', tree.path('one'));
    expect(path.dirname(inStore)).toBe(tree.path('store'));
    expect(path.basename(inStore)).toMatch(/^\.cache_[0-9a-f]{16}$/);
    expect(await resolveCacheFile('../store/', tree.path('one'))).toBe(inStore);
    expect(await resolveCacheFile(tree.path('store'), tree.path('one'))).toBe(inStore);
    // Another project sharing the folder gets its own file.
    expect(await resolveCacheFile('../store', tree.path('two'))).not.toBe(inStore);
    const notYet = await resolveCacheFile('new-dir/', tree.path('one'));
    expect(notYet).toBe(path.join(tree.path('one/new-dir'), path.basename(inStore)));
  });

  it('the run writes there, creating the folder', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    await lintFiles([], { cwd: tree.root, cache: { location: '.caches/macrolint/' }, deps: fakeDeps().deps });
    const [name] = fs.readdirSync(tree.path('.caches/macrolint'));
    expect(name).toMatch(/^\.cache_/);
    expect(fs.existsSync(cacheFile())).toBe(false);
    const { deps, calls } = fakeDeps();
    await lintFiles([], { cwd: tree.root, cache: { location: '.caches/macrolint/' }, deps });
    expect(calls.lintText).toEqual([]);
  });
});

describe('LintCache', () => {
  const config = { customRules: new Map(), plugins: [], yamlRules: [] } as unknown as Parameters<typeof LintCache.open>[1];
  const bytes = new TextEncoder().encode('wrong\n');
  const result = (filePath: string): FileResult => summarize(filePath, [], [{ name: 'a', metadata: {} }]);

  it('a different version is a different cache', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const v1 = await LintCache.open(cacheFile(), config, {}, '1.0.0');
    v1.remember(tree.path('a.md'), bytes, bothRules, result(tree.path('a.md')));
    await v1.save();
    expect((await LintCache.open(cacheFile(), config, {}, '1.0.0')).lookup(tree.path('a.md'), bytes, bothRules, false)).toEqual(result(tree.path('a.md')));
    expect((await LintCache.open(cacheFile(), config, {}, '1.0.1')).lookup(tree.path('a.md'), bytes, bothRules, false)).toBeUndefined();
  });

  it('never gives a config holding a value JSON would change the key of the config JSON turns it into', async () => {
    tree = tempTree({});
    const cache = await LintCache.open(cacheFile(), config, {}, '1.0.0');
    const withOptions = (options: Record<string, unknown>): ResolvedConfig => ({ rules: { 'fake-wrong': { severity: 2, options } } });
    const plain = withOptions({ pattern: {}, limit: null, when: '1970-01-01T00:00:00.000Z' });
    cache.remember(tree.path('a.md'), bytes, plain, result(tree.path('a.md')));
    expect(cache.lookup(tree.path('a.md'), bytes, plain, false)).toBeDefined();
    for (const odd of [{ pattern: /wrong/, limit: null, when: '1970-01-01T00:00:00.000Z' }, { pattern: {}, limit: Number.NaN, when: '1970-01-01T00:00:00.000Z' }, { pattern: {}, limit: null, when: new Date(0) }]) {
      expect(JSON.stringify(withOptions(odd))).toBe(JSON.stringify(plain));
      expect(cache.lookup(tree.path('a.md'), bytes, withOptions(odd), false)).toBeUndefined();
    }
  });

  it('keys a config by its content, not its key order', async () => {
    tree = tempTree({});
    const cache = await LintCache.open(cacheFile(), config, {}, '1.0.0');
    const reordered: ResolvedConfig = { rules: { 'fake-sorry': bothRules.rules['fake-sorry']!, 'fake-wrong': bothRules.rules['fake-wrong']! } };
    cache.remember(tree.path('a.md'), bytes, bothRules, result(tree.path('a.md')));
    expect(cache.lookup(tree.path('a.md'), bytes, reordered, false)).toBeDefined();
  });
});

describe('stableJson', () => {
  it('sorts keys at every depth, skips undefined properties, and refuses what JSON would change', () => {
    expect(stableJson({ b: [{ d: 1, c: 2 }], a: 'x', u: undefined })).toBe('{"a":"x","b":[{"c":2,"d":1}]}');
    for (const bad of [Number.NaN, Infinity, -0, new Date(0), /re/, new Map(), [undefined], () => 1, 1n]) {
      expect(stableJson({ value: bad })).toBeUndefined();
    }
  });
});
