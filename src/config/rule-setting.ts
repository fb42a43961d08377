// One rule's setting, as written (`"warn"`, `2`, `["error", { … }]`), turned into a severity and
// optional options. Shared by config files and --rule so both accept and reject the same things.
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { describeValue, isPlainObject } from './values.js';

export type SeverityLevel = 0 | 1 | 2;

export interface NormalizedRule {
  severity: SeverityLevel;
  /** Absent when the setting gave only a severity: earlier options then stay in force. */
  options?: Record<string, unknown>;
}

const SEVERITY_WORDS: Readonly<Record<string, SeverityLevel>> = { off: 0, warn: 1, error: 2 };
const SEVERITY_HINT = 'severity should be "off", "warn", "error", 0, 1 or 2';

/** Case-insensitive for words (`Error` in a hand-written YAML file is not worth an error). */
export function parseSeverity(value: unknown): SeverityLevel | undefined {
  if (value === 0 || value === 1 || value === 2) return value;
  if (typeof value !== 'string') return undefined;
  return Object.hasOwn(SEVERITY_WORDS, value.toLowerCase()) ? SEVERITY_WORDS[value.toLowerCase()] : undefined;
}

export function severityName(level: 1 | 2): 'warn' | 'error' {
  return level === 2 ? 'error' : 'warn';
}

export function normalizeRuleSetting(value: unknown, keyPath: string, origin: Origin): NormalizedRule {
  if (typeof value === 'string' || typeof value === 'number') {
    return { severity: requireSeverity(value, keyPath, origin) };
  }
  if (Array.isArray(value)) return normalizeArraySetting(value, keyPath, origin);
  throw invalid(
    origin,
    keyPath,
    `should be a severity ("off", "warn", "error", 0, 1 or 2) or an array [severity, options] (got ${describeValue(value)})`,
  );
}

function normalizeArraySetting(value: unknown[], keyPath: string, origin: Origin): NormalizedRule {
  if (value.length === 0) {
    throw invalid(origin, keyPath, `should start with a severity: ["warn"] or ["warn", { …options }] (got an empty array)`);
  }
  const severity = requireSeverity(value[0], joinKey(keyPath, 0), origin);
  if (value.length > 2) {
    throw invalid(origin, joinKey(keyPath, 2), 'is one item too many: a rule takes [severity] or [severity, options], with all options in one object');
  }
  if (value.length === 1) return { severity };
  const options = value[1];
  if (!isPlainObject(options)) {
    throw invalid(origin, joinKey(keyPath, 1), `options should be an object (got ${describeValue(options)})`);
  }
  return { severity, options };
}

function requireSeverity(value: unknown, keyPath: string, origin: Origin): SeverityLevel {
  const severity = parseSeverity(value);
  if (severity === undefined) throw invalid(origin, keyPath, `${SEVERITY_HINT} (got ${describeValue(value)})`);
  return severity;
}
