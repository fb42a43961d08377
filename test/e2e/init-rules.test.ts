// `macrolint --init` and `macrolint rules [id]` through the built CLI, as a user's shell runs them:
// the written config drives the next lint run, and a rule's README is found from any folder.
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/types.js';
import { assertBuilt, repoRoot, runCli } from './run-cli.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function emptyFolder(): string {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-init-')));
  return dir;
}

beforeAll(() => assertBuilt());

describe('macrolint --init (built CLI)', () => {
  it('writes a config that the next run uses to lint a Gorgias export it would otherwise skip', async () => {
    const cwd = emptyFolder();
    cpSync(path.join(repoRoot, 'fixtures/platforms/gorgias'), path.join(cwd, 'gorgias'), { recursive: true });
    // Without a config, a directory walk does not read JSON files.
    expect((await runCli(['gorgias'], { cwd })).code).toBe(2);

    const init = await runCli(['--init', '--platform', 'gorgias'], { cwd });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('  npx macrolint gorgias\n');
    expect(readFileSync(path.join(cwd, '.macrolintrc.yaml'), 'utf8')).toContain('placeholder-known: [warn, { platform: gorgias, known: [] }]');

    const lint = await runCli(['gorgias', '-f', 'json'], { cwd });
    const [result] = JSON.parse(lint.stdout) as FileResult[];
    expect(result!.filePath).toBe(path.join(cwd, 'gorgias/macros.json'));
    expect(result!.templates.length).toBeGreaterThan(0);
    expect(result!.messages.some((m) => m.ruleId === 'no-policy-shield')).toBe(true);
    expect(lint.code).toBe(1);

    const again = await runCli(['--init', '--platform', 'zendesk'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`A config file already exists: ${path.join(cwd, '.macrolintrc.yaml')}.`);
  });

  it('exits 2 at once, writing nothing, when stdin is not a terminal and --platform is missing', async () => {
    const cwd = emptyFolder();
    const out = await runCli(['--init'], { cwd, stdin: '1\n' });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('Name it with --platform');
    expect(existsSync(path.join(cwd, '.macrolintrc.yaml'))).toBe(false);
  });
});

describe('macrolint rules (built CLI)', () => {
  it('lists the rules exactly as --list-rules does', async () => {
    const cwd = emptyFolder();
    const [rules, listed] = await Promise.all([runCli(['rules'], { cwd }), runCli(['--list-rules'], { cwd })]);
    expect(rules).toEqual(listed);
    expect(rules.code).toBe(0);
  });

  it('prints a rule’s README from the installed package, plain with NO_COLOR and coloured with FORCE_COLOR', async () => {
    const cwd = emptyFolder();
    const plain = await runCli(['rules', 'placeholder-known'], { cwd });
    expect(plain.code).toBe(0);
    expect(plain.stdout.split('\n').slice(0, 4)).toEqual([
      'placeholder-known · template · built-in · recommended: warn · fixable: yes · suggestions: yes',
      '',
      'placeholder-known',
      '=================',
    ]);
    expect(plain.stdout).toContain('\n`platform`\n  Type: ');
    expect(plain.stdout).not.toMatch(ANSI);
    const colored = await runCli(['rules', 'placeholder-known'], { cwd, env: { FORCE_COLOR: '1' } });
    expect(colored.stdout).toMatch(ANSI);
  });

  it('exits 2 for an unknown rule, suggesting the closest', async () => {
    const out = await runCli(['rules', 'thank-customer'], { cwd: emptyFolder() });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe('macrolint: Unknown rule "thank-customer" (did you mean "thank-the-customer"?). Run "macrolint rules" to list the rules.\n');
  });
});
