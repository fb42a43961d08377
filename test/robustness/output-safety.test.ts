// Text from linted files never reaches a terminal, a CI log command, HTML or XML unescaped: file
// names (a name can hold an ANSI escape, a newline, `::`), template names and messages quoting
// the text, in every built-in format; error messages; --print-config, --list-rules, test-rules.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatterNames, loadFormatter } from '../../src/formatters/index.js';
import { hostileCwd, hostileNamePath, hostileNameResult, hostileResults } from '../formatters/hostile-results.js';
import { runCli } from '../e2e/run-cli.js';
import { assertBuilt, bytesTree, lint } from './helpers.js';

beforeAll(assertBuilt);

// C0 controls but \t and \n, DEL, C1, bidi embedding/override/isolate controls, line and paragraph separators.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

/** A name with an ANSI colour, a newline, a workflow command, a lone CR, a bidi override and markup. */
const HOSTILE_NAME = 'red\u001b[31m\n::error file=x::pwned\r \u202e%0A<script>&"\'.md';
/** A template whose front matter title (the template's name in reports) and placeholder are just as hostile. */
const HOSTILE_TEMPLATE = [
  '---',
  'title: "Refund \\e[2J\\u202e</title>::warning::x"',
  '---',
  'Hi {{ ticket.\u001b[31mname\u009b }},',
  '',
  'Thanks for writing in. You are wrong about the charge.',
  '',
  'If anything else comes up, just reply to this email.',
  '',
].join('\n');

/** The outputs that go to a terminal or a log line by line. */
const LINE_FORMATS = ['stylish', 'compact', 'unix', 'github'];

describe('a hostile file name, in every formatter (unit)', () => {
  it.each(formatterNames.map((name) => [name]))('%s: nothing unsafe, and the name cannot start a line of its own', async (name) => {
    const format = await loadFormatter(name);
    // Without colour: stylish's own colour codes would be escape sequences too.
    const out = format([hostileNameResult, ...hostileResults], { cwd: hostileCwd, color: false });
    expect(out).not.toMatch(UNSAFE);
    expect(out).not.toContain(path.relative(hostileCwd, hostileNamePath));
    if (name === 'json') expect(JSON.parse(out)[0].filePath).toBe(hostileNamePath);
    if (name === 'sarif') expect(() => JSON.parse(out)).not.toThrow();
    if (LINE_FORMATS.includes(name)) expect(out.split('\n').filter((line) => line.startsWith('::error file=x'))).toEqual([]);
    if (['junit', 'checkstyle', 'html'].includes(name)) expect(out).not.toContain('</script>&');
  });
});

describe('a hostile file name and template, through the CLI', () => {
  it.each(formatterNames.map((name) => [name]))('-f %s escapes them for its medium', async (format) => {
    const cwd = bytesTree({});
    writeFileSync(path.join(cwd, HOSTILE_NAME), HOSTILE_TEMPLATE);
    const run = await lint(cwd, ['-f', format, '.']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).not.toContain(HOSTILE_NAME);
    if (format === 'json') {
      const [result] = JSON.parse(run.stdout);
      expect(result.filePath).toBe(path.join(cwd, HOSTILE_NAME));
      expect(result.templates[0].name).toBe('Refund \u001b[2J\u202e</title>::warning::x');
    }
    if (format === 'github') {
      // Every line is one annotation, and its properties end at the first `::`.
      for (const line of run.stdout.trimEnd().split('\n')) expect(line).toMatch(/^::(error|warning) file=[^:,\n]*,line=\d+(,[a-zA-Z]+=[^:,]*)*::/);
    }
    if (format === 'compact' || format === 'unix') {
      const lines = run.stdout.trimEnd().split('\n');
      const problems = Number(/(\d+) problems?$/.exec(lines.at(-1)!)![1]);
      expect(lines).toHaveLength(problems + 2);
      for (const line of lines.slice(0, problems)) expect(line.startsWith('red\\x1b[31m\\n::error file=x::pwned\\r \\u202e%0A<script>&"\'.md')).toBe(true);
    }
    if (format === 'stylish') expect(run.stdout).toContain('Template "Refund \\x1b[2J\\u202e</title>::warning::x"');
    if (['junit', 'checkstyle', 'html'].includes(format)) {
      expect(run.stdout).not.toContain('<script>');
      expect(run.stdout).not.toContain('</title>::');
    }
  });
});

describe('error messages', () => {
  it('escape a pattern that matches nothing', async () => {
    const cwd = bytesTree({});
    const run = await lint(cwd, ['drafts/\u001b[2J\u202e\n::error::x.md']);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'macrolint: No files matching the pattern "drafts/\\x1b[2J\\u202e\\n::error::x.md" were found.\n' });
  });

  it('escape a config file name and a config key', async () => {
    const cwd = bytesTree({ 'evil.json': JSON.stringify({ rules: { 'no-\u001b[31mblame\u202e': 'error' } }) });
    const missing = await runCliSafe(cwd, ['-c', 'gone\u001b[2J.json', '.']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('gone\\x1b[2J.json');
    const badKey = await runCliSafe(cwd, ['-c', 'evil.json', '.']);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toContain('no-\\x1b[31mblame\\u202e');
  });

  it('escape a fatal problem that quotes the file: the binary notice and invalid UTF-8 carry no file bytes', async () => {
    const cwd = bytesTree({ 'bad.md': Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0xff, 0x1b, 0x5b, 0x33, 0x31, 0x6d]) });
    const run = await runCliSafe(cwd, ['bad.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Invalid UTF-8 at byte offset 4 (byte 0xff)');
  });
});

describe('--print-config, --list-rules, test-rules', () => {
  const CONTROLS = '\u001b[31m\u009b2J\u202e';

  it('--print-config escapes C1 and bidi controls that JSON.stringify leaves raw; the JSON still parses to the same values', async () => {
    const cwd = bytesTree({ '.macrolintrc.json': JSON.stringify({ ignores: [`drafts${CONTROLS}/`], rules: { 'no-insult': ['error', { words: [`bad${CONTROLS}`] }] } }) });
    const run = await lintWithConfig(cwd, ['--print-config', 'reply.md']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    const printed = JSON.parse(run.stdout);
    expect(printed.ignores).toEqual([`drafts${CONTROLS}/`]);
    expect(printed.rules['no-insult'][1].words).toContain(`bad${CONTROLS}`);
  });

  it('--list-rules (text and JSON) and test-rules escape what a YAML rule file brings: its description, messages and file name', async () => {
    const rule = `id: no-asap\ndescription: "Promise a time \\e[31m\\x9b2J\\u202e"\nmessage: "ASAP \\e[2J"\nkind: phrase\npatterns: [asap]\n`;
    const cwd = bytesTree({ '.macrolintrc.yaml': 'rulesDir: ./rules\n', [`rules/evil${CONTROLS}.yaml`]: rule, 'reply.md': 'Hi there,\n\nThanks, we will fix it asap.\n' });
    const text = await lintWithConfig(cwd, ['--list-rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Promise a time \\x1b[31m\\x9b2J\\u202e');
    const json = await lintWithConfig(cwd, ['--list-rules', '-f', 'json']);
    expect(json.stdout).not.toMatch(UNSAFE);
    expect(JSON.parse(json.stdout).find((row: { id: string }) => row.id === 'no-asap').description).toBe('Promise a time \u001b[31m\u009b2J\u202e');
    const linted = await lintWithConfig(cwd, ['reply.md']);
    expect(linted.stdout).toContain('ASAP \\x1b[2J');
    const tested = await lintWithConfig(cwd, ['test-rules']);
    expect(tested.stdout).toContain(`no examples (${path.join(cwd, 'rules', 'evil')}\\x1b[31m\\x9b2J\\u202e.yaml)`);
    for (const run of [text, json, linted, tested]) {
      expect(run.stdout).not.toMatch(UNSAFE);
      expect(run.stderr).not.toMatch(UNSAFE);
    }
  });
});

/** The CLI with the config found in cwd (these tests are about what a config brings). */
function lintWithConfig(cwd: string, args: string[]): ReturnType<typeof lint> {
  return runCliSafe(cwd, args, true);
}

/** The CLI with stdout and stderr checked for raw controls before anything else looks at them. */
async function runCliSafe(cwd: string, args: string[], useConfig = false): ReturnType<typeof lint> {
  const run = useConfig ? await runCli(args, { cwd }) : await lint(cwd, args);
  expect(run.stdout).not.toMatch(UNSAFE);
  expect(run.stderr).not.toMatch(UNSAFE);
  return run;
}
