// The default command: lint files (or stdin), print the report, decide the exit code.
import { lintFiles } from '../engine/lint-files.js';
import { lintStdin } from '../engine/lint-stdin.js';
import type { EngineOptions } from '../engine/options.js';
import { countResults, keepErrorsOnly } from '../engine/results.js';
import { loadFormatter } from '../formatters/index.js';
import type { FileResult } from '../types.js';
import { shouldUseColor } from './color.js';
import { EXIT_LINT_ERRORS, EXIT_OK } from './errors.js';
import { readAll, type CliIO } from './io.js';
import type { CliOptions } from './program.js';
import { writeToFile, writeToStream } from './write-report.js';

export async function runLint(
  patterns: string[],
  options: CliOptions,
  engineOptions: EngineOptions,
  io: CliIO,
): Promise<number> {
  // Load the formatter first: an unknown name is a usage error before any work is done.
  const format = await loadFormatter(options.format);

  // --quiet is applied here, not in the engine, so --max-warnings still counts the warnings
  // (as ESLint does): a quiet CI log must not hide that the warning budget was blown.
  const all: FileResult[] = options.stdin
    ? await lintStdin(await readAll(io.stdin), {
        ...engineOptions,
        ...(options.stdinFilename !== undefined ? { filePath: options.stdinFilename } : {}),
      })
    : await lintFiles(patterns, {
        ...engineOptions,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      });
  const shown = options.quiet ? keepErrorsOnly(all) : all;

  const toFile = options.outputFile !== undefined;
  const report = format(shown, { cwd: io.cwd, color: !toFile && shouldUseColor(options.color, io.env, io.isTTY) });
  if (toFile) await writeToFile(io.cwd, options.outputFile!, report);
  else writeToStream(io.stdout, report);

  const totals = countResults(all);
  if (totals.errorCount > 0) return EXIT_LINT_ERRORS;
  if (options.maxWarnings !== undefined && totals.warningCount > options.maxWarnings) {
    io.stderr.write(`macrolint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return EXIT_LINT_ERRORS;
  }
  return EXIT_OK;
}
