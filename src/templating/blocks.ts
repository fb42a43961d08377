// The block structure of a template's tags: `{% if %}…{% endif %}`, `{{#if}}…{{/if}}` and their
// kin, matched with a stack. Gives the problems (unclosed, stray, mismatched) and, for each
// output placeholder, the conditions that guard it and the variables the template defines.
import type { Placeholder } from '../types.js';

export type BlockFamily = 'liquid' | 'handlebars';

/** Liquid / Jinja tags that open a block closed by `end<name>`. */
const LIQUID_OPENERS = new Set([
  'if', 'unless', 'case', 'for', 'capture', 'tablerow', 'raw', 'comment', 'block', 'macro', 'filter', 'call',
  'with', 'autoescape', 'trans',
]);

/** Which blocks a branch tag may appear in (Handlebars blocks all take `{{else}}`). */
const BRANCH_PARENTS: Record<string, ReadonlySet<string>> = {
  else: new Set(['if', 'unless', 'case', 'for']),
  elsif: new Set(['if', 'unless']),
  elif: new Set(['if']),
  when: new Set(['case']),
};

/** Blocks whose condition decides whether what is inside prints. */
const CONDITIONALS = new Set(['if', 'unless', 'case']);

export interface OpenTag {
  key: string;
  family: BlockFamily;
  tag: Placeholder;
}

export type BlockProblem =
  | { type: 'unclosed'; tag: Placeholder; opener: string; closer: string }
  | { type: 'stray'; tag: Placeholder; closer: string }
  | { type: 'mismatched'; tag: Placeholder; closer: string; opener: string; expected: string }
  | { type: 'branch'; tag: Placeholder; branch: string };

export interface BlockAnalysis {
  problems: BlockProblem[];
  /** For each output placeholder: the conditions (tag arguments) of the blocks around it. */
  conditions: Map<Placeholder, string[]>;
  /** Variables the template defines itself: `assign`, `capture`, `set`, loop variables. */
  locals: Set<string>;
}

interface Frame extends OpenTag {
  conditions: string[];
  /** For Liquid `for`: the loop variable. */
}

export function openerText(family: BlockFamily, key: string): string {
  return family === 'liquid' ? `{% ${key} %}` : `{{#${key}}}`;
}

export function closerText(family: BlockFamily, key: string): string {
  return family === 'liquid' ? `{% end${key} %}` : `{{/${key}}}`;
}

/** A Handlebars block tag's sigil and key: `{{#each items}}` -> ['#', 'each'], `{{/each}}` -> ['/', 'each']. */
function handlebarsBlock(raw: string): { sigil: string; key: string } | undefined {
  const match = /^\{\{~?\s*([#^/])\s*[>*]?\s*([\w.\-@]+)/.exec(raw);
  return match ? { sigil: match[1]!, key: match[2]! } : undefined;
}

/** `x = …` (Liquid assign, Jinja set) -> x. */
function assignedName(args: string): string | undefined {
  return /^\s*([A-Za-z_][\w-]*)\s*=/.exec(args)?.[1];
}

/**
 * Matches the template's block tags. Custom block tags (`customTags` listing both `x` and `endx`)
 * pair like the built-in ones.
 */
export function analyseBlocks(placeholders: readonly Placeholder[], customTags: ReadonlySet<string> = new Set()): BlockAnalysis {
  const problems: BlockProblem[] = [];
  const conditions = new Map<Placeholder, string[]>();
  const locals = new Set<string>();
  const stack: Frame[] = [];
  const isOpener = (name: string): boolean =>
    LIQUID_OPENERS.has(name) || (customTags.has(name) && customTags.has(`end${name}`));
  let inRaw = false;

  const push = (frame: Frame): void => {
    stack.push(frame);
  };
  const close = (family: BlockFamily, key: string, tag: Placeholder): void => {
    const closer = closerText(family, key);
    let depth = stack.length - 1;
    while (depth >= 0 && !(stack[depth]!.key === key && stack[depth]!.family === family)) depth--;
    if (depth >= 0) {
      // Blocks opened inside the one this closes were never closed.
      for (const open of stack.splice(depth + 1)) {
        problems.push({ type: 'unclosed', tag: open.tag, opener: openerText(open.family, open.key), closer: closerText(open.family, open.key) });
      }
      stack.pop();
      return;
    }
    const top = stack[stack.length - 1];
    if (top) {
      problems.push({ type: 'mismatched', tag, closer, opener: openerText(top.family, top.key), expected: closerText(top.family, top.key) });
      stack.pop();
    } else {
      problems.push({ type: 'stray', tag, closer });
    }
  };

  for (const p of placeholders) {
    if (inRaw) {
      if (p.kind === 'tag' && p.syntax === 'liquid' && p.name === 'endraw') {
        inRaw = false;
        close('liquid', 'raw', p);
      }
      continue;
    }
    if (p.kind === 'output') {
      if (stack.length) conditions.set(p, stack.flatMap((frame) => frame.conditions));
      continue;
    }
    if (p.kind === 'comment') {
      // `{% comment %}` whose `{% endcomment %}` never comes.
      if (!p.closed && p.raw.startsWith('{%')) {
        problems.push({ type: 'unclosed', tag: p, opener: openerText('liquid', 'comment'), closer: closerText('liquid', 'comment') });
      }
      continue;
    }
    if (p.syntax === 'handlebars') {
      if (p.name === 'else') {
        if (!stack.length || stack[stack.length - 1]!.family !== 'handlebars') problems.push({ type: 'branch', tag: p, branch: '{{else}}' });
        else if (p.args) stack[stack.length - 1]!.conditions.push(p.args.replace(/^if\s+/, ''));
        continue;
      }
      const block = handlebarsBlock(p.raw);
      if (!block) continue;
      if (block.sigil === '/') {
        close('handlebars', block.key, p);
        continue;
      }
      const frameConditions: string[] = [];
      if (block.key === 'if' || block.key === 'unless' || block.key === 'with') frameConditions.push(p.args);
      else if (block.sigil === '^' || !['each', 'with'].includes(block.key)) frameConditions.push(block.key);
      if (block.key === 'each') {
        const as = /\bas\s+\|\s*([\w-]+)/.exec(p.args);
        if (as) locals.add(as[1]!);
      }
      push({ key: block.key, family: 'handlebars', tag: p, conditions: frameConditions });
      continue;
    }
    if (p.syntax !== 'liquid' && p.syntax !== 'jinja') continue;
    const name = p.name;
    if (name === 'assign' || (name === 'set' && assignedName(p.args))) {
      const assigned = assignedName(p.args);
      if (assigned) locals.add(assigned);
      continue;
    }
    if (name === 'capture' || name === 'set') {
      const captured = /^\s*([A-Za-z_][\w-]*)/.exec(p.args)?.[1];
      if (captured) locals.add(captured);
    }
    if (name === 'for' || name === 'tablerow') {
      for (const variable of /^\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s+in\b/.exec(p.args)?.[1]?.split(/\s*,\s*/) ?? []) locals.add(variable);
      locals.add('forloop');
      locals.add('loop');
    }
    if (isOpener(name) || name === 'set') {
      push({ key: name, family: 'liquid', tag: p, conditions: CONDITIONALS.has(name) ? [p.args] : [] });
      if (name === 'raw') inRaw = true;
      continue;
    }
    const parents = BRANCH_PARENTS[name];
    if (parents) {
      const top = stack[stack.length - 1];
      if (!top || top.family !== 'liquid' || !parents.has(top.key)) problems.push({ type: 'branch', tag: p, branch: `{% ${name} %}` });
      else if (name !== 'else') top.conditions.push(p.args);
      continue;
    }
    if (name.startsWith('end') && name.length > 3) {
      const key = name.slice(3);
      if (isOpener(key) || key === 'set') close('liquid', key, p);
    }
  }
  for (const open of stack) {
    problems.push({ type: 'unclosed', tag: open.tag, opener: openerText(open.family, open.key), closer: closerText(open.family, open.key) });
  }
  problems.sort((a, b) => a.tag.start - b.tag.start);
  return { problems, conditions, locals };
}

/** Whether a condition (`ticket.requester.first_name != blank`, `first_name`) tests the variable `name`. */
export function conditionTests(condition: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w.])${escaped}(?![\\w])`).test(condition);
}
