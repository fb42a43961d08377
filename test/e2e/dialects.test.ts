// Every placeholder dialect end to end, through the built CLI: placeholders are masked so that the
// tone problem after them is reported at its exact position, and a name placeholder without a
// fallback is reported where the dialect has a fallback syntax (and only there).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/types.js';
import { assertBuilt, repoRoot } from './run-cli.js';

const folder = path.join(repoRoot, 'fixtures/dialects');
const cases: Array<[file: string, namePlaceholder: string, hasFallbackSyntax: boolean]> = [
  ['liquid.liquid', '{{ticket.requester.first_name}}', true],
  ['handlebars.hbs', '{{customer.first_name}}', true],
  ['jinja.j2', '{{ customer.first_name }}', true],
  ['helpscout.md', '{%customer.firstName%}', true],
  ['salesforce.txt', '{!Contact.FirstName}', true],
  ['osticket.txt', '%{recipient.name.first}', false],
  ['github.md', '@{issue-author}', false],
  ['dollar.md', '${firstName}', false],
];

let results: Map<string, FileResult>;
let status: number | null;

beforeAll(() => {
  assertBuilt();
  const run = spawnSync(process.execPath, ['bin/macrolint.js', '-c', path.join(folder, '.macrolintrc.yaml'), '-f', 'json', folder], { cwd: repoRoot, encoding: 'utf8' });
  status = run.status;
  results = new Map((JSON.parse(run.stdout) as FileResult[]).map((r) => [path.basename(r.filePath), r]));
});

/** The file text a diagnostic covers, from its line and column. */
function slice(file: string, m: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return readFileSync(path.join(folder, file), 'utf8').slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

describe('placeholder dialects', () => {
  it('lints every dialect fixture with errors (exit 1)', () => {
    expect(status).toBe(1);
    expect([...results.keys()].sort()).toEqual(cases.map(([file]) => file).sort());
  });

  it.each(cases)('%s: the tone problem after a placeholder is at its exact position', (file) => {
    const wrong = results.get(file)!.messages.filter((m) => m.ruleId === 'no-customer-wrong');
    expect(wrong.map((m) => slice(file, m))).toEqual(['You are wrong']);
  });

  it.each(cases)('%s: a name placeholder without a fallback is reported only where the dialect has one', (file, placeholder, hasFallbackSyntax) => {
    const fallback = results.get(file)!.messages.filter((m) => m.ruleId === 'placeholder-fallback');
    expect(fallback.map((m) => slice(file, m))).toEqual(hasFallbackSyntax ? [placeholder] : []);
  });

  it.each(cases)('%s: no diagnostic starts or ends inside a placeholder', (file) => {
    const text = readFileSync(path.join(folder, file), 'utf8');
    const spans = [...text.matchAll(/\{\{[^}]*\}\}|\{%[^%]*%\}|%\{[^}]*\}|@\{[^}]*\}|\$\{[^}]*\}|\{![^}]*\}/g)].map((m) => [m.index!, m.index! + m[0].length]);
    expect(spans.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    for (const m of results.get(file)!.messages) {
      for (const edge of [offset(m.line, m.column), offset(m.endLine, m.endColumn)]) {
        const cut = spans.find(([start, end]) => edge > start! && edge < end!);
        expect(cut, `${m.ruleId} cuts a placeholder`).toBeUndefined();
      }
    }
  });
});
