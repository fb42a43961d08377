import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

const insert = 'Insert "Thanks for reaching out." before the first instruction.';

new RuleTester().run('acknowledge-before-resolving', rule, {
  valid: [
    'Thanks for letting us know. Go to Settings > Billing and click Retry.',
    'Hi {{ticket.requester.first_name}},\n\nI’m sorry about the delay. I’ve reset your password.',
    "Hi {%customer.firstName,fallback=there%},\n\nI understand how frustrating this is. Please restart the app.",
    'It sounds like the app crashes on launch. Try reinstalling it.',
    'Great question! Open Settings to change it.',
    'Sorry to hear this — send us a photo and we’ll replace it.',
    // Thanks earlier in the same sentence.
    'Thanks for the report, but please file it with the add-on’s author.',
    // Closing lines are not resolutions.
    'If you have questions, reply to this email.',
    "Let us know if that helps! Feel free to reach out, and don't hesitate to contact us.",
    'Your order is on its way. You’ll get an email when it ships.',
    // Questions ask; headings are titles; quotes are the customer's words.
    'Could you restart the app and tell me what you see?',
    '# Reset your password\n\nThanks for writing in. Open Settings.',
    '> Click Retry, they said.\n\nThanks for sticking with us.',
    'Your note said "click retry" and nothing happened; I’m sorry about that.',
    // Internal templates are skipped, by default and by option.
    '---\naudience: Agent\n---\nGo to Settings and check the customer’s plan.',
    { code: '---\naudience: billing-team\n---\nGo to Settings.', options: { skipAudiences: ['billing-team'] } },
    // Plain text with a numbered list after an acknowledgement.
    { code: 'Thanks for your patience!\n\n1. Open the app.\n2. Tap Settings.', filePath: 'reply.txt' },
  ],
  invalid: [
    {
      code: 'Go to Settings > Billing and click Retry.',
      errors: [
        {
          messageId: 'missing',
          text: 'Go to Settings > Billing and click Retry.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 42,
          suggestions: [{ desc: insert, output: 'Thanks for reaching out. Go to Settings > Billing and click Retry.' }],
        },
      ],
    },
    {
      // The greeting is neither an acknowledgement nor a resolution.
      code: 'Hi {{ticket.requester.first_name}},\n\nPlease restart the app. Thanks!',
      errors: [
        {
          text: 'Please restart the app.',
          line: 3,
          column: 1,
          suggestions: [{ output: 'Hi {{ticket.requester.first_name}},\n\nThanks for reaching out. Please restart the app. Thanks!' }],
        },
      ],
    },
    {
      code: 'Hi {%customer.firstName,fallback=there%},\r\n\r\nIf you didn’t receive the email, check your spam folder.\r\n',
      errors: [
        {
          text: 'If you didn’t receive the email, check your spam folder.',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 57,
          suggestions: [{ output: 'Hi {%customer.firstName,fallback=there%},\r\n\r\nThanks for reaching out. If you didn’t receive the email, check your spam folder.\r\n' }],
        },
      ],
    },
    {
      // Front matter: positions count from the top of the file.
      code: '---\ntitle: Password reset\naudience: customer\n---\nYour account is locked. To fix this, clear your cache.',
      errors: [{ text: 'To fix this, clear your cache.', line: 5, column: 25 }],
    },
    {
      // A numbered list is a set of steps; the opener goes before the list.
      code: 'Here is what to do:\n\n1. Open the app.\n2. Tap Settings.',
      errors: [{ text: 'Here is what to do:', line: 1, column: 1 }],
    },
    {
      code: 'Your order is delayed.\n\n1. Open the app.\n2. Tap Settings.',
      errors: [{ text: 'Open the app.', line: 3, column: 4, suggestions: [{ output: 'Your order is delayed.\n\nThanks for reaching out.\n\n1. Open the app.\n2. Tap Settings.' }] }],
    },
    {
      code: 'We have refunded your order. Thanks for your patience.',
      errors: [{ text: 'We have refunded your order.' }],
    },
    {
      code: 'Your refund has been processed.',
      errors: [{ text: 'Your refund has been processed.' }],
    },
    {
      code: 'I’ll send a replacement today.',
      errors: [{ text: 'I’ll send a replacement today.' }],
    },
    {
      code: 'You’ll need to update the app first.',
      errors: [{ text: 'You’ll need to update the app first.' }],
    },
    {
      // An acknowledgement after the instruction is too late.
      code: 'Click Retry, and thanks for your patience!',
      errors: [{ text: 'Click Retry, and thanks for your patience!' }],
    },
    {
      code: 'If you find an error you need to report exactly what fails.',
      errors: [{ text: 'If you find an error you need to report exactly what fails.' }],
    },
    {
      code: 'The code is valid. For general issues, check the forum.',
      filePath: 'reply.txt',
      errors: [{ text: 'For general issues, check the forum.', column: 20 }],
    },
    {
      // Only one report per template.
      code: 'Open Settings. Then click Save. Thanks!',
      errors: [{ text: 'Open Settings.' }],
    },
    {
      code: 'Go to Settings.',
      options: { opener: 'Sorry for the trouble!' },
      errors: [{ suggestions: [{ desc: 'Insert "Sorry for the trouble!" before the first instruction.', output: 'Sorry for the trouble! Go to Settings.' }] }],
    },
    {
      // With no audiences skipped, an agent-facing template is checked too.
      code: '---\naudience: agent\n---\nGo to Settings.',
      options: { skipAudiences: [] },
      errors: [{ line: 4, column: 1 }],
    },
    {
      code: 'Go to Settings.',
      errors: [{ message: /^This reply starts solving before it acknowledges the customer.+"Thanks for letting us know — I can see how frustrating this is\."$/ }],
    },
  ],
});
