// The CLI's commands for custom rules, in-process: `test-rules`, and --list-rules with the
// config's plugin and YAML rules.
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { RuleModule } from '../../src/types.js';
import { fakeDeps } from '../engine/fake-deps.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { runMain } from './run-main.js';

const yamlFixture = fileURLToPath(new URL('../../fixtures/yaml-rules/', import.meta.url));

let tree: TempTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

describe('macrolint test-rules', () => {
  it('runs the examples of the config’s rules folder: one line per example, a summary, exit 0', async () => {
    const out = await runMain(['test-rules'], { cwd: yamlFixture, deps: { loadConfig } });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n');
    expect(lines).toContain('✓ no-asap             incorrect  "We will fix it ASAP."');
    expect(lines).toContain('✓ thank-early         correct    "Hi Sam,\\n\\nThanks for getting in touch. Your refund is on its way."');
    expect(lines.filter((line) => line.startsWith('✓'))).toHaveLength(12);
    expect(lines.at(-1)).toBe('4 rules, 12 examples: 12 passed, 0 failed.');
  });

  it('takes a folder, and exits 1 with the reason when an example fails', async () => {
    const out = await runMain(['test-rules', 'failing-examples'], { cwd: yamlFixture });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(
      [
        '✓ no-asap  incorrect  "We will fix it ASAP."',
        '✖ no-asap  incorrect  "We will fix it soon."',
        '    expected a problem from no-asap, got none',
        '✓ no-asap  correct    "We will fix it by Friday."',
        '',
        '1 rule, 3 examples: 2 passed, 1 failed.',
        '',
      ].join('\n'),
    );
  });

  it('shows what a correct example was flagged for, and lists rules without examples', async () => {
    tree = tempTree({
      'rules/no-asap.yaml': "message: 'Say when, not \"{{phrase}}\".'\nkind: phrase\npatterns: [asap]\nexamples:\n  correct: [Fix it ASAP.]\n",
      'rules/bare.yaml': 'message: m\nkind: phrase\npatterns: [soon]\n',
    });
    const out = await runMain(['test-rules', 'rules'], { cwd: tree.root });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe(
      [
        '✖ no-asap  correct    "Fix it ASAP."',
        '    expected no problem, got 1:8 "ASAP": Say when, not "ASAP".',
        `- bare     no examples (${tree.path('rules/bare.yaml')})`,
        '',
        '2 rules, 1 example: 0 passed, 1 failed.',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 for a broken rule file, naming its file, line and column', async () => {
    const out = await runMain(['test-rules', 'broken/bad-pattern/macrolint-rules'], { cwd: yamlFixture });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^macrolint: Invalid rule file \S+\/broken\/bad-pattern\/macrolint-rules\/no-asap\.yaml:5:16: patterns\[1\]: Missing "\)"/);
  });

  it('exits 2 when there is nothing to test', async () => {
    tree = tempTree({ 'a.md': 'Hi.' });
    const noDir = await runMain(['test-rules', 'nope'], { cwd: tree.root });
    expect(noDir).toMatchObject({ code: 2, stdout: '' });
    expect(noDir.stderr).toBe(`macrolint: Cannot read the rules folder "nope" (${tree.path('nope')}): no such folder.\n`);
    const noConfig = await runMain(['test-rules'], { cwd: tree.root });
    expect(noConfig.code).toBe(2);
    expect(noConfig.stderr).toBe('macrolint: Nothing to test: no config file was found. Name a folder of YAML rules: macrolint test-rules ./macrolint-rules\n');
  });

  it('is listed in --help', async () => {
    const out = await runMain(['--help'], { cwd: yamlFixture });
    expect(out.stdout).toMatch(/Commands:\n\s+test-rules \[dir\]\s+run every YAML rule's examples/);
  });
});

describe('--list-rules with custom rules', () => {
  it('lists the config’s plugin and YAML rules with the built-in ones, and says where each comes from', async () => {
    const rule = (id: string, recommended: RuleModule['meta']['docs']['recommended']): RuleModule => ({
      meta: { id, type: 'style', docs: { description: `About ${id}.`, recommended }, messages: {} },
      create: () => undefined,
    });
    const { deps } = fakeDeps({ customRules: new Map([['acme/no-jargon', rule('no-jargon', 'warn')], ['no-asap', rule('no-asap', 'error')]]) });
    const loadConfigWithYaml: typeof deps.loadConfig = async (options) => ({
      ...(await deps.loadConfig(options)),
      yamlRules: [{ id: 'no-asap' } as never],
    });
    const out = await runMain(['--list-rules', '-f', 'json'], { cwd: yamlFixture, deps: { loadConfig: loadConfigWithYaml } });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      { id: 'acme/no-jargon', type: 'style', recommended: 'warn', description: 'About no-jargon.', source: 'plugin' },
      expect.objectContaining({ id: 'fake-sorry', source: 'built-in' }),
      expect.objectContaining({ id: 'fake-wrong', source: 'built-in' }),
      { id: 'no-asap', type: 'style', recommended: 'error', description: 'About no-asap.', source: 'yaml' },
    ]);
  });
});
