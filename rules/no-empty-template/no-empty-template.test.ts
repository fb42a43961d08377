import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Placeholder } from '../../src/types.js';
import { RuleTester } from '../../src/testing/index.js';
import rule, { blankByCharacters, blankBySlices } from './index.js';

new RuleTester().run('no-empty-template', rule, {
  valid: [
    'Thanks for writing in! Your refund is on its way.',
    // Dynamic content and includes print the message.
    '{{dc.refund_policy}}',
    '{% render "shipping-update" %}',
    'Thanks!',
    'Hi {{ticket.requester.first_name}},\n\nYour order shipped today.\n\nBest,\nSam',
    { code: 'Hi {{ticket.requester.first_name}},\n\nBest,\nSam', options: { allowGreetingOnly: true } },
    '```\nsudo systemctl restart app\n```',
    '---\ntitle: Outage\n---\nWe are on it and will update you within the hour.',
    { code: 'Hi {%customer.firstName,fallback=there%},\r\n\r\nYour ticket %{ticket.number} is closed.', filePath: 'reply.txt' },
  ],
  invalid: [
    {
      code: '',
      errors: [{ messageId: 'empty', text: '', line: 1, column: 1 }],
    },
    {
      code: '  \n\n  ',
      errors: [{ messageId: 'empty', text: '', line: 1, column: 1 }],
    },
    {
      code: '---\ntitle: Placeholder macro\n---\n\n',
      errors: [
        {
          messageId: 'empty',
          text: '',
          line: 4,
          column: 1,
          message: 'This template has no text, so customers who receive it get an empty message (tags, comments and a name placeholder print no words). Write the reply, or delete the template.',
        },
      ],
    },
    {
      code: '{{ticket.requester.first_name}}\n',
      errors: [{ messageId: 'empty', text: '{{ticket.requester.first_name}}', line: 1, column: 1 }],
    },
    {
      code: '{% if vip %}{% endif %}\n{{! write the reply here }}',
      errors: [{ messageId: 'empty', text: '{% if vip %}{% endif %}\n{{! write the reply here }}', line: 1, column: 1, endLine: 2 }],
    },
    {
      code: '<!-- to do -->\n<br>',
      errors: [{ messageId: 'empty', text: '<!-- to do -->\n<br>' }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nBest,\n{{current_user.name}}\n',
      errors: [
        {
          messageId: 'onlyGreeting',
          text: 'Hi {{ticket.requester.first_name}},\n\nBest,\n{{current_user.name}}',
          line: 1,
          column: 1,
          endLine: 4,
          message: 'This template is only a greeting and a sign-off: sent as it is, the customer gets a reply that says nothing. Write the message between them, or set `allowGreetingOnly` if agents always fill it in.',
        },
      ],
    },
    {
      code: 'Hello there!',
      errors: [{ messageId: 'onlyGreeting', text: 'Hello there!', line: 1, column: 1 }],
    },
    {
      code: 'Hi there,\r\n\r\nKind regards,\r\nThe Support Team\r\n',
      filePath: 'reply.txt',
      errors: [{ messageId: 'onlyGreeting', text: 'Hi there,\r\n\r\nKind regards,\r\nThe Support Team', line: 1, column: 1, endLine: 4 }],
    },
  ],
});

describe('no-empty-template: the sliced blanking', () => {
  it('gives the same text as blanking character by character (generated)', () => {
    const placeholder = (start: number, length: number, name: string, kind: 'output' | 'tag' | 'comment'): Placeholder =>
      ({ kind, syntax: 'liquid', start, end: start + length, raw: '', name, args: '', filters: [], closed: true });
    const input = fc
      .record({
        text: fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '!', '-', 'b', '\n'), minLength: 0, maxLength: 60 }),
        from: fc.nat(10),
        spans: fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 1, max: 12 }), fc.constantFrom('first_name', 'order.id', 'include'), fc.constantFrom('output' as const, 'tag' as const, 'comment' as const)), { maxLength: 5 }),
        blank: fc.array(fc.tuple(fc.nat(60), fc.integer({ min: 0, max: 20 })), { maxLength: 3 }),
        sorted: fc.boolean(),
      })
      .map(({ text, from, spans, blank, sorted }) => {
        const placeholders = spans.map(([start, length, name, kind]) => placeholder(start, length, name, kind));
        if (sorted) placeholders.sort((a, b) => a.start - b.start);
        const ranges = blank.map(([start, length]) => [start, start + length] as [number, number]).sort((a, b) => a[0] - b[0]);
        return { text, from: Math.min(from, text.length), to: text.length, placeholders, ranges };
      });
    let sliced = 0;
    fc.assert(
      fc.property(input, ({ text, from, to, placeholders, ranges }) => {
        const fast = blankBySlices(text, from, to, placeholders, ranges);
        if (fast === undefined) return;
        sliced++;
        expect(fast).toBe(blankByCharacters(text, from, to, placeholders, ranges));
      }),
      { numRuns: 2000 },
    );
    expect(sliced).toBeGreaterThan(500);
  });
});
