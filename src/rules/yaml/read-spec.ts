// A YAML rule file checked key by key, each problem reported at its own line and column. The
// rule's kind decides which keys it takes, so `kind` is read first and a key of another kind
// says which kind it belongs to.
import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { joinKey } from '../../config/key-path.js';
import { didYouMean } from '../../config/suggest.js';
import type { RuleType } from '../../types.js';
import { FieldReader } from './fields.js';
import { isStringScalar, YamlSource } from './source.js';
import { COMMON_KEYS, KIND_KEYS, KINDS, RULE_ID, type YamlRuleKind, type YamlRuleLevel, type YamlRuleSpec } from './spec.js';

const LEVELS: readonly YamlRuleLevel[] = ['error', 'warn', 'off'];
const TYPES: readonly RuleType[] = ['tone', 'structure', 'template', 'style'];
/** The rule types a kind suggests, when the file doesn't say. */
const DEFAULT_TYPES: Record<YamlRuleKind, RuleType> = { phrase: 'tone', require: 'structure', order: 'structure', limit: 'style' };

export interface ReadRuleFile {
  spec: YamlRuleSpec;
  /** Throws a ConfigError at the file's `id:` (or its start, when the id comes from the file name). */
  failAtId(problem: string): never;
}

export function readRuleFile(filePath: string, text: string): ReadRuleFile {
  const source = new YamlSource(filePath, text);
  const reader = new RuleFileReader(source);
  const spec = reader.read();
  return { spec, failAtId: (problem) => reader.failAtId(problem) };
}

class RuleFileReader extends FieldReader {
  read(): YamlRuleSpec {
    const source: YamlSource = this.source;
    const root = source.deref(source.doc.contents);
    if (root === null || root === undefined || (isScalar(root) && root.value === null)) {
      source.fail(0, '', 'the file is empty: a rule needs at least "message", "kind" and its patterns');
    }
    if (!isMap(root)) source.fail(source.start(root as Node), '', `a rule file should be a mapping of keys (id, message, kind, …) (got ${this.describe(root)})`);
    this.root = root;
    for (const pair of root.items as Pair[]) {
      if (!isStringScalar(pair.key)) source.fail(source.start(pair.key as Node), '', 'keys should be plain words such as "message"');
      this.fields.set(pair.key.value, { key: pair.key, value: source.deref(pair.value) });
    }
    const kind = this.kind();
    this.checkKeys(kind);
    const common = {
      id: this.id(),
      filePath: source.filePath,
      message: this.message(kind),
      description: '',
      level: this.level(),
      type: this.enumOf('type', TYPES) ?? DEFAULT_TYPES[kind],
      examples: this.examples(),
    };
    common.description = this.optionalString('description') ?? firstSentence(common.message);
    switch (kind) {
      case 'phrase': {
        const suggest = this.optionalString('suggest');
        return {
          ...common,
          kind,
          patterns: this.patterns('patterns'),
          ...(suggest !== undefined ? { suggest } : {}),
          inQuestions: this.bool('inQuestions'),
          inConditionals: this.bool('inConditionals'),
        };
      }
      case 'require': {
        const within = this.within();
        return { ...common, kind, patterns: this.patterns('patterns'), ...(within ? { within } : {}) };
      }
      case 'order':
        return { ...common, kind, first: this.patterns('first'), then: this.patterns('then') };
      case 'limit':
        return { ...common, kind, patterns: this.patterns('patterns'), max: this.integer('max', 0) };
    }
  }

  failAtId(problem: string): never {
    const field = this.fields.get('id');
    return field ? this.failAt(field.value, 'id', problem) : this.source.fail(0, '', problem);
  }

  // -- keys ------------------------------------------------------------------------------------

  private kind(): YamlRuleKind {
    const field = this.fields.get('kind');
    const list = KINDS.map((k) => `"${k}"`).join(', ');
    if (!field) this.failMissing('kind', `is required: one of ${list}`);
    const value = field.value;
    if (!isStringScalar(value) || !KINDS.includes(value.value as YamlRuleKind)) {
      const hint = isStringScalar(value) ? didYouMean(value.value, KINDS) : '';
      this.failAt(value ?? field.key, 'kind', `should be one of ${list} (got ${this.describe(value)})${hint}`);
    }
    return value.value as YamlRuleKind;
  }

  private checkKeys(kind: YamlRuleKind): void {
    const known: string[] = [...COMMON_KEYS, ...KIND_KEYS[kind]];
    for (const [name, { key }] of this.fields) {
      if (known.includes(name)) continue;
      const owner = KINDS.find((k) => KIND_KEYS[k].includes(name));
      if (owner) this.failAt(key, name, `only applies to rules of kind "${owner}" (this rule's kind is "${kind}")`);
      const hint = didYouMean(name, known) || ` (known keys for kind "${kind}": ${known.join(', ')})`;
      this.failAt(key, name, `is not a known key${hint}`);
    }
  }

  private id(): string {
    const field = this.fields.get('id');
    if (field) {
      const value = field.value;
      if (!isStringScalar(value) || !RULE_ID.test(value.value)) {
        this.failAt(value ?? field.key, 'id', `should be lowercase words joined by "-", such as "no-asap" (got ${this.describe(value)})`);
      }
      return value.value;
    }
    const fromName = path.basename(this.source.filePath).replace(/\.ya?ml$/i, '');
    if (!RULE_ID.test(fromName)) {
      this.source.fail(0, '', `the file name "${fromName}" is not a rule id (lowercase words joined by "-"): rename the file or add an "id:" key`);
    }
    return fromName;
  }

  private message(kind: YamlRuleKind): string {
    const field = this.fields.get('message');
    if (!field) this.failMissing('message', 'is required: what is wrong, why it matters to the customer, and what to write instead');
    const message = this.stringValue(field, 'message');
    // A require rule reports something missing: there is no matched text to show.
    const placeholder = /\{\{\s*phrase\s*\}\}/.exec(message);
    if (kind === 'require' && placeholder && isScalar(field.value)) {
      this.source.fail(this.source.offsetInScalar(field.value, placeholder.index), 'message', '"{{phrase}}" has nothing to show in a rule of kind "require", which reports what is missing');
    }
    return message;
  }

  private level(): YamlRuleLevel {
    return this.enumOf('level', LEVELS, true) ?? 'warn';
  }

  private within(): { first: number } | { last: number } | undefined {
    const field = this.fields.get('within');
    if (!field) return undefined;
    const value = field.value;
    const shape = 'should be { first: N } or { last: N }: the first or last N sentences';
    if (!isMap(value) || value.items.length !== 1) this.failAt(value ?? field.key, 'within', `${shape} (got ${this.describe(value)})`);
    const pair = value.items[0] as Pair;
    const name = isStringScalar(pair.key) ? pair.key.value : '';
    if (name !== 'first' && name !== 'last') {
      this.failAt(pair.key, joinKey('within', name), `is not a known key: ${shape}${didYouMean(name, ['first', 'last'])}`);
    }
    const count = this.integer(name, 1, { key: pair.key as Scalar, value: this.source.deref(pair.value) }, joinKey('within', name));
    return name === 'first' ? { first: count } : { last: count };
  }

  private examples(): { incorrect: string[]; correct: string[] } {
    const examples = { incorrect: [] as string[], correct: [] as string[] };
    const field = this.fields.get('examples');
    if (!field) return examples;
    const value = field.value;
    if (!isMap(value)) this.failAt(value ?? field.key, 'examples', `should be a mapping { incorrect: [...], correct: [...] } (got ${this.describe(value)})`);
    for (const pair of value.items as Pair[]) {
      const name = isStringScalar(pair.key) ? pair.key.value : '';
      if (name !== 'incorrect' && name !== 'correct') {
        this.failAt(pair.key, joinKey('examples', name), `is not a known key (known keys: incorrect, correct)${didYouMean(name, ['incorrect', 'correct'])}`);
      }
      const list = this.source.deref(pair.value);
      const items: unknown[] = isSeq(list) ? list.items.map((item) => this.source.deref(item)) : [list];
      examples[name] = items.map((item, i) => {
        if (!isStringScalar(item)) {
          this.failAt(item ?? pair.key, isSeq(list) ? joinKey(joinKey('examples', name), i) : joinKey('examples', name), `should be the text of a template (got ${this.describe(item)})`);
        }
        return item.value;
      });
    }
    return examples;
  }
}

/** A description from the message when the file has none: its first sentence. */
function firstSentence(message: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(message.trim());
  return (match ? match[0] : message.trim()).replace(/\s+/g, ' ');
}
