// The real templates in ../shared/corpus (JSON bot commands, label-actions and lock YAML, osTicket
// YAML with HTML bodies, Markdown collections), linted through fixtures/corpus-config's `sources`
// by the built CLI: no crash, no fatal, and every quoted phrase sits exactly where it is reported.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult, TemplateUnit } from '../../src/types.js';
import { assertBuilt, repoRoot, runCli } from './run-cli.js';

const corpus = path.resolve(repoRoot, '../shared/corpus');
const config = path.join(repoRoot, 'fixtures/corpus-config/.macrolintrc.yaml');
const hasCorpus = fs.existsSync(corpus);

if (!hasCorpus) {
  console.warn(`test/e2e/formats-corpus.test.ts: skipped, ${corpus} does not exist (CI keeps the corpus beside the repository at ../shared/corpus).`);
}

/** 0-based offset of a 1-based line and column (UTF-16 columns; lines break at \r\n, \n, \r). */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const match = /\r\n|\n|\r/g;
    match.lastIndex = offset;
    const found = match.exec(text);
    if (!found) return text.length;
    offset = found.index + found[0].length;
  }
  return offset + column - 1;
}

/** The phrase a message quotes first: `"you are wrong" tells the customer …`. */
function quotedPhrase(message: string): string | undefined {
  return /^"([^"]+)"/.exec(message)?.[1];
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasCorpus)('the corpus, read through sources', () => {
  let results: FileResult[] = [];
  let code: number | null = null;
  let stderr = '';

  beforeAll(async () => {
    assertBuilt();
    const run = await runCli(['-c', config, '-f', 'json', corpus], { cwd: repoRoot });
    code = run.code;
    stderr = run.stderr;
    results = JSON.parse(run.stdout) as FileResult[];
  }, 60_000);

  it('lints every file without a crash or a fatal message', () => {
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    const files = fs.readdirSync(corpus, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(corpus, f)).isFile());
    expect(results.map((r) => path.relative(corpus, r.filePath)).sort()).toEqual(files.sort());
    expect(results.flatMap((r) => r.messages.filter((m) => m.fatal))).toEqual([]);
  });

  it('finds the templates each source describes', () => {
    const count = (suffix: string) => results.find((r) => r.filePath.endsWith(suffix))!.templates.length;
    expect(count('commands.json')).toBe(31);
    expect(count('DevExpress__testcafe/.github/label-actions.yml') + count('lock.yml')).toBe(12);
    expect(count('Tautulli__Tautulli/.github/label-actions.yml')).toBe(6);
    expect(count('canned-responses.md')).toBe(2);
    expect(results.filter((r) => r.filePath.includes('osTicket')).reduce((n, r) => n + r.templates.length, 0)).toBeGreaterThanOrEqual(35);
    const commands = results.find((r) => r.filePath.endsWith('commands.json'))!;
    expect(commands.templates.map((t) => t.name)).toContain('*question');
  });

  it('puts every quoted phrase exactly where it is reported, in the file and in its template', async () => {
    const { loadConfig } = (await import(pathToFileURL(path.join(repoRoot, 'dist/src/config/index.js')).href)) as typeof import('../../src/config/index.js');
    const { readUnits } = (await import(pathToFileURL(path.join(repoRoot, 'dist/src/formats/read-units.js')).href)) as typeof import('../../src/formats/read-units.js');
    const loaded = await loadConfig({ cwd: repoRoot, configFile: config });
    let checked = 0;
    let inData = 0;
    for (const result of results) {
      const text = fs.readFileSync(result.filePath, 'utf8').replace(/^\uFEFF/, '');
      const units = readUnits(text, result.filePath, loaded.forFile(result.filePath).format).units;
      for (const message of result.messages) {
        const phrase = quotedPhrase(message.message);
        if (!phrase) continue;
        const start = offsetOf(text, message.line, message.column);
        const end = offsetOf(text, message.endLine, message.endColumn);
        const slice = text.slice(start, end);
        const where = `${path.relative(corpus, result.filePath)}:${message.line}:${message.column} ${message.ruleId}`;
        // 1. The file's own characters, decoded the way the file encodes them.
        const decoded = result.filePath.endsWith('.json') ? (JSON.parse(`"${slice}"`) as string) : slice;
        expect(squash(decoded), where).toBe(squash(phrase));
        // 2. The template's body, through its position map: the phrase is the body text at [start, end).
        const unit = units.find((u: TemplateUnit) => u.name === message.template) ?? (units.length === 1 ? units[0] : undefined);
        expect(unit, where).toBeDefined();
        const bodyStart = [...Array(unit!.body.length + 1).keys()].find((i) => unit!.map.toFile(i) === start);
        const bodyEnd = [...Array(unit!.body.length + 1).keys()].reverse().find((i) => unit!.map.toFile(i) === end);
        expect(bodyStart, where).toBeDefined();
        expect(bodyEnd, where).toBeDefined();
        expect(squash(unit!.body.slice(bodyStart, bodyEnd)), where).toBe(squash(phrase));
        checked++;
        if (/\.(json|ya?ml)$/.test(result.filePath)) inData++;
      }
    }
    // The corpus has tone problems in JSON and YAML files too: the check must have run on them.
    console.log(`checked ${checked} quoted phrases, ${inData} in JSON or YAML`);
    expect(checked).toBeGreaterThanOrEqual(5);
    expect(inData).toBeGreaterThanOrEqual(2);
  });
});
