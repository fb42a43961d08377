// The `rules` object of a config (or of an override, or of --rule): valid settings first, ids
// later. Which ids exist depends on the plugins and rules folders of the whole config (an
// extended file may load the plugin), so ids are checked once everything is loaded, against
// the run's RuleCatalog; options after that, against each rule's schema (validate-options.ts).
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import type { RuleCatalog } from './rule-catalog.js';
import { normalizeRuleSetting, type NormalizedRule } from './rule-setting.js';
import { describeValue, isPlainObject } from './values.js';

export interface RuleEntry extends NormalizedRule {
  /** Where the setting was written, for option errors found later: `overrides[0].rules.no-blame`. */
  keyPath: string;
}

/** Rule id -> setting, in the order written. */
export type RuleTable = Map<string, RuleEntry>;

export function checkRules(value: unknown, keyPath: string, origin: Origin): RuleTable {
  if (!isPlainObject(value)) {
    throw invalid(origin, keyPath, `should be an object that maps rule ids to severities (got ${describeValue(value)})`);
  }
  const table: RuleTable = new Map();
  for (const [id, setting] of Object.entries(value)) {
    const path = joinKey(keyPath, id);
    table.set(id, { ...normalizeRuleSetting(setting, path, origin), keyPath: path });
  }
  return table;
}

export function checkRuleIds(table: RuleTable, origin: Origin, catalog: RuleCatalog): void {
  for (const [id, entry] of table) {
    if (!catalog.has(id)) throw invalid(origin, entry.keyPath, catalog.unknownRule(id));
  }
}
