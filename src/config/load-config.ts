// loadConfig(): which config applies to a run, validated and resolved into a LoadedConfig.
import path from 'node:path';
import type { RuleMeta, RuleSetting, UserConfig } from '../types.js';
import { loadRules } from '../rules/registry.js';
import { cliOrigin } from './errors.js';
import { buildTree, recommendedTree } from './extends.js';
import { createConfigReader, type ConfigReader, type FoundConfig } from './load.js';
import { createLoadedConfig, type LoadedConfig } from './loaded-config.js';
import { checkRuleOptions, type RuleMetaLookup } from './validate-options.js';
import { checkRules, type RuleTable } from './validate-rules.js';

export interface LoadConfigOptions {
  cwd: string;
  /** -c/--config: an explicit file (any supported extension); no lookup then. */
  configFile?: string;
  /** false for --no-config-lookup: only configFile (if any) or the built-in recommended config. */
  useConfigLookup?: boolean;
  /** --rule values, already parsed to objects, applied last (highest priority). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** A config object to use instead of any file (the Node API): validated like a config file in cwd. */
  config?: UserConfig;
  /** Injectable for tests: rule metadata lookup; default loads built-in rules through src/rules/registry.ts. */
  getRuleMeta?: (id: string) => Promise<RuleMeta | undefined>;
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = path.resolve(options.cwd);
  const reader = createConfigReader();
  const getRuleMeta = memoize(options.getRuleMeta ?? builtinRuleMeta);
  const found = options.config
    ? { filePath: path.join(cwd, '<config object>'), config: options.config }
    : await findConfig(reader, cwd, options);
  const tree = found ? await buildTree(found.filePath, found.config, { reader, getRuleMeta }) : recommendedTree();
  return createLoadedConfig({
    filePath: options.config ? null : (found?.filePath ?? null),
    baseDir: found ? path.dirname(found.filePath) : cwd,
    tree,
    cliRules: options.ruleOverrides && (await checkCliRules(options.ruleOverrides, getRuleMeta)),
  });
}

function findConfig(reader: ConfigReader, cwd: string, options: LoadConfigOptions): Promise<FoundConfig | null> {
  if (options.configFile !== undefined) return reader.read(path.resolve(cwd, options.configFile));
  if (options.useConfigLookup === false) return Promise.resolve(null);
  return reader.search(cwd);
}

async function checkCliRules(rules: Record<string, RuleSetting>, getRuleMeta: RuleMetaLookup): Promise<RuleTable> {
  const table = checkRules(rules, '', cliOrigin);
  await checkRuleOptions([table], cliOrigin, getRuleMeta);
  return table;
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
