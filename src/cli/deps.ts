// The CLI's own dependencies beyond the engine's, lazily imported like the engine's, and
// injectable so main() can be tested without the real rules or config loader.
import { defaultDeps, type EngineDeps } from '../engine/deps.js';
import type { RuleModule, RuleSetting } from '../types.js';

export interface CliDeps extends EngineDeps {
  loadAllRules(): Promise<ReadonlyMap<string, RuleModule>>;
  /** Parses one `--rule` value; throws a ConfigError for a bad one. */
  parseRuleOption(value: string): Promise<Record<string, RuleSetting>>;
}

export const defaultCliDeps: Pick<CliDeps, 'loadAllRules' | 'parseRuleOption' | 'loadConfig'> = {
  loadAllRules: async () => (await import('../rules/registry.js')).loadAllRules(),
  parseRuleOption: async (value) => (await import('../config/index.js')).parseRuleOption(value),
  loadConfig: defaultDeps.loadConfig,
};
