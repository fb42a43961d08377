// GitHub Actions workflow commands, one per problem, which the runner turns into annotations on
// the pull request's diff:
//   ::error file=macros/refund.md,line=3,col=1,endLine=3,endColumn=6,title=no-blame (Refund approved)::message
//
// Every output line is a command the runner parses, and the only thing it parses: text from
// linted files must not end one command early or start another. The runner only sees a command
// at the start of a line, takes everything up to the first `::` after the command name as the
// properties (split at `,` and the first `=` of each), and the rest of the line as the message.
// So, after control characters are made visible (the raw line is shown in the job log, which
// renders ANSI):
//  - the message escapes `%` `\r` `\n` (GitHub's escapeData): no line break can reach the log,
//    and a `%0A` already in the text stays literal instead of decoding to a newline. `::` inside
//    the message is harmless: it is not at the start of a line, and the separator came before it.
//  - properties (file, title) also escape `:` and `,` (escapeProperty): no `::` can end the
//    properties early and no `,` can smuggle in a property of its own.
// Newlines in a message are kept (as %0A, shown as line breaks in the annotation); other
// control characters, a lone `\r` included, become visible escapes.
//
// The runner drops an annotation whose columns it finds invalid (col/endColumn on a multi-line
// range, endColumn before col, endLine before line; actions/runner#2082, #4167), so those
// properties are left out instead. Prints nothing when there are no problems; no summary line.
import type { Diagnostic, FileResult } from '../types.js';
import { relativePath, templateOf } from './common.js';
import { escapeControlChars } from './escape.js';
import type { Formatter } from './types.js';

/** GitHub's escapeData (@actions/core): for the message after `::`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** GitHub's escapeProperty (@actions/core): for property values (file, title). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Control characters made visible, except `\n`, which an annotation can show as a line break. */
function visibleKeepingNewlines(text: string): string {
  return text.split('\n').map(escapeControlChars).join('\n');
}

function positionProperties(message: Diagnostic): string[] {
  const props: string[] = [];
  const { line, column, endLine, endColumn } = message;
  if (!(line > 0)) return props;
  props.push(`line=${line}`);
  const validEndLine = endLine >= line ? endLine : undefined;
  const singleLine = validEndLine === undefined || validEndLine === line;
  if (singleLine && column > 0) props.push(`col=${column}`);
  if (validEndLine !== undefined) props.push(`endLine=${validEndLine}`);
  if (singleLine && column > 0 && validEndLine !== undefined && endColumn >= column) props.push(`endColumn=${endColumn}`);
  return props;
}

/** The annotation's title: the rule id (`fatal` without one) and the template, if worth naming. */
export function annotationTitle(message: Diagnostic, filePath: string): string {
  const rule = message.ruleId ?? 'fatal';
  const template = templateOf(message, filePath);
  return template === undefined ? rule : `${rule} (${template})`;
}

function formatMessage(result: FileResult, message: Diagnostic, cwd: string): string {
  const command = message.fatal || message.severity === 2 ? 'error' : 'warning';
  const props = [
    `file=${escapeProperty(escapeControlChars(relativePath(result.filePath, cwd)))}`,
    ...positionProperties(message),
    `title=${escapeProperty(escapeControlChars(annotationTitle(message, result.filePath)))}`,
  ];
  return `::${command} ${props.join(',')}::${escapeData(visibleKeepingNewlines(message.message))}`;
}

export const github: Formatter = (results, context) => {
  const lines = results.flatMap((result) => result.messages.map((message) => formatMessage(result, message, context.cwd)));
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};

export default github;
