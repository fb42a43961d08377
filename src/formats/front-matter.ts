// YAML front matter at the top of a Markdown template: its keys become template metadata, and
// its text is blanked out (same length, line breaks kept) so it is never linted as prose.
import { parseDocument } from './yaml-lib.js';
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

// `key: plain words`, `key: "no escapes"`, `key: 'no quotes'` or `key: [word, word]`, one per line.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ ]+(?:([A-Za-z][^#:\t"{}[\]\\]*?)|"([^"\\]*)"|'([^']*)'|\[((?:[ ]*[A-Za-z][A-Za-z0-9_-]*[ ]*,)*[ ]*[A-Za-z][A-Za-z0-9_-]*[ ]*)\])[ ]*$/;
// Plain scalars the YAML core schema reads as something other than a string.
const NOT_STRINGS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;

/**
 * The front matter most templates have (`title: Refund approved`, one `key: words` per line, the
 * words plain, quoted without escapes, or a one-line list of single words) read without the YAML parser, which costs more than
 * linting the rest of a short template. Anything else (block lists, escapes, comments, colons in plain
 * words, non-ASCII, duplicate keys) returns undefined and goes to the real parser; a test checks
 * both agree on every input the fast path accepts.
 */
export function readSimpleMapping(source: string): Record<string, string | string[]> | undefined {
  const mapping: Record<string, string | string[]> = {};
  for (const line of source.split('\n')) {
    const trimmedLine = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (trimmedLine === '') continue;
    const match = SIMPLE_LINE.exec(trimmedLine);
    if (!match || !/^[\x20-\x7e]*$/.test(trimmedLine)) return undefined;
    const [, key, plain, doubleQuoted, singleQuoted, list] = match as unknown as [string, string, string?, string?, string?, string?];
    const items = list?.split(',').map((item) => item.trim());
    const plainWords = items ?? (plain !== undefined ? [plain] : []);
    if (plainWords.some((word) => NOT_STRINGS.test(word)) || NOT_STRINGS.test(key) || Object.hasOwn(mapping, key) || key === '__proto__') return undefined;
    mapping[key] = items ?? plain ?? doubleQuoted ?? singleQuoted!;
  }
  return mapping;
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
  // A lone CR ends a line for the Markdown parser but not for `yaml`: made an LF (same length, so
  // error offsets stay exact) so that old Mac line endings don't turn into a false YAML error.
  const source = text.slice(yamlStart, Math.max(yamlStart, yamlEnd)).replace(/\r(?!\n)/g, '\n');
  const simple = readSimpleMapping(source);
  if (simple) return { end, metadata: toMetadata(simple) };
  const document = parseDocument(source, { prettyErrors: false });
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
