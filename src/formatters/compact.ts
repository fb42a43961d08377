// ESLint's `compact` layout, one problem per line, for editors' problem matchers and grep:
//   path: line L, col C, Error - message (rule-id)
// then a blank line and `N problems`. Paths are relative to cwd; a template worth naming prefixes
// the message (`Template "Refund approved": …`) so the rule id stays last for matchers that
// expect `(rule-id)` at the end. Control characters from the linted file are made visible.
// Prints nothing when there are no problems.
import type { FileResult } from '../types.js';
import { messageType, messageWithTemplate, problemCount, relativePath } from './common.js';
import { escapeControlChars } from './escape.js';
import type { Formatter } from './types.js';

function formatFile(result: FileResult, cwd: string): string[] {
  const file = escapeControlChars(relativePath(result.filePath, cwd));
  return result.messages.map((message) => {
    const text = escapeControlChars(messageWithTemplate(message, result.filePath));
    const rule = message.ruleId ? ` (${escapeControlChars(message.ruleId)})` : '';
    return `${file}: line ${message.line || 0}, col ${message.column || 0}, ${messageType(message)} - ${text}${rule}`;
  });
}

export const compact: Formatter = (results, context) => {
  const lines = results.flatMap((result) => formatFile(result, context.cwd));
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${problemCount(lines.length)}\n`;
};

export default compact;
