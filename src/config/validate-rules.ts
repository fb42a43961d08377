// The `rules` object of a config (or of an override, or of --rule): known ids, valid settings.
// Options are checked later, against each rule's schema (validate-options.ts), because that
// needs the rule's metadata and so an async load.
import { builtinRuleIds, isBuiltinRule } from '../rules/registry.js';
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { normalizeRuleSetting, type NormalizedRule } from './rule-setting.js';
import { didYouMean } from './suggest.js';
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
    checkRuleId(id, path, origin);
    table.set(id, { ...normalizeRuleSetting(setting, path, origin), keyPath: path });
  }
  return table;
}

function checkRuleId(id: string, keyPath: string, origin: Origin): void {
  if (isBuiltinRule(id)) return;
  const hint = didYouMean(id, builtinRuleIds) || ` (built-in rules: ${builtinRuleIds.join(', ')})`;
  throw invalid(origin, keyPath, `unknown rule "${id}"${hint}`);
}
