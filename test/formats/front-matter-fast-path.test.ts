// The front-matter fast path must read exactly what the YAML parser reads, or decline.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFrontMatter, readSimpleMapping } from '../../src/formats/front-matter.js';

function viaYaml(source: string): unknown {
  const document = parseDocument(source, { prettyErrors: false });
  return document.errors.length > 0 ? 'error' : (document.toJS() ?? {});
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

describe('front matter fast path', () => {
  it('reads the common one-line-per-key form', () => {
    expect(readSimpleMapping('title: Refund approved\nid: billing-refund\r\nlocale: en-US\n\n')).toEqual({
      title: 'Refund approved', id: 'billing-refund', locale: 'en-US',
    });
    expect(readSimpleMapping(`title: "Bugs::Report #12"\nchannel: 'chat: live'\nok: "true"\ntags: [billing, refund-2,  vip ]`)).toEqual({
      title: 'Bugs::Report #12', channel: 'chat: live', ok: 'true', tags: ['billing', 'refund-2', 'vip'],
    });
  });

  it('declines what it cannot read exactly', () => {
    for (const source of ['tags: [billing, true]', 'tags: [a b]', 'tags: [a,]', 'tags: []', 'title: "Quo\\"ted"', "title: 'It''s'", 'title: "a" b', 'a: b\na: c', 'n: 12', 'ok: true', 'x: y # note', '  title: x', 'title: Caf\u00e9', 't: a: b', 'k:', '__proto__: x', 'true: x']) {
      expect(readSimpleMapping(source), source).toBeUndefined();
    }
  });

  it('agrees with the YAML parser on every input it accepts (generated)', () => {
    const chars = fc.constantFrom(...'abcXYZ019 -_.,?!()\'&|>*%@`/:#"[]{}\\\t'.split(''));
    const word = fc.string({ unit: chars, minLength: 0, maxLength: 14 });
    const key = fc.constantFrom('title', 'id', 'locale', 'tags', 'true', 'Null', 'a-b', '_x');
    const line = fc.oneof(
      fc.tuple(key, word).map(([k, v]) => `${k}: ${v}`),
      fc.tuple(key, word, fc.constantFrom('"', "'")).map(([k, v, q]) => `${k}: ${q}${v}${q}`),
      fc.tuple(key, fc.array(word, { maxLength: 4 }), fc.constantFrom(',', ', ', ' , ')).map(([k, items, sep]) => `${k}: [${items.join(sep)}]`),
      word,
      fc.constant(''),
    );
    const source = fc.array(line, { maxLength: 5 }).chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));
    let accepted = 0;
    fc.assert(
      fc.property(source, (text) => {
        const fast = readSimpleMapping(text);
        if (fast === undefined) return;
        accepted++;
        expect(fast).toEqual(viaYaml(text));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('gives the same metadata as the YAML parser for every Markdown fixture', () => {
    const files = markdownFiles(path.resolve(__dirname, '../../fixtures'));
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const frontMatter = readFrontMatter(text);
      if (!frontMatter || frontMatter.error) continue;
      const source = text.slice(text.indexOf('\n') + 1, frontMatter.end).replace(/(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n)?$/, '');
      if (readSimpleMapping(source) === undefined) continue;
      fast++;
      expect(readSimpleMapping(source), file).toEqual(viaYaml(source));
    }
    expect(fast).toBeGreaterThan(5);
  });
});

describe('front matter with lone CR line endings', () => {
  it('reads keys on lines ended by a lone CR, as the Markdown parser does', () => {
    const frontMatter = readFrontMatter('---\r\ntitle: Refund approved\raudience: internal\rtags:\r  - billing\n---\nHi there.\n');
    expect(frontMatter?.error).toBeUndefined();
    expect(frontMatter?.metadata).toEqual({ title: 'Refund approved', audience: 'internal', tags: ['billing'] });
  });
});
