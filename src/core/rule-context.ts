// The object a rule sees. Reports become plain Diagnostic data here: messages interpolated,
// ranges clamped into the text, positions computed.
import type { Diagnostic, PositionMap, ProseView, ReportDescriptor, RuleContext, RuleModule, Sentence, Severity, TemplateUnit, TextEdit } from '../types.js';
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
  /** The file's line index: diagnostics are positioned in the file, after mapping from the body. */
  lines: LineIndex;
  template: TemplateUnit;
  prose: ProseView;
  sink: Diagnostic[];
  matchSentence: SentenceMatcher;
}

/** The decoded words of [start, end): token texts, one space wherever the source had a gap. */
function quoteTokens(prose: ProseView, start: number, end: number): string {
  let out = '';
  let previousEnd = -1;
  for (const sentence of prose.sentences) {
    if (sentence.end <= start || sentence.start >= end) continue;
    for (const token of sentence.tokens) {
      if (token.end <= start || token.start >= end) continue;
      if (previousEnd !== -1 && token.start > previousEnd) out += ' ';
      out += token.text;
      previousEnd = token.end;
    }
  }
  return out;
}

/** A body edit as a file edit: its range mapped, its text encoded for the file (JSON escapes). */
function toFileEdit(edit: TextEdit, map: PositionMap, clamp: (offset: number) => number): TextEdit {
  return { range: [map.toFile(clamp(edit.range[0])), map.toFile(clamp(edit.range[1]))], text: map.encode(edit.text) };
}

export function createRuleContext(input: ContextInput): RuleContext {
  const { ruleId, rule, lines, sink } = input;
  const text = input.template.body;
  const map = input.template.map;
  const clamp = (offset: number): number => Math.max(0, Math.min(text.length, Math.trunc(offset)));
  return Object.freeze({
    id: ruleId,
    options: input.options,
    filePath: input.filePath,
    text,
    template: input.template,
    prose: input.prose,
    matchPatterns: (sentence: Sentence) => input.matchSentence(sentence, ruleId),
    quote: (start: number, end: number) => quoteTokens(input.prose, start, end),
    report(descriptor: ReportDescriptor): void {
      const messageTemplate = rule.meta.messages[descriptor.messageId];
      if (messageTemplate === undefined) {
        throw new Error(`Rule "${ruleId}" reported an unknown messageId "${descriptor.messageId}".`);
      }
      const bodyStart = clamp(descriptor.start);
      const offset = map.toFile(bodyStart);
      const endOffset = Math.max(offset, map.toFile(Math.max(bodyStart, clamp(descriptor.end))));
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
      if (descriptor.fix) diagnostic.fix = toFileEdit(descriptor.fix, map, clamp);
      if (descriptor.suggest?.length) diagnostic.suggestions = descriptor.suggest.map((s) => ({ desc: s.desc, fix: toFileEdit(s.fix, map, clamp) }));
      sink.push(diagnostic);
    },
  });
}
