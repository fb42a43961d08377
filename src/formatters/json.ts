// ESLint's JSON shape, so tools that already read `eslint -f json` (reviewdog, editors, CI
// dashboards) can read macrolint's report. Offsets stay out: ESLint has none, and line/column
// are what those tools use. `templates` is macrolint's own addition.
import type { Diagnostic, FileResult } from '../types.js';
import { escapeJsonUnsafe } from './escape.js';
import type { Formatter } from './types.js';

function toJsonMessage(message: Diagnostic): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: message.ruleId,
    severity: message.severity,
    message: message.message,
  };
  if (message.messageId !== undefined) out.messageId = message.messageId;
  out.line = message.line;
  out.column = message.column;
  out.endLine = message.endLine;
  out.endColumn = message.endColumn;
  if (message.fatal) out.fatal = true;
  if (message.template !== undefined) out.template = message.template;
  if (message.fix) out.fix = message.fix;
  if (message.suggestions?.length) out.suggestions = message.suggestions;
  return out;
}

export function toJsonResult(result: FileResult): Record<string, unknown> {
  return {
    filePath: result.filePath,
    messages: result.messages.map(toJsonMessage),
    // Always empty for now; present because ESLint consumers expect the key.
    suppressedMessages: [],
    errorCount: result.errorCount,
    fatalErrorCount: result.fatalErrorCount,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    // ESLint's field: the fixed file, present only when --fix / --fix-dry-run changed it.
    ...(result.output !== undefined ? { output: result.output } : {}),
    usedDeprecatedRules: [],
    templates: result.templates ?? [],
  };
}

export const json: Formatter = (results) => escapeJsonUnsafe(JSON.stringify(results.map(toJsonResult)));

export default json;
