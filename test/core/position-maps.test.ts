// Templates whose body is not the file: decoded JSON strings. Diagnostics must land on the exact
// escaped characters in the file, and fixes must be encoded for it.
import { describe, expect, it } from 'vitest';
import { lintUnits } from '../../src/core/lint-text.js';
import { decodeJsonString, encodeJsonString, JsonStringError } from '../../src/formats/json-string.js';
import { defineRule } from '../../src/rules/define-rule.js';
import type { RuleModule, TemplateUnit } from '../../src/types.js';

/** Reports "you are wrong" wherever it is, with a suggestion that quotes text. */
const probe = defineRule({
  meta: { id: 'probe', type: 'tone', docs: { description: 'probe', recommended: false }, messages: { hit: 'Found "{{phrase}}".' } },
  patterns: ['you are wrong'],
  create(context) {
    for (const sentence of context.prose.sentences) {
      for (const match of context.matchPatterns(sentence)) {
        if (match.tokens.some((t) => t.quoted)) continue;
        const start = match.tokens[0]!.start;
        const end = match.tokens[match.tokens.length - 1]!.end;
        context.report({
          messageId: 'hit',
          data: { phrase: context.text.slice(start, end) },
          start,
          end,
          suggest: [{ desc: 'rephrase', fix: { range: [start, end], text: 'I see it "differently"' } }],
        });
      }
    }
  },
});

function unitsOf(file: string, names: string[]): TemplateUnit[] {
  // Every string value after a "comment" key is a template (a stand-in for a collection adapter).
  const units: TemplateUnit[] = [];
  let from = 0;
  for (const name of names) {
    const key = file.indexOf('"comment"', from);
    const quote = file.indexOf('"', file.indexOf(':', key) + 1);
    const decoded = decodeJsonString(file, quote);
    units.push({ name, metadata: {}, kind: 'markdown', body: decoded.value, bodyStart: 0, bodyEnd: decoded.value.length, map: decoded.map });
    from = decoded.end;
  }
  return units;
}

function lint(file: string, names: string[]) {
  return lintUnits(file, { units: unitsOf(file, names) }, {
    filePath: 'commands.json',
    config: { rules: { probe: { severity: 2, options: {} } } },
    rules: new Map<string, RuleModule>([['probe', probe]]),
  });
}

describe('diagnostics inside JSON strings', () => {
  const file = [
    '[',
    '  { "name": "first", "comment": "Hi \\u2019there\\u2019,\\n\\nSadly \\"you are wrong\\" is quoted. But you\\u2019re wrong here." },',
    '  { "name": "second", "comment": "Line one.\\r\\n\\tYou are\\nwrong, again." }',
    ']',
  ].join('\n');

  it('slice the file to the escaped words the message names, in the right template', () => {
    const result = lint(file, ['first', 'second']);
    const found = result.messages.map((m) => ({ template: m.template, line: m.line, column: m.column, raw: file.slice(m.offset, m.endOffset), message: m.message }));
    const lines = file.split('\n');
    const columnOf = (line: number, raw: string) => lines[line - 1]!.indexOf(raw) + 1;
    expect(found).toEqual([
      { template: 'first', line: 2, column: columnOf(2, 'you\\u2019re wrong'), raw: 'you\\u2019re wrong', message: 'Found "you’re wrong".' },
      { template: 'second', line: 3, column: columnOf(3, 'You are\\nwrong'), raw: 'You are\\nwrong', message: 'Found "You are\nwrong".' },
    ]);
    expect(found.every((f) => f.column > 1)).toBe(true);
    expect(result.templates.map((t) => t.name)).toEqual(['first', 'second']);
  });

  it('encode suggestion text for the file, so applying it keeps the JSON valid', () => {
    const [first] = lint(file, ['first', 'second']).messages;
    const fix = first!.suggestions![0]!.fix;
    expect(fix.text).toBe('I see it \\"differently\\"');
    const fixed = file.slice(0, fix.range[0]) + fix.text + file.slice(fix.range[1]);
    expect(JSON.parse(fixed)[0].comment).toContain('But I see it "differently" here.');
  });
});

describe('decodeJsonString', () => {
  it('maps every decoded character, and the end, to its file offset', () => {
    const text = 'x"a\\nb\\u00e9\\\\"';
    const decoded = decodeJsonString(text, 1);
    expect(decoded.value).toBe('a\nbé\\');
    expect([0, 1, 2, 3, 4, 5].map((i) => decoded.map.toFile(i))).toEqual([2, 3, 5, 6, 12, 14]);
    expect(decoded.end).toBe(15);
    expect(encodeJsonString('say "hi"\n')).toBe('say \\"hi\\"\\n');
  });

  it('rejects broken strings with the offset of the problem', () => {
    expect(() => decodeJsonString('"abc', 0)).toThrow(JsonStringError);
    expect(() => decodeJsonString('"a\\q"', 0)).toThrow('Invalid escape "\\q"');
    try {
      decodeJsonString('"a\\q"', 0);
    } catch (error) {
      expect((error as JsonStringError).offset).toBe(2);
    }
  });
});
