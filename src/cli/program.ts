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
  /** --fix: apply fixes and write the changed files. */
  fix?: boolean;
  /** --fix-dry-run: apply fixes in memory only (the json report's `output` shows the result). */
  fixDryRun?: boolean;
  /** --fix-type: only fixes of rules of these types. */
  fixType?: RuleType[];
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
  | { command: 'test-rules'; dir?: string; options: CliOptions };

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
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--no-ignore', 'lint ignored files too (.gitignore, .macrolintignore, config ignores)')
    .option('--no-warn-ignored', 'do not warn about ignored files named on the command line')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a pattern matches no file')
    .option('--report-unused-disable-directives', 'report macrolint-disable comments that silence nothing, as errors')
    .option('--no-inline-config', 'ignore macrolint-disable / macrolint-enable comments in templates')
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
  macrolint test-rules            check the examples of the config's YAML rules`,
  );
  return program;
}
