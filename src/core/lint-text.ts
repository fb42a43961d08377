// The pure core: text in, diagnostics out. No file system, no process, no globals, so it runs the
// same in the CLI, in worker threads, in editors and in tests.
import type { Diagnostic, FileResult, ProseView, ResolvedConfig, RuleModule, Severity, TemplateMetadata, TemplateUnit } from '../types.js';
import { applyDirectives, type Directive } from './directives.js';
import { LineIndex } from './line-index.js';
import { rulesForTemplate } from './metadata-overrides.js';
import { cachedRuleOptions } from './resolve-options.js';
import { createRuleContext } from './rule-context.js';
import { createSentenceMatcher } from './shared-matcher.js';
import { parseTemplate, type ParsedTemplate } from './parse-templates.js';
import { isStackOverflow, NestingTooDeepError } from '../formats/nesting.js';
import { readUnits, type ReadUnits } from '../formats/read-units.js';
import { summarize } from './summarize.js';
import { enumerateVariants, mergeVariantDiagnostics, type Variant } from './variants.js';
import { deriveView } from '../text/variants.js';

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

/**
 * Why a body (or a whole file) could not be read because of how deeply it nests, as a fatal
 * problem at `offset` unless the error says where; undefined for any other error (a bug).
 */
function tooDeep(error: unknown, offset: number, what: 'template' | 'file'): { message: string; offset: number } | undefined {
  if (error instanceof NestingTooDeepError) return { message: error.message, offset: error.offset };
  if (isStackOverflow(error)) {
    return { message: `This ${what} is nested too deeply to read (macrolint ran out of stack space), so it was not linted. Flatten the nesting.`, offset };
  }
  return undefined;
}

export function lintText(text: string, options: LintTextOptions): FileResult {
  let read: ReadUnits;
  try {
    read = readUnits(text, options.filePath, options.config.format);
  } catch (error) {
    // A collection reader that parses the whole file (`templates: sections`) met it first.
    const fatal = tooDeep(error, 0, 'file');
    if (!fatal) throw error;
    read = { units: [], fatal };
  }
  return lintUnits(text, read, options);
}

/**
 * Lints the templates a format adapter read from `text` (or reports its fatal problem). The seam
 * for collection formats: every unit carries its own body and map back into `text`.
 */
export function lintUnits(text: string, read: ReadUnits, options: LintTextOptions): FileResult {
  const { filePath, config, rules } = options;
  const lines = new LineIndex(text);
  // A template too deeply nested to parse is a fatal problem of its own; the others are linted.
  const unreadable: Diagnostic[] = [];
  const parseOrReport = (unit: TemplateUnit): ParsedTemplate | undefined => {
    try {
      return parseTemplate(unit);
    } catch (error) {
      const fatal = tooDeep(error, unit.bodyStart, 'template');
      if (!fatal) throw error;
      unreadable.push({ ...fatalDiagnostic(fatal.message, unit.map.toFile(fatal.offset), lines), template: unit.name });
      return undefined;
    }
  };
  if (read.fatal) {
    return summarize(filePath, [fatalDiagnostic(read.fatal.message, read.fatal.offset, lines)]);
  }
  const found: Diagnostic[] = [];
  // Options are resolved once per rule and setting, not once per template.
  const resolved = new Map<string, { ruleId: string; rule: RuleModule; severity: Severity; options: Readonly<Record<string, unknown>> }>();
  const enabledFor = (metadata: TemplateMetadata) =>
    Object.entries(rulesForTemplate(config, metadata)).map(([id, setting]) => {
      const key = `${id}\0${setting.severity}\0${JSON.stringify(setting.options ?? {})}`;
      let entry = resolved.get(key);
      if (!entry) {
        const rule = rules.get(id);
        if (!rule) throw new Error(`Rule "${id}" is enabled but was not loaded.`);
        entry = { ruleId: id, rule, severity: setting.severity, options: cachedRuleOptions(rule, setting.options) };
        resolved.set(key, entry);
      }
      return entry;
    });
  const matchSentence = createSentenceMatcher(rules);
  const directives: Directive[] = [];
  const linted: TemplateUnit[] = [];
  // One template at a time, parsed just before its rules run: an export of 10,000 macros never
  // holds 10,000 parse trees and prose views at once.
  for (const unitToParse of read.units) {
    const parsedTemplate = parseOrReport(unitToParse);
    if (!parsedTemplate) continue;
    const { unit, prose, directives: own } = parsedTemplate;
    linted.push(unit);
    // Directives are positioned in the file, like the diagnostics they silence.
    for (const directive of own) directives.push({ ...directive, start: unit.map.toFile(directive.start), end: unit.map.toFile(directive.end) });
    // Structure rules read a template's variants (one branch per conditional) when it has any;
    // templates without conditionals are linted once, at no extra cost.
    let variants: Variant[] | undefined;
    let variantViews: ProseView[] | undefined;
    const run = (ruleId: string, rule: RuleModule, severity: Severity, ruleOptions: Readonly<Record<string, unknown>>, view: ProseView, sink: Diagnostic[]): void => {
      const context = createRuleContext({ ruleId, rule, severity, options: ruleOptions, filePath, lines, template: unit, prose: view, sink, matchSentence });
      try {
        rule.create(context);
      } catch (error) {
        // A rule's bug must not cost the user the other rules' results or the other files.
        const reason = error instanceof Error ? error.message : String(error);
        sink.push({
          ...fatalDiagnostic(`Rule "${ruleId}" crashed on this template: ${reason}. Please report this at the macrolint issue tracker.`, unit.map.toFile(unit.bodyStart), lines),
          ruleId,
          template: unit.name,
        });
      }
    };
    for (const { ruleId, rule, severity, options: ruleOptions } of enabledFor(unit.metadata)) {
      // A subject line is one line, not a reply: greetings, thanks and next steps belong to the body.
      if (rule.meta.type === 'structure' && unit.role === 'subject') continue;
      if (rule.meta.type === 'structure' && (variants ??= enumerateVariants(prose.placeholders)).length > 1) {
        variantViews ??= variants.map((variant) => deriveView(prose, variant.omitted));
        const perVariant = variantViews.map((view) => {
          const sink: Diagnostic[] = [];
          run(ruleId, rule, severity, ruleOptions, view, sink);
          return sink;
        });
        found.push(...mergeVariantDiagnostics(variants, perVariant));
      } else {
        run(ruleId, rule, severity, ruleOptions, prose, found);
      }
    }
  }
  const unusedSeverity: Severity = options.reportUnusedDirectives === 2 ? 2 : 1;
  const { kept, unused } = applyDirectives(found.sort(byPosition), options.allowInlineConfig === false ? [] : directives, lines, unusedSeverity);
  const reported = options.reportUnusedDirectives ? [...kept, ...unused] : kept;
  const messages = unreadable.length > 0 || options.reportUnusedDirectives ? [...unreadable, ...reported].sort(byPosition) : kept;
  return summarize(
    filePath,
    messages,
    linted.map((unit) => ({ name: unit.name, metadata: unit.metadata })),
  );
}
