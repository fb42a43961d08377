// Every problem in a rule file is reported as `file:line:column: key path: problem`, at the key
// or value at fault, so a support lead can go straight to it.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { readRuleFile } from '../../src/rules/yaml/index.js';
import { RULE_FILE, rejectionOf } from './helpers.js';

const prefix = `Invalid rule file ${RULE_FILE}:`;

describe('reading a rule file', () => {
  it('reads every key, with defaults for the optional ones', () => {
    const { spec } = readRuleFile(RULE_FILE, 'message: Say when, not "{{phrase}}". Really.\nkind: phrase\npatterns: [asap]\n');
    expect(spec).toEqual({
      id: 'rule',
      filePath: RULE_FILE,
      description: 'Say when, not "{{phrase}}".',
      message: 'Say when, not "{{phrase}}". Really.',
      level: 'warn',
      type: 'tone',
      kind: 'phrase',
      patterns: ['asap'],
      inQuestions: false,
      inConditionals: false,
      examples: { incorrect: [], correct: [] },
    });
  });

  it('takes the id from `id:` over the file name, and accepts one pattern without a list', () => {
    const yaml = 'id: no-asap\ndescription: d\nmessage: m\nlevel: Error\ntype: style\nkind: limit\npatterns: sorry\nmax: 2\nexamples:\n  incorrect: sorry sorry sorry\n';
    const { spec } = readRuleFile(RULE_FILE, yaml);
    expect(spec).toMatchObject({ id: 'no-asap', level: 'error', type: 'style', kind: 'limit', patterns: ['sorry'], max: 2 });
    expect(spec.examples).toEqual({ incorrect: ['sorry sorry sorry'], correct: [] });
  });

  it('reads `within` for require rules and `first` / `then` for order rules', () => {
    expect(readRuleFile(RULE_FILE, 'message: m\nkind: require\npatterns: [thank~]\nwithin: { last: 2 }\n').spec).toMatchObject({ within: { last: 2 } });
    expect(readRuleFile(RULE_FILE, 'message: m\nkind: order\nfirst: [sorry]\nthen: [please try]\n').spec).toMatchObject({ first: ['sorry'], then: ['please try'] });
  });

  it.each<[string, string, string]>([
    // [case, file, message after "Invalid rule file <file>:"]
    ['YAML syntax error', 'message: m\nkind: [phrase\npatterns: [a]\n', '3:1: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['duplicate key', 'message: m\nkind: phrase\nmessage: n\n', '3:1: Map keys must be unique'],
    ['empty file', '# nothing yet\n', '1:1: the file is empty: a rule needs at least "message", "kind" and its patterns'],
    ['not a mapping', '- asap\n', '1:1: a rule file should be a mapping of keys (id, message, kind, …) (got a list)'],
    ['missing kind', 'message: m\npatterns: [a]\n', '1:1: kind: is required: one of "phrase", "require", "order", "limit"'],
    ['unknown kind', 'message: m\nkind: phrases\npatterns: [a]\n', '2:7: kind: should be one of "phrase", "require", "order", "limit" (got "phrases") (did you mean "phrase"?)'],
    ['missing message', 'kind: phrase\npatterns: [a]\n', '1:1: message: is required: what is wrong, why it matters to the customer, and what to write instead'],
    ['empty message', 'message: ""\nkind: phrase\npatterns: [a]\n', '1:10: message: should be a non-empty string (got "")'],
    ['misspelt key', 'message: m\nkind: phrase\npattern: [a]\n', '3:1: pattern: is not a known key (did you mean "patterns"?)'],
    ['unknown key', 'message: m\nkind: phrase\npatterns: [a]\nseverity: warn\n', '4:1: severity: is not a known key (known keys for kind "phrase": id, description, message, level, kind, type, examples, patterns, suggest, inQuestions, inConditionals)'],
    ['key of another kind', 'message: m\nkind: phrase\npatterns: [a]\nmax: 2\n', '4:1: max: only applies to rules of kind "limit" (this rule\'s kind is "phrase")'],
    ['bad level', 'message: m\nkind: phrase\npatterns: [a]\nlevel: warning\n', '4:8: level: should be one of "error", "warn", "off" (got "warning") (did you mean "warn"?)'],
    ['bad id', 'id: No ASAP\nmessage: m\nkind: phrase\npatterns: [a]\n', '1:5: id: should be lowercase words joined by "-", such as "no-asap" (got "No ASAP")'],
    ['missing patterns', 'message: m\nkind: phrase\n', '1:1: patterns: is required: a list of token patterns, such as ["asap", "as soon as (possible|we can)"]'],
    ['empty patterns', 'message: m\nkind: phrase\npatterns: []\n', '3:11: patterns: should list at least one pattern'],
    ['pattern not a string', 'message: m\nkind: phrase\npatterns:\n  - asap\n  - 42\n', '5:5: patterns[1]: should be a token pattern (a non-empty string) (got 42)'],
    ['bad pattern, plain', 'message: m\nkind: phrase\npatterns:\n  - asap\n  - as soon as (possible|we can\n', '5:16: patterns[1]: Missing ")" (column 12 of the pattern)'],
    ['bad pattern, quoted', "message: m\nkind: phrase\npatterns: ['it''s @nobody']\n", '3:19: patterns[0]: Unknown word class "@nobody" (known: '],
    ['bad pattern, double-quoted with an escape', 'message: m\nkind: phrase\npatterns: ["\\"quoted\\" ) x"]\n', '3:24: patterns[0]: Unexpected ")" (column 10 of the pattern)'],
    ['bad pattern in `then`', 'message: m\nkind: order\nfirst: [sorry]\nthen:\n  - please *{0,9}\n', '5:13: then[0]: Counts are limited to 8 (column 9 of the pattern)'],
    ['pattern spread over two lines', 'message: m\nkind: phrase\npatterns:\n  - as soon\n    as (possible\n', '5:8: patterns[0]: Missing ")" (column 12 of the pattern)'],
    // Nested counts multiply: the matcher would walk 512 tokens from every word (8 times more per level).
    [
      'pattern too long once counts are multiplied out',
      "message: m\nkind: phrase\npatterns:\n  - '((a{1,8}){1,8}){1,8} b'\n",
      '4:6: patterns[0]: Too long: a match could span 513 words once the counts are multiplied out (the limit is 128); nest fewer counted groups, or lower their counts (column 1 of the pattern)',
    ],
    [
      'pattern too large once counts are multiplied out',
      `message: m\nkind: require\npatterns:\n  - '(${Array.from({ length: 600 }, (_, i) => `w${i}`).join('|')}){0,8}'\n`,
      '4:6: patterns[0]: Too large: 4800 words to compare once the counts are multiplied out (the limit is 4096); nest fewer counted groups, or lower their counts (column 1 of the pattern)',
    ],
    // In a flow list, `{` starts a YAML mapping: the YAML error points at it.
    ['unquoted braces in a flow list', 'message: m\nkind: phrase\npatterns: [please *{0,3} try]\n', '3:20: Missing , or : between flow sequence items'],
    ['bad boolean', 'message: m\nkind: phrase\npatterns: [a]\ninQuestions: "yes"\n', '4:14: inQuestions: should be true or false (got "yes")'],
    ['max missing', 'message: m\nkind: limit\npatterns: [a]\n', '1:1: max: is required: a whole number, 0 or more'],
    ['max negative', 'message: m\nkind: limit\npatterns: [a]\nmax: -1\n', '4:6: max: should be a whole number, 0 or more (got -1)'],
    ['within with two keys', 'message: m\nkind: require\npatterns: [a]\nwithin: { first: 1, last: 1 }\n', '4:9: within: should be { first: N } or { last: N }: the first or last N sentences (got a mapping)'],
    ['within with a bad key', 'message: m\nkind: require\npatterns: [a]\nwithin:\n  frist: 2\n', '5:3: within.frist: is not a known key: should be { first: N } or { last: N }: the first or last N sentences (did you mean "first"?)'],
    ['within zero', 'message: m\nkind: require\npatterns: [a]\nwithin: { last: 0 }\n', '4:17: within.last: should be a whole number, 1 or more (got 0)'],
    ['{{phrase}} in a require rule', 'message: Say thanks, not {{phrase}}.\nkind: require\npatterns: [thanks]\n', '1:26: message: "{{phrase}}" has nothing to show in a rule of kind "require", which reports what is missing'],
    ['examples not a mapping', 'message: m\nkind: phrase\npatterns: [a]\nexamples: [a]\n', '4:11: examples: should be a mapping { incorrect: [...], correct: [...] } (got a list)'],
    ['examples with a bad key', 'message: m\nkind: phrase\npatterns: [a]\nexamples:\n  invalid: [a]\n', '5:3: examples.invalid: is not a known key (known keys: incorrect, correct)'],
    ['example not a string', 'message: m\nkind: phrase\npatterns: [a]\nexamples:\n  correct: [{ text: a }]\n', '5:13: examples.correct[0]: should be the text of a template (got a mapping)'],
  ])('%s', (_case, yaml, expected) => {
    const message = rejectionOf(yaml);
    expect(message.startsWith(`${prefix}${expected}`)).toBe(true);
    if (!expected.endsWith('(known: ')) expect(message).toBe(`${prefix}${expected}.`);
  });

  it('takes an id from the file name only when it is a valid id', () => {
    expect(rejectionOf('message: m\nkind: phrase\npatterns: [a]\n', '/r/No ASAP.yml')).toBe(
      'Invalid rule file /r/No ASAP.yml:1:1: the file name "No ASAP" is not a rule id (lowercase words joined by "-"): rename the file or add an "id:" key.',
    );
    expect(readRuleFile('/r/no-asap.yml', 'message: m\nkind: phrase\npatterns: [a]\n').spec.id).toBe('no-asap');
  });

  it('throws ConfigErrors that carry the file, line, column and key path', () => {
    let thrown: unknown;
    try {
      readRuleFile(RULE_FILE, 'message: m\nkind: phrase\npatterns:\n  - (a\n');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect(thrown).toMatchObject({ filePath: RULE_FILE, keyPath: 'patterns[0]', line: 4, column: 5 });
  });

  it('follows YAML aliases', () => {
    const yaml = 'message: m\nkind: order\nfirst: &sorry [sorry]\nthen: *sorry\n';
    expect(readRuleFile(RULE_FILE, yaml).spec).toMatchObject({ first: ['sorry'], then: ['sorry'] });
  });
});
