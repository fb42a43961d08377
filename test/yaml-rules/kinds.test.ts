// Each kind's behaviour, through the real core (prose view, shared matcher, directives).
import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { problems, ruleFrom } from './helpers.js';

const tester = new RuleTester();

describe('kind: phrase', () => {
  const rule = ruleFrom(
    [
      'id: no-asap',
      "message: '\"{{phrase}}\" promises nothing. Give a time.'",
      'kind: phrase',
      'patterns: [asap, as soon as (possible|we can)]',
      'suggest: by Friday',
    ].join('\n'),
  );

  tester.run('no-asap', rule, {
    valid: ['We will reply by Friday.', 'Do you need it ASAP?', 'If you need it ASAP, call us.', '> We need it ASAP.\n\nWe can do Friday.', 'Use `asap` as the code.'],
    invalid: [
      {
        code: 'We will reply as soon as possible.',
        errors: [
          {
            messageId: 'phrase',
            message: '"as soon as possible" promises nothing. Give a time.',
            text: 'as soon as possible',
            line: 1,
            column: 15,
            suggestions: [{ desc: 'Replace "as soon as possible" with "by Friday".', output: 'We will reply by Friday.' }],
          },
        ],
      },
    ],
  });

  it('reports in questions and conditionals when the file says so', () => {
    const loud = ruleFrom('id: no-asap\nmessage: m\nkind: phrase\npatterns: [asap]\ninQuestions: true\ninConditionals: true\n');
    expect(problems(loud, 'Do you need it ASAP? If you need it ASAP, call.')).toEqual(['1:16 ASAP', '1:37 ASAP']);
  });
});

describe('kind: require', () => {
  const yaml = (within = '') => `id: thank-early\nmessage: Thank the customer.\nkind: require\npatterns: [thank~, thanks, (we|i) appreciate]\n${within}`;

  tester.run('thank-early', ruleFrom(yaml()), {
    valid: ['Your refund is on its way. Thanks for waiting.', 'We appreciate your patience.', ''],
    invalid: [{ code: 'Hi Sam,\n\nYour refund is on its way.', errors: [{ messageId: 'missing', message: 'Thank the customer.', text: 'Hi Sam,', line: 1, column: 1 }] }],
  });

  it('looks only in the first N sentences, and reports at the first', () => {
    const rule = ruleFrom(yaml('within: { first: 2 }\n'));
    expect(problems(rule, 'Hi Sam,\n\nThanks for writing. It ships today.')).toEqual([]);
    expect(problems(rule, 'Hi Sam,\n\nIt ships today. Thanks for writing.')).toEqual(['1:1 Hi Sam,']);
  });

  it('looks only in the last N sentences, and reports at the first of them', () => {
    const rule = ruleFrom(yaml('within: { last: 2 }\n'));
    expect(problems(rule, 'Thanks for writing. It ships today. We will email you.')).toEqual(['1:21 It ships today.']);
    expect(problems(rule, 'It ships today. Thanks for writing.')).toEqual([]);
  });

  it('reports once per template, and does not count the customer’s quoted words', () => {
    const rule = ruleFrom(yaml());
    expect(problems(rule, '> Thanks in advance!\n\nIt ships today. It arrives Monday.')).toEqual(['3:1 It ships today.']);
  });
});

describe('kind: order', () => {
  const rule = ruleFrom(
    [
      'id: sorry-first',
      "message: '\"{{phrase}}\" comes before any apology.'",
      'kind: order',
      'first: [sorry, (i|we) (apologise~|apologize~)]',
      'then: [please (try|restart)]',
    ].join('\n'),
  );

  tester.run('sorry-first', rule, {
    valid: ['Sorry for the trouble. Please restart the app.', 'We apologise. Please try again.', 'The fix ships on Monday.', 'Sorry, please try again.'],
    invalid: [
      {
        code: 'Please restart the app. Sorry! Please try again.',
        errors: [{ messageId: 'outOfOrder', message: '"Please restart" comes before any apology.', text: 'Please restart', line: 1, column: 1 }],
      },
    ],
  });
});

describe('kind: limit', () => {
  const rule = ruleFrom(
    ['id: one-sorry', "message: 'Another \"{{phrase}}\" (at most {{max}}).'", 'kind: limit', 'patterns: [sorry, (i|we) (apologise~|apologize~), so sorry]', 'max: 1'].join('\n'),
  );

  tester.run('one-sorry', rule, {
    valid: ['Sorry for the delay. It ships today.', 'No apology needed.'],
    invalid: [
      {
        code: 'Sorry for the delay. We are so sorry. We apologise.',
        errors: [
          { messageId: 'overLimit', message: 'Another "so sorry" (at most 1).', text: 'so sorry', line: 1, column: 29 },
          { messageId: 'overLimit', message: 'Another "We apologise" (at most 1).', text: 'We apologise', line: 1, column: 39 },
        ],
      },
    ],
  });

  it('with max 0 reports every match', () => {
    const none = ruleFrom('id: no-sorry\nmessage: m\nkind: limit\npatterns: [sorry]\nmax: 0\n');
    expect(problems(none, 'Sorry. Sorry.')).toEqual(['1:1 Sorry', '1:8 Sorry']);
  });
});

describe('built rules', () => {
  it('describe themselves like built-in rules, and take no options', () => {
    const rule = ruleFrom('id: no-asap\nmessage: Say when. Really.\nlevel: error\nkind: phrase\npatterns: [asap]\nsuggest: by Friday\n', '/p/rules/no-asap.yaml');
    expect(rule.meta).toEqual({
      id: 'no-asap',
      type: 'tone',
      docs: { description: 'Say when.', recommended: 'error', url: 'file:///p/rules/no-asap.yaml' },
      messages: { phrase: 'Say when. Really.' },
      schema: { type: 'object', properties: {}, additionalProperties: false },
      defaultOptions: {},
      hasSuggestions: true,
    });
    expect(rule.patterns).toEqual(['asap']);
  });
});
