import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-blame', rule, {
  valid: [
    // "Should have" + an expectation or a thing, not hindsight.
    'You should have access to the dashboard now.',
    'You should have a confirmation email from us by now.',
    'You should have noticed a new icon in the toolbar after the update.',
    // Conditionals are not accusations.
    "If you didn't receive the email, check your spam folder.",
    'In case you forgot to save your changes, the draft is still in your outbox.',
    "If you didn't read the last update, here's the short version.",
    // Nor are ordinary questions, instructions or sentences about us.
    'Did you get a chance to restart it?',
    'Why don’t you try restarting it? That often clears the error.',
    'Please provide your order number so I can find it.',
    'We forgot to include the invoice — sorry! It’s attached now.',
    "We're on your side, {{ticket.requester.first_name}}.",
    // Expectations, not hindsight.
    'You should have received an email from us by now.',
    'You should’ve gotten a confirmation, and you should have access now.',
    'You were supposed to receive a tracking link yesterday; I’m sorry it didn’t arrive.',
    // Reassurance and denials.
    "This isn't your fault, and none of this is user error.",
    "It's not a problem with your setup; it's a bug on our side.",
    'You are not responsible for the customs fees.',
    'Everything looks good on your end. Please check the settings on your end too.',
    // A status reminder, a participle "provided", someone else's words, code.
    "You haven't updated the app yet — here's the link.",
    'The details you provided were really helpful.',
    '> You failed to ship my order!\n\nThanks for your patience.',
    'The log says "user error" but the cause was our update.',
    'Run `you forgot to` in the console to reproduce it.',
    'You managed to fix it — great!',
  ],
  invalid: [
    {
      code: 'You should have saved the file to the shared drive, not your desktop.',
      errors: [{ messageId: 'shouldHave', text: 'You should have saved', line: 1, column: 1 }],
    },
    {
      code: 'If you had read the FAQ, you would know this.',
      errors: [{ messageId: 'shouldHave', text: 'If you had read' }],
    },
    {
      code: 'You always forget to log out on shared computers.',
      errors: [{ messageId: 'careless', text: 'You always forget' }],
    },
    {
      code: 'It looks like you keep ignoring the update prompt.',
      errors: [{ messageId: 'careless', text: 'you keep ignoring' }],
    },
    {
      code: 'You managed to delete the workspace yourself.',
      errors: [{ messageId: 'broke', text: 'You managed to delete' }],
    },
    {
      code: 'You failed to attach the receipt.',
      errors: [{ messageId: 'failed', text: 'You failed to', line: 1, column: 1, endLine: 1, endColumn: 14 }],
    },
    {
      code: 'Hi {{ticket.requester.first_name}}, you forgot to include your order number.',
      errors: [{ messageId: 'failed', text: 'you forgot to', line: 1, column: 37 }],
    },
    {
      code: 'Hi {%customer.firstName,fallback=there%},\n\nIt seems you didn’t read the instructions.',
      errors: [{ messageId: 'failed', text: 'you didn’t read', line: 3, column: 10, endColumn: 25 }],
    },
    {
      code: "You haven't provided the order number, so I can't look it up.",
      errors: [{ messageId: 'failed', text: "You haven't provided" }],
    },
    {
      // "once more" is an adverb, not a conditional "once …".
      code: 'I checked once more and you forgot to attach it.',
      errors: [{ messageId: 'failed', text: 'you forgot to', column: 25 }],
    },
    {
      code: 'Thanks for writing.\r\n\r\nYou should have updated the app first.',
      errors: [{ messageId: 'shouldHave', text: 'You should have updated', line: 3, column: 1, endColumn: 24 }],
    },
    {
      code: "You should've read the guide.",
      errors: [{ messageId: 'shouldHave', text: "You should've read" }],
    },
    {
      code: 'You were supposed to return it within 30 days.',
      errors: [{ messageId: 'shouldHave', text: 'You were supposed to return' }],
    },
    {
      code: '---\ntitle: Refund\n---\nSadly this is your fault. That is user error.',
      errors: [
        { messageId: 'fault', text: 'your fault', line: 4, column: 15 },
        { messageId: 'fault', text: 'user error', line: 4, column: 35 },
      ],
    },
    {
      code: 'The problem is on your end.',
      errors: [{ messageId: 'yourEnd', text: 'problem is on your end', column: 5 }],
    },
    {
      code: 'This seems like a problem with your node/npm and not with our CLI.',
      errors: [{ messageId: 'yourEnd', text: 'This seems like a problem with your node' }],
    },
    {
      code: 'It is your responsibility to keep your password safe.',
      errors: [{ messageId: 'responsibility', text: 'It is your responsibility to' }],
    },
    {
      code: 'You are responsible for return shipping.',
      errors: [{ messageId: 'responsibility', text: 'You are responsible for' }],
    },
    {
      code: 'The bug is that you managed to make a corrupt file in the first place.',
      errors: [{ messageId: 'broke', text: 'you managed to make a corrupt' }],
    },
    {
      code: 'You clearly missed the last step, and you obviously ignored the warning.',
      errors: [
        { messageId: 'careless', text: 'You clearly missed' },
        { messageId: 'careless', text: 'you obviously ignored' },
      ],
    },
    {
      code: 'Why didn’t you read the FAQ?',
      errors: [{ messageId: 'whyDidnt', text: 'Why didn’t you read', line: 1, column: 1 }],
    },
    {
      code: 'Or possibly buy a better graphics card.',
      errors: [{ messageId: 'gear', text: 'buy a better graphics card' }],
    },
    {
      code: 'You failed to attach it.',
      errors: [{ message: /^"You failed to" blames the customer .+ Ask for what you need instead/ }],
    },
  ],
});
