import { describe, expect, it } from 'vitest';
import { findPlaceholders, maskPlaceholders, MASK_EVEN, MASK_ODD } from '../../src/templating/placeholders.js';

function only(text: string) {
  const found = findPlaceholders(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('findPlaceholders', () => {
  it('reads a Liquid output with its exact range', () => {
    const text = 'Hi {{ticket.requester.first_name}}, thanks';
    const p = only(text);
    expect(p).toMatchObject({ kind: 'output', name: 'ticket.requester.first_name', start: 3, end: 34, closed: true });
    expect(text.slice(p.start, p.end)).toBe('{{ticket.requester.first_name}}');
  });

  it('reads filters and a default / fallback filter as the fallback', () => {
    expect(only('{{ ticket.requester.first_name | default: "there" | capitalize }}')).toMatchObject({
      name: 'ticket.requester.first_name',
      fallback: 'there',
      filters: [{ name: 'default', args: ['there'] }, { name: 'capitalize', args: [] }],
    });
    expect(only("{{first_name | fallback: 'friend'}}")).toMatchObject({ name: 'first_name', fallback: 'friend' });
  });

  it('reads the || operator fallback', () => {
    expect(only("{{ contact.first_name || 'there' }}")).toMatchObject({ name: 'contact.first_name', fallback: 'there' });
  });

  it('reads Help Scout variables with and without a fallback', () => {
    expect(only('{%customer.firstName,fallback=there%}')).toMatchObject({ kind: 'output', syntax: 'helpscout', name: 'customer.firstName', fallback: 'there' });
    expect(only('{%customer.firstName,fallback=%}')).toMatchObject({ name: 'customer.firstName', fallback: '' });
    expect(only('{%mailbox.name%}').fallback).toBeUndefined();
  });

  it('tells Liquid tags from Help Scout variables', () => {
    expect(only('{% if ticket.status == "solved" %}')).toMatchObject({ kind: 'tag', name: 'if', args: 'ticket.status == "solved"' });
    expect(only('{%- endif -%}')).toMatchObject({ kind: 'tag', name: 'endif' });
    expect(only('{% else %}')).toMatchObject({ kind: 'tag', name: 'else' });
  });

  it('normalises Handlebars blocks to tag names', () => {
    const found = findPlaceholders('{{#if vip}}Hi{{else}}Hello{{/if}}{{^items}}none{{/items}}');
    expect(found.map((p) => [p.kind, p.name])).toEqual([
      ['tag', 'if'], ['tag', 'else'], ['tag', 'endif'], ['tag', 'unless'], ['tag', 'enditems'],
    ]);
  });

  it('reads every comment form with its text', () => {
    expect(only('{{! a note }}')).toMatchObject({ kind: 'comment', args: ' a note ' });
    expect(only('{{!-- has }} inside --}}')).toMatchObject({ kind: 'comment', args: ' has }} inside ' });
    expect(only('{# jinja #}')).toMatchObject({ kind: 'comment', syntax: 'jinja', args: ' jinja ' });
    const block = only('{% comment %}macrolint-disable{% endcomment %} after');
    expect(block).toMatchObject({ kind: 'comment', args: 'macrolint-disable', end: 46 });
  });

  it('reads triple-stash output as one placeholder', () => {
    expect(only('{{{Recipient.FirstName}}}')).toMatchObject({ kind: 'output', name: 'Recipient.FirstName', end: 25 });
  });

  it('marks an unterminated placeholder as unclosed and stops at the line end', () => {
    const text = 'Hi {{name,\nnext line';
    const p = only(text);
    expect(p).toMatchObject({ closed: false, start: 3, end: 10 });
  });

  it('leaves Markdown attribute braces and lone braces alone', () => {
    expect(findPlaceholders('## Title {#custom-id}\nJSON {"a": 1}')).toEqual([]);
  });
});

describe('maskPlaceholders', () => {
  it('keeps every offset and line break and alternates masks for adjacent placeholders', () => {
    const text = 'A {{first}}{{last}} B {{!--x\ny--}} C';
    const placeholders = findPlaceholders(text);
    const masked = maskPlaceholders(text, placeholders);
    expect(masked).toHaveLength(text.length);
    expect(masked.indexOf('\n')).toBe(text.indexOf('\n'));
    expect(masked.slice(2, 11)).toBe(MASK_EVEN.repeat(9));
    expect(masked.slice(11, 19)).toBe(MASK_ODD.repeat(8));
    expect(masked.startsWith('A ')).toBe(true);
    expect(masked.endsWith(' C')).toBe(true);
  });

  it('stops underscores in placeholder names from becoming emphasis', () => {
    const text = '_{{a_b}}_';
    const masked = maskPlaceholders(text, findPlaceholders(text));
    expect(masked).not.toContain('a_b');
  });
});
