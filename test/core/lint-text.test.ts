import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { defineRule } from '../../src/rules/define-rule.js';
import type { RuleModule } from '../../src/types.js';

/** Reports every occurrence of the word "oops" (a probe for positions and plumbing). */
const oops = defineRule({
  meta: {
    id: 'oops',
    type: 'style',
    docs: { description: 'probe', recommended: false },
    messages: { found: 'Found "{{word}}" in {{where}}.' },
    schema: { type: 'object', properties: { where: { type: 'string' } }, additionalProperties: false },
    defaultOptions: { where: 'a template' },
  },
  create(context) {
    for (const sentence of context.prose.sentences) {
      for (const token of sentence.tokens) {
        if (token.norm === 'oops') context.report({ messageId: 'found', data: { word: token.text, where: String(context.options.where) }, start: token.start, end: token.end });
      }
    }
  },
});

function lint(text: string, filePath = 'reply.md', extra: Partial<Parameters<typeof lintText>[1]> = {}) {
  return lintText(text, { filePath, config: { rules: { oops: { severity: 2, options: {} } } }, rules: new Map<string, RuleModule>([['oops', oops as RuleModule]]), ...extra });
}

function positions(text: string, filePath?: string) {
  return lint(text, filePath).messages.map((m) => ({ line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, text: text.slice(m.offset, m.endOffset) }));
}

describe('lintText positions', () => {
  it('are exact after placeholders', () => {
    const text = 'Hi {{ticket.requester.first_name}}, oops {%customer.firstName,fallback=there%} Oops.';
    expect(positions(text)).toEqual([
      { line: 1, column: 37, endLine: 1, endColumn: 41, text: 'oops' },
      { line: 1, column: 80, endLine: 1, endColumn: 84, text: 'Oops' },
    ]);
  });

  it('are exact after front matter', () => {
    const text = '---\ntitle: Late order\ntags: [shipping]\n---\n\nSo sorry, oops.\n';
    expect(positions(text)).toEqual([{ line: 6, column: 11, endLine: 6, endColumn: 15, text: 'oops' }]);
  });

  it('are exact with CRLF line endings and lone CRs', () => {
    const text = '---\r\ntitle: x\r\n---\r\nHello,\r\n\r\nline one\r\nsays oops\rand oops';
    expect(positions(text)).toEqual([
      { line: 7, column: 6, endLine: 7, endColumn: 10, text: 'oops' },
      { line: 8, column: 5, endLine: 8, endColumn: 9, text: 'oops' },
    ]);
  });

  it('count columns after a stripped BOM from the first real character', () => {
    // The engine strips the BOM before the core, as ESLint does.
    const text = '\uFEFFoops here'.replace(/^\uFEFF/, '');
    expect(positions(text)).toEqual([{ line: 1, column: 1, endLine: 1, endColumn: 5, text: 'oops' }]);
  });

  it('are exact inside lists, blockquote continuations, emphasis and plain-text files', () => {
    const text = '1. Step *one* oops\n   continued oops\n\n**oops**';
    expect(positions(text).map((p) => [p.line, p.column])).toEqual([[1, 15], [2, 14], [4, 3]]);
    expect(positions('para\n\n  oops\n', 'reply.txt').map((p) => [p.line, p.column])).toEqual([[3, 3]]);
  });
});

describe('lintText results', () => {
  it('names the template from front matter, or from the file name', () => {
    const withTitle = lint('---\ntitle: Refund approved\nlocale: en\n---\noops');
    expect(withTitle.messages[0]!.template).toBe('Refund approved');
    expect(withTitle.templates).toEqual([{ name: 'Refund approved', metadata: { title: 'Refund approved', locale: 'en' } }]);
    expect(lint('oops', 'macros/late-order.md').messages[0]!.template).toBe('late-order');
  });

  it('merges options over defaults and interpolates messages', () => {
    expect(lint('oops').messages[0]!.message).toBe('Found "oops" in a template.');
    const result = lintText('oops', { filePath: 'a.md', config: { rules: { oops: { severity: 1, options: { where: 'the reply' } } } }, rules: new Map([['oops', oops as RuleModule]]) });
    expect(result.messages[0]).toMatchObject({ severity: 1, message: 'Found "oops" in the reply.' });
    expect(result).toMatchObject({ errorCount: 0, warningCount: 1 });
  });

  it('rejects invalid options with the key path', () => {
    expect(() => lintText('x', { filePath: 'a.md', config: { rules: { oops: { severity: 2, options: { where: 3 } } } }, rules: new Map([['oops', oops as RuleModule]]) })).toThrow(
      'Invalid options for rule "oops": where: should be a string, got integer',
    );
  });

  it('turns invalid front matter into a fatal diagnostic at its line', () => {
    const result = lint('---\ntitle: ok\nfoo: bar: baz\n---\noops');
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fatal: true, ruleId: null, severity: 2, line: 3, column: 6 });
    expect(result.messages[0]!.message).toMatch(/^Invalid YAML front matter/);
    expect(result.fatalErrorCount).toBe(1);
  });

  it('keeps going when a rule crashes, and says which rule', () => {
    const broken = defineRule({
      meta: { id: 'broken', type: 'style', docs: { description: 'x', recommended: false }, messages: {} },
      create() {
        throw new Error('boom');
      },
    });
    const result = lintText('oops', {
      filePath: 'a.md',
      config: { rules: { broken: { severity: 2, options: {} }, oops: { severity: 2, options: {} } } },
      rules: new Map<string, RuleModule>([['broken', broken], ['oops', oops as RuleModule]]),
    });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['broken', 'oops']);
    expect(result.messages[0]!.message).toContain('Rule "broken" crashed on this template: boom');
  });

  it('does not lint front matter or code as prose', () => {
    expect(lint('---\ntitle: oops\n---\n`oops`\n\n```\noops\n```\n').messages).toEqual([]);
  });
});

describe('inline directives', () => {
  const cases: Array<[string, string, number[]]> = [
    ['disable to end', 'oops\n<!-- macrolint-disable -->\noops\n\noops', [1]],
    ['disable then enable', '<!-- macrolint-disable oops -->\noops\n<!-- macrolint-enable oops -->\n\noops', [5]],
    ['disable for another rule', '<!-- macrolint-disable other-rule -->\noops', [2]],
    ['disable-next-line', 'oops\n<!-- macrolint-disable-next-line oops -- we mean it -->\noops\noops', [1, 4]],
    ['disable-line', 'oops <!-- macrolint-disable-line -->\noops', [2]],
    ['liquid comment', '{% comment %}macrolint-disable-next-line oops{% endcomment %}\noops\noops', [3]],
    ['handlebars comment', '{{!-- macrolint-disable --}}\noops', []],
    ['jinja comment', '{# macrolint-disable-line oops #} oops\noops', [2]],
    ['a directive inside code is not one', '```\n<!-- macrolint-disable -->\n```\n\noops', [5]],
  ];
  for (const [name, text, lines] of cases) {
    it(name, () => {
      expect(lint(text).messages.map((m) => m.line)).toEqual(lines);
    });
  }

  it('works in plain-text files', () => {
    expect(lint('oops <!-- macrolint-disable-line -->\noops', 'a.txt').messages.map((m) => m.line)).toEqual([2]);
  });

  it('can be turned off (--no-inline-config)', () => {
    expect(lint('<!-- macrolint-disable -->\noops', 'a.md', { allowInlineConfig: false }).messages).toHaveLength(1);
  });

  it('reports unused directives when asked', () => {
    const result = lint('<!-- macrolint-disable oops -->\nfine\n\n<!-- macrolint-disable-next-line -->\noops', 'a.md', { reportUnusedDirectives: true });
    expect(result.messages.map((m) => [m.line, m.message])).toEqual([
      [1, "Unused macrolint-disable directive (no problems were reported from 'oops')."],
    ]);
  });
});

describe('metadata overrides', () => {
  const config = (metadataOverrides: NonNullable<Parameters<typeof lintText>[1]['config']['metadataOverrides']>) => ({
    rules: { oops: { severity: 2 as const, options: {} } },
    metadataOverrides,
  });
  const run = (text: string, overrides: Parameters<typeof config>[0]) =>
    lintText(text, { filePath: 'a.md', config: config(overrides), rules: new Map([['oops', oops as RuleModule]]) }).messages;

  it('turns a rule off for templates whose front matter matches', () => {
    const internal = '---\naudience: Internal\n---\noops';
    expect(run(internal, [{ metadata: { audience: 'internal' }, rules: { oops: null } }])).toEqual([]);
    expect(run('---\naudience: customer\n---\noops', [{ metadata: { audience: 'internal' }, rules: { oops: null } }])).toHaveLength(1);
  });

  it('matches tags and lists of alternatives, and applies overrides in order', () => {
    const tagged = '---\ntags: [legal, billing]\n---\noops';
    expect(run(tagged, [{ metadata: { tags: ['refunds', 'legal'] }, rules: { oops: null } }])).toEqual([]);
    const warned = run(tagged, [
      { metadata: { tags: 'billing' }, rules: { oops: null } },
      { metadata: { tags: 'legal' }, rules: { oops: { severity: 1, options: { where: 'legal text' } } } },
    ]);
    expect(warned.map((m) => [m.severity, m.message])).toEqual([[1, 'Found "oops" in legal text.']]);
  });

  it('needs every key of a condition to match', () => {
    expect(run('---\naudience: internal\n---\noops', [{ metadata: { audience: 'internal', channel: 'chat' }, rules: { oops: null } }])).toHaveLength(1);
  });
});

describe('shared pattern matcher', () => {
  const patternRule = (id: string, patterns: string[]) =>
    defineRule({
      meta: { id, type: 'tone', docs: { description: 'probe', recommended: false }, messages: { hit: '{{which}}' } },
      patterns,
      create(context) {
        for (const sentence of context.prose.sentences) {
          for (const match of context.matchPatterns(sentence)) {
            const first = match.tokens[0]!;
            const last = match.tokens[match.tokens.length - 1]!;
            context.report({ messageId: 'hit', data: { which: `${context.id}#${match.patternIndex}` }, start: first.start, end: last.end });
          }
        }
      },
    });

  it('gives each rule only the matches of its own patterns, under the id the config uses', () => {
    const rules = new Map<string, RuleModule>([
      ['acme/sorry', patternRule('sorry', ['sorry if you feel', 'any inconvenience'])],
      ['feel', patternRule('feel', ['you feel'])],
    ]);
    const result = lintText('We are sorry if you feel that way. Sorry for any inconvenience.', {
      filePath: 'a.md',
      config: { rules: { 'acme/sorry': { severity: 2, options: {} }, feel: { severity: 1, options: {} } } },
      rules,
    });
    expect(result.messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['acme/sorry', 'acme/sorry#0'],
      ['feel', 'feel#0'],
      ['acme/sorry', 'acme/sorry#1'],
    ]);
  });

  it('does not run patterns of rules the config leaves off', () => {
    const rules = new Map<string, RuleModule>([['a', patternRule('a', ['hello'])], ['b', patternRule('b', ['hello'])]]);
    const result = lintText('hello', { filePath: 'a.md', config: { rules: { b: { severity: 2, options: {} } } }, rules });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['b']);
  });
});
