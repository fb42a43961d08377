// `sources`: which files hold templates and how to read them (JSON / YAML selectors, Markdown
// collections, a body kind, a placeholder dialect). Checked here with exact key paths; matched
// per file by LoadedConfig.forFile (see docs/formats.md and docs/config.md).
import type { SourceFormat } from '../formats/read-units.js';
import { compileSelector, SelectorError } from '../formats/select.js';
import type { BodyKind, TemplateSyntax } from '../types.js';
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { didYouMean } from './suggest.js';
import { describeValue, isPlainObject } from './values.js';
import { PRESET_IDS } from '../formats/presets/index.js';

export const SOURCE_KEYS = ['files', 'select', 'name', 'kind', 'templates', 'syntax', 'preset'] as const;
export const BODY_KINDS: readonly BodyKind[] = ['markdown', 'text', 'html'];
export const TEMPLATE_MODES = ['file', 'sections', 'fenced'] as const;
export const SYNTAXES: readonly TemplateSyntax[] = ['auto', 'liquid', 'handlebars', 'jinja', 'helpscout', 'osticket', 'github', 'dollar', 'salesforce'];

export interface CheckedSource {
  /** Globs relative to the root config's folder (see match.ts: compileSourceMatcher). */
  files: string[];
  format: SourceFormat;
  keyPath: string;
}

export function checkSources(value: unknown, origin: Origin, checkFiles: (value: unknown, keyPath: string, origin: Origin) => string[]): CheckedSource[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw invalid(origin, 'sources', `should be an array of { files, select?, name?, kind?, templates?, syntax? } objects (got ${describeValue(value)})`);
  }
  return value.map((item, i) => checkSource(item, joinKey('sources', i), origin, checkFiles));
}

function checkEnum<T extends string>(value: unknown, allowed: readonly T[], keyPath: string, origin: Origin): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
  throw invalid(origin, keyPath, `should be one of ${allowed.map((a) => `"${a}"`).join(', ')} (got ${describeValue(value)})${hint}`);
}

function checkSource(
  value: unknown,
  keyPath: string,
  origin: Origin,
  checkFiles: (value: unknown, keyPath: string, origin: Origin) => string[],
): CheckedSource {
  if (!isPlainObject(value)) throw invalid(origin, keyPath, `should be an object with "files" (got ${describeValue(value)})`);
  for (const key of Object.keys(value)) {
    if ((SOURCE_KEYS as readonly string[]).includes(key)) continue;
    const hint = didYouMean(key, SOURCE_KEYS) || ` (known keys: ${SOURCE_KEYS.join(', ')})`;
    throw invalid(origin, joinKey(keyPath, key), `is not a known key${hint}`);
  }
  if (value.files === undefined) throw invalid(origin, keyPath, 'needs "files": globs of the files this source describes');
  const files = checkFiles(value.files, joinKey(keyPath, 'files'), origin);
  const kind = value.kind === undefined ? undefined : checkEnum(value.kind, BODY_KINDS, joinKey(keyPath, 'kind'), origin);
  const templates = value.templates === undefined ? undefined : checkEnum(value.templates, TEMPLATE_MODES, joinKey(keyPath, 'templates'), origin);
  const syntax = value.syntax === undefined ? undefined : checkEnum(value.syntax, SYNTAXES, joinKey(keyPath, 'syntax'), origin);
  const select = value.select === undefined ? undefined : checkSelect(value.select, joinKey(keyPath, 'select'), origin);
  const preset = value.preset === undefined ? undefined : checkEnum(value.preset, PRESET_IDS, joinKey(keyPath, 'preset'), origin);
  if (preset && select) throw invalid(origin, joinKey(keyPath, 'preset'), 'applies without "select" (a preset decides which values are templates)');
  if (value.name !== undefined) {
    if (typeof value.name !== 'string' || value.name.trim() === '') {
      throw invalid(origin, joinKey(keyPath, 'name'), `should be a dot path ("title", "meta.name") or "$key" (got ${describeValue(value.name)})`);
    }
    if (!select) throw invalid(origin, joinKey(keyPath, 'name'), 'only applies with "select" (it names each selected value)');
  }
  if (select && templates !== undefined && templates !== 'file') {
    throw invalid(origin, joinKey(keyPath, 'templates'), `"${templates}" is for Markdown files; with "select", each selected value is a template`);
  }
  const format: SourceFormat = select
    ? { selectors: [{ select, ...(value.name !== undefined ? { name: value.name as string } : {}), ...(kind ? { kind } : {}) }] }
    : { ...(kind ? { kind } : {}), ...(templates ? { templates } : {}) };
  if (syntax) format.syntax = syntax;
  if (preset) format.preset = preset;
  return { files, format, keyPath };
}

function checkSelect(value: unknown, keyPath: string, origin: Origin): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || list.length === 0) {
    throw invalid(origin, keyPath, `should be a selector ("**.comment") or a non-empty array of them (got ${describeValue(value)})`);
  }
  return list.map((item, i) => {
    const itemPath = typeof value === 'string' ? keyPath : joinKey(keyPath, i);
    if (typeof item !== 'string') throw invalid(origin, itemPath, `should be a selector string such as "**.comment" (got ${describeValue(item)})`);
    try {
      compileSelector(item);
    } catch (error) {
      if (error instanceof SelectorError) throw invalid(origin, itemPath, error.message);
      throw error;
    }
    return item;
  });
}
