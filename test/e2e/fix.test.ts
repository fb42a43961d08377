// --fix, --fix-dry-run and --fix-type through the built CLI, on temp copies of fixtures/fix:
// Markdown, HTML, JSON (Help Scout placeholders in strings: the inserted fallback has quotes, so
// the fix must be JSON-escaped) and YAML (a block scalar).
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { assertBuilt, runCli } from './run-cli.js';

const source = fileURLToPath(new URL('../../fixtures/fix/', import.meta.url));
const FILES = ['reply.md', 'reply.html', 'replies.json', 'replies.yaml'];
const SHOUT_FIX = ['Thanks for reaching out!!!', 'Thanks for reaching out!'];
const FALLBACK_FIX_DECODED = ['{%customer.firstName%}', '{%customer.firstName,fallback=dear "friend"%}'];
const FALLBACK_FIX_JSON = ['{%customer.firstName%}', '{%customer.firstName,fallback=dear \\"friend\\"%}'];

type Variant = 'lf' | 'crlf+bom';
let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

const encode = (text: string, variant: Variant): string => (variant === 'lf' ? text : '\uFEFF' + text.replace(/\n/g, '\r\n'));
const original = (name: string): string => readFileSync(path.join(source, name), 'utf8');

/** A temp copy of the fixtures, every template file in the variant's line endings and BOM. */
function copyFixtures(variant: Variant): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'macrolint-fix-')));
  dirs.push(dir);
  cpSync(source, dir, { recursive: true });
  for (const name of FILES) writeFileSync(path.join(dir, name), encode(original(name), variant));
  return dir;
}

/** The file as --fix must leave it: only the fixed spans changed. */
function expected(name: string, variant: Variant, { shout = true, fallback = true } = {}): string {
  let text = original(name);
  if (shout) text = text.replace(SHOUT_FIX[0]!, SHOUT_FIX[1]!);
  if (fallback && name === 'replies.json') text = text.replace(FALLBACK_FIX_JSON[0]!, FALLBACK_FIX_JSON[1]!);
  if (fallback && name === 'replies.yaml') text = text.replace(FALLBACK_FIX_DECODED[0]!, FALLBACK_FIX_DECODED[1]!);
  return encode(text, variant);
}

const read = (dir: string, name: string): string => readFileSync(path.join(dir, name), 'utf8');
const snapshot = (dir: string): Record<string, { text: string; ino: number; mtimeMs: number }> =>
  Object.fromEntries(readdirSync(dir).map((name) => {
    const stats = statSync(path.join(dir, name));
    return [name, { text: read(dir, name), ino: stats.ino, mtimeMs: stats.mtimeMs }];
  }));
const stripBom = (text: string): string => text.replace(/^\uFEFF/, '');

beforeAll(() => assertBuilt());

describe.each<Variant>(['lf', 'crlf+bom'])('--fix (%s)', (variant) => {
  it('fixes every format, keeps line endings, BOM and mode, and is idempotent', async () => {
    const dir = copyFixtures(variant);
    chmodSync(path.join(dir, 'replies.json'), 0o640);
    chmodSync(path.join(dir, 'reply.md'), 0o755);
    const before = await runCli(['--rule', 'no-shouting: error', '.'], { cwd: dir });
    expect(before.code).toBe(1);

    const run = await runCli(['--fix', '--rule', 'no-shouting: error', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // Exit code of the problems left: none.
    expect(run.stdout).toBe('');
    for (const name of FILES) expect(read(dir, name)).toBe(expected(name, variant));
    expect(statSync(path.join(dir, 'replies.json')).mode & 0o777).toBe(0o640);
    expect(statSync(path.join(dir, 'reply.md')).mode & 0o777).toBe(0o755);
    // No temp files left behind.
    expect(readdirSync(dir).sort()).toEqual(['.macrolintrc.yaml', ...FILES].sort());

    // Still valid JSON / YAML with the same keys; only the fixed placeholder changed.
    const jsonBefore = JSON.parse(stripBom(encode(original('replies.json'), variant)));
    const jsonAfter = JSON.parse(stripBom(read(dir, 'replies.json')));
    expect(Object.keys(jsonAfter.replies[0])).toEqual(Object.keys(jsonBefore.replies[0]));
    expect(jsonAfter.replies[0].text).toBe(jsonBefore.replies[0].text.replace(SHOUT_FIX[0], SHOUT_FIX[1]).replace(FALLBACK_FIX_DECODED[0], FALLBACK_FIX_DECODED[1]));
    expect(jsonAfter.replies[0].text).toContain('{%conversation.number%}');
    expect(jsonAfter.replies[0].text).toContain('{%user.firstName,fallback=the team%}');
    const yamlBefore = parseYaml(stripBom(encode(original('replies.yaml'), variant)));
    const yamlAfter = parseYaml(stripBom(read(dir, 'replies.yaml')));
    expect(Object.keys(yamlAfter.replies[0])).toEqual(Object.keys(yamlBefore.replies[0]));
    expect(yamlAfter.replies[0].body).toBe(yamlBefore.replies[0].body.replace(SHOUT_FIX[0], SHOUT_FIX[1]).replace(FALLBACK_FIX_DECODED[0], FALLBACK_FIX_DECODED[1]));

    // A second run has nothing to fix and writes nothing (same inodes: no rename happened).
    const fixed = snapshot(dir);
    const again = await runCli(['--fix', '.'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(snapshot(dir)).toEqual(fixed);
  });

  it('--fix-dry-run writes nothing; -f json shows the output', async () => {
    const dir = copyFixtures(variant);
    const untouched = snapshot(dir);
    const run = await runCli(['--fix-dry-run', '-f', 'json', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(snapshot(dir)).toEqual(untouched);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; output?: string; messages: unknown[] }>;
    for (const name of FILES) {
      const result = results.find((r) => r.filePath === path.join(dir, name))!;
      expect(result.output).toBe(expected(name, variant));
      expect(result.messages).toEqual([]);
    }
    expect(results.find((r) => r.filePath.endsWith('.macrolintrc.yaml'))).toBeUndefined();
  });

  it('--fix-type applies only the fixes of rules of those types', async () => {
    const dir = copyFixtures(variant);
    const untouched = snapshot(dir);
    // No rule with fixes is a style rule: nothing changes, and the problems remain.
    const style = await runCli(['--fix', '--fix-type', 'style', '--rule', 'no-shouting: error', '.'], { cwd: dir });
    expect(style.code).toBe(1);
    expect(style.stdout).toContain('no-shouting');
    expect(snapshot(dir)).toEqual(untouched);

    // tone: no-shouting's fixes only; the placeholder-fallback warnings (a template rule) remain.
    const tone = await runCli(['--fix', '--fix-type', 'style,tone', '-f', 'json', '.'], { cwd: dir });
    expect(tone.code).toBe(0);
    for (const name of FILES) expect(read(dir, name)).toBe(expected(name, variant, { fallback: false }));
    const results = JSON.parse(tone.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId))).toEqual(['placeholder-fallback', 'placeholder-fallback']);

    const template = await runCli(['--fix', '--fix-type', 'template', '.'], { cwd: dir });
    expect(template.code).toBe(0);
    for (const name of FILES) expect(read(dir, name)).toBe(expected(name, variant));
  });
});

describe('--fix --quiet', () => {
  it('applies only the fixes of errors, as ESLint does', async () => {
    const dir = copyFixtures('lf');
    const run = await runCli(['--fix', '--quiet', '--rule', 'no-shouting: error', '.'], { cwd: dir });
    expect(run.code).toBe(0);
    for (const name of FILES) expect(read(dir, name)).toBe(expected(name, 'lf', { fallback: false }));
  });
});

describe('--fix usage', () => {
  it('--fix with --stdin is a usage error; --fix-dry-run with --stdin prints the output in json', async () => {
    const dir = copyFixtures('lf');
    const text = '\uFEFFThanks for reaching out!!!\r\n';
    const fix = await runCli(['--fix', '--stdin'], { cwd: dir, stdin: text });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--fix cannot be used with --stdin');
    const dry = await runCli(['--fix-dry-run', '--stdin', '--stdin-filename', 'reply.md', '-f', 'json'], { cwd: dir, stdin: text });
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)[0].output).toBe('\uFEFFThanks for reaching out!\r\n');
  });

  it.each([
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--fix-type', 'tone'], '--fix-type requires either --fix or --fix-dry-run'],
    [['--fix', '--fix-type', 'tone,loud'], 'Unknown rule type "loud"'],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const dir = copyFixtures('lf');
    const untouched = snapshot(dir);
    const run = await runCli([...args, '.'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(snapshot(dir)).toEqual(untouched);
  });
});
