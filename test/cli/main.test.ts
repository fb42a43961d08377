import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { FakeConfigError, runMain } from './run-main.js';

let tree: TempTree;
afterEach(() => tree?.remove());

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

function project(files: Record<string, string> = {}): string {
  tree = tempTree({ 'clean.md': 'Hello.\n', 'warn.md': 'We are sorry.\n', 'bad.md': 'You are wrong.\n', ...files });
  return tree.root;
}

describe('main: exit codes', () => {
  it('exits 0 and prints nothing for clean files', async () => {
    const cwd = project();
    expect(await runMain(['clean.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 0 with warnings only, and prints them', async () => {
    const out = await runMain(['warn.md', 'clean.md'], { cwd: project() });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('warn.md\n  1:8  warning  Found "sorry".  fake-sorry');
    expect(out.stdout).toContain('\u2716 1 problem (0 errors, 1 warning)');
  });

  it('exits 1 with any error, linting the whole directory by default', async () => {
    const out = await runMain([], { cwd: project() });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('bad.md');
    expect(out.stdout).toContain('\u2716 2 problems (1 error, 1 warning)');
  });

  it('exits 1 for a fatal (unreadable) file', async () => {
    const cwd = project();
    const out = await runMain(['clean.md'], {
      cwd,
      fakes: { readFile: async () => Promise.reject(Object.assign(new Error('x'), { code: 'EISDIR' })) },
    });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('error  Cannot read file: EISDIR.');
  });

  it('exits 2 naming a pattern that matches nothing, unless told not to', async () => {
    const cwd = project();
    const out = await runMain(['missing/*.md'], { cwd });
    expect(out).toMatchObject({ code: 2, stdout: '' });
    expect(out.stderr).toBe('macrolint: No files matching the pattern "missing/*.md" were found.\n');
    expect((await runMain(['missing/*.md', 'clean.md', '--no-error-on-unmatched-pattern'], { cwd })).code).toBe(0);
  });

  it('exits 2 when every file a pattern matches is ignored', async () => {
    const cwd = project({ '.macrolintignore': 'drafts/\n', 'drafts/a.md': 'wrong' });
    const out = await runMain(['drafts'], { cwd });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('All files matched by "drafts" are ignored.');
  });

  it('warns about an explicitly named ignored file, and lints it with --no-ignore', async () => {
    const cwd = project({ '.macrolintignore': 'bad.md\n' });
    const warned = await runMain(['bad.md'], { cwd });
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('warning  File ignored because of a matching ignore pattern.');
    expect((await runMain(['bad.md', '--no-warn-ignored'], { cwd })).stdout).toBe('');
    expect((await runMain(['bad.md', '--no-ignore'], { cwd })).code).toBe(1);
  });

  it('exits 2 with the message of a config error', async () => {
    const out = await runMain(['clean.md'], {
      cwd: project(),
      deps: { loadConfig: async () => Promise.reject(new FakeConfigError('.macrolintrc.json: rules.nope: Unknown rule "nope".')) },
    });
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'macrolint: .macrolintrc.json: rules.nope: Unknown rule "nope".\n' });
  });

  it('exits 2 on an internal error, with the stack only under DEBUG=macrolint', async () => {
    const cwd = project();
    const crash = { lintText: () => { throw new Error('boom'); } };
    const plain = await runMain(['bad.md'], { cwd, deps: crash });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('macrolint: internal error: boom\n');
    expect(plain.stderr).not.toContain('    at ');
    const debug = await runMain(['bad.md'], { cwd, deps: crash, env: { DEBUG: 'macrolint' } });
    expect(debug.stderr).toContain('    at ');
  });
});

describe('main: usage errors', () => {
  it('exits 2, not 1, for an unknown option', async () => {
    const out = await runMain(['--fix-everything'], { cwd: project() });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain("error: unknown option '--fix-everything'");
  });

  it('exits 2 for an unknown formatter, listing the known ones', async () => {
    const out = await runMain(['-f', 'tap', 'clean.md'], { cwd: project() });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('macrolint: Unknown formatter "tap". Available formatters: checkstyle, compact, github, html, json, junit, sarif, stylish, unix. A custom formatter is a path to a module or an installed macrolint-formatter-<name> package.\n');
  });

  it('exits 2 for a bad --max-warnings value or a missing option argument', async () => {
    expect((await runMain(['--max-warnings', 'lots'], { cwd: project() })).code).toBe(2);
    expect((await runMain(['-f'], { cwd: tree.root })).code).toBe(2);
  });

  it('exits 2 for flag combinations that make no sense', async () => {
    const cwd = project();
    expect((await runMain(['--stdin-filename', 'x.md'], { cwd })).stderr).toContain('--stdin-filename only applies together with --stdin');
    expect((await runMain(['--stdin', 'a.md'], { cwd, stdin: '' })).code).toBe(2);
    expect((await runMain(['--print-config', 'a.md', 'b.md'], { cwd })).code).toBe(2);
  });

  it('exits 2 for an invalid --rule', async () => {
    const out = await runMain(['--rule', 'nonsense', 'clean.md'], { cwd: project() });
    expect(out).toMatchObject({ code: 2, stderr: 'macrolint: Invalid --rule "nonsense".\n' });
  });
});

describe('main: warnings and quiet', () => {
  it('fails when warnings exceed --max-warnings, saying so', async () => {
    const cwd = project({ 'warn2.md': 'sorry' });
    const out = await runMain(['warn.md', 'warn2.md', '--max-warnings', '1'], { cwd });
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('macrolint found too many warnings (maximum: 1).\n');
    expect((await runMain(['warn.md', 'warn2.md', '--max-warnings', '2'], { cwd })).code).toBe(0);
  });

  it('--quiet hides warnings but --max-warnings still counts them', async () => {
    const cwd = project();
    expect(await runMain(['warn.md', '--quiet'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await runMain(['warn.md', '--quiet', '--max-warnings', '0'], { cwd })).code).toBe(1);
    const mixed = await runMain(['--quiet'], { cwd });
    expect(mixed.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)');
    expect(mixed.stdout).not.toContain('sorry');
  });
});

describe('main: output', () => {
  it('-o writes the report (creating folders, no colour) and keeps the exit code', async () => {
    const cwd = project();
    const out = await runMain(['-o', 'reports/deep/lint.txt', '--color'], { cwd, env: { FORCE_COLOR: '3' }, isTTY: true });
    expect(out).toEqual({ code: 1, stdout: '', stderr: '' });
    const written = readFileSync(tree.path('reports/deep/lint.txt'), 'utf8');
    expect(written).toContain('bad.md');
    expect(written).not.toMatch(ANSI);
  });

  it('-o writes even an empty report, and exit 0 stays 0', async () => {
    const out = await runMain(['clean.md', '-o', 'r.json', '-f', 'json'], { cwd: project() });
    expect(out.code).toBe(0);
    expect(JSON.parse(readFileSync(tree.path('r.json'), 'utf8'))).toHaveLength(1);
  });

  it('-o to a path it cannot write is a usage error', async () => {
    const cwd = project();
    const out = await runMain(['clean.md', '-o', 'clean.md/report.txt'], { cwd });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^macrolint: Cannot write the report to clean\.md\/report\.txt: E[A-Z]+\.\n$/);
    expect(existsSync(tree.path('clean.md/report.txt'))).toBe(false);
  });

  it('-f json prints ESLint-shaped JSON', async () => {
    const out = await runMain(['bad.md', '-f', 'json'], { cwd: project() });
    expect(out.code).toBe(1);
    const [result] = JSON.parse(out.stdout) as Array<Record<string, unknown>>;
    expect(result).toMatchObject({ filePath: tree.path('bad.md'), errorCount: 1, warningCount: 0 });
  });
});

describe('main: colour', () => {
  const run = (argv: string[], env: Record<string, string>, isTTY: boolean) =>
    runMain(['bad.md', ...argv], { cwd: project(), env, isTTY }).then((o) => ANSI.test(o.stdout));

  it('follows the flag, then FORCE_COLOR, then NO_COLOR, then the TTY', async () => {
    expect(await run([], {}, false)).toBe(false);
    expect(await run([], {}, true)).toBe(true);
    expect(await run([], { NO_COLOR: '1' }, true)).toBe(false);
    expect(await run([], { NO_COLOR: '' }, true)).toBe(true);
    expect(await run([], { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(await run([], { FORCE_COLOR: '0' }, true)).toBe(false);
    expect(await run(['--color'], { NO_COLOR: '1' }, false)).toBe(true);
    expect(await run(['--no-color'], { FORCE_COLOR: '1' }, true)).toBe(false);
  });
});

describe('main: stdin', () => {
  it('lints stdin as <text>', async () => {
    const out = await runMain(['--stdin'], { cwd: project(), stdin: 'You are wrong.\n' });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('<text>\n  1:9  error  Found "wrong".  fake-wrong');
  });

  it('uses --stdin-filename for the reported path', async () => {
    const out = await runMain(['--stdin', '--stdin-filename', 'macros/reply.md', '-f', 'json'], {
      cwd: project(),
      stdin: '\uFEFFsorry',
    });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)[0]).toMatchObject({ filePath: tree.path('macros/reply.md'), warningCount: 1 });
  });
});

describe('main: information commands', () => {
  it('--print-config prints the effective config as JSON, with --rule applied', async () => {
    const out = await runMain(['--print-config', 'macros/a.md', '--rule', 'fake-sorry: off', '--rule', 'fake-wrong: warn'], {
      cwd: project(),
    });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({
      file: tree.path('macros/a.md'),
      rules: expect.any(Object),
      overrides: { 'fake-sorry': 'off', 'fake-wrong': 'warn' },
    });
  });

  it('--list-rules lists id, type, recommended severity and description', async () => {
    const out = await runMain(['--list-rules'], { cwd: project() });
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RULE\s+TYPE\s+RECOMMENDED\s+DESCRIPTION$/);
    expect(lines[1]).toMatch(/^fake-sorry\s+tone\s+-\s+Fake rule fake-sorry\.$/);
    const json = await runMain(['--list-rules', '-f', 'json'], { cwd: tree.root });
    expect(JSON.parse(json.stdout)).toHaveLength(2);
  });

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      expect(await runMain([flag], { cwd: project() })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  it('--help prints usage and every option', async () => {
    const out = await runMain(['--help'], { cwd: project() });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('Usage: macrolint [options] [patterns...]');
    for (const flag of ['--config', '--no-config-lookup', '--format', '--output-file', '--max-warnings', '--quiet', '--rule', '--stdin', '--stdin-filename', '--print-config', '--list-rules', '--color', '--no-color', '--version', '--no-error-on-unmatched-pattern']) {
      expect(out.stdout).toContain(flag);
    }
  });
});
