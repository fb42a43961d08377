import type { BodyKind } from '../types.js';

/** Template files whose body is read as Markdown (template-language files usually hold Markdown or plain prose). */
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.liquid', '.hbs', '.handlebars', '.mustache', '.j2', '.jinja', '.jinja2']);

/** HTML files (email templates, help-desk HTML bodies): one template each, read as HTML. */
const HTML_EXTENSIONS = new Set(['.html', '.htm']);

export function bodyKindFor(filePath: string): BodyKind {
  const dot = filePath.lastIndexOf('.');
  const extension = dot === -1 ? '' : filePath.slice(dot).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  return MARKDOWN_EXTENSIONS.has(extension) ? 'markdown' : 'text';
}

/** The default file name of a template: its base name without the extension. */
export function templateNameFromPath(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}
