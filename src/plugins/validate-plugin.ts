// A plugin's default export checked before anything uses it: a rule whose meta.id disagrees with
// its key, a missing create(), or a pattern that doesn't parse would otherwise surface as a crash
// in the middle of a run (a bad pattern would break every rule, since all share one matcher).
import { joinKey } from '../config/key-path.js';
import { describeValue, isPlainObject } from '../config/values.js';
import { patternProblem } from '../rules/yaml/pattern-problem.js';
import type { RuleModule, RuleType } from '../types.js';
import type { LoadedPlugin } from './types.js';

const RULE_TYPES: readonly RuleType[] = ['tone', 'structure', 'template', 'style'];
const PLUGIN_KEYS = ['meta', 'rules', 'configs'];

export type Fail = (keyPath: string, problem: string) => never;

export interface PluginIdentity {
  namespace?: string;
  written: string;
  filePath: string;
}

/** The plugin as macrolint keeps it; `namespaceFor` turns meta.name into a namespace for path plugins. */
export function checkPlugin(
  value: unknown,
  identity: PluginIdentity,
  fail: Fail,
  namespaceFor: (metaName: string | undefined) => string,
): LoadedPlugin {
  if (value === undefined) fail('', 'the module has no default export (export default { rules, configs } or module.exports = {…})');
  if (!isPlainObject(value)) fail('', `the default export should be an object with "rules" and/or "configs" (got ${describeValue(value)})`);
  for (const key of Object.keys(value)) {
    if (!PLUGIN_KEYS.includes(key)) fail(key, `is not a known key (known keys: ${PLUGIN_KEYS.join(', ')})`);
  }
  const meta = checkMeta(value.meta, fail);
  const rules = new Map<string, RuleModule>();
  if (value.rules !== undefined) {
    if (!isPlainObject(value.rules)) fail('rules', `should be an object of rules by id (got ${describeValue(value.rules)})`);
    for (const [id, rule] of Object.entries(value.rules)) rules.set(id, checkRule(id, rule, joinKey('rules', id), fail));
  }
  if (value.configs !== undefined && !isPlainObject(value.configs)) {
    fail('configs', `should be an object of configs by name (got ${describeValue(value.configs)})`);
  }
  for (const [name, config] of Object.entries((value.configs as Record<string, unknown> | undefined) ?? {})) {
    if (!isPlainObject(config)) fail(joinKey('configs', name), `should be a config object (got ${describeValue(config)})`);
  }
  return {
    namespace: identity.namespace ?? namespaceFor(meta.name),
    written: identity.written,
    filePath: identity.filePath,
    ...meta,
    rules,
    configs: (value.configs as Record<string, unknown> | undefined) ?? {},
  };
}

function checkMeta(value: unknown, fail: Fail): { name?: string; version?: string } {
  if (value === undefined) return {};
  if (!isPlainObject(value)) fail('meta', `should be an object { name, version } (got ${describeValue(value)})`);
  for (const key of ['name', 'version'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') fail(joinKey('meta', key), `should be a string (got ${describeValue(value[key])})`);
  }
  return {
    ...(typeof value.name === 'string' ? { name: value.name } : {}),
    ...(typeof value.version === 'string' ? { version: value.version } : {}),
  };
}

function checkRule(id: string, rule: unknown, keyPath: string, fail: Fail): RuleModule {
  if (!/^[^\s/]+$/.test(id)) fail(keyPath, 'a rule id may not be empty or contain "/" or white space');
  if (!rule || typeof rule !== 'object') fail(keyPath, `should be a rule { meta, create } (got ${describeValue(rule)})`);
  const { meta, create, patterns } = rule as Partial<RuleModule>;
  if (typeof create !== 'function') fail(joinKey(keyPath, 'create'), `should be a function create(context) (got ${describeValue(create)})`);
  if (!isPlainObject(meta)) fail(joinKey(keyPath, 'meta'), `should be an object { id, type, docs, messages } (got ${describeValue(meta)})`);
  const metaPath = joinKey(keyPath, 'meta');
  // The core reports under the config's id (`acme/no-jargon`); meta.id is what RuleTester and docs use.
  if (meta.id !== id) fail(joinKey(metaPath, 'id'), `should be "${id}", the rule's key in "rules" (got ${describeValue(meta.id)})`);
  if (!RULE_TYPES.includes(meta.type)) fail(joinKey(metaPath, 'type'), `should be one of ${RULE_TYPES.map((t) => `"${t}"`).join(', ')} (got ${describeValue(meta.type)})`);
  if (!isPlainObject(meta.docs) || typeof meta.docs.description !== 'string') {
    fail(joinKey(joinKey(metaPath, 'docs'), 'description'), `should be a string (got ${describeValue((meta.docs as { description?: unknown } | undefined)?.description)})`);
  }
  if (!isPlainObject(meta.messages)) fail(joinKey(metaPath, 'messages'), `should be an object of messages by id (got ${describeValue(meta.messages)})`);
  for (const [messageId, message] of Object.entries(meta.messages)) {
    if (typeof message !== 'string') fail(joinKey(joinKey(metaPath, 'messages'), messageId), `should be a string (got ${describeValue(message)})`);
  }
  if (meta.schema !== undefined && !isPlainObject(meta.schema)) fail(joinKey(metaPath, 'schema'), `should be an options schema object (got ${describeValue(meta.schema)})`);
  if (patterns !== undefined) checkPatterns(patterns, joinKey(keyPath, 'patterns'), fail);
  return rule as RuleModule;
}

function checkPatterns(patterns: unknown, keyPath: string, fail: Fail): void {
  if (!Array.isArray(patterns)) fail(keyPath, `should be an array of token patterns (got ${describeValue(patterns)})`);
  patterns.forEach((pattern, i) => {
    if (typeof pattern !== 'string') fail(joinKey(keyPath, i), `should be a string (got ${describeValue(pattern)})`);
    const problem = patternProblem(pattern);
    if (problem) fail(joinKey(keyPath, i), `${problem.reason} at column ${problem.index + 1} of pattern ${JSON.stringify(pattern)}`);
  });
}
