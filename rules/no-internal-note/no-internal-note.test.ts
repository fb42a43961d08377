import { RuleTester } from '../../src/testing/index.js';
import rule from './index.js';

new RuleTester().run('no-internal-note', rule, {
  valid: [
    'Thanks for writing in! Our agents will reply within a day.',
    '{{!-- Note to agent: check the plan first --}}Thanks for your patience.',
    '{% comment %}Internal: legal approved this wording.{% endcomment %}Thanks!',
    '<!-- Note to agent: use for refunds only -->\nThanks for reaching out.',
    'Our internal team is on it, and internal-facing tools are being updated.',
    'We will use your feedback when we plan the next release.',
    // osTicket's reply footer: advice, not an internal marker.
    'If not, please do not send another email. Instead, reply to this email.',
    'Thanks!\n\nYou can use this link when you sign in again.',
    'Run this:\n\n```\n# Internal: do not change\nDO NOT SEND\n```',
    '---\naudience: internal\n---\nNote to agent: escalate to tier 2.',
    { code: '---\naudience: billing-team\n---\nInternal: refund only once.', options: { skipAudiences: ['billing-team'] } },
  ],
  invalid: [
    {
      code: 'Note to agent: check the customer’s plan first.\n\nThanks for reaching out!',
      errors: [
        {
          messageId: 'internal',
          text: 'Note to agent: check the customer’s plan first.',
          line: 1,
          column: 1,
          message: 'A note for agents ("Note to agent: check the customer’s plan first.") reaches every customer who gets this template. Move it into a template comment ({{!-- … --}} or <!-- … -->) or the macro’s description, or delete it.',
        },
      ],
    },
    {
      code: 'Thanks for waiting.\n\n**Internal:** refund only once per customer.',
      errors: [{ text: 'Internal:** refund only once per customer.', line: 3, column: 3 }],
    },
    {
      code: 'Agent: pick the right plan below.\n- Agent note: ask for the order id',
      errors: [
        { text: 'Agent: pick the right plan below.', line: 1, column: 1 },
        { text: 'Agent note: ask for the order id', line: 2, column: 3 },
      ],
    },
    {
      code: 'Your refund is on its way. [internal] Approved by Sam.',
      errors: [{ text: '[internal]', line: 1, column: 28 }],
    },
    {
      code: 'INTERNAL ONLY - do not forward\nThanks for your order. DO NOT SEND until tracking exists.',
      errors: [
        { text: 'INTERNAL ONLY - do not forward', line: 1, column: 1 },
        { text: 'DO NOT SEND', line: 2, column: 24 },
      ],
    },
    {
      code: 'Hi there,\r\nOur office is closed on Monday. (delete this line)\r\n',
      filePath: 'reply.txt',
      errors: [{ text: '(delete this line)', line: 2, column: 33 }],
    },
    {
      // A usage note at the top of the template.
      code: '# Refund approved\n\nUse when the refund is over $100.\n\nThanks for your patience!',
      errors: [{ text: 'Use when the refund is over $100.', line: 3, column: 1 }],
    },
    {
      code: '---\ntitle: Outage\naudience: customer\n---\nUse this macro only during outages.\n\nSorry for the trouble.',
      errors: [{ text: 'Use this macro only during outages.', line: 5, column: 1 }],
    },
    {
      code: '> Note to self: soften this\n\nThanks, {{ticket.requester.first_name}}! Internal note: VIP customer.',
      // Labels count at the start of a line only.
      errors: [{ text: 'Note to self: soften this', line: 1, column: 3 }],
    },
  ],
});
