// The pure logic of bulk suppressions: record, apply, prune, and the file's text, on hand-built
// results (no files are read or written here).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/summarize.js';
import {
  applySuppressions,
  countErrors,
  parseSuppressions,
  pruneSuppressions,
  recordSuppressions,
  serializeSuppressions,
  suppressionKey,
  unknownRuleMessage,
  unusedSuppressionsMessage,
  type SuppressionTable,
} from '../../src/engine/suppressions.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

const cwd = path.resolve('/repo');
const at = (file: string): string => path.join(cwd, file);

function problem(ruleId: string | null, template: string | undefined, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId,
    severity: 2,
    message: `${ruleId ?? 'fatal'} problem`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    offset: 0,
    endOffset: 1,
    ...(template !== undefined ? { template } : {}),
    ...extra,
  };
}
const warning = (ruleId: string, template: string): Diagnostic => problem(ruleId, template, { severity: 1 });
const result = (file: string, messages: Diagnostic[]): FileResult => summarize(at(file), messages);

/** A table from a plain object, for readable expectations. */
function table(data: Record<string, Record<string, Record<string, number>>>): SuppressionTable {
  return new Map(Object.entries(data).map(([file, templates]) => [file, new Map(Object.entries(templates).map(([name, rules]) => [name, new Map(Object.entries(rules))]))]));
}
function plain(t: SuppressionTable): Record<string, Record<string, Record<string, number>>> {
  return Object.fromEntries([...t].map(([file, templates]) => [file, Object.fromEntries([...templates].map(([name, rules]) => [name, Object.fromEntries(rules)]))]));
}

describe('suppressionKey', () => {
  it('is the path relative to cwd with forward slashes; stdin text without a name has none', () => {
    expect(suppressionKey(at('macros/billing/refund.md'), cwd)).toBe('macros/billing/refund.md');
    expect(suppressionKey(path.resolve(cwd, '../other/a.md'), cwd)).toBe('../other/a.md');
    expect(suppressionKey('<text>', cwd)).toBeUndefined();
  });
});

describe('countErrors', () => {
  it('counts rule errors by template and rule, never warnings, fatal problems or rule-less problems', () => {
    const counts = countErrors(
      result('a.json', [
        problem('no-blame', 'Refund'),
        problem('no-blame', 'Refund'),
        problem('no-blame', 'Delay'),
        warning('no-blame', 'Refund'),
        problem(null, 'Refund', { fatal: true, message: 'Rule "x" crashed' }),
        problem(null, undefined, { message: 'Unused directive' }),
        problem('no-insult', undefined),
      ]),
    );
    expect(counts).toEqual(
      new Map([
        ['Refund', new Map([['no-blame', 2]])],
        ['Delay', new Map([['no-blame', 1]])],
        ['', new Map([['no-insult', 1]])],
      ]),
    );
  });
});

describe('recordSuppressions', () => {
  const results = [
    result('b.md', [problem('no-blame', 'B'), problem('no-blame', 'B'), problem('no-told-you-so', 'B'), warning('no-shouting', 'B')]),
    result('a.md', [problem('no-customer-wrong', 'A')]),
    result('clean.md', []),
  ];

  it('--suppress-all: every rule error of every linted file; warnings and clean files get no entry', () => {
    expect(plain(recordSuppressions(new Map(), results, cwd, 'all'))).toEqual({
      'a.md': { A: { 'no-customer-wrong': 1 } },
      'b.md': { B: { 'no-blame': 2, 'no-told-you-so': 1 } },
    });
  });

  it('--suppress-all replaces the counts of linted files (dropping rules gone to zero) and keeps other files', () => {
    const before = table({ 'b.md': { B: { 'no-blame': 5, 'no-insult': 1 }, Old: { 'no-blame': 1 } }, 'other.md': { O: { 'no-blame': 3 } } });
    expect(plain(recordSuppressions(before, results, cwd, 'all'))).toEqual({
      'a.md': { A: { 'no-customer-wrong': 1 } },
      'b.md': { B: { 'no-blame': 2, 'no-told-you-so': 1 } },
      'other.md': { O: { 'no-blame': 3 } },
    });
    expect(plain(before)['b.md']!.B!['no-blame']).toBe(5); // the input is not changed
  });

  it('--suppress-rule merges: only those rules change, in every template of the linted files', () => {
    const before = table({ 'b.md': { B: { 'no-told-you-so': 9, 'no-insult': 1 }, Old: { 'no-told-you-so': 1 } } });
    expect(plain(recordSuppressions(before, results, cwd, ['no-told-you-so']))).toEqual({
      'b.md': { B: { 'no-told-you-so': 1, 'no-insult': 1 } },
    });
  });

  it('leaves a file with a fatal problem as recorded: its counts could not be taken', () => {
    const broken = result('b.md', [problem(null, undefined, { fatal: true, message: 'Invalid JSON' })]);
    const before = table({ 'b.md': { B: { 'no-blame': 2 } } });
    expect(plain(recordSuppressions(before, [broken], cwd, 'all'))).toEqual({ 'b.md': { B: { 'no-blame': 2 } } });
  });

  it('gives stdin text without a file name no entry', () => {
    expect(recordSuppressions(new Map(), [summarize('<text>', [problem('no-blame', 'T')])], cwd, 'all').size).toBe(0);
  });
});

describe('applySuppressions', () => {
  it('suppresses all errors of a file, template and rule when there are as many as recorded, or fewer', () => {
    const input = [
      result('a.md', [
        problem('no-blame', 'A', { fix: { range: [0, 1], text: '' } }),
        problem('no-blame', 'A'),
        warning('no-blame', 'A'),
        problem('no-told-you-so', 'A'),
      ]),
    ];
    const { results, unused, suppressedCount } = applySuppressions(table({ 'a.md': { A: { 'no-blame': 2 } } }), input, cwd);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['no-blame', 1],
      ['no-told-you-so', 2],
    ]);
    expect(results[0]).toMatchObject({ errorCount: 1, warningCount: 1, fixableErrorCount: 0, filePath: at('a.md') });
    expect(suppressedCount).toBe(2);
    expect(unused).toEqual([]);
    expect(input[0]!.errorCount).toBe(3); // the input is not changed
  });

  it('reports every error when there are more than recorded: the new one cannot be told apart', () => {
    const input = [result('a.md', [problem('no-blame', 'A'), problem('no-blame', 'A'), problem('no-blame', 'A')])];
    const { results, unused } = applySuppressions(table({ 'a.md': { A: { 'no-blame': 2 } } }), input, cwd);
    expect(results[0]!.errorCount).toBe(3);
    expect(results[0]).toBe(input[0]);
    expect(unused).toEqual([]);
  });

  it('counts each template on its own, and never suppresses fatal problems', () => {
    const input = [
      result('macros.json', [
        problem('no-blame', 'Refund'),
        problem('no-blame', 'Delay'),
        problem('no-blame', 'Delay'),
        problem(null, 'Delay', { fatal: true }),
      ]),
    ];
    const { results } = applySuppressions(table({ 'macros.json': { Refund: { 'no-blame': 1 }, Delay: { 'no-blame': 1 } } }), input, cwd);
    expect(results[0]!.messages.map((m) => [m.template, m.ruleId])).toEqual([
      ['Delay', 'no-blame'],
      ['Delay', 'no-blame'],
      ['Delay', null],
    ]);
    expect(results[0]!.fatalErrorCount).toBe(1);
  });

  it('lists suppressions that record more than occurs, only for files linted completely this run', () => {
    const input = [
      result('a.md', [problem('no-blame', 'A')]),
      result('clean.md', []),
      result('broken.json', [problem(null, undefined, { fatal: true })]),
    ];
    const { unused } = applySuppressions(
      table({
        'a.md': { A: { 'no-blame': 3, 'no-insult': 1 } },
        'clean.md': { C: { 'no-blame': 1 } },
        'broken.json': { B: { 'no-blame': 1 } },
        'not-linted.md': { N: { 'no-blame': 1 } },
      }),
      input,
      cwd,
    );
    expect(unused).toEqual([
      { file: 'a.md', template: 'A', ruleId: 'no-blame', recorded: 3, found: 1 },
      { file: 'a.md', template: 'A', ruleId: 'no-insult', recorded: 1, found: 0 },
      { file: 'clean.md', template: 'C', ruleId: 'no-blame', recorded: 1, found: 0 },
    ]);
  });
});

describe('pruneSuppressions', () => {
  it('lowers counts to what occurs, drops zeros and missing files, keeps exceeded counts and unlinted files that exist', () => {
    const before = table({
      'a.md': { A: { 'no-blame': 3, 'no-insult': 2, 'no-told-you-so': 1 }, Gone: { 'no-blame': 1 } },
      'clean.md': { C: { 'no-blame': 1 } },
      'deleted.md': { D: { 'no-blame': 1 } },
      'elsewhere.md': { E: { 'no-blame': 4 } },
    });
    const input = [
      result('a.md', [problem('no-blame', 'A'), problem('no-insult', 'A'), problem('no-insult', 'A'), problem('no-insult', 'A')]),
      result('clean.md', []),
    ];
    const existing = new Set(['a.md', 'clean.md', 'elsewhere.md']);
    expect(plain(pruneSuppressions(before, input, cwd, (key) => existing.has(key)))).toEqual({
      'a.md': { A: { 'no-blame': 1, 'no-insult': 2 } },
      'elsewhere.md': { E: { 'no-blame': 4 } },
    });
  });
});

describe('the suppressions file', () => {
  it('is written with sorted keys at every level, two-space indent and a final newline', () => {
    const text = serializeSuppressions(table({ 'b.md': { Z: { 'no-insult': 1, 'no-blame': 2 }, A: { 'no-blame': 1 } }, 'a.md': { '': { 'no-blame': 1 } } }));
    expect(text).toBe(
      [
        '{',
        '  "a.md": {',
        '    "": {',
        '      "no-blame": {',
        '        "count": 1',
        '      }',
        '    }',
        '  },',
        '  "b.md": {',
        '    "A": {',
        '      "no-blame": {',
        '        "count": 1',
        '      }',
        '    },',
        '    "Z": {',
        '      "no-blame": {',
        '        "count": 2',
        '      },',
        '      "no-insult": {',
        '        "count": 1',
        '      }',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('does not depend on the order counts were recorded in', () => {
    const one = table({ 'b.md': { B: { y: 1, x: 2 } }, 'a.md': { A: { z: 1 } } });
    const two = table({ 'a.md': { A: { z: 1 } }, 'b.md': { B: { x: 2, y: 1 } } });
    expect(serializeSuppressions(one)).toBe(serializeSuppressions(two));
  });

  it('reads back what it writes, even names like __proto__, and a leading BOM', () => {
    const original = table({ '__proto__': { constructor: { 'no-blame': 2 } }, 'a b/ü.md': { 'Say "hi"': { 'acme/no-jargon': 1 } } });
    const text = serializeSuppressions(original);
    expect(plain(parseSuppressions(text, 'f.json'))).toEqual(plain(original));
    expect(plain(parseSuppressions(`\uFEFF${text}`, 'f.json'))).toEqual(plain(original));
  });

  it('names the file, line and column of invalid JSON', () => {
    const text = '{\n  "a.md": {\n    "A": { "no-blame": { "count": 1 } },\n  }\n}\n';
    expect(() => parseSuppressions(text, 'macrolint-suppressions.json')).toThrow(
      expect.objectContaining({ name: 'SuppressionsError', message: expect.stringMatching(/^Cannot parse the suppressions file macrolint-suppressions\.json:4:3: /) }),
    );
    expect(() => parseSuppressions('<<<<<<< HEAD\n{}\n', 'x.json')).toThrow(/^Cannot parse the suppressions file x\.json:1:1: /);
    expect(() => parseSuppressions('', 'x.json')).toThrow(/x\.json:1:1: Unexpected end of JSON input/);
  });

  it('names the key that has the wrong shape', () => {
    const bad = (data: unknown): (() => void) => () => parseSuppressions(JSON.stringify(data), 's.json');
    expect(bad([])).toThrow('Invalid suppressions file s.json: the top level should be an object of file paths (got an array).');
    expect(bad({ 'a.md': 3 })).toThrow('["a.md"] should be an object of template names (got 3)');
    expect(bad({ 'a.md': { A: null } })).toThrow('["a.md"].A should be an object of rule ids (got null)');
    expect(bad({ 'a.md': { A: { 'no-blame': 2 } } })).toThrow('["a.md"].A.no-blame should be an object like { "count": 2 } (got 2)');
    expect(bad({ 'a.md': { A: { 'no-blame': { count: -1 } } } })).toThrow('["a.md"].A.no-blame.count should be a whole number, 0 or more (got -1)');
    expect(bad({ 'a.md': { A: { 'no-blame': { count: '2' } } } })).toThrow('count should be a whole number, 0 or more (got "2")');
    expect(bad({ 'a.md': { A: { 'no-blame': {} } } })).toThrow('count should be a whole number, 0 or more (got undefined)');
  });
});

describe('messages', () => {
  it('lists unused suppressions (escaped: names come from disk) and says how to prune or pass', () => {
    const text = unusedSuppressionsMessage(
      [
        { file: 'a.md', template: 'Refund\u001b[31m', ruleId: 'no-blame', recorded: 3, found: 1 },
        { file: 'b.md', template: '', ruleId: 'no-insult', recorded: 1, found: 0 },
      ],
      'macrolint-suppressions.json',
    );
    expect(text).toBe(
      'macrolint: 2 suppressions in macrolint-suppressions.json are no longer needed (fewer errors occur than were recorded):\n' +
        '  a.md, template "Refund\\x1b[31m": no-blame (3 recorded, 1 found)\n' +
        '  b.md: no-insult (1 recorded, 0 found)\n' +
        'Run the same command with --prune-suppressions to update the file, or add --pass-on-unpruned-suppressions to ignore this.\n',
    );
  });

  it('lists at most ten unused suppressions', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ file: `f${i}.md`, template: 'T', ruleId: 'no-blame', recorded: 1, found: 0 }));
    const lines = unusedSuppressionsMessage(many, 's.json').trimEnd().split('\n');
    expect(lines).toHaveLength(13);
    expect(lines[11]).toBe('  … and 2 more');
  });

  it('rejects a --suppress-rule id that no rule of the run has, with a suggestion', () => {
    expect(unknownRuleMessage(['no-blame'], ['no-blame', 'no-insult'])).toBeUndefined();
    expect(unknownRuleMessage(['no-blam'], ['no-blame', 'no-insult'])).toBe(
      '--suppress-rule "no-blam": no rule with this id is enabled for the files linted (did you mean "no-blame"?).',
    );
  });
});
