// `--cache`: the results of files that have not changed since the last run, kept in one JSON file
// (`.macrolintcache`). A file's stored result is used when both of its keys match:
//   hash    sha1 of the file's bytes (measured: as fast as md5 on small files, 2.4x faster at 16 KB)
//   config  sha1 of everything else that decides the result, serialised with sorted keys: the
//           file's ResolvedConfig, the run options that change results (reportUnusedDirectives,
//           allowInlineConfig) and, for each plugin or YAML rule the config enables, something that
//           changes when the rule does (the plugin's name, versions and module file hash; the YAML
//           file's hash). Built-in rules and the parser are covered by macrolint's version: a cache
//           written by another version is discarded whole.
// A cache must never make a run fail or lie: a missing, corrupt or foreign cache file is an empty
// cache, and only results that survive a JSON round trip exactly are stored.
import { hash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { packageVersion } from '../cli/version.js';
import { ruleIdsOf } from '../core/metadata-overrides.js';
import type { FileResult, ResolvedConfig, Severity } from '../types.js';
import type { EngineConfig } from './deps.js';
import { mapLimit } from './map-limit.js';
import { replaceAtomic, writeFileAtomic } from './write-fixes.js';

export const DEFAULT_CACHE_LOCATION = '.macrolintcache';

/** Bumped when the shape of the cache file changes, independently of macrolint's version. */
const CACHE_FORMAT = 1;

export interface CacheOptions {
  /**
   * `--cache-location`, relative to cwd (default `.macrolintcache`): the cache file, or a folder
   * (one that exists, or a path ending in a separator) that holds a file named from cwd's hash.
   */
  location?: string;
  /**
   * Load the rules (for onRulesLoaded) even when every file comes from the cache, for a report that
   * needs their metadata. The core is still not loaded.
   */
  alwaysLoadRules?: boolean;
  /** Called when the cache cannot be written; without it, that error is thrown. */
  onWriteError?: (error: CacheWriteError) => void;
}

/** The run options that change a file's result (not --quiet: it filters results after the cache). */
export interface CacheRunOptions {
  reportUnusedDirectives?: boolean | Severity;
  allowInlineConfig?: boolean;
}

/** The cache file could not be written; the run's results stand. `reason`: the error code (EACCES). */
export class CacheWriteError extends Error {
  override readonly name = 'CacheWriteError';
  constructor(
    readonly filePath: string,
    readonly reason: string,
  ) {
    super(`Cannot write the cache file ${filePath}: ${reason}.`);
  }
}

// One-shot hash(): a quarter faster than createHash() on files of a few hundred bytes.
function sha1(data: string | Uint8Array, encoding: 'base64' | 'hex' = 'base64'): string {
  return hash('sha1', data, encoding);
}

/** The cache file `--cache-location` names, as ESLint resolves it. */
export async function resolveCacheFile(location: string = DEFAULT_CACHE_LOCATION, cwd: string): Promise<string> {
  const resolved = path.resolve(cwd, location);
  const endsInSeparator = location.endsWith('/') || location.endsWith(path.sep);
  const isDirectory = endsInSeparator || (await stat(resolved).then((s) => s.isDirectory(), () => false));
  // One folder can hold the caches of several projects: each cwd gets its own file.
  return isDirectory ? path.join(resolved, `.cache_${sha1(cwd, 'hex').slice(0, 16)}`) : resolved;
}

// ---------------------------------------------------------------------------------------------
// Values that JSON keeps exactly
// ---------------------------------------------------------------------------------------------

type JsonKind = 'scalar' | 'array' | 'object' | 'other';

/** `other`: what JSON would change or drop (NaN, -0, Date, Map, class instances, functions). */
function jsonKind(value: unknown): JsonKind {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return 'scalar';
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0) ? 'scalar' : 'other';
    case 'object': {
      if (value === null) return 'scalar';
      if (Array.isArray(value)) return 'array';
      const proto = Object.getPrototypeOf(value) as unknown;
      return proto === Object.prototype || proto === null ? 'object' : 'other';
    }
    default:
      return 'other';
  }
}

/**
 * JSON with every object's keys sorted (so key order never changes a key), or undefined when
 * the value holds something JSON would not keep exactly. Properties set to undefined are skipped, as JSON does.
 */
export function stableJson(value: unknown): string | undefined {
  const kind = jsonKind(value);
  if (kind === 'scalar') return JSON.stringify(value);
  if (kind === 'other') return undefined;
  const parts: string[] = [];
  if (kind === 'array') {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      const item = stableJson(items[i]);
      if (item === undefined) return undefined;
      parts.push(item);
    }
    return `[${parts.join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    const item = stableJson(record[key]);
    if (item === undefined) return undefined;
    parts.push(`${JSON.stringify(key)}:${item}`);
  }
  return `{${parts.join(',')}}`;
}

/** Whether JSON.parse(JSON.stringify(value)) gives back an equal value. A plain walk: it runs for every file's config. */
function survivesJson(value: unknown): boolean {
  const kind = jsonKind(value);
  if (kind === 'array') {
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) if (!survivesJson(items[i])) return false;
    return true;
  }
  if (kind === 'object') {
    const record = value as Record<string, unknown>;
    for (const key in record) if (record[key] !== undefined && !survivesJson(record[key])) return false;
    return true;
  }
  return kind === 'scalar';
}

// ---------------------------------------------------------------------------------------------
// Config keys
// ---------------------------------------------------------------------------------------------

async function fileHash(filePath: string): Promise<string | undefined> {
  return readFile(filePath).then(sha1, () => undefined);
}

/** `name@version` of the package.json nearest to `filePath`: a plugin package's own version. */
async function packageOf(filePath: string): Promise<string> {
  for (let dir = path.dirname(filePath); ; dir = path.dirname(dir)) {
    const text = await readFile(path.join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      try {
        const pkg = JSON.parse(text) as { name?: unknown; version?: unknown };
        return `${String(pkg.name)}@${String(pkg.version)}`;
      } catch {
        return `unreadable ${sha1(text)}`;
      }
    }
    if (path.dirname(dir) === dir) return 'no package';
  }
}

/**
 * For each plugin and YAML rule (by the id configs use), a string that changes when the rule may
 * have: a plugin's declared name and version, its package's version and its module file's hash
 * (a plugin spread over several files that changes without a new version goes unnoticed); a YAML
 * rule's file hash. A rule missing here (its file unreadable) makes the files it applies to uncacheable.
 */
async function customRuleIdentities(config: Pick<EngineConfig, 'plugins' | 'yamlRules'>): Promise<Map<string, string>> {
  const identities = new Map<string, string>();
  await Promise.all([
    ...config.plugins.map(async (plugin) => {
      const [moduleHash, pkg] = await Promise.all([fileHash(plugin.filePath), packageOf(plugin.filePath)]);
      if (moduleHash === undefined) return;
      const identity = `plugin ${plugin.name ?? ''}@${plugin.version ?? ''} ${pkg} ${moduleHash}`;
      for (const local of plugin.rules.keys()) identities.set(`${plugin.namespace}/${local}`, identity);
    }),
    ...config.yamlRules.map(async (rule) => {
      const digest = await fileHash(rule.filePath);
      if (digest !== undefined) identities.set(rule.id, `yaml ${digest}`);
    }),
  ]);
  return identities;
}

/** The config key of each file's ResolvedConfig; files of a run share a handful of configs, so keys are memoised. */
class ConfigKeys {
  private readonly byJson = new Map<string, string | undefined>();
  // Loaded configs hand out one frozen ResolvedConfig per distinct set of layers, so most lookups
  // are answered by identity, without serialising the config again.
  private readonly byObject = new Map<ResolvedConfig, string | undefined>();

  constructor(
    private readonly run: CacheRunOptions,
    private readonly customRules: ReadonlyMap<string, unknown>,
    private readonly identities: ReadonlyMap<string, string>,
  ) {}

  keyFor(config: ResolvedConfig): string | undefined {
    if (this.byObject.has(config)) return this.byObject.get(config);
    const key = this.keyByValue(config);
    // Only a frozen config can't change after its key is taken.
    if (Object.isFrozen(config)) this.byObject.set(config, key);
    return key;
  }

  private keyByValue(config: ResolvedConfig): string | undefined {
    // JSON.stringify is the cheapest memo key (a hand-written serialiser measured 2-3x slower),
    // but it is exact only for values JSON keeps: a config holding others (a RegExp in a JS
    // config's options) would share the key of one holding `{}`, so it is never cached.
    if (!survivesJson(config)) return undefined;
    const json = JSON.stringify(config);
    if (!this.byJson.has(json)) this.byJson.set(json, this.compute(config));
    return this.byJson.get(json);
  }

  private compute(config: ResolvedConfig): string | undefined {
    const custom: Record<string, string> = {};
    for (const id of ruleIdsOf(config)) {
      if (!this.customRules.has(id)) continue;
      const identity = this.identities.get(id);
      if (identity === undefined) return undefined;
      custom[id] = identity;
    }
    const run = { reportUnusedDirectives: this.run.reportUnusedDirectives ?? false, allowInlineConfig: this.run.allowInlineConfig !== false };
    const text = stableJson({ run, config, custom });
    return text === undefined ? undefined : sha1(text);
  }
}

// ---------------------------------------------------------------------------------------------
// The cache file
// ---------------------------------------------------------------------------------------------

type StoredResult = Omit<FileResult, 'filePath' | 'output'>;

interface CacheEntry {
  hash: string;
  config: string;
  result: StoredResult;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COUNTS = ['errorCount', 'warningCount', 'fatalErrorCount', 'fixableErrorCount', 'fixableWarningCount'] as const;

/** Enough of a check that a damaged entry is a miss, never a broken report. */
function isEntry(value: unknown): value is CacheEntry {
  if (!isRecord(value) || typeof value.hash !== 'string' || typeof value.config !== 'string' || !isRecord(value.result)) return false;
  const { result } = value;
  return (
    COUNTS.every((count) => Number.isInteger(result[count])) &&
    Array.isArray(result.templates) &&
    Array.isArray(result.messages) &&
    result.messages.every((m: unknown) => isRecord(m) && typeof m.message === 'string' && (m.severity === 1 || m.severity === 2))
  );
}

/** The entries of a cache file this version wrote, or undefined for anything else (missing, corrupt, foreign). */
async function readEntries(filePath: string, version: string): Promise<Map<string, unknown> | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(filePath, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isRecord(data) || data.macrolint !== version || data.format !== CACHE_FORMAT || !isRecord(data.files)) return undefined;
  return new Map(Object.entries(data.files));
}

async function exists(filePath: string): Promise<boolean> {
  return stat(filePath).then(
    () => true,
    (error: NodeJS.ErrnoException) => error.code !== 'ENOENT' && error.code !== 'ENOTDIR',
  );
}

/** Atomically; an existing cache file keeps its mode (and a symlink its target). */
async function writeCacheFile(filePath: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(filePath, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    await mkdir(path.dirname(filePath), { recursive: true });
    await replaceAtomic(filePath, text);
  }
}

export class LintCache {
  /** Files this run read: entries of the others are kept while their file exists. */
  private readonly seen = new Set<string>();

  private constructor(
    readonly filePath: string,
    private readonly version: string,
    private readonly entries: Map<string, unknown>,
    private changed: boolean,
    private readonly keys: ConfigKeys,
  ) {}

  /** Never fails: an unusable cache file is an empty cache, rewritten on save. */
  static async open(filePath: string, config: EngineConfig, run: CacheRunOptions, version: string = packageVersion()): Promise<LintCache> {
    const [entries, identities] = await Promise.all([readEntries(filePath, version), customRuleIdentities(config)]);
    const keys = new ConfigKeys(run, config.customRules, identities);
    return new LintCache(filePath, version, entries ?? new Map(), entries === undefined, keys);
  }

  /**
   * The stored result for these bytes and this config, if there is one. When `fixing`, only a
   * result with nothing to fix: fixes would change any other.
   */
  lookup(filePath: string, bytes: Uint8Array, config: ResolvedConfig, fixing: boolean): FileResult | undefined {
    this.seen.add(filePath);
    const entry = this.entries.get(filePath);
    if (!isEntry(entry) || entry.hash !== sha1(bytes) || entry.config !== this.keys.keyFor(config)) return undefined;
    const { result } = entry;
    if (fixing && result.fixableErrorCount + result.fixableWarningCount > 0) return undefined;
    return { filePath, ...result };
  }

  /**
   * Keeps a fresh result for the next run, if a hit would give it back exactly: not one with fixed
   * `output` (its messages are about the fixed text, not these bytes), not one where a rule crashed
   * (a bug, which a fixed plugin or rule file may not show in any key), not one JSON would alter.
   */
  remember(filePath: string, bytes: Uint8Array, config: ResolvedConfig, result: FileResult): void {
    if (result.output !== undefined || result.messages.some((m) => m.fatal && m.ruleId !== null)) return;
    const key = this.keys.keyFor(config);
    const { filePath: _path, output: _output, ...stored } = result;
    if (key === undefined || !survivesJson(stored)) return;
    const entry: CacheEntry = { hash: sha1(bytes), config: key, result: stored };
    this.entries.set(filePath, entry);
    this.changed = true;
  }

  /**
   * Writes the cache if anything changed, first dropping the entries of files that no longer
   * exist. A write that fails goes to `onWriteError` when given (the results stand), else throws.
   */
  async save(onWriteError?: (error: CacheWriteError) => void): Promise<void> {
    if (!this.changed) return;
    const unseen = [...this.entries.keys()].filter((filePath) => !this.seen.has(filePath));
    const stillThere = await mapLimit(unseen, 64, exists);
    unseen.forEach((filePath, i) => stillThere[i] || this.entries.delete(filePath));
    const data = { macrolint: this.version, format: CACHE_FORMAT, files: Object.fromEntries(this.entries) };
    try {
      // `--cache-location macros/reply.md` must not replace a template with the cache.
      if (this.seen.has(this.filePath)) throw new Error('it is one of the files being linted');
      await writeCacheFile(this.filePath, JSON.stringify(data));
    } catch (cause) {
      const error = new CacheWriteError(this.filePath, (cause as NodeJS.ErrnoException).code ?? (cause instanceof Error ? cause.message : String(cause)));
      if (!onWriteError) throw error;
      onWriteError(error);
    }
    this.changed = false;
  }
}
