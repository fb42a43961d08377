// The composite GitHub Action (action.yml): its shape, and its run step executed with bash the way
// the runner does (inputs become the step's env; the script runs in a project that has macrolint
// in node_modules).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt } from '../e2e/run-cli.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../../fixtures/integrations/pre-commit/', import.meta.url));

interface Step {
  name?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
  uses?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as Action;
const runStep = (): Step => {
  const steps = action.runs.steps.filter((step) => step.run !== undefined);
  expect(steps).toHaveLength(1);
  return steps[0]!;
};

describe('action.yml', () => {
  it('is a composite action with a name and a description', () => {
    expect(action.name).toBe('macrolint');
    expect(action.description).toMatch(/\S/);
    expect(action.runs.using).toBe('composite');
  });

  it('declares the inputs with their defaults, all optional', () => {
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['patterns', 'config', 'format', 'args']));
    expect(action.inputs.patterns!.default).toBe('.');
    expect(action.inputs.format!.default).toBe('github');
    expect(action.inputs.config!.default).toBe('');
    expect(action.inputs.args!.default).toBe('');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, name).toMatch(/\S/);
      expect(input.required ?? false, name).toBe(false);
    }
  });

  it('runs the project’s macrolint with --format from the input, inputs passed through env only', () => {
    const step = runStep();
    // Composite run steps must name their shell.
    expect(step.shell).toBe('bash');
    expect(step.run).toMatch(/npx --no-install macrolint\b/);
    expect(step.run).toContain('--format "$MACROLINT_FORMAT"');
    expect(step.env).toMatchObject({
      MACROLINT_PATTERNS: '${{ inputs.patterns }}',
      MACROLINT_CONFIG: '${{ inputs.config }}',
      MACROLINT_FORMAT: '${{ inputs.format }}',
      MACROLINT_ARGS: '${{ inputs.args }}',
    });
    // No `${{ }}` expression inside the script itself: that is how workflow inputs inject shell code.
    expect(step.run).not.toContain('${{');
    // Setup is the caller's: the action installs nothing and fetches nothing.
    expect(action.runs.steps.some((s) => s.uses)).toBe(false);
  });
});

describe('action.yml run step, executed', () => {
  let base: string;
  let project: string;

  beforeAll(() => {
    assertBuilt();
    base = mkdtempSync(join(tmpdir(), 'macrolint-action-'));
    project = join(base, 'project');
    mkdirSync(project);
    cpSync(fixtures, join(project, 'macros'), { recursive: true });
    // The caller's `npm ci` would have put macrolint here.
    mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(repoRoot, join(project, 'node_modules', 'macrolint'), 'dir');
    symlinkSync('../macrolint/bin/macrolint.js', join(project, 'node_modules', '.bin', 'macrolint'));
  });

  afterAll(() => {
    if (base) rmSync(base, { recursive: true, force: true });
  });

  /** Runs the step as the runner would: each input's value (or default) in the step's env. */
  function runAction(inputs: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    const step = runStep();
    const values = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, inputs[name] ?? input.default ?? '']));
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, expression]) => [
        key,
        expression.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => values[name] ?? ''),
      ]),
    );
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...stepEnv };
    delete env.FORCE_COLOR;
    delete env.DEBUG;
    return new Promise((resolve, reject) => {
      // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
      const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
        cwd: join(project, values['working-directory'] ?? '.'),
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
  }

  it('fails on the bad template and passes the patterns, config and args through', async () => {
    const result = await runAction({
      patterns: 'macros/bad.md\nmacros/good.txt',
      config: 'macros/.macrolintrc.json',
      format: 'json',
      args: '--quiet',
    });
    // (npx may warn about the machine's npm config on stderr; macrolint itself must not complain.)
    expect(result.stderr).not.toMatch(/macrolint:|error/i);
    const report = JSON.parse(result.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number }>;
    expect(report.map((file) => file.filePath.replace(/\\/g, '/')).sort()).toEqual([
      join(project, 'macros/bad.md').replace(/\\/g, '/'),
      join(project, 'macros/good.txt').replace(/\\/g, '/'),
    ].sort());
    const bad = report.find((file) => file.filePath.endsWith('bad.md'))!;
    expect(bad.errorCount).toBe(1);
    // --quiet (from `args`) dropped the warning.
    expect(bad.warningCount).toBe(0);
    expect(result.code).toBe(1);
  }, 30_000);

  it('does not glob patterns in the shell, and passes on clean templates', async () => {
    const result = await runAction({ patterns: 'macros/*.txt macros/fixed.md', format: 'json' });
    // (npx may warn about the machine's npm config on stderr; macrolint itself must not complain.)
    expect(result.stderr).not.toMatch(/macrolint:|error/i);
    const report = JSON.parse(result.stdout) as Array<{ filePath: string; errorCount: number }>;
    expect(report.map((file) => file.filePath.split(/[\\/]/).pop()).sort()).toEqual(['fixed.md', 'good.txt']);
    expect(result.code).toBe(0);
  }, 30_000);

  it('fails with a usage error when the config input names a missing file', async () => {
    const result = await runAction({ config: 'nope.json', format: 'json' });
    expect(result.stderr).toContain('nope.json');
    expect(result.code).toBe(2);
  }, 30_000);

  // `--format github` is being added alongside this action; test the default once it is built.
  it.runIf(existsSync(join(repoRoot, 'dist/src/formatters/github.js')))(
    'defaults to --format github, printing workflow commands',
    async () => {
      const result = await runAction({ patterns: 'macros/bad.md' });
      expect(result.stdout).toMatch(/^::error /m);
      expect(result.stdout).toContain('bad.md');
      expect(result.code).toBe(1);
    },
    30_000,
  );
});
