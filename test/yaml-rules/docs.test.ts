// docs/yaml-rules.md is checked against the code: every rule file it shows is valid and its
// examples pass, every kind has one, and its config examples load with those rules.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulesDir, runExamples } from '../../src/rules/yaml/index.js';
import { load, makeDir, writeFiles } from '../config/helpers.js';

const docs = fs.readFileSync(new URL('../../docs/yaml-rules.md', import.meta.url), 'utf8');
const yamlBlocks = [...docs.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
const ruleBlocks = yamlBlocks.filter((block) => /^# macrolint-rules\/[\w-]+\.yaml\n/.test(block));
const configBlocks = yamlBlocks.filter((block) => block.startsWith('# .macrolintrc.yaml\n'));

function project(): string {
  const dir = makeDir();
  for (const block of ruleBlocks) writeFiles(dir, { [/^# (\S+)/.exec(block)![1]!]: block });
  return dir;
}

describe('docs/yaml-rules.md', () => {
  it('shows a rule file of every kind, each with examples that pass', async () => {
    const rules = await loadRulesDir(path.join(project(), 'macrolint-rules'));
    expect(new Set(rules.map((rule) => rule.spec.kind))).toEqual(new Set(['phrase', 'require', 'order', 'limit']));
    const outcomes = runExamples(rules);
    expect(outcomes.filter((o) => !o.passed)).toEqual([]);
    for (const rule of rules) expect(outcomes.some((o) => o.ruleId === rule.id && o.expected === 'incorrect')).toBe(true);
  });

  it.each(configBlocks)('has config examples that load (%#)', async (block) => {
    const dir = project();
    writeFiles(dir, { '.macrolintrc.yaml': block });
    expect((await load(dir)).rulesDirs).toEqual([path.join(dir, 'macrolint-rules')]);
  });
});
