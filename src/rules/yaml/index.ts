// Rules as data: YAML rule files, read and checked with exact positions, built into RuleModules.
export { buildRule } from './build-rule.js';
export { runExamples, type ExampleOutcome } from './examples.js';
export { loadRulesDir, whyNotRulesDir, type YamlRule } from './load-dir.js';
export { readRuleFile } from './read-spec.js';
export type { YamlRuleKind, YamlRuleLevel, YamlRuleSpec } from './spec.js';
