// The CLI as a function: argv and injectable I/O in, exit code out. It never calls
// process.exit, so tests run it in-process and the bin sets process.exitCode.
import { CommanderError } from 'commander';
import type { EngineOptions } from '../engine/options.js';
import { fixErrorsOnly } from '../engine/workers.js';
import { loadFormatter } from '../formatters/index.js';
import type { RuleSetting } from '../types.js';
import { cacheOptions } from './cache-options.js';
import { defaultCliDeps, type CliDeps } from './deps.js';
import { describeError, EXIT_FAILURE, EXIT_OK, UsageError } from './errors.js';
import { checkInitUsage } from './init-platforms.js';
import { withDefaults, type CliIO } from './io.js';
import { listRules } from './list-rules.js';
import { printConfig } from './print-config.js';
import { buildProgram, type CliOptions, type Invocation } from './program.js';
import { runLint } from './run-lint.js';
import { testRules } from './test-rules.js';

export type { CliIO } from './io.js';
export type { CliDeps } from './deps.js';

function checkCombinations(patterns: string[], options: CliOptions): void {
  if (options.stdinFilename !== undefined && !options.stdin) {
    throw new UsageError('--stdin-filename only applies together with --stdin.');
  }
  if (options.stdin && patterns.length > 0) {
    throw new UsageError(`--stdin lints the text on stdin; remove the file patterns (${patterns.join(' ')}).`);
  }
  if (options.fix && options.fixDryRun) {
    throw new UsageError('--fix and --fix-dry-run cannot be used together.');
  }
  if (options.fixType !== undefined && !options.fix && !options.fixDryRun) {
    throw new UsageError('--fix-type requires either --fix or --fix-dry-run.');
  }
  if (options.fix && options.stdin) {
    throw new UsageError('--fix cannot be used with --stdin: there is no file to write. Use --fix-dry-run (with -f json, the output field holds the fixed text).');
  }
  if (options.printConfig !== undefined && patterns.length > 0) {
    throw new UsageError('--print-config takes exactly one file name and no other patterns.');
  }
  if (options.cacheLocation !== undefined && !options.cache) {
    throw new UsageError('--cache-location only applies together with --cache.');
  }
  checkSuppressionOptions(options);
}

function checkSuppressionOptions(options: CliOptions): void {
  const given = [
    options.suppressAll && '--suppress-all',
    options.suppressRule && '--suppress-rule',
    options.pruneSuppressions && '--prune-suppressions',
  ].filter((flag): flag is string => typeof flag === 'string');
  if (given.length > 1) throw new UsageError(`${given.join(' and ')} cannot be used together.`);
  // Text without a file name has no entry in the suppressions file to record or prune.
  if (given.length === 1 && options.stdin && options.stdinFilename === undefined) {
    throw new UsageError(`${given[0]} with --stdin needs --stdin-filename: the suppressions file counts errors by file.`);
  }
}

async function ruleOverrides(values: string[] = [], deps: Pick<CliDeps, 'parseRuleOption'>): Promise<Record<string, RuleSetting> | undefined> {
  if (values.length === 0) return undefined;
  const merged: Record<string, RuleSetting> = {};
  for (const value of values) Object.assign(merged, await deps.parseRuleOption(value));
  return merged;
}

async function run(invocation: Invocation, io: CliIO, injected: Partial<CliDeps> | undefined): Promise<number> {
  const { options } = invocation;
  const patterns = invocation.command === 'lint' ? invocation.patterns : [];
  checkCombinations(patterns, options);
  checkInitUsage(invocation.command, patterns, options);
  // Loaded on demand, like the commands below: a lint run never pays for --init or a rule's docs.
  if (options.init) return (await import('./init.js')).runInit(options, io);
  const deps = { ...defaultCliDeps, ...injected };

  const overrides = await ruleOverrides(options.rule, deps);
  const configOptions = {
    cwd: io.cwd,
    useConfigLookup: options.configLookup,
    ...(options.config !== undefined ? { configFile: options.config } : {}),
    ...(overrides ? { ruleOverrides: overrides } : {}),
  };
  if (invocation.command === 'test-rules') return testRules(invocation.dir, configOptions, io, deps);
  if (invocation.command === 'rules') return (await import('./rules-command.js')).rulesCommand(invocation.id, options, configOptions, io, deps);
  if (options.listRules) {
    await loadFormatter(options.format, { cwd: io.cwd }); // Rejects unknown names the same way a lint run does.
    return listRules(options.format, configOptions, io, deps);
  }
  if (options.printConfig !== undefined) return printConfig(options.printConfig, configOptions, io, deps);

  const engineOptions: EngineOptions = {
    ...configOptions,
    ignore: options.ignore,
    warnIgnored: options.warnIgnored,
    ...(options.reportUnusedDisableDirectives ? { reportUnusedDirectives: 2 as const } : {}),
    ...(options.inlineConfig === false ? { allowInlineConfig: false } : {}),
    // As in ESLint, --quiet fixes errors only: the warnings it hides are left alone.
    ...(options.fix || options.fixDryRun ? { fix: options.quiet ? fixErrorsOnly : true } : {}),
    ...(options.fixType ? { fixTypes: options.fixType } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.cache ? { cache: cacheOptions(options, io) } : {}),
    ...(injected ? { deps: injected } : {}),
  };
  return runLint(patterns, options, engineOptions, io);
}

/**
 * Runs macrolint with the given arguments (without `node` and the script) and returns the exit
 * code: 0 clean, 1 lint errors or too many warnings, 2 usage, config or internal error.
 * `deps` replaces the config loader, rules, core or file reading, for tests.
 */
export async function main(argv: readonly string[], io?: Partial<CliIO>, deps?: Partial<CliDeps>): Promise<number> {
  const fullIO = withDefaults(io);
  try {
    let invocation: Invocation | undefined;
    const program = buildProgram(fullIO, (selected) => (invocation = selected));
    try {
      await program.parseAsync([...argv], { from: 'user' });
    } catch (error) {
      // Commander has already printed help, the version, or its error message.
      if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
      throw error;
    }
    return await run(invocation ?? { command: 'lint', patterns: [], options: program.opts<CliOptions>() }, fullIO, deps);
  } catch (error) {
    fullIO.stderr.write(describeError(error, fullIO.env));
    return EXIT_FAILURE;
  }
}
