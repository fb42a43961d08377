import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/core/apply-fixes.js';
import { lintAndFix, MAX_FIX_PASSES } from '../../src/engine/fix-file.js';
import { summarize } from '../../src/core/summarize.js';
import type { Diagnostic, FileResult, RuleModule, RuleType } from '../../src/types.js';

function problem(ruleId: string, range: [number, number], text: string, severity: 1 | 2 = 1): Diagnostic {
  return { ruleId, severity, message: ruleId, line: 1, column: range[0] + 1, endLine: 1, endColumn: range[1] + 1, offset: range[0], endOffset: range[1], fix: { range, text } };
}

const types: Record<string, RuleType> = { shout: 'tone', name: 'template', caps: 'style' };
const typeOf = (id: string): RuleType | undefined => types[id];

describe('applyFixes', () => {
  it('applies fixes in range order, whatever the diagnostics order', () => {
    const text = 'Hi {{Name}}, thanks!!! Bye!!';
    const fixes = [problem('shout', [26, 28], '!'), problem('name', [5, 9], 'name'), problem('shout', [19, 22], '!')];
    const result = applyFixes(text, fixes);
    expect(result.output).toBe('Hi {{name}}, thanks! Bye!');
    expect(result.fixed).toBe(true);
    expect(result.applied.map((d) => d.offset)).toEqual([5, 19, 26]);
  });

  it('skips a fix that overlaps or touches an earlier one (left for a later pass)', () => {
    const text = 'abcdef';
    const first = problem('shout', [1, 3], 'X');
    const overlapping = problem('shout', [2, 4], 'Y');
    const touching = problem('shout', [3, 5], 'Z');
    const later = problem('shout', [5, 6], 'W');
    const result = applyFixes(text, [later, touching, overlapping, first]);
    expect(result.output).toBe('aXdeW');
    expect(result.applied).toEqual([first, later]);
  });

  it('applies only one of two insertions at the same offset', () => {
    const result = applyFixes('ab', [problem('name', [1, 1], 'X'), problem('name', [1, 1], 'Y')]);
    expect(result.output).toBe('aXb');
    expect(result.applied).toHaveLength(1);
  });

  it('is a no-op without fixes: the same text, fixed false', () => {
    const text = 'Hello!';
    const noFix: Diagnostic = { ...problem('shout', [0, 1], ''), fix: undefined };
    expect(applyFixes(text, [])).toEqual({ output: text, fixed: false, applied: [] });
    expect(applyFixes(text, [noFix])).toEqual({ output: text, fixed: false, applied: [] });
  });

  it('ignores fixes with an invalid range and fatal problems', () => {
    const text = 'Hello';
    const fatal = { ...problem('shout', [0, 1], 'J'), fatal: true };
    expect(applyFixes(text, [problem('shout', [3, 9], 'x'), problem('shout', [4, 2], 'x'), fatal]).fixed).toBe(false);
  });

  it('filters by rule type through the rule meta, and by a rule filter', () => {
    const text = 'Hi {{Name}}!!!';
    const fixes = [problem('name', [5, 9], 'name'), problem('shout', [11, 14], '!', 2)];
    expect(applyFixes(text, fixes, { types: ['tone'], typeOf }).output).toBe('Hi {{Name}}!');
    expect(applyFixes(text, fixes, { types: ['template', 'tone'], typeOf }).output).toBe('Hi {{name}}!');
    expect(applyFixes(text, fixes, { types: ['style'], typeOf }).fixed).toBe(false);
    // A rule the lookup does not know is not of any requested type.
    expect(applyFixes(text, [problem('other', [0, 2], 'Hello')], { types: ['tone'], typeOf }).fixed).toBe(false);
    expect(applyFixes(text, fixes, { ruleFilter: (d) => d.severity === 2 }).output).toBe('Hi {{Name}}!');
  });
});

describe('lintAndFix', () => {
  const rules = new Map<string, RuleModule>(
    Object.entries(types).map(([id, type]) => [id, { meta: { id, type, docs: { description: id, recommended: false }, messages: {} }, create: () => {} }]),
  );

  // A fake linter: every "!!" (two marks) is a problem fixed to one mark; "{{Name}}" a case slip.
  function fakeLint(text: string): FileResult {
    const messages: Diagnostic[] = [];
    for (const match of text.matchAll(/!!/g)) messages.push(problem('shout', [match.index!, match.index! + 2], '!'));
    for (const match of text.matchAll(/\{\{Name\}\}/g)) messages.push(problem('name', [match.index! + 2, match.index! + 6], 'name'));
    if (text.includes('BROKEN')) messages.push({ ...problem('x', [0, 0], ''), fix: undefined, fatal: true, ruleId: null, severity: 2 });
    return summarize('a.md', messages);
  }

  it('fixes in passes until nothing applies; messages are the final text\'s', () => {
    // "!!!!" has overlapping problems: each pass fixes some, the next pass the rest.
    const result = lintAndFix('Hi {{Name}}!!!!\r\nBye', false, fakeLint, rules);
    expect(result.output).toBe('Hi {{name}}!\r\nBye');
    expect(result.messages).toEqual([]);
  });

  it('keeps the BOM in output, and gives no output when nothing changed', () => {
    expect(lintAndFix('Hi!!', true, fakeLint, rules).output).toBe('\uFEFFHi!');
    const unchanged = lintAndFix('Hi!', true, fakeLint, rules);
    expect(unchanged.output).toBeUndefined();
    expect(unchanged).toEqual(fakeLint('Hi!'));
  });

  it('applies only the requested types', () => {
    const result = lintAndFix('Hi {{Name}}!!', false, fakeLint, rules, { types: ['template'] });
    expect(result.output).toBe('Hi {{name}}!!');
    expect(result.messages.map((m) => m.ruleId)).toEqual(['shout']);
  });

  it('stops after MAX_FIX_PASSES passes', () => {
    let passes = 0;
    // Every pass "fixes" a to aa, forever.
    const endless = (text: string): FileResult => {
      passes++;
      return summarize('a.md', [problem('shout', [0, 1], 'aa')].map((d) => ({ ...d, fix: { range: [0, 1] as [number, number], text: text.slice(0, 1) + 'a' } })));
    };
    const result = lintAndFix('a', false, endless, rules);
    expect(passes).toBe(MAX_FIX_PASSES + 1);
    expect(result.output).toBe('a'.repeat(MAX_FIX_PASSES + 1));
  });

  it('drops a pass whose fixes make the text unreadable', () => {
    const breaking = (text: string): FileResult =>
      text.includes('BROKEN') ? fakeLint(text) : summarize('a.md', [problem('shout', [0, 2], 'BROKEN')]);
    const result = lintAndFix('Hi', false, breaking, rules);
    expect(result.output).toBeUndefined();
    expect(result.messages).toHaveLength(1);
  });
});
