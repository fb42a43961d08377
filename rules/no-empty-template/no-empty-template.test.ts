import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

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
