import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('require-greeting', rule, {
  valid: [
    'Hi {{ticket.requester.first_name}},\n\nYour order shipped.',
    'Hello there,\n\nYour order shipped.',
    'Dear customer,\n\nYour order shipped.',
    'Good morning! Your order shipped.',
    'Hi {{name}}, your order shipped today and should arrive Monday.',
    // A heading is a title, not the first line of the message.
    '# Order update\n\nHey {{name}},\n\nYour order shipped.',
    // personal: a placeholder names the customer.
    { code: 'Hi {%customer.firstName,fallback=there%},\n\nYour order shipped.', options: { personal: true } },
    { code: 'Hello {{ ticket.requester.first_name | default: "there" }}! Your order shipped.', options: { personal: true } },
    // Chat and SMS snippets are fragments; staff-facing templates are not replies.
    '---\nchannel: Chat\n---\nYour order shipped.',
    '---\nchannel: sms\n---\nYour code is 123456.',
    '---\naudience: staff\n---\nCheck the plan first.',
    { code: '---\nchannel: social\n---\nYour order shipped.', options: { channels: ['social'] } },
    { code: 'Hi there,\nYour order shipped.', filePath: 'reply.txt' },
  ],
  invalid: [
    {
      code: 'Your order shipped.',
      errors: [
        {
          messageId: 'missing',
          text: 'Your order shipped.',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          suggestions: [{ desc: 'Insert "Hi there," as the first line.', output: 'Hi there,\n\nYour order shipped.' }],
        },
      ],
    },
    {
      code: '# Order update\n\nYour order shipped.',
      errors: [{ text: 'Your order shipped.', line: 3, column: 1, suggestions: [{ output: '# Order update\n\nHi there,\n\nYour order shipped.' }] }],
    },
    {
      // "Thanks for reaching out, Sam!" is an opener, not a greeting.
      code: 'Thanks for reaching out, {{name}}! Your order shipped.',
      errors: [{ text: 'Thanks for reaching out, {{name}}!' }],
    },
    {
      code: '1. Open Settings.\n2. Click Retry.',
      errors: [{ text: 'Open Settings.', column: 4, suggestions: [{ output: 'Hi there,\n\n1. Open Settings.\n2. Click Retry.' }] }],
    },
    {
      code: 'Your order shipped.\r\n',
      options: { greeting: 'Hello {{ ticket.requester.first_name | default: "there" }},' },
      errors: [{ suggestions: [{ desc: 'Insert "Hello {{ ticket.requester.first_name | default: "there" }}," as the first line.', output: 'Hello {{ ticket.requester.first_name | default: "there" }},\r\n\r\nYour order shipped.\r\n' }] }],
    },
    {
      // personal: a literal name or "there" is not personal.
      code: 'Hi Sam,\n\nYour order shipped.',
      options: { personal: true },
      errors: [{ messageId: 'impersonal', text: 'Hi Sam,', line: 1, column: 1, endColumn: 8, message: /^This greeting does not name the customer with a placeholder \("Hi Sam,"\)/ }],
    },
    {
      code: 'Hello there,\n\nYour order shipped.',
      options: { personal: true },
      errors: [{ messageId: 'impersonal', text: 'Hello there,' }],
    },
    {
      code: 'Hi,\n\nYour order shipped.',
      options: { personal: true },
      errors: [{ messageId: 'impersonal', text: 'Hi,' }],
    },
    {
      // personal with no greeting: the default "Hi there," would not fix it, so no suggestion.
      code: 'Your order shipped.',
      options: { personal: true },
      errors: [{ messageId: 'missing', suggestions: [] , message: /"Hi \{\{ticket\.requester\.first_name \| default: "there"\}\},"\.$/ }],
    },
    {
      code: '---\nchannel: email\n---\nYour order shipped.',
      errors: [{ line: 4, column: 1 }],
    },
    {
      code: '---\nchannel: chat\n---\nYour order shipped.',
      options: { channels: [] },
      errors: [{ line: 4, column: 1 }],
    },
    {
      code: 'Your order shipped.',
      errors: [{ message: 'This reply starts without a greeting, so it reads like a notice rather than a message to a person. Open with a greeting line, for example "Hi there,".' }],
    },
  ],
});
