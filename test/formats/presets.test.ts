// Platform presets: a JSON or YAML document without selectors, in a help desk's export shape, is
// read by that platform's preset (fields, kinds, names, syntax), with exact positions.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { lintText } from '../../src/core/lint-text.js';
import { detectPreset } from '../../src/formats/presets/index.js';
import { readUnits, type SourceFormat } from '../../src/formats/read-units.js';
import { defineRule } from '../../src/rules/define-rule.js';
import type { RuleModule } from '../../src/types.js';

function read(text: string, filePath = 'export.json', format: SourceFormat = {}) {
  const { units, fatal } = readUnits(text, filePath, format);
  expect(fatal).toBeUndefined();
  return units;
}

/** The file text a body range maps to. */
function fileSlice(text: string, unit: ReturnType<typeof read>[number], phrase: string): string {
  const start = unit.body.indexOf(phrase);
  expect(start).toBeGreaterThanOrEqual(0);
  return text.slice(unit.map.toFile(start), unit.map.toFile(start + phrase.length));
}

const detect = (json: unknown) => detectPreset(parseDocument(JSON.stringify(json)).contents);

describe('preset detection', () => {
  const zendeskMacro = { id: 1, title: 'T', actions: [{ field: 'comment_value', value: 'Hi' }] };
  it('recognises each platform by shape', () => {
    expect(detect({ macros: [zendeskMacro] })).toBe('zendesk');
    expect(detect({ macro: zendeskMacro })).toBe('zendesk');
    expect(detect([zendeskMacro])).toBe('zendesk');
    expect(detect(zendeskMacro)).toBe('zendesk');
    expect(detect({ _embedded: { replies: [{ id: 1, name: 'N', text: '<p>Hi</p>' }] } })).toBe('helpscout');
    expect(detect({ id: 1, name: 'N', chatText: 'Hi' })).toBe('helpscout');
    expect(detect([{ id: 1, title: 'T', content_html: '<div>Hi</div>' }])).toBe('freshdesk');
    expect(detect({ type: 'list', data: [{ type: 'macro', id: '1', name: 'N', body_text: 'Hi' }] })).toBe('intercom');
    expect(detect({ _results: [{ id: 'rsp_1', name: 'N', subject: null, body: '<p>Hi</p>' }] })).toBe('front');
    expect(detect({ data: [{ id: 1, name: 'N', actions: [{ name: 'setResponseText', arguments: { body_text: 'Hi' } }] }] })).toBe('gorgias');
  });

  it('is not fooled by other shapes, and needs every record to fit', () => {
    expect(detect([{ type: 'label', name: '*question', comment: 'Thanks!' }])).toBeUndefined();
    expect(detect({ replies: [{ name: 'N', body: 'Hi' }] })).toBeUndefined();
    expect(detect([{ name: 'N', text: 'Hi' }])).toBeUndefined(); // no id: a hand-made list, not Help Scout's API
    expect(detect([{ id: 1, name: 'N', subject: 'S', body: 'Hi' }])).toBeUndefined(); // not a Front `rsp_` id
    expect(detect([zendeskMacro, { title: 'no actions' }])).toBeUndefined();
    expect(detect({ macros: [{ title: 'T', actions: [{ name: 'x', arguments: {} }] }] })).toBeUndefined();
    expect(detect([])).toBeUndefined();
    expect(detect('text')).toBeUndefined();
  });

  it('falls back to the built-in selectors when no preset fits', () => {
    const units = read('[{ "name": "N", "text": "Hi there" }]');
    expect(units.map((u) => [u.name, u.kind, u.syntax])).toEqual([['N', 'markdown', undefined]]);
  });

  it('does not apply when a source gives selectors', () => {
    const text = JSON.stringify({ macros: [zendeskMacro] });
    const units = read(text, 'export.json', { selectors: [{ select: ['macros.*.title'] }] });
    expect(units.map((u) => [u.body, u.kind])).toEqual([['T', 'markdown']]);
  });
});

describe('zendesk preset', () => {
  const text = [
    '{ "macros": [',
    '  { "id": 7, "title": "Refund::Denied", "actions": [',
    '    { "field": "comment_mode_is_public", "value": "true" },',
    '    { "field": "subject", "value": "Re: you are wrong" },',
    '    { "field": "comment_value", "value": ["channel:all", "Hi,\\n\\nSadly you\\u2019re wrong, \\"friend\\"."] },',
    '    { "field": "comment_value_html", "value": "<p>Per our policy, you are wrong.</p>" },',
    '    { "field": "status", "value": "solved" }',
    '  ] },',
    '  { "actions": [ { "field": "comment_value", "value": "No title here." } ] }',
    '] }',
  ].join('\n');

  it('reads subject, comment_value (array form) and comment_value_html actions', () => {
    const units = read(text);
    expect(units.map((u) => ({ name: u.name, kind: u.kind, role: u.role, syntax: u.syntax, metadata: u.metadata }))).toEqual([
      { name: 'Refund::Denied (subject)', kind: 'text', role: 'subject', syntax: 'liquid', metadata: { id: '7', title: 'Refund::Denied', role: 'subject' } },
      { name: 'Refund::Denied', kind: 'markdown', role: undefined, syntax: 'liquid', metadata: { id: '7', title: 'Refund::Denied', channel: 'all' } },
      { name: 'Refund::Denied', kind: 'html', role: undefined, syntax: 'liquid', metadata: { id: '7', title: 'Refund::Denied' } },
      { name: 'macros[1]', kind: 'markdown', role: undefined, syntax: 'liquid', metadata: {} },
    ]);
    expect(units[1]!.body).toBe('Hi,\n\nSadly you’re wrong, "friend".');
  });

  it('maps every body to its exact file characters (the array form: the text element)', () => {
    const units = read(text);
    expect(fileSlice(text, units[0]!, 'you are wrong')).toBe('you are wrong');
    expect(fileSlice(text, units[1]!, 'you’re wrong, "friend"')).toBe('you\\u2019re wrong, \\"friend\\"');
    expect(fileSlice(text, units[2]!, 'Per our policy')).toBe('Per our policy');
    expect(units[1]!.map.encode('a "b"\n')).toBe('a \\"b\\"\\n');
  });

  it('reads YAML macros with exact positions through a folded scalar', () => {
    const yaml = 'macro:\n  title: Late\n  actions:\n    - field: comment_value\n      value: >\n        Sadly you\n        are wrong.\n    - field: subject\n      value: \'It\'\'s late\'\n';
    const units = read(yaml, 'macro.yaml');
    expect(units.map((u) => [u.name, u.kind, u.body])).toEqual([
      ['Late', 'markdown', 'Sadly you are wrong.\n'],
      ['Late (subject)', 'text', "It's late"],
    ]);
    expect(fileSlice(yaml, units[0]!, 'you are wrong')).toBe('you\n        are wrong');
    expect(fileSlice(yaml, units[1]!, "It's late")).toBe("It''s late");
  });

  it('lets a metadata override turn rules off for subject lines (role: subject)', () => {
    const probe = defineRule({
      meta: { id: 'probe', type: 'tone', docs: { description: 'probe', recommended: false }, messages: { hit: 'wrong' } },
      patterns: ['you are wrong'],
      create(context) {
        for (const sentence of context.prose.sentences) {
          for (const match of context.matchPatterns(sentence)) context.report({ messageId: 'hit', start: match.tokens[0]!.start, end: match.tokens[match.tokens.length - 1]!.end });
        }
      },
    });
    const config = { rules: { probe: { severity: 2 as const, options: {} } }, metadataOverrides: [{ metadata: { role: 'subject' }, rules: { probe: null } }] };
    const result = lintText(text, { filePath: 'export.json', config, rules: new Map<string, RuleModule>([['probe', probe]]) });
    expect(result.messages.map((m) => m.template)).toEqual(['Refund::Denied', 'Refund::Denied']);
  });

  it('lets a source without selectors choose the dialect', () => {
    expect(read(text, 'x.json', { syntax: 'handlebars' }).map((u) => u.syntax)).toEqual(['handlebars', 'handlebars', 'handlebars', 'handlebars']);
  });
});

describe('help scout, freshdesk, intercom, front and gorgias presets', () => {
  it('help scout: text as HTML, chatText as text, helpscout syntax', () => {
    const text = '[{ "id": 5, "name": "Delay", "text": "Hi {%customer.firstName%},<br />you are wrong", "chatText": "Hi! You are wrong" }]';
    const units = read(text);
    expect(units.map((u) => [u.name, u.kind, u.syntax, u.metadata])).toEqual([
      ['Delay', 'html', 'helpscout', { id: '5', title: 'Delay' }],
      ['Delay (chat)', 'text', 'helpscout', { id: '5', title: 'Delay' }],
    ]);
    expect(fileSlice(text, units[1]!, 'You are wrong')).toBe('You are wrong');
  });

  it('freshdesk: content_html only (content is its plain copy)', () => {
    const text = '[{ "id": 9, "title": "Got it", "content": "Hi", "content_html": "<div>Hi\\u00a0there</div>" }]';
    const units = read(text);
    expect(units.map((u) => [u.name, u.kind, u.body, u.metadata])).toEqual([['Got it', 'html', '<div>Hi\u00a0there</div>', { id: '9', title: 'Got it' }]]);
    expect(fileSlice(text, units[0]!, '\u00a0there')).toBe('\\u00a0there');
  });

  it('intercom: body_text as text, else body as HTML', () => {
    const text = JSON.stringify({ type: 'list', data: [
      { type: 'macro', id: '1', name: 'A', body: '<p>x</p>', body_text: 'Hi {{user.name|fallback:"there"}}' },
      { type: 'macro', id: '2', name: 'B', body: '<p>Only HTML</p>' },
    ] });
    expect(read(text).map((u) => [u.name, u.kind, u.body])).toEqual([
      ['A', 'text', 'Hi {{user.name|fallback:"there"}}'],
      ['B', 'html', '<p>Only HTML</p>'],
    ]);
  });

  it('front: subject (role subject) and body as HTML', () => {
    const text = JSON.stringify({ _results: [{ id: 'rsp_1', name: 'Reset', subject: 'Your reset', body: '<p>Hi</p>' }, { id: 'rsp_2', name: 'NoSubject', subject: null, body: '<p>Yo</p>' }] });
    expect(read(text).map((u) => [u.name, u.kind, u.role])).toEqual([
      ['Reset (subject)', 'text', 'subject'],
      ['Reset', 'html', undefined],
      ['NoSubject', 'html', undefined],
    ]);
  });

  it('gorgias: each action body_html (else body_text), language as locale', () => {
    const text = JSON.stringify({ data: [{ id: 3, name: 'Shipped', language: 'en', actions: [
      { name: 'addTags', arguments: { tags: 'x' } },
      { name: 'setResponseText', arguments: { body_text: 'Hi', body_html: '<div>Hi</div>' } },
    ] }, { id: 4, name: 'Plain', actions: [{ name: 'setResponseText', arguments: { body_text: 'Hello' } }] }] });
    expect(read(text).map((u) => [u.name, u.kind, u.body, u.metadata])).toEqual([
      ['Shipped', 'html', '<div>Hi</div>', { id: '3', title: 'Shipped', locale: 'en' }],
      ['Plain', 'text', 'Hello', { id: '4', title: 'Plain' }],
    ]);
  });
});

describe('a preset forced by config', () => {
  const freshdesk = JSON.stringify([{ id: 7, title: 'Refund', content_html: '<p>You are wrong.</p>' }]);

  it('reads the file as that preset', () => {
    const units = read(freshdesk, 'canned.json', { preset: 'freshdesk' });
    expect(units.map((u) => [u.name, u.kind])).toEqual([['Refund', 'html']]);
  });

  it('is a fatal error naming the preset when the file has another shape', () => {
    const { units, fatal } = readUnits(freshdesk, 'canned.json', { preset: 'zendesk' });
    expect(units).toEqual([]);
    expect(fatal?.message).toContain('does not have the shape of a zendesk export');
  });
});
