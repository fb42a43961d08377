// The shape of one config object (a file's contents, a plugin's shared config, the package.json
// key): known keys, right types, exact key paths in every message. Extends, plugins and the
// rules folder are only collected here; loading them is extends.ts's job, and rule ids are
// checked once they are all loaded (validate-rules.ts).
import { parsePluginSpec, type PluginSpec } from '../plugins/names.js';
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { checkMetadata } from './validate-metadata.js';
import { didYouMean } from './suggest.js';
import { checkRules, type RuleTable } from './validate-rules.js';
import { checkSources, type CheckedSource } from './validate-sources.js';
import { describeValue, isPlainObject } from './values.js';

export interface ExtendsRef {
  ref: string;
  keyPath: string;
}

export interface PluginRef {
  spec: PluginSpec;
  keyPath: string;
}

export interface CheckedOverride {
  /** Absent: every file (the override is scoped by metadata alone). */
  files?: string[];
  /** Absent: every template of the matching files. */
  metadata?: Record<string, string | string[]>;
  rules: RuleTable;
}

export interface CheckedConfig {
  extends: ExtendsRef[];
  plugins: PluginRef[];
  /** As written: relative to the config file. */
  rulesDir?: string;
  rules: RuleTable;
  overrides: CheckedOverride[];
  ignores: string[];
  sources: CheckedSource[];
}

/** What a config may hold; the JSON Schema's top-level keys must be these (a test checks). */
export const CONFIG_KEYS = ['extends', 'plugins', 'rulesDir', 'rules', 'overrides', 'ignores', 'sources'] as const;
// `$schema` is accepted and ignored: editors read it to offer completion for the file.
export const IGNORED_KEYS = ['$schema'] as const;
export const OVERRIDE_KEYS = ['files', 'metadata', 'rules'] as const;

export function checkConfig(raw: unknown, origin: Origin): CheckedConfig {
  if (!isPlainObject(raw)) throw invalid(origin, '', `the config should be an object (got ${describeValue(raw)})`);
  checkKeys(raw, CONFIG_KEYS, '', origin);
  const rulesDir = checkRulesDir(raw.rulesDir, origin);
  return {
    extends: checkExtends(raw.extends, origin),
    plugins: checkPlugins(raw.plugins, origin),
    ...(rulesDir !== undefined ? { rulesDir } : {}),
    rules: raw.rules === undefined ? new Map() : checkRules(raw.rules, 'rules', origin),
    overrides: checkOverrides(raw.overrides, origin),
    ignores: checkIgnores(raw.ignores, origin),
    sources: checkSources(raw.sources, origin, checkFiles),
  };
}

function checkKeys(record: Record<string, unknown>, known: readonly string[], keyPath: string, origin: Origin): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key) || (keyPath === '' && (IGNORED_KEYS as readonly string[]).includes(key))) continue;
    const hint = didYouMean(key, known) || ` (known keys: ${known.join(', ')})`;
    throw invalid(origin, joinKey(keyPath, key), `is not a known key${hint}`);
  }
}

function checkExtends(value: unknown, origin: Origin): ExtendsRef[] {
  return checkStringList(value, 'extends', origin).map(([ref, keyPath]) => ({ ref, keyPath }));
}

function checkPlugins(value: unknown, origin: Origin): PluginRef[] {
  if (value !== undefined && !Array.isArray(value)) {
    throw invalid(origin, 'plugins', `should be an array of plugin names or paths (got ${describeValue(value)})`);
  }
  return checkStringList(value, 'plugins', origin).map(([name, keyPath]) => {
    const spec = parsePluginSpec(name);
    if (!spec) {
      throw invalid(origin, keyPath, `"${name}" is not a plugin package name ("macrolint-plugin-acme", "@scope/macrolint-plugin-x") or a path ("./plugin.js")`);
    }
    return { spec, keyPath };
  });
}

/** A string or an array of non-empty strings, each with its key path. */
function checkStringList(value: unknown, key: string, origin: Origin): Array<[string, string]> {
  if (value === undefined) return [];
  if (typeof value === 'string') return [[checkNonEmpty(value, key, origin), key]];
  if (!Array.isArray(value)) {
    throw invalid(origin, key, `should be a string or an array of strings (got ${describeValue(value)})`);
  }
  return value.map((item, i) => {
    const keyPath = joinKey(key, i);
    if (typeof item !== 'string') throw invalid(origin, keyPath, `should be a string (got ${describeValue(item)})`);
    return [checkNonEmpty(item, keyPath, origin), keyPath];
  });
}

function checkNonEmpty(value: string, keyPath: string, origin: Origin): string {
  if (value.trim() === '') throw invalid(origin, keyPath, 'should not be empty');
  return value;
}

function checkRulesDir(value: unknown, origin: Origin): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalid(origin, 'rulesDir', `should be a path to a folder of YAML rules (got ${describeValue(value)})`);
  return checkNonEmpty(value, 'rulesDir', origin);
}

function checkOverrides(value: unknown, origin: Origin): CheckedOverride[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw invalid(origin, 'overrides', `should be an array of { files, metadata, rules } objects (got ${describeValue(value)})`);
  }
  return value.map((item, i) => checkOverride(item, joinKey('overrides', i), origin));
}

function checkOverride(value: unknown, keyPath: string, origin: Origin): CheckedOverride {
  if (!isPlainObject(value)) {
    throw invalid(origin, keyPath, `should be an object with "files" and/or "metadata", and "rules" (got ${describeValue(value)})`);
  }
  checkKeys(value, OVERRIDE_KEYS, keyPath, origin);
  if (value.files === undefined && value.metadata === undefined) {
    throw invalid(origin, keyPath, 'needs "files" (globs of the files it applies to), "metadata" (front-matter values of the templates it applies to), or both');
  }
  return {
    ...(value.files !== undefined ? { files: checkFiles(value.files, joinKey(keyPath, 'files'), origin) } : {}),
    ...(value.metadata !== undefined ? { metadata: checkMetadata(value.metadata, joinKey(keyPath, 'metadata'), origin) } : {}),
    rules: value.rules === undefined ? new Map() : checkRules(value.rules, joinKey(keyPath, 'rules'), origin),
  };
}

function checkFiles(value: unknown, keyPath: string, origin: Origin): string[] {
  if (typeof value === 'string') return [checkPattern(value, keyPath, origin)];
  if (!Array.isArray(value)) {
    throw invalid(origin, keyPath, `should be a string or an array of strings (got ${describeValue(value)})`);
  }
  if (value.length === 0) throw invalid(origin, keyPath, 'should not be empty');
  return value.map((pattern, i) => checkPattern(pattern, joinKey(keyPath, i), origin));
}

function checkIgnores(value: unknown, origin: Origin): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalid(origin, 'ignores', `should be an array of strings (got ${describeValue(value)})`);
  return value.map((pattern, i) => checkPattern(pattern, joinKey('ignores', i), origin));
}

// picomatch turns a glob into a regular expression that backtracks, so some globs take forever
// on some paths: an extglob such as `*(a*)b` seconds on a 30-character file name (and doubling
// with each character more), `*a*a*a*a*a*b` minutes on a 255-character one, a chain of `**`
// seconds on a deep path. Globs are kept to shapes that match fast on any path.
const EXTGLOB = /[*+?@!]\(/;
const MAX_STARS_IN_SEGMENT = 3;
const MAX_GLOBSTARS = 4;

function globProblem(pattern: string): string | undefined {
  if (EXTGLOB.test(pattern)) return `extglob patterns such as "*(…)" and "+(…)" ("${pattern}") are not supported`;
  const segments = pattern.split('/');
  const globstars = segments.filter((segment) => segment === '**').length;
  if (globstars > MAX_GLOBSTARS) return `"${pattern}" has ${globstars} "**" segments: at most ${MAX_GLOBSTARS} are allowed, so that matching stays fast on deep paths`;
  const crowded = segments.find((segment) => segment !== '**' && segment.split('*').length - 1 > MAX_STARS_IN_SEGMENT);
  if (crowded !== undefined) return `"${pattern}" has more than ${MAX_STARS_IN_SEGMENT} "*" in the path segment "${crowded}": at most ${MAX_STARS_IN_SEGMENT} are allowed, so that matching stays fast on long file names`;
  return undefined;
}

function checkPattern(pattern: unknown, keyPath: string, origin: Origin): string {
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    throw invalid(origin, keyPath, `should be a non-empty glob string (got ${describeValue(pattern)})`);
  }
  // A leading "!" would make picomatch match every *other* file: ignoring everything by accident.
  if (pattern.startsWith('!')) throw invalid(origin, keyPath, `negated patterns ("${pattern}") are not supported`);
  const problem = globProblem(pattern);
  if (problem) throw invalid(origin, keyPath, problem);
  return pattern;
}
