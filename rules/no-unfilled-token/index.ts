// Template hygiene: fill-in markers left in a template ("XXX", "[NAME]", "<ISSUE_NUMBER>",
// "TODO", "____") reach every customer as typed. Reads the prose tokens for marker words and the
// body's prose for bracketed fill-ins and blanks; code, links and template comments are skipped.
import type { Placeholder } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { proseRegions } from '../../src/templating/regions.js';

export interface NoUnfilledTokenOptions {
  /** More marker words, matched exactly (case-sensitive). */
  markers: string[];
  /** Texts not to report, exactly as written (`TBD`, `[DATE]`). */
  allow: string[];
}

const MARKER_WORDS = new Set(['TODO', 'TBD', 'TBA', 'FIXME', 'TKTK']);
const XS = /^X{3,}(?:[-‐]X{2,})*$/;
/** `{{INSERT}}`, `{{TODO}}`, `{{INSERT_NAME_HERE}}`: a fill-in written as a placeholder. */
const MARKER_PLACEHOLDER = /^(?:INSERT|FILL|TODO|TBD|FIXME|PLACEHOLDER|X{3,})(?:[_\s-][A-Z0-9_\s-]*)?$/;

/** What a fill-in between brackets starts with: an instruction to the writer. */
const FILL_START = /^(?:insert|add|enter|fill(?:\s+in)?|put|type|paste|your|customer(?:'s)?|client(?:'s)?|agent(?:'s)?|recipient(?:'s)?)\b/i;
/** What it ends with: the kind of value that goes there. */
const FILL_END = /\b(?:name|number|date|time|link|url|id|email|address|amount|price|product|company|here|details|reason)$/i;
const FILL_WORDS_UPPER = new Set(['NAME', 'DATE', 'TIME', 'LINK', 'URL', 'EMAIL', 'NUMBER', 'AMOUNT', 'PRODUCT', 'COMPANY', 'ID', 'PRICE']);
const UPPER = /^[A-Z][A-Z0-9]*(?:[ _-][A-Z0-9]+)*$/;
/** Left to no-internal-note. */
const INTERNAL = /^(?:internal|agent only|staff only|do not send)/i;
/** Single lower-case words that are HTML tags, not fill-ins. */
const HTML_TAGS = new Set(['a', 'b', 'i', 'u', 'p', 'br', 'hr', 'div', 'span', 'link', 'img', 'em', 'strong', 'code', 'pre', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'small', 'sub', 'sup', 'kbd', 'time', 'data', 'address', 'abbr', 'mark', 's', 'q', 'cite', 'title', 'label', 'input', 'button', 'form', 'font', 'center', 'details', 'summary', 'section', 'header', 'footer']);

function isFillIn(content: string, angle: boolean): boolean {
  const c = content.trim();
  if (!c || c.length > 60 || INTERNAL.test(c)) return false;
  if (angle && (/^[/!?]/.test(c) || /[@:/=".]/.test(c) || HTML_TAGS.has(c.toLowerCase()))) return false;
  if (angle && /^[a-z][\w-]*\s+[a-z-]+=/.test(c)) return false;
  if (UPPER.test(c)) return /[ _]/.test(c) || FILL_WORDS_UPPER.has(c);
  if (c.split(/\s+/).length > 6) return false;
  return FILL_START.test(c) || (FILL_END.test(c) && c.split(/\s+/).length <= 4);
}

interface Found {
  start: number;
  end: number;
}

export default defineRule<NoUnfilledTokenOptions>({
  meta: {
    id: 'no-unfilled-token',
    type: 'template',
    docs: {
      description: 'Disallow fill-in markers left in a template: "XXX", "TODO", "TBD", "[NAME]", "[Customer Name]", "<ISSUE_NUMBER>", "[insert …]", "____".',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-unfilled-token/README.md',
    },
    messages: {
      unfilled:
        '"{{text}}" looks like a fill-in left in the template: every customer receives it exactly as typed. Replace it with the real text, or with a placeholder the platform fills in.',
    },
    schema: {
      type: 'object',
      properties: {
        markers: { type: 'array', items: { type: 'string' }, description: 'More marker words, matched exactly.' },
        allow: { type: 'array', items: { type: 'string' }, description: 'Texts not to report, exactly as written.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { markers: [], allow: [] },
  },
  create(context) {
    const { text, template, prose } = context;
    const extra = new Set(context.options.markers ?? []);
    const allow = new Set(context.options.allow ?? []);
    const regions = proseRegions(prose);
    const placeholders = prose.placeholders;
    const inPlaceholder = (start: number, end: number): boolean => placeholders.some((p: Placeholder) => start < p.end && end > p.start);
    const found: Found[] = [];

    for (const sentence of prose.sentences) {
      const tokens = sentence.tokens;
      tokens.forEach((token, i) => {
        if (token.kind !== 'word') return;
        const word = token.text;
        if (word === 'INSERT') {
          const here = tokens.slice(i + 1, i + 7).find((t) => t.text === 'HERE');
          found.push({ start: token.start, end: here ? here.end : token.end });
        } else if (XS.test(word) || MARKER_WORDS.has(word) || extra.has(word)) {
          found.push({ start: token.start, end: token.end });
        }
      });
    }
    for (const p of placeholders) {
      if (p.kind === 'output' && MARKER_PLACEHOLDER.test(p.name)) found.push({ start: p.start, end: p.end });
    }
    const body = text.slice(0, template.bodyEnd);
    const scan = (pattern: RegExp, accept: (m: RegExpExecArray) => boolean): void => {
      pattern.lastIndex = template.bodyStart;
      for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
        const start = m.index;
        const end = start + m[0].length;
        if (accept(m) && regions.contains(start, end) && !inPlaceholder(start, end)) found.push({ start, end });
      }
    };
    // `[NAME]`, `[insert link]` — not link text (`[text](url)`, `[text][ref]`) or a checkbox.
    scan(/(?<!\\)\[([^[\]\n]{1,60})\](?![([:])/g, (m) => isFillIn(m[1]!, false));
    scan(/<([^<>\n]{1,60})>/g, (m) => isFillIn(m[1]!, true));
    scan(/(?<![\w\\])_{3,}(?!\w)/g, () => true);

    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let last = -1;
    for (const f of found) {
      if (f.start < last) continue;
      last = f.end;
      const slice = text.slice(f.start, f.end);
      if (allow.has(slice)) continue;
      context.report({ messageId: 'unfilled', data: { text: slice }, start: f.start, end: f.end });
    }
  },
});
