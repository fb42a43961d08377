// JSON and YAML files that hold templates (bot command lists, label-actions configs, platform
// exports): parsed with positions into the `yaml` package's nodes (YAML by yaml itself, JSON by
// json-document.ts, in one pass), the values the selectors name become templates, each decoded
// with a table of exact file offsets.
import type { Node, Pair, Scalar, YAMLError, YAMLMap } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from './yaml-lib.js';
import { parseJsonDocument } from './json-document.js';
import { NestingTooDeepError } from './nesting.js';
import { jsonErrorOffset, jsonReason } from '../config/syntax.js';
import type { BodyKind, SourceSelector, TemplateMetadata, TemplateUnit } from '../types.js';
import { detectPreset, fitsPreset, readPreset } from './presets/index.js';
import { decodeScalarBody, type DataFormat } from './presets/scalar.js';
import type { ReadUnits, SourceFormat } from './read-units.js';
import { compileSelector, formatPath, matchesPath, SelectorError, type CompiledSelector, type PathSegment } from './select.js';

export type { DataFormat };

/** `.json` is JSON; `.yaml` and `.yml` are YAML; anything else is not a data file. */
export function dataFormatFor(filePath: string): DataFormat | undefined {
  const lower = filePath.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/**
 * What a data file is read with when no source gives selectors and no platform preset
 * (presets/index.ts) recognises the document: the fields well-known formats
 * keep replies in (label-actions and bot `comment`s, lock-threads' `lockComment`, saved replies'
 * `body` / `text`, canned responses' `content` / `response`). See docs/formats.md.
 */
export const DEFAULT_SELECTORS: readonly SourceSelector[] = Object.freeze([
  { select: ['**.comment', '**.lockComment', '**.unlockComment', '**.body', '**.text', '**.chatText', '**.body_text', '**.content', '**.response'] },
]);

interface Compiled {
  paths: CompiledSelector[];
  name?: string;
  kind: BodyKind;
}

interface Ancestor {
  node: Node;
  /** The key or index this node sits under in its parent (undefined for the root). */
  key?: PathSegment;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/[.\s]+$/, '');
}

function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const { value } = node;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? 'null' : String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/** The value at a dot path below a map (`title`, `meta.name`), as text. */
function valueAt(map: YAMLMap, dotPath: string): string | undefined {
  let node: unknown = map;
  for (const part of dotPath.split('.')) {
    if (isMap(node)) node = node.items.find((pair) => keyOf(pair) === part)?.value;
    else if (isSeq(node) && /^\d+$/.test(part)) node = node.items[Number(part)];
    else return undefined;
  }
  return scalarText(node);
}

const DEFAULT_NAME_KEYS = ['name', 'title', 'id'];

function templateName(selector: Compiled, ancestors: readonly Ancestor[], path: readonly PathSegment[]): string {
  const parent = ancestors[ancestors.length - 1]!;
  if (selector.name === '$key') {
    // The key of the entry holding the value (a label, a macro's key); at the top level, the value's own key.
    const key = ancestors.length > 1 ? parent.key : path[path.length - 1];
    if (key !== undefined) return String(key);
  } else if (selector.name !== undefined && isMap(parent.node)) {
    const named = valueAt(parent.node, selector.name);
    if (named !== undefined) return named;
  } else if (selector.name === undefined && isMap(parent.node)) {
    for (const key of DEFAULT_NAME_KEYS) {
      const named = valueAt(parent.node, key);
      if (named !== undefined && path[path.length - 1] !== key) return named;
    }
  }
  return formatPath(path);
}

function metadataOf(ancestors: readonly Ancestor[], path: readonly PathSegment[]): TemplateMetadata {
  const parent = ancestors[ancestors.length - 1]!.node;
  if (!isMap(parent)) return {};
  const own = path[path.length - 1];
  const metadata: TemplateMetadata = {};
  const id = own === 'id' ? undefined : valueAt(parent, 'id');
  const title = own === 'title' ? undefined : (valueAt(parent, 'title') ?? (own === 'name' ? undefined : valueAt(parent, 'name')));
  if (id !== undefined) metadata.id = id;
  if (title !== undefined) metadata.title = title;
  return metadata;
}

/** What parses a JSON file: json-document.ts, or (tests only: they compare the two) the `yaml` package. */
export type JsonReader = 'json-document' | 'yaml';

/** A file's documents: a JSON file is one; a YAML file may hold several (`---`). */
function parseDocuments(text: string, dataFormat: DataFormat, jsonReader: JsonReader): Array<{ errors: readonly YAMLError[]; contents: unknown }> {
  if (dataFormat === 'json' && jsonReader === 'json-document') return [{ errors: [], contents: parseJsonDocument(text) }];
  const documents = parseAllDocuments(text, { keepSourceTokens: true, prettyErrors: false, uniqueKeys: false });
  return Array.isArray(documents) ? documents : [];
}

export function readStructured(
  text: string,
  filePath: string,
  dataFormat: DataFormat,
  format: SourceFormat = {},
  jsonReader: JsonReader = 'json-document',
): ReadUnits {
  if (dataFormat === 'json') {
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      return { units: [], fatal: { message: `Invalid JSON: ${jsonReason(message)}`, offset: jsonErrorOffset(text, message) } };
    }
  }
  let selectors: Compiled[];
  try {
    selectors = (format.selectors ?? DEFAULT_SELECTORS).map((s) => ({
      paths: s.select.map(compileSelector),
      ...(s.name !== undefined ? { name: s.name } : {}),
      kind: s.kind ?? 'markdown',
    }));
  } catch (error) {
    if (error instanceof SelectorError) return { units: [], fatal: { message: `Invalid selector: ${error.message}`, offset: 0 } };
    throw error;
  }

  let documents: ReturnType<typeof parseDocuments>;
  try {
    documents = parseDocuments(text, dataFormat, jsonReader);
  } catch (error) {
    // JSON nested deeper than the readers below can walk: refused at the bracket that goes too deep.
    if (error instanceof NestingTooDeepError) return { units: [], fatal: { message: error.message, offset: error.offset } };
    throw error;
  }
  const units: TemplateUnit[] = [];
  for (const document of documents) {
    const [error] = document.errors;
    if (error) {
      const label = dataFormat === 'json' ? 'JSON' : 'YAML';
      return { units: [], fatal: { message: `Invalid ${label}: ${firstLine(error.message)}`, offset: error.pos[0] } };
    }
    // Without selectors, a document in a platform's export shape is read by that platform's preset:
    // the one the config names, or the one whose shape it has.
    if (format.preset && !fitsPreset(format.preset, document.contents)) {
      return { units: [], fatal: { message: `This file does not have the shape of a ${format.preset} export (see docs/formats.md, "Platform presets").`, offset: 0 } };
    }
    const preset = format.selectors ? undefined : (format.preset ?? detectPreset(document.contents));
    if (preset) {
      units.push(...readPreset(preset, document.contents, text, dataFormat, format.syntax));
      continue;
    }
    const visit = (node: unknown, ancestors: Ancestor[], path: PathSegment[]): void => {
      if (isAlias(node)) return; // An alias repeats its anchor's value: linted once, where it is written.
      if (isMap(node) || isSeq(node)) {
        const nextAncestors = [...ancestors, { node, ...(path.length > 0 ? { key: path[path.length - 1]! } : {}) }];
        node.items.forEach((item: unknown, index: number) => {
          if (isMap(node)) {
            const pair = item as Pair;
            const key = keyOf(pair);
            if (key !== undefined) visit(pair.value, nextAncestors, [...path, key]);
          } else visit(item, nextAncestors, [...path, index]);
        });
        return;
      }
      if (!isScalar(node) || typeof node.value !== 'string' || ancestors.length === 0) return;
      const selector = selectors.find((s) => s.paths.some((p) => matchesPath(p, path)));
      if (!selector) return;
      const unit = toUnit(text, node, dataFormat, selector, ancestors, path, format);
      if (unit) units.push(unit);
    };
    visit(document.contents, [], []);
  }
  return { units };
}

function toUnit(
  text: string,
  node: Scalar,
  dataFormat: DataFormat,
  selector: Compiled,
  ancestors: readonly Ancestor[],
  path: readonly PathSegment[],
  format: SourceFormat,
): TemplateUnit | undefined {
  const { body, map } = decodeScalarBody(text, node, dataFormat);
  return {
    name: templateName(selector, ancestors, path),
    metadata: metadataOf(ancestors, path),
    kind: selector.kind,
    body,
    bodyStart: 0,
    bodyEnd: body.length,
    map,
    ...(format.syntax !== undefined ? { syntax: format.syntax } : {}),
  };
}
