// The nesting guard in front of the Markdown parser (src/formats/nesting.ts): it must catch every
// way to nest lists and block quotes past the limit, cheaply, and never fire on a real reply.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/core/lint-text.js';
import { checkMarkdownNesting, findTooDeepNesting, isStackOverflow, MAX_MARKDOWN_NESTING, NestingTooDeepError } from '../../src/formats/nesting.js';
import type { RuleModule } from '../../src/types.js';

const indentedList = (levels: number, indent = 2): string => Array.from({ length: levels }, (_, depth) => `${' '.repeat(depth * indent)}- item`).join('\n');

describe('findTooDeepNesting', () => {
  it('finds nesting by markers on one line, by indentation, and both, at the first line past the limit', () => {
    expect(findTooDeepNesting(`Hi\n\n${'- '.repeat(11)}x`, 10)).toEqual({ depth: 11, offset: 4 });
    expect(findTooDeepNesting(`${'>'.repeat(11)} x`, 10)).toEqual({ depth: 11, offset: 0 });
    expect(findTooDeepNesting(`${'1. '.repeat(6)}${'* '.repeat(5)}x`, 10)).toMatchObject({ depth: 11 });
    // Level k (from 0) of an indented list is line k: the 11th level is line 10.
    const text = indentedList(30);
    expect(findTooDeepNesting(text, 10)).toEqual({ depth: 11, offset: text.split('\n').slice(0, 10).join('\n').length + 1 });
    // Lists nested inside a quote, by indentation after the ">".
    expect(findTooDeepNesting(Array.from({ length: 30 }, (_, depth) => `>${' '.repeat(depth * 2 + 1)}- x`).join('\n'), 10)).toMatchObject({ depth: 11 });
  });

  it('counts CRLF and a lone CR as line ends', () => {
    const crlf = indentedList(12).replace(/\n/g, '\r\n');
    expect(findTooDeepNesting(crlf, 10)).toMatchObject({ depth: 11 });
    expect(findTooDeepNesting(indentedList(12).replace(/\n/g, '\r'), 10)).toMatchObject({ depth: 11 });
  });

  it('does not count what opens nothing: blank lines, thematic breaks, text, deep indentation without lists', () => {
    expect(findTooDeepNesting(`${'- '.repeat(40)}\n${'* '.repeat(40)}\n${'_ '.repeat(40)}`, 10)).toBeUndefined();
    expect(findTooDeepNesting(`Hi,\n\n${' '.repeat(300)}indented code\n${'\t'.repeat(50)}tabs\n`, 10)).toBeUndefined();
    expect(findTooDeepNesting(Array.from({ length: 500 }, (_, i) => `- item ${i}\n  - sub ${i}`).join('\n'), 10)).toBeUndefined();
    expect(findTooDeepNesting('3 > 2, 10 - 5 = 5, 1. is a number, -1 and *emphasis*', 0)).toBeUndefined();
    expect(findTooDeepNesting('', 0)).toBeUndefined();
  });

  it('lets exactly the limit through', () => {
    expect(findTooDeepNesting(`${'- '.repeat(MAX_MARKDOWN_NESTING)}x`, MAX_MARKDOWN_NESTING)).toBeUndefined();
    expect(() => checkMarkdownNesting(indentedList(MAX_MARKDOWN_NESTING))).not.toThrow();
    expect(() => checkMarkdownNesting(indentedList(MAX_MARKDOWN_NESTING + 1))).toThrow(NestingTooDeepError);
  });

  it('reads 10,000 levels and a 20 MB body in one pass', () => {
    expect(findTooDeepNesting(`${'> - '.repeat(5_000)}x\n`, MAX_MARKDOWN_NESTING)).toMatchObject({ offset: 0 });
    const plain = 'Thanks for writing in. We sent the refund today.\n\n'.repeat(400_000);
    const started = performance.now();
    expect(findTooDeepNesting(plain, MAX_MARKDOWN_NESTING)).toBeUndefined();
    // Measured at about 3.5 ms per MB; the bound only catches a pass that is not linear.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('isStackOverflow', () => {
  it("recognises V8's stack overflow and nothing else", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let overflow: unknown;
    try {
      recurse(0);
    } catch (error) {
      overflow = error;
    }
    expect(isStackOverflow(overflow)).toBe(true);
    expect(isStackOverflow(new RangeError('Invalid array length'))).toBe(false);
    expect(isStackOverflow(new Error('Maximum call stack size exceeded'))).toBe(false);
  });
});

describe('lintText (core) on a body nested too deeply', () => {
  const options = { filePath: 'reply.md', config: { rules: {} }, rules: new Map<string, RuleModule>() };

  it('gives that template a fatal error at the line, and no exception', () => {
    const result = lintText(`Hi,\n\n${'- '.repeat(10_000)}x\n`, options);
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, severity: 2, line: 3, column: 1, template: 'reply', message: expect.stringMatching(/^Lists and block quotes are nested more than 100 levels deep/) }),
    ]);
    expect(result.fatalErrorCount).toBe(1);
  });

  it('in a file of several templates, reports the deep one and lints the others', () => {
    const config = { rules: {}, format: { selectors: [{ select: ['**.body'] }] } };
    const json = JSON.stringify({ replies: [{ body: 'Thanks for writing.' }, { body: `${'>'.repeat(10_000)} x` }, { body: 'Bye.' }] });
    const result = lintText(json, { ...options, filePath: 'replies.json', config });
    expect(result.messages).toEqual([expect.objectContaining({ fatal: true, line: 1, template: expect.stringContaining('replies[1]') })]);
    expect(result.templates.map((t) => t.name)).toHaveLength(2);
  });
});
