// The built CLI on the fixtures under fixtures/cli/, checked by exit code and output.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, bin, fixture, repoRoot, runCli } from './run-cli.js';

const CLEAN = 'Hi {{ticket.requester.first_name | default: "there"}},\n\nThanks for getting in touch. I have refunded your order.\n\nIf anything else comes up, just reply to this email.\n';
const BAD = 'You are wrong about the charge.\n';

beforeAll(assertBuilt);

describe('bin/macrolint.js', () => {
  it('is executable and starts with a shebang', () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'], { cwd: fixture('clean') })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help', async () => {
    const run = await runCli(['--help'], { cwd: fixture('clean') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: macrolint [options] [patterns...]');
  });
});

describe('lint runs', () => {
  it('exits 0 silently on a clean folder', async () => {
    expect(await runCli([], { cwd: fixture('clean') })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 and reports the error with its rule id', async () => {
    const run = await runCli(['macros'], { cwd: fixture('errors') });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^\nmacros\/charge-dispute\.md\n/);
    expect(run.stdout).toMatch(/\n\s+3:1\s+error\s+.+\s+no-customer-wrong\n/);
    expect(run.stdout).not.toContain('macros/clean.md');
    expect(run.stdout).toMatch(/\n\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?\)\n$/);
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('prints ESLint-shaped JSON with -f json', async () => {
    const run = await runCli(['-f', 'json'], { cwd: fixture('errors') });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; messages: Array<Record<string, unknown>> }>;
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['charge-dispute.md', 'clean.md']);
    expect(results[0]!.filePath).toBe(path.join(fixture('errors'), 'macros/charge-dispute.md'));
    expect(results[0]!.messages).toContainEqual(
      expect.objectContaining({ ruleId: 'no-customer-wrong', severity: 2, line: 3, column: 1, endLine: 3 }),
    );
    expect(results[1]!.errorCount).toBe(0);
  });

  it('allows warnings unless --max-warnings is exceeded', async () => {
    const cwd = fixture('warnings');
    const run = await runCli([], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/warning\s+.+\s+no-customer-wrong/);
    const strict = await runCli(['--max-warnings', '0'], { cwd });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('macrolint found too many warnings (maximum: 0).\n');
    expect((await runCli(['--quiet'], { cwd })).stdout).toBe('');
  });

  it('--rule overrides the config', async () => {
    const run = await runCli(['--rule', 'no-customer-wrong: off'], { cwd: fixture('errors') });
    expect(run.stdout).not.toContain('no-customer-wrong');
  });

  it('respects .macrolintignore and config ignores, and warns about ignored files named explicitly', async () => {
    const cwd = fixture('ignored');
    expect(await runCli([], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    const named = await runCli(['drafts/charge-dispute.md'], { cwd });
    expect(named.code).toBe(0);
    expect(named.stdout).toContain('File ignored because of a matching ignore pattern.');
    expect((await runCli(['drafts'], { cwd })).code).toBe(2);
    expect((await runCli(['--no-ignore'], { cwd })).code).toBe(1);
  });

  it('writes the report to a file with -o, keeping the exit code and leaving stdout empty', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-'));
    try {
      const out = path.join(dir, 'reports', 'lint.txt');
      const run = await runCli(['-o', out, '--color'], { cwd: fixture('errors') });
      expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
      const report = readFileSync(out, 'utf8');
      expect(report).toContain('no-customer-wrong');
      expect(report).not.toContain('\u001b[');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('colours only when asked', async () => {
    const run = await runCli(['--color'], { cwd: fixture('errors') });
    expect(run.stdout).toContain('\u001b[');
  });
});

describe('stdin', () => {
  it('lints text from stdin', async () => {
    const bad = await runCli(['--stdin'], { cwd: fixture('clean'), stdin: BAD });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^\n<text>\n\s+1:1\s+error/);
    expect(await runCli(['--stdin'], { cwd: fixture('clean'), stdin: `\uFEFF${CLEAN}` })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('uses --stdin-filename for the path, config and ignores', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'macros/new.md', '-f', 'json'], { cwd: fixture('errors'), stdin: BAD });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].filePath).toBe(path.join(fixture('errors'), 'macros/new.md'));
    const ignored = await runCli(['--stdin', '--stdin-filename', 'drafts/x.md'], { cwd: fixture('ignored'), stdin: BAD });
    expect(ignored.code).toBe(0);
    expect(ignored.stdout).toContain('File ignored');
  });
});

describe('exit code 2', () => {
  it('for a config file that is not valid JSON, naming the file', async () => {
    const run = await runCli([], { cwd: fixture('broken-config') });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('.macrolintrc.json');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it('for an invalid config, with the key path', async () => {
    const run = await runCli([], { cwd: fixture('invalid-config') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-customer-wrong');
  });

  it('for a folder without templates, or a pattern that matches nothing', async () => {
    const none = await runCli([], { cwd: fixture('no-templates') });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'macrolint: No files matching the pattern "." were found.\n' });
    const missing = await runCli(['macros/*.liquid'], { cwd: fixture('clean') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('"macros/*.liquid"');
    expect((await runCli(['macros/*.liquid', '--no-error-on-unmatched-pattern'], { cwd: fixture('clean') })).code).toBe(0);
  });

  it('for an unknown option or formatter', async () => {
    const option = await runCli(['--cache-strategy', 'metadata'], { cwd: fixture('clean') });
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("unknown option '--cache-strategy'");
    const format = await runCli(['-f', 'tap'], { cwd: fixture('clean') });
    expect(format).toMatchObject({ code: 2, stdout: '' });
    expect(format.stderr).toContain('Available formatters: checkstyle, compact, github, html, json, junit, sarif, stylish, unix.');
  });
});

describe('information commands', () => {
  it('--list-rules lists the built-in rules', async () => {
    const run = await runCli(['--list-rules'], { cwd: fixture('clean') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^no-customer-wrong\s+tone\s+error\s+\S/m);
    const json = JSON.parse((await runCli(['--list-rules', '-f', 'json'], { cwd: fixture('clean') })).stdout) as Array<{ id: string }>;
    expect(json.map((r) => r.id)).toContain('no-customer-wrong');
  });

  it('--print-config prints the effective config', async () => {
    const run = await runCli(['--print-config', 'macros/x.md'], { cwd: fixture('warnings') });
    expect(run.code).toBe(0);
    const config = JSON.parse(run.stdout) as { rules: Record<string, unknown[]> };
    expect(config.rules['no-customer-wrong']?.[0]).toBe('warn');
  });
});
