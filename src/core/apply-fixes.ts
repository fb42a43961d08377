// Applying rules' fixes to a text, as ESLint's source-code fixer does: fixes sorted by range,
// a fix that overlaps (or touches) one already applied in this pass is left for the next pass,
// when the text has been linted again. PURE: no fs, no process.
import type { Diagnostic, RuleType } from '../types.js';

export interface ApplyFixesOptions {
  /** Only fixes of rules of these types (by rule meta); other rules' fixes are left alone. */
  types?: readonly RuleType[];
  /** A rule id's type: needed with `types` (an unknown rule's fixes are then skipped). */
  typeOf?: (ruleId: string) => RuleType | undefined;
  /** Only fixes of diagnostics this returns true for. */
  ruleFilter?: (diagnostic: Diagnostic) => boolean;
}

export interface ApplyFixesResult {
  /** The text with the applied fixes (the input itself when none applied). */
  output: string;
  /** Whether any fix was applied. */
  fixed: boolean;
  /** The diagnostics whose fixes were applied, in text order. */
  applied: Diagnostic[];
}

function wanted(diagnostic: Diagnostic, options: ApplyFixesOptions): boolean {
  if (!diagnostic.fix || diagnostic.fatal) return false;
  if (options.types) {
    const type = diagnostic.ruleId ? options.typeOf?.(diagnostic.ruleId) : undefined;
    if (!type || !options.types.includes(type)) return false;
  }
  return options.ruleFilter ? options.ruleFilter(diagnostic) : true;
}

export function applyFixes(text: string, diagnostics: readonly Diagnostic[], options: ApplyFixesOptions = {}): ApplyFixesResult {
  const candidates = diagnostics
    .filter((diagnostic) => wanted(diagnostic, options))
    .map((diagnostic, index) => ({ diagnostic, fix: diagnostic.fix!, index }))
    // Stable: equal ranges keep the diagnostics' order.
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.index - b.index);

  const applied: Diagnostic[] = [];
  let output = '';
  let copied = 0;
  let lastEnd = -Infinity;
  for (const { diagnostic, fix } of candidates) {
    const [start, end] = fix.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) continue;
    // Overlapping or touching an applied fix: left for a later pass (ESLint's rule).
    if (start <= lastEnd) continue;
    output += text.slice(copied, start) + fix.text;
    copied = end;
    lastEnd = end;
    applied.push(diagnostic);
  }
  if (applied.length === 0) return { output: text, fixed: false, applied };
  return { output: output + text.slice(copied), fixed: true, applied };
}
