// Properties of linting and fixing generated files of every format (arbitraries.ts), with the
// recommended rules, through the engine's per-file path (BOM stripped, lintText; for --fix,
// lintOrFix -> lintAndFix: fix passes on the text without its BOM, the BOM put back). Each
// property runs on NUM_RUNS generated files per format; the lint and fix properties of a format
// share a seed, so they see the same files and the core's remembered results save a parse.
//
// The core:
//
// 1. It never throws, and no rule crashes (the core turns a throwing rule into a fatal
//    diagnostic, so "no fatal diagnostic" is checked too: every generated file is valid; the
//    one fatal allowed is the deliberate refusal of lists and quotes nested over 100 deep).
// 2. Every diagnostic's range lies inside the file: 0 <= offset <= endOffset <= length, and
//    line/column (and endLine/endColumn) are those of offset (endOffset), counted afresh with
//    lines ending at \r\n, \n or a lone \r and columns in UTF-16 units. Fix and suggestion
//    ranges lie inside the file too.
//    And the range slices to the text its message names. A message names text when its rule's
//    message template puts a value between quotes ("{{phrase}}", “{{text}}”), except values
//    that are not the text at the range (harness.ts, NOT_AT_RANGE: advice such as "Add
//    "{{close}}"", and thank-the-customer's sign-off, quoted while the report sits where the
//    thanks belongs); the value is recovered by matching the message against that template.
//    The slice file[offset, endOffset) is decoded as the template engine reads it: JSON escapes
//    (JSON.parse of the slice as a string literal), YAML double-quoted escapes and
//    single-quoted ''. A second view renders the body's markup (Markdown link destinations,
//    emphasis and code marks gone; HTML tags and comments dropped; character references
//    decoded). Words are the runs of letters, marks and digits, compared case-insensitively.
//    "Matches" means, for one view or the other (no-unfilled-token names "<ISSUE_NUMBER>" as
//    written, no-blame names "you failed" however it is marked up):
//      - the named value's words occur in the slice, in order (tags and comments that render
//        to nothing may sit between them: `you {# note #} failed to`);
//      - the slice starts with the value's first word, and, for a matched phrase ({{phrase}}),
//        ends with its last word, so a range that is shifted, cut short or too long fails;
//      - a value with no words (no-shouting's "!!") occurs in the slice, whitespace aside;
//      - an excerpt (a value ending in "…", as template-syntax quotes a long placeholder) may
//        cut its last word, which is then not compared;
//      - a message that quotes the source from its range on, as context (harness.ts,
//        FROM_RANGE_START: template-syntax's unclosed HTML tag or quote, whose range is the
//        "<a" of `<a href="{{x">Thanks…`), matches when the slice's words begin the value's.
//
// --fix:
//
// 3. Idempotent: fixing the fixed file again changes nothing.
// 4. Placeholder text is never touched. Every placeholder of the generators' catalogue occurs as
//    often in the output as in the input. The one edit allowed is placeholder-fallback's fix,
//    which adds a fallback right after the name (`{%customer.firstName%}` ->
//    `{%customer.firstName,fallback=there%}`): so counts are compared with such fallbacks taken
//    out, and, with them in, a placeholder without a fallback may only become rarer and one with
//    a fallback only more common. For JSON and YAML the placeholders are counted in the decoded
//    string values, where the template engine reads them.
// 5. JSON and YAML outputs still parse, with the same keys: the same key paths and the same
//    values everywhere except in strings. A BOM stays exactly where it was.
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/types.js';
import { FALLBACK_INSERTIONS, FORMATS, generators, PLACEHOLDERS, type GeneratedFile } from './arbitraries.js';
import {
  expectValidData,
  freshSeed,
  isSubsequence,
  lineColumn,
  NUM_RUNS,
  occurrences,
  quotedValues,
  recommendedLinter,
  sliceReader,
  withoutBom,
  words,
  type Linter,
  type QuotedValue,
  unexpectedFatals,
} from './harness.js';

let linter: Linter;
beforeAll(async () => {
  linter = await recommendedLinter();
});

/** Fails with `message` unless `ok`: cheaper than expect() in loops over every diagnostic. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

function expectRangesInside(text: string, result: FileResult): void {
  const inside = ([start, end]: readonly [number, number]) => Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length;
  const at = (offset: number, line: number, column: number) => {
    const expected = lineColumn(text, offset);
    return expected.line === line && expected.column === column;
  };
  for (const m of result.messages) {
    const where = () => `${m.ruleId} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn} [${m.offset}, ${m.endOffset}) in a text of ${text.length}`;
    check(inside([m.offset, m.endOffset]), () => `range outside the file: ${where()}`);
    check(at(m.offset, m.line, m.column), () => `line/column is not that of offset (${JSON.stringify(lineColumn(text, m.offset))}): ${where()}`);
    check(at(m.endOffset, m.endLine, m.endColumn), () => `endLine/endColumn is not that of endOffset (${JSON.stringify(lineColumn(text, m.endOffset))}): ${where()}`);
    if (m.fix) check(inside(m.fix.range), () => `fix range ${JSON.stringify(m.fix!.range)} outside the file: ${where()}`);
    for (const s of m.suggestions ?? []) check(inside(s.fix.range), () => `suggestion range ${JSON.stringify(s.fix.range)} outside the file: ${where()}`);
  }
}

/** Whether one view of a slice matches a named value (see the header). */
function sliceNames(slice: string, { key, value, fromRangeStart }: QuotedValue): boolean {
  // An excerpt ("{{ticket.requester.first_name for reach…") may cut its last word.
  const excerpt = value.endsWith('…');
  const named = words(excerpt ? value.slice(0, -1) : value).slice(0, excerpt ? -1 : undefined);
  const sliced = words(slice);
  if (fromRangeStart) return sliced.length > 0 && sliced.every((word, i) => word === named[i]);
  if (named.length === 0) return slice.replace(/\s+/g, '').includes(value.replace(/\s+/g, '').replace(/…$/, ''));
  if (!isSubsequence(named, sliced) || sliced[0] !== named[0]) return false;
  return key !== 'phrase' || excerpt || sliced[sliced.length - 1] === named[named.length - 1];
}

function expectSlicesNameTheirText(file: GeneratedFile, text: string, result: FileResult): number {
  let checked = 0;
  const read = sliceReader(file, text, linter.configFor(file.fileName));
  for (const m of result.messages) {
    for (const quoted of quotedValues(m, linter.rules)) {
      const { source, rendered } = read(m);
      check(sliceNames(source, quoted) || sliceNames(rendered, quoted), () => `${m.ruleId} names "${quoted.value}" (${quoted.key}) but its range [${m.offset}, ${m.endOffset}) decodes to ${JSON.stringify(source)}`);
      checked++;
    }
  }
  return checked;
}

function parseData(file: GeneratedFile, text: string): unknown {
  return file.format === 'json' ? JSON.parse(withoutBom(text)) : parseYaml(withoutBom(text), { uniqueKeys: false });
}

/** Every string of a parsed document, in document order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The document with every string emptied: what a fix must not change. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  return value;
}

/** The text the template engine reads placeholders from: the body, or a data file's string values. */
function templateText(file: GeneratedFile, text: string): string {
  return file.format === 'json' || file.format === 'yaml' ? strings(parseData(file, text)).join('\u0000') : withoutBom(text);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAMES = [...new Set(PLACEHOLDERS.flatMap((p) => (p.name === undefined ? [] : [p.name])))];
const ADDED_FALLBACK = new RegExp(`(${NAMES.map(escape).join('|')})(?:${FALLBACK_INSERTIONS.map(escape).join('|')})`, 'g');

/** The text with every fallback placeholder-fallback's fix could have added taken out again. */
function withoutAddedFallbacks(text: string): string {
  return text.replace(ADDED_FALLBACK, '$1');
}

function expectPlaceholdersKept(before: string, after: string): void {
  const [normalBefore, normalAfter] = [withoutAddedFallbacks(before), withoutAddedFallbacks(after)];
  for (const { raw } of PLACEHOLDERS) {
    const normal = withoutAddedFallbacks(raw);
    // Up to an added fallback, every placeholder is still there, as often.
    const [was, is] = [occurrences(normalBefore, normal), occurrences(normalAfter, normal)];
    check(was === is, () => `placeholder ${raw}, a fallback added or not: ${was} before the fix, ${is} after`);
    // A fallback is only ever added: one that was written stays, and no placeholder appears from nowhere.
    const [rawWas, rawIs] = [occurrences(before, raw), occurrences(after, raw)];
    check(normal === raw ? rawIs <= rawWas : rawIs >= rawWas, () => `placeholder ${raw}: ${rawWas} before the fix, ${rawIs} after`);
  }
}

describe.each(FORMATS)('generated .%s files', (format) => {
  const seed = freshSeed();
  afterAll(() => linter.forget());

  it('never throws, keeps every range inside the file, and slices to the words each message names', () => {
    let runs = 0;
    let withDiagnostics = 0;
    let withQuotes = 0;
    const rulesSeen = new Set<string>();
    fc.assert(
      fc.property(generators[format], (file) => {
        expectValidData(file);
        const result = linter.lint(file);
        const text = withoutBom(file.text);
        check(unexpectedFatals(result).length === 0, () => `fatal diagnostics: ${JSON.stringify(unexpectedFatals(result))}`);
        expectRangesInside(text, result);
        const quoted = expectSlicesNameTheirText(file, text, result);
        runs++;
        if (result.messages.length > 0) withDiagnostics++;
        for (const m of result.messages) rulesSeen.add(m.ruleId ?? 'fatal');
        if (quoted > 0) withQuotes++;
      }),
      { numRuns: NUM_RUNS, seed },
    );
    // Not vacuous: nearly every generated file gets diagnostics (93-99% when measured), most
    // quote the text (80-95%), and most rules report something.
    expect(withDiagnostics / runs).toBeGreaterThan(0.8);
    expect(withQuotes / runs).toBeGreaterThan(0.6);
    expect(rulesSeen.size).toBeGreaterThanOrEqual(15);
  }, 120_000);

  it('is idempotent, keeps placeholders, and keeps JSON / YAML parseable with the same keys', () => {
    let runs = 0;
    let fixed = 0;
    fc.assert(
      fc.property(generators[format], (file) => {
        runs++;
        const result = linter.fix(file);
        if (result.output === undefined) return;
        fixed++;
        const output = result.output;
        // A BOM stays exactly as it was (a generated text may also start with U+FEFF by chance).
        expect(output.startsWith('\uFEFF')).toBe(file.text.startsWith('\uFEFF'));
        const again = linter.fix({ fileName: file.fileName, text: output });
        expect(again.output, 'a second --fix changed the file again').toBeUndefined();
        if (file.format === 'json' || file.format === 'yaml') expect(shape(parseData(file, output))).toEqual(shape(parseData(file, file.text)));
        expectPlaceholdersKept(templateText(file, file.text), templateText(file, output));
      }),
      { numRuns: NUM_RUNS, seed },
    );
    // Not vacuous: a good share of generated files get fixes (33-45% when measured).
    expect(fixed / runs).toBeGreaterThan(0.25);
  }, 120_000);
});

describe('the oracles', () => {
  const file: GeneratedFile = { format: 'md', fileName: 'reply.md', text: 'Hi {%customer.firstName%},\r\nyou failed to attach it!!', bom: false };

  it('accept the real diagnostics, and catch a range that is shifted, cut short or on the wrong line', () => {
    const result = linter.lint(file);
    const blame = result.messages.find((m) => m.ruleId === 'no-blame')!;
    expect(file.text.slice(blame.offset, blame.endOffset)).toBe('you failed to');
    expectRangesInside(file.text, result);
    expect(expectSlicesNameTheirText(file, file.text, result)).toBeGreaterThan(0);
    const only = (changes: Partial<typeof blame>) => ({ ...result, messages: [{ ...blame, ...changes }] });
    expect(() => expectSlicesNameTheirText(file, file.text, only({ offset: blame.offset + 4, endOffset: blame.endOffset + 4 }))).toThrow(/names "you failed to"/);
    expect(() => expectSlicesNameTheirText(file, file.text, only({ endOffset: blame.endOffset - 3 }))).toThrow(/names "you failed to"/);
    expect(() => expectRangesInside(file.text, only({ line: 1 }))).toThrow(/line\/column/);
    expect(() => expectRangesInside(file.text, only({ endOffset: file.text.length + 1 }))).toThrow(/outside the file/);
  });

  it('allow a fix to add a fallback, and catch one that changes, drops or adds a placeholder', () => {
    const fixed = linter.fix(file).output!;
    expect(fixed).toBe('Hi {%customer.firstName,fallback=there%},\r\nyou failed to attach it!');
    expectPlaceholdersKept(file.text, fixed);
    expect(() => expectPlaceholdersKept(fixed, file.text)).toThrow(/customer.firstName/);
    expect(() => expectPlaceholdersKept('Hi {{ticket.id}}!!', 'Hi {{ticket.id}!')).toThrow(/ticket.id/);
    expect(() => expectPlaceholdersKept('Hi!!', 'Hi {{ticket.id}}!')).toThrow(/ticket.id/);
  });
});
