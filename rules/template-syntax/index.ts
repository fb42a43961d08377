// Template hygiene: a template that doesn't render is broken for every customer at once. Reports
// unclosed placeholders, unbalanced and mismatched blocks, branch tags outside their block,
// unknown Liquid tags, placeholders of another dialect in a template whose dialect is set, and in
// HTML templates, tags and comments left open (the email client hides what follows them).
import type { Placeholder } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { analyseBlocks } from '../../src/templating/blocks.js';
import { editDistance } from '../../src/templating/names.js';
import { findUnclosedMarkup, type MarkupProblemKind } from '../../src/templating/html-markup.js';
import { findPlaceholders, LIQUID_TAGS } from '../../src/templating/placeholders.js';
import { proseRegions } from '../../src/templating/regions.js';

export interface TemplateSyntaxOptions {
  /** Custom Liquid tags your platform adds (`x` and `endx` make a block). */
  tags: string[];
}

const CLOSERS: Array<[string, string]> = [
  ['{{{', '}}}'], ['{{!--', '--}}'], ['{{', '}}'], ['{%', '%}'], ['{#', '#}'], ['{!', '}'], ['%{', '}'], ['@{', '}'], ['${', '}'],
];

const DIALECT_NAMES: Record<string, string> = {
  liquid: 'Liquid', handlebars: 'Handlebars', jinja: 'Jinja', helpscout: 'Help Scout', osticket: 'osTicket',
  github: 'GitHub bot', dollar: '${…}', salesforce: 'Salesforce',
};

const MARKUP_MESSAGES: Record<MarkupProblemKind, string> = {
  tag: 'unclosedTag',
  tagBeforeTag: 'unclosedTagBeforeTag',
  quote: 'unclosedQuote',
  comment: 'unclosedComment',
};

function closerOf(p: Placeholder): string {
  return CLOSERS.find(([open]) => p.raw.startsWith(open))?.[1] ?? '}';
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function tagHint(name: string, known: readonly string[]): string {
  const limit = name.length < 5 ? 1 : 2;
  const near = known.filter((k) => k.length > 1).map((k) => ({ k, d: editDistance(name, k, limit) })).filter((x) => x.d <= limit).sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))[0];
  return near ? `Did you mean "{% ${near.k} %}"?` : 'Check the spelling, or list it in the `tags` option if your platform adds it.';
}

export default defineRule<TemplateSyntaxOptions>({
  meta: {
    id: 'template-syntax',
    type: 'template',
    docs: {
      description: 'Disallow template syntax that breaks rendering: unclosed placeholders, unbalanced or mismatched blocks, stray else, unknown Liquid tags, mixed dialects.',
      recommended: 'error',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/template-syntax/README.md',
    },
    messages: {
      unclosed: 'The placeholder starting "{{text}}" is never closed with "{{close}}": the platform prints it as typed or refuses to render the template. Add "{{close}}".',
      unclosedBlock: '{{opener}} is never closed: without {{closer}} the template fails to render. Add {{closer}} where the block ends.',
      stray: '{{closer}} closes a block that was never opened, so the template fails to render. Remove it, or add the tag that opens the block.',
      mismatched: '{{closer}} does not close the open {{opener}}: blocks close in the reverse order they open. Write {{expected}} here.',
      branch: '{{branch}} is outside any block it can belong to, so the template fails to render. Move it inside its {% if %} or {% case %} block, or remove it.',
      unknownTag: 'Liquid has no "{{name}}" tag, so the template fails to render. {{hint}}',
      foreign: 'The placeholder "{{text}}" is not {{dialect}} syntax, so customers receive it exactly as typed. Write it as a {{dialect}} placeholder.',
      unclosedTag: 'The tag "{{text}}" is never closed with ">", so the email client hides everything after it. Add ">" where the tag ends.',
      unclosedTagBeforeTag: 'The tag "{{text}}" has no ">" before the next tag, so the email client reads that tag as part of this one and drops it. Add ">" where the tag ends.',
      unclosedQuote: 'An attribute value in "{{text}}" opens a quote that never closes, so the email client hides everything after it. Close the quote and the tag.',
      unclosedComment: 'This HTML comment is never closed with "-->", so the email client hides everything after it. Add "-->" where the comment ends.',
    },
    schema: {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' }, description: 'Custom Liquid tags your platform adds; `x` and `endx` together make a block.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { tags: [] },
  },
  create(context) {
    const { template } = context;
    const placeholders = context.prose.placeholders;
    const custom = new Set(context.options.tags ?? []);
    const reports: Array<{ start: number; end: number; report: () => void }> = [];
    const add = (p: Placeholder, messageId: string, data: Record<string, string>): void => {
      reports.push({ start: p.start, end: p.end, report: () => context.report({ messageId, data, start: p.start, end: p.end }) });
    };

    for (const p of placeholders) {
      // A `{% comment %}` tag whose `{% endcomment %}` is missing is a block problem, below.
      const blockComment = p.kind === 'comment' && p.raw.startsWith('{%') && p.raw.endsWith('%}');
      if (!p.closed && !blockComment) add(p, 'unclosed', { text: shorten(p.raw), close: closerOf(p) });
      if (p.kind === 'tag' && p.syntax === 'liquid' && !LIQUID_TAGS.has(p.name) && !custom.has(p.name)) {
        add(p, 'unknownTag', { name: p.name || shorten(p.raw), hint: tagHint(p.name, [...LIQUID_TAGS, ...custom]) });
      }
    }
    for (const problem of analyseBlocks(placeholders, custom).problems) {
      if (problem.type === 'unclosed') add(problem.tag, 'unclosedBlock', { opener: shorten(problem.tag.raw), closer: problem.closer });
      else if (problem.type === 'stray') add(problem.tag, 'stray', { closer: shorten(problem.tag.raw) });
      else if (problem.type === 'mismatched') add(problem.tag, 'mismatched', { closer: shorten(problem.tag.raw), opener: problem.opener, expected: problem.expected });
      else add(problem.tag, 'branch', { branch: shorten(problem.tag.raw) });
    }

    // A template whose dialect is set: placeholders of other dialects reach the customer as typed.
    const syntax = template.syntax;
    if (syntax && syntax !== 'auto') {
      const regions = proseRegions(context.prose);
      const own = placeholders;
      for (const p of findPlaceholders(context.text, template.bodyStart, template.bodyEnd, 'auto')) {
        if (own.some((o) => p.start < o.end && p.end > o.start)) continue;
        if (!p.closed || !regions.contains(p.start, p.end)) continue;
        add(p, 'foreign', { text: shorten(p.raw), dialect: DIALECT_NAMES[syntax] ?? syntax });
      }
    }
    // HTML templates: markup left open hides the rest of the template from the customer.
    if (template.kind === 'html') {
      const skip = placeholders.map((p) => [p.start, p.end] as const);
      for (const problem of findUnclosedMarkup(context.text, template.bodyStart, template.bodyEnd, skip)) {
        const messageId = MARKUP_MESSAGES[problem.kind];
        reports.push({ start: problem.start, end: problem.end, report: () => context.report({ messageId, data: { text: shorten(problem.text) }, start: problem.start, end: problem.end }) });
      }
    }
    reports.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const r of reports) r.report();
  },
});
