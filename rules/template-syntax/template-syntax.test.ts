import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/index.js';
import { lintText } from '../../src/core/lint-text.js';
import type { RuleModule, TemplateSyntax } from '../../src/types.js';
import rule from './index.js';

new RuleTester().run('template-syntax', rule, {
  valid: [
    'Hi {{ticket.requester.first_name | default: "there"}}, thanks for writing in.',
    '{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}},{% else %}Hi there,{% endif %}',
    '{% if a %}A{% elsif b %}B{% else %}C{% endif %}{% unless c %}D{% endunless %}',
    '{% case ticket.status %}{% when "open" %}Open{% when "solved" %}Solved{% else %}Other{% endcase %}',
    '{% for c in ticket.comments %}{{c.value}}{% else %}No comments{% endfor %}{% capture x %}X{% endcapture %}',
    '{% comment %}Agents: pick one.{% endcomment %}{% raw %}{% if %}{% endraw %}{% assign n = 1 %}',
    '{{#if vip}}Hi VIP{{else}}Hello{{/if}}{{#each items}}{{name}}{{/each}}{{^items}}none{{/items}}',
    'Hi {%customer.firstName,fallback=there%}, ticket %{ticket.number}, @{issue-author}, {!Contact.FirstName}',
    'Save 50%{ today } and {# a note #} — { "json": true }',
    { code: '{% mytag %}x{% endmytag %}{% stamp %}', options: { tags: ['mytag', 'endmytag', 'stamp'] } },
  ],
  invalid: [
    {
      code: 'Hi {{ticket.requester.first_name,\nThanks',
      errors: [
        {
          messageId: 'unclosed',
          text: '{{ticket.requester.first_name,',
          line: 1,
          column: 4,
          message: 'The placeholder starting "{{ticket.requester.first_name," is never closed with "}}": the platform prints it as typed or refuses to render the template. Add "}}".',
        },
      ],
    },
    {
      code: '{% if ticket.requester.first_name %}Hi {{ticket.requester.first_name}},\n\nThanks for waiting.',
      errors: [
        {
          messageId: 'unclosedBlock',
          text: '{% if ticket.requester.first_name %}',
          line: 1,
          column: 1,
          message: '{% if ticket.requester.first_name %} is never closed: without {% endif %} the template fails to render. Add {% endif %} where the block ends.',
        },
      ],
    },
    {
      code: 'Thanks!\n{% endif %}',
      errors: [{ messageId: 'stray', text: '{% endif %}', line: 2, column: 1 }],
    },
    {
      code: '{% if a %}{% for x in y %}{{x}}{% endif %}',
      errors: [{ messageId: 'unclosedBlock', text: '{% for x in y %}', line: 1, column: 11 }],
    },
    {
      code: '{% if a %}A{% endfor %}',
      errors: [
        {
          messageId: 'mismatched',
          text: '{% endfor %}',
          column: 12,
          message: '{% endfor %} does not close the open {% if %}: blocks close in the reverse order they open. Write {% endif %} here.',
        },
      ],
    },
    {
      code: 'Hi there.\n{% else %}\nBye',
      errors: [{ messageId: 'branch', text: '{% else %}', line: 2, column: 1 }],
    },
    {
      code: '{% case x %}{% when 1 %}a{% endcase %}{% when 2 %}{% capture y %}{% elsif z %}{% endcapture %}',
      errors: [
        { messageId: 'branch', text: '{% when 2 %}', column: 39 },
        { messageId: 'branch', text: '{% elsif z %}', column: 66 },
      ],
    },
    {
      code: '{% iff vip %}Hi{% endif %}',
      errors: [
        { messageId: 'unknownTag', text: '{% iff vip %}', column: 1, message: 'Liquid has no "iff" tag, so the template fails to render. Did you mean "{% if %}"?' },
        { messageId: 'stray', text: '{% endif %}', column: 16 },
      ],
    },
    {
      code: '{{#if vip}}Hi{{/each}} and {{#each items}}',
      errors: [
        { messageId: 'mismatched', text: '{{/each}}', column: 14, message: /Write \{\{\/if\}\} here/ },
        { messageId: 'unclosedBlock', text: '{{#each items}}', column: 28 },
      ],
    },
    {
      code: '{% comment %}left open\nHi {%customer.firstName',
      errors: [
        { messageId: 'unclosedBlock', text: '{% comment %}', line: 1, column: 1 },
        { messageId: 'unclosed', text: '{%customer.firstName', line: 2, column: 4, message: /never closed with "%}"/ },
      ],
    },
    {
      code: '{% frobnicate all %}',
      errors: [{ messageId: 'unknownTag', message: /Check the spelling, or list it in the `tags` option/ }],
    },
    {
      code: '{% if a %}{{#if b}}x{% endif %}{{/if}}',
      errors: [
        // `{% endif %}` closes the Liquid `if`: the Handlebars block inside it was left open.
        { messageId: 'unclosedBlock', text: '{{#if b}}', column: 11, message: /without \{\{\/if\}\}/ },
        { messageId: 'stray', text: '{{/if}}', column: 32 },
      ],
    },
  ],
});

function lint(code: string, syntax: TemplateSyntax) {
  const id = rule.meta.id;
  return lintText(code, {
    filePath: 'reply.md',
    config: { rules: { [id]: { severity: 2, options: {} } }, format: { syntax } },
    rules: new Map([[id, rule as RuleModule]]),
  }).messages.map((m) => [m.messageId, code.slice(m.offset, m.endOffset)]);
}

describe('template-syntax with a dialect set', () => {
  it('reports placeholders of another dialect', () => {
    expect(lint('Hi {{name}}, {%customer.firstName,fallback=there%}', 'helpscout')).toEqual([['foreign', '{{name}}']]);
    expect(lint('Hi {!Contact.FirstName} {{{Recipient.FirstName}}}', 'salesforce')).toEqual([]);
    expect(lint('Hi {%customer.firstName%}', 'handlebars')).toEqual([['foreign', '{%customer.firstName%}']]);
  });

  it('ignores other dialects in code', () => {
    expect(lint('Run `echo ${HOME}` then reply.\n\n```\n{{x}}\n```', 'helpscout')).toEqual([]);
  });

  it('reports unclosed placeholders of the dialect itself', () => {
    expect(lint('Hi {%customer.firstName\nThanks', 'helpscout')).toEqual([['unclosed', '{%customer.firstName']]);
    expect(lint('Ticket %{ticket.number\nThanks', 'osticket')).toEqual([['unclosed', '%{ticket.number']]);
    expect(lint('Dear {!Contact.FirstName\nThanks', 'salesforce')).toEqual([['unclosed', '{!Contact.FirstName']]);
  });

  it('reads {%name%} as an unknown Liquid tag in a Liquid template', () => {
    expect(lint('Hi {%customer.firstName%}', 'liquid')).toEqual([['unknownTag', '{%customer.firstName%}']]);
  });
});
