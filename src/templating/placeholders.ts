// Finds template placeholders, tags and comments in a body: Liquid / Handlebars `{{ … }}`,
// `{% … %}`, `{{! … }}`, `{{!-- … --}}`, Jinja `{# … #}`, Help Scout `{%name,fallback=x%}`,
// osTicket `%{ticket.number}`, bot `@{issue-author}`, `${var}` and Salesforce `{!Contact.FirstName}`.
// One left-to-right scan, no backtracking: the delimiters decide everything.
import type { Placeholder, PlaceholderFilter, TemplateSyntax } from '../types.js';
import { parseOutputExpression, splitOutsideQuotes, unquote } from './expression.js';

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
  /** Whether `{%name%}` without a Liquid tag name is a Help Scout variable (auto) or a Liquid tag. */
  helpscout: boolean;
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
  const helpscout = scan.helpscout ? HELPSCOUT_VARIABLE.exec(inner) : null;
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

/** Tag names of Liquid (Shopify, Zendesk) and Jinja; `#` is Liquid's inline comment tag. */
export const LIQUID_TAGS: ReadonlySet<string> = new Set([
  'if', 'elsif', 'else', 'endif', 'unless', 'endunless', 'case', 'when', 'endcase', 'for', 'endfor',
  'break', 'continue', 'cycle', 'tablerow', 'endtablerow', 'assign', 'capture', 'endcapture',
  'increment', 'decrement', 'comment', 'endcomment', 'raw', 'endraw', 'render', 'include', 'liquid',
  'echo', 'set', 'endset', 'block', 'endblock', 'extends', 'macro', 'endmacro', 'with', 'endwith',
  'elif', 'filter', 'endfilter', 'import', 'from', 'call', 'endcall', '#',
]);

/** A Help Scout variable alone: `{%customer.firstName%}`, `{%customer.firstName,fallback=there%}`. */
function scanHelpScout(scan: Scan, start: number): Placeholder | undefined {
  const { end, closed } = findClose(scan, start + 2, '%}');
  const raw = scan.text.slice(start, end);
  const match = HELPSCOUT_VARIABLE.exec(raw.slice(2, closed ? -2 : undefined));
  if (!match) return undefined;
  const [, name = '', fallback] = match;
  return placeholder({
    kind: 'output', syntax: 'helpscout', start, end, raw, closed, name,
    ...(fallback !== undefined ? { fallback } : {}),
  });
}

/** What may follow `%{`, `@{`: a variable path, then `}` (no spaces: "50%{ off }" is prose). */
const PREFIXED_BODY = /^()([A-Za-z_$][\w$.\-[\]]*)\}/;
/** What may follow `${`: a variable path, spaces allowed as in JavaScript template literals. */
const DOLLAR_BODY = /^([ \t]*)([A-Za-z_$][\w$.\-[\]]*)[ \t]*\}/;
/** An unterminated prefixed placeholder: the path runs to the end of the line. */
const PREFIXED_OPEN = /^([A-Za-z_$][\w$.\-[\]]*)[ \t]*(?=\r|\n|$)/;

const PREFIXES: Record<string, 'osticket' | 'github' | 'dollar'> = { '%': 'osticket', '@': 'github', $: 'dollar' };

/**
 * `%{ticket.number}`, `@{issue-author}`, `${duplicateQuery}`: the prefix sits at `start`, the
 * brace right after it. Only a variable path closed on the same line is a placeholder, so
 * "50%{" or a lone "${" in prose stay text. With the dialect chosen explicitly (`strict`), a
 * path that runs to the end of the line is an unclosed placeholder.
 */
function scanPrefixed(scan: Scan, start: number, strict: boolean): Placeholder | undefined {
  const syntax = PREFIXES[scan.text[start]!]!;
  const lineEnd = lineEndFrom(scan, start);
  const rest = scan.text.slice(start + 2, lineEnd);
  const closedMatch = (syntax === 'dollar' ? DOLLAR_BODY : PREFIXED_BODY).exec(rest);
  if (closedMatch) {
    const end = start + 2 + closedMatch[0].length;
    return placeholder({ kind: 'output', syntax, start, end, raw: scan.text.slice(start, end), closed: true, name: closedMatch[2]! });
  }
  const open = strict ? PREFIXED_OPEN.exec(rest) : null;
  if (!open) return undefined;
  return placeholder({ kind: 'output', syntax, start, end: lineEnd, raw: scan.text.slice(start, lineEnd), closed: false, name: open[1]! });
}

function lineEndFrom(scan: Scan, at: number): number {
  let end = at;
  while (end < scan.to && scan.text[end] !== '\n' && scan.text[end] !== '\r') end++;
  return end;
}

const SALESFORCE_FIELD = /^\s*([A-Za-z_$][\w$.]*)\s*(?:,([^}]*))?$/;
const SALESFORCE_FORMULA = /^\s*([A-Za-z_][\w]*)\s*\(([\s\S]*)\)\s*$/;
const BLANK_FUNCTIONS = new Set(['blankvalue', 'nullvalue']);

/**
 * Salesforce Classic merge fields: `{!Contact.FirstName}`, `{!Contact.FirstName, Valued Customer}`
 * (substitute text) and formulas such as `{!BLANKVALUE(Contact.FirstName, "Valued Customer")}`.
 */
function scanSalesforce(scan: Scan, start: number, strict: boolean): Placeholder | undefined {
  const lineEnd = lineEndFrom(scan, start);
  const close = scan.text.indexOf('}', start + 2);
  const closed = close !== -1 && close < lineEnd;
  if (!closed && !strict) return undefined;
  const end = closed ? close + 1 : lineEnd;
  const raw = scan.text.slice(start, end);
  const inner = raw.slice(2, closed ? -1 : undefined);
  const field = SALESFORCE_FIELD.exec(inner);
  if (field) {
    const [, name = '', fallback] = field;
    return placeholder({
      kind: 'output', syntax: 'salesforce', start, end, raw, closed, name,
      ...(fallback !== undefined ? { fallback: fallback.trim() } : {}),
    });
  }
  const formula = SALESFORCE_FORMULA.exec(inner);
  if (!formula) return undefined;
  const [, fn = '', argText = ''] = formula;
  const args = splitOutsideQuotes(argText, ',').map((arg) => arg.trim());
  const path = args.find((a) => /^[A-Za-z_$][\w$.]*$/.test(a)) ?? '';
  const fallback = BLANK_FUNCTIONS.has(fn.toLowerCase()) && args.length > 1 ? unquote(args[1]!) : undefined;
  return placeholder({
    kind: 'output', syntax: 'salesforce', start, end, raw, closed, name: path,
    filters: [{ name: fn, args: args.map(unquote) }],
    ...(fallback !== undefined ? { fallback } : {}),
  });
}

/** The delimiter forms one dialect reads. */
interface Forms {
  mustache: boolean;
  /** `{{{ … }}}` only (Salesforce Lightning), when `mustache` is off. */
  triple: boolean;
  liquidTag: boolean;
  helpscoutInTags: boolean;
  helpscoutOnly: boolean;
  jinjaComment: boolean;
  prefixed: ReadonlySet<string>;
  salesforce: boolean;
  /** The dialect was chosen explicitly: unterminated prefixed and `{!` forms are placeholders. */
  strict: boolean;
}

const NONE: Forms = {
  mustache: false, triple: false, liquidTag: false, helpscoutInTags: false, helpscoutOnly: false,
  jinjaComment: false, prefixed: new Set(), salesforce: false, strict: true,
};

const DIALECTS: Record<TemplateSyntax, Forms> = {
  auto: {
    ...NONE, mustache: true, liquidTag: true, helpscoutInTags: true, jinjaComment: true,
    prefixed: new Set(['%', '@', '$']), salesforce: true, strict: false,
  },
  liquid: { ...NONE, mustache: true, liquidTag: true },
  handlebars: { ...NONE, mustache: true },
  jinja: { ...NONE, mustache: true, liquidTag: true, jinjaComment: true },
  helpscout: { ...NONE, helpscoutOnly: true },
  osticket: { ...NONE, prefixed: new Set(['%']) },
  github: { ...NONE, prefixed: new Set(['@']) },
  dollar: { ...NONE, prefixed: new Set(['$']) },
  // Classic `{!…}` merge fields, and Lightning's `{{{Recipient.FirstName}}}`.
  salesforce: { ...NONE, salesforce: true, triple: true },
};

/**
 * Finds every placeholder in `text[from, to)`. Offsets are in `text`. Placeholders never overlap
 * and come back in source order. With `syntax` `auto` every known form is read; with a dialect,
 * only that dialect's forms (`helpscout`: `{%name,fallback=x%}` only; `liquid`: `{{ }}`, `{% %}`
 * and comments; `osticket`: `%{…}`; `github`: `@{…}`; `dollar`: `${…}`; `salesforce`: `{!…}` and
 * `{{{…}}}`).
 */
export function findPlaceholders(text: string, from = 0, to = text.length, syntax: TemplateSyntax = 'auto'): Placeholder[] {
  const forms = DIALECTS[syntax] ?? DIALECTS.auto;
  const scan: Scan = { text, from, to, helpscout: forms.helpscoutInTags };
  const found: Placeholder[] = [];
  let lastEnd = from;
  let i = text.indexOf('{', from);
  while (i !== -1 && i < to - 1) {
    const next = text[i + 1];
    const before = i - 1 >= lastEnd ? text[i - 1] : undefined;
    let item: Placeholder | undefined;
    if (before !== undefined && forms.prefixed.has(before) && next !== '{') item = scanPrefixed(scan, i - 1, forms.strict);
    if (item) {
      // A prefixed form starts one character before the brace.
    } else if (next === '{' && (forms.mustache || (forms.triple && text.startsWith('{{{', i)))) item = scanMustache(scan, i);
    else if (next === '%' && forms.liquidTag) item = scanLiquidTag(scan, i);
    else if (next === '%' && forms.helpscoutOnly) item = scanHelpScout(scan, i);
    else if (next === '#' && forms.jinjaComment) item = scanJinjaComment(scan, i);
    else if (next === '!' && forms.salesforce) item = scanSalesforce(scan, i, forms.strict);
    if (item) {
      found.push(item);
      lastEnd = item.end;
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
