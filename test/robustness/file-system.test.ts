// What the file system can throw at a run, through the built CLI: symbolic link loops (no hang;
// skipped in walks, ELOOP when named), unreadable files (EACCES: a fatal error for that file),
// missing paths (exit 2, or skipped with --no-error-on-unmatched-pattern), a directory named like
// a template file.
import { chmodSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { defaultDeps } from '../../src/engine/deps.js';
import { runMain } from '../cli/run-main.js';
import { assertBuilt, bytesTree, CLEAN_REPLY, isRoot, lint, lintJson, WRONG_REPLY } from './helpers.js';

beforeAll(assertBuilt);

describe('symbolic link loops', () => {
  it('never hang a walk: loops and dangling links are skipped silently, real files linted once', async () => {
    const cwd = bytesTree({ 'macros/reply.md': WRONG_REPLY, 'macros/sub/clean.md': CLEAN_REPLY });
    symlinkSync('..', path.join(cwd, 'macros/sub/up')); // a directory loop
    symlinkSync('.', path.join(cwd, 'macros/self')); // a directory that is itself
    symlinkSync('b.md', path.join(cwd, 'macros/a.md')); // a.md -> b.md -> a.md
    symlinkSync('a.md', path.join(cwd, 'macros/b.md'));
    symlinkSync('gone.md', path.join(cwd, 'macros/dangling.md'));
    for (const pattern of ['.', 'macros', 'macros/**/*.md']) {
      const { code, stderr, results } = await lintJson(cwd, [pattern]);
      expect({ code, stderr, files: [...results.keys()] }, pattern).toEqual({ code: 1, stderr: '', files: ['macros/reply.md', 'macros/sub/clean.md'] });
    }
  });

  it('named explicitly, a loop is a file that cannot be read (ELOOP); the other files are linted', async () => {
    const cwd = bytesTree({ 'reply.md': CLEAN_REPLY });
    symlinkSync('loop.md', path.join(cwd, 'loop.md'));
    const { code, results } = await lintJson(cwd, ['loop.md', 'reply.md']);
    expect(code).toBe(1);
    expect(results.get('loop.md')!.messages).toEqual([
      { ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: ELOOP.', line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
    expect(results.get('reply.md')!.messages).toEqual([]);
  });
});

describe('unreadable files (EACCES)', () => {
  // root reads a file whatever its mode: chmod 000 proves nothing there.
  it.skipIf(isRoot)('chmod 000: a fatal error naming the file; the other files are linted; exit 1', async () => {
    const cwd = bytesTree({ 'secret.md': WRONG_REPLY, 'reply.md': WRONG_REPLY });
    chmodSync(path.join(cwd, 'secret.md'), 0o000);
    try {
      const run = await lint(cwd, ['-f', 'unix', '.']);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^reply\.md:3:24: .*no-customer-wrong\]\nsecret\.md:1:1: Cannot read file: EACCES\. \[Error\]\n/);
    } finally {
      chmodSync(path.join(cwd, 'secret.md'), 0o644);
    }
  });

  it('with the read failing (injected, so it runs as root too): the same, through the CLI with the real rules', async () => {
    const cwd = bytesTree({ 'secret.md': WRONG_REPLY, 'reply.md': WRONG_REPLY });
    const readFails = async (absPath: string): Promise<Uint8Array> => {
      if (absPath.endsWith('secret.md')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return readFile(absPath);
    };
    const real = { loadConfig: defaultDeps.loadConfig, loadRules: defaultDeps.loadRules, lintText };
    const out = await runMain(['--no-config-lookup', '-f', 'unix', '.'], { cwd, deps: { ...real, readFile: readFails } });
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^reply\.md:3:24: .*no-customer-wrong\]\nsecret\.md:1:1: Cannot read file: EACCES\. \[Error\]\n\n2 problems\n$/);
  });
});

describe('missing paths', () => {
  it('are a usage error naming the pattern: exit 2, nothing linted', async () => {
    const cwd = bytesTree({ 'reply.md': WRONG_REPLY });
    for (const pattern of ['missing.md', 'missing/', 'drafts/**/*.md']) {
      expect(await lint(cwd, ['reply.md', pattern]), pattern).toEqual({
        code: 2,
        stdout: '',
        stderr: `macrolint: No files matching the pattern "${pattern}" were found.\n`,
      });
    }
  });

  it('are skipped with --no-error-on-unmatched-pattern: the rest is linted as usual', async () => {
    const cwd = bytesTree({ 'reply.md': WRONG_REPLY, 'clean.md': CLEAN_REPLY });
    expect(await lint(cwd, ['--no-error-on-unmatched-pattern', 'missing.md', 'clean.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const run = await lint(cwd, ['--no-error-on-unmatched-pattern', '-f', 'unix', 'missing/*.md', 'reply.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^reply\.md:3:24: /);
    expect(await lint(cwd, ['--no-error-on-unmatched-pattern', 'missing.md'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('a directory named like a template file', () => {
  it('is walked as a directory, named or found by a walk; a glob for files does not take it for one', async () => {
    const cwd = bytesTree({ 'reply.md/inner.md': WRONG_REPLY, 'reply.md/notes.txt': CLEAN_REPLY, 'top.md': CLEAN_REPLY });
    for (const pattern of ['reply.md', '.']) {
      const { code, results } = await lintJson(cwd, [pattern]);
      expect(code, pattern).toBe(1);
      expect([...results.keys()].filter((name) => name.startsWith('reply.md')), pattern).toEqual(['reply.md/inner.md', 'reply.md/notes.txt']);
    }
    const { code, results } = await lintJson(cwd, ['*.md']);
    expect({ code, files: [...results.keys()] }).toEqual({ code: 0, files: ['top.md'] });
  });

  it('with no template in it, is a pattern that matched nothing (exit 2)', async () => {
    const cwd = bytesTree({ 'reply.md/image.png': 'x', 'top.md': CLEAN_REPLY });
    expect(await lint(cwd, ['reply.md'])).toEqual({ code: 2, stdout: '', stderr: 'macrolint: No files matching the pattern "reply.md" were found.\n' });
  });
});
