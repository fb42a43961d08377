// The loaded config as the engine uses it: per-file rules, ignores, the custom rules it brings
// (plugins, YAML rules), and --print-config data.
import path from 'node:path';
import type { LoadedPlugin } from '../plugins/types.js';
import type { YamlRule } from '../rules/yaml/index.js';
import type { SourceFormat } from '../formats/read-units.js';
import type { MetadataOverride, ResolvedConfig, RuleModule } from '../types.js';
import type { ConfigTree } from './extends.js';
import { compileIgnoreMatcher, compileSourceMatcher, hiddenFolderNames, toRelative } from './match.js';
import { deepFreeze } from '../core/deep-freeze.js';
import { applyRules, enabledRules, layerSignature, resolveMetadataOverrides, resolveRules, toResolvedConfig, type EffectiveRules } from './resolve.js';
import { severityName } from './rule-setting.js';
import type { RuleTable } from './validate-rules.js';

export interface LoadedConfig {
  /** The config file used, or null when the built-in recommended config applies. */
  filePath: string | null;
  /** The directory that `overrides[].files` and `ignores` globs are relative to (the config file's, or cwd). */
  baseDir: string;
  /** Glob patterns relative to baseDir, extended configs' first. */
  ignores: string[];
  /**
   * Plugin rules (by their namespaced id) and YAML rules: the engine takes the enabled ones from
   * here and loads built-in rules from the registry.
   */
  customRules: ReadonlyMap<string, RuleModule>;
  plugins: readonly LoadedPlugin[];
  /** Every YAML rule of the config's rules folders (enabled or not), for `test-rules`. */
  yamlRules: readonly YamlRule[];
  /** Absolute paths of the rules folders. */
  rulesDirs: readonly string[];
  /** Enabled rules (severity 1 or 2) with the user's options ({} when none), overrides and --rule applied. */
  forFile(absPath: string): ResolvedConfig;
  /** Whether `ignores` excludes the path. A path ending in a separator is taken as a directory. */
  isIgnored(absPath: string): boolean;
  /**
   * Whether a `sources` entry names the file: directory walks lint it whatever its extension
   * (`.json`, `.yaml`, `.rst`).
   */
  isSourceFile(absPath: string): boolean;
  /** Hidden folder names (`.github`) that `sources` globs name literally: directory walks enter them. */
  sourceHiddenFolders: readonly string[];
  /** For --print-config: `{ rules: { id: ['warn' | 'error', options] }, … }`, plain JSON data. */
  printable(absPath: string): unknown;
}

export interface LoadedConfigParts {
  filePath: string | null;
  baseDir: string;
  tree: ConfigTree;
  /** --rule settings, applied after everything else. */
  cliRules?: RuleTable;
  customRules?: ReadonlyMap<string, RuleModule>;
  plugins?: readonly LoadedPlugin[];
  yamlRules?: readonly YamlRule[];
  rulesDirs?: readonly string[];
}

export function createLoadedConfig(parts: LoadedConfigParts): LoadedConfig {
  const { filePath, baseDir, tree, cliRules } = parts;
  const ignores = [...tree.ignores];
  const ignoreMatcher = compileIgnoreMatcher(ignores);
  const resolveFor = (absPath: string): { effective: EffectiveRules; metadataOverrides: MetadataOverride[] } => {
    const relPath = toRelative(baseDir, absPath);
    const effective = resolveRules(tree.layers, relPath);
    const metadataOverrides = resolveMetadataOverrides(tree.layers, relPath, effective, cliRules);
    if (cliRules) applyRules(effective, cliRules);
    return { effective, metadataOverrides };
  };
  const plugins = parts.plugins ?? [];
  const rulesDirs = parts.rulesDirs ?? [];
  const sources = (tree.sources ?? []).map((source) => ({ source, matches: compileSourceMatcher(baseDir, source.files) }));
  // The first source whose `files` match decides how the file is read (see docs/config.md, `sources`).
  const formatFor = (absPath: string): SourceFormat | undefined => sources.find(({ matches }) => matches(absPath))?.source.format;
  const resolvedBySignature = new Map<string, ResolvedConfig>();
  return {
    filePath,
    baseDir,
    ignores,
    customRules: parts.customRules ?? new Map(),
    plugins,
    yamlRules: parts.yamlRules ?? [],
    rulesDirs,
    forFile(absPath) {
      const sourceIndex = sources.findIndex(({ matches }) => matches(absPath));
      const key = `${layerSignature(tree.layers, toRelative(baseDir, absPath))}:${sourceIndex}`;
      let resolved = resolvedBySignature.get(key);
      if (!resolved) {
        const { effective, metadataOverrides } = resolveFor(absPath);
        const format = sources[sourceIndex]?.source.format;
        const base = toResolvedConfig(effective, metadataOverrides);
        // Shared by every file with the same layers and source, so frozen: no file's lint can change another's config.
        resolved = deepFreeze(format ? { ...base, format: structuredClone(format) } : base);
        resolvedBySignature.set(key, resolved);
      }
      return resolved;
    },
    isSourceFile(absPath) {
      return formatFor(absPath) !== undefined;
    },
    sourceHiddenFolders: hiddenFolderNames(sources.flatMap(({ source }) => source.files)),
    isIgnored(absPath) {
      const relPath = toRelative(baseDir, absPath);
      const isDirectory = absPath.endsWith('/') || absPath.endsWith(path.sep);
      return relPath !== undefined && ignoreMatcher(relPath, isDirectory);
    },
    printable(absPath) {
      const { effective, metadataOverrides } = resolveFor(absPath);
      const format = formatFor(absPath);
      const rules: Record<string, ['warn' | 'error', Record<string, unknown>]> = {};
      for (const [id, severity, options] of enabledRules(effective)) rules[id] = [severityName(severity), options];
      return {
        rules,
        ...(metadataOverrides.length > 0 ? { metadataOverrides: metadataOverrides.map(printableOverride) } : {}),
        ...(plugins.length > 0 ? { plugins: plugins.map(printablePlugin) } : {}),
        ...(rulesDirs.length > 0 ? { rulesDirs: [...rulesDirs] } : {}),
        ...(format ? { format: structuredClone(format) } : {}),
        ignores: [...ignores],
      };
    },
  };
}

function printableOverride({ metadata, rules }: MetadataOverride): unknown {
  const printed: Record<string, 'off' | ['warn' | 'error', Record<string, unknown>]> = {};
  for (const [id, rule] of Object.entries(rules)) printed[id] = rule ? [severityName(rule.severity), { ...rule.options }] : 'off';
  return { metadata, rules: printed };
}

function printablePlugin(plugin: LoadedPlugin): unknown {
  return {
    prefix: plugin.namespace,
    ...(plugin.name !== undefined ? { name: plugin.name } : {}),
    ...(plugin.version !== undefined ? { version: plugin.version } : {}),
    path: plugin.filePath,
    rules: [...plugin.rules.keys()].map((local) => `${plugin.namespace}/${local}`),
  };
}
