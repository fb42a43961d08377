// --cache and --cache-location at the CLI: flag checks, where the cache goes, a write failure as a
// warning, and which formats let a run served wholly from the cache skip loading rules.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheOptions, FORMATS_WITHOUT_RULE_METADATA } from '../../src/cli/cache-options.js';
import type { CliOptions } from '../../src/cli/program.js';
import { formatterNames, loadFormatter } from '../../src/formatters/index.js';
import type { RuleMeta } from '../../src/types.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { cwd, sampleResults } from '../formatters/sample-results.js';
import { runMain } from './run-main.js';

let tree: TempTree;
afterEach(() => tree?.remove());

describe('formats that never read rule metadata', () => {
  const ruleIds = [...new Set(sampleResults.flatMap((r) => r.messages.map((m) => m.ruleId)).filter((id): id is string => id !== null))];
  const rulesMeta: Record<string, RuleMeta> = Object.fromEntries(
    ruleIds.map((id) => [id, { id, type: 'tone', docs: { description: `What ${id} checks.`, recommended: 'error', url: `https://example.com/rules/${id}` }, messages: {} }]),
  );

  it.each([...FORMATS_WITHOUT_RULE_METADATA])('%s: the same report with or without it', async (name) => {
    const format = await loadFormatter(name);
    expect(format(sampleResults, { cwd, color: false, rulesMeta })).toBe(format(sampleResults, { cwd, color: false }));
  });

  it('leave out exactly the built-in formats whose report it changes', async () => {
    const reading: string[] = [];
    for (const name of formatterNames) {
      const format = await loadFormatter(name);
      if (format(sampleResults, { cwd, color: false, rulesMeta }) !== format(sampleResults, { cwd, color: false })) reading.push(name);
    }
    expect(reading).toEqual(['html', 'sarif']);
    expect(formatterNames.filter((name) => !FORMATS_WITHOUT_RULE_METADATA.has(name))).toEqual(reading);
  });

  it('load the rules for the others, for custom formatters and for --suppress-rule', () => {
    const options = (extra: Partial<CliOptions>): CliOptions => ({ configLookup: true, format: 'stylish', ignore: true, warnIgnored: true, errorOnUnmatchedPattern: true, inlineConfig: true, cache: true, ...extra });
    const io = { stderr: { write: () => true } };
    expect(cacheOptions(options({}), io).alwaysLoadRules).toBe(false);
    expect(cacheOptions(options({ format: 'sarif' }), io).alwaysLoadRules).toBe(true);
    expect(cacheOptions(options({ format: './my-formatter.js' }), io).alwaysLoadRules).toBe(true);
    expect(cacheOptions(options({ suppressRule: ['no-blame'] }), io).alwaysLoadRules).toBe(true);
  });
});

describe('--cache through main()', () => {
  it('--cache-location without --cache is a usage error', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const run = await runMain(['--cache-location', 'x', 'a.md'], { cwd: tree.root });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'macrolint: --cache-location only applies together with --cache.\n' });
  });

  it('writes the cache where --cache-location says; a second run lints nothing and prints the same report', async () => {
    tree = tempTree({ 'a.md': 'wrong\n', 'b.md': 'sorry\n' });
    const first = await runMain(['--cache', '--cache-location', 'lint.cache'], { cwd: tree.root });
    expect(fs.existsSync(tree.path('lint.cache'))).toBe(true);
    expect(fs.existsSync(tree.path('.macrolintcache'))).toBe(false);
    let calls = 0;
    const second = await runMain(['--cache', '--cache-location', 'lint.cache'], {
      cwd: tree.root,
      deps: { lintText: () => { calls++; throw new Error('the core was called'); } },
    });
    expect(calls).toBe(0);
    expect(second).toEqual(first);
    expect(first.code).toBe(1);
  });

  it('a cache that cannot be written is a warning on stderr; the report and exit code are the lint’s', async () => {
    tree = tempTree({ 'a.md': 'wrong\n' });
    const run = await runMain(['--cache', '--cache-location', 'a.md/cache', 'a.md'], { cwd: tree.root });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Found "wrong"');
    expect(run.stderr).toBe(`macrolint: warning: Cannot write the cache file ${tree.path('a.md/cache')}: ENOTDIR. The results were not cached.\n`);
  });
});
