// Inline configuration comments: `<!-- macrolint-disable no-blame -- reason -->` and the same
// words inside template comments ({% comment %}, {{!-- --}}, {# #}), with ESLint's semantics.
import type { Diagnostic, Severity } from '../types.js';
import type { LineIndex } from './line-index.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  rules: string[];
  start: number;
  end: number;
}

const DIRECTIVE = /^\s*macrolint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Reads a directive from a comment's inner text, or undefined when it isn't one. */
export function parseDirective(comment: string, start: number, end: number): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  const [, kind, rest = ''] = match;
  // Everything after ` -- ` is the reason, for humans.
  const list = rest.split(/\s--\s|\s--$/)[0] ?? '';
  const rules = list.split(/[\s,]+/).filter(Boolean);
  return { kind: kind as DirectiveKind, rules, start, end };
}

const HTML_COMMENT = /<!--([\s\S]*?)-->/g;

/** Directives from the HTML comments in `text[from, to)`. */
export function htmlCommentDirectives(text: string, from: number, to: number): Directive[] {
  const found: Directive[] = [];
  const slice = text.slice(from, to);
  HTML_COMMENT.lastIndex = 0;
  for (let m = HTML_COMMENT.exec(slice); m; m = HTML_COMMENT.exec(slice)) {
    const directive = parseDirective(m[1]!, from + m.index, from + m.index + m[0].length);
    if (directive) found.push(directive);
  }
  return found;
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

/**
 * The directive that silences `diagnostic`, if any. A line directive is the nearest one, so it
 * takes the credit over a block-wide `disable` (which matters for unused-directive reports).
 */
function silencer(diagnostic: Diagnostic, directives: readonly Directive[], lines: LineIndex): Directive | undefined {
  const ruleId = diagnostic.ruleId!;
  for (const directive of directives) {
    if (!covers(directive, ruleId)) continue;
    if (directive.kind === 'disable-line') {
      const first = lines.position(directive.start).line;
      const last = lines.position(directive.end).line;
      if (diagnostic.line >= first && diagnostic.line <= last) return directive;
    } else if (directive.kind === 'disable-next-line' && diagnostic.line === lines.position(directive.end).line + 1) {
      return directive;
    }
  }
  let blockedBy: Directive | undefined;
  for (const directive of directives) {
    if (directive.start >= diagnostic.offset) break;
    if (!covers(directive, ruleId)) continue;
    if (directive.kind === 'disable') blockedBy = directive;
    else if (directive.kind === 'enable') blockedBy = undefined;
  }
  return blockedBy;
}

export interface DirectiveOutcome {
  kept: Diagnostic[];
  unused: Diagnostic[];
}

/**
 * Drops the diagnostics that directives silence. Fatal problems (ruleId null) are never silenced.
 * Directives that silenced nothing come back as `unused` diagnostics, for
 * --report-unused-disable-directives.
 */
export function applyDirectives(
  diagnostics: readonly Diagnostic[],
  directives: readonly Directive[],
  lines: LineIndex,
  unusedSeverity: Severity = 1,
): DirectiveOutcome {
  const sorted = [...directives].sort((a, b) => a.start - b.start);
  const used = new Map<Directive, Set<string>>();
  const kept: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const directive = diagnostic.ruleId === null ? undefined : silencer(diagnostic, sorted, lines);
    if (!directive) {
      kept.push(diagnostic);
      continue;
    }
    const rules = used.get(directive) ?? new Set<string>();
    rules.add(diagnostic.ruleId!);
    used.set(directive, rules);
  }
  const unused: Diagnostic[] = [];
  for (const directive of sorted) {
    if (directive.kind === 'enable') continue;
    const usedRules = used.get(directive);
    const unusedRules = directive.rules.length === 0 ? (usedRules ? [] : ['']) : directive.rules.filter((r) => !usedRules?.has(r));
    for (const rule of unusedRules) {
      const start = lines.position(directive.start);
      const end = lines.position(directive.end);
      unused.push({
        ruleId: null,
        severity: unusedSeverity,
        message: rule
          ? `Unused macrolint-${directive.kind} directive (no problems were reported from '${rule}').`
          : `Unused macrolint-${directive.kind} directive (no problems were reported).`,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset: directive.start,
        endOffset: directive.end,
      });
    }
  }
  return { kept, unused };
}
