// Markdown files that hold many replies: one per heading section (`templates: sections`) or one
// per fenced code block (`templates: fenced`). Each template is a slice of the file; its map adds
// the slice's offset (fenced blocks inside list items also drop the list's indentation, through
// a table), so positions stay exact.
import type { Code, Heading, Nodes, Root, RootContent } from 'mdast';
import type { BodyKind, PositionMap, TemplateMetadata, TemplateSyntax, TemplateUnit } from '../types.js';
import { parseMarkdown } from './markdown.js';
import { identityMap, tableMap } from './position-map.js';

export interface CollectionOptions {
  /** Where the content starts (after front matter). */
  start: number;
  metadata: TemplateMetadata;
  kind: BodyKind;
  /** The file's name without its extension: names a preamble. */
  fileName: string;
  syntax?: TemplateSyntax;
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

function headingText(heading: Heading): string {
  return plainText(heading).replace(/\s+/g, ' ').trim();
}

/** Whether a slice holds any prose: not only blank lines, rules, HTML comments. */
function hasProse(text: string): boolean {
  const stripped = text.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*(?:[-*_]\s*){3,}$/gm, '');
  return /[\p{L}\p{N}]/u.test(stripped);
}

function sliceUnit(text: string, start: number, end: number, name: string, options: CollectionOptions): TemplateUnit {
  const body = text.slice(start, end);
  return {
    name,
    metadata: { ...options.metadata },
    kind: options.kind,
    body,
    bodyStart: 0,
    bodyEnd: body.length,
    map: identityMap(start),
    ...(options.syntax !== undefined ? { syntax: options.syntax } : {}),
  };
}

/** Parses the file with everything before `start` (front matter) blanked, same length. */
function parseFrom(text: string, start: number): Root {
  return parseMarkdown(start > 0 ? text.slice(0, start).replace(/[^\r\n]/g, ' ') + text.slice(start) : text);
}

/** Duplicate names get " (2)", " (3)": reports and summaries must tell templates apart. */
function uniqueNames(units: TemplateUnit[]): TemplateUnit[] {
  const seen = new Map<string, number>();
  for (const unit of units) {
    const count = (seen.get(unit.name) ?? 0) + 1;
    seen.set(unit.name, count);
    if (count > 1) unit.name = `${unit.name} (${count})`;
  }
  return units;
}

/** One template per heading section: from the end of a heading to the next heading (any depth). */
export function readSections(text: string, options: CollectionOptions): TemplateUnit[] {
  const root = parseFrom(text, options.start);
  const headings = root.children.filter((node): node is Heading => node.type === 'heading');
  const units: TemplateUnit[] = [];
  const firstStart = headings[0]?.position?.start.offset ?? text.length;
  if (hasProse(text.slice(options.start, firstStart))) units.push(sliceUnit(text, options.start, firstStart, options.fileName, options));
  headings.forEach((heading, i) => {
    const start = heading.position?.end.offset;
    if (start === undefined) return;
    const end = headings[i + 1]?.position?.start.offset ?? text.length;
    if (!hasProse(text.slice(start, end))) return;
    units.push(sliceUnit(text, start, end, headingText(heading) || `section ${i + 1}`, options));
  });
  return uniqueNames(units);
}

/**
 * The content of a fenced block, without the fence indentation CommonMark strips from each line
 * (a fence inside a list item), mapped back through a table.
 */
function fencedContent(text: string, code: Code): { body: string; map: PositionMap } | undefined {
  const start = code.position?.start.offset;
  const end = code.position?.end.offset;
  if (start === undefined || end === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const fenceIndent = start - lineStart;
  const openLineEnd = text.indexOf('\n', start);
  if (openLineEnd === -1 || openLineEnd >= end) return { body: '', map: identityMap(end) };
  const contentStart = openLineEnd + 1;
  // The closing fence is the last line of the node, when there is one.
  const lastLineStart = text.lastIndexOf('\n', end - 1) + 1;
  const closed = lastLineStart > contentStart - 1 && /^\s*(`{3,}|~{3,})\s*$/.test(text.slice(lastLineStart, end));
  const contentEnd = closed ? lastLineStart : end;
  let body = '';
  const offsets: number[] = [];
  let at = contentStart;
  while (at < contentEnd) {
    let skip = 0;
    while (skip < fenceIndent && text[at + skip] === ' ') skip++;
    const nl = text.indexOf('\n', at + skip);
    const lineEnd = nl === -1 || nl >= contentEnd ? contentEnd : nl + 1;
    for (let i = at + skip; i < lineEnd; i++) {
      body += text[i];
      offsets.push(i);
    }
    at = lineEnd;
  }
  offsets.push(contentEnd);
  if (fenceIndent === 0) return { body, map: identityMap(contentStart) };
  const pad = ' '.repeat(fenceIndent);
  return { body, map: tableMap(offsets, (inserted) => inserted.replace(/\n/g, `\n${pad}`)) };
}

function isFenced(text: string, code: Code): boolean {
  const start = code.position?.start.offset;
  return start !== undefined && /^(`{3,}|~{3,})/.test(text.slice(start, start + 3));
}

/** One template per fenced code block, named by the nearest heading before it, else its info string, else `block N`. */
export function readFenced(text: string, options: CollectionOptions): TemplateUnit[] {
  const root = parseFrom(text, options.start);
  const units: TemplateUnit[] = [];
  let heading: string | undefined;
  let count = 0;
  const visit = (node: RootContent | Root): void => {
    if (node.type === 'heading') {
      heading = headingText(node);
      return;
    }
    if (node.type === 'code') {
      if (!isFenced(text, node)) return;
      count++;
      const content = fencedContent(text, node);
      if (!content) return;
      const name = heading || node.lang || `block ${count}`;
      units.push({
        name,
        metadata: { ...options.metadata },
        kind: options.kind,
        body: content.body,
        bodyStart: 0,
        bodyEnd: content.body.length,
        map: content.map,
        ...(options.syntax !== undefined ? { syntax: options.syntax } : {}),
      });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  visit(root);
  return uniqueNames(units);
}
