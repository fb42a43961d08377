// ESLint's `unix` layout, the `file:line:column: message` convention of compilers, which editors
// (Vim's quickfix, Emacs' compilation mode) jump through:
//   path:L:C: message [Error/rule-id]
// then a blank line and `N problems`. Paths are relative to cwd; a template worth naming prefixes
// the message. Control characters from the linted file are made visible. Prints nothing when
// there are no problems.
import type { FileResult } from '../types.js';
import { messageType, messageWithTemplate, problemCount, relativePath } from './common.js';
import { escapeControlChars } from './escape.js';
import type { Formatter } from './types.js';

function formatFile(result: FileResult, cwd: string): string[] {
  const file = escapeControlChars(relativePath(result.filePath, cwd));
  return result.messages.map((message) => {
    const text = escapeControlChars(messageWithTemplate(message, result.filePath));
    const rule = message.ruleId ? `/${escapeControlChars(message.ruleId)}` : '';
    return `${file}:${message.line || 0}:${message.column || 0}: ${text} [${messageType(message)}${rule}]`;
  });
}

export const unix: Formatter = (results, context) => {
  const lines = results.flatMap((result) => formatFile(result, context.cwd));
  if (lines.length === 0) return '';
  return `${lines.join('\n')}\n\n${problemCount(lines.length)}\n`;
};

export default unix;
