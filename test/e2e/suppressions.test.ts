// Bulk suppressions through the built CLI, in temp repositories: --suppress-all, --suppress-rule,
// --prune-suppressions, --pass-on-unpruned-suppressions, --suppressions-location, and how they
// meet --fix, --quiet, --max-warnings, --stdin and the formatters.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { assertBuilt, runCli } from './run-cli.js';

const CONFIG = JSON.stringify({
  rules: { 'no-customer-wrong': 'error', 'no-blame': 'error', 'no-told-you-so': 'error', 'no-shouting': 'warn' },
});
const WRONG = 'You are wrong about the charge.';
const BLAME = 'You failed to read the email.';
const TOLD = 'As I already said, the plan renews in May.';
const SHOUT = 'Do NOT reply to this email.';
const page = (...sentences: string[]): string => `${sentences.join('\n\n')}\n`;

let tree: TempTree;
afterEach(() => tree?.remove());
beforeAll(assertBuilt);

function repo(files: Record<string, string>): TempTree {
  tree = tempTree({ '.macrolintrc.json': CONFIG, ...files });
  return tree;
}
const run = (args: string[], stdin?: string) => runCli(args, { cwd: tree.root, ...(stdin !== undefined ? { stdin } : {}) });
const suppressions = (name = 'macrolint-suppressions.json'): unknown => JSON.parse(readFileSync(tree.path(name), 'utf8'));

describe('--suppress-all', () => {
  it('records the errors per file, template and rule, reports nothing suppressed, and later runs stay quiet', async () => {
    repo({
      'macros/billing/refund.md': page(WRONG, BLAME, BLAME, SHOUT),
      'macros/told.md': page(TOLD),
      'macros/clean.md': page('Thanks for writing in. Your refund is on its way.'),
    });
    const first = await run(['--suppress-all']);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('macrolint: wrote macrolint-suppressions.json (4 errors in 2 files suppressed).\n');
    // Warnings are never suppressed: the stylish report shows the one warning and only it.
    expect(first.stdout).toMatch(/warning\s+.+no-shouting/);
    expect(first.stdout).toContain('1 problem (0 errors, 1 warning)');
    expect(readFileSync(tree.path('macrolint-suppressions.json'), 'utf8')).toBe(
      `${JSON.stringify(
        {
          'macros/billing/refund.md': { refund: { 'no-blame': { count: 2 }, 'no-customer-wrong': { count: 1 } } },
          'macros/told.md': { told: { 'no-told-you-so': { count: 1 } } },
        },
        null,
        2,
      )}\n`,
    );

    const later = await run([]);
    expect(later).toEqual({ code: 0, stdout: first.stdout, stderr: '' });
    // --max-warnings still counts the warning, and --quiet still hides it.
    expect((await run(['--max-warnings', '0'])).code).toBe(1);
    expect(await run(['--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports every error of a rule once a template has more than recorded, and only that rule', async () => {
    repo({ 'a.md': page(WRONG, BLAME) });
    await run(['--suppress-all']);
    writeFileSync(tree.path('a.md'), page(WRONG, BLAME, 'Also, you failed to restart it.'));
    const after = await run(['-f', 'json']);
    expect(after.code).toBe(1);
    const [result] = JSON.parse(after.stdout) as Array<{ errorCount: number; messages: Array<{ ruleId: string }> }>;
    expect(result!.messages.map((m) => m.ruleId)).toEqual(['no-blame', 'no-blame']);
    expect(result!.errorCount).toBe(2);
  });

  it('never suppresses a fatal problem, and keeps the counts of a file it cannot parse', async () => {
    repo({ 'a.md': page(WRONG, BLAME) });
    await run(['--suppress-all']);
    const baseline = readFileSync(tree.path('macrolint-suppressions.json'), 'utf8');
    writeFileSync(tree.path('a.md'), `---\ntitle: [unclosed\n---\n${page(WRONG, BLAME)}`);
    for (const args of [['--suppress-all'], ['--prune-suppressions'], []]) {
      const broken = await run(args);
      expect(broken.code).toBe(1); // the fatal error, not exit 2 for "unused" suppressions
      expect(broken.stdout).toMatch(/a\.md\n\s+\d+:\d+\s+error\s+.*front matter/i);
      expect(readFileSync(tree.path('macrolint-suppressions.json'), 'utf8')).toBe(baseline);
    }
  });

  it('runs after --fix: what was fixed is not recorded', async () => {
    tree = tempTree({
      '.macrolintrc.json': JSON.stringify({ rules: { 'no-shouting': 'error', 'no-customer-wrong': 'error' } }),
      'a.md': page('Thanks for reaching out!!!', WRONG),
    });
    const fixed = await run(['--fix', '--suppress-all']);
    expect(fixed.code).toBe(0);
    expect(readFileSync(tree.path('a.md'), 'utf8')).toContain('Thanks for reaching out!\n');
    expect(suppressions()).toEqual({ 'a.md': { a: { 'no-customer-wrong': { count: 1 } } } });
  });

  it('does not rewrite an unchanged file, and writes atomically (no temporary files left)', async () => {
    repo({ 'a.md': page(WRONG) });
    await run(['--suppress-all']);
    chmodSync(tree.path('macrolint-suppressions.json'), 0o640);
    const before = statSync(tree.path('macrolint-suppressions.json'));
    const again = await run(['--suppress-all']);
    expect(again.stderr).toBe('macrolint: unchanged: macrolint-suppressions.json (1 error in 1 file suppressed).\n');
    expect(statSync(tree.path('macrolint-suppressions.json')).ino).toBe(before.ino);
    writeFileSync(tree.path('a.md'), page(WRONG, WRONG));
    await run(['--suppress-all']);
    const after = statSync(tree.path('macrolint-suppressions.json'));
    expect(after.ino).not.toBe(before.ino);
    expect(after.mode & 0o777).toBe(0o640);
    expect(readdirSync(tree.root).sort()).toEqual(['.macrolintrc.json', 'a.md', 'macrolint-suppressions.json']);
  });
});

describe('--suppress-rule', () => {
  it('records only the named rules, merging into the existing file', async () => {
    repo({ 'a.md': page(WRONG, BLAME, TOLD) });
    const first = await run(['--suppress-rule', 'no-blame']);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('no-customer-wrong');
    expect(first.stdout).not.toContain('no-blame');
    const second = await run(['--suppress-rule', 'no-told-you-so', '--suppress-rule', 'no-customer-wrong']);
    expect(second.code).toBe(0);
    expect(suppressions()).toEqual({ 'a.md': { a: { 'no-blame': { count: 1 }, 'no-customer-wrong': { count: 1 }, 'no-told-you-so': { count: 1 } } } });
  });

  it('rejects a rule id that no enabled rule has, writing nothing', async () => {
    repo({ 'a.md': page(BLAME) });
    const typo = await run(['--suppress-rule', 'no-blam']);
    expect(typo).toEqual({
      code: 2,
      stdout: '',
      stderr: 'macrolint: --suppress-rule "no-blam": no rule with this id is enabled for the files linted (did you mean "no-blame"?).\n',
    });
    expect(existsSync(tree.path('macrolint-suppressions.json'))).toBe(false);
  });
});

describe('unused suppressions', () => {
  it('fail the run with exit 2 and a message naming them, unless --pass-on-unpruned-suppressions', async () => {
    repo({ 'a.md': page(WRONG, BLAME, BLAME) });
    await run(['--suppress-all']);
    writeFileSync(tree.path('a.md'), page(WRONG, BLAME));
    const stale = await run([]);
    expect(stale).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'macrolint: 1 suppression in macrolint-suppressions.json is no longer needed (fewer errors occur than were recorded):\n' +
        '  a.md, template "a": no-blame (2 recorded, 1 found)\n' +
        'Run the same command with --prune-suppressions to update the file, or add --pass-on-unpruned-suppressions to ignore this.\n',
    });
    expect(await run(['--pass-on-unpruned-suppressions'])).toEqual({ code: 0, stdout: '', stderr: '' });
    // A new error still fails a run that passes on unpruned suppressions.
    writeFileSync(tree.path('a.md'), page(WRONG, BLAME, TOLD));
    expect((await run(['--pass-on-unpruned-suppressions'])).code).toBe(1);
  });

  it('are not reported for files this run did not lint', async () => {
    repo({ 'a.md': page(WRONG), 'b.md': page(BLAME) });
    await run(['--suppress-all']);
    writeFileSync(tree.path('b.md'), page('Thanks for writing in.'));
    expect((await run(['a.md'])).code).toBe(0);
    expect((await run(['b.md'])).code).toBe(2);
  });
});

describe('--prune-suppressions', () => {
  it('lowers counts, drops entries gone to zero and files that no longer exist, and keeps the rest', async () => {
    repo({ 'a.md': page(WRONG, BLAME, BLAME), 'b.md': page(TOLD), 'c.md': page(WRONG), 'gone.md': page(BLAME) });
    await run(['--suppress-all']);
    writeFileSync(tree.path('a.md'), page(BLAME));
    writeFileSync(tree.path('b.md'), page('Thanks for writing in.'));
    rmSync(tree.path('gone.md'));
    const pruned = await run(['--prune-suppressions', 'a.md', 'b.md']);
    expect(pruned).toEqual({ code: 0, stdout: '', stderr: 'macrolint: wrote macrolint-suppressions.json (2 errors in 2 files suppressed).\n' });
    expect(suppressions()).toEqual({ 'a.md': { a: { 'no-blame': { count: 1 } } }, 'c.md': { c: { 'no-customer-wrong': { count: 1 } } } });
    expect(await run([])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('never raises a count: new errors stay reported', async () => {
    repo({ 'a.md': page(BLAME) });
    await run(['--suppress-all']);
    writeFileSync(tree.path('a.md'), page(BLAME, BLAME));
    expect((await run(['--prune-suppressions'])).code).toBe(1);
    expect(suppressions()).toEqual({ 'a.md': { a: { 'no-blame': { count: 1 } } } });
  });

  it('needs a file to prune', async () => {
    repo({ 'a.md': page(BLAME) });
    expect(await run(['--prune-suppressions'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'macrolint: There is no suppressions file macrolint-suppressions.json to prune. Run macrolint with --suppress-all or --suppress-rule <id> to create it.\n',
    });
  });
});

describe('--suppressions-location', () => {
  it('puts the file elsewhere (folders created) and must then exist on later runs', async () => {
    repo({ 'a.md': page(WRONG) });
    expect((await run(['--suppress-all', '--suppressions-location', 'lint/baseline.json'])).code).toBe(0);
    expect(suppressions('lint/baseline.json')).toEqual({ 'a.md': { a: { 'no-customer-wrong': { count: 1 } } } });
    expect(existsSync(tree.path('macrolint-suppressions.json'))).toBe(false);
    expect((await run(['--suppressions-location', 'lint/baseline.json'])).code).toBe(0);
    // The default file is not looked at when another is named, and a named file must exist.
    expect((await run([])).code).toBe(1);
    expect(await run(['--suppressions-location', 'lint/typo.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'macrolint: The suppressions file lint/typo.json does not exist. Run macrolint with --suppress-all or --suppress-rule <id> to create it.\n',
    });
  });
});

describe('a malformed suppressions file', () => {
  it('is exit 2 with the file and line:column, before anything is linted', async () => {
    repo({ 'a.md': page(WRONG), 'macrolint-suppressions.json': '{\n  "a.md": {\n    "a": { "no-customer-wrong": { "count": 1 } }\n  },\n}\n' });
    const bad = await run(['-f', 'json']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^macrolint: Cannot parse the suppressions file macrolint-suppressions\.json:5:1: .+\.\n$/);
  });

  it('is exit 2 with the key path when the shape is wrong', async () => {
    repo({ 'a.md': page(WRONG), 'macrolint-suppressions.json': '{ "a.md": { "a": { "no-customer-wrong": 1 } } }' });
    expect(await run([])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'macrolint: Invalid suppressions file macrolint-suppressions.json: ["a.md"].a.no-customer-wrong should be an object like { "count": 2 } (got 1). ' +
        'Fix it, or delete it and run macrolint --suppress-all to record it again.\n',
    });
  });

  it('is exit 2 when it cannot be read', async () => {
    repo({ 'a.md': page(WRONG) });
    mkdirSync(tree.path('macrolint-suppressions.json'));
    expect(await run([])).toEqual({ code: 2, stdout: '', stderr: 'macrolint: Cannot read the suppressions file macrolint-suppressions.json: EISDIR.\n' });
  });
});

describe('options that do not go together', () => {
  it('are usage errors', async () => {
    repo({ 'a.md': page(WRONG) });
    expect(await run(['--suppress-all', '--prune-suppressions'])).toMatchObject({
      code: 2,
      stderr: 'macrolint: --suppress-all and --prune-suppressions cannot be used together.\n',
    });
    expect((await run(['--suppress-all', '--suppress-rule', 'no-blame'])).code).toBe(2);
    expect(await run(['--stdin', '--suppress-all'], WRONG)).toMatchObject({
      code: 2,
      stderr: 'macrolint: --suppress-all with --stdin needs --stdin-filename: the suppressions file counts errors by file.\n',
    });
  });
});

describe('--stdin', () => {
  it('uses --stdin-filename as the key; text without a name is never suppressed', async () => {
    repo({ 'macros/a.md': page(WRONG) });
    await run(['--suppress-all']);
    expect(await run(['--stdin', '--stdin-filename', 'macros/a.md'], page(WRONG))).toEqual({ code: 0, stdout: '', stderr: '' });
    expect((await run(['--stdin', '--stdin-filename', 'macros/a.md'], page(WRONG, WRONG))).code).toBe(1);
    expect((await run(['--stdin'], page(WRONG))).code).toBe(1);
    expect((await run(['--stdin', '--stdin-filename', 'macros/new.md', '--suppress-all'], page(BLAME))).code).toBe(0);
    expect(suppressions()).toEqual({
      'macros/a.md': { a: { 'no-customer-wrong': { count: 1 } } },
      'macros/new.md': { new: { 'no-blame': { count: 1 } } },
    });
  });
});
