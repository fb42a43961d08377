// The bench refuses a number from a run that did not do the work: a crash, exit code 2, a fatal
// error in the report or files missing from it stop the bench instead of making a tool look fast.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchTools, type BenchCorpus, type RunResult } from '../../scripts/bench/tools.mjs';
import { tempTree, type TempTree } from '../engine/temp-tree.js';

const tools = benchTools({ bin: '/repo/bin/macrolint.js', features: { cache: true, cacheLocation: true }, threadsFor: () => 2 });
const tool = (id: string) => tools.find((candidate) => candidate.id === id)!;
const exited = (code: number, stdout = '', stderr = ''): RunResult => ({ seconds: 1, rssMb: 50, cpuSeconds: 1, code, signal: null, stdout, stderr });

let tree: TempTree;
afterEach(() => tree?.remove());

function corpusWithReport(id: string, report: unknown[]): BenchCorpus {
  tree = tempTree({});
  mkdirSync(tree.path('reports'));
  writeFileSync(tree.path('reports', `${id}.json`), JSON.stringify(report));
  return { dir: tree.root, markdownDir: tree.path('md'), zendeskFile: tree.path('zendesk-macros.json'), n: 2 };
}
const fileResult = (messages: object[]) => ({ filePath: 'x.md', messages });

describe('bench tools', () => {
  it('counts the problems of a finished lint, exit code 0 or 1', () => {
    const corpus = corpusWithReport('macrolint', [fileResult([{ message: 'a' }, { message: 'b' }]), fileResult([])]);
    expect(tool('macrolint').check(exited(1), corpus)).toEqual({ problems: 2 });
    expect(tool('macrolint').check(exited(0), corpus)).toEqual({ problems: 2 });
  });

  it('fails on exit code 2, a crash on stderr, a fatal error in the report, or files missing from it', () => {
    const good = corpusWithReport('macrolint', [fileResult([]), fileResult([])]);
    expect(() => tool('macrolint').check(exited(2, '', 'Invalid option'), good)).toThrow(/exit code 2: Invalid option/);
    expect(() => tool('macrolint').check(exited(1, '', 'macrolint: internal error: boom'), good)).toThrow(/crashed/);
    expect(() => tool('macrolint').check(exited(2, '', 'bad \u001b[2Jname'), good)).toThrow('exit code 2: bad ?[2Jname');
    const fatal = corpusWithReport('macrolint', [fileResult([{ fatal: true, message: 'Rule "no-blame" crashed' }]), fileResult([])]);
    expect(() => tool('macrolint').check(exited(1), fatal)).toThrow(/fatal error in the report: Rule "no-blame" crashed/);
    const short = corpusWithReport('textlint', [fileResult([])]);
    expect(() => tool('textlint').check(exited(0), short)).toThrow(/reported 1 files, expected 2/);
  });

  it('checks that a floor read every file', () => {
    tree = tempTree({});
    const corpus = { dir: tree.root, markdownDir: tree.root, zendeskFile: '', n: 3 };
    expect(tool('read-floor').check(exited(0, '{"files":3}'), corpus)).toEqual({});
    expect(() => tool('parser-floor').check(exited(0, '{"files":2}'), corpus)).toThrow(/read 2 files, expected 3/);
  });

  it('runs macrolint with the recommended rules and no cache, except the warm-cache tool', () => {
    const corpus = { dir: '/c', markdownDir: '/c/md', zendeskFile: '/c/z.json', n: 10 };
    const [, cold] = tool('macrolint').command(corpus);
    expect(cold[0]).toBe('/repo/bin/macrolint.js');
    expect(cold).toContain('--no-config-lookup');
    expect(cold).not.toContain('--cache');
    expect(tool('macrolint-zendesk').command(corpus)[1]).toContain('/c/z.json');
    expect(tool('macrolint-cache').command(corpus)[1]).toEqual(expect.arrayContaining(['--cache', '--cache-location', path.join('/c', '.macrolintcache')]));
    // The parser floor runs on as many threads as macrolint would.
    expect(tool('parser-floor').command(corpus)[1].at(-1)).toBe('2');
  });

  it('marks the warm-cache tool unavailable when macrolint has no --cache', () => {
    const withoutCache = benchTools({ bin: '/repo/bin/macrolint.js', features: { cache: false, cacheLocation: false }, threadsFor: () => 1 });
    expect(withoutCache.find((candidate) => candidate.id === 'macrolint-cache')?.available).toBe(false);
    expect(tool('macrolint-cache').available).toBe(true);
  });
});
