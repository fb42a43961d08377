// Diagnostics inside JSON strings, YAML scalars and Markdown collections land on the exact file
// characters: slicing the file at [offset, endOffset) gives the words as the file writes them.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import type { SourceFormat } from '../../src/formats/read-units.js';
import { defineRule } from '../../src/rules/define-rule.js';
import type { RuleModule } from '../../src/types.js';

/** Reports "you are wrong" (also "you’re wrong", across line breaks), quoting the body text. */
const probe = defineRule({
  meta: { id: 'probe', type: 'tone', docs: { description: 'probe', recommended: false }, messages: { hit: 'Found "{{phrase}}".' } },
  patterns: ['you are wrong'],
  create(context) {
    for (const sentence of context.prose.sentences) {
      for (const match of context.matchPatterns(sentence)) {
        const start = match.tokens[0]!.start;
        const end = match.tokens[match.tokens.length - 1]!.end;
        context.report({ messageId: 'hit', data: { phrase: context.text.slice(start, end) }, start, end, suggest: [{ desc: 'x', fix: { range: [start, end], text: 'I see "it"\ndifferently' } }] });
      }
    }
  },
});

function lint(text: string, filePath: string, format: SourceFormat) {
  const result = lintText(text, { filePath, config: { rules: { probe: { severity: 2, options: {} } }, format }, rules: new Map<string, RuleModule>([['probe', probe]]) });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.map((m) => ({
    template: m.template,
    raw: text.slice(m.offset, m.endOffset),
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
    fix: m.suggestions?.[0]?.fix,
  }));
}

/** 1-based line and column of the first occurrence of `needle`. */
function at(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  expect(offset).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('exact positions in collection formats', () => {
  it('a JSON-escaped string', () => {
    const text = '{\n  "macros": [\n    { "title": "Refund", "comment": "Hi \\u2019there,\\n\\nSadly you\\u2019re wrong, \\"friend\\"." }\n  ]\n}\n';
    const [hit] = lint(text, 'export.json', { selectors: [{ select: ['macros.*.comment'] }] });
    expect(hit).toMatchObject({ template: 'Refund', raw: 'you\\u2019re wrong', message: 'Found "you’re wrong".', ...at(text, 'you\\u2019re') });
    const fixed = text.slice(0, hit!.fix!.range[0]) + hit!.fix!.text + text.slice(hit!.fix!.range[1]);
    expect(JSON.parse(fixed).macros[0].comment).toBe('Hi ’there,\n\nSadly I see "it"\ndifferently, "friend".');
  });

  it('a YAML folded scalar, across its line fold', () => {
    const text = 'needs-repro:\n  issues:\n    comment: >\n      Thanks for opening this. Sadly you\n      are wrong here.\n';
    const [hit] = lint(text, 'label-actions.yml', { selectors: [{ select: ['**.comment'], name: '$key' }] });
    expect(hit).toMatchObject({ template: 'issues', raw: 'you\n      are wrong', message: 'Found "you are wrong".', ...at(text, 'you\n') });
    expect(hit).toMatchObject({ endLine: 5, endColumn: at(text, 'are wrong').column + 'are wrong'.length });
  });

  it('a YAML literal block scalar, with indentation and chomping', () => {
    const text = 'replies:\n  - name: Verdict\n    body: |-\n      Hi there,\n\n        You are wrong.\n';
    const [hit] = lint(text, 'replies.yaml', { selectors: [{ select: ['replies.*.body'] }] });
    expect(hit).toMatchObject({ template: 'Verdict', raw: 'You are wrong', ...at(text, 'You are') });
    // Inserted line breaks are re-indented for the block.
    expect(hit!.fix!.text).toBe('I see "it"\n      differently');
  });

  it('YAML double- and single-quoted scalars with escapes', () => {
    const text = 'a:\n  text: "Hello.\\tYou\\u0020are\\nwrong."\nb:\n  text: \'It\'\'s said: you are\n    wrong.\'\n';
    const hits = lint(text, 'q.yaml', { selectors: [{ select: ['*.text'] }] });
    expect(hits.map((h) => h.raw)).toEqual(['You\\u0020are\\nwrong', 'you are\n    wrong']);
    expect(hits.map((h) => h.template)).toEqual(['a.text', 'b.text']);
  });

  it('Markdown sections and fenced blocks', () => {
    const text = '---\ntitle: Replies\n---\nIntro for writers.\n\n## Refund\n\nThanks. You are wrong.\n\n## Delay\n\n- item\n\n  ```text\n  Sorry, you are wrong.\n  ```\n';
    const sections = lint(text, 'replies.md', { templates: 'sections' });
    expect(sections.map((h) => [h.template, h.raw, h.line])).toEqual([['Refund', 'You are wrong', 8]]);
    const fenced = lint(text, 'replies.md', { templates: 'fenced' });
    expect(fenced).toMatchObject([{ template: 'Delay', raw: 'you are wrong', ...at(text, 'you are wrong') }]);
  });
});
