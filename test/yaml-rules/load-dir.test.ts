// A rules folder: which files are rules, their ids, and ids that collide.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRulesDir, runExamples, whyNotRulesDir } from '../../src/rules/yaml/index.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function rulesDir(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-rules-')));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const PHRASE = 'message: m\nkind: phrase\npatterns: [asap]\n';

describe('loadRulesDir', () => {
  it('reads every .yaml and .yml file (not hidden ones, not subfolders, not other files), in name order', async () => {
    const dir = rulesDir({
      'b-rule.yml': PHRASE,
      'a-rule.yaml': '\uFEFF' + PHRASE,
      'README.md': '# not a rule',
      '.draft.yaml': 'not: [valid',
      'nested/c-rule.yaml': PHRASE,
    });
    const rules = await loadRulesDir(dir);
    expect(rules.map((r) => [r.id, path.basename(r.filePath)])).toEqual([
      ['a-rule', 'a-rule.yaml'],
      ['b-rule', 'b-rule.yml'],
    ]);
    expect(rules[0]!.module.meta.id).toBe('a-rule');
  });

  it('rejects an id a built-in rule has, at the id', async () => {
    const dir = rulesDir({ 'mine.yaml': `id: no-blame\n${PHRASE}` });
    await expect(loadRulesDir(dir)).rejects.toThrow(
      `Invalid rule file ${path.join(dir, 'mine.yaml')}:1:5: id: "no-blame" is the id of a built-in rule: give this rule another id.`,
    );
  });

  it('rejects two files with one id, naming both', async () => {
    const dir = rulesDir({ 'no-asap.yaml': PHRASE, 'other.yaml': `${PHRASE}id: no-asap\n` });
    await expect(loadRulesDir(dir)).rejects.toThrow(
      `Invalid rule file ${path.join(dir, 'other.yaml')}:4:5: id: "no-asap" is already the id of the rule in ${path.join(dir, 'no-asap.yaml')}: every rule needs its own id.`,
    );
  });

  it('rejects an id another folder already uses (the caller says which)', async () => {
    const dir = rulesDir({ 'no-asap.yaml': PHRASE });
    await expect(loadRulesDir(dir, (id) => (id === 'no-asap' ? '/elsewhere/no-asap.yaml' : undefined))).rejects.toThrow(
      `Invalid rule file ${path.join(dir, 'no-asap.yaml')}:1:1: "no-asap" is already the id of the rule in /elsewhere/no-asap.yaml: every rule needs its own id.`,
    );
  });

  it('says why a path is not a rules folder', async () => {
    const dir = rulesDir({ 'file.yaml': PHRASE });
    expect(await whyNotRulesDir(dir)).toBeUndefined();
    expect(await whyNotRulesDir(path.join(dir, 'missing'))).toBe('no such folder');
    expect(await whyNotRulesDir(path.join(dir, 'file.yaml'))).toBe('it is not a folder');
  });
});

describe('runExamples', () => {
  it('passes an incorrect example the rule flags and a correct one it leaves alone, and fails the others', async () => {
    const dir = rulesDir({
      'no-asap.yaml': `${PHRASE}examples:\n  incorrect: [Fix it ASAP., Fix it soon.]\n  correct: [Fix it by Friday., Is ASAP ok? Fix it ASAP.]\n`,
      'untested.yaml': PHRASE,
    });
    const outcomes = runExamples(await loadRulesDir(dir));
    expect(outcomes.map((o) => [o.ruleId, o.expected, o.text, o.passed, o.diagnostics.length])).toEqual([
      ['no-asap', 'incorrect', 'Fix it ASAP.', true, 1],
      ['no-asap', 'incorrect', 'Fix it soon.', false, 0],
      ['no-asap', 'correct', 'Fix it by Friday.', true, 0],
      ['no-asap', 'correct', 'Is ASAP ok? Fix it ASAP.', false, 1],
    ]);
  });

  it('fails an example the core cannot read (broken front matter)', async () => {
    const dir = rulesDir({ 'no-asap.yaml': `${PHRASE}examples:\n  correct: ["---\\ntitle: [x\\n---\\nFine."]\n` });
    const [outcome] = runExamples(await loadRulesDir(dir));
    expect(outcome).toMatchObject({ passed: false });
    expect(outcome!.diagnostics[0]!.fatal).toBe(true);
  });
});

describe('unreadable rule files', () => {
  it('are a ConfigError naming the file, not a crash', async () => {
    const dir = rulesDir({ 'real/.keep': '' });
    fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'linked.yaml'));
    await expect(loadRulesDir(dir)).rejects.toThrow(`Cannot read rule file ${path.join(dir, 'linked.yaml')}: EISDIR.`);
  });
});
