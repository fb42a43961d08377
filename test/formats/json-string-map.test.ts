// The JSON string decoder builds bodies from slices and keeps a checkpoint per escape instead of a
// file offset per character. It must be indistinguishable from the per-character decoder it
// replaced: same body, same `toFile` for every offset, same `encode`, same errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJsonString, encodeJsonString, JsonStringError } from '../../src/formats/json-string.js';

// ---------------------------------------------------------------------------------------------
// REFERENCE ORACLE: the previous decodeJsonString and tableMap (src/formats/json-string.ts and
// src/formats/position-map.ts before the sparse map), copied verbatim. Do not "fix" it: it
// defines the behaviour the new decoder must keep.
const SIMPLE: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function oracleTableMap(fileOffsets: ArrayLike<number>, encode: (text: string) => string) {
  const last = fileOffsets.length - 1;
  return {
    toFile: (offset: number) => fileOffsets[Math.max(0, Math.min(last, Math.trunc(offset)))]!,
    encode,
  };
}

function oracleDecodeJsonString(text: string, quote: number) {
  if (text[quote] !== '"') throw new JsonStringError('Expected a string', quote);
  let value = '';
  const offsets: number[] = [];
  let i = quote + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      offsets.push(i);
      return { value, map: oracleTableMap(offsets, encodeJsonString), end: i + 1 };
    }
    if (ch !== '\\') {
      offsets.push(i);
      value += ch;
      i++;
      continue;
    }
    const escape = text[i + 1];
    if (escape !== undefined && escape in SIMPLE) {
      offsets.push(i);
      value += SIMPLE[escape];
      i += 2;
    } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      offsets.push(i);
      value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
      i += 6;
    } else {
      throw new JsonStringError(`Invalid escape "\\${escape ?? ''}" in a JSON string`, i);
    }
  }
  throw new JsonStringError('Unterminated JSON string', quote);
}
// END OF REFERENCE ORACLE
// ---------------------------------------------------------------------------------------------

const hex4 = (code: number, upper: boolean) => {
  const digits = code.toString(16).padStart(4, '0');
  return `\\u${upper ? digits.toUpperCase() : digits}`;
};

/** One piece of a string literal's source, as it is written between the quotes. */
const pieceArb: fc.Arbitrary<string> = fc.oneof(
  // Runs without escapes, short and long (the common case in exports).
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/["\\]/g, '')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 600 }).map((s) => s.replace(/["\\]/g, 'x')) },
  // Raw characters the decoder passes through: controls, astral characters, lone surrogates.
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\t', '\u0000', '😀', '\ud83d', '\ude00', 'é', '\u2019') },
  // Every simple escape, CRLF written as escapes.
  { weight: 3, arbitrary: fc.constantFrom('\\"', '\\\\', '\\/', '\\b', '\\f', '\\n', '\\r', '\\t', '\\r\\n') },
  // \u escapes: any code unit (including lone surrogates), surrogate pairs, either case.
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.boolean()).map(([code, upper]) => hex4(code, upper)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }), fc.boolean())
      .map(([high, low, upper]) => hex4(high, upper) + hex4(low, !upper)),
  },
  { weight: 1, arbitrary: fc.constantFrom('\\u00e9', '\\u2019', '\\ud83d\\ude00', '\\u0022', '\\u005c') },
);

const literalArb = fc.array(pieceArb, { maxLength: 30 }).map((pieces) => `"${pieces.join('')}"`);

/** Text around the literal: the decoder must stop at its closing quote and ignore what follows. */
const surroundingArb = fc.constantFrom('', 'x', '{ "comment": ', '[\n  ');
const trailingArb = fc.constantFrom('', ',', ' }', '"', '\\', ', "b": "\\n\\u0041"');

/** Every offset 0..length, plus fractions and out-of-range offsets (the maps clamp and truncate). */
function probeOffsets(length: number): number[] {
  const offsets = Array.from({ length: length + 1 }, (_, i) => i);
  return [...offsets, -5, -1, -0.5, 0.5, length - 0.5, length + 0.7, length + 1, length + 100, Infinity, -Infinity];
}

/** What a decoder makes of `text`: its body, end and toFile at every probe offset, or its error. */
function outcome(decode: typeof decodeJsonString, text: string, quote: number) {
  try {
    const decoded = decode(text, quote);
    const toFile = probeOffsets(decoded.value.length).map((i) => decoded.map.toFile(i));
    return { seen: { value: decoded.value, end: decoded.end, toFile }, map: decoded.map };
  } catch (error) {
    if (!(error instanceof JsonStringError)) throw error;
    return { seen: { error: error.message, offset: error.offset } };
  }
}

function expectSameAsOracle(text: string, quote: number, encodeSamples: string[] = []): void {
  const actual = outcome(decodeJsonString, text, quote);
  const expected = outcome(oracleDecodeJsonString, text, quote);
  expect(actual.seen).toEqual(expected.seen);
  for (const sample of encodeSamples) expect(actual.map?.encode(sample)).toBe(expected.map?.encode(sample));
}

describe('decodeJsonString against the per-character decoder it replaced', () => {
  it('gives the same body, end and toFile for every offset of generated string literals', () => {
    fc.assert(
      fc.property(surroundingArb, literalArb, trailingArb, fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 3 }), (before, literal, after, samples) => {
        const text = before + literal + after;
        // Raw control characters are not JSON, but the decoder passes them through, as it always did.
        if (!/[\u0000-\u001f]/.test(literal)) expect(decodeJsonString(text, before.length).value).toBe(JSON.parse(literal));
        expectSameAsOracle(text, before.length, [...samples, 'say "hi"\n', '\ud83d', '\\']);
      }),
      { numRuns: 1500 },
    );
  });

  it('fails the same way on broken literals (bad escapes, unterminated, truncated \\u)', () => {
    const brokenArb = fc
      .tuple(literalArb, fc.constantFrom('\\q', '\\u12', '\\u12G4', '\\', '\\x41', '\\U0041', ''), fc.nat())
      .map(([literal, broken, cut]) => {
        const open = literal.slice(0, -1) + broken;
        // Sometimes close it after the breakage, sometimes leave it unterminated at any point.
        return cut % 2 === 0 ? `${open}"` : open.slice(0, 1 + (cut % open.length));
      });
    fc.assert(
      fc.property(brokenArb, (text) => expectSameAsOracle(text, 0)),
      { numRuns: 1000 },
    );
  });

  it('keeps the documented edge cases: empty strings, the end offset, inside multi-unit escapes', () => {
    for (const literal of ['""', '"\\u00e9"', '"a\\nb"', '"\\ud83d\\ude00"', '"😀"', '"x\\r\\ny"', `"${'plain '.repeat(50)}"`]) {
      for (const prefix of ['', 'abc']) expectSameAsOracle(prefix + literal + ',', prefix.length, ['é"\n']);
    }
    const decoded = decodeJsonString('"\\ud83d\\ude00!"', 0);
    expect(decoded.value).toBe('😀!');
    expect([0, 1, 2, 3].map((i) => decoded.map.toFile(i))).toEqual([1, 7, 13, 14]);
    expect(() => decodeJsonString('x', 0)).toThrow('Expected a string');
  });
});
