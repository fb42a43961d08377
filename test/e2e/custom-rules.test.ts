// The built CLI with custom rules and scoping: YAML rules and `test-rules`, broken rule files,
// a plugin installed in a project's node_modules, a plugin's shared config, metadata overrides.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from './run-cli.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const yamlRules = path.join(fixtures, 'yaml-rules');

beforeAll(assertBuilt);

describe('YAML rules', () => {
  it('lint with the rules of the config’s rulesDir, each at its level unless the config sets it', async () => {
    const run = await runCli(['macros', '-f', 'json'], { cwd: yamlRules });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number }> }>;
    expect(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.severity}`)])).toEqual([
      ['bad.md', ['1:1 thank-early 1', '3:1 sorry-before-steps 1', '5:11 one-apology 2', '5:33 no-asap 1']],
      ['good.md', []],
    ]);
  });

  it('test-rules passes on the fixture’s rules and fails on a wrong example', async () => {
    const pass = await runCli(['test-rules'], { cwd: yamlRules });
    expect(pass).toMatchObject({ code: 0, stderr: '' });
    expect(pass.stdout).toMatch(/^✓ no-asap +incorrect +"We will fix it ASAP\."$/m);
    expect(pass.stdout.trimEnd().split('\n').at(-1)).toBe('4 rules, 12 examples: 12 passed, 0 failed.');

    const fail = await runCli(['test-rules', 'failing-examples'], { cwd: yamlRules });
    expect(fail).toMatchObject({ code: 1, stderr: '' });
    expect(fail.stdout).toContain('✖ no-asap  incorrect  "We will fix it soon."\n    expected a problem from no-asap, got none\n');
  });

  it.each([
    ['bad-pattern', 'no-asap.yaml:5:16: patterns[1]: Missing ")" (column 12 of the pattern).'],
    ['bad-key', 'one-apology.yaml:4:1: maximum: is not a known key (did you mean "max"?).'],
  ])('a broken rule file (%s) stops the run with exit 2, naming file:line:column, no stack', async (folder, where) => {
    const cwd = path.join(yamlRules, 'broken', folder);
    for (const args of [[], ['test-rules']]) {
      const run = await runCli(args, { cwd });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`macrolint: Invalid rule file ${path.join(cwd, 'macrolint-rules', where)}\n`);
    }
  });
});

describe('plugins', () => {
  let project: string;

  beforeAll(() => {
    project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-plugin-')));
    fs.cpSync(path.join(fixtures, 'plugins/project'), project, { recursive: true });
    fs.cpSync(path.join(fixtures, 'plugins/macrolint-plugin-acme'), path.join(project, 'node_modules/macrolint-plugin-acme'), { recursive: true });
  });
  afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

  it('reports a plugin rule as acme/<id>', async () => {
    const run = await runCli(['macros'], { cwd: project });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n  3:60 +warning +"T2 team" is Acme jargon .+ +acme\/no-jargon\n/);
  });

  it('extends plugin:acme/strict', async () => {
    const config = path.join(project, 'strict.yaml');
    fs.writeFileSync(config, 'extends: plugin:acme/strict\n');
    const run = await runCli(['-c', 'strict.yaml', '-f', 'json', 'macros'], { cwd: project });
    expect(run.code).toBe(1);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; severity: number }> }>;
    expect(result!.messages.map((m) => [m.ruleId, m.severity])).toEqual([['acme/no-jargon', 2]]);
  });

  it('--print-config shows the plugin and its enabled rule', async () => {
    const run = await runCli(['--print-config', 'macros/escalation.md'], { cwd: project });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      rules: { 'acme/no-jargon': ['warn', {}] },
      plugins: [{ prefix: 'acme', name: 'macrolint-plugin-acme', version: '1.2.0', path: path.join(project, 'node_modules/macrolint-plugin-acme/index.js'), rules: ['acme/no-jargon'] }],
      ignores: [],
    });
  });

  it('--list-rules lists the plugin’s rule with the built-in ones', async () => {
    const run = await runCli(['--list-rules', '-f', 'json'], { cwd: project });
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; source: string; recommended: string }>;
    expect(rows).toContainEqual(expect.objectContaining({ id: 'acme/no-jargon', source: 'plugin', recommended: 'warn' }));
    expect(rows).toContainEqual(expect.objectContaining({ id: 'no-blame', source: 'built-in' }));
  });

  it('an unknown plugin is exit 2, naming the config, the key path and the installed plugins', async () => {
    fs.writeFileSync(path.join(project, 'typo.yaml'), 'plugins: [macrolint-plugin-acmee]\n');
    const run = await runCli(['-c', 'typo.yaml', 'macros'], { cwd: project });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `macrolint: Invalid config in ${path.join(project, 'typo.yaml')}: plugins[0]: cannot find plugin "macrolint-plugin-acmee" from ${project} (installed plugins: macrolint-plugin-acme; did you mean "macrolint-plugin-acme"?).\n`,
    );
  });
});

describe('metadata overrides', () => {
  it('scope rules by front matter: audience internal/partner off, tag escalation an error', async () => {
    const run = await runCli(['-f', 'json'], { cwd: path.join(fixtures, 'metadata-overrides') });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number }> }>;
    expect(Object.fromEntries(results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.severity])]))).toEqual({
      'customer-reset.md': [['acknowledge-before-resolving', 1]],
      'escalated-reset.md': [['acknowledge-before-resolving', 2]],
      'internal-reset.md': [],
      'partner-reset.md': [],
    });
  });
});
