// Finds template placeholders, tags and comments in a body: Liquid / Handlebars `{{ … }}`,
// `{% … %}`, `{{! … }}`, `{{!-- … --}}`, Jinja `{# … #}`, and Help Scout `{%name,fallback=x%}`.
// One left-to-right scan, no backtracking: the delimiters decide everything.
import type { Placeholder, PlaceholderFilter } from '../types.js';
import { parseOutputExpression } from './expression.js';

/** Liquid tags that start `{% … %}`; anything else shaped like a variable is a Help Scout placeholder. */
const HELPSCOUT_VARIABLE = /^\s*([A-Za-z_][\w.]*)\s*(?:,\s*fallback\s*=([^%]*))?\s*$/;

/** Handlebars block sigils, normalised to the Liquid tag names rules already know. */
function handlebarsTagName(inner: string): { name: string; args: string } | undefined {
  const match = /^\s*([#/^]|else\b)\s*([\w.-]*)\s*([\s\S]*?)\s*$/.exec(inner);
  if (!match) return undefined;
  const [, sigil = '', word = '', rest = ''] = match;
  if (sigil === 'else') return { name: 'else', args: [word, rest].filter(Boolean).join(' ') };
  if (sigil === '#') return { name: word, args: rest };
  if (sigil === '/') return { name: `end${word}`, args: '' };
  return { name: 'unless', args: [word, rest].filter(Boolean).join(' ') };
}

interface Scan {
  text: string;
  from: number;
  to: number;
}

/** Where `close` next occurs, or the end of the line / region when the placeholder is unterminated. */
function findClose(scan: Scan, open: number, close: string): { end: number; closed: boolean } {
  const at = scan.text.indexOf(close, open);
  if (at !== -1 && at < scan.to) {
    return { end: at + close.length, closed: true };
  }
  let lineEnd = open;
  while (lineEnd < scan.to && scan.text[lineEnd] !== '\n' && scan.text[lineEnd] !== '\r') lineEnd++;
  return { end: lineEnd, closed: false };
}

function placeholder(
  fields: Omit<Placeholder, 'filters' | 'args' | 'name'> & Partial<Pick<Placeholder, 'filters' | 'args' | 'name'>>,
): Placeholder {
  return { name: '', args: '', filters: [], ...fields };
}

/** Strips Liquid / Jinja whitespace-control dashes from a tag's inside. */
function trimControl(inner: string): string {
  return inner.replace(/^-/, '').replace(/-$/, '');
}

function scanLiquidTag(scan: Scan, start: number): Placeholder {
  const { end, closed } = findClose(scan, start + 2, '%}');
  const raw = scan.text.slice(start, end);
  const inner = trimControl(raw.slice(2, closed ? -2 : undefined)).trim();
  const helpscout = HELPSCOUT_VARIABLE.exec(inner);
  const [tagName = '', ...rest] = inner.split(/\s+/);
  if (helpscout && !LIQUID_TAGS.has(tagName)) {
    const [, name = '', fallback] = helpscout;
    return placeholder({
      kind: 'output', syntax: 'helpscout', start, end, raw, closed, name,
      ...(fallback !== undefined ? { fallback } : {}),
    });
  }
  if (tagName === 'comment' && closed) {
    // A Liquid block comment runs to its `{% endcomment %}`; its text is the comment.
    const endTag = /\{%-?\s*endcomment\s*-?%\}/g;
    endTag.lastIndex = end;
    const found = endTag.exec(scan.text);
    const blockEnd = found && found.index < scan.to ? found.index + found[0].length : end;
    const bodyEnd = found && found.index < scan.to ? found.index : end;
    return placeholder({
      kind: 'comment', syntax: 'liquid', start, end: blockEnd, raw: scan.text.slice(start, blockEnd),
      closed: blockEnd !== end || Boolean(found), name: 'comment', args: scan.text.slice(end, bodyEnd),
    });
  }
  return placeholder({ kind: 'tag', syntax: 'liquid', start, end, raw, closed, name: tagName, args: rest.join(' ') });
}

function scanMustache(scan: Scan, start: number): Placeholder {
  const text = scan.text;
  if (text.startsWith('{{!--', start)) {
    const { end, closed } = findClose(scan, start + 5, '--}}');
    return placeholder({
      kind: 'comment', syntax: 'handlebars', start, end, raw: text.slice(start, end), closed,
      name: 'comment', args: text.slice(start + 5, closed ? end - 4 : end),
    });
  }
  if (text.startsWith('{{!', start)) {
    const { end, closed } = findClose(scan, start + 3, '}}');
    return placeholder({
      kind: 'comment', syntax: 'handlebars', start, end, raw: text.slice(start, end), closed,
      name: 'comment', args: text.slice(start + 3, closed ? end - 2 : end),
    });
  }
  const triple = text.startsWith('{{{', start);
  const close = triple ? '}}}' : '}}';
  const { end, closed } = findClose(scan, start + close.length, close);
  const raw = text.slice(start, end);
  const inner = trimControl(raw.slice(close.length, closed ? -close.length : undefined).replace(/^~|~$/g, ''));
  const tag = triple ? undefined : handlebarsTagName(inner);
  if (tag) {
    return placeholder({ kind: 'tag', syntax: 'handlebars', start, end, raw, closed, ...tag });
  }
  const expression = parseOutputExpression(inner);
  return placeholder({
    kind: 'output', syntax: expression.filters.length || expression.fallback !== undefined ? 'liquid' : 'handlebars',
    start, end, raw, closed, name: expression.name, filters: expression.filters as PlaceholderFilter[],
    ...(expression.fallback !== undefined ? { fallback: expression.fallback } : {}),
  });
}

function scanJinjaComment(scan: Scan, start: number): Placeholder | undefined {
  const { end, closed } = findClose(scan, start + 2, '#}');
  // `{#id}` is also Markdown attribute syntax; only a closed `{# … #}` is a Jinja comment.
  if (!closed) return undefined;
  return placeholder({
    kind: 'comment', syntax: 'jinja', start, end, raw: scan.text.slice(start, end), closed,
    name: 'comment', args: scan.text.slice(start + 2, closed ? end - 2 : end),
  });
}

const LIQUID_TAGS = new Set([
  'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'for', 'endfor',
  'break', 'continue', 'cycle', 'tablerow', 'endtablerow', 'assign', 'capture', 'endcapture',
  'increment', 'decrement', 'comment', 'endcomment', 'raw', 'endraw', 'render', 'include', 'liquid',
  'echo', 'set', 'endset', 'block', 'endblock', 'extends', 'macro', 'endmacro', 'with', 'endwith',
  'elif', 'filter', 'endfilter', 'import', 'from', 'call', 'endcall',
]);

/**
 * Finds every placeholder in `text[from, to)`. Offsets are in `text`. Placeholders never overlap
 * and come back in source order.
 */
export function findPlaceholders(text: string, from = 0, to = text.length): Placeholder[] {
  const scan: Scan = { text, from, to };
  const found: Placeholder[] = [];
  let i = text.indexOf('{', from);
  while (i !== -1 && i < to - 1) {
    const next = text[i + 1];
    let item: Placeholder | undefined;
    if (next === '{') item = scanMustache(scan, i);
    else if (next === '%') item = scanLiquidTag(scan, i);
    else if (next === '#') item = scanJinjaComment(scan, i);
    if (item) {
      found.push(item);
      i = text.indexOf('{', Math.max(item.end, i + 1));
    } else {
      i = text.indexOf('{', i + 1);
    }
  }
  return found;
}

/** Private-use characters: letters to the Markdown parser, never punctuation or white space. */
export const MASK_EVEN = '\uE000';
export const MASK_ODD = '\uE001';

/**
 * Replaces each placeholder with same-length neutral text, so that the Markdown parser cannot read
 * `_` or `*` inside `{{ticket.requester.first_name}}` as emphasis, and every offset stays the same.
 * Line breaks inside a placeholder are kept so that line numbers keep matching the file. Adjacent
 * placeholders alternate between two mask characters so the tokeniser can tell them apart.
 */
export function maskPlaceholders(text: string, placeholders: readonly Placeholder[]): string {
  if (placeholders.length === 0) return text;
  let out = '';
  let last = 0;
  placeholders.forEach((p, index) => {
    out += text.slice(last, p.start);
    const mask = index % 2 === 0 ? MASK_EVEN : MASK_ODD;
    out += text.slice(p.start, p.end).replace(/[^\r\n]/g, mask);
    last = p.end;
  });
  return out + text.slice(last);
}

export function isMaskChar(char: string | undefined): boolean {
  return char === MASK_EVEN || char === MASK_ODD;
}
