// The shape of one config object (a file's contents, or the package.json key): known keys,
// right types, exact key paths in every message. Extends are only collected here; resolving
// them is extends.ts's job.
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { didYouMean } from './suggest.js';
import { checkRules, type RuleTable } from './validate-rules.js';
import { describeValue, isPlainObject } from './values.js';

export interface ExtendsRef {
  ref: string;
  keyPath: string;
}

export interface CheckedOverride {
  files: string[];
  rules: RuleTable;
}

export interface CheckedConfig {
  extends: ExtendsRef[];
  rules: RuleTable;
  overrides: CheckedOverride[];
  ignores: string[];
}

const CONFIG_KEYS = ['extends', 'rules', 'overrides', 'ignores'] as const;
// `$schema` is accepted and ignored: editors read it to offer completion for the file.
const IGNORED_KEYS = ['$schema'];
const OVERRIDE_KEYS = ['files', 'rules'] as const;

export function checkConfig(raw: unknown, origin: Origin): CheckedConfig {
  if (!isPlainObject(raw)) throw invalid(origin, '', `the config should be an object (got ${describeValue(raw)})`);
  checkKeys(raw, CONFIG_KEYS, '', origin);
  return {
    extends: checkExtends(raw.extends, origin),
    rules: raw.rules === undefined ? new Map() : checkRules(raw.rules, 'rules', origin),
    overrides: checkOverrides(raw.overrides, origin),
    ignores: checkIgnores(raw.ignores, origin),
  };
}

function checkKeys(record: Record<string, unknown>, known: readonly string[], keyPath: string, origin: Origin): void {
  for (const key of Object.keys(record)) {
    if (known.includes(key) || (keyPath === '' && IGNORED_KEYS.includes(key))) continue;
    const hint = didYouMean(key, known) || ` (known keys: ${known.join(', ')})`;
    throw invalid(origin, joinKey(keyPath, key), `is not a known key${hint}`);
  }
}

function checkExtends(value: unknown, origin: Origin): ExtendsRef[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ ref: checkNonEmpty(value, 'extends', origin), keyPath: 'extends' }];
  if (!Array.isArray(value)) {
    throw invalid(origin, 'extends', `should be a string or an array of strings (got ${describeValue(value)})`);
  }
  return value.map((item, i) => {
    const keyPath = joinKey('extends', i);
    if (typeof item !== 'string') throw invalid(origin, keyPath, `should be a string (got ${describeValue(item)})`);
    return { ref: checkNonEmpty(item, keyPath, origin), keyPath };
  });
}

function checkNonEmpty(value: string, keyPath: string, origin: Origin): string {
  if (value.trim() === '') throw invalid(origin, keyPath, 'should not be empty');
  return value;
}

function checkOverrides(value: unknown, origin: Origin): CheckedOverride[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw invalid(origin, 'overrides', `should be an array of { files, rules } objects (got ${describeValue(value)})`);
  }
  return value.map((item, i) => checkOverride(item, joinKey('overrides', i), origin));
}

function checkOverride(value: unknown, keyPath: string, origin: Origin): CheckedOverride {
  if (!isPlainObject(value)) {
    throw invalid(origin, keyPath, `should be an object with "files" and "rules" (got ${describeValue(value)})`);
  }
  checkKeys(value, OVERRIDE_KEYS, keyPath, origin);
  return {
    files: checkFiles(value.files, joinKey(keyPath, 'files'), origin),
    rules: value.rules === undefined ? new Map() : checkRules(value.rules, joinKey(keyPath, 'rules'), origin),
  };
}

function checkFiles(value: unknown, keyPath: string, origin: Origin): string[] {
  if (value === undefined) throw invalid(origin, keyPath, 'is required: the globs of the files this override applies to');
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

function checkPattern(pattern: unknown, keyPath: string, origin: Origin): string {
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    throw invalid(origin, keyPath, `should be a non-empty glob string (got ${describeValue(pattern)})`);
  }
  // A leading "!" would make picomatch match every *other* file: ignoring everything by accident.
  if (pattern.startsWith('!')) throw invalid(origin, keyPath, `negated patterns ("${pattern}") are not supported`);
  return pattern;
}
