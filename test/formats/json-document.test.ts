// json-document.ts reads JSON into the same yaml nodes as parsing it with the `yaml` package did,
// so every reader of JSON behaves as before: compared node by node and template by template on
// every JSON fixture and on generated documents (every escape, numbers, duplicate keys,
// whitespace, each platform's export shape), and diagnostic by diagnostic on the platform fixtures.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { lintText, lintUnits } from '../../src/core/lint-text.js';
import { JsonDocumentError, MAX_JSON_NESTING, parseJsonDocument } from '../../src/formats/json-document.js';
import { NestingTooDeepError } from '../../src/formats/nesting.js';
import type { SourceFormat } from '../../src/formats/read-units.js';
import { readStructured, type JsonReader } from '../../src/formats/structured.js';
import { builtinRuleIds, loadRules } from '../../src/rules/registry.js';
import type { ResolvedConfig, TemplateUnit } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json') && !file.split(/[\\/]/).includes('node_modules'))
    .map((file) => join(dir, file))
    .sort();
}

const FIXTURES = [...jsonFiles(join(root, 'fixtures')), ...jsonFiles(join(root, '../shared/corpus'))];
const PLATFORM_FIXTURES = FIXTURES.filter((file) => file.includes(join('fixtures', 'platforms')));

/** A node tree as plain data: class, value (-0 kept apart from 0), type, range, flow, and the children in order. */
function describeNode(node: unknown): unknown {
  if (isMap(node)) return { map: node.range, flow: node.flow, pairs: node.items.map((pair) => (isPair(pair) ? [describeNode(pair.key), describeNode(pair.value)] : 'not a pair')) };
  if (isSeq(node)) return { seq: node.range, flow: node.flow, items: node.items.map(describeNode) };
  if (isScalar(node)) return { value: Object.is(node.value, -0) ? '-0' : node.value, type: node.type, range: node.range };
  return { other: String(node) };
}

function viaYaml(text: string): unknown {
  const documents = parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  expect(Array.isArray(documents) && documents.length).toBe(1);
  const [document] = documents as Exclude<typeof documents, { empty: true }>;
  expect(document!.errors).toEqual([]);
  return document!.contents;
}

const ENCODE_SAMPLES = ['plain', 'a "quote" and a \\ backslash', 'line\nbreak\ttab', 'curly ’ and 😀'];

/** Everything a reader's unit carries, its position map read at every body offset. */
function describeUnit(unit: TemplateUnit) {
  const { map, ...rest } = unit;
  const toFile = Array.from({ length: unit.body.length + 1 }, (_, i) => map.toFile(i));
  return { ...rest, toFile, encode: ENCODE_SAMPLES.map((s) => map.encode(s)) };
}

function readWith(jsonReader: JsonReader, text: string, format: SourceFormat = {}) {
  const { units, fatal } = readStructured(text, 'export.json', 'json', format, jsonReader);
  return { units: units.map(describeUnit), fatal };
}

/** Formats that read the same document differently: presets and default selectors, selectors naming by key and by path. */
const FORMATS: SourceFormat[] = [
  {},
  { selectors: [{ select: ['**'] }] },
  { selectors: [{ select: ['*.*', '**.comment'], name: '$key', kind: 'text' }] },
  { selectors: [{ select: ['**.body', '**.text'], name: 'meta.name', kind: 'html' }] },
];

function expectSameEverywhere(text: string): void {
  expect(describeNode(parseJsonDocument(text))).toEqual(describeNode(viaYaml(text)));
  for (const format of FORMATS) expect(readWith('json-document', text, format)).toEqual(readWith('yaml', text, format));
}

// ---- Generated JSON: a value model that keeps what JSON.stringify would normalise away ----------

/** A JSON value whose numbers keep their spelling and whose objects may repeat a key. */
type Value = null | boolean | string | { number: string } | Value[] | { entries: Array<[string, Value]> };

/** A small deterministic random source, so one generated seed decides every spelling choice. */
function chooser(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  return { chance: (p: number) => next() < p, pick: <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)]! };
}

/** JSON whitespace, in runs yaml must treat as JSON does (no lone carriage return: see the test below). */
const WHITESPACE = ['', '', ' ', '\n', '\t', '\r\n', '  ', '\n    ', ' \t\r\n\t ', '\n\n', ' \n \n  '];
const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex4(code: number, upper: boolean): string {
  const hex = code.toString(16).padStart(4, '0');
  return `\\u${upper ? hex.toUpperCase() : hex}`;
}

/** Writes a string literal, choosing per character among the spellings JSON allows. */
function stringLiteral(value: string, choose: ReturnType<typeof chooser>): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    const code = value.charCodeAt(i);
    const upper = choose.chance(0.5);
    if (ch in SHORT_ESCAPES) out += choose.chance(0.8) ? SHORT_ESCAPES[ch] : hex4(code, upper);
    else if (code < 0x20) out += hex4(code, upper);
    else if (ch === '/' && choose.chance(0.5)) out += '\\/';
    else if (choose.chance(0.15)) out += hex4(code, upper); // surrogate halves one by one: `\ud83d\ude00`
    else out += ch;
  }
  return `${out}"`;
}

function serialize(value: Value, seed: number): string {
  const choose = chooser(seed);
  const space = () => choose.pick(WHITESPACE);
  const write = (v: Value): string => {
    if (v === null || typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return stringLiteral(v, choose);
    if (Array.isArray(v)) return `[${space()}${v.map((item) => `${write(item)}${space()}`).join(`,${space()}`)}]`;
    if ('number' in v) return v.number;
    return `{${space()}${v.entries.map(([key, item]) => `${stringLiteral(key, choose)}${space()}:${space()}${write(item)}${space()}`).join(`,${space()}`)}}`;
  };
  // A tab starting a line before a root scalar is yaml's TAB_AS_INDENT error (see the test below).
  const isCollection = Array.isArray(value) || (value !== null && typeof value === 'object' && 'entries' in value);
  const lead = isCollection ? space() : space().replace(/\t/g, ' ');
  return `${lead}${write(value)}${space()}`;
}

const numberArb: fc.Arbitrary<{ number: string }> = fc.oneof(
  fc.constantFrom('0', '-0', '-0.0', '0.0', '1.50', '1e5', '2E-3', '1E400', '-1E400', '1e-400', '12345678901234567890', '9007199254740993', '0.1', '1.0e+2', '-1.5E-0'),
  fc
    .tuple(fc.boolean(), fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9][0-9]{0,17}$/)), fc.option(fc.stringMatching(/^[0-9]{1,8}$/)), fc.option(fc.stringMatching(/^[eE][-+]?[0-9]{1,3}$/)))
    .map(([negative, whole, fraction, exponent]) => `${negative ? '-' : ''}${whole}${fraction !== null ? `.${fraction}` : ''}${exponent ?? ''}`),
).map((number) => ({ number }));

/** Text with every kind of character a string can hold: controls, quotes, astral, lone surrogates, BOM, line separators. */
const textArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '/', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', 'é', '’', '😀', '\ud800', '\udfff', '\ufeff', '\u2028', '{{x}}', '#', '- ', ': ', '---'), maxLength: 12 }),
);

/** Keys from a small pool (so objects repeat keys, and selectors and name keys find them) or any text. */
const keyArb = fc.oneof(fc.constantFrom('id', 'title', 'name', 'comment', 'body', 'text', 'meta', 'a', '', 'a.b', '0', 'é'), textArb);

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    textArb,
    numberArb,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(keyArb, tie('value')), { maxLength: 5 }).map((entries) => ({ entries })),
  ),
})).value;

// ---- Platform export shapes, with bodies full of placeholders ---------------------------------

const BODY_PIECES = [
  'Hi {{ticket.requester.first_name | default: "there"}},',
  'Hi {%customer.firstName,fallback=there%},',
  'Thanks for getting in touch.',
  'You are wrong about the refund.',
  'As I already said, you failed to save it.',
  '{% if ticket.priority == "urgent" %}We are on it.{% else %}We will reply soon.{% endif %}',
  '<p>Thanks &amp; regards</p>',
  '<attribute key="user.name"/>',
  'C:\\path\\to\\file',
  'Price: 5 € — “quoted” ’curly’ 😀',
  '\n\n',
  '\n',
  '\t',
  'Let me know if there is anything else.',
];
const bodyArb = fc.array(fc.constantFrom(...BODY_PIECES), { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join(' '));
const titleArb = fc.oneof(fc.constantFrom('Refund', 'Billing::Invoice', 'Welcome “new” user', ''), textArb);
const idArb = fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }).map((n) => ({ number: String(n) })), fc.string({ maxLength: 6 }));

const entries = (...pairs: Array<[string, Value]>): Value => ({ entries: pairs });
const records = <T,>(record: fc.Arbitrary<T>) => fc.array(record, { minLength: 1, maxLength: 3 });

const zendeskArb = records(
  fc.tuple(idArb, titleArb, bodyArb, bodyArb, fc.boolean()).map(([id, title, body, subject, asList]) =>
    entries(
      ['id', id],
      ['title', title],
      ['actions', [
        entries(['field', 'comment_value'], ['value', asList ? ['channel:all', body] : body]),
        entries(['field', 'comment_value_html'], ['value', `<p>${body}</p>`]),
        entries(['field', 'subject'], ['value', subject]),
      ]],
    ),
  ),
).map((macros): Value => entries(['macros', macros]));
const helpscoutArb = records(fc.tuple(idArb, titleArb, bodyArb, bodyArb).map(([id, name, text, chatText]) => entries(['id', id], ['name', name], ['text', text], ['chatText', chatText]))).map(
  (replies): Value => entries(['_embedded', entries(['replies', replies])]),
);
const freshdeskArb = records(fc.tuple(idArb, titleArb, bodyArb).map(([id, title, html]) => entries(['id', id], ['title', title], ['content_html', html], ['content', html])));
const intercomArb = records(fc.tuple(idArb, titleArb, bodyArb, fc.boolean()).map(([id, name, body, plain]) => entries(['type', 'macro'], ['id', id], ['name', name], [plain ? 'body_text' : 'body', body]))).map(
  (data): Value => entries(['type', 'list'], ['data', data]),
);
const frontArb = records(fc.tuple(fc.string({ maxLength: 4 }), titleArb, bodyArb, bodyArb).map(([id, name, subject, body]) => entries(['id', `rsp_${id}`], ['name', name], ['subject', subject], ['body', body]))).map(
  (results): Value => entries(['_results', results]),
);
const gorgiasArb = records(
  fc.tuple(idArb, titleArb, bodyArb, fc.boolean()).map(([id, name, body, html]) =>
    entries(['id', id], ['name', name], ['language', 'en'], ['actions', [entries(['name', 'setResponseText'], ['arguments', entries([html ? 'body_html' : 'body_text', body])])]]),
  ),
).map((data): Value => entries(['data', data]));
const exportArb = fc.oneof(zendeskArb, helpscoutArb, freshdeskArb, intercomArb, frontArb, gorgiasArb);

// ---- Tests --------------------------------------------------------------------------------------

describe('parseJsonDocument builds the nodes yaml builds, and readStructured reads the same templates', () => {
  it('finds the fixtures it compares', () => {
    expect(PLATFORM_FIXTURES.map((file) => file.split(/[\\/]/).at(-2)).sort()).toEqual(['freshdesk', 'front', 'gorgias', 'helpscout', 'intercom', 'zendesk']);
  });

  it.each(FIXTURES.map((file) => [file.slice(root.length + 1), file]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    if (valid) expectSameEverywhere(text);
    else for (const format of FORMATS) expect(readWith('json-document', text, format)).toEqual(readWith('yaml', text, format));
  });

  it('on 1,000 generated documents: nesting, every escape, numbers, duplicate keys, whitespace', () => {
    fc.assert(
      fc.property(valueArb, fc.integer(), (value, seed) => {
        const text = serialize(value, seed);
        expect(JSON.parse(text)).toBeDefined(); // the generator writes valid JSON only
        expectSameEverywhere(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("on 600 generated exports in each platform's shape", () => {
    fc.assert(
      fc.property(exportArb, fc.integer(), (value, seed) => {
        const text = serialize(value, seed);
        expectSameEverywhere(text);
        expect(readWith('json-document', text).units.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('keeps duplicate keys, in order, as yaml does with uniqueKeys: false', () => {
    const text = '{"comment": "First reply.", "comment": "Second reply."}';
    const units = readStructured(text, 'bot.json', 'json').units;
    expect(units.map((u) => u.body)).toEqual(['First reply.', 'Second reply.']);
    expectSameEverywhere(text);
  });

  it('reads numbers as yaml does: -0, exponents, integers beyond 2^53, overflow to Infinity', () => {
    const root = parseJsonDocument('[-0, 1.50, 1e5, 12345678901234567890, 1E400]');
    expect(isSeq(root) && root.items.map((item) => (isScalar(item) ? item.value : undefined))).toEqual([-0, 1.5, 100000, 12345678901234567000, Infinity]);
    expect(Object.is(isSeq(root) && isScalar(root.items[0]) && root.items[0].value, -0)).toBe(true);
  });
});

describe('the whole lint result on each platform fixture', () => {
  it.each(PLATFORM_FIXTURES.map((file) => [file.slice(root.length + 1), file]))('%s', async (_name, file) => {
    const rules = await loadRules(builtinRuleIds);
    const config: ResolvedConfig = { rules: Object.fromEntries(builtinRuleIds.map((id) => [id, { severity: 2 as const, options: {} }])) };
    const text = readFileSync(file, 'utf8');
    const options = { filePath: file, config, rules };
    const result = lintText(text, options);
    expect(result.messages.length).toBeGreaterThan(0);
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    // lintText reads a .json file with readStructured (read-units.ts): the same run, through yaml.
    expect(result).toEqual(lintUnits(text, readStructured(text, file, 'json', {}, 'yaml'), options));
  });
});

describe('strict JSON, as JSON.parse', () => {
  const accepts = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };
  const parses = (text: string) => {
    try {
      parseJsonDocument(text);
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(JsonDocumentError);
      return false;
    }
  };

  it.each([
    '',
    '   ',
    '\ufeff{}',
    '{"a": 1,}',
    '[1,]',
    '[,1]',
    '{,}',
    '{"a" 1}',
    '{"a":}',
    "{'a': 1}",
    '{a: 1}',
    '01',
    '-',
    '1.',
    '.5',
    '+1',
    '1e',
    'NaN',
    'Infinity',
    'True',
    'nul',
    '"a\tb"',
    '"a\nb"',
    '"\\x41"',
    '"\\u12"',
    '"\\u12G4"',
    '"unterminated',
    '[1] [2]',
    '{} x',
    '[1 2]',
    '// comment\n{}',
    '{"a": 1 /* c */}',
    '\u00a0{}',
    '[1}',
    '{"a": 1]',
  ])('rejects %j', (text) => {
    expect(accepts(text)).toBe(false);
    expect(parses(text)).toBe(false);
  });

  it.each(['"\\ud800"', '"\\udfff\\ud800"', '"\ud800"', '"\u2028\u2029"', '"\u007f"', '[]', '{}', '0', '-0', 'null', ' \t\r\n1 \t\r\n'])('accepts %j', (text) => {
    expect(accepts(text)).toBe(true);
    expect(parses(text)).toBe(true);
  });

  it('accepts and rejects what JSON.parse does, on 1,000 mutated documents', () => {
    const mutation = fc.tuple(fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), fc.constantFrom('"', '\\', ',', ':', '[', ']', '{', '}', ' ', '\n', '0', '-', '.', 'e', 'u', 'a', 't', 'n', '\u0001', '\r'));
    fc.assert(
      fc.property(valueArb, fc.integer(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (value, seed, mutations) => {
        let text = serialize(value, seed);
        for (const [at, how, ch] of mutations) {
          const i = text.length === 0 ? 0 : at % (text.length + 1);
          if (how === 'delete') text = text.slice(0, i) + text.slice(i + 1);
          else if (how === 'insert') text = text.slice(0, i) + ch + text.slice(i);
          else text = text.slice(0, i) + ch + text.slice(i + 1);
        }
        expect(parses(text)).toBe(accepts(text));
        if (accepts(text)) expect(JSON.stringify(toPlain(parseJsonDocument(text)))).toBe(JSON.stringify(JSON.parse(text)));
      }),
      { numRuns: 1000 },
    );
  });
});

/** What JSON.parse returns for the same text (the last of duplicate keys wins there). */
function toPlain(node: unknown): unknown {
  if (isMap(node)) return Object.fromEntries(node.items.map((pair) => [(pair.key as { value: string }).value, toPlain(pair.value)]));
  if (isSeq(node)) return node.items.map(toPlain);
  return isScalar(node) ? node.value : undefined;
}

describe('where yaml misread valid JSON', () => {
  it('a lone carriage return is whitespace, as in JSON.parse (yaml read it as part of a plain scalar)', () => {
    const text = '{\r"comment":\r"Thanks for writing in."}';
    expect(readStructured(text, 'bot.json', 'json').units.map((u) => u.body)).toEqual(['Thanks for writing in.']);
    expect(readStructured(text, 'bot.json', 'json', {}, 'yaml').units).toEqual([]);
  });

  it('a root scalar after a tab-indented line is read (yaml: "Tabs are not allowed as indentation")', () => {
    const text = '\n\t"Thanks!"';
    expect(readStructured(text, 'bot.json', 'json')).toEqual({ units: [] });
    expect(readStructured(text, 'bot.json', 'json', {}, 'yaml').fatal?.message).toMatch(/^Invalid JSON: Tabs/);
  });
});

describe('deep nesting', () => {
  const nested = (depth: number, inner = '{"comment": "Hi there"}') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

  it('parses 100,000 arrays deep without exhausting the call stack (the parse is iterative)', () => {
    const depth = 100_000;
    const text = nested(depth, '"deep"');
    let node = parseJsonDocument(text, { maxNesting: Infinity });
    for (let level = 0; level < depth; level++) {
      expect(isSeq(node)).toBe(true);
      node = (node as { items: unknown[] }).items[0] as typeof node;
    }
    expect(isScalar(node) && node.value).toBe('deep');
  });

  it(`reads ${MAX_JSON_NESTING} levels; past that, a fatal problem at the bracket that goes too deep, not a stack overflow`, () => {
    expect(readStructured(nested(MAX_JSON_NESTING - 1), 'deep.json', 'json').units.map((u) => u.body)).toEqual(['Hi there']);
    for (const depth of [MAX_JSON_NESTING, 10_000]) {
      const { units, fatal } = readStructured(nested(depth), 'deep.json', 'json');
      expect(units).toEqual([]);
      expect(fatal).toEqual({ message: expect.stringMatching(/more than 1000 levels deep here, so the file was not linted/), offset: MAX_JSON_NESTING });
    }
    expect(() => parseJsonDocument(nested(10_000))).toThrow(NestingTooDeepError);
  });
});
