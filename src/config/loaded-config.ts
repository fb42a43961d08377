// The loaded config as the engine uses it: per-file rules, ignores, and --print-config data.
import path from 'node:path';
import type { ResolvedConfig } from '../types.js';
import type { ConfigTree } from './extends.js';
import { compileIgnoreMatcher, toRelative } from './match.js';
import { applyRules, enabledRules, resolveRules, toResolvedConfig, type EffectiveRules } from './resolve.js';
import { severityName } from './rule-setting.js';
import type { RuleTable } from './validate-rules.js';

export interface LoadedConfig {
  /** The config file used, or null when the built-in recommended config applies. */
  filePath: string | null;
  /** The directory that `overrides[].files` and `ignores` globs are relative to (the config file's, or cwd). */
  baseDir: string;
  /** Glob patterns relative to baseDir, extended configs' first. */
  ignores: string[];
  /** Enabled rules (severity 1 or 2) with the user's options ({} when none), overrides and --rule applied. */
  forFile(absPath: string): ResolvedConfig;
  /** Whether `ignores` excludes the path. A path ending in a separator is taken as a directory. */
  isIgnored(absPath: string): boolean;
  /** For --print-config: `{ rules: { id: ['warn' | 'error', options] }, ignores }`, plain JSON data. */
  printable(absPath: string): unknown;
}

export interface LoadedConfigParts {
  filePath: string | null;
  baseDir: string;
  tree: ConfigTree;
  /** --rule settings, applied after everything else. */
  cliRules?: RuleTable;
}

export function createLoadedConfig({ filePath, baseDir, tree, cliRules }: LoadedConfigParts): LoadedConfig {
  const ignores = [...tree.ignores];
  const ignoreMatcher = compileIgnoreMatcher(ignores);
  const rulesFor = (absPath: string): EffectiveRules => {
    const effective = resolveRules(tree.layers, toRelative(baseDir, absPath));
    if (cliRules) applyRules(effective, cliRules);
    return effective;
  };
  return {
    filePath,
    baseDir,
    ignores,
    forFile: (absPath) => toResolvedConfig(rulesFor(absPath)),
    isIgnored(absPath) {
      const relPath = toRelative(baseDir, absPath);
      const isDirectory = absPath.endsWith('/') || absPath.endsWith(path.sep);
      return relPath !== undefined && ignoreMatcher(relPath, isDirectory);
    },
    printable(absPath) {
      const rules: Record<string, ['warn' | 'error', Record<string, unknown>]> = {};
      for (const [id, severity, options] of enabledRules(rulesFor(absPath))) rules[id] = [severityName(severity), options];
      return { rules, ignores: [...ignores] };
    },
  };
}
