// Odd shapes of otherwise valid text, through the built CLI: empty and whitespace-only files,
// CRLF and lone CR line endings, a 1 MB line, and lists, block quotes and HTML nested 10,000
// deep (a fatal error for that file only, quickly, never a stack overflow that ends the run).
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, bytesTree, CLEAN_REPLY, lint, lintJson, WRONG_REPLY } from './helpers.js';

beforeAll(assertBuilt);

const EMPTY_TEMPLATE =
  'This template has no text, so customers who receive it get an empty message (tags, comments and a name placeholder print no words). Write the reply, or delete the template.';

describe('empty and whitespace-only files', () => {
  it('are an empty template: no-empty-template reports it at 1:1 (exit 1), in every body format', async () => {
    const files = Object.fromEntries(['md', 'txt', 'html'].flatMap((ext) => [[`empty.${ext}`, ''], [`blank.${ext}`, ' \n\t\r\n  ']]));
    const cwd = bytesTree(files);
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    expect(results.size).toBe(6);
    for (const [name, result] of results) {
      expect(result.messages, name).toEqual([expect.objectContaining({ ruleId: 'no-empty-template', severity: 2, message: EMPTY_TEMPLATE, line: 1, column: 1 })]);
    }
  });

  it('report nothing once that rule is off: exit 0', async () => {
    const cwd = bytesTree({ 'empty.md': '', 'blank.md': '\n\n   \n' });
    expect(await lint(cwd, ['--rule', 'no-empty-template: off', '.'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('are a JSON syntax error for .json (there is no JSON value), and hold no templates for .yaml', async () => {
    const cwd = bytesTree({ 'empty.json': '', 'empty.yaml': '', 'blank.yaml': '\n  \n' });
    const { code, results } = await lintJson(cwd, ['empty.json', 'empty.yaml', 'blank.yaml']);
    expect(code).toBe(1);
    expect(results.get('empty.json')!.messages).toEqual([
      expect.objectContaining({ fatal: true, message: 'Invalid JSON: Unexpected end of JSON input', line: 1, column: 1 }),
    ]);
    expect(results.get('empty.yaml')!.messages).toEqual([]);
    expect(results.get('blank.yaml')!.messages).toEqual([]);
  });
});

describe('line endings', () => {
  const positions = (result: { messages: Array<{ ruleId: string | null; line: number; column: number; endLine: number; endColumn: number }> }) =>
    result.messages.map(({ ruleId, line, column, endLine, endColumn }) => ({ ruleId, line, column, endLine, endColumn }));
  const wrongAt = (line: number, column: number) => [{ ruleId: 'no-customer-wrong', line, column, endLine: line, endColumn: column + 13 }];

  it('CRLF and a lone CR each end a line: the same positions as LF, in Markdown, text and HTML', async () => {
    const html = '<p>Hi there,</p>\n<p>Thanks for writing in. You are wrong about the charge.</p>\n<p>If anything else comes up, just reply to this email.</p>\n';
    const cwd = bytesTree({
      'lf.md': WRONG_REPLY,
      'crlf.md': WRONG_REPLY.replace(/\n/g, '\r\n'),
      'cr.md': WRONG_REPLY.replace(/\n/g, '\r'),
      'mixed.md': 'Hi there,\r\n\rThanks for writing in. You are wrong about the charge.\n\r\nIf anything else comes up, just reply to this email.\r',
      'crlf.txt': WRONG_REPLY.replace(/\n/g, '\r\n'),
      'cr.txt': WRONG_REPLY.replace(/\n/g, '\r'),
      'crlf.html': html.replace(/\n/g, '\r\n'),
      'cr.html': html.replace(/\n/g, '\r'),
    });
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    for (const name of ['lf.md', 'crlf.md', 'cr.md', 'mixed.md', 'crlf.txt', 'cr.txt']) expect(positions(results.get(name)!), name).toEqual(wrongAt(3, 24));
    for (const name of ['crlf.html', 'cr.html']) expect(positions(results.get(name)!), name).toEqual(wrongAt(2, 27));
  });

  it('a CR-only file with a problem in a JSON string is positioned inside the string', async () => {
    const cwd = bytesTree({ 'macros.json': '[\r  {"title": "Refund",\r   "body": "Thanks for writing in. You are wrong about the charge."}\r]\r' });
    const { results } = await lintJson(cwd, ['macros.json']);
    expect(results.get('macros.json')!.messages).toContainEqual(expect.objectContaining({ ruleId: 'no-customer-wrong', line: 3, column: 36, endColumn: 49 }));
  });
});

describe('a 1 MB single line', () => {
  it('is linted: positions at the end of the line are exact', async () => {
    const filler = 'Thanks for your patience while we look into the refund today. ';
    const line = `${filler.repeat(Math.ceil(1_048_576 / filler.length))}You are wrong about the charge.`;
    const cwd = bytesTree({ 'long.md': `${line}\n` });
    const { code, results } = await lintJson(cwd, ['long.md']);
    expect(code).toBe(1);
    const column = line.indexOf('You are wrong') + 1;
    expect(column).toBeGreaterThan(1_048_576);
    expect(results.get('long.md')!.messages).toContainEqual(expect.objectContaining({ ruleId: 'no-customer-wrong', line: 1, column, endColumn: column + 13 }));
  }, 60_000);
});

describe('nesting 10,000 deep', () => {
  const TOO_DEEP_MARKDOWN =
    'Lists and block quotes are nested more than 100 levels deep on this line, so this template was not linted (macrolint stops there, to keep runs fast). Flatten the nesting.';

  it('is a fatal error for that file only, at the first line too deep; the other files are linted; exit 1', async () => {
    const cwd = bytesTree({
      'lists.md': `Hi,\n\n${'- '.repeat(10_000)}item\n`,
      'quotes.md': `Hi,\n\n${'>'.repeat(10_000)} quoted\n`,
      'mixed.md': `Hi,\n\n${'> - '.repeat(5_000)}item\n`,
      // 1,000 levels by indentation (10,000 would be a 100 MB file): caught at the 101st.
      'indented.md': `Hi,\n\n${Array.from({ length: 1_000 }, (_, depth) => `${'  '.repeat(depth)}- item`).join('\n')}\n`,
      'reply.md': WRONG_REPLY,
      'clean.md': CLEAN_REPLY,
    });
    const started = Date.now();
    const { code, stderr, results } = await lintJson(cwd, ['.']);
    // micromark alone takes minutes on these; the guard answers before it runs.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    for (const name of ['lists.md', 'quotes.md', 'mixed.md']) {
      expect(results.get(name)!.messages, name).toEqual([
        expect.objectContaining({ ruleId: null, fatal: true, severity: 2, message: TOO_DEEP_MARKDOWN, line: 3, column: 1 }),
      ]);
    }
    expect(results.get('indented.md')!.messages).toEqual([expect.objectContaining({ fatal: true, message: TOO_DEEP_MARKDOWN, line: 103 })]);
    expect(results.get('reply.md')!.messages.map((m) => m.ruleId)).toEqual(['no-customer-wrong']);
    expect(results.get('clean.md')!.messages).toEqual([]);
  }, 60_000);

  it('in HTML, where the parser itself recurses, the stack overflow is caught for that template', async () => {
    const cwd = bytesTree({ 'deep.html': `<p>Hi,</p>${'<div>'.repeat(10_000)}text`, 'reply.md': WRONG_REPLY });
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    expect(results.get('deep.html')!.messages).toEqual([
      expect.objectContaining({
        fatal: true,
        message: 'This template is nested too deeply to read (macrolint ran out of stack space), so it was not linted. Flatten the nesting.',
        line: 1,
        column: 1,
      }),
    ]);
    expect(results.get('reply.md')!.errorCount).toBe(1);
  }, 60_000);

  it('in JSON and YAML, the file gets a fatal error at its first line', async () => {
    const cwd = bytesTree({
      'deep.json': `${'['.repeat(10_000)}"x"${']'.repeat(10_000)}`,
      'deep.yaml': `a: ${'['.repeat(10_000)}x${']'.repeat(10_000)}\n`,
    });
    const { code, results } = await lintJson(cwd, ['deep.json', 'deep.yaml']);
    expect(code).toBe(1);
    // Either the JSON reader's own depth limit or the stack-overflow catch answers; both name the nesting.
    expect(results.get('deep.json')!.messages).toEqual([
      expect.objectContaining({ fatal: true, line: 1, message: expect.stringMatching(/deep.*not linted.*Flatten the nesting\.$/) }),
    ]);
    // The YAML library catches the overflow itself and reports it as a YAML error at its position.
    expect(results.get('deep.yaml')!.messages).toEqual([
      expect.objectContaining({ fatal: true, line: 1, message: expect.stringMatching(/^Invalid YAML: .*(Maximum call stack size exceeded|deep)/) }),
    ]);
  }, 60_000);

  it('100 levels, the most the guard lets through, are linted', async () => {
    const cwd = bytesTree({ 'hundred.md': `${'- '.repeat(100)}You are wrong about the charge.\n` });
    const { results } = await lintJson(cwd, ['hundred.md']);
    expect(results.get('hundred.md')!.messages).toContainEqual(expect.objectContaining({ ruleId: 'no-customer-wrong', line: 1, column: 201 }));
  });
});
