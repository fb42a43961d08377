// Files that are not plain UTF-8, through the built CLI: what the user sees for a binary file,
// bytes that are not valid UTF-8, and UTF-16 with a BOM (linted, and fixed in its own encoding).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintStdin } from '../../src/engine/lint-stdin.js';
import { fakeDeps } from '../engine/fake-deps.js';
import { assertBuilt, bytesTree, CLEAN_REPLY, lint, lintJson, WRONG_REPLY } from './helpers.js';

beforeAll(assertBuilt);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
const BINARY_NOTICE =
  'File ignored because it looks binary: it has a NUL byte in its first 8000 bytes. Templates are read as UTF-8, or as UTF-16 when they start with a byte-order mark.';
const utf16le = (text: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
/** WRONG_REPLY with a Latin-1 "é" (one byte, 0xe9) on line 3: what a Windows-1252 editor saves. */
const LATIN1_REPLY = Buffer.concat([Buffer.from('Hi there,\n\nThanks for your caf'), Buffer.from([0xe9]), Buffer.from(' order.\n')]);

describe('a binary file', () => {
  it('is skipped with a warning naming the file, and the other files are linted', async () => {
    const cwd = bytesTree({ 'logo.md': PNG, 'reply.md': WRONG_REPLY });
    const run = await lint(cwd, ['-f', 'unix', '.']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`logo.md:1:1: ${BINARY_NOTICE} [Warning]`);
    expect(lines[1]).toMatch(/^reply\.md:3:24: "You are wrong" .* \[Error\/no-customer-wrong\]$/);
    expect(run.code).toBe(1);
  });

  it('is a warning in the default report: exit 0, but it counts toward --max-warnings and --quiet hides it', async () => {
    const cwd = bytesTree({ 'logo.md': PNG, 'clean.md': CLEAN_REPLY });
    const run = await lint(cwd, ['.']);
    expect(run).toEqual({ code: 0, stdout: `\nlogo.md\n  1:1  warning  ${BINARY_NOTICE}\n\n✖ 1 problem (0 errors, 1 warning)\n`, stderr: '' });
    const strict = await lint(cwd, ['--max-warnings', '0', '.']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('macrolint found too many warnings (maximum: 0).\n');
    expect(await lint(cwd, ['--quiet', '.'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('takes UTF-16 without a byte-order mark for binary, and says how to make it readable', async () => {
    const cwd = bytesTree({ 'reply.md': Buffer.from(CLEAN_REPLY, 'utf16le') });
    const { code, results } = await lintJson(cwd, ['reply.md']);
    expect(code).toBe(0);
    expect(results.get('reply.md')!.messages).toEqual([
      { ruleId: null, severity: 1, message: BINARY_NOTICE, line: 1, column: 1, endLine: 1, endColumn: 1 },
    ]);
  });
});

describe('invalid UTF-8', () => {
  it('is a fatal error at the first bad byte (byte offset, line:column), not U+FFFD garbage; the other files are linted', async () => {
    const cwd = bytesTree({ 'latin1.md': LATIN1_REPLY, 'reply.md': WRONG_REPLY });
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    // "Hi there,\n\n" is 11 bytes, "Thanks for your caf" 19: the 0xe9 is byte 30, line 3, column 20.
    expect(results.get('latin1.md')).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(results.get('latin1.md')!.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: 'Invalid UTF-8 at byte offset 30 (byte 0xe9): macrolint reads UTF-8, or UTF-16 with a byte-order mark. Save the file as UTF-8.',
        line: 3,
        column: 20,
        endLine: 3,
        endColumn: 20,
      },
    ]);
    expect(results.get('reply.md')!.messages.map((m) => m.ruleId)).toEqual(['no-customer-wrong']);
  });

  it('shows in the default report as an error at its line:column', async () => {
    const cwd = bytesTree({ 'latin1.md': LATIN1_REPLY });
    const run = await lint(cwd, ['latin1.md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  3:20  error  Invalid UTF-8 at byte offset 30 (byte 0xe9)');
  });

  it('on stdin (bytes) is reported the same way', async () => {
    const { deps, calls } = fakeDeps();
    const [result] = await lintStdin(LATIN1_REPLY, { deps, filePath: 'reply.md', cwd: '/tmp' });
    expect(calls.lintText).toEqual([]);
    expect(result!.messages).toEqual([expect.objectContaining({ fatal: true, line: 3, column: 20, message: expect.stringMatching(/^Invalid UTF-8 at byte offset 30 /) })]);
  });
});

describe('UTF-16 with a byte-order mark', () => {
  it.each([
    ['LE', utf16le],
    ['BE', utf16be],
  ])('UTF-16 %s is decoded and linted at the same positions as UTF-8', async (_, encode) => {
    const cwd = bytesTree({ 'utf16.md': encode(WRONG_REPLY.replace(/\n/g, '\r\n')), 'utf8.md': WRONG_REPLY });
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    // Everything but the template's name, which is the file's.
    const positions = (name: string) => results.get(name)!.messages.map(({ template, ...rest }) => rest);
    expect(positions('utf16.md')).toEqual(positions('utf8.md'));
    expect(positions('utf16.md')).toEqual([expect.objectContaining({ ruleId: 'no-customer-wrong', line: 3, column: 24, endColumn: 37 })]);
  });

  it.each([
    ['LE', utf16le],
    ['BE', utf16be],
  ])('--fix writes UTF-16 %s back in the same encoding, with its BOM and CRLF line endings', async (_, encode) => {
    const before = 'Hi there,\r\n\r\nThanks for writing in!!! Your refund was sent today.\r\n\r\nIf anything else comes up, just reply to this email.\r\n';
    const cwd = bytesTree({ 'reply.md': encode(before), 'other.md': CLEAN_REPLY });
    const run = await lint(cwd, ['--fix', '.']);
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(cwd, 'reply.md'))).toEqual(encode(before.replace('!!!', '!')));
    expect(readFileSync(path.join(cwd, 'other.md'), 'utf8')).toBe(CLEAN_REPLY);
  });

  it('--fix-dry-run shows the fixed text (BOM first) in the JSON output, and writes nothing', async () => {
    const original = utf16le('Hi there,\n\nThanks for writing in!!! Your refund was sent today.\n\nIf anything else comes up, just reply to this email.\n');
    const cwd = bytesTree({ 'reply.md': original });
    const { code, results } = await lintJson(cwd, ['--fix-dry-run', 'reply.md']);
    expect(code).toBe(0);
    expect(results.get('reply.md')!.output).toBe('\ufeffHi there,\n\nThanks for writing in! Your refund was sent today.\n\nIf anything else comes up, just reply to this email.\n');
    expect(readFileSync(path.join(cwd, 'reply.md'))).toEqual(original);
  });

  it('with an unpaired surrogate is a fatal error at its byte offset', async () => {
    const cwd = bytesTree({ 'reply.md': Buffer.concat([utf16le('Hi\n'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]) });
    const { code, results } = await lintJson(cwd, ['reply.md']);
    expect(code).toBe(1);
    expect(results.get('reply.md')!.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        line: 2,
        column: 1,
        message: 'Invalid UTF-16LE at byte offset 8 (unpaired surrogate U+D800): macrolint reads UTF-8, or UTF-16 with a byte-order mark. Save the file as UTF-8.',
      }),
    ]);
  });
});
