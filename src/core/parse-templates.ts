// File text -> templates ready for rules: metadata, placeholders, prose view, directives.
// Each body is parsed exactly once; everything rules read comes from this.
import type { Nodes } from 'mdast';
import type { Placeholder, ProseView, TemplateUnit } from '../types.js';
import { blankOut } from '../formats/front-matter.js';
import { readUnits } from '../formats/read-units.js';
import { parseMarkdown } from '../formats/markdown.js';
import { checkMarkdownNesting } from '../formats/nesting.js';
import { tryFastMarkdown } from '../formats/markdown-fast.js';
import { parseHtml } from '../formats/html.js';
import { findPlaceholders, maskPlaceholders } from '../templating/placeholders.js';
import { proseFromMarkdown, proseFromText } from '../text/prose-view.js';
import { htmlCommentRanges, proseFromHtml } from '../text/prose-html.js';
import { htmlCommentDirectives, parseDirective, type Directive } from './directives.js';

export interface ParsedTemplate {
  unit: TemplateUnit;
  prose: ProseView;
  /** Inline directives, at offsets in the unit's body. */
  directives: Directive[];
}

/** HTML comments in a Markdown tree (code blocks excluded: a documented example is not a directive). */
function markdownDirectives(root: Nodes, text: string): Directive[] {
  const found: Directive[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) found.push(...htmlCommentDirectives(text, start, end));
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(root);
  return found;
}

/** The text a unit's parser reads: front matter blanked, placeholders masked (same length). */
export function maskedBody(unit: TemplateUnit): { masked: string; placeholders: Placeholder[] } {
  const { body, bodyStart, bodyEnd } = unit;
  // Front matter is not prose: blanked (same length, line breaks kept) before parsing.
  const source = bodyStart > 0 ? blankOut(body, bodyStart) : body;
  const placeholders = findPlaceholders(body, bodyStart, bodyEnd, unit.syntax);
  return { masked: maskPlaceholders(source, placeholders), placeholders };
}

/**
 * One template, ready for rules: placeholders found and masked (same length), the body parsed
 * once (Markdown or paragraphs), the prose view built, directives collected. All in body offsets.
 */
export function parseTemplate(unit: TemplateUnit): ParsedTemplate {
  const { body, bodyStart, bodyEnd } = unit;
  const { masked, placeholders } = maskedBody(unit);
  const directives = placeholders
    .filter((p) => p.kind === 'comment')
    .map((p) => parseDirective(p.args, p.start, p.end))
    .filter((d): d is Directive => d !== undefined);
  let prose: ProseView;
  if (unit.kind === 'html') {
    const root = parseHtml(masked);
    prose = proseFromHtml(root, masked, body, placeholders);
    for (const [start, end] of htmlCommentRanges(root)) directives.push(...htmlCommentDirectives(masked, start, end));
  } else if (unit.kind === 'markdown') {
    checkMarkdownNesting(masked); // Before either reader: both recurse per level (formats/nesting.ts).
    // Most reply bodies are in the subset the fast reader builds remark-parse's exact tree for.
    const root = tryFastMarkdown(masked) ?? parseMarkdown(masked);
    prose = proseFromMarkdown(root, masked, body, placeholders);
    directives.push(...markdownDirectives(root, masked));
  } else {
    prose = proseFromText(masked, body, bodyStart, bodyEnd, placeholders);
    directives.push(...htmlCommentDirectives(masked, bodyStart, bodyEnd));
  }
  return { unit, prose, directives };
}

export interface ParsedFile {
  templates: ParsedTemplate[];
  /** A problem that stops the whole file, at a file offset. */
  fatal?: { message: string; offset: number };
}

/** Every template of a file, parsed. */
export function parseTemplates(text: string, filePath: string): ParsedFile {
  const read = readUnits(text, filePath);
  if (read.fatal) return { templates: [], fatal: read.fatal };
  return { templates: read.units.map(parseTemplate) };
}
