import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { PLATFORMS } from '../../src/templating/known.js';
import rule from './index.js';

const zendesk = { platform: 'zendesk' };

new RuleTester().run('placeholder-known', rule, {
  valid: [
    // No platform and no list: nothing to check against.
    'Hi {{ticket.requestor.name}},',
    { code: 'Hi {{ticket.requester.first_name}}, ticket #{{ticket.id}}: {{ticket.title}}', options: zendesk },
    { code: '{{dc.refund_policy}} {{ticket.ticket_field_360001}} {{ticket.ticket_field_option_title_42}}', options: zendesk },
    { code: 'Hi {%customer.firstName,fallback=there%}, {%user.fullName%} here.', options: { platform: 'helpscout' } },
    { code: 'Hi {{ticket.customer.firstname}}, {{ticket.messages[0].body_text}} {{ticket.customer.integrations.shopify.orders[0].name}}', options: { platform: 'gorgias' } },
    { code: 'Hi {{recipient.first_name}}, {{user.first_name}} here.', options: { platform: 'front' } },
    { code: 'Hi {{ticket.requester.firstname}}, see {{ticket.portal_url}}', options: { platform: 'freshdesk' } },
    { code: 'Hi {{user.name | fallback: "there"}}', options: { platform: 'intercom' } },
    // The team's own custom fields.
    { code: 'Order {{ticket.custom.order_id}} ships {{shop.eta}}', options: { known: ['ticket.custom.*', 'shop.eta'] } },
    // Variables the template defines, tags and comments are not placeholders to look up.
    { code: '{% assign greeting = "Hi" %}{{greeting}} {% for c in ticket.comments %}{{c.author.name}}{% endfor %}{# note #}', options: zendesk },
    // The platform from the template's front matter.
    '---\nplatform: Zendesk\n---\nHi {{ticket.requester.first_name}},',
  ],
  invalid: [
    {
      code: 'Hi {{ticket.requestor.name}},',
      options: zendesk,
      errors: [
        {
          messageId: 'didYouMean',
          text: '{{ticket.requestor.name}}',
          line: 1,
          column: 4,
          message: '{{ticket.requestor.name}} uses "ticket.requestor.name", which is not one of the Zendesk placeholders, so every customer would get a blank where it stands. Did you mean "ticket.requester.name"?',
          suggestions: [{ desc: 'Use "ticket.requester.name".', output: 'Hi {{ticket.requester.name}},' }],
        },
      ],
    },
    {
      // Freshdesk's spelling in a Zendesk macro.
      code: 'Hi {{ ticket.requester.firstname | default: "there" }},',
      options: zendesk,
      errors: [{ text: '{{ ticket.requester.firstname | default: "there" }}', column: 4, suggestions: [{ output: 'Hi {{ ticket.requester.first_name | default: "there" }},' }] }],
    },
    {
      code: 'Thanks!\n\nHi {%customer.firstname%}',
      options: { platform: 'helpscout' },
      errors: [{ text: '{%customer.firstname%}', line: 3, column: 4, suggestions: [{ output: 'Thanks!\n\nHi {%customer.firstName%}' }] }],
    },
    {
      code: 'Your order: {{ticket.order_number}}',
      options: zendesk,
      errors: [
        {
          messageId: 'unknown',
          text: '{{ticket.order_number}}',
          line: 1,
          column: 13,
          message: '{{ticket.order_number}} uses "ticket.order_number", which is not one of the Zendesk placeholders: the platform prints nothing (or the raw placeholder) for every customer. Check the spelling, or add it to the `known` option if it is a custom field.',
        },
      ],
    },
    {
      code: 'See {{shop.etaa}}',
      options: { known: ['shop.eta'] },
      errors: [{ text: '{{shop.etaa}}', column: 5, message: /not one of the known placeholders.*Did you mean "shop.eta"/, suggestions: [{ output: 'See {{shop.eta}}' }] }],
    },
    {
      code: 'Hi {{ticket.customer.first_name}}',
      options: { platform: 'gorgias' },
      errors: [{ text: '{{ticket.customer.first_name}}', column: 4, suggestions: [{ output: 'Hi {{ticket.customer.firstname}}' }] }],
    },
    {
      code: 'Hi {{recipient.frist_name}}',
      options: { platform: 'front' },
      errors: [{ text: '{{recipient.frist_name}}', column: 4, suggestions: [{ output: 'Hi {{recipient.first_name}}' }] }],
    },
    {
      code: '---\nplatform: zendesk\n---\nHi {{ticket.Requester.first_name}}, {{ticket.priorityy}}',
      errors: [
        { text: '{{ticket.Requester.first_name}}', line: 4, column: 4, suggestions: [{ output: '---\nplatform: zendesk\n---\nHi {{ticket.requester.first_name}}, {{ticket.priorityy}}' }] },
        { text: '{{ticket.priorityy}}', line: 4, column: 37 },
      ],
    },
    {
      // Two equally near names: both are offered.
      code: '{{shop.ela}}',
      options: { known: ['shop.eta', 'shop.era'] },
      errors: [{ text: '{{shop.ela}}', message: /Did you mean "shop.era" or "shop.eta"\?/, suggestions: [{ output: '{{shop.era}}' }, { output: '{{shop.eta}}' }] }],
    },
    {
      code: 'Ticket %{ticket.numbr}',
      options: { known: ['ticket.number'] },
      errors: [{ text: '%{ticket.numbr}', column: 8, suggestions: [{ output: 'Ticket %{ticket.number}' }] }],
    },
  ],
});

describe('placeholder-known', () => {
  it('fixes a case-only slip with one match, and nothing else', async () => {
    const { lintText } = await import('../../src/core/lint-text.js');
    const lint = (code: string) =>
      lintText(code, { filePath: 'a.md', config: { rules: { 'placeholder-known': { severity: 1, options: zendesk } } }, rules: new Map([['placeholder-known', rule as never]]) }).messages;
    expect(lint('{{ticket.Requester.first_name}}')[0]!.fix).toEqual({ range: [2, 29], text: 'ticket.requester.first_name' });
    expect(lint('{{ticket.requestor.name}}')[0]!.fix).toBeUndefined();
  });

  it('has lists for every platform', () => {
    for (const platform of Object.values(PLATFORMS)) expect(platform.names.length).toBeGreaterThan(0);
  });
});
