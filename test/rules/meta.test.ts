// Keeps every rule folder honest: registered, documented, and its README examples true.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { recommendedRules } from '../../src/config/recommended.js';
import { builtinRuleIds, loadRules } from '../../src/rules/registry.js';
import type { RuleModule } from '../../src/types.js';

const rulesDir = join(import.meta.dirname, '..', '..', 'rules');
const folders = readdirSync(rulesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const rules = await loadRules(builtinRuleIds);

/** The ```md blocks of one `## Section` of a README. */
export function examples(readme: string, section: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`);
  if (start === -1) return [];
  const rest = readme.slice(start + section.length + 5);
  const end = rest.search(/\n## /);
  const body = end === -1 ? rest : rest.slice(0, end);
  return [...body.matchAll(/```(?:md|markdown)\n([\s\S]*?)\n```/g)].map((m) => `${m[1]}\n`);
}

function diagnosticsOf(rule: RuleModule, text: string) {
  const id = rule.meta.id;
  return lintText(text, { filePath: 'example.md', config: { rules: { [id]: { severity: 2, options: {} } } }, rules: new Map([[id, rule]]) }).messages;
}

it('registers exactly the rule folders', () => {
  expect([...builtinRuleIds]).toEqual(folders);
});

it('lists every recommended rule, and only rules that say they are recommended', () => {
  for (const [id, rule] of rules) {
    const setting = recommendedRules[id];
    const recommended = rule.meta.docs.recommended;
    if (recommended === false) expect(setting, id).toBeUndefined();
    else expect(setting, id).toBe(recommended === true ? 'error' : recommended);
  }
});

describe.each(folders)('rules/%s', (id) => {
  const dir = join(rulesDir, id);
  const readmePath = join(dir, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
  const rule = rules.get(id)!;

  it('has a README, an index.ts and a test file', () => {
    expect(readme, 'README.md').not.toBe('');
    expect(existsSync(join(dir, 'index.ts'))).toBe(true);
    expect(readdirSync(dir).some((f) => f.endsWith('.test.ts'))).toBe(true);
  });

  it('has meta that matches its folder and points at its README', () => {
    expect(rule.meta.id).toBe(id);
    expect(rule.meta.docs.url).toMatch(new RegExp(`/rules/${id}/README\\.md$`));
    expect(rule.meta.docs.description.length).toBeGreaterThan(10);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.meta.messages)) expect(message).not.toContain(id);
  });

  it('documents the principle, examples and options', () => {
    expect(readme.startsWith(`# ${id}\n`)).toBe(true);
    for (const section of ['Principle', 'Incorrect', 'Correct', 'Options']) expect(readme).toContain(`\n## ${section}\n`);
  });

  it('flags every Incorrect example', () => {
    const incorrect = examples(readme, 'Incorrect');
    expect(incorrect.length).toBeGreaterThan(0);
    for (const example of incorrect) {
      expect(diagnosticsOf(rule, example).filter((m) => m.ruleId === id).length, example).toBeGreaterThan(0);
    }
  });

  it('passes every Correct example', () => {
    const correct = examples(readme, 'Correct');
    expect(correct.length).toBeGreaterThan(0);
    for (const example of correct) {
      expect(diagnosticsOf(rule, example).map((m) => m.message), example).toEqual([]);
    }
  });
});
