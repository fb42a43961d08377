// File text -> templates ready for rules: metadata, placeholders, prose view, directives.
// Each body is parsed exactly once; everything rules read comes from this.
import type { Nodes } from 'mdast';
import type { ProseView, TemplateUnit } from '../types.js';
import { bodyKindFor, templateNameFromPath } from '../formats/body-kind.js';
import { blankOut, readFrontMatter } from '../formats/front-matter.js';
import { parseMarkdown } from '../formats/markdown.js';
import { findPlaceholders, maskPlaceholders } from '../templating/placeholders.js';
import { proseFromMarkdown, proseFromText } from '../text/prose-view.js';
import { htmlCommentDirectives, parseDirective, type Directive } from './directives.js';

export interface ParsedTemplate {
  unit: TemplateUnit;
  prose: ProseView;
}

export interface ParsedFile {
  templates: ParsedTemplate[];
  directives: Directive[];
  /** A problem that stopped the file from being read, with its offset. */
  fatal?: { message: string; offset: number };
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

export function parseTemplates(text: string, filePath: string): ParsedFile {
  const kind = bodyKindFor(filePath);
  let bodyStart = 0;
  let metadata = {};
  let source = text;
  if (kind === 'markdown') {
    const frontMatter = readFrontMatter(text);
    if (frontMatter?.error) {
      return { templates: [], directives: [], fatal: { message: `Invalid YAML front matter: ${frontMatter.error.message}`, offset: frontMatter.error.offset } };
    }
    if (frontMatter) {
      bodyStart = frontMatter.end;
      metadata = frontMatter.metadata;
      source = blankOut(text, frontMatter.end);
    }
  }
  const placeholders = findPlaceholders(text, bodyStart, text.length);
  const masked = maskPlaceholders(source, placeholders);
  const directives = placeholders
    .filter((p) => p.kind === 'comment')
    .map((p) => parseDirective(p.args, p.start, p.end))
    .filter((d): d is Directive => d !== undefined);
  let prose: ProseView;
  if (kind === 'markdown') {
    const root = parseMarkdown(masked);
    prose = proseFromMarkdown(root, masked, text, placeholders);
    directives.push(...markdownDirectives(root, masked));
  } else {
    prose = proseFromText(masked, text, bodyStart, text.length, placeholders);
    directives.push(...htmlCommentDirectives(masked, bodyStart, text.length));
  }
  const meta = metadata as TemplateUnit['metadata'];
  const unit: TemplateUnit = {
    name: meta.title ?? meta.id ?? templateNameFromPath(filePath),
    metadata: meta,
    kind,
    bodyStart,
    bodyEnd: text.length,
  };
  return { templates: [{ unit, prose }], directives };
}
