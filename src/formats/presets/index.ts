// Platform presets: the shapes help desks export macros and saved replies in (Zendesk, Help
// Scout, Freshdesk, Intercom, Front, Gorgias; see docs/formats.md "Platform presets" and
// shared/domain.md section 1). A JSON or YAML document read without selectors is checked against
// every preset; when exactly one recognises it, that preset says which fields are templates, how
// each is read (Markdown, text or HTML), their names and their placeholder dialect. Otherwise the
// built-in selectors apply.
import type { BodyKind, TemplateMetadata, TemplateSyntax, TemplateUnit } from '../../types.js';
import { formatPath, type PathSegment } from '../select.js';
import { decodeScalarBody, type DataFormat } from './scalar.js';
import { get, has, isMap, isScalar, mapItems, seqItems, stringNode, textOf, type Scalar, type YAMLMap } from './shape.js';

export type PresetId = 'zendesk' | 'helpscout' | 'freshdesk' | 'intercom' | 'front' | 'gorgias';
export const PRESET_IDS: readonly PresetId[] = ['zendesk', 'helpscout', 'freshdesk', 'intercom', 'front', 'gorgias'];

/** One text field of a record that becomes a template. */
interface Field {
  node: Scalar<string>;
  kind: BodyKind;
  /** Appended to the record's name: ` (subject)`, ` (chat)`. */
  suffix?: string;
  role?: 'subject';
  metadata?: TemplateMetadata;
}

interface Preset {
  id: PresetId;
  syntax?: TemplateSyntax;
  /** Keys (dot paths) whose value is a list of records: `macros`, `_embedded.replies`. */
  listKeys: readonly string[];
  /** Keys whose value is one record: `macro`. */
  singleKeys: readonly string[];
  /** Whether one map with the record's shape can be the whole document. */
  bare: boolean;
  isRecord(record: YAMLMap): boolean;
  /** The record's display name (before the path fallback). */
  nameOf(record: YAMLMap): string | undefined;
  metadataOf(record: YAMLMap): TemplateMetadata;
  fields(record: YAMLMap): Field[];
}

function idTitle(record: YAMLMap, titleKey: string): TemplateMetadata {
  const metadata: TemplateMetadata = {};
  const id = textOf(record, 'id');
  const title = textOf(record, titleKey);
  if (id !== undefined) metadata.id = id;
  if (title !== undefined) metadata.title = title;
  return metadata;
}

function field(record: YAMLMap, key: string, kind: BodyKind, extra: Omit<Field, 'node' | 'kind'> = {}): Field[] {
  const node = stringNode(record, key);
  return node ? [{ node, kind, ...extra }] : [];
}

/** Every item of `actions` is a map with a string `field` and a `value`. */
function zendeskActions(record: YAMLMap): YAMLMap[] | undefined {
  const actions = mapItems(get(record, 'actions'));
  return actions?.every((a) => stringNode(a, 'field') !== undefined && has(a, 'value')) ? actions : undefined;
}

/**
 * Zendesk's `comment_value` is a string, or `["channel:all", "text"]`: the text is the last string
 * item that is not a `channel:` marker.
 */
function zendeskComment(value: unknown): { node: Scalar<string>; channel?: string } | undefined {
  if (isScalar(value) && typeof value.value === 'string') return { node: value as Scalar<string> };
  const items = seqItems(value);
  if (!items) return undefined;
  let channel: string | undefined;
  let text: Scalar<string> | undefined;
  for (const item of items) {
    if (!isScalar(item) || typeof item.value !== 'string') continue;
    const marker = /^channel:(.*)$/.exec(item.value);
    if (marker) channel = marker[1]!;
    else text = item as Scalar<string>;
  }
  return text ? { node: text, ...(channel !== undefined ? { channel } : {}) } : undefined;
}

const zendesk: Preset = {
  id: 'zendesk',
  syntax: 'liquid',
  listKeys: ['macros'],
  singleKeys: ['macro'],
  bare: true,
  isRecord: (record) => zendeskActions(record) !== undefined,
  nameOf: (record) => textOf(record, 'title') ?? textOf(record, 'id'),
  metadataOf: (record) => idTitle(record, 'title'),
  fields(record) {
    const out: Field[] = [];
    for (const action of zendeskActions(record) ?? []) {
      const kind = stringNode(action, 'field')!.value;
      const value = get(action, 'value');
      if (kind === 'comment_value') {
        const comment = zendeskComment(value);
        if (comment) out.push({ node: comment.node, kind: 'markdown', ...(comment.channel !== undefined ? { metadata: { channel: comment.channel } } : {}) });
      } else if (kind === 'comment_value_html' && isScalar(value) && typeof value.value === 'string') {
        out.push({ node: value as Scalar<string>, kind: 'html' });
      } else if (kind === 'subject' && isScalar(value) && typeof value.value === 'string') {
        out.push({ node: value as Scalar<string>, kind: 'text', suffix: ' (subject)', role: 'subject' });
      }
    }
    return out;
  },
};

const helpscout: Preset = {
  id: 'helpscout',
  syntax: 'helpscout',
  listKeys: ['_embedded.replies'],
  singleKeys: [],
  bare: true,
  // `id`, `name` and `text` or `chatText` (the API's own objects); not another platform's keys.
  isRecord: (record) =>
    has(record, 'id') &&
    textOf(record, 'name') !== undefined &&
    (stringNode(record, 'text') !== undefined || stringNode(record, 'chatText') !== undefined) &&
    !['body', 'actions', 'content_html', 'subject'].some((key) => has(record, key)),
  nameOf: (record) => textOf(record, 'name') ?? textOf(record, 'id'),
  metadataOf: (record) => idTitle(record, 'name'),
  fields: (record) => [...field(record, 'text', 'html'), ...field(record, 'chatText', 'text', { suffix: ' (chat)' })],
};

const freshdesk: Preset = {
  id: 'freshdesk',
  listKeys: [],
  singleKeys: [],
  bare: true,
  isRecord: (record) => textOf(record, 'title') !== undefined && stringNode(record, 'content_html') !== undefined,
  nameOf: (record) => textOf(record, 'title') ?? textOf(record, 'id'),
  metadataOf: (record) => idTitle(record, 'title'),
  // `content` is the plain-text copy Freshdesk derives from `content_html`: not linted twice.
  fields: (record) => field(record, 'content_html', 'html'),
};

const intercom: Preset = {
  id: 'intercom',
  listKeys: ['data'],
  singleKeys: [],
  bare: true,
  isRecord: (record) => textOf(record, 'type') === 'macro' && (stringNode(record, 'body_text') !== undefined || stringNode(record, 'body') !== undefined),
  nameOf: (record) => textOf(record, 'name') ?? textOf(record, 'id'),
  metadataOf: (record) => idTitle(record, 'name'),
  // `body_text` keeps the placeholders as written (`{{user.name|fallback:"there"}}`); `body` (HTML
  // with `<attribute key=…/>` elements) is read only when there is no `body_text`.
  fields: (record) => (stringNode(record, 'body_text') ? field(record, 'body_text', 'text') : field(record, 'body', 'html')),
};

const front: Preset = {
  id: 'front',
  listKeys: ['_results'],
  singleKeys: [],
  bare: true,
  isRecord: (record) => /^rsp_/.test(textOf(record, 'id') ?? '') && stringNode(record, 'body') !== undefined && has(record, 'subject'),
  nameOf: (record) => textOf(record, 'name') ?? textOf(record, 'id'),
  metadataOf: (record) => idTitle(record, 'name'),
  fields: (record) => [...field(record, 'subject', 'text', { suffix: ' (subject)', role: 'subject' }), ...field(record, 'body', 'html')],
};

/** Every action is `{ name, arguments: {…} }` (Zendesk's have `field` / `value`). */
function gorgiasActions(record: YAMLMap): YAMLMap[] | undefined {
  const actions = mapItems(get(record, 'actions'));
  return actions && actions.length > 0 && actions.every((a) => textOf(a, 'name') !== undefined && isMap(get(a, 'arguments'))) ? actions : undefined;
}

const gorgias: Preset = {
  id: 'gorgias',
  listKeys: ['data'],
  singleKeys: [],
  bare: true,
  isRecord: (record) => gorgiasActions(record) !== undefined,
  nameOf: (record) => textOf(record, 'name') ?? textOf(record, 'id'),
  metadataOf: (record) => {
    const metadata = idTitle(record, 'name');
    const language = textOf(record, 'language');
    if (language !== undefined) metadata.locale = language;
    return metadata;
  },
  // The reply text's `body_html` (else its `body_text`, a copy of the same reply) of each action carrying one.
  fields: (record) =>
    (gorgiasActions(record) ?? []).flatMap((action) => {
      const args = get(action, 'arguments');
      return stringNode(args, 'body_html') ? field(args as YAMLMap, 'body_html', 'html') : field(args as YAMLMap, 'body_text', 'text');
    }),
};

export const PRESETS: readonly Preset[] = [zendesk, helpscout, freshdesk, intercom, front, gorgias];

interface Located {
  record: YAMLMap;
  path: PathSegment[];
}

function at(root: unknown, dotPath: string): unknown {
  return dotPath.split('.').reduce<unknown>((node, key) => get(node, key), root);
}

/** The records a preset sees in a document, or undefined when the document is not in its shape. */
function recordsFor(preset: Preset, root: unknown): Located[] | undefined {
  let records: Located[] | undefined;
  const list = (node: unknown, path: PathSegment[]) => mapItems(node)?.map((record, i) => ({ record, path: [...path, i] }));
  const items = seqItems(root);
  if (items) records = list(root, []);
  else if (isMap(root)) {
    for (const key of preset.listKeys) {
      const node = at(root, key);
      if (seqItems(node)) {
        records = list(node, key.split('.'));
        break;
      }
    }
    if (!records) {
      for (const key of preset.singleKeys) {
        const node = get(root, key);
        if (isMap(node)) {
          records = [{ record: node, path: [key] }];
          break;
        }
      }
    }
    if (!records && preset.bare) records = [{ record: root, path: [] }];
  }
  return records && records.length > 0 && records.every(({ record }) => preset.isRecord(record)) ? records : undefined;
}

/** The one preset whose shape a document (its root node) has; undefined if none, or more than one, does. */
export function detectPreset(root: unknown): PresetId | undefined {
  const matches = PRESETS.filter((preset) => recordsFor(preset, root) !== undefined);
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/** Whether a document has the shape of the given preset (for a preset forced by config). */
export function fitsPreset(id: PresetId, root: unknown): boolean {
  const preset = PRESETS.find((p) => p.id === id);
  return preset !== undefined && recordsFor(preset, root) !== undefined;
}

/** The templates of a document in a preset's shape (see detectPreset). */
export function readPreset(id: PresetId, root: unknown, text: string, dataFormat: DataFormat, syntax?: TemplateSyntax): TemplateUnit[] {
  const preset = PRESETS.find((p) => p.id === id)!;
  const units: TemplateUnit[] = [];
  const dialect = syntax ?? preset.syntax;
  for (const { record, path } of recordsFor(preset, root) ?? []) {
    const name = preset.nameOf(record) ?? (path.length > 0 ? formatPath(path) : preset.id);
    const metadata = preset.metadataOf(record);
    for (const f of preset.fields(record)) {
      const { body, map } = decodeScalarBody(text, f.node, dataFormat);
      units.push({
        name: name + (f.suffix ?? ''),
        // `role: subject` in the metadata too, so that overrides can match subject lines.
        metadata: { ...metadata, ...f.metadata, ...(f.role ? { role: f.role } : {}) },
        kind: f.kind,
        body,
        bodyStart: 0,
        bodyEnd: body.length,
        map,
        ...(dialect !== undefined ? { syntax: dialect } : {}),
        ...(f.role ? { role: f.role } : {}),
      });
    }
  }
  return units;
}
