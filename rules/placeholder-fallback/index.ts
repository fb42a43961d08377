// Template hygiene: a name placeholder with no fallback sends "Hi ," to every customer whose name
// is unknown. Reports name-like placeholders with no fallback in their own dialect and no
// `{% if %}` around them that tests the same variable; fixes them where the dialect has an
// inline fallback.
import type { Placeholder, RuleContext, TextEdit } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { analyseBlocks, conditionTests } from '../../src/templating/blocks.js';
import { compileGlob, isNameLikePath, segments } from '../../src/templating/names.js';

export interface PlaceholderFallbackOptions {
  /** The word the fix prints when the name is empty. */
  fallback: string;
  /** Extra name-like placeholder paths (globs, case-insensitive). */
  names: string[];
}

const DEFAULT_FALLBACK = 'there';

/** Dialects with no fallback of their own: nothing to write in the template. */
const NO_FALLBACK_DIALECTS = new Set(['osticket', 'github', 'dollar']);

interface Repair {
  fix: TextEdit;
  /** Whether the edit is safe to apply unasked (the dialect's fallback form is known to work here). */
  safe: boolean;
}

/** A Liquid / Jinja string literal, or undefined when the text holds both quote marks. */
function literal(text: string): string | undefined {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return undefined;
}

/** Where the variable path ends inside a `{{ … }}` whose subject is the bare path, or -1. */
function pathEnd(p: Placeholder): number {
  const open = /^\{\{[-~]?\s*/.exec(p.raw);
  if (!open || p.raw.startsWith('{{{') || !p.raw.startsWith(p.name, open[0].length)) return -1;
  const after = p.raw.slice(open[0].length + p.name.length);
  if (!/^\s*(?:\||[-~]?\}\}$)/.test(after)) return -1;
  return p.start + open[0].length + p.name.length;
}

/** The template's own fallback filter, when it already uses one: `fallback` (Intercom) or `default`. */
function filterStyle(placeholders: readonly Placeholder[]): 'fallback' | 'default' | 'call' | undefined {
  for (const p of placeholders) {
    const filter = p.filters.find((f) => f.name === 'fallback' || f.name === 'default' || f.name === 'd');
    if (!filter) continue;
    if (/\|\s*(?:default|d)\s*\(/.test(p.raw)) return 'call';
    return filter.name === 'fallback' ? 'fallback' : 'default';
  }
  return undefined;
}

function repair(context: RuleContext<PlaceholderFallbackOptions>, p: Placeholder, fallback: string, style: ReturnType<typeof filterStyle>): Repair | undefined {
  const syntax = context.template.syntax ?? 'auto';
  if (p.syntax === 'helpscout') {
    if (fallback.includes('%') || fallback.includes(',')) return undefined;
    const at = p.start + p.raw.indexOf(p.name) + p.name.length;
    return { fix: { range: [at, at], text: `,fallback=${fallback}` }, safe: true };
  }
  if (p.syntax === 'salesforce') {
    if (p.filters.length || p.raw.startsWith('{{{') || /[}]/.test(fallback)) return undefined;
    const at = p.start + p.raw.indexOf(p.name) + p.name.length;
    return { fix: { range: [at, at], text: `, ${fallback}` }, safe: true };
  }
  const at = pathEnd(p);
  if (at === -1) return undefined;
  if (syntax === 'handlebars') {
    if (p.filters.length || /[{}]/.test(fallback)) return undefined;
    return { fix: { range: [p.start, p.end], text: `{{#if ${p.name}}}${p.raw}{{else}}${fallback}{{/if}}` }, safe: false };
  }
  const quoted = literal(fallback);
  if (!quoted) return undefined;
  const jinja = syntax === 'jinja' || style === 'call';
  const text = jinja ? ` | default(${quoted})` : style === 'fallback' ? ` | fallback: ${quoted}` : ` | default: ${quoted}`;
  // Whether Zendesk's Liquid has `default` is not documented: only a template that already uses a
  // fallback filter (or Jinja, where `default` is built in) gets the edit as a fix.
  return { fix: { range: [at, at], text }, safe: jinja || style !== undefined };
}

export default defineRule<PlaceholderFallbackOptions>({
  meta: {
    id: 'placeholder-fallback',
    type: 'template',
    docs: {
      description: 'Require a fallback on placeholders that print the customer’s name, so nobody receives "Hi ,".',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/placeholder-fallback/README.md',
    },
    messages: {
      missing:
        '{{placeholder}} has no fallback: when the customer’s name is unknown it prints nothing, and they read "Hi ," instead of a greeting. {{advice}}',
    },
    schema: {
      type: 'object',
      properties: {
        fallback: { type: 'string', description: 'The word the fix prints when the name is empty.' },
        names: { type: 'array', items: { type: 'string' }, description: 'More name-like placeholder paths (globs: `*` in one segment, `**` across).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { fallback: DEFAULT_FALLBACK, names: [] },
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context) {
    const placeholders = context.prose.placeholders;
    if (!placeholders.some((p) => p.kind === 'output')) return;
    const fallback = (context.options.fallback ?? DEFAULT_FALLBACK).trim() || DEFAULT_FALLBACK;
    const extra = (context.options.names ?? []).map((n) => compileGlob(n, { ignoreCase: true }));
    const blocks = analyseBlocks(placeholders);
    const style = filterStyle(placeholders);
    const lightning = context.template.syntax === 'salesforce';
    for (const p of placeholders) {
      if (p.kind !== 'output' || !p.closed || p.fallback !== undefined || NO_FALLBACK_DIALECTS.has(p.syntax)) continue;
      // Salesforce Lightning templates have no substitute text at all.
      if (lightning && p.raw.startsWith('{{{')) continue;
      if (blocks.locals.has(segments(p.name)[0] ?? '')) continue;
      if (!isNameLikePath(p.name, p.syntax, extra)) continue;
      if ((blocks.conditions.get(p) ?? []).some((condition) => conditionTests(condition, p.name))) continue;
      const found = repair(context, p, fallback, style);
      const fixed = found ? context.text.slice(p.start, found.fix.range[0]) + found.fix.text + context.text.slice(found.fix.range[1], p.end) : undefined;
      const advice = fixed
        ? `Write ${fixed} instead.`
        : `Wrap it in a condition with a fallback, for example {% if ${p.name} %}Hi ${p.raw},{% else %}Hi ${fallback},{% endif %}, or write the greeting without it.`;
      context.report({
        messageId: 'missing',
        data: { placeholder: p.raw, advice },
        start: p.start,
        end: p.end,
        ...(found?.safe ? { fix: found.fix } : {}),
        ...(found && fixed ? { suggest: [{ desc: `Add the fallback "${fallback}": ${fixed}.`, fix: found.fix }] } : {}),
      });
    }
  },
});
