import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-absolutes', rule, {
  valid: [
    'You never need to lock the app yourself; it locks after five minutes.',
    // Benefit statements: a modal, or a verb that isn't a reproach.
    'You can always reply to this email, and you’ll always have access to your purchases.',
    'You never need to log in again, you never have to pay for returns, and you’ll never lose your data.',
    'With Plus you always get free shipping.',
    // About us, or about no one.
    'We always reply within a day. Never hesitate to ask.',
    'As always, be careful when force-pushing.',
    // Questions and conditionals are diagnostic, not accusations.
    'Does it happen every time you open the app?',
    'Do you always see this error after updating?',
    'If you always forget your password, a password manager helps.',
    // Praise and thanks.
    'You always send such clear reports — thank you!',
    'Thanks again: you never miss a detail, and you keep asking the right questions.',
    // Describing the customer's problem, not their behaviour.
    'You keep getting this error because the cache is stale; here’s how to clear it.',
    'Sorry you never received the confirmation email. I’ve resent it.',
    // Someone else's words, and code.
    '"You always say that," my colleague joked.',
    '> You never reply to my emails!\n\nI’m sorry for the silence; I’ve read your whole thread.',
    'Run `you-never-read --help` for the options.',
  ],
  invalid: [
    { code: 'You never lock your screen when you leave.', errors: 1 },
    {
      code: 'You always forget to attach the receipt.',
      errors: [{ messageId: 'always', text: 'You always forget', line: 1, column: 1, endColumn: 18 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}},\n\nYou never read our emails.',
      errors: [{ messageId: 'never', text: 'You never read', line: 3, column: 1 }],
    },
    {
      code: 'You’ve never replied to us, and you don’t ever follow the steps.',
      errors: [
        { messageId: 'never', text: 'You’ve never replied' },
        { messageId: 'never', text: 'you don’t ever follow' },
      ],
    },
    {
      code: "You're always complaining about the price.",
      errors: [{ messageId: 'always', text: "You're always complaining" }],
    },
    {
      code: 'Frankly, you are always late with the paperwork.',
      errors: [{ messageId: 'always', text: 'you are always late', column: 10 }],
    },
    {
      code: 'You keep sending the wrong file.',
      errors: [{ messageId: 'always', text: 'You keep sending' }],
    },
    {
      code: 'You kept asking the same question, so I closed the ticket.',
      errors: [{ messageId: 'always', text: 'You kept asking' }],
    },
    {
      code: 'Every time you contact us, we have to start over.',
      errors: [{ messageId: 'always', text: 'Every time you contact us' }],
    },
    {
      code: 'You constantly reopen tickets that are solved.',
      errors: [{ messageId: 'always', text: 'You constantly reopen' }],
    },
    {
      code: 'You never seem to read the instructions.',
      errors: [{ messageId: 'never', text: 'You never seem to read' }],
    },
    {
      code: 'You are never satisfied with our answers.',
      errors: [{ messageId: 'never', text: 'You are never satisfied' }],
    },
    {
      code: 'It seems you always get this wrong.',
      errors: [{ messageId: 'always', text: 'you always get this wrong' }],
    },
    {
      code: '- You never let us know when it ships.',
      errors: [{ messageId: 'never', text: 'You never let us know', column: 3 }],
    },
  ],
});
