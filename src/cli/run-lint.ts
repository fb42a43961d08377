// The default command: lint files (or stdin), print the report, decide the exit code.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lintFiles } from '../engine/lint-files.js';
import { decodeText } from '../engine/lint-one.js';
import { lintStdin } from '../engine/lint-stdin.js';
import type { EngineOptions } from '../engine/options.js';
import { countResults, keepErrorsOnly } from '../engine/results.js';
import { openSuppressions } from '../engine/suppressions-file.js';
import { unusedSuppressionsMessage } from '../engine/suppressions.js';
import { writeFixes } from '../engine/write-fixes.js';
import { loadFormatter, type FormatterContext } from '../formatters/index.js';
import type { FileResult, RuleMeta, RuleModule } from '../types.js';
import { shouldUseColor } from './color.js';
import { EXIT_FAILURE, EXIT_LINT_ERRORS, EXIT_OK } from './errors.js';
import { readAll, type CliIO } from './io.js';
import type { CliOptions } from './program.js';
import { writeToFile, writeToStream } from './write-report.js';

/** The metadata of the rules the run used, under the ids the config uses (plugin rules namespaced). */
function metasOf(rules: ReadonlyMap<string, RuleModule>): Record<string, RuleMeta> {
  const metas: Record<string, RuleMeta> = {};
  for (const [id, rule] of rules) if (rule?.meta) metas[id] = { ...rule.meta, id };
  return metas;
}

/** The text of every file with problems, for formatters that quote the offending line (html). */
async function collectSources(results: FileResult[], cwd: string, stdinText: string | undefined): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  await Promise.all(
    results
      .filter((result) => result.messages.length > 0)
      .map(async (result) => {
        try {
          // With --fix-dry-run the messages are positioned in the fixed text, not in the file.
          if (result.output !== undefined) sources.set(result.filePath, decodeText(result.output));
          else sources.set(result.filePath, stdinText ?? decodeText(await readFile(path.resolve(cwd, result.filePath))));
        } catch {
          // Unreadable now (deleted, permissions): the report just shows no context line.
        }
      }),
  );
  return sources;
}

export async function runLint(
  patterns: string[],
  options: CliOptions,
  engineOptions: EngineOptions,
  io: CliIO,
): Promise<number> {
  // Load the formatter first: an unknown name is a usage error before any work is done.
  const format = await loadFormatter(options.format, { cwd: io.cwd });
  // Read before linting, so a broken suppressions file fails at once.
  const baseline = await openSuppressions(io.cwd, {
    ...(options.suppressionsLocation !== undefined ? { location: options.suppressionsLocation } : {}),
    ...(options.suppressAll ? { record: 'all' as const } : options.suppressRule ? { record: options.suppressRule } : {}),
    ...(options.pruneSuppressions ? { prune: true } : {}),
  });

  // --quiet is applied here, not in the engine, so --max-warnings still counts the warnings
  // (as ESLint does): a quiet CI log must not hide that the warning budget was blown.
  const stdinBytes = options.stdin ? await readAll(io.stdin) : undefined;
  // The engine says which rules it loaded, so formatters get their metadata without a second load.
  let loadedRules: ReadonlyMap<string, RuleModule> | undefined;
  const runOptions: EngineOptions = { ...engineOptions, onRulesLoaded: (rules) => (loadedRules = rules) };
  const linted: FileResult[] = stdinBytes !== undefined
    ? await lintStdin(stdinBytes, {
        ...runOptions,
        ...(options.stdinFilename !== undefined ? { filePath: options.stdinFilename } : {}),
      })
    : await lintFiles(patterns, {
        ...runOptions,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
      });
  // --fix writes before reporting, so the report (and the exit code) is about the files as they now are.
  if (options.fix) await writeFixes(linted, io.cwd);
  // Suppressions apply to what is left after fixing; from here on, suppressed problems don't exist.
  const settled = baseline ? await baseline.settle(linted, loadedRules && [...loadedRules.keys()]) : undefined;
  if (settled?.note) io.stderr.write(settled.note);
  const all = settled?.results ?? linted;
  const shown = options.quiet ? keepErrorsOnly(all) : all;

  const toFile = options.outputFile !== undefined;
  const context: FormatterContext = { cwd: io.cwd, color: !toFile && shouldUseColor(options.color, io.env, io.isTTY) };
  if (loadedRules) context.rulesMeta = metasOf(loadedRules);
  if (options.format === 'html') context.sources = await collectSources(shown, io.cwd, stdinBytes === undefined ? undefined : decodeText(stdinBytes));
  const report = format(shown, context);
  if (toFile) await writeToFile(io.cwd, options.outputFile!, report);
  else writeToStream(io.stdout, report);

  // As in ESLint: suppressions that no longer match fail the run, so the file cannot rot.
  if (settled && settled.unused.length > 0 && !options.passOnUnprunedSuppressions) {
    io.stderr.write(unusedSuppressionsMessage(settled.unused, settled.label));
    return EXIT_FAILURE;
  }
  const totals = countResults(all);
  if (totals.errorCount > 0) return EXIT_LINT_ERRORS;
  if (options.maxWarnings !== undefined && totals.warningCount > options.maxWarnings) {
    io.stderr.write(`macrolint found too many warnings (maximum: ${options.maxWarnings}).\n`);
    return EXIT_LINT_ERRORS;
  }
  return EXIT_OK;
}
