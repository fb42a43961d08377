// --list-rules: every rule the config makes available (built-in rules, its plugins' rules, its
// YAML rules) with its type, its default severity and its one-line description. `-f json`
// gives the same as JSON for scripts, with where each rule comes from.
import { recommendedRules } from '../config/recommended.js';
import type { LoadConfigOptions } from '../engine/deps.js';
import { escapeControlChars, escapeJsonUnsafe } from '../formatters/escape.js';
import type { RuleModule, RuleSetting } from '../types.js';
import type { CliDeps } from './deps.js';
import { EXIT_OK } from './errors.js';
import type { CliIO } from './io.js';

type Level = 'error' | 'warn' | 'off';

export interface RuleRow {
  id: string;
  type: string;
  /** Built-in rules: the severity in macrolint:recommended; YAML rules: their `level`; plugin rules: what their docs recommend. */
  recommended: Level;
  description: string;
  source: 'built-in' | 'plugin' | 'yaml';
  url?: string;
}

function levelOf(setting: RuleSetting | boolean | undefined): Level {
  const severity = Array.isArray(setting) ? setting[0] : setting;
  if (severity === 'error' || severity === 2) return 'error';
  if (severity === 'warn' || severity === 1 || severity === true) return 'warn';
  return 'off';
}

/** One rule as --list-rules shows it (also the head of `macrolint rules <id>`). */
export function ruleRow(id: string, rule: RuleModule, source: RuleRow['source']): RuleRow {
  return {
    id,
    type: rule.meta.type,
    recommended: source === 'built-in' ? levelOf(recommendedRules[id]) : levelOf(rule.meta.docs.recommended),
    description: rule.meta.docs.description,
    source,
    ...(rule.meta.docs.url ? { url: rule.meta.docs.url } : {}),
  };
}

export async function listRules(
  format: string,
  configOptions: LoadConfigOptions,
  io: CliIO,
  deps: Pick<CliDeps, 'loadAllRules' | 'loadConfig'>,
): Promise<number> {
  const [builtin, config] = await Promise.all([deps.loadAllRules(), deps.loadConfig(configOptions)]);
  const yamlIds = new Set(config.yamlRules.map((rule) => rule.id));
  const rows: RuleRow[] = [
    ...[...builtin].map(([id, rule]) => ruleRow(id, rule, 'built-in')),
    ...[...config.customRules].map(([id, rule]) => ruleRow(id, rule, yamlIds.has(id) ? 'yaml' : 'plugin')),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  if (format === 'json') {
    // Plugin and YAML rule descriptions can hold C1 or bidi controls, which JSON.stringify leaves raw.
    io.stdout.write(`${escapeJsonUnsafe(JSON.stringify(rows, null, 2))}\n`);
    return EXIT_OK;
  }
  const header = ['RULE', 'TYPE', 'RECOMMENDED', 'DESCRIPTION'];
  const cells = [
    header,
    ...rows.map((r) => [escapeControlChars(r.id), escapeControlChars(r.type), r.recommended === 'off' ? '-' : r.recommended, escapeControlChars(r.description)]),
  ];
  const widths = [0, 1, 2].map((col) => Math.max(...cells.map((cellRow) => cellRow[col]!.length)));
  for (const cellRow of cells) {
    io.stdout.write(`${cellRow.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]!) : cell)).join('  ')}\n`);
  }
  return EXIT_OK;
}
