import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { applySuggestion } from '../../src/testing/apply.js';
import { lintText } from '../../src/core/lint-text.js';
import type { RuleModule, TemplateSyntax } from '../../src/types.js';
import rule from './index.js';

new RuleTester().run('placeholder-fallback', rule, {
  valid: [
    'Hi {{ticket.requester.first_name | default: "there"}},',
    "Hi {{first_name | fallback: 'there'}},",
    'Hi {%customer.firstName,fallback=there%},',
    // An empty Help Scout fallback is a deliberate choice.
    'Hi {%customer.firstName,fallback=%},',
    'Dear {!Contact.FirstName, Valued Customer},',
    'Dear {!BLANKVALUE(Contact.FirstName, "Valued Customer")},',
    "Hi {{ contact.first_name || 'there' }},",
    '{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}},{% else %}Hi there,{% endif %}',
    '{% if ticket.requester.first_name == blank %}Hi there,{% else %}Hi {{ticket.requester.first_name}},{% endif %}',
    '{{#if first_name}}Hi {{first_name}},{{else}}Hi there,{{/if}}',
    // Agents, brands and mailboxes always have a name; Help Scout's `user` is the agent.
    'Your agent is {{ticket.assignee.name}} from {{ticket.brand.name}}.',
    'Best,\n{%user.firstName%} at {%mailbox.name%}',
    // Dialects with no fallback of their own.
    'Ticket %{ticket.number} for %{recipient.name}, thanks @{issue-author}',
    // Variables the template defines, and loop variables.
    '{% assign name = ticket.requester.first_name | default: "there" %}Hi {{name}},',
    '{% for user in ticket.ccs %}{{user.name}} {% endfor %}',
    'Your email is {{ticket.requester.email}}.',
  ],
  invalid: [
    {
      code: 'Hi {{ticket.requester.first_name}},',
      errors: [
        {
          messageId: 'missing',
          text: '{{ticket.requester.first_name}}',
          line: 1,
          column: 4,
          endColumn: 35,
          suggestions: [
            {
              desc: 'Add the fallback "there": {{ticket.requester.first_name | default: "there"}}.',
              output: 'Hi {{ticket.requester.first_name | default: "there"}},',
            },
          ],
        },
      ],
    },
    {
      code: 'Hi {%customer.firstName%},\n\nThanks for writing in!',
      errors: [
        {
          text: '{%customer.firstName%}',
          line: 1,
          column: 4,
          message: '{%customer.firstName%} has no fallback: when the customer’s name is unknown it prints nothing, and they read "Hi ," instead of a greeting. Write {%customer.firstName,fallback=there%} instead.',
          suggestions: [{ output: 'Hi {%customer.firstName,fallback=there%},\n\nThanks for writing in!' }],
        },
      ],
    },
    {
      code: 'Thanks for your order.\n\nDear {!Contact.FirstName},',
      errors: [{ text: '{!Contact.FirstName}', line: 3, column: 6, suggestions: [{ output: 'Thanks for your order.\n\nDear {!Contact.FirstName, there},' }] }],
    },
    {
      // The template already uses Intercom's `| fallback:`, so the fix does too.
      code: 'Hi {{user.name}}, your plan is {{user.plan | fallback: "Basic"}}.',
      errors: [{ text: '{{user.name}}', line: 1, column: 4, suggestions: [{ output: 'Hi {{user.name | fallback: "there"}}, your plan is {{user.plan | fallback: "Basic"}}.' }] }],
    },
    {
      code: 'Hello {{ first_name }}!',
      options: { fallback: 'friend' },
      errors: [{ text: '{{ first_name }}', line: 1, column: 7, suggestions: [{ desc: 'Add the fallback "friend": {{ first_name | default: "friend" }}.', output: 'Hello {{ first_name | default: "friend" }}!' }] }],
    },
    {
      // The condition tests another variable.
      code: '{% if ticket.id %}Hi {{ticket.requester.name}},{% endif %}',
      errors: [{ text: '{{ticket.requester.name}}', line: 1, column: 22 }],
    },
    {
      code: 'Hi {{ticket.custom.nick}},',
      options: { names: ['ticket.custom.*'] },
      errors: [{ text: '{{ticket.custom.nick}}', line: 1, column: 4, suggestions: [{ output: 'Hi {{ticket.custom.nick | default: "there"}},' }] }],
    },
    {
      // `default` goes before the other filters.
      code: 'Hi {{ ticket.requester.first_name | capitalize }},',
      errors: [{ text: '{{ ticket.requester.first_name | capitalize }}', column: 4, suggestions: [{ output: 'Hi {{ ticket.requester.first_name | default: "there" | capitalize }},' }] }],
    },
    {
      code: 'Hi {{- recipient.first_name -}},\r\nthanks',
      errors: [{ text: '{{- recipient.first_name -}}', line: 1, column: 4, suggestions: [{ output: 'Hi {{- recipient.first_name | default: "there" -}},\r\nthanks' }] }],
    },
    {
      // Lightning-style triple braces: no inline fallback to add.
      code: '---\ntitle: Welcome\n---\nHi {{{Recipient.FirstName}}},',
      errors: [{ text: '{{{Recipient.FirstName}}}', line: 4, column: 4, suggestions: [] }],
    },
    {
      code: 'Hi {{firstName}} and {{ticket.customer.firstname}}, welcome.',
      errors: [
        { text: '{{firstName}}', column: 4 },
        { text: '{{ticket.customer.firstname}}', column: 22 },
      ],
    },
  ],
});

function lint(code: string, syntax?: TemplateSyntax, options: Record<string, unknown> = {}) {
  const id = rule.meta.id;
  return lintText(code, {
    filePath: 'reply.md',
    config: { rules: { [id]: { severity: 2, options } }, ...(syntax ? { format: { syntax } } : {}) },
    rules: new Map([[id, rule as RuleModule]]),
  }).messages;
}

function fixAll(code: string, syntax?: TemplateSyntax): string {
  return lint(code, syntax)
    .filter((m) => m.fix)
    .sort((a, b) => b.fix!.range[0] - a.fix!.range[0])
    .reduce((text, m) => applySuggestion(text, m.fix!), code);
}

describe('placeholder-fallback fixes', () => {
  it('fixes Help Scout and Salesforce placeholders exactly', () => {
    expect(fixAll('Hi {%customer.firstName%}, from {%customer.fullName%}')).toBe(
      'Hi {%customer.firstName,fallback=there%}, from {%customer.fullName,fallback=there%}',
    );
    expect(fixAll('Dear {!Contact.FirstName},')).toBe('Dear {!Contact.FirstName, there},');
  });

  it('only suggests `| default:` in a Liquid template that uses no fallback filter yet', () => {
    const [message] = lint('Hi {{ticket.requester.first_name}},');
    expect(message!.fix).toBeUndefined();
    expect(message!.suggestions).toHaveLength(1);
    expect(fixAll('Hi {{first_name}}, {{ticket.id | default: "?"}}')).toBe('Hi {{first_name | default: "there"}}, {{ticket.id | default: "?"}}');
  });

  it('uses Jinja’s call form and fixes it', () => {
    expect(fixAll('Hi {{ first_name }},', 'jinja')).toBe('Hi {{ first_name | default("there") }},');
  });

  it('suggests an {{#if}} block for Handlebars', () => {
    const [message] = lint('Hi {{first_name}},', 'handlebars');
    expect(message!.fix).toBeUndefined();
    expect(applySuggestion('Hi {{first_name}},', message!.suggestions![0]!.fix)).toBe('Hi {{#if first_name}}{{first_name}}{{else}}there{{/if}},');
  });

  it('skips Lightning triple braces in salesforce syntax and finds Classic fields', () => {
    expect(lint('Hi {{{Recipient.FirstName}}},', 'salesforce')).toEqual([]);
    expect(lint('Dear {!Lead.FirstName},', 'salesforce')).toHaveLength(1);
  });

  it('reads only the chosen dialect', () => {
    expect(lint('Hi {{first_name}},', 'helpscout')).toEqual([]);
    expect(lint('Hi {%customer.firstName%},', 'helpscout')).toHaveLength(1);
  });
});
