// Selectors over JSON and YAML documents, and how selected values become named templates.
import { describe, expect, it } from 'vitest';
import { readUnits } from '../../src/formats/read-units.js';
import { compileSelector, formatPath, matchesPath, SelectorError } from '../../src/formats/select.js';
import type { SourceSelector } from '../../src/types.js';

const matches = (selector: string, path: Array<string | number>) => matchesPath(compileSelector(selector), path);

describe('matchesPath', () => {
  it('matches keys, * (one level, keys or items) and ** (any depth, none included)', () => {
    expect(matches('a.b', ['a', 'b'])).toBe(true);
    expect(matches('a.b', ['a', 'b', 'c'])).toBe(false);
    expect(matches('a.*', ['a', 'x'])).toBe(true);
    expect(matches('a.*', ['a', 3])).toBe(true);
    expect(matches('a.*', ['a', 'x', 'y'])).toBe(false);
    expect(matches('**.comment', ['comment'])).toBe(true);
    expect(matches('**.comment', ['labels', 3, 'issues', 'comment'])).toBe(true);
    expect(matches('**.comment', ['comment', 'x'])).toBe(false);
    expect(matches('macros.*.actions.*.value', ['macros', 0, 'actions', 2, 'value'])).toBe(true);
    expect(matches('macros.*.actions.*.value', ['macros', 0, 'value'])).toBe(false);
    expect(matches('items.1', ['items', 1])).toBe(true);
    expect(matches('a.**', ['a', 'b', 'c'])).toBe(true);
    expect(matches('**', [])).toBe(true);
  });

  it('stays fast on many ** parts', () => {
    const path = Array.from({ length: 40 }, (_, i) => `k${i}`);
    expect(matches('**.**.**.**.**.**.**.**.nope', path)).toBe(false);
  });

  it('rejects malformed selectors', () => {
    expect(() => compileSelector('')).toThrow(SelectorError);
    expect(() => compileSelector('a..b')).toThrow('empty part');
    expect(() => compileSelector('.a')).toThrow('empty part');
    expect(() => compileSelector('a.co*')).toThrow('whole part');
    expect(() => compileSelector('a**.b')).toThrow('whole part');
  });

  it('formats paths for template names', () => {
    expect(formatPath(['labels', 3, 'comment'])).toBe('labels[3].comment');
    expect(formatPath([])).toBe('(root)');
  });
});

function units(text: string, file: string, selectors?: SourceSelector[]) {
  const read = readUnits(text, file, selectors ? { selectors } : {});
  expect(read.fatal).toBeUndefined();
  return read.units.map((u) => ({ name: u.name, body: u.body, kind: u.kind, metadata: u.metadata }));
}

describe('selected values become templates', () => {
  const json = JSON.stringify({
    macros: [
      { id: 7, title: 'Refund', actions: [{ field: 'comment_value', value: 'Thanks!' }, { field: 'status', value: 'solved' }] },
      { name: 'Delay', comment: 'Sorry for the wait.' },
      { comment: 'No name here.' },
    ],
  }, null, 2);

  it('names a template by its parent name, title or id, else by its path', () => {
    expect(units(json, 'export.json', [{ select: ['**.comment'] }])).toEqual([
      { name: 'Delay', body: 'Sorry for the wait.', kind: 'markdown', metadata: { title: 'Delay' } },
      { name: 'macros[2].comment', body: 'No name here.', kind: 'markdown', metadata: {} },
    ]);
  });

  it('names by a dot path relative to the parent, or $key', () => {
    const yaml = 'replies:\n  refund:\n    meta: { label: Refund ok }\n    body: Thanks!\n  delay:\n    body: Sorry.\n';
    expect(units(yaml, 'r.yaml', [{ select: ['replies.*.body'], name: 'meta.label' }]).map((u) => u.name)).toEqual(['Refund ok', 'replies.delay.body']);
    expect(units(yaml, 'r.yaml', [{ select: ['replies.*.body'], name: '$key' }]).map((u) => u.name)).toEqual(['refund', 'delay']);
    expect(units('lockComment: Locked.\n', 'lock.yml', [{ select: ['lockComment'], name: '$key' }]).map((u) => u.name)).toEqual(['lockComment']);
  });

  it('takes id and title metadata from the parent, the kind from the selector, and only strings', () => {
    const yaml = 'a:\n  id: 12\n  title: T\n  text: Hello there.\n  count: 3\nb:\n  text: [not, a, string]\n';
    expect(units(yaml, 'x.yml', [{ select: ['*.text', '*.count'], kind: 'text' }])).toEqual([
      { name: 'T', body: 'Hello there.', kind: 'text', metadata: { id: '12', title: 'T' } },
    ]);
  });

  it('uses the first selector that matches a value', () => {
    const read = readUnits('a:\n  comment: Hi.\n', 'x.yml', { selectors: [{ select: ['a.comment'], kind: 'text' }, { select: ['**.comment'], kind: 'html' }] });
    expect(read.units.map((u) => u.kind)).toEqual(['text']);
  });

  it('reads well-known reply fields when no source gives selectors', () => {
    expect(units('[{"name": "dup", "comment": "Thanks!"}, {"note": "x"}]', 'commands.json').map((u) => u.name)).toEqual(['dup']);
  });

  it('passes the source syntax to every template', () => {
    const read = readUnits('a:\n  comment: Hi @{issue-author}.\n', 'x.yml', { selectors: [{ select: ['**.comment'] }], syntax: 'github' });
    expect(read.units[0]!.syntax).toBe('github');
  });

  it('skips aliases (linted once, where written) and reads every document of a stream', () => {
    const yaml = 'a: &x\n  comment: Once.\nb: *x\n---\nc:\n  comment: Twice.\n';
    expect(units(yaml, 'x.yml', [{ select: ['**.comment'] }]).map((u) => u.body)).toEqual(['Once.', 'Twice.']);
  });
});

describe('broken files are fatal, at the parser position', () => {
  it('reports invalid JSON at its offset', () => {
    const text = '{\n  "a": "b",\n  oops\n}';
    const read = readUnits(text, 'x.json', { selectors: [{ select: ['a'] }] });
    expect(read.units).toEqual([]);
    expect(read.fatal!.message).toMatch(/^Invalid JSON: /);
    expect(read.fatal!.offset).toBe(text.indexOf('oops'));
  });

  it('reports invalid YAML at its offset', () => {
    const text = 'a: b\nc: [1, 2\n';
    const read = readUnits(text, 'x.yaml', { selectors: [{ select: ['a'] }] });
    expect(read.fatal!.message).toMatch(/^Invalid YAML: /);
    expect(read.fatal!.message).not.toContain('\n');
    expect(read.fatal!.offset).toBeGreaterThan(4);
  });

  it('reports an invalid selector given through the API instead of throwing', () => {
    expect(readUnits('a: b\n', 'x.yaml', { selectors: [{ select: ['a..b'] }] }).fatal!.message).toMatch(/^Invalid selector/);
  });
});
