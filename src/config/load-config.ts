// loadConfig(): which config applies to a run, validated and resolved into a LoadedConfig.
// Three steps: build the tree (shapes checked, plugins imported, rules folders read), then check
// every rule id and option against the rules that now exist, then resolve.
import path from 'node:path';
import type { RuleMeta, RuleSetting } from '../types.js';
import { loadRules } from '../rules/registry.js';
import type { YamlRule } from '../rules/yaml/index.js';
import { cliOrigin } from './errors.js';
import { buildTree, fileSource, recommendedTree, type ConfigTree, type Layer, type RuleCheck } from './extends.js';
import { createConfigReader, type ConfigReader, type FoundConfig } from './load.js';
import { createLoadedConfig, type LoadedConfig } from './loaded-config.js';
import { PluginSet } from './plugin-set.js';
import { RuleCatalog } from './rule-catalog.js';
import { RulesDirs } from './rules-dirs.js';
import type { Config } from './user-config.js';
import { checkRuleOptions, type RuleMetaLookup } from './validate-options.js';
import { checkRuleIds, checkRules, type RuleTable } from './validate-rules.js';

export interface LoadConfigOptions {
  cwd: string;
  /** -c/--config: an explicit file (any supported extension); no lookup then. */
  configFile?: string;
  /** false for --no-config-lookup: only configFile (if any) or the built-in recommended config. */
  useConfigLookup?: boolean;
  /** --rule values, already parsed to objects, applied last (highest priority). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** A config object to use instead of any file (the Node API): validated like a config file in cwd. */
  config?: Config;
  /** Injectable for tests: built-in rule metadata; default loads built-in rules through src/rules/registry.ts. */
  getRuleMeta?: (id: string) => Promise<RuleMeta | undefined>;
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd);
  const reader = createConfigReader();
  const found = options.config
    ? { filePath: path.join(cwd, '<config object>'), config: options.config }
    : await findConfig(reader, cwd, options);
  const context = { reader, plugins: new PluginSet(), rulesDirs: new RulesDirs(), ruleChecks: [] as RuleCheck[] };
  const tree = found ? await buildTree(fileSource(found.filePath), found.config, context) : recommendedTree();

  const plugins = context.plugins.list();
  const yamlRules = context.rulesDirs.rules;
  const catalog = new RuleCatalog(plugins, yamlRules);
  const builtinMeta = memoize(options.getRuleMeta ?? builtinRuleMeta);
  const getRuleMeta: RuleMetaLookup = async (id) => catalog.customMeta(id) ?? builtinMeta(id);
  const checks = [...context.ruleChecks];
  const cliRules = options.ruleOverrides && checkRules(options.ruleOverrides, '', cliOrigin);
  if (cliRules) checks.push({ tables: [cliRules], origin: cliOrigin });
  await checkTables(checks, catalog, getRuleMeta);

  return createLoadedConfig({
    filePath: options.config ? null : (found?.filePath ?? null),
    baseDir: found ? path.dirname(found.filePath) : cwd,
    tree: withYamlDefaults(tree, yamlRules),
    ...(cliRules ? { cliRules } : {}),
    customRules: catalog.custom,
    plugins,
    yamlRules,
    rulesDirs: context.rulesDirs.dirs,
  });
}

function findConfig(reader: ConfigReader, cwd: string, options: LoadConfigOptions): Promise<FoundConfig | null> {
  if (options.configFile !== undefined) return reader.read(path.resolve(cwd, options.configFile));
  if (options.useConfigLookup === false) return Promise.resolve(null);
  return reader.search(cwd);
}

/** Ids of each config (in the order the configs were met), then that config's options. */
async function checkTables(checks: readonly RuleCheck[], catalog: RuleCatalog, getRuleMeta: RuleMetaLookup): Promise<void> {
  for (const { tables, origin } of checks) {
    for (const table of tables) checkRuleIds(table, origin, catalog);
    await checkRuleOptions(tables, origin, getRuleMeta);
  }
}

/**
 * A YAML rule runs at its file's `level` unless the config sets it: its level is the first,
 * weakest layer, so `rules`, overrides, extended configs and --rule all beat it.
 */
function withYamlDefaults(tree: ConfigTree, yamlRules: readonly YamlRule[]): ConfigTree {
  if (yamlRules.length === 0) return tree;
  const defaults: RuleTable = new Map();
  for (const rule of yamlRules) {
    defaults.set(rule.id, { severity: rule.spec.level === 'error' ? 2 : rule.spec.level === 'warn' ? 1 : 0, keyPath: `${rule.filePath}: level` });
  }
  const layer: Layer = { rules: defaults };
  return { ...tree, layers: [layer, ...tree.layers] };
}

async function builtinRuleMeta(id: string): Promise<RuleMeta | undefined> {
  return (await loadRules([id])).get(id)?.meta;
}

function memoize(lookup: RuleMetaLookup): RuleMetaLookup {
  const cache = new Map<string, Promise<RuleMeta | undefined>>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, lookup(id));
    return cache.get(id)!;
  };
}
