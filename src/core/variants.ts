// The rendered variants of a template with conditional branches: `{% if %}…{% elsif %}…{% else %}…
// {% endif %}`, `{% unless %}`, `{% case %}{% when %}`, Handlebars `{{#if}}…{{else}}…{{/if}}` and
// `{{#unless}}`. Each variant picks one branch per conditional (nested conditionals only inside the
// branch it picks) and is described by the body ranges it leaves out, so that a variant's prose
// view is derived from the template's view (src/text/variants.ts) instead of parsing again.
//
// Only well-formed structures get variants: when the block tags do not match (analyseBlocks
// reports a problem, which template-syntax turns into diagnostics), there are no variants and the
// template is linted once, as before.
import type { Diagnostic, Placeholder } from '../types.js';
import { analyseBlocks } from '../templating/blocks.js';

/** How many variants a template gets at most. */
export const MAX_VARIANTS = 32;

export type ConditionalKey = 'if' | 'unless' | 'case';

export interface Branch {
  /** Short name for variant labels: `then`, `else`, `elsif b`, `when 2`, `else (empty)`. */
  name: string;
  /** The tag that opens this branch (normalised: `{% else %}`, `{{else if x}}`), absent for the first branch of if / unless and for the implicit empty else. */
  tag?: string;
  /** No `else` was written: the branch that renders nothing. */
  implicit?: boolean;
  /** [start, end) of the branch's body in the text (between its tag and the next). Empty for an implicit branch. */
  start: number;
  end: number;
  /** Conditionals nested in this branch. */
  children: Conditional[];
}

export interface Conditional {
  key: ConditionalKey;
  family: 'liquid' | 'handlebars';
  /** The opening tag, normalised: `{% if ticket.priority == "urgent" %}`. */
  label: string;
  opener: Placeholder;
  closer: Placeholder;
  branches: Branch[];
  /** Text that never renders: what sits between `{% case %}` and its first `{% when %}`. */
  dead?: [number, number];
}

export interface VariantChoice {
  conditional: Conditional;
  branch: number;
}

export interface Variant {
  /** The branch picked for each conditional that renders, outer before inner, in source order. */
  choices: VariantChoice[];
  /** Sorted, non-overlapping [start, end) ranges of the text this variant leaves out. */
  omitted: Array<[number, number]>;
  /** `{% if ticket.priority == "urgent" %} → else, {% if vip %} → then`. */
  label: string;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `{%- if  x -%}` -> `{% if x %}`; Handlebars tags keep their source, spaces collapsed. */
function tagText(tag: Placeholder): string {
  if (tag.syntax === 'handlebars') return collapse(tag.raw);
  return collapse(`{% ${tag.name} ${tag.args} %}`);
}

/** A Handlebars block tag's sigil and key: `{{#if a}}` -> ['#', 'if'], `{{/if}}` -> ['/', 'if']. */
function handlebarsBlock(raw: string): { sigil: string; key: string } | undefined {
  const match = /^\{\{~?\s*([#^/])\s*[>*]?\s*([\w.\-@]+)/.exec(raw);
  return match ? { sigil: match[1]!, key: match[2]! } : undefined;
}

const LIQUID_BLOCKS = new Set([
  'if', 'unless', 'case', 'for', 'capture', 'tablerow', 'raw', 'comment', 'block', 'macro', 'filter', 'call',
  'with', 'autoescape', 'trans',
]);
const LIQUID_BRANCHES = new Set(['else', 'elsif', 'elif', 'when']);

type Frame = { conditional: Conditional } | { conditional?: undefined };

/**
 * The conditionals of a template, nested, from its placeholders. Undefined when the block tags do
 * not match up (the template is then linted as one variant).
 */
export function findConditionals(placeholders: readonly Placeholder[]): Conditional[] | undefined {
  if (!placeholders.some((p) => p.kind === 'tag')) return [];
  if (analyseBlocks(placeholders).problems.length) return undefined;
  const top: Conditional[] = [];
  const stack: Frame[] = [];
  let inRaw = false;

  const open = (tag: Placeholder, key: ConditionalKey, family: Conditional['family']): void => {
    const conditional: Conditional = { key, family, label: tagText(tag), opener: tag, closer: tag, branches: [] };
    if (key !== 'case') conditional.branches.push({ name: 'then', start: tag.end, end: tag.end, children: [] });
    // Attached to the branch being read of the nearest conditional around it.
    const parent = [...stack].reverse().find((f) => f.conditional)?.conditional;
    const siblings = parent ? (parent.branches[parent.branches.length - 1]?.children ?? []) : top;
    siblings.push(conditional);
    stack.push({ conditional });
  };
  const branch = (tag: Placeholder, name: string): void => {
    const conditional = stack[stack.length - 1]?.conditional;
    if (!conditional) return; // `{% else %}` of a loop: not a conditional branch.
    const previous = conditional.branches[conditional.branches.length - 1];
    if (previous) previous.end = tag.start;
    else conditional.dead = [conditional.opener.end, tag.start];
    conditional.branches.push({ name, tag: tagText(tag), start: tag.end, end: tag.end, children: [] });
  };
  const close = (tag: Placeholder): void => {
    const conditional = stack.pop()?.conditional;
    if (!conditional) return;
    conditional.closer = tag;
    const last = conditional.branches[conditional.branches.length - 1];
    if (last) last.end = tag.start;
    else conditional.dead = [conditional.opener.end, tag.start];
    if (!conditional.branches.some((b) => b.name === 'else')) {
      conditional.branches.push({ name: 'else (empty)', implicit: true, start: tag.start, end: tag.start, children: [] });
    }
  };

  for (const p of placeholders) {
    if (p.kind !== 'tag') continue;
    if (inRaw) {
      if (p.syntax === 'liquid' && p.name === 'endraw') {
        inRaw = false;
        stack.pop();
      }
      continue;
    }
    if (p.syntax === 'handlebars') {
      if (p.name === 'else') {
        branch(p, collapse(`else ${p.args}`));
        continue;
      }
      const block = handlebarsBlock(p.raw);
      if (!block) continue;
      if (block.sigil === '/') close(p);
      else if (block.key === 'if' || block.key === 'unless') open(p, block.sigil === '^' || block.key === 'unless' ? 'unless' : 'if', 'handlebars');
      else stack.push({});
      continue;
    }
    if (p.syntax !== 'liquid' && p.syntax !== 'jinja') continue;
    const name = p.name;
    if (name === 'if' || name === 'unless' || name === 'case') open(p, name, 'liquid');
    else if (LIQUID_BLOCKS.has(name) || (name === 'set' && !/^\s*[A-Za-z_][\w-]*\s*=/.test(p.args))) {
      stack.push({});
      if (name === 'raw') inRaw = true;
    } else if (LIQUID_BRANCHES.has(name)) branch(p, collapse(`${name} ${p.args}`));
    else if (name.startsWith('end') && (LIQUID_BLOCKS.has(name.slice(3)) || name === 'endset')) close(p);
  }
  return top;
}

function* product(conditionals: readonly Conditional[], from = 0): Generator<VariantChoice[]> {
  if (from === conditionals.length) {
    yield [];
    return;
  }
  for (const head of choicesOf(conditionals[from]!)) {
    for (const tail of product(conditionals, from + 1)) yield [...head, ...tail];
  }
}

function* choicesOf(conditional: Conditional): Generator<VariantChoice[]> {
  for (let b = 0; b < conditional.branches.length; b++) {
    for (const inner of product(conditional.branches[b]!.children)) yield [{ conditional, branch: b }, ...inner];
  }
}

function variantOf(choices: VariantChoice[]): Variant {
  const omitted: Array<[number, number]> = [];
  for (const { conditional, branch } of choices) {
    if (conditional.dead && conditional.dead[1] > conditional.dead[0]) omitted.push(conditional.dead);
    conditional.branches.forEach((b, i) => {
      if (i !== branch && b.end > b.start) omitted.push([b.start, b.end]);
    });
  }
  omitted.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of omitted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return {
    choices,
    omitted: merged,
    label: choices.map(({ conditional, branch }) => `${conditional.label} → ${conditional.branches[branch]!.name}`).join(', '),
  };
}

/**
 * The variants of a template, at most `limit`: the first ones in order, where the order takes
 * branches in source order and varies the last conditional fastest. The first variant is always
 * the one that takes every first branch. Empty when the template has no conditionals or its block
 * tags do not match.
 */
export function enumerateVariants(placeholders: readonly Placeholder[], limit = MAX_VARIANTS): Variant[] {
  const conditionals = findConditionals(placeholders);
  if (!conditionals?.length) return [];
  const variants: Variant[] = [];
  for (const choices of product(conditionals)) {
    variants.push(variantOf(choices));
    if (variants.length >= limit) break;
  }
  return variants;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics found in several variants
// ---------------------------------------------------------------------------------------------

function describe(choice: VariantChoice): string {
  const { conditional, branch } = choice;
  const picked = conditional.branches[branch]!;
  if (picked.implicit) {
    const elseTag = conditional.family === 'liquid' ? '{% else %}' : '{{else}}';
    return `the implicit empty ${elseTag} of ${conditional.label}`;
  }
  if (!picked.tag) return `the first branch of ${conditional.label}`;
  return `the branch ${picked.tag} of ${conditional.label}`;
}

const has = (variant: Variant, choice: VariantChoice): boolean =>
  variant.choices.some((c) => c.conditional === choice.conditional && c.branch === choice.branch);

/**
 * Where a diagnostic found in the variants `found` (indexes into `variants`) occurs, as a phrase
 * for its message (`the branch {% else %} of {% if x %}`), or undefined when it occurs in every
 * variant. The branches named are the fewest picks that select exactly those variants; when no
 * set of picks does, the phrase gives an example variant.
 */
export function whereFound(variants: readonly Variant[], found: ReadonlySet<number>): string | undefined {
  if (found.size === variants.length) return undefined;
  const inFound = variants.filter((_, i) => found.has(i));
  let common = inFound[0]!.choices.filter((choice) => inFound.every((v) => has(v, choice)));
  const selects = (choices: VariantChoice[]): boolean =>
    variants.every((v, i) => found.has(i) || !choices.every((c) => has(v, c)));
  if (!selects(common)) {
    const example = inFound[0]!.label;
    return `${found.size} of ${variants.length} variants, for example ${example}`;
  }
  // Drop picks implied by the others (an outer branch implied by a nested one, say).
  for (const choice of [...common]) {
    const without = common.filter((c) => c !== choice);
    if (without.length && selects(without)) common = without;
  }
  return common.map(describe).join(' and ');
}

/**
 * Merges one rule's diagnostics from each variant: one diagnostic per rule, messageId and offsets,
 * its message naming the branch(es) when it does not occur in every variant.
 */
export function mergeVariantDiagnostics(variants: readonly Variant[], perVariant: readonly Diagnostic[][]): Diagnostic[] {
  const seen = new Map<string, { diagnostic: Diagnostic; found: Set<number> }>();
  perVariant.forEach((diagnostics, index) => {
    for (const diagnostic of diagnostics) {
      const key = `${diagnostic.ruleId}\0${diagnostic.messageId ?? diagnostic.message}\0${diagnostic.offset}\0${diagnostic.endOffset}`;
      const entry = seen.get(key);
      if (entry) entry.found.add(index);
      else seen.set(key, { diagnostic, found: new Set([index]) });
    }
  });
  return [...seen.values()].map(({ diagnostic, found }) => {
    const where = diagnostic.fatal ? undefined : whereFound(variants, found);
    return where ? { ...diagnostic, message: `${diagnostic.message} (in ${where})` } : diagnostic;
  });
}
