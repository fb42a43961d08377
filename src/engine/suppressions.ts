// Bulk suppressions (ESLint's `--suppress-all`, 9.24+): a baseline of the error counts a repository
// already has, per file, per template and per rule, so CI can fail on new errors only. This module
// is the pure part (record, apply, prune, parse, serialise); suppressions-file.ts reads and writes.
//
// Counts, not positions: a line moves whenever someone edits above it, but the number of
// `no-blame` errors in the "Refund" template only changes when that template gets better or
// worse. As in ESLint, when a count grows we cannot tell which problem is the new one, so then
// every problem of that file, template and rule is reported.
import path from 'node:path';
import { didYouMean } from '../config/suggest.js';
import { joinKey } from '../config/key-path.js';
import { jsonErrorOffset, jsonReason, positionAt } from '../config/syntax.js';
import { escapeControlChars } from '../formatters/escape.js';
import type { Diagnostic, FileResult } from '../types.js';
import { recount } from './results.js';

/** The template key of a problem that belongs to no template (never the case for a rule's problem today). */
export const NO_TEMPLATE = '';

/** file (relative to cwd, `/`-separated) -> template name -> rule id -> recorded error count. */
export type SuppressionTable = Map<string, Map<string, Map<string, number>>>;

/** What `--suppress-all` / `--suppress-rule` record: every rule, or only these. */
export type RuleSelection = 'all' | readonly string[];

export interface UnusedSuppression {
  file: string;
  template: string;
  ruleId: string;
  recorded: number;
  found: number;
}

export interface AppliedSuppressions {
  /** The results with suppressed problems removed and their counts recomputed. */
  results: FileResult[];
  /** Recorded counts higher than what occurs now, in files this run linted completely. */
  unused: UnusedSuppression[];
  suppressedCount: number;
}

/** A suppressions file that cannot be read, written or parsed, or a bad --suppress-rule: exit code 2. */
export class SuppressionsError extends Error {
  override readonly name = 'SuppressionsError';
}

/**
 * The key of a result: its path relative to cwd with `/`, so the file reads the same on every
 * machine and OS. Text from stdin without `--stdin-filename` (`<text>`) has no path and no key.
 */
export function suppressionKey(filePath: string, cwd: string): string | undefined {
  if (!path.isAbsolute(filePath)) return undefined;
  return path.relative(cwd, filePath).split(path.sep).join('/');
}

/** Only rule errors can be suppressed: never warnings, and never fatal problems (parse errors, unreadable files). */
function isSuppressible(message: Diagnostic): message is Diagnostic & { ruleId: string } {
  return message.severity === 2 && !message.fatal && message.ruleId !== null;
}

function templateOf(message: Diagnostic): string {
  return message.template ?? NO_TEMPLATE;
}

/** A result's suppressible errors counted by template, then rule. */
export function countErrors(result: FileResult): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const message of result.messages) {
    if (!isSuppressible(message)) continue;
    const template = templateOf(message);
    const rules = counts.get(template) ?? new Map<string, number>();
    rules.set(message.ruleId, (rules.get(message.ruleId) ?? 0) + 1);
    counts.set(template, rules);
  }
  return counts;
}

function cloneTable(table: SuppressionTable): SuppressionTable {
  return new Map([...table].map(([file, templates]) => [file, new Map([...templates].map(([name, rules]) => [name, new Map(rules)]))]));
}

/** Drops zero counts, then templates and files left empty. */
function compact(table: SuppressionTable): SuppressionTable {
  for (const [file, templates] of table) {
    for (const [name, rules] of templates) {
      for (const [ruleId, count] of rules) if (count <= 0) rules.delete(ruleId);
      if (rules.size === 0) templates.delete(name);
    }
    if (templates.size === 0) table.delete(file);
  }
  return table;
}

/**
 * The results whose counts can be trusted, by key. A file with a fatal problem (it could not be
 * parsed, or a rule crashed) was not linted completely: its recorded counts are kept as they
 * are, so fixing a syntax error does not bring back every suppressed problem at once.
 */
function completeResults(results: readonly FileResult[], cwd: string): Map<string, FileResult> {
  const byKey = new Map<string, FileResult>();
  for (const result of results) {
    const key = suppressionKey(result.filePath, cwd);
    if (key !== undefined && result.fatalErrorCount === 0) byKey.set(key, result);
  }
  return byKey;
}

/**
 * `--suppress-all` / `--suppress-rule`: sets the counts of the selected rules in the linted files
 * to the errors they have now (a rule with none now is dropped). Other files and other rules keep
 * what the table had.
 */
export function recordSuppressions(table: SuppressionTable, results: readonly FileResult[], cwd: string, rules: RuleSelection): SuppressionTable {
  const next = cloneTable(table);
  const selected = (ruleId: string): boolean => rules === 'all' || rules.includes(ruleId);
  for (const [key, result] of completeResults(results, cwd)) {
    const templates = next.get(key) ?? new Map<string, Map<string, number>>();
    for (const recorded of templates.values()) for (const ruleId of recorded.keys()) if (selected(ruleId)) recorded.delete(ruleId);
    for (const [name, counts] of countErrors(result)) {
      const recorded = templates.get(name) ?? new Map<string, number>();
      for (const [ruleId, count] of counts) if (selected(ruleId)) recorded.set(ruleId, count);
      templates.set(name, recorded);
    }
    next.set(key, templates);
  }
  return compact(next);
}

/**
 * Removes the problems the table covers. For each file, template and rule: as many errors as
 * recorded or fewer are all suppressed (fewer makes the surplus unused); more are all reported.
 */
export function applySuppressions(table: SuppressionTable, results: readonly FileResult[], cwd: string): AppliedSuppressions {
  const unused: UnusedSuppression[] = [];
  let suppressedCount = 0;
  const applied = results.map((result) => {
    const key = suppressionKey(result.filePath, cwd);
    const templates = key === undefined ? undefined : table.get(key);
    if (key === undefined || !templates) return result;
    const counts = countErrors(result);
    const covered = (message: Diagnostic): boolean => {
      if (!isSuppressible(message)) return false;
      const recorded = templates.get(templateOf(message))?.get(message.ruleId) ?? 0;
      return counts.get(templateOf(message))!.get(message.ruleId)! <= recorded;
    };
    if (result.fatalErrorCount === 0) {
      for (const [name, rules] of templates) {
        for (const [ruleId, recorded] of rules) {
          const found = counts.get(name)?.get(ruleId) ?? 0;
          if (found < recorded) unused.push({ file: key, template: name, ruleId, recorded, found });
        }
      }
    }
    const kept = result.messages.filter((message) => !covered(message));
    if (kept.length === result.messages.length) return result;
    suppressedCount += result.messages.length - kept.length;
    return recount(result, kept);
  });
  return { results: applied, unused, suppressedCount };
}

/**
 * `--prune-suppressions`: lowers each count of a linted file to what occurs now (dropping zeros),
 * and drops files that no longer exist. Counts never go up here: a count that is exceeded stays,
 * and its problems stay reported. Files this run did not lint are kept while they exist.
 */
export function pruneSuppressions(
  table: SuppressionTable,
  results: readonly FileResult[],
  cwd: string,
  fileExists: (key: string) => boolean,
): SuppressionTable {
  const next = cloneTable(table);
  const linted = completeResults(results, cwd);
  for (const [key, templates] of next) {
    const result = linted.get(key);
    if (!result) {
      if (!fileExists(key)) next.delete(key);
      continue;
    }
    const counts = countErrors(result);
    for (const [name, rules] of templates) {
      for (const [ruleId, recorded] of rules) rules.set(ruleId, Math.min(recorded, counts.get(name)?.get(ruleId) ?? 0));
    }
  }
  return compact(next);
}

/** `--suppress-rule` ids that no rule of this run has: a typo would otherwise record nothing, silently. */
export function unknownRuleMessage(requested: readonly string[], ruleIds: readonly string[]): string | undefined {
  const unknown = requested.filter((id) => !ruleIds.includes(id));
  if (unknown.length === 0) return undefined;
  return unknown
    .map((id) => `--suppress-rule "${escapeControlChars(id)}": no rule with this id is enabled for the files linted${didYouMean(id, ruleIds)}.`)
    .join('\n');
}

export function totalSuppressed(table: SuppressionTable): { errors: number; files: number } {
  let errors = 0;
  for (const templates of table.values()) for (const rules of templates.values()) for (const count of rules.values()) errors += count;
  return { errors, files: table.size };
}

// -------------------------------------------------------------------------------------------
// The file: JSON, keys sorted, two-space indent, final newline, so it diffs well in git.
// -------------------------------------------------------------------------------------------

/** Sorted by UTF-16 code units, not locale, so every machine writes the same order. */
function sortedEntries<T>(map: Map<string, T>): Array<[string, T]> {
  return [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function serializeSuppressions(table: SuppressionTable): string {
  // Built with Object.fromEntries so that a file or template named "__proto__" is a plain key.
  const json = Object.fromEntries(
    sortedEntries(table).map(([file, templates]) => [
      file,
      Object.fromEntries(
        sortedEntries(templates).map(([name, rules]) => [name, Object.fromEntries(sortedEntries(rules).map(([ruleId, count]) => [ruleId, { count }]))]),
      ),
    ]),
  );
  return `${JSON.stringify(json, null, 2)}\n`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? 'an object' : String(value);
}

/** Parses a suppressions file's text; `label` names the file in errors (with line and column for bad JSON). */
export function parseSuppressions(text: string, label: string): SuppressionTable {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const { line, column } = positionAt(source, jsonErrorOffset(source, message));
    throw new SuppressionsError(`Cannot parse the suppressions file ${label}:${line}:${column}: ${jsonReason(message)}.`);
  }
  const invalid = (keyPath: string, expected: string, value: unknown): SuppressionsError =>
    new SuppressionsError(
      `Invalid suppressions file ${label}: ${keyPath || 'the top level'} should be ${expected} (got ${describe(value)}). ` +
        'Fix it, or delete it and run macrolint --suppress-all to record it again.',
    );
  if (!isPlainObject(data)) throw invalid('', 'an object of file paths', data);
  const table: SuppressionTable = new Map();
  for (const [file, templates] of Object.entries(data)) {
    const fileKey = joinKey('', file);
    if (!isPlainObject(templates)) throw invalid(fileKey, 'an object of template names', templates);
    const byTemplate = new Map<string, Map<string, number>>();
    for (const [name, rules] of Object.entries(templates)) {
      const templateKey = joinKey(fileKey, name);
      if (!isPlainObject(rules)) throw invalid(templateKey, 'an object of rule ids', rules);
      const byRule = new Map<string, number>();
      for (const [ruleId, entry] of Object.entries(rules)) {
        const ruleKey = joinKey(templateKey, ruleId);
        if (!isPlainObject(entry)) throw invalid(ruleKey, 'an object like { "count": 2 }', entry);
        const { count } = entry;
        if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) throw invalid(joinKey(ruleKey, 'count'), 'a whole number, 0 or more', count);
        byRule.set(ruleId, count);
      }
      byTemplate.set(name, byRule);
    }
    table.set(file, byTemplate);
  }
  return table;
}

// -------------------------------------------------------------------------------------------
// What the CLI prints about unused suppressions.
// -------------------------------------------------------------------------------------------

const MAX_LISTED = 10;

/** The stderr text for unused suppressions: which ones, and what to run. Names are escaped: they come from disk. */
export function unusedSuppressionsMessage(unused: readonly UnusedSuppression[], label: string): string {
  const one = unused.length === 1;
  const lines = [
    `macrolint: ${unused.length} ${one ? 'suppression' : 'suppressions'} in ${escapeControlChars(label)} ${one ? 'is' : 'are'} ` +
      'no longer needed (fewer errors occur than were recorded):',
  ];
  for (const entry of unused.slice(0, MAX_LISTED)) {
    const template = entry.template === NO_TEMPLATE ? '' : `, template "${escapeControlChars(entry.template)}"`;
    lines.push(`  ${escapeControlChars(entry.file)}${template}: ${escapeControlChars(entry.ruleId)} (${entry.recorded} recorded, ${entry.found} found)`);
  }
  if (unused.length > MAX_LISTED) lines.push(`  … and ${unused.length - MAX_LISTED} more`);
  lines.push('Run the same command with --prune-suppressions to update the file, or add --pass-on-unpruned-suppressions to ignore this.');
  return `${lines.join('\n')}\n`;
}
