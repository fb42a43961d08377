// Turns a config file and everything it extends into one ordered list of layers. The order is
// ESLint's: each extended config (its rules, then its overrides) in the order listed, then the
// file's own rules, then its own overrides. A later layer wins, so a file's own rules beat what
// it extends, and an override in a base config is beaten by the extending file's plain rules.
// A config's plugins and rules folder are loaded before its extends, so that it can extend a
// plugin's shared config (`plugin:acme/strict`) and name the plugin's rules.
import path from 'node:path';
import { parseConfigRef } from '../plugins/names.js';
import { fileOrigin, invalid, type Origin } from './errors.js';
import { whyUnreadable, type ConfigReader } from './load.js';
import { compileFilesMatcher, type PathMatcher } from './match.js';
import type { PluginSet } from './plugin-set.js';
import { recommendedRules } from './recommended.js';
import type { RulesDirs } from './rules-dirs.js';
import { checkConfig, type ExtendsRef } from './validate.js';
import { checkRules, type RuleTable } from './validate-rules.js';
import type { CheckedSource } from './validate-sources.js';

export const RECOMMENDED = 'macrolint:recommended';

export interface Layer {
  /** Absent for a config's top-level rules, which apply to every file. */
  matches?: PathMatcher;
  /** Present for an override scoped by front matter: it applies per template, in the core. */
  metadata?: Record<string, string | string[]>;
  rules: RuleTable;
}

export interface ConfigTree {
  layers: Layer[];
  /** All `ignores`, extended ones first; every pattern is relative to the root config's directory. */
  ignores: string[];
  /**
   * `sources`, in the order they are tried: the file's own first, then those of the configs it
   * extends, the last-listed extended config first (the later config wins, as for rules).
   */
  sources: CheckedSource[];
}

/** Rule tables whose ids and options are checked once every plugin and rules folder is loaded. */
export interface RuleCheck {
  tables: RuleTable[];
  origin: Origin;
}

export interface TreeContext {
  reader: ConfigReader;
  plugins: PluginSet;
  rulesDirs: RulesDirs;
  /** Filled in visiting order, so the first problem reported is the first one met. */
  ruleChecks: RuleCheck[];
}

/** One config being built: where it came from, for messages and for resolving relative names. */
export interface ConfigSource {
  /** A file path, or `plugin:acme/strict`: what cycles are detected on. */
  id: string;
  /** Relative paths (extends, plugins, rulesDir) resolve from this file's folder. */
  filePath: string;
  origin: Origin;
}

export function recommendedTree(): ConfigTree {
  const origin: Origin = { label: `built-in config "${RECOMMENDED}"` };
  return { layers: [{ rules: checkRules(recommendedRules, 'rules', origin) }], ignores: [], sources: [] };
}

export function fileSource(filePath: string): ConfigSource {
  return { id: filePath, filePath, origin: fileOrigin(filePath) };
}

/** `chain` holds the configs that extend this one, outermost first, to detect cycles. */
export async function buildTree(source: ConfigSource, raw: unknown, context: TreeContext, chain: string[] = []): Promise<ConfigTree> {
  const { origin, filePath } = source;
  const config = checkConfig(raw, origin);
  context.ruleChecks.push({ tables: [config.rules, ...config.overrides.map((o) => o.rules)], origin });
  for (const { spec, keyPath } of config.plugins) await context.plugins.add(spec, { origin, keyPath, fromFile: filePath });
  if (config.rulesDir !== undefined) await context.rulesDirs.add(config.rulesDir, filePath, origin);

  const trees: ConfigTree[] = [];
  for (const ref of config.extends) {
    trees.push(await resolveExtends(ref, source, [...chain, source.id], context));
  }
  const ownLayers: Layer[] = [
    { rules: config.rules },
    ...config.overrides.map((o) => ({
      ...(o.files ? { matches: compileFilesMatcher(o.files) } : {}),
      ...(o.metadata ? { metadata: o.metadata } : {}),
      rules: o.rules,
    })),
  ];
  trees.push({ layers: ownLayers, ignores: config.ignores, sources: config.sources });
  return {
    layers: trees.flatMap((t) => t.layers),
    ignores: trees.flatMap((t) => t.ignores),
    sources: [...trees].reverse().flatMap((t) => t.sources),
  };
}

async function resolveExtends({ ref, keyPath }: ExtendsRef, from: ConfigSource, chain: string[], context: TreeContext): Promise<ConfigTree> {
  const { origin } = from;
  if (ref === RECOMMENDED) return recommendedTree();
  if (ref.startsWith('macrolint:')) {
    throw invalid(origin, keyPath, `"${ref}" is not a built-in config (the only one is "${RECOMMENDED}")`);
  }
  if (ref.startsWith('plugin:')) return resolvePluginConfig(ref, keyPath, from, chain, context);
  if (!isPathReference(ref)) {
    throw invalid(origin, keyPath, `cannot extend "${ref}": use "${RECOMMENDED}", "plugin:<plugin>/<config>" or a path that starts with "./", "../" or "/"`);
  }
  const target = path.resolve(path.dirname(from.filePath), ref);
  if (chain.includes(target)) {
    throw invalid(origin, keyPath, `circular extends: ${[...chain, target].join(' -> ')}`);
  }
  const reason = await whyUnreadable(target);
  if (reason) throw invalid(origin, keyPath, `cannot read "${ref}" (${target}): ${reason}`);
  const found = await context.reader.read(target);
  return buildTree(fileSource(found.filePath), found.config, context, chain);
}

async function resolvePluginConfig(ref: string, keyPath: string, from: ConfigSource, chain: string[], context: TreeContext): Promise<ConfigTree> {
  const parsed = parseConfigRef(ref);
  if (!parsed) throw invalid(from.origin, keyPath, `"${ref}" should be "plugin:<plugin>/<config>", such as "plugin:acme/strict"`);
  const plugin = await context.plugins.forNamespace(parsed.namespace, { origin: from.origin, keyPath, fromFile: from.filePath });
  const names = Object.keys(plugin.configs);
  if (!Object.hasOwn(plugin.configs, parsed.name)) {
    const available = names.length > 0 ? `its configs: ${names.map((n) => `plugin:${plugin.namespace}/${n}`).join(', ')}` : 'it has no configs';
    throw invalid(from.origin, keyPath, `plugin "${plugin.namespace}" (${plugin.filePath}) has no config "${parsed.name}" (${available})`);
  }
  const id = `plugin:${plugin.namespace}/${parsed.name}`;
  if (chain.includes(id)) throw invalid(from.origin, keyPath, `circular extends: ${[...chain, id].join(' -> ')}`);
  const source: ConfigSource = { id, filePath: plugin.filePath, origin: { label: `config "${id}" in ${plugin.filePath}`, filePath: plugin.filePath } };
  return buildTree(source, plugin.configs[parsed.name], context, chain);
}

function isPathReference(ref: string): boolean {
  return /^\.{1,2}[\\/]/.test(ref) || path.isAbsolute(ref);
}
