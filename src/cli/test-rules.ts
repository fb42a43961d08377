// `macrolint test-rules [dir]`: runs every YAML rule's examples and prints one line per example,
// so a support lead can check a rule without writing a test. Exit 0 when all pass, 1 when one
// fails, 2 when the rules can't be read (a config error) or there is nothing to test.
import path from 'node:path';
import type { LoadConfigOptions } from '../engine/deps.js';
import { escapeControlChars } from '../formatters/escape.js';
import type { ExampleOutcome, YamlRule } from '../rules/yaml/index.js';
import type { CliDeps } from './deps.js';
import { EXIT_LINT_ERRORS, EXIT_OK, UsageError } from './errors.js';
import type { CliIO } from './io.js';

export async function testRules(dir: string | undefined, configOptions: LoadConfigOptions, io: CliIO, deps: Pick<CliDeps, 'loadConfig'>): Promise<number> {
  // Loaded here, not at start-up: only this command needs the YAML rule reader.
  const yamlRules = await import('../rules/yaml/index.js');
  const rules = dir === undefined ? await rulesOfConfig(configOptions, deps) : await rulesOfDir(dir, io.cwd, yamlRules);
  const outcomes = yamlRules.runExamples(rules);
  io.stdout.write(report(rules, outcomes));
  return outcomes.every((o) => o.passed) ? EXIT_OK : EXIT_LINT_ERRORS;
}

async function rulesOfConfig(configOptions: LoadConfigOptions, deps: Pick<CliDeps, 'loadConfig'>): Promise<readonly YamlRule[]> {
  const config = await deps.loadConfig(configOptions);
  if (config.rulesDirs.length === 0) {
    const why = config.filePath ? `${config.filePath} has no "rulesDir"` : 'no config file was found';
    throw new UsageError(`Nothing to test: ${why}. Name a folder of YAML rules: macrolint test-rules ./macrolint-rules`);
  }
  return config.yamlRules;
}

async function rulesOfDir(dir: string, cwd: string, yamlRules: typeof import('../rules/yaml/index.js')): Promise<YamlRule[]> {
  const absDir = path.resolve(cwd, dir);
  const reason = await yamlRules.whyNotRulesDir(absDir);
  if (reason) throw new UsageError(`Cannot read the rules folder "${dir}" (${absDir}): ${reason}.`);
  return yamlRules.loadRulesDir(absDir);
}

/** A template's text on one line, quoted, with control characters visible. */
function shown(text: string): string {
  return escapeControlChars(JSON.stringify(text));
}

function why(outcome: ExampleOutcome): string[] {
  if (outcome.passed) return [];
  const fatal = outcome.diagnostics.find((d) => d.fatal);
  if (fatal) return [`    the example could not be linted: ${escapeControlChars(fatal.message)}`];
  if (outcome.expected === 'incorrect') return [`    expected a problem from ${outcome.ruleId}, got none`];
  return outcome.diagnostics.map(
    (d) => `    expected no problem, got ${d.line}:${d.column} ${shown(outcome.text.slice(d.offset, d.endOffset))}: ${escapeControlChars(d.message)}`,
  );
}

function report(rules: readonly YamlRule[], outcomes: readonly ExampleOutcome[]): string {
  const idWidth = Math.max(0, ...rules.map((r) => r.id.length));
  const lines: string[] = [];
  for (const outcome of outcomes) {
    lines.push(`${outcome.passed ? '✓' : '✖'} ${outcome.ruleId.padEnd(idWidth)}  ${outcome.expected.padEnd(9)}  ${shown(outcome.text)}`, ...why(outcome));
  }
  const untested = rules.filter((rule) => !outcomes.some((o) => o.ruleId === rule.id));
  for (const rule of untested) lines.push(`- ${rule.id.padEnd(idWidth)}  no examples (${escapeControlChars(rule.filePath)})`);
  const failed = outcomes.filter((o) => !o.passed).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push('', `${plural(rules.length, 'rule')}, ${plural(outcomes.length, 'example')}: ${outcomes.length - failed} passed, ${failed} failed.`);
  return `${lines.join('\n')}\n`;
}
