// Building and reshaping FileResults outside the core: results for files the core never saw
// (unreadable, ignored, binary, not valid UTF-8, too deep to read) and the --quiet filter,
// which must keep the counts honest.
import type { Diagnostic, FileResult } from '../types.js';
import { summarize } from '../core/summarize.js';
import { BINARY_SNIFF_BYTES, type InvalidEncoding } from './decode.js';

function resultWith(filePath: string, message: Diagnostic): FileResult {
  return summarize(filePath, [message]);
}

const positionZero = { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 };

/** A file that could not be read (EACCES, EISDIR, invalid path …): one fatal error, never a crash. */
export function unreadableFileResult(filePath: string, error: unknown): FileResult {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return resultWith(filePath, {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: `Cannot read file: ${reason}.`,
    ...positionZero,
  });
}

/** An explicitly named file that an ignore pattern excludes: a warning, as ESLint gives. */
export function ignoredFileResult(filePath: string): FileResult {
  return resultWith(filePath, {
    ruleId: null,
    severity: 1,
    message:
      'File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway, or "--no-warn-ignored" to suppress this warning.',
    ...positionZero,
  });
}

/**
 * A binary file (a NUL byte where git looks for one): skipped with a warning, like an ignored
 * file, so a CI log shows it and `--max-warnings 0` notices an image saved as `reply.md`.
 */
export function binaryFileResult(filePath: string): FileResult {
  return resultWith(filePath, {
    ruleId: null,
    severity: 1,
    message: `File ignored because it looks binary: it has a NUL byte in its first ${BINARY_SNIFF_BYTES} bytes. Templates are read as UTF-8, or as UTF-16 when they start with a byte-order mark.`,
    ...positionZero,
  });
}

/** Bytes that are not valid in the file's encoding: one fatal error where they start, instead of linting U+FFFD garbage. */
export function invalidEncodingResult(filePath: string, invalid: InvalidEncoding): FileResult {
  const { line, column, offset } = invalid;
  return resultWith(filePath, {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: `Invalid ${invalid.encoding.toUpperCase()} at byte offset ${invalid.byteOffset} (${invalid.found}): macrolint reads UTF-8, or UTF-16 with a byte-order mark. Save the file as UTF-8.`,
    line,
    column,
    endLine: line,
    endColumn: column,
    offset,
    endOffset: offset,
  });
}

/**
 * A file nested so deeply (YAML, HTML thousands of levels deep) that reading it exhausted the
 * stack: a fatal error for that file, so the other files are still linted and reported.
 */
export function stackOverflowResult(filePath: string): FileResult {
  return resultWith(filePath, {
    ruleId: null,
    severity: 2,
    fatal: true,
    message: 'File not linted: it is nested too deeply to read (macrolint ran out of stack space). Flatten the nesting.',
    ...positionZero,
  });
}

/** Recounts a result from its messages, keeping everything else about it. */
export function recount(result: FileResult, messages: Diagnostic[]): FileResult {
  return { ...result, ...summarize(result.filePath, messages, result.templates) };
}

/** `--quiet`: errors only. Files keep their place in the list even when nothing is left. */
export function keepErrorsOnly(results: FileResult[]): FileResult[] {
  return results.map((result) =>
    result.warningCount === 0 ? result : recount(result, result.messages.filter((m) => m.severity === 2)),
  );
}

export interface ResultTotals {
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
}

export function countResults(results: readonly FileResult[]): ResultTotals {
  const totals = { errorCount: 0, warningCount: 0, fatalErrorCount: 0 };
  for (const result of results) {
    totals.errorCount += result.errorCount;
    totals.warningCount += result.warningCount;
    totals.fatalErrorCount += result.fatalErrorCount;
  }
  return totals;
}
