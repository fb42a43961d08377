// YAML scalars decode to the value `yaml` parses, with every value character mapped to the file
// character it came from: the basis of exact diagnostics inside YAML exports.
import { describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { decodeYamlScalar } from '../../src/formats/yaml-scalar.js';

/** Every string scalar that is a map value, decoded. */
function decodeAll(text: string) {
  const document = parseDocument(text, { keepSourceTokens: true });
  expect(document.errors).toEqual([]);
  const found: Array<{ node: Scalar; decoded: ReturnType<typeof decodeYamlScalar> }> = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.value) && typeof pair.value.value === 'string') found.push({ node: pair.value, decoded: decodeYamlScalar(pair.value) });
    },
    Seq(_, seq) {
      for (const item of seq.items) if (isScalar(item) && typeof item.value === 'string') found.push({ node: item, decoded: decodeYamlScalar(item) });
    },
  });
  return found;
}

/**
 * Each value character maps into the scalar's source, offsets never go backwards, and a character
 * that is not produced by an escape or a fold maps to that same character in the file.
 */
function expectExact(text: string, node: Scalar, decoded: NonNullable<ReturnType<typeof decodeYamlScalar>>): void {
  const [start, valueEnd] = node.range!;
  const { value, offsets } = decoded;
  expect(offsets).toHaveLength(value.length + 1);
  for (let i = 0; i < value.length; i++) {
    const at = offsets[i]!;
    expect(at).toBeGreaterThanOrEqual(start);
    expect(at).toBeLessThan(valueEnd);
    if (i > 0) expect(at).toBeGreaterThanOrEqual(offsets[i - 1]!);
    const source = text[at]!;
    if (source === '\\') continue; // an escape: "\n", "\u2019", "\""
    if (value[i] === ' ' || value[i] === '\n') {
      // A fold or a kept line break comes from whitespace or a break, or is the space itself.
      expect(source).toMatch(/[ \t\r\n]/);
      continue;
    }
    if (value[i] === "'" && node.type === 'QUOTE_SINGLE') {
      expect(text.slice(at, at + 2)).toBe("''");
      continue;
    }
    expect(source).toBe(value[i]);
  }
  expect(offsets[value.length]).toBeLessThanOrEqual(valueEnd);
}

const CASES: Record<string, string> = {
  plain: 'a: Thanks for writing in\n',
  plainMultiline: 'a: Thanks for   \n   writing in\n\n\n   today.  \nb: x\n',
  plainInSeq: 'a:\n  - first one\n    continues\n  - second\n',
  single: "a: 'It''s   done'\n",
  singleMultiline: "a: 'Line one  \n   line two\n\n   ''quoted'' four  '\n",
  double: 'a: "Say \\"hi\\"\\tthen\\nbye \\u2019 \\x41 \\U0001F600 \\/ \\\\ \\_ \\N"\n',
  doubleFolded: 'a: "one   \n   two\n\n   three \\\n   four\\\n\n  five  "\n',
  doubleEscapedSpace: 'a: "x \\ \n  y"\n',
  literal: 'a: |\n  Hi there,\n\n    indented\n  last\n',
  literalKeep: 'a: |+\n  one\n\n\nb: 1\n',
  literalStrip: 'a: |-\n  one\n  two\n\n',
  literalIndicator: 'a:\n  b: |2-\n     x\n    y\n',
  literalLeadingEmpty: 'a: |\n\n  x\n',
  literalCrlf: 'a: |\r\n  one\r\n  two\r\n',
  literalComment: 'a: | # a comment\n  one\n',
  folded: 'a: >\n  one\n  two\n\n  three\n\n\n  four\n',
  foldedMoreIndented: 'a: >\n  one\n    more\n  two\n\n    deeper\n\n  back\n',
  foldedKeep: 'a: >+\n  one\n  two\n\n\n',
  foldedStrip: 'a: >-\n  one\n  two\n',
  foldedTab: 'a: >\n  one\n  \ttabbed\n  two\n',
  nested: 'x:\n  issues:\n    comment: >\n      Hi @{issue-author}, this is\n      folded.\n',
  empty: 'a: ""\nb: \'\'\nc: |\n\nd: x\n',
  explicitKey: "? 'TYPE: question'\n:\n  comment: |\n    Thank you.\n",
};

describe('decodeYamlScalar', () => {
  it.each(Object.entries(CASES))('%s: equals what yaml parses, and maps every character exactly', (_, text) => {
    const found = decodeAll(text);
    expect(found.length).toBeGreaterThan(0);
    for (const { node, decoded } of found) {
      expect(decoded, `${JSON.stringify(node.value)} (${node.type})`).toBeDefined();
      expect(decoded!.value).toBe(node.value);
      expectExact(text, node, decoded!);
    }
  });

  it('decodes the top-level block scalar of a document', () => {
    const text = '--- |\n  top level\n  block\n';
    const document = parseDocument(text, { keepSourceTokens: true });
    const decoded = decodeYamlScalar(document.contents as Scalar)!;
    expect(decoded.value).toBe('top level\nblock\n');
    expectExact(text, document.contents as Scalar, decoded);
  });

  it('maps folds and escapes to where they start in the file', () => {
    const text = 'a: "x\\u2019s\\nok"\nb: >\n  one\n  two\n';
    const [a, b] = decodeAll(text);
    expect(a!.decoded!.value).toBe('x’s\nok');
    expect(a!.decoded!.offsets).toEqual([4, 5, 11, 12, 14, 15, 16]);
    expect(b!.decoded!.value).toBe('one two\n');
    // "one" on line 3, the fold at its line break, "two" on line 4.
    const lineBreak = text.indexOf('one') + 3;
    expect(b!.decoded!.offsets.slice(0, 5)).toEqual([lineBreak - 3, lineBreak - 2, lineBreak - 1, lineBreak, lineBreak + 3]);
  });

  it('maps a CRLF fold and kept break to the CR, so an edit there never splits the pair', () => {
    // Found by the property tests (test/property): a fix after "name" was inserted between CR
    // and LF, and the lone CR left behind became part of the placeholder's text.
    const text = 'a: "{{\r\n  name\r\n  }} x\r\n\r\n  y"\r\nb: one\r\n\r\n  two\r\n';
    const [a, b] = decodeAll(text);
    expect(a!.decoded!.value).toBe('{{ name }} x\ny');
    const crs = [...text.matchAll(/\r/g)].map((m) => m.index);
    // The folds after "{{" and "name" map to their CRs; the break kept from "x\r\n\r\n" to the
    // CR of the second CRLF, as with LF it maps to the second LF.
    expect([2, 7, 12].map((i) => a!.decoded!.offsets[i])).toEqual([crs[0], crs[1], crs[3]]);
    expect(b!.decoded!.value).toBe('one\ntwo');
    expect(b!.decoded!.offsets[3]).toBe(text.indexOf('one') + 3);
    for (const { decoded } of [a!, b!]) for (const offset of decoded!.offsets) expect(text[offset - 1] === '\r' && text[offset] === '\n').toBe(false);
  });

  it('ends a fold on the last word, not on trailing blanks', () => {
    const text = 'a: one   \n  two\n';
    const [a] = decodeAll(text);
    expect(a!.decoded!.value).toBe('one two');
    expect(a!.decoded!.offsets[3]).toBe(text.indexOf('one') + 3);
  });

  it('encodes replacement text for the scalar style', () => {
    const text = 'a: "q"\nb: \'s\'\nc: |\n  lit\nd: >\n  fold\n';
    const [a, b, c, d] = decodeAll(text);
    expect(a!.decoded!.map.encode('say "hi"\n')).toBe('say \\"hi\\"\\n');
    expect(b!.decoded!.map.encode("it's\nx")).toBe("it''s\n\n  x");
    expect(c!.decoded!.map.encode('one\ntwo')).toBe('one\n  two');
    expect(d!.decoded!.map.encode('one\ntwo')).toBe('one\n\n  two');
  });
});
