// Template hygiene: an unknown or misspelt placeholder prints nothing (or itself) for every
// customer. Checks output placeholders against the chosen platform's documented names and the
// team's own list, and suggests the name a near miss meant.
import type { Placeholder, TemplateMetadata } from '../../src/types.js';
import { defineRule } from '../../src/rules/define-rule.js';
import { analyseBlocks } from '../../src/templating/blocks.js';
import { PLATFORM_IDS, PLATFORMS, normaliseIndexes, type Platform } from '../../src/templating/known.js';
import { compileGlob, editDistance, isGlob, segments, type GlobMatcher } from '../../src/templating/names.js';

export interface PlaceholderKnownOptions {
  platform?: Platform;
  /** More known names or globs (`ticket.ticket_field_*`, `dc.*`). */
  known: string[];
}

/** A path the lists can judge: letters, digits, `_`, `-`, dots and array indexes. */
const PATH = /^[A-Za-z_][\w-]*(?:\[\s*-?\d+\s*\]|\.[A-Za-z_][\w-]*)*$/;
const MAX_SUGGESTIONS = 3;

interface Known {
  literals: string[];
  globs: GlobMatcher[];
  label: string;
}

/** The option wins; otherwise a template's own `platform` (front matter, export metadata). */
function platformOf(options: PlaceholderKnownOptions, metadata: TemplateMetadata): Platform | undefined {
  if (options.platform) return options.platform;
  const value = typeof metadata.platform === 'string' ? metadata.platform.trim().toLowerCase().replace(/[\s-]/g, '') : '';
  return (PLATFORM_IDS as string[]).includes(value) ? (value as Platform) : undefined;
}

function knownNames(options: PlaceholderKnownOptions, metadata: TemplateMetadata): Known | undefined {
  const platform = platformOf(options, metadata);
  const names = [...(platform ? PLATFORMS[platform].names.map((n) => n.name) : []), ...(options.known ?? [])];
  if (names.length === 0) return undefined;
  return {
    literals: names.filter((n) => !isGlob(n)),
    globs: names.filter(isGlob).map((g) => compileGlob(g)),
    label: platform ? `the ${PLATFORMS[platform].label} placeholders` : 'the known placeholders',
  };
}

/** How far `name` is from `candidate`: whole-name edit distance, or a typo inside one segment. */
function distance(name: string, candidate: string): number {
  const whole = editDistance(name, candidate, 2);
  if (whole <= 2) return whole;
  const a = name.split('.');
  const b = candidate.split('.');
  if (a.length !== b.length) return Infinity;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (total > 0) return Infinity;
    const d = editDistance(a[i]!, b[i]!, 2);
    if (d > 2 || d >= Math.max(a[i]!.length, b[i]!.length)) return Infinity;
    total = d;
  }
  return total;
}

function nearest(name: string, known: Known): string[] {
  const lower = name.toLowerCase();
  const caseOnly = known.literals.filter((k) => k.toLowerCase() === lower);
  if (caseOnly.length) return caseOnly;
  const limit = name.length < 6 ? 1 : 2;
  const scored = known.literals
    .map((k) => ({ k, d: distance(name, k) }))
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k));
  const best = scored[0]?.d;
  return scored.filter((s) => s.d === best).slice(0, MAX_SUGGESTIONS).map((s) => s.k);
}

/** Where the name sits in the placeholder's text, as body offsets. */
function nameRange(p: Placeholder): [number, number] | undefined {
  const at = p.raw.indexOf(p.name);
  return at === -1 ? undefined : [p.start + at, p.start + at + p.name.length];
}

export default defineRule<PlaceholderKnownOptions>({
  meta: {
    id: 'placeholder-known',
    type: 'template',
    docs: {
      description: 'Check placeholder names against the platform’s documented names and your own list, and suggest the intended name for a typo.',
      recommended: 'warn',
      url: 'https://github.com/macrolint/macrolint/blob/main/rules/placeholder-known/README.md',
    },
    messages: {
      unknown:
        '{{placeholder}} uses "{{name}}", which is not one of {{where}}: the platform prints nothing (or the raw placeholder) for every customer. Check the spelling, or add it to the `known` option if it is a custom field.',
      didYouMean:
        '{{placeholder}} uses "{{name}}", which is not one of {{where}}, so every customer would get a blank where it stands. Did you mean "{{suggestion}}"?',
    },
    schema: {
      type: 'object',
      properties: {
        platform: { type: 'string', enum: PLATFORM_IDS, description: 'The platform whose documented placeholder names are known.' },
        known: { type: 'array', items: { type: 'string' }, description: 'More known names or globs (`ticket.ticket_field_*`, `dc.*`).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { known: [] },
    fixable: 'text',
    hasSuggestions: true,
  },
  create(context) {
    const known = knownNames(context.options, context.template.metadata);
    if (!known) return;
    const placeholders = context.prose.placeholders;
    const { locals } = analyseBlocks(placeholders);
    const literals = new Set(known.literals);
    for (const p of placeholders) {
      if (p.kind !== 'output' || !PATH.test(p.name)) continue;
      if (locals.has(segments(p.name)[0] ?? '')) continue;
      const name = normaliseIndexes(p.name);
      if (literals.has(name) || known.globs.some((g) => g.test(name))) continue;
      const range = nameRange(p);
      const candidates = name === p.name ? nearest(name, known) : [];
      if (candidates.length === 0 || !range) {
        context.report({ messageId: 'unknown', data: { placeholder: p.raw, name: p.name, where: known.label }, start: p.start, end: p.end });
        continue;
      }
      const caseOnly = candidates.length === 1 && candidates[0]!.toLowerCase() === name.toLowerCase();
      context.report({
        messageId: 'didYouMean',
        data: { placeholder: p.raw, name: p.name, where: known.label, suggestion: candidates.join('" or "') },
        start: p.start,
        end: p.end,
        // Placeholders are case-sensitive: a case-only slip with one match is safe to fix.
        ...(caseOnly ? { fix: { range, text: candidates[0]! } } : {}),
        suggest: candidates.map((c) => ({ desc: `Use "${c}".`, fix: { range, text: c } })),
      });
    }
  },
});
