// Markdown for a terminal (`macrolint rules <id>` prints a rule's README): headings bold and
// underlined, code indented, inline code highlighted, links as "text (url)". Pure: Markdown (or
// an mdast tree) in, text out. With colour off it is plain text, so it reads the same piped
// into a file or a pager. Every piece of text from the document goes through
// escapeControlChars: a README (or a plugin's docs) cannot send escape sequences to the terminal.
import { Chalk } from 'chalk';
import type { Definition, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { parseMarkdown } from '../formats/markdown.js';
import { escapeControlChars } from '../formatters/escape.js';

interface Style {
  heading(text: string, depth: number): string[];
  strong(text: string): string;
  emphasis(text: string): string;
  code(text: string): string;
  codeLine(line: string): string;
  link(text: string, url: string): string;
  quote: string;
  rule: string;
  /** Between two code blocks in a row (a README's examples), so each reads as its own. */
  codeGap: string;
}

/** Plain text: heading underlines drawn with characters, code spans keep their backticks. */
const plain: Style = {
  heading: (text, depth) => [text, (depth === 1 ? '=' : '-').repeat(Math.max(3, [...text].length))],
  strong: (text) => text,
  emphasis: (text) => text,
  code: (text) => `\`${text}\``,
  codeLine: (line) => line,
  link: (text, url) => (text === url || text === '' ? url : `${text} (${url})`),
  quote: '> ',
  rule: '---',
  codeGap: '    ···',
};

function colored(): Style {
  const chalk = new Chalk({ level: 1 });
  return {
    heading: (text, depth) => [depth === 1 ? chalk.bold.underline(text) : chalk.bold(text)],
    strong: (text) => chalk.bold(text),
    emphasis: (text) => chalk.italic(text),
    code: (text) => chalk.cyan(text),
    codeLine: (line) => chalk.cyan(line),
    link: (text, url) => (text === url || text === '' ? chalk.underline(url) : `${text} (${chalk.underline(url)})`),
    quote: chalk.dim('│ '),
    rule: chalk.dim('─'.repeat(40)),
    codeGap: `    ${chalk.dim('···')}`,
  };
}

const CODE_INDENT = '    ';

/** Renders Markdown for a terminal. Tables (GFM) are shown as one record per row. */
export function renderMarkdown(markdown: string, options: { color: boolean }): string {
  return renderTree(parseMarkdown(markdown), options, markdown);
}

/** Renders an mdast tree; `source` (the Markdown it was parsed from) lets tables be recognised. */
export function renderTree(tree: Root, options: { color: boolean }, source = ''): string {
  const renderer = new Renderer(options.color ? colored() : plain, source, definitionsOf(tree));
  const lines = renderer.blocks(tree.children);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function definitionsOf(tree: Root): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: Nodes): void => {
    if (node.type === 'definition') found.set((node as Definition).identifier.toLowerCase(), node.url);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** `|`-separated cells of one table row; `\|` is a pipe inside a cell (also inside code spans, as in GFM). */
function cells(line: string): string[] {
  const row = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return row.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * The rows of a GFM table, when a paragraph is one. remark-parse alone (no GFM extension) reads a
 * table as a paragraph: a header row, a delimiter row (`|---|---|`), then the body rows.
 */
function tableRows(paragraph: Paragraph, source: string): string[][] | undefined {
  const start = paragraph.position?.start.offset;
  const end = paragraph.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const lines = source.slice(start, end).split('\n').map((line) => line.trim());
  if (lines.length < 2 || !lines.every((line) => line.startsWith('|')) || !DELIMITER_ROW.test(lines[1]!)) return undefined;
  return [lines[0]!, ...lines.slice(2)].map(cells);
}

class Renderer {
  constructor(
    private readonly style: Style,
    private readonly source: string,
    private readonly definitions: ReadonlyMap<string, string>,
  ) {}

  /** Blocks separated by one blank line. */
  blocks(nodes: readonly RootContent[], separator = true): string[] {
    const out: string[] = [];
    let previous: RootContent | undefined;
    for (const node of nodes) {
      const lines = this.block(node);
      if (lines.length === 0) continue;
      if (out.length > 0 && separator) out.push(...(previous?.type === 'code' && node.type === 'code' ? ['', this.style.codeGap, ''] : ['']));
      out.push(...lines);
      previous = node;
    }
    return out;
  }

  private block(node: RootContent): string[] {
    switch (node.type) {
      case 'heading':
        return this.style.heading(this.inline(node.children), node.depth);
      case 'paragraph': {
        const rows = tableRows(node, this.source);
        return rows ? this.table(rows) : this.inline(node.children).split('\n');
      }
      case 'code':
        return node.value.split('\n').map((line) => (line.trim() === '' ? '' : CODE_INDENT + this.style.codeLine(escapeControlChars(line.replace(/\t/g, '  ')))));
      case 'list':
        return node.children.flatMap((item, i) => {
          const marker = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
          const lines = this.listItem(item, marker);
          return node.spread && i > 0 ? ['', ...lines] : lines;
        });
      case 'blockquote':
        return this.blocks(node.children).map((line) => (line === '' ? this.style.quote.trimEnd() : this.style.quote + line));
      case 'thematicBreak':
        return [this.style.rule];
      case 'html':
        return node.value.split('\n').map(escapeControlChars);
      case 'definition':
        return [];
      default:
        return 'children' in node ? this.blocks(node.children as RootContent[]) : 'value' in node ? [escapeControlChars(String(node.value))] : [];
    }
  }

  private listItem(item: ListItem, marker: string): string[] {
    const indent = ' '.repeat(marker.length + 1);
    const lines = this.blocks(item.children, item.spread === true);
    return lines.map((line, i) => (i === 0 ? `${marker} ${line}` : line === '' ? '' : indent + line));
  }

  /** One record per body row: the first cell, then each other cell under its column's header. */
  private table(rows: string[][]): string[] {
    const [header, ...body] = rows.map((row) => row.map((cell) => this.inlineMarkdown(cell)));
    const out: string[] = [];
    for (const row of body) {
      if (out.length > 0) out.push('');
      out.push(row[0] ?? '');
      row.slice(1).forEach((cell, i) => out.push(`  ${header![i + 1] ?? ''}: ${cell}`));
    }
    return out;
  }

  /** A table cell: its own text parsed as Markdown, kept on one line. */
  private inlineMarkdown(text: string): string {
    const tree = parseMarkdown(text);
    const first = tree.children[0];
    return first?.type === 'paragraph' ? this.inline(first.children).replace(/\n/g, ' ') : escapeControlChars(text);
  }

  private inline(nodes: readonly PhrasingContent[]): string {
    return nodes.map((node) => this.phrasing(node)).join('');
  }

  private phrasing(node: PhrasingContent): string {
    switch (node.type) {
      case 'text':
        // A soft line break is a space: the terminal wraps the paragraph.
        return escapeControlChars(node.value.replace(/\s*\n\s*/g, ' '));
      case 'inlineCode':
        return this.style.code(escapeControlChars(node.value));
      case 'strong':
        return this.style.strong(this.inline(node.children));
      case 'emphasis':
        return this.style.emphasis(this.inline(node.children));
      case 'break':
        return '\n';
      case 'link':
        return this.style.link(this.inline(node.children), escapeControlChars(node.url));
      case 'image':
        return this.style.link(escapeControlChars(node.alt ?? ''), escapeControlChars(node.url));
      case 'linkReference': {
        const url = this.definitions.get(node.identifier.toLowerCase());
        const text = this.inline(node.children);
        return url === undefined ? `[${text}]` : this.style.link(text, escapeControlChars(url));
      }
      case 'html':
        return escapeControlChars(node.value);
      default:
        return 'children' in node ? this.inline(node.children as PhrasingContent[]) : 'value' in node ? escapeControlChars(String(node.value)) : '';
    }
  }
}
