// HTML templates through the built CLI: fixtures/html/ (an email template with a bad sentence and
// a clean one), directory walks and stdin.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot, runCli } from './run-cli.js';

const htmlDir = path.join(repoRoot, 'fixtures/html');
const BAD = 'fixtures/html/disputed-charge.html';
const CLEAN = 'fixtures/html/order-shipped.html';

/** 1-based line and column of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  expect(offset).toBeGreaterThan(-1);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

beforeAll(assertBuilt);

describe('HTML templates', () => {
  it('reports "You&rsquo;re wrong" at its exact line and column', async () => {
    const text = readFileSync(path.join(repoRoot, BAD), 'utf8');
    const at = positionOf(text, 'You&rsquo;re wrong');
    expect(at).toEqual({ line: 16, column: 12 });

    const run = await runCli([BAD], { cwd: repoRoot });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`\n${BAD}\n`);
    expect(run.stdout).toMatch(new RegExp(`\\n\\s+${at.line}:${at.column}\\s+error\\s+.+\\s+no-customer-wrong\\n`));
    expect(run.stdout).toMatch(/\n\u2716 1 problem \(1 error, 0 warnings\)\n$/);

    const json = await runCli(['-f', 'json', BAD], { cwd: repoRoot });
    const [result] = JSON.parse(json.stdout) as Array<{ messages: Array<Record<string, unknown>> }>;
    const message = result!.messages.find((m) => m.ruleId === 'no-customer-wrong')!;
    expect(message).toMatchObject({ severity: 2, line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 'You&rsquo;re wrong'.length });
  });

  it('exits 0 silently on a clean HTML template', async () => {
    expect(await runCli([CLEAN], { cwd: repoRoot })).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('finds .html files when walking a directory', async () => {
    const run = await runCli(['-f', 'json', '.'], { cwd: htmlDir });
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; warningCount: number }>;
    expect(results.map((r) => [path.basename(r.filePath), r.errorCount, r.warningCount])).toEqual([
      ['disputed-charge.html', 1, 0],
      ['order-shipped.html', 0, 0],
    ]);
  });

  it('reads stdin as HTML with --stdin-filename, and honours directives in HTML comments', async () => {
    const body = '<p>Thanks for writing in.</p>\n<p>You&rsquo;re wrong about the fee.</p>\n';
    const bad = await runCli(['--stdin', '--stdin-filename', 'reply.html', '-f', 'json', '--rule', '{"no-customer-wrong": "error"}'], { cwd: htmlDir, stdin: body });
    const [result] = JSON.parse(bad.stdout) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(result!.messages.filter((m) => m.ruleId === 'no-customer-wrong').map((m) => [m.line, m.column])).toEqual([[2, 4]]);

    const silenced = `<!-- macrolint-disable-next-line no-customer-wrong -- quoting the customer's own words -->\n${body.replace('\n', ' ')}`;
    const run = await runCli(['--stdin', '--stdin-filename', 'reply.html', '-f', 'json'], { cwd: htmlDir, stdin: silenced });
    const [quiet] = JSON.parse(run.stdout) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(quiet!.messages.filter((m) => m.ruleId === 'no-customer-wrong')).toEqual([]);
  });
});
