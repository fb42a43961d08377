import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

const insert = 'Insert "Thank you for reaching out." at the opening of the message.';

new RuleTester().run('thank-the-customer', rule, {
  valid: [
    'Thanks for your patience. Your refund is processed.',
    'Hi {{ticket.requester.first_name}},\n\nYour refund is processed. Thank you for bearing with us!',
    // Thanks inside a greeting line that is split from it.
    'Hi {{name}}, thanks for writing in about the delay.\n\nYour order ships today.',
    'We really appreciate your report. The fix ships on Friday.',
    'I’m grateful you flagged this before the weekend.',
    'Welcome aboard! Your account is ready.',
    // In a list item or a heading: still the customer reads it.
    '# Thank you for your order\n\nIt ships on Monday.',
    '- Thanks again for the screenshots.\n- We are on it.',
    // A sign-off counts only when `signoffCounts` is on.
    { code: 'Your refund is processed.\n\nThanks,\nSam', options: { signoffCounts: true } },
    // Staff-facing templates are skipped, by default and by option.
    '---\naudience: Agents\n---\nCheck the customer’s plan before replying.',
    { code: '---\naudience: billing-team\n---\nRefund issued.', options: { skipAudiences: ['billing-team'] } },
    // Nothing but a greeting and a sign-off: no message to thank in.
    'Hi there,\n\nBest,\nSam',
    // Plain text.
    { code: 'Thank you for your order.\nIt ships soon.', filePath: 'reply.txt' },
  ],
  invalid: [
    {
      code: 'Your refund is processed.',
      errors: [
        {
          messageId: 'missing',
          text: 'Your refund is processed.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          suggestions: [{ desc: insert, output: 'Thank you for reaching out. Your refund is processed.' }],
        },
      ],
    },
    {
      // Reported at the opening of the message, after the greeting.
      code: 'Hi {{ticket.requester.first_name}},\n\nYour order shipped today. It should arrive on Monday.',
      errors: [
        {
          text: 'Your order shipped today.',
          line: 3,
          column: 1,
          endColumn: 26,
          suggestions: [{ output: 'Hi {{ticket.requester.first_name}},\n\nThank you for reaching out. Your order shipped today. It should arrive on Monday.' }],
        },
      ],
    },
    {
      // The rest of a split greeting line starts in lower case: the suggestion keeps the line readable.
      code: 'Hi {{name}}, your order shipped today and should arrive Monday.',
      errors: [
        {
          text: 'your order shipped today and should arrive Monday.',
          column: 14,
          suggestions: [{ output: 'Hi {{name}}, thank you for reaching out. Your order shipped today and should arrive Monday.' }],
        },
      ],
    },
    {
      // A sign-off "Thanks," alone is a formula, not appreciation.
      code: 'Your refund is processed.\n\nThanks,\nSam',
      errors: [{ messageId: 'signoffOnly', text: 'Your refund is processed.', message: /^The only thanks in this reply is the sign-off "Thanks,"/ }],
    },
    {
      code: 'Please restart the app. Thanks!',
      errors: [{ messageId: 'signoffOnly', text: 'Please restart the app.' }],
    },
    {
      // "Thanks to" a cause, and "we'd appreciate it if" a request, are not appreciation.
      code: 'Thanks to a recent fix, exports work again. We would appreciate it if you could update the app.',
      errors: [{ messageId: 'missing', text: 'Thanks to a recent fix, exports work again.' }],
    },
    {
      // Offers of help and permissions are not thanks either.
      code: 'Happy to help! You are welcome to open a new ticket.',
      errors: [{ messageId: 'missing', text: 'Happy to help!' }],
    },
    {
      // Quoted words are the customer's.
      code: '> Thank you so much!\n\nWe have reset your password.',
      errors: [{ text: 'We have reset your password.', line: 3, column: 1 }],
    },
    {
      code: 'We don’t appreciate abusive language. The ticket is closed.',
      errors: [{ text: 'We don’t appreciate abusive language.' }],
    },
    {
      // A list item first: the opener goes in a paragraph before the list.
      code: '1. Open Settings.\n2. Click Retry.',
      errors: [{ text: 'Open Settings.', line: 1, column: 4, suggestions: [{ output: 'Thank you for reaching out.\n\n1. Open Settings.\n2. Click Retry.' }] }],
    },
    {
      // Headings are titles: the report goes to the first sentence of the message.
      code: '# Refund status\n\nYour refund is processed.',
      errors: [{ text: 'Your refund is processed.', line: 3 }],
    },
    {
      code: 'Your refund is processed.',
      options: { opener: 'Thanks for your patience!' },
      errors: [{ suggestions: [{ desc: 'Insert "Thanks for your patience!" at the opening of the message.', output: 'Thanks for your patience! Your refund is processed.' }] }],
    },
    {
      code: '---\naudience: agent\n---\nCheck the plan.',
      options: { skipAudiences: [] },
      errors: [{ line: 4, column: 1 }],
    },
    {
      code: 'Your refund is processed.',
      errors: [{ message: /^This reply never thanks the customer\..+"Thank you for the detailed report\."$/ }],
    },
  ],
});
