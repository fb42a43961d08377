// --fix / --fix-dry-run for one file: lint, apply the fixes, lint the new text, and again, until
// no fix applies or MAX_PASSES passes (ESLint's loop). The messages are the final text's; the
// result's `output` is the fixed file (BOM restored) when it differs from the original.
import { applyFixes, type ApplyFixesOptions } from '../core/apply-fixes.js';
import type { Diagnostic, FileResult, RuleModule, RuleType } from '../types.js';

export const MAX_FIX_PASSES = 10;

export interface FixOptions {
  /** Only fixes of rules of these types (`--fix-type`). */
  types?: readonly RuleType[];
  /** Only fixes of diagnostics this returns true for (`--quiet`: errors only). */
  filter?: (diagnostic: Diagnostic) => boolean;
}

/**
 * `text` is the decoded file without its BOM (`hadBom` says whether it had one); `lint` lints such
 * a text. Fixes never see the BOM (offsets are in the text without it) and it is put back in
 * `output`. A pass whose fixes would make the file unreadable (a new fatal problem) is dropped.
 */
export function lintAndFix(
  text: string,
  hadBom: boolean,
  lint: (text: string) => FileResult,
  rules: ReadonlyMap<string, RuleModule>,
  options: FixOptions = {},
): FileResult {
  const applyOptions: ApplyFixesOptions = {
    ...(options.types ? { types: options.types, typeOf: (id: string) => rules.get(id)?.meta.type } : {}),
    ...(options.filter ? { ruleFilter: options.filter } : {}),
  };
  let current = text;
  let result = lint(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (result.fatalErrorCount > 0) break;
    const { output, fixed } = applyFixes(current, result.messages, applyOptions);
    if (!fixed || output === current) break;
    const next = lint(output);
    // A fix must never break the file: keep the last text that parsed.
    if (next.fatalErrorCount > 0) break;
    current = output;
    result = next;
  }
  if (current === text) return result;
  return { ...result, output: (hadBom ? '\uFEFF' : '') + current };
}
