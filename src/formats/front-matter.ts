// YAML front matter at the top of a Markdown template: its keys become template metadata, and
// its text is blanked out (same length, line breaks kept) so it is never linted as prose.
import { parseDocument } from 'yaml';
import type { TemplateMetadata } from '../types.js';

export interface FrontMatter {
  /** Offset just after the closing `---` line: where the body starts. */
  end: number;
  metadata: TemplateMetadata;
  /** A YAML error, with its offset in the file. */
  error?: { message: string; offset: number };
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /(?:^|\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;

const KNOWN_KEYS = ['title', 'id', 'locale', 'channel', 'audience'] as const;

function toMetadata(data: unknown): TemplateMetadata {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const metadata: TemplateMetadata = { ...record };
  for (const key of KNOWN_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) delete metadata[key];
    else metadata[key] = String(value);
  }
  const tags = record.tags;
  if (typeof tags === 'string') metadata.tags = tags.split(',').map((t) => t.trim()).filter(Boolean);
  else if (Array.isArray(tags)) metadata.tags = tags.map(String);
  else delete metadata.tags;
  return metadata;
}

export function readFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  CLOSE.lastIndex = open[0].length - 1;
  const close = CLOSE.exec(text);
  if (!close) return undefined;
  const yamlStart = open[0].length;
  const yamlEnd = close.index + (close[0].startsWith('\r\n') ? 2 : close[0].startsWith('\n') ? 1 : 0);
  const end = close.index + close[0].length;
  const document = parseDocument(text.slice(yamlStart, Math.max(yamlStart, yamlEnd)), { prettyErrors: false });
  const [first] = document.errors;
  if (first) {
    return { end, metadata: {}, error: { message: first.message.split('\n')[0]!, offset: yamlStart + (first.pos?.[0] ?? 0) } };
  }
  return { end, metadata: toMetadata(document.toJS()) };
}

/** Replaces every character before `end` with a space, keeping line breaks. */
export function blankOut(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
