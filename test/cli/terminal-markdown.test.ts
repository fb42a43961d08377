// The terminal renderer of `macrolint rules <id>`: plain text without colour, ANSI styles with it,
// and control characters from the document always shown as visible escapes.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/cli/terminal-markdown.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;
const plain = (markdown: string) => renderMarkdown(markdown, { color: false });
const colored = (markdown: string) => renderMarkdown(markdown, { color: true });

describe('renderMarkdown without colour', () => {
  it('underlines headings with characters, keeps backticks on code spans, and drops emphasis markers', () => {
    expect(plain('# no-blame\n\nSay **what** to do, *kindly*, with `{{name}}`.\n\n## Options\nNone.\n')).toBe(
      ['no-blame', '========', '', 'Say what to do, kindly, with `{{name}}`.', '', 'Options', '-------', '', 'None.', ''].join('\n'),
    );
  });

  it('indents code blocks, and marks where one example ends and the next begins', () => {
    expect(plain('```md\nHi {{first_name}},\n\n\tThanks!\n```\n\n```md\nBye.\n```\n')).toBe(
      ['    Hi {{first_name}},', '', '      Thanks!', '', '    ···', '', '    Bye.', ''].join('\n'),
    );
  });

  it('writes links as "text (url)", an autolink once, and resolves reference links', () => {
    expect(plain('See [the guide](https://example.com/guide), <https://example.com>, [FAQ][faq] and [nothing].\n\n[faq]: https://example.com/faq\n')).toBe(
      'See the guide (https://example.com/guide), https://example.com, FAQ (https://example.com/faq) and [nothing].\n',
    );
  });

  it('joins soft line breaks, keeps hard ones, and indents list items under their marker', () => {
    expect(plain('One\ntwo  \nthree\n\n- first item\n  continued\n- second\n  - nested\n\n3. three\n4. four\n\n> quoted\n')).toBe(
      ['One two', 'three', '', '- first item continued', '- second', '  - nested', '', '3. three', '4. four', '', '> quoted', ''].join('\n'),
    );
  });

  it('shows a table as one record per row, with `\\|` as a pipe inside a cell', () => {
    const table = ['| Option | Type | Description |', '|---|:---:|---|', '| `max` | integer | The most words. |', '| `filter` | string | Write `a \\| b`. |', ''].join('\n');
    expect(plain(table)).toBe(['`max`', '  Type: integer', '  Description: The most words.', '', '`filter`', '  Type: string', '  Description: Write `a | b`.', ''].join('\n'));
  });

  it('leaves a paragraph that merely starts with a pipe as prose', () => {
    expect(plain('| not a table\nsecond line\n')).toBe('| not a table second line\n');
  });

  it('renders every built-in README with its sections, its tables as records, and no escape codes', () => {
    const rulesDir = fileURLToPath(new URL('../../rules/', import.meta.url));
    for (const id of readdirSync(rulesDir)) {
      const out = plain(readFileSync(`${rulesDir}${id}/README.md`, 'utf8'));
      expect(out.startsWith(`${id}\n${'='.repeat(id.length)}\n`), id).toBe(true);
      for (const section of ['Principle', 'Incorrect', 'Correct', 'Options']) expect(out, id).toContain(`\n${section}\n${'-'.repeat(section.length)}\n`);
      expect(out.split('\n').filter((line) => line.startsWith('|')), id).toEqual([]);
      expect(out, id).not.toMatch(ANSI);
    }
  });
});

describe('renderMarkdown with colour', () => {
  it('makes headings bold (the title also underlined) and code cyan, without the plain-text markers', () => {
    const out = colored('# Title\n\n## Section\n\nUse `max`.\n\n```\ncode\n```\n');
    expect(out).toBe(
      ['\u001b[1m\u001b[4mTitle\u001b[24m\u001b[22m', '', '\u001b[1mSection\u001b[22m', '', 'Use \u001b[36mmax\u001b[39m.', '', '    \u001b[36mcode\u001b[39m', ''].join('\n'),
    );
  });

  it('underlines link targets and keeps the text', () => {
    expect(colored('[guide](https://example.com)\n')).toBe('guide (\u001b[4mhttps://example.com\u001b[24m)\n');
  });
});

describe('renderMarkdown escapes control characters from the document', () => {
  const hostile = '# Title\u001b[31m\n\nText \u001b]8;;x\u0007 and \u202eevil `code\u001b[2J` [link](https://e.com/\u009b31m).\n\n```\nblock \u001b[31m red\n```\n\n| A | B |\n|---|---|\n| x\u001b[1m | y |\n';

  it('shows them as visible escapes in plain text', () => {
    const out = plain(hostile);
    expect(out).not.toMatch(ANSI);
    expect(out).not.toMatch(/[\u0007\u009b\u202e]/u);
    expect(out).toContain('Title\\x1b[31m');
    expect(out).toContain('Text \\x1b]8;;x\\x07 and \\u202eevil `code\\x1b[2J`');
    expect(out).toContain('(https://e.com/\\x9b31m)');
    expect(out).toContain('    block \\x1b[31m red');
    expect(out).toContain('x\\x1b[1m\n  B: y');
  });

  it('and with colour, only the renderer’s own styles are escape codes', () => {
    const out = colored(hostile);
    // Every ESC in the output starts one of the SGR codes the renderer writes itself.
    // eslint-disable-next-line no-control-regex
    expect(out.match(/\u001b\[[0-9;]*m/g)?.length).toBe(out.split('\u001b').length - 1);
    expect(out).toContain('\\x1b[31m');
    expect(out).not.toMatch(/[\u0007\u009b\u202e]/u);
  });
});
