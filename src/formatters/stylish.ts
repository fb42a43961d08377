// ESLint's `stylish` layout: one block per file, aligned `line:column  severity  message  rule`
// rows, and a one-line summary. Files with several templates get a sub-heading per template so
// a reader can find the macro in their help desk. Prints nothing at all when there are no problems.
import path from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, FileResult } from '../types.js';
import { displayPath, plural } from './common.js';
import { escapeControlChars } from './escape.js';
import type { Formatter, FormatterContext } from './types.js';

interface Row {
  line: string;
  column: string;
  severity: 'error' | 'warning';
  message: string;
  ruleId: string;
}



/** A template whose name is just its file's name needs no sub-heading. */
function isFileOwnName(template: string, filePath: string): boolean {
  const base = path.basename(filePath);
  return template === base || template === base.slice(0, base.length - path.extname(base).length);
}

function toRow(message: Diagnostic): Row {
  return {
    line: String(message.line ?? 0),
    column: String(message.column ?? 0),
    severity: message.severity === 2 ? 'error' : 'warning',
    message: escapeControlChars(message.message),
    ruleId: escapeControlChars(message.ruleId ?? ''),
  };
}

/**
 * Groups messages by template, keeping the first-seen order of templates and of messages.
 * Messages of no particular template come first, so they never read as part of the group above.
 */
function groupByTemplate(result: FileResult): Array<[string | undefined, Diagnostic[]]> {
  const groups = new Map<string | undefined, Diagnostic[]>([[undefined, []]]);
  for (const message of result.messages) {
    const key =
      message.template !== undefined && !isFileOwnName(message.template, result.filePath)
        ? message.template
        : undefined;
    const group = groups.get(key);
    if (group) group.push(message);
    else groups.set(key, [message]);
  }
  return [...groups].filter(([, messages]) => messages.length > 0);
}

function formatFile(result: FileResult, cwd: string, chalk: ChalkInstance): string {
  const rows = result.messages.map(toRow);
  // Widths are measured on plain text, before colour codes are added.
  const lineWidth = Math.max(...rows.map((r) => r.line.length));
  const columnWidth = Math.max(...rows.map((r) => r.column.length));
  const severityWidth = Math.max(...rows.map((r) => r.severity.length));
  const messageWidth = Math.max(...rows.map((r) => r.message.length));

  const renderRow = (row: Row): string => {
    // Line right-aligned and column left-aligned, so the colons line up (as ESLint does).
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severity = row.severity.padEnd(severityWidth);
    const cells = [
      chalk.dim(position),
      row.severity === 'error' ? chalk.red(severity) : chalk.yellow(severity),
      row.ruleId ? row.message.padEnd(messageWidth) : row.message,
    ];
    if (row.ruleId) cells.push(chalk.dim(row.ruleId));
    return `  ${cells.join('  ')}`.trimEnd();
  };

  const lines = [chalk.underline(escapeControlChars(displayPath(result.filePath, cwd)))];
  const groups = groupByTemplate(result);
  for (const [template, messages] of groups) {
    if (template !== undefined) lines.push(`  ${chalk.bold(`Template "${escapeControlChars(template)}"`)}`);
    for (const message of messages) lines.push(renderRow(toRow(message)));
  }
  return lines.join('\n');
}

function summary(results: FileResult[], chalk: ChalkInstance): string[] {
  let errors = 0;
  let warnings = 0;
  let fixableErrors = 0;
  let fixableWarnings = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixableErrors += result.fixableErrorCount;
    fixableWarnings += result.fixableWarningCount;
  }
  const paint = errors > 0 ? chalk.red.bold : chalk.yellow.bold;
  const lines = [
    paint(`\u2716 ${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`),
  ];
  if (fixableErrors + fixableWarnings > 0) {
    lines.push(paint(`  ${plural(fixableErrors, 'error')} and ${plural(fixableWarnings, 'warning')} potentially fixable.`));
  }
  return lines;
}

export const stylish: Formatter = (results, context: FormatterContext) => {
  const withProblems = results.filter((result) => result.messages.length > 0);
  if (withProblems.length === 0) return '';
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const blocks = withProblems.map((result) => formatFile(result, context.cwd, chalk));
  return `\n${blocks.join('\n\n')}\n\n${summary(withProblems, chalk).join('\n')}\n`;
};

export default stylish;
