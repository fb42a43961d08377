import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

const message = (text: string): string =>
  `"${text}" looks like a fill-in left in the template: every customer receives it exactly as typed. Replace it with the real text, or with a placeholder the platform fills in.`;

new RuleTester().run('no-unfilled-token', rule, {
  valid: [
    'Your order number is {{ticket.ticket_field_123}}.',
    'See [our guide](https://example.com/guide) and [the FAQ][faq].\n\n[faq]: https://example.com/faq',
    'Run `TODO=1 make` and check:\n\n```\nXXX\n[NAME]\n<ISSUE_NUMBER>\n```',
    'I added it to our todo list, and the xxx-large shirt is back in stock.',
    'Email us at <support@example.com> or open <https://example.com/help>.',
    'The [PDF] and [SOLVED] labels are on page [2].',
    'Line one<br>line two with <b>bold</b> and <a href="https://example.com">a link</a>.',
    '{{! TODO: reword this }}{% comment %}XXX pick one{% endcomment %}Thanks for waiting!',
    'You wrote "[...] the app crashed", and we fixed it.',
    '- [ ] Restart the app\n- [x] Clear the cache',
    'Use the NPY_FEATURE___VERSION flag.',
    { code: 'Launch date: TBD.', options: { allow: ['TBD'] } },
  ],
  invalid: [
    {
      code: 'Your order ID is XXXXX.',
      errors: [{ messageId: 'unfilled', text: 'XXXXX', line: 1, column: 18, endColumn: 23, message: message('XXXXX') }],
    },
    {
      // The prometheus saved replies' fill-in.
      code: 'Thanks for the report!\n\nThis was fixed in version XXX; please upgrade.',
      errors: [{ text: 'XXX', line: 3, column: 27 }],
    },
    {
      code: 'Hi [Customer Name],\n\nThanks for writing in.',
      errors: [{ text: '[Customer Name]', line: 1, column: 4, message: message('[Customer Name]') }],
    },
    {
      code: 'Hi [NAME], TODO: add the refund amount.',
      errors: [
        { text: '[NAME]', column: 4 },
        { text: 'TODO', column: 12 },
      ],
    },
    {
      code: 'See <ISSUE_NUMBER> and <insert link here>.',
      errors: [
        { text: '<ISSUE_NUMBER>', column: 5 },
        { text: '<insert link here>', column: 24 },
      ],
    },
    {
      code: 'Track it here: [insert tracking link]',
      errors: [{ text: '[insert tracking link]', line: 1, column: 16 }],
    },
    {
      code: 'Your code is ____ and expires on [date].',
      errors: [
        { text: '____', column: 14 },
        { text: '[date]', column: 34 },
      ],
    },
    {
      // ansible/awx's triage replies.
      code: '- (A) INSERT ITEM HERE\n- FIXME before sending',
      errors: [
        { text: 'INSERT ITEM HERE', line: 1, column: 7 },
        { text: 'FIXME', line: 2, column: 3 },
      ],
    },
    {
      code: 'Your refund of {{INSERT_AMOUNT}} is on its way; delivery TBD.',
      errors: [
        { text: '{{INSERT_AMOUNT}}', column: 16 },
        { text: 'TBD', column: 58 },
      ],
    },
    {
      code: 'Hi <customer name>,\r\n\r\nYour ticket is #XXXX-XXXX.',
      filePath: 'reply.txt',
      errors: [
        { text: '<customer name>', line: 1, column: 4 },
        { text: 'XXXX-XXXX', line: 3, column: 17 },
      ],
    },
    {
      code: '---\ntitle: Shipping\n---\nShips on PENDING.',
      options: { markers: ['PENDING'] },
      errors: [{ text: 'PENDING', line: 4, column: 10 }],
    },
  ],
});
