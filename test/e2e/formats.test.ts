// JSON and YAML files (and a Markdown collection) linted through the config's `sources` by the
// built CLI: found by the directory walk (even in .github), split into templates, and every
// diagnostic at the exact escaped or folded characters in the file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/types.js';
import { assertBuilt, runCli } from './run-cli.js';

const dir = fileURLToPath(new URL('../../fixtures/formats/', import.meta.url));

/** The file text between a diagnostic's start and end (1-based lines and columns). */
function sliceOf(file: string, m: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return lines.join('\n').slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

describe('sources: JSON, YAML and Markdown collections end to end', () => {
  let results: FileResult[];
  let code: number | null;

  beforeAll(async () => {
    assertBuilt();
    const run = await runCli(['-f', 'json', '.'], { cwd: dir });
    code = run.code;
    expect(run.stderr).toBe('');
    results = JSON.parse(run.stdout) as FileResult[];
  }, 30_000);

  const byFile = (name: string) => results.find((r) => path.relative(dir, r.filePath) === name)!;

  it('walks into .github for the file a source names, and lints the YAML file', () => {
    expect(code).toBe(1);
    expect(results.map((r) => path.relative(dir, r.filePath))).toEqual(['.github/commands.json', 'label-actions.yml', 'saved-replies.md']);
  });

  it('JSON: one template per comment, named by the command, the diagnostic on the escaped text', () => {
    const result = byFile('.github/commands.json');
    expect(result.templates.map((t) => t.name)).toEqual(['needs-more-info', 'works-as-designed']);
    expect(result.messages.map((m) => ({ ruleId: m.ruleId, template: m.template, line: m.line, raw: sliceOf('.github/commands.json', m) }))).toEqual([
      { ruleId: 'no-customer-wrong', template: 'works-as-designed', line: 12, raw: 'you\\u2019re wrong' },
    ]);
  });

  it('YAML: a folded scalar, the diagnostic across its line fold', () => {
    const result = byFile('label-actions.yml');
    expect(result.templates.map((t) => t.name)).toEqual(['duplicate.issues.comment', 'needs-repro.comment']);
    expect(result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, endLine: m.endLine, raw: sliceOf('label-actions.yml', m) }))).toEqual([
      { ruleId: 'no-told-you-so', line: 5, endLine: 6, raw: 'As I already\n      explained' },
    ]);
  });

  it('Markdown sections: one template per heading', () => {
    const result = byFile('saved-replies.md');
    expect(result.templates.map((t) => t.name)).toEqual(['Saved replies', 'Feature request', 'Not a bug']);
    expect(result.messages.map((m) => [m.ruleId, m.template, sliceOf('saved-replies.md', m)])).toEqual([['no-customer-wrong', 'Not a bug', 'You are wrong']]);
  });

  it('prints the format a source gives a file', async () => {
    const run = await runCli(['--print-config', 'label-actions.yml'], { cwd: dir });
    expect(JSON.parse(run.stdout).format).toEqual({ selectors: [{ select: ['**.comment'] }], syntax: 'github' });
  });
});
