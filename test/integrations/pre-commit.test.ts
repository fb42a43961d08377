// Runs the hook in .pre-commit-hooks.yaml through the real `pre-commit` program, the way a user's
// repository consumes it: `repo:` + `rev:` pointing at a git repository that holds our manifest.
// Locally the suite is skipped (with a message) when pre-commit is missing; in CI it must run:
// .ci/run installs Debian's pre-commit package.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { assertBuilt } from '../e2e/run-cli.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/integrations/pre-commit/', import.meta.url));
const manifestPath = join(repoRoot, '.pre-commit-hooks.yaml');

const inCi = !!process.env.CI && !/^(0|false)$/i.test(process.env.CI);
const preCommitVersion = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const havePreCommit = preCommitVersion.status === 0;
const missingMessage =
  'pre-commit is not installed, so the pre-commit integration tests are skipped. ' +
  'Install it (`apt-get install pre-commit` or `pipx install pre-commit`) to run them; .ci/run does.';

interface Run {
  code: number | null;
  output: string;
}

/** A clean environment: no git variables leaking in from a hook that runs this suite, no colour. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name.startsWith('GIT_') || name === 'FORCE_COLOR' || name === 'DEBUG' || name === 'PRE_COMMIT') delete env[name];
  }
  return { ...env, NO_COLOR: '1', ...extra };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

if (!havePreCommit && inCi) {
  describe('pre-commit integration', () => {
    it('has the pre-commit program (required in CI)', () => {
      throw new Error(`${missingMessage}\nIn CI these tests must not be skipped: .ci/run should have installed it.`);
    });
  });
} else if (!havePreCommit) {
  console.warn(`[test/integrations/pre-commit] ${missingMessage}`);
  describe.skip(`pre-commit integration (skipped: ${missingMessage})`, () => {
    it('runs the hook', () => {});
  });
} else {
  describe(`pre-commit integration (${preCommitVersion.stdout.trim()})`, () => {
    let base: string;
    let hookRepo: string;
    let project: string;
    let env: NodeJS.ProcessEnv;
    const git = async (cwd: string, ...args: string[]): Promise<string> => {
      const result = await run('git', args, cwd, env);
      if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed (${result.code}):\n${result.output}`);
      return result.output.trim();
    };
    const initRepo = async (dir: string): Promise<void> => {
      mkdirSync(dir, { recursive: true });
      await git(dir, 'init', '-q');
      await git(dir, 'config', 'user.email', 'ci@macrolint.invalid');
      await git(dir, 'config', 'user.name', 'macrolint tests');
      await git(dir, 'config', 'commit.gpgsign', 'false');
    };
    const preCommit = (...args: string[]): Promise<Run> => run('pre-commit', [...args, '--color', 'never'], project, env);

    beforeAll(async () => {
      assertBuilt();
      base = mkdtempSync(join(tmpdir(), 'macrolint-pre-commit-'));
      env = cleanEnv({
        PRE_COMMIT_HOME: join(base, 'cache'),
        HOME: join(base, 'home'),
        // Neither the machine's nor the user's git config (a core.hooksPath would stop `pre-commit install`).
        GIT_CONFIG_NOSYSTEM: '1',
      });
      mkdirSync(join(base, 'home'));

      // The hook repository: exactly our manifest, committed (pre-commit clones `rev`, so the
      // working tree's manifest is what gets tested, committed or not).
      hookRepo = join(base, 'hook-repo');
      await initRepo(hookRepo);
      cpSync(manifestPath, join(hookRepo, '.pre-commit-hooks.yaml'));
      await git(hookRepo, 'add', '.pre-commit-hooks.yaml');
      await git(hookRepo, 'commit', '-q', '-m', 'hooks');
      const rev = await git(hookRepo, 'rev-parse', 'HEAD');

      // The user's project: macrolint installed in node_modules (a link to this checkout, as
      // `npm install --save-dev macrolint` would leave it), templates, and a pre-commit config.
      project = join(base, 'project');
      await initRepo(project);
      cpSync(fixtures, project, { recursive: true });
      mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
      symlinkSync(repoRoot, join(project, 'node_modules', 'macrolint'), 'dir');
      symlinkSync('../macrolint/bin/macrolint.js', join(project, 'node_modules', '.bin', 'macrolint'));
      writeFileSync(join(project, '.gitignore'), 'node_modules/\n');
      writeFileSync(
        join(project, '.pre-commit-config.yaml'),
        stringify({ repos: [{ repo: hookRepo, rev, hooks: [{ id: 'macrolint' }] }] }),
      );
      await git(project, 'add', '.');
    }, 60_000);

    afterAll(() => {
      if (base) rmSync(base, { recursive: true, force: true });
    });

    it('publishes a manifest that pre-commit accepts', async () => {
      const result = await run('pre-commit', ['validate-manifest', manifestPath], repoRoot, env);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
      const hooks = parse(readFileSync(manifestPath, 'utf8')) as Array<Record<string, unknown>>;
      expect(hooks.map((hook) => hook.id)).toContain('macrolint');
    });

    it('fails on a bad template, naming the file and the rule, and ignores non-template files', async () => {
      const result = await preCommit('run', '--all-files');
      expect(result.output).toMatch(/macrolint\.+Failed/);
      expect(result.output).toContain('- exit code: 1');
      expect(result.output).toContain('bad.md');
      expect(result.output).toContain('no-customer-wrong');
      expect(result.output).not.toContain('good.txt');
      expect(result.output).not.toContain('not-a-template.js');
      expect(result.code).toBe(1);
    }, 60_000);

    it('passes when only the good files are checked', async () => {
      const result = await preCommit('run', '--files', 'good.txt', 'fixed.md', 'not-a-template.js');
      expect(result.output).toMatch(/macrolint\.+Passed/);
      expect(result.code).toBe(0);
    }, 60_000);

    it('blocks a commit through the installed git hook, then lets it through once the file is fixed', async () => {
      const install = await preCommit('install');
      expect(install.code, install.output).toBe(0);

      const blocked = await run('git', ['commit', '-q', '-m', 'add macros'], project, env);
      expect(blocked.output).toContain('bad.md');
      expect(blocked.code).not.toBe(0);

      writeFileSync(join(project, 'bad.md'), readFileSync(join(fixtures, 'fixed.md')));
      await git(project, 'add', 'bad.md');
      const all = await preCommit('run', '--all-files');
      expect(all.output).toMatch(/macrolint\.+Passed/);
      expect(all.code).toBe(0);

      const committed = await run('git', ['commit', '-q', '-m', 'add macros'], project, env);
      expect(committed.output).toMatch(/macrolint\.+Passed/);
      expect(committed.code).toBe(0);
    }, 60_000);
  });
}
