// Typed reads of a rule file's top-level keys, each failing at the exact node with the key path:
// the generic half of reading a rule file (read-spec.ts knows which keys a rule has).
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { joinKey } from '../../config/key-path.js';
import { didYouMean } from '../../config/suggest.js';
import { describeValue } from '../../config/values.js';
import { patternProblem } from './pattern-problem.js';
import { isStringScalar, type YamlSource } from './source.js';

export interface Field {
  key: Scalar;
  value: unknown;
}

export abstract class FieldReader {
  protected readonly fields = new Map<string, Field>();
  protected root!: YAMLMap;

  constructor(protected readonly source: YamlSource) {}

  protected failAt(node: unknown, keyPath: string, problem: string): never {
    return this.source.fail(this.source.start(node as Node), keyPath, problem);
  }

  /** For a missing key: the start of the mapping. */
  protected failMissing(key: string, problem: string): never {
    return this.source.fail(this.source.start(this.root), key, problem);
  }

  protected describe(node: unknown): string {
    if (isSeq(node)) return node.items.length === 0 ? 'an empty list' : 'a list';
    if (isMap(node)) return 'a mapping';
    if (isScalar(node)) return node.value === null ? 'nothing' : describeValue(node.value);
    return describeValue(node);
  }

  // -- values -----------------------------------------------------------------------------------

  protected enumOf<T extends string>(key: string, values: readonly T[], caseInsensitive = false): T | undefined {
    const field = this.fields.get(key);
    if (!field) return undefined;
    const value = field.value;
    const text = isStringScalar(value) ? (caseInsensitive ? value.value.toLowerCase() : value.value) : undefined;
    if (text === undefined || !values.includes(text as T)) {
      const hint = isStringScalar(value) ? didYouMean(value.value, values) : '';
      this.failAt(value ?? field.key, key, `should be one of ${values.map((v) => `"${v}"`).join(', ')} (got ${this.describe(value)})${hint}`);
    }
    return text as T;
  }

  protected stringValue(field: Field, keyPath: string): string {
    const value = field.value;
    if (!isStringScalar(value) || value.value.trim() === '') {
      this.failAt(value ?? field.key, keyPath, `should be a non-empty string (got ${this.describe(value)})`);
    }
    return value.value;
  }

  protected optionalString(key: string): string | undefined {
    const field = this.fields.get(key);
    return field ? this.stringValue(field, key) : undefined;
  }

  protected bool(key: string): boolean {
    const field = this.fields.get(key);
    if (!field) return false;
    const value = field.value;
    if (!isScalar(value) || typeof value.value !== 'boolean') this.failAt(value ?? field.key, key, `should be true or false (got ${this.describe(value)})`);
    return value.value as boolean;
  }

  protected integer(key: string, minimum: number, field = this.fields.get(key), keyPath = key): number {
    if (!field) this.failMissing(keyPath, `is required: a whole number, ${minimum} or more`);
    const value = field.value;
    if (!isScalar(value) || typeof value.value !== 'number' || !Number.isInteger(value.value) || value.value < minimum) {
      this.failAt(value ?? field.key, keyPath, `should be a whole number, ${minimum} or more (got ${this.describe(value)})`);
    }
    return value.value as number;
  }

  /** A list of token patterns (one pattern alone may be written without the list), each compiled. */
  protected patterns(key: string): string[] {
    const field = this.fields.get(key);
    if (!field) this.failMissing(key, 'is required: a list of token patterns, such as ["asap", "as soon as (possible|we can)"]');
    const value = field.value;
    const items: unknown[] = isSeq(value) ? value.items.map((item) => this.source.deref(item)) : [value];
    if (isSeq(value) && items.length === 0) this.failAt(value, key, 'should list at least one pattern');
    return items.map((item, i) => {
      const itemPath = isSeq(value) ? joinKey(key, i) : key;
      if (!isStringScalar(item) || item.value.trim() === '') {
        this.failAt(item ?? field.key, itemPath, `should be a token pattern (a non-empty string) (got ${this.describe(item)})`);
      }
      const problem = patternProblem(item.value);
      if (problem) {
        this.source.fail(this.source.offsetInScalar(item, problem.index), itemPath, `${problem.reason} (column ${problem.index + 1} of the pattern)`);
      }
      return item.value;
    });
  }
}
