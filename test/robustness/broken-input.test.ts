// Broken files, through the built CLI: malformed JSON, YAML and front matter are a fatal error for
// that file at its line:column (the other files are linted, exit 1); unterminated placeholders,
// blocks and HTML tags are template-syntax errors at the opening.
import { describe, expect, it, beforeAll } from 'vitest';
import { findUnclosedMarkup } from '../../src/templating/html-markup.js';
import { assertBuilt, bytesTree, lintJson, WRONG_REPLY } from './helpers.js';

beforeAll(assertBuilt);

describe('malformed JSON, YAML and front matter', () => {
  it('is a fatal error at line:column for that file; the other files are linted; exit 1', async () => {
    const cwd = bytesTree({
      'bad.json': '{"macros": [ {"title": "A", "actions": [ ]},\n  {"title": "B" oops }\n]}\n',
      'bad.yaml': 'replies:\n  - title: A\n    body: Thanks\n   body2: x\n',
      'unterminated.yaml': 'replies:\n  - title: A\n    body: "Thanks for writing\n',
      'front-matter.md': '---\ntitle: Refund\nid: : :\n---\nHi there, thanks for writing.\n',
      'reply.md': WRONG_REPLY,
    });
    const { code, stderr, results } = await lintJson(cwd, ['bad.json', 'bad.yaml', 'unterminated.yaml', 'front-matter.md', 'reply.md']);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    const fatal = (name: string) => results.get(name)!.messages.map(({ message, line, column, fatal: isFatal, ruleId }) => ({ message, line, column, fatal: isFatal, ruleId }));
    expect(fatal('bad.json')).toEqual([{ message: "Invalid JSON: Expected ',' or '}' after property value", line: 2, column: 17, fatal: true, ruleId: null }]);
    expect(fatal('bad.yaml')).toEqual([{ message: 'Invalid YAML: Sequence item without - indicator', line: 4, column: 1, fatal: true, ruleId: null }]);
    // The YAML reader notices a missing closing quote where the file ends.
    expect(fatal('unterminated.yaml')).toEqual([{ message: 'Invalid YAML: Missing closing "quote', line: 4, column: 1, fatal: true, ruleId: null }]);
    expect(fatal('front-matter.md')).toEqual([
      { message: 'Invalid YAML front matter: Nested mappings are not allowed in compact mappings', line: 3, column: 5, fatal: true, ruleId: null },
    ]);
    expect(results.get('reply.md')!.messages.map((m) => m.ruleId)).toEqual(['no-customer-wrong']);
  });
});

describe('unterminated placeholders, blocks and tags', () => {
  it('are template-syntax errors at their opening, for every dialect and for HTML', async () => {
    const cwd = bytesTree({
      'reply.liquid': 'Hi {{ name,\n\nThanks for writing. {% if vip %}You are a star.\n\nReply here if you need more.\n',
      'reply.hbs': 'Hi {{#if name}}{{name}}{{else}}there,\n\nThanks for writing. Reply here if you need more.\n',
      'reply.html':
        '<p>Hi there,</p>\n<p>Thanks for writing in.</p>\n<div class="note"\n<p>Reply here if you need more.</p>\n' +
        '<p>Our <a href="https://example.com/help>help page</a> has more.</p>\n',
      'cut.html': '<p>Hi there, thanks for writing in. Reply here if you need more.</p>\n<!-- agents: fill in <p>Bye</p>\n',
      'end.html': '<p>Hi there, thanks for writing in. Reply here if you need more.</p><img src="logo.png"',
    });
    const { code, results } = await lintJson(cwd, ['.']);
    expect(code).toBe(1);
    const syntax = (name: string) =>
      results.get(name)!.messages.filter((m) => m.ruleId === 'template-syntax').map(({ line, column, message }) => `${line}:${column} ${message}`);
    expect(syntax('reply.liquid')).toEqual([
      '1:4 The placeholder starting "{{ name," is never closed with "}}": the platform prints it as typed or refuses to render the template. Add "}}".',
      '3:21 {% if vip %} is never closed: without {% endif %} the template fails to render. Add {% endif %} where the block ends.',
    ]);
    expect(syntax('reply.hbs')).toEqual(['1:4 {{#if name}} is never closed: without {{/if}} the template fails to render. Add {{/if}} where the block ends.']);
    expect(syntax('reply.html')).toEqual([
      '3:1 The tag "<div class="note"" has no ">" before the next tag, so the email client reads that tag as part of this one and drops it. Add ">" where the tag ends.',
      '5:8 An attribute value in "<a href="https://example.com/help>help …" opens a quote that never closes, so the email client hides everything after it. Close the quote and the tag.',
    ]);
    expect(syntax('cut.html')).toEqual([
      '2:1 This HTML comment is never closed with "-->", so the email client hides everything after it. Add "-->" where the comment ends.',
    ]);
    expect(syntax('end.html')).toEqual([
      '1:69 The tag "<img src="logo.png"" is never closed with ">", so the email client hides everything after it. Add ">" where the tag ends.',
    ]);
  });
});

describe('findUnclosedMarkup', () => {
  const kinds = (html: string, skip: Array<[number, number]> = []) => findUnclosedMarkup(html, 0, html.length, skip).map((p) => `${p.kind}@${p.start}-${p.end}`);

  it('accepts closed markup, comments, doctype and text that only looks like a tag', () => {
    expect(kinds('<!DOCTYPE html><p class="a" title=\'b > c\'>Hi</p><br/><!-- x < y --></p>')).toEqual([]);
    expect(kinds('<p>1 < 2 and <3 and x <= y</p>')).toEqual([]);
    expect(kinds("<p title=don't>x</p><p a = \"q\">y</p>")).toEqual([]);
  });

  it('finds a tag or close tag left open at the end, a quote never closed, a comment never closed, and a tag cut short by the next', () => {
    expect(kinds('<p>x</p><div')).toEqual(['tag@8-12']);
    expect(kinds('<p>x</p')).toEqual(['tag@4-7']);
    expect(kinds('<a href="x>y</a>')).toEqual(['quote@0-2']);
    expect(kinds('<p>x</p><!-- y')).toEqual(['comment@8-12']);
    expect(kinds('<div class="a"\n<p>x</p>')).toEqual(['tagBeforeTag@0-4']);
    // As in a browser: a letter after "<" starts a tag, even in what was meant as text.
    expect(kinds('<p>a<b is text, "<" too</p>')).toEqual(['tagBeforeTag@4-6']);
  });

  it('skips placeholder ranges, inside tags and between them', () => {
    const html = '<img src="{% if x > 1 %}a{% endif %}"><p>{{ "<" }}</p>';
    const skip: Array<[number, number]> = [
      [10, 24],
      [25, 36],
      [41, 50],
    ];
    expect(kinds(html, skip)).toEqual([]);
    expect(kinds('<p>{{ a <b }}</p>', [[3, 13]])).toEqual([]);
  });

  it('stays linear with many placeholders: one pass over a 1 MB body with 50,000 of them', () => {
    const unit = '<p class="x">{{ a }}</p>';
    const html = unit.repeat(50_000);
    const skip = Array.from({ length: 50_000 }, (_, i): [number, number] => [i * unit.length + 13, i * unit.length + 20]);
    const started = performance.now();
    expect(findUnclosedMarkup(html, 0, html.length, skip)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
