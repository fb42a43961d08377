// `macrolint rules [id]` in-process: the list (as --list-rules), a built-in rule's README rendered
// for the terminal, the pages of plugin and YAML rules, colour, escaping and unknown ids.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinReadmePath } from '../../src/cli/rules-command.js';
import { renderMarkdown } from '../../src/cli/terminal-markdown.js';
import { loadConfig } from '../../src/config/index.js';
import { loadAllRules } from '../../src/rules/registry.js';
import type { RuleModule } from '../../src/types.js';
import { fakeDeps } from '../engine/fake-deps.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { runMain, type RunOptions } from './run-main.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const yamlFixture = fileURLToPath(new URL('../../fixtures/yaml-rules/', import.meta.url));
const real = { loadAllRules, loadConfig };

let tree: TempTree | undefined;
afterEach(() => {
  tree?.remove();
  tree = undefined;
});

/** A folder with no config and no rules/ of its own: the README must come from the package. */
function elsewhere(): string {
  tree = tempTree({ 'notes.md': 'Hello.\n' });
  return tree.root;
}

const run = (argv: string[], options: Partial<RunOptions> = {}) => runMain(argv, { cwd: elsewhere(), deps: real, ...options });

describe('macrolint rules (no id)', () => {
  it('prints exactly what --list-rules prints, as a table and with -f json', async () => {
    for (const format of [[], ['-f', 'json']]) {
      const listed = await run(['--list-rules', ...format]);
      const rules = await run(['rules', ...format]);
      expect(rules).toEqual(listed);
      expect(rules.code).toBe(0);
    }
    expect((await run(['rules'])).stdout).toContain('no-blame                      tone       error        Disallow blaming');
  });

  it('lists the config’s YAML rules (-c and lookup apply) and rejects an unknown format', async () => {
    const out = await runMain(['rules', '-f', 'json'], { cwd: yamlFixture, deps: real });
    expect(JSON.parse(out.stdout)).toContainEqual(expect.objectContaining({ id: 'no-asap', source: 'yaml' }));
    const bad = await run(['rules', '-f', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });
});

describe('macrolint rules <built-in id>', () => {
  it('finds the README under the package root, whatever the working directory', () => {
    expect(builtinReadmePath('no-blame')).toBe(`${repoRoot}rules/no-blame/README.md`);
  });

  it('prints a header line, then the README rendered as plain text when colour is off', async () => {
    const out = await run(['rules', 'no-blame']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const readme = readFileSync(`${repoRoot}rules/no-blame/README.md`, 'utf8');
    expect(out.stdout).toBe(`no-blame · tone · built-in · recommended: error · fixable: no · suggestions: no\n\n${renderMarkdown(readme, { color: false })}`);
    expect(out.stdout).toContain('\nIncorrect\n---------\n\n    Hi {{ticket.requester.first_name}},\n');
  });

  it('says whether the rule is fixable and has suggestions, and its recommended severity', async () => {
    expect((await run(['rules', 'no-shouting'])).stdout.split('\n')[0]).toBe('no-shouting · tone · built-in · recommended: warn · fixable: yes · suggestions: yes');
    expect((await run(['rules', 'require-greeting'])).stdout.split('\n')[0]).toMatch(/^require-greeting · structure · built-in · recommended: off · /);
  });

  it('shows the options table of a README as records', async () => {
    const out = await run(['rules', 'max-words']);
    expect(out.stdout).toContain('`max`\n  Type: integer\n  Default: `200`\n  Description: The most words a template may have.\n');
  });

  it('uses colour as a lint run decides it: flags, then FORCE_COLOR, then NO_COLOR, then the terminal', async () => {
    const cases: Array<[string[], Record<string, string>, boolean, boolean]> = [
      [[], {}, false, false],
      [[], {}, true, true],
      [[], { NO_COLOR: '1' }, true, false],
      [[], { FORCE_COLOR: '1' }, false, true],
      [['--color'], { NO_COLOR: '1' }, false, true],
      [['--no-color'], { FORCE_COLOR: '1' }, true, false],
    ];
    for (const [flags, env, isTTY, expected] of cases) {
      const out = await run(['rules', 'no-blame', ...flags], { env, isTTY });
      expect(ANSI.test(out.stdout), JSON.stringify({ flags, env, isTTY })).toBe(expected);
    }
    const coloredOut = (await run(['rules', 'no-blame', '--color'])).stdout;
    expect(coloredOut.split('\n')[0]).toBe('\u001b[1mno-blame\u001b[22m · tone · built-in · recommended: error · fixable: no · suggestions: no');
  });

  it('gives the rule as JSON with -f json, with the path of its README', async () => {
    const out = await run(['rules', 'placeholder-fallback', '-f', 'json']);
    expect(JSON.parse(out.stdout)).toEqual({
      id: 'placeholder-fallback',
      type: 'template',
      recommended: 'warn',
      description: expect.any(String),
      source: 'built-in',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/placeholder-fallback/README.md',
      fixable: true,
      hasSuggestions: true,
      readme: `${repoRoot}rules/placeholder-fallback/README.md`,
    });
  });

  it('falls back to the description, with a note on stderr, when the README is not installed', async () => {
    // runMain's fake registry has built-in rules with no folder under rules/.
    const out = await runMain(['rules', 'fake-wrong'], { cwd: elsewhere() });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('fake-wrong · tone · built-in · recommended: off · fixable: no · suggestions: no\n\nFake rule fake-wrong.\n');
    expect(out.stderr).toContain('macrolint: the documentation of fake-wrong is not installed');
  });
});

describe('macrolint rules <unknown id>', () => {
  it('exits 2 with the closest rule id', async () => {
    const out = await run(['rules', 'no-blam']);
    expect(out).toEqual({ code: 2, stdout: '', stderr: 'macrolint: Unknown rule "no-blam" (did you mean "no-blame"?). Run "macrolint rules" to list the rules.\n' });
  });

  it('escapes an id with control characters in the message', async () => {
    const out = await run(['rules', 'x\u001b[31m']);
    expect(out.code).toBe(2);
    expect(out.stderr).not.toMatch(ANSI);
    expect(out.stderr).toContain('x\\x1b[31m');
  });
});

describe('macrolint rules <plugin or YAML rule>', () => {
  const pluginRule: RuleModule = {
    meta: {
      id: 'no-jargon',
      type: 'style',
      docs: { description: 'Avoid jargon\u001b[31m like "synergy" \u202e.', recommended: 'warn', url: 'https://acme.example/rules/no-jargon' },
      messages: {},
      hasSuggestions: true,
    },
    create: () => undefined,
  };

  it('prints a plugin rule’s description and docs link, escaped', async () => {
    const { deps } = fakeDeps({ customRules: new Map([['acme/no-jargon', pluginRule]]) });
    const out = await run(['rules', 'acme/no-jargon'], { deps: { loadAllRules, loadConfig: deps.loadConfig } });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        'acme/no-jargon · style · plugin · recommended: warn · fixable: no · suggestions: yes',
        '',
        'Avoid jargon\\x1b[31m like "synergy" \\u202e.',
        '',
        'Docs: https://acme.example/rules/no-jargon',
        '',
      ].join('\n'),
    );
  });

  it('prints a YAML rule’s file, message and examples', async () => {
    const out = await runMain(['rules', 'no-asap'], { cwd: yamlFixture, deps: real });
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe('no-asap · tone · yaml · recommended: warn · fixable: no · suggestions: yes');
    expect(lines.slice(2, 5)).toEqual(['Promise a time, not "ASAP".', '', `Defined in \`${yamlFixture}macrolint-rules/no-asap.yaml\``]);
    expect(out.stdout).toContain('Message: "{{phrase}}" promises nothing');
    expect(out.stdout).toContain('Incorrect\n---------\n\n    We will fix it ASAP.\n');
    expect(out.stdout).toContain('Correct\n-------\n\n');
  });

  it('gives a YAML rule as JSON with its file and examples', async () => {
    const out = await runMain(['rules', 'no-asap', '-f', 'json'], { cwd: yamlFixture, deps: real });
    const data = JSON.parse(out.stdout) as Record<string, unknown>;
    expect(data).toMatchObject({ id: 'no-asap', source: 'yaml', filePath: `${yamlFixture}macrolint-rules/no-asap.yaml` });
    expect((data.examples as { incorrect: string[] }).incorrect).toContain('We will fix it ASAP.');
  });
});
