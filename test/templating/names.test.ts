import { describe, expect, it } from 'vitest';
import { compileGlob, isNameLikePath } from '../../src/templating/names.js';

describe('compileGlob', () => {
  it('matches `*` inside one segment and `**` across segments', () => {
    const field = compileGlob('ticket.ticket_field_*');
    expect(field.test('ticket.ticket_field_123')).toBe(true);
    expect(field.test('ticket.ticket_field_')).toBe(true);
    expect(field.test('ticket.ticket_field_1.x')).toBe(false);
    expect(field.test('ticket.ticket_field')).toBe(false);
    const deep = compileGlob('ticket.customer.**');
    expect(deep.test('ticket.customer.integrations.x.y')).toBe(true);
    expect(deep.test('ticket.customer.')).toBe(true);
    expect(deep.test('ticket.customers')).toBe(false);
    expect(compileGlob('*.preferred_*').test('customer.preferred_name')).toBe(true);
    expect(compileGlob('*.preferred_*').test('a.b.preferred_name')).toBe(false);
    expect(compileGlob('**.nickname').test('a.b.nickname')).toBe(true);
    expect(compileGlob('a**b').test('ab')).toBe(true);
  });

  it('compares every other character literally, regex syntax included', () => {
    expect(compileGlob('dc.a+b(c)[0]$^|?').test('dc.a+b(c)[0]$^|?')).toBe(true);
    expect(compileGlob('dc.a+b').test('dc.aab')).toBe(false);
    expect(compileGlob('a.b').test('axb')).toBe(false);
  });

  it('compares case-insensitively when asked', () => {
    expect(compileGlob('Customer.*Name').test('customer.firstname')).toBe(false);
    expect(compileGlob('Customer.*Name', { ignoreCase: true }).test('customer.firstname')).toBe(true);
  });

  it('does not backtrack: many stars against a long name finish at once', () => {
    // As a RegExp (^a.*a.*a.*a.*a.*b$), this took minutes for a 400-character placeholder name:
    // a config's glob and a template's placeholder could stall a run. Now it is name × glob steps.
    const glob = compileGlob('**a**a**a**a**a**a**a**b', { ignoreCase: true });
    expect(glob.test('a'.repeat(20_000))).toBe(false);
    expect(glob.test(`${'a'.repeat(20_000)}b`)).toBe(true);
    expect(compileGlob('*a*a*a*a*a*b').test(`${'a'.repeat(20_000)}.b`)).toBe(false);
  });
});

describe('isNameLikePath', () => {
  it('takes extra name paths as compiled globs', () => {
    expect(isNameLikePath('ticket.custom_fields.alias', 'liquid')).toBe(false);
    expect(isNameLikePath('ticket.custom_fields.alias', 'liquid', [compileGlob('**.alias')])).toBe(true);
  });
});
