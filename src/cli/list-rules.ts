// --list-rules: every built-in rule with its type, its severity in the recommended config and
// its one-line description. `-f json` gives the same as JSON for scripts.
import { recommendedRules } from '../config/recommended.js';
import { escapeControlChars } from '../formatters/escape.js';
import type { RuleSetting } from '../types.js';
import type { CliDeps } from './deps.js';
import { EXIT_OK } from './errors.js';
import type { CliIO } from './io.js';

interface RuleRow {
  id: string;
  type: string;
  recommended: 'error' | 'warn' | 'off';
  description: string;
  url?: string;
}

function severityName(setting: RuleSetting | undefined): RuleRow['recommended'] {
  const severity = Array.isArray(setting) ? setting[0] : setting;
  if (severity === 'error' || severity === 2) return 'error';
  if (severity === 'warn' || severity === 1) return 'warn';
  return 'off';
}

export async function listRules(format: string, io: CliIO, deps: Pick<CliDeps, 'loadAllRules'>): Promise<number> {
  const rules = await deps.loadAllRules();
  const rows: RuleRow[] = [...rules.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, rule]) => ({
      id,
      type: rule.meta.type,
      recommended: severityName(recommendedRules[id]),
      description: rule.meta.docs.description,
      ...(rule.meta.docs.url ? { url: rule.meta.docs.url } : {}),
    }));

  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return EXIT_OK;
  }
  const header: RuleRow = { id: 'RULE', type: 'TYPE', recommended: 'off', description: 'DESCRIPTION' };
  const cells = [header, ...rows].map((row, i) => [
    escapeControlChars(row.id),
    escapeControlChars(row.type),
    i === 0 ? 'RECOMMENDED' : row.recommended === 'off' ? '-' : row.recommended,
    escapeControlChars(row.description),
  ]);
  const widths = [0, 1, 2].map((col) => Math.max(...cells.map((row) => row[col]!.length)));
  for (const row of cells) {
    io.stdout.write(`${row.map((cell, col) => (col < 3 ? cell.padEnd(widths[col]!) : cell)).join('  ')}\n`);
  }
  return EXIT_OK;
}
