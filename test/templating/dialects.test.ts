import { describe, expect, it } from 'vitest';
import { findPlaceholders, maskPlaceholders } from '../../src/templating/placeholders.js';
import type { TemplateSyntax } from '../../src/types.js';

function only(text: string, syntax: TemplateSyntax = 'auto') {
  const found = findPlaceholders(text, 0, text.length, syntax);
  expect(found).toHaveLength(1);
  const p = found[0]!;
  expect(text.slice(p.start, p.end)).toBe(p.raw);
  return p;
}

function raws(text: string, syntax: TemplateSyntax = 'auto'): string[] {
  return findPlaceholders(text, 0, text.length, syntax).map((p) => text.slice(p.start, p.end));
}

describe('osTicket %{…}', () => {
  it('reads the variable with its exact range', () => {
    const text = 'Ticket #%{ticket.number} is open.';
    expect(only(text)).toMatchObject({ kind: 'output', syntax: 'osticket', name: 'ticket.number', start: 8, end: 24, closed: true });
    expect(only(text, 'osticket')).toMatchObject({ start: 8, end: 24 });
  });

  it('leaves percentages before braces alone', () => {
    expect(findPlaceholders('Save 50%{ today } only')).toEqual([]);
    expect(findPlaceholders('Save 50%{ today', 0, 15, 'osticket')).toEqual([]);
    // A Liquid output right after a percent sign is Liquid, not osTicket.
    expect(only('Save 50%{{discount_code}}')).toMatchObject({ syntax: 'handlebars', name: 'discount_code', start: 8 });
  });

  it('marks an unterminated variable unclosed only when the dialect is chosen', () => {
    expect(findPlaceholders('Ticket %{ticket.number\nnext')).toEqual([]);
    const text = 'Ticket %{ticket.number\nnext';
    expect(only(text, 'osticket')).toMatchObject({ closed: false, start: 7, end: 22, name: 'ticket.number' });
  });
});

describe('GitHub / bot @{…}', () => {
  it('reads @{issue-author}', () => {
    const text = 'Thanks, @{issue-author}!';
    expect(only(text)).toMatchObject({ syntax: 'github', name: 'issue-author', start: 8, end: 23 });
    expect(only(text, 'github')).toMatchObject({ name: 'issue-author' });
  });

  it('does not read a bare {issue-author} or an e-mail address', () => {
    expect(findPlaceholders('Hi {issue-author}, mail me at a@b.com')).toEqual([]);
  });
});

describe('dollar ${…}', () => {
  it('reads ${var} with spaces inside', () => {
    expect(only('See ${duplicateQuery} for older reports.')).toMatchObject({ syntax: 'dollar', name: 'duplicateQuery', start: 4, end: 21 });
    expect(only('Hi ${ user.name }!', 'dollar')).toMatchObject({ name: 'user.name', start: 3, end: 17 });
  });

  it('ignores ${ without a closing brace on the line, and prices', () => {
    expect(findPlaceholders('It costs ${\n5} and $5 {x}')).toEqual([]);
    expect(findPlaceholders('Type ${ and press enter}')).toEqual([]);
  });

  it('reads an unterminated ${name at the end of a line as unclosed with syntax dollar', () => {
    const text = 'Cost: ${price\nThanks';
    expect(findPlaceholders(text)).toEqual([]);
    expect(only(text, 'dollar')).toMatchObject({ closed: false, start: 6, end: 13, name: 'price' });
  });
});

describe('Salesforce {!…}', () => {
  it('reads a merge field', () => {
    const text = 'Dear {!Contact.FirstName},';
    expect(only(text)).toMatchObject({ kind: 'output', syntax: 'salesforce', name: 'Contact.FirstName', start: 5, end: 25 });
    expect(only(text).fallback).toBeUndefined();
  });

  it('reads substitute text as the fallback', () => {
    expect(only('Dear {!Contact.FirstName, Valued Customer},', 'salesforce')).toMatchObject({
      name: 'Contact.FirstName', fallback: 'Valued Customer', end: 42,
    });
  });

  it('reads BLANKVALUE as a fallback and keeps the formula as a filter', () => {
    expect(only('{!BLANKVALUE(Contact.FirstName, "Valued Customer")}')).toMatchObject({
      name: 'Contact.FirstName', fallback: 'Valued Customer',
      filters: [{ name: 'BLANKVALUE', args: ['Contact.FirstName', 'Valued Customer'] }],
    });
  });

  it('reads Lightning triple braces in salesforce syntax, and an unclosed field', () => {
    expect(raws('Hi {{{Recipient.FirstName}}} and {{name}}', 'salesforce')).toEqual(['{{{Recipient.FirstName}}}']);
    expect(only('Dear {!Contact.FirstName\nThanks', 'salesforce')).toMatchObject({ closed: false, end: 24 });
    expect(findPlaceholders('Dear {!Contact.FirstName\nThanks')).toEqual([]);
  });

  it('does not take a Handlebars comment for a merge field', () => {
    expect(only('{{! note }}')).toMatchObject({ kind: 'comment', syntax: 'handlebars' });
  });
});

describe('a chosen dialect reads only its own forms', () => {
  const mixed = 'Hi {{name}} {%customer.firstName%} {% if x %}%{ticket.number} @{issue-author} ${v} {!Contact.Name} {# c #}';

  it('auto reads every form', () => {
    expect(raws(mixed)).toEqual([
      '{{name}}', '{%customer.firstName%}', '{% if x %}', '%{ticket.number}', '@{issue-author}', '${v}', '{!Contact.Name}', '{# c #}',
    ]);
  });

  it.each([
    ['liquid', ['{{name}}', '{%customer.firstName%}', '{% if x %}']],
    ['handlebars', ['{{name}}']],
    ['jinja', ['{{name}}', '{%customer.firstName%}', '{% if x %}', '{# c #}']],
    ['helpscout', ['{%customer.firstName%}']],
    ['osticket', ['%{ticket.number}']],
    ['github', ['@{issue-author}']],
    ['dollar', ['${v}']],
    ['salesforce', ['{!Contact.Name}']],
  ] as Array<[TemplateSyntax, string[]]>)('%s', (syntax, expected) => {
    expect(raws(mixed, syntax)).toEqual(expected);
  });

  it('liquid reads {%name%} as a tag, Help Scout as a variable', () => {
    expect(only('{%customer.firstName%}', 'liquid')).toMatchObject({ kind: 'tag', syntax: 'liquid', name: 'customer.firstName' });
    expect(only('{%customer.firstName,fallback=there%}', 'helpscout')).toMatchObject({ kind: 'output', fallback: 'there' });
    expect(findPlaceholders('{% if x %}', 0, 10, 'helpscout')).toEqual([]);
  });

  it('helpscout marks an unterminated variable unclosed', () => {
    expect(only('Hi {%customer.firstName\nThanks', 'helpscout')).toMatchObject({ closed: false, start: 3, end: 23 });
  });
});

describe('Jinja call-form filters', () => {
  it('reads default("x") and d("x") as fallbacks', () => {
    expect(only('{{ first_name | default("there") }}', 'jinja')).toMatchObject({ name: 'first_name', fallback: 'there' });
    expect(only("{{ first_name|d('there') }}", 'jinja')).toMatchObject({ fallback: 'there' });
    expect(only('{{ticket.created_at | datetime_format("MMM Do YY")}}').filters).toEqual([{ name: 'datetime_format', args: ['MMM Do YY'] }]);
  });
});

describe('masking the new dialects', () => {
  it('keeps every offset, prefix characters included', () => {
    const text = 'A %{a}@{b}${c}{!D.E} B';
    const placeholders = findPlaceholders(text);
    expect(placeholders.map((p) => [p.start, p.end])).toEqual([[2, 6], [6, 10], [10, 14], [14, 20]]);
    const masked = maskPlaceholders(text, placeholders);
    expect(masked).toHaveLength(text.length);
    expect(masked.startsWith('A ')).toBe(true);
    expect(masked.endsWith(' B')).toBe(true);
    expect(masked.slice(2, 20)).not.toMatch(/[%@${}!A-Za-z.]/);
  });

  it('respects the from/to window', () => {
    const text = '${a} ${b} ${c}';
    expect(findPlaceholders(text, 5, 9).map((p) => p.name)).toEqual(['b']);
    // The prefix before `from` is not part of the window.
    expect(findPlaceholders(text, 6, 14).map((p) => p.name)).toEqual(['c']);
  });
});
