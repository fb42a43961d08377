// The object a rule sees. Reports become plain Diagnostic data here: messages interpolated,
// ranges clamped into the text, positions computed.
import type { Diagnostic, ProseView, ReportDescriptor, RuleContext, RuleModule, Sentence, Severity, TemplateUnit } from '../types.js';
import type { LineIndex } from './line-index.js';
import type { SentenceMatcher } from './shared-matcher.js';

export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*([\w-]+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

interface ContextInput {
  /** The id the config uses: a plugin rule's is namespaced (`acme/no-jargon`), unlike its meta.id. */
  ruleId: string;
  rule: RuleModule;
  severity: Severity;
  options: Readonly<Record<string, unknown>>;
  filePath: string;
  text: string;
  lines: LineIndex;
  template: TemplateUnit;
  prose: ProseView;
  sink: Diagnostic[];
  matchSentence: SentenceMatcher;
}

export function createRuleContext(input: ContextInput): RuleContext {
  const { ruleId, rule, text, lines, sink } = input;
  const clamp = (offset: number): number => Math.max(0, Math.min(text.length, Math.trunc(offset)));
  return Object.freeze({
    id: ruleId,
    options: input.options,
    filePath: input.filePath,
    text,
    template: input.template,
    prose: input.prose,
    matchPatterns: (sentence: Sentence) => input.matchSentence(sentence, ruleId),
    report(descriptor: ReportDescriptor): void {
      const messageTemplate = rule.meta.messages[descriptor.messageId];
      if (messageTemplate === undefined) {
        throw new Error(`Rule "${ruleId}" reported an unknown messageId "${descriptor.messageId}".`);
      }
      const offset = clamp(descriptor.start);
      const endOffset = Math.max(offset, clamp(descriptor.end));
      const start = lines.position(offset);
      const end = lines.position(endOffset);
      const diagnostic: Diagnostic = {
        ruleId,
        severity: input.severity,
        message: interpolate(messageTemplate, descriptor.data),
        messageId: descriptor.messageId,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        offset,
        endOffset,
        template: input.template.name,
      };
      if (descriptor.fix) diagnostic.fix = descriptor.fix;
      if (descriptor.suggest?.length) diagnostic.suggestions = descriptor.suggest.map((s) => ({ desc: s.desc, fix: s.fix }));
      sink.push(diagnostic);
    },
  });
}
