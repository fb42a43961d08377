// Template hygiene: a template with nothing to say (only white space, tags, comments or a name
// placeholder), or only a greeting and a sign-off, sends customers an empty reply.
import type { Placeholder } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { isNameLikePath } from '../../src/templating/names.js';

export interface NoEmptyTemplateOptions {
  /** Accept a template that is only a greeting and a sign-off (a skeleton agents fill in). */
  allowGreetingOnly: boolean;
}

/** Tags that print something of their own. */
const PRINTING_TAGS = new Set(['include', 'render', 'echo', 'cycle', 'call', 'block']);
const WORD = /[\p{L}\p{N}]/u;

/** Whether a placeholder stands for content: a value other than the customer's name, or an include. */
function printsContent(p: Placeholder): boolean {
  if (p.kind === 'comment') return false;
  if (p.kind === 'tag') return PRINTING_TAGS.has(p.name);
  return Boolean(p.name) && !isNameLikePath(p.name, p.syntax);
}

/** The body with non-content blanked: placeholders (content ones become a letter), HTML comments and tags. */
function visibleText(text: string, from: number, to: number, placeholders: readonly Placeholder[], blank: ReadonlyArray<[number, number]>): string {
  const visible = blankBySlices(text, from, to, placeholders, blank) ?? blankByCharacters(text, from, to, placeholders, blank);
  return visible.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
}

/**
 * blankByCharacters for the usual case, built from slices instead of an array of every character:
 * placeholders in order and not overlapping each other. Undefined otherwise.
 */
export function blankBySlices(text: string, from: number, to: number, placeholders: readonly Placeholder[], blank: ReadonlyArray<[number, number]>): string | undefined {
  const spans: Array<{ start: number; end: number; letterAt: number }> = [];
  let previousEnd = -1;
  for (const p of placeholders) {
    if (p.start < previousEnd) return undefined;
    previousEnd = p.end;
    const framed = blank.some(([start, end]) => p.start >= start && p.start < end);
    spans.push({ start: p.start, end: p.end, letterAt: !framed && printsContent(p) ? p.start : -1 });
  }
  for (const [start, end] of blank) spans.push({ start, end, letterAt: -1 });
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = from;
  const letters: number[] = [];
  for (const span of spans) {
    const start = Math.max(from, span.start);
    const end = Math.min(to, span.end);
    if (span.letterAt >= from && span.letterAt < to) letters.push(span.letterAt);
    if (end <= start) continue;
    if (start > at) out += text.slice(at, start);
    if (end > at) {
      out += ' '.repeat(end - Math.max(at, start));
      at = end;
    }
  }
  if (at < to) out += text.slice(at, to);
  if (letters.length === 0) return out;
  const chars = out.split('');
  for (const letter of letters) chars[letter - from] = 'x';
  return chars.join('');
}

/** Every character of [from, to), blanked where blank ranges and placeholders are (later ones win). */
export function blankByCharacters(text: string, from: number, to: number, placeholders: readonly Placeholder[], blank: ReadonlyArray<[number, number]>): string {
  const chars = text.slice(0, to).split('');
  const fill = (start: number, end: number, ch: string): void => {
    for (let i = Math.max(from, start); i < Math.min(to, end); i++) chars[i] = ch;
  };
  for (const [start, end] of blank) fill(start, end, ' ');
  for (const p of placeholders) {
    fill(p.start, p.end, ' ');
    const framed = blank.some(([start, end]) => p.start >= start && p.start < end);
    if (!framed && printsContent(p) && p.start >= from && p.start < to) chars[p.start] = 'x';
  }
  return chars.slice(from).join('');
}

export default defineRule<NoEmptyTemplateOptions>({
  meta: {
    id: 'no-empty-template',
    type: 'template',
    docs: {
      description: 'Disallow templates with no message: nothing but white space, tags, comments or a name placeholder, or only a greeting and a sign-off.',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/no-empty-template/README.md',
    },
    messages: {
      empty:
        'This template has no text, so customers who receive it get an empty message (tags, comments and a name placeholder print no words). Write the reply, or delete the template.',
      onlyGreeting:
        'This template is only a greeting and a sign-off: sent as it is, the customer gets a reply that says nothing. Write the message between them, or set `allowGreetingOnly` if agents always fill it in.',
    },
    schema: {
      type: 'object',
      properties: {
        allowGreetingOnly: { type: 'boolean', description: 'Accept a template that is only a greeting and a sign-off.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { allowGreetingOnly: false },
  },
  create(context) {
    const { text, template, prose } = context;
    const { bodyStart, bodyEnd } = template;
    let end = bodyEnd;
    while (end > bodyStart && /\s/.test(text[end - 1]!)) end--;
    const report = (messageId: string): void => context.report({ messageId, start: bodyStart, end });

    if (!WORD.test(visibleText(text, bodyStart, bodyEnd, prose.placeholders, []))) {
      report('empty');
      return;
    }
    if (context.options.allowGreetingOnly || template.role === 'subject' || !prose.greeting) return;
    const framing = prose.sentences.filter((s) => s.role === 'greeting' || s.role === 'signoff').map((s) => [s.start, s.end] as [number, number]);
    if (!WORD.test(visibleText(text, bodyStart, bodyEnd, prose.placeholders, framing))) report('onlyGreeting');
  },
});
