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
  let visible = chars.slice(from).join('');
  visible = visible.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<\/?[A-Za-z][^<>]*>/g, ' ');
  return visible;
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
