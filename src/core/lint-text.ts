// The pure core: text in, diagnostics out. No file system, no process, no globals, so it runs the
// same in the CLI, in worker threads, in editors and in tests.
import type { Diagnostic, FileResult, ResolvedConfig, RuleModule, Severity } from '../types.js';
import { applyDirectives } from './directives.js';
import { LineIndex } from './line-index.js';
import { resolveRuleOptions } from './resolve-options.js';
import { createRuleContext } from './rule-context.js';
import { parseTemplates } from './parse-templates.js';
import { summarize } from './summarize.js';

export { summarize };

export interface LintTextOptions {
  filePath: string;
  config: ResolvedConfig;
  /** The rule modules the config names (loaded by the caller: the core never imports). */
  rules: ReadonlyMap<string, RuleModule>;
  /** Report directives that silenced nothing (true = as warnings, or at the given severity). */
  reportUnusedDirectives?: boolean | Severity;
  /** false for --no-inline-config: directives in the text are ignored. */
  allowInlineConfig?: boolean;
}

function fatalDiagnostic(message: string, offset: number, lines: LineIndex): Diagnostic {
  const position = lines.position(offset);
  return {
    ruleId: null,
    severity: 2,
    fatal: true,
    message,
    line: position.line,
    column: position.column,
    endLine: position.line,
    endColumn: position.column,
    offset,
    endOffset: offset,
  };
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId ?? '').localeCompare(b.ruleId ?? '');
}

export function lintText(text: string, options: LintTextOptions): FileResult {
  const { filePath, config, rules } = options;
  const lines = new LineIndex(text);
  const parsed = parseTemplates(text, filePath);
  if (parsed.fatal) {
    return summarize(filePath, [fatalDiagnostic(parsed.fatal.message, parsed.fatal.offset, lines)]);
  }
  const found: Diagnostic[] = [];
  const enabled = Object.entries(config.rules).map(([id, setting]) => {
    const rule = rules.get(id);
    if (!rule) throw new Error(`Rule "${id}" is enabled but was not loaded.`);
    return { rule, severity: setting.severity, options: resolveRuleOptions(rule, setting.options) };
  });
  for (const { unit, prose } of parsed.templates) {
    for (const { rule, severity, options: ruleOptions } of enabled) {
      const context = createRuleContext({ rule, severity, options: ruleOptions, filePath, text, lines, template: unit, prose, sink: found });
      try {
        rule.create(context);
      } catch (error) {
        // A rule's bug must not cost the user the other rules' results or the other files.
        const reason = error instanceof Error ? error.message : String(error);
        found.push({
          ...fatalDiagnostic(`Rule "${rule.meta.id}" crashed on this template: ${reason}. Please report this at the macrolint issue tracker.`, unit.bodyStart, lines),
          ruleId: rule.meta.id,
          template: unit.name,
        });
      }
    }
  }
  const directives = options.allowInlineConfig === false ? [] : parsed.directives;
  const unusedSeverity: Severity = options.reportUnusedDirectives === 2 ? 2 : 1;
  const { kept, unused } = applyDirectives(found.sort(byPosition), directives, lines, unusedSeverity);
  const messages = options.reportUnusedDirectives ? [...kept, ...unused].sort(byPosition) : kept;
  return summarize(
    filePath,
    messages,
    parsed.templates.map(({ unit }) => ({ name: unit.name, metadata: unit.metadata })),
  );
}
