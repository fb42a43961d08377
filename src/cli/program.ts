// The command-line interface as data: every option, its help text and how it parses. main.ts
// turns the parsed options into engine calls.
import { Command, InvalidArgumentError } from 'commander';
import type { RuleType } from '../types.js';
import type { CliIO } from './io.js';
import { packageVersion } from './version.js';

export interface CliOptions {
  config?: string;
  configLookup: boolean;
  format: string;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  rule?: string[];
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  listRules?: boolean;
  /** undefined unless --color or --no-color was given. */
  color?: boolean;
  ignore: boolean;
  warnIgnored: boolean;
  errorOnUnmatchedPattern: boolean;
  /** --report-unused-disable-directives: directives that silence nothing are reported as errors. */
  reportUnusedDisableDirectives?: boolean;
  /** false for --no-inline-config: `macrolint-disable` comments are ignored. */
  inlineConfig: boolean;
  /** --concurrency: threads to lint on (a number, auto or off). */
  concurrency?: number | 'auto' | 'off';
  /** --fix: apply fixes and write the changed files. */
  fix?: boolean;
  /** --fix-dry-run: apply fixes in memory only (the json report's `output` shows the result). */
  fixDryRun?: boolean;
  /** --fix-type: only fixes of rules of these types. */
  fixType?: RuleType[];
  /** --cache: only lint files that changed since the last run. */
  cache?: boolean;
  /** --cache-location: the cache file, or a folder for it (default .macrolintcache). */
  cacheLocation?: string;
  /** --init: write a starter .macrolintrc.yaml (init.ts); --platform, --templates and --syntax answer its questions. */
  init?: boolean;
  platform?: string;
  templates?: string;
  syntax?: string;
  /** --suppress-all: record every error in the suppressions file. */
  suppressAll?: boolean;
  /** --suppress-rule: record the errors of these rules only. */
  suppressRule?: string[];
  /** --suppressions-location: the suppressions file (default macrolint-suppressions.json in cwd). */
  suppressionsLocation?: string;
  /** --prune-suppressions: lower the recorded counts to what occurs now. */
  pruneSuppressions?: boolean;
  /** --pass-on-unpruned-suppressions: unused suppressions neither fail the run nor print. */
  passOnUnprunedSuppressions?: boolean;
}

export const FIX_TYPES: readonly RuleType[] = ['tone', 'structure', 'template', 'style'];

/** `--fix-type tone,style` (repeatable): a comma list of rule types. */
function parseFixTypes(value: string, previous: RuleType[] | undefined): RuleType[] {
  const types = value.split(',').map((type) => type.trim()).filter((type) => type !== '');
  if (types.length === 0) throw new InvalidArgumentError(`Expected a comma-separated list of rule types: ${FIX_TYPES.join(', ')}.`);
  for (const type of types) {
    if (!(FIX_TYPES as readonly string[]).includes(type)) {
      throw new InvalidArgumentError(`Unknown rule type "${type}". Expected one or more of: ${FIX_TYPES.join(', ')}.`);
    }
  }
  return [...new Set([...(previous ?? []), ...(types as RuleType[])])];
}

/** What the command line asked for: a lint run (the default command) or `test-rules`. */
export type Invocation =
  | { command: 'lint'; patterns: string[]; options: CliOptions }
  | { command: 'test-rules'; dir?: string; options: CliOptions }
  | { command: 'rules'; id?: string; options: CliOptions };

/** `--concurrency 2`, `auto` or `off`, as in ESLint. */
function parseConcurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value;
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('Expected a number of threads (1 or more), "auto" or "off".');
  return Number(value);
}

function parseMaxWarnings(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number of warnings, 0 or more.');
  return Number(value);
}

// No default value: commander would print "(default: [])" in the help.
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `select` receives the parsed invocation; nothing is called for --help, --version or a usage error. */
export function buildProgram(io: CliIO, select: (invocation: Invocation) => void): Command {
  const program = new Command('macrolint')
    .description('Lint customer-support reply templates (macros) for tone, structure and placeholders.')
    .argument('[patterns...]', 'files, directories or globs to lint (default: .)')
    .usage('[options] [patterns...]')
    .option('-c, --config <file>', 'use this config file (no lookup)')
    .option('--no-config-lookup', 'do not look for config files; use the built-in recommended rules')
    .option('-f, --format <name>', 'report format: stylish or json', 'stylish')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--max-warnings <n>', 'exit with code 1 when there are more than n warnings', parseMaxWarnings)
    .option('--quiet', 'report errors only')
    .option('--rule <rule>', 'set a rule, e.g. --rule "no-blame: warn" (repeatable)', collect)
    .option('--stdin', 'lint text read from stdin')
    .option('--stdin-filename <name>', 'the file name the stdin text stands for (for config and ignores)')
    .option('--fix', 'fix problems automatically where a rule can, and write the changed files')
    .option('--fix-dry-run', 'fix problems in memory without writing files (see the output field of -f json)')
    .option('--fix-type <types>', 'only apply fixes of these rule types: tone, structure, template, style (comma list)', parseFixTypes)
    .option('--print-config <file>', 'print the effective config for a file as JSON and exit')
    .option('--list-rules', 'list the rules (built-in, plugin and YAML rules of the config) and exit')
    .option('--init', 'write a starter .macrolintrc.yaml here (asks on a terminal; else give --platform)')
    .option('--platform <name>', 'with --init: zendesk, helpscout, freshdesk, intercom, front, gorgias or markdown')
    .option('--templates <glob>', 'with --init: the files that hold the templates (default depends on --platform)')
    .option('--syntax <name>', 'with --init: the placeholder syntax (default: the platform\'s, auto for markdown)')
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--no-ignore', 'lint ignored files too (.gitignore, .macrolintignore, config ignores)')
    .option('--no-warn-ignored', 'do not warn about ignored files named on the command line')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--report-unused-disable-directives', 'report macrolint-disable comments that silence nothing, as errors')
    .option('--no-inline-config', 'ignore macrolint-disable / macrolint-enable comments in templates')
    .option('--concurrency <n>', 'threads to lint on: a number, auto (default: worker threads for large runs) or off', parseConcurrency)
    .option('--cache', 'only lint files that changed since the last run (results kept in .macrolintcache)')
    .option('--cache-location <path>', 'with --cache: the cache file, or a folder to keep it in')
    .option('--suppress-all', 'record every error in the suppressions file, so only new errors are reported')
    .option('--suppress-rule <id>', 'record the errors of this rule in the suppressions file (repeatable)', collect)
    .option('--suppressions-location <file>', 'the suppressions file (default: macrolint-suppressions.json)')
    .option('--prune-suppressions', 'lower the counts in the suppressions file to the errors that still occur')
    .option('--pass-on-unpruned-suppressions', 'do not fail when the suppressions file records more errors than occur')
    .version(packageVersion(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .exitOverride()
    .showHelpAfterError('Run "macrolint --help" for the list of options.')
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
      getOutHelpWidth: () => 100,
      getErrHelpWidth: () => 100,
    });
  program.action((patterns: string[]) => select({ command: 'lint', patterns, options: program.opts<CliOptions>() }));
  // Options are the program's (`-c`, `--no-config-lookup`), written before or after the command.
  program
    .command('test-rules')
    .description("run every YAML rule's examples (incorrect ones must be flagged, correct ones not)")
    .argument('[dir]', "folder of YAML rules (default: the config's rulesDir)")
    .addHelpText(
      'after',
      `
-c <file> and --no-config-lookup (written before or after test-rules) choose the config.
Exit codes: 0 every example passes, 1 an example fails, 2 an invalid rule file or nothing to test.`,
    )
    .action((dir: string | undefined) => select({ command: 'test-rules', ...(dir !== undefined ? { dir } : {}), options: program.opts<CliOptions>() }));
  program
    .command('rules')
    .description("list the rules, or show one rule's documentation")
    .argument('[id]', 'a rule id (built-in, plugin or YAML rule of the config)')
    .addHelpText(
      'after',
      `
Without an id, the same list as --list-rules (-f json for JSON). -c <file> and --no-config-lookup
choose the config, whose plugin and YAML rules are listed too. To lint a folder named "rules",
write it as ./rules.`,
    )
    .action((id: string | undefined) => select({ command: 'rules', ...(id !== undefined ? { id } : {}), options: program.opts<CliOptions>() }));
  program.addHelpText(
    'after',
    `
Exit codes: 0 no errors (warnings allowed unless --max-warnings is exceeded),
            1 errors found or too many warnings, 2 usage, config or internal error.

Examples:
  macrolint                       lint every template under the current directory
  macrolint macros/ "shared/**/*.md"
  macrolint -f json -o report.json macros/
  macrolint --fix macros/         fix what can be fixed safely, then report the rest
  cat reply.md | macrolint --stdin --stdin-filename macros/reply.md
  macrolint test-rules            check the examples of the config's YAML rules
  macrolint rules no-blame        show what a rule reports, why, and its options
  macrolint --init                write a starter config for your help desk's templates`,
  );
  return program;
}
