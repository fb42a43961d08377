// Small readers over a parsed JSON / YAML document (the `yaml` package's nodes), shared by the
// platform presets.
import type { Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { isMap, isScalar, isSeq } from '../yaml-lib.js';

export function keyOf(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key)) return key.value === null ? 'null' : String(key.value);
  return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/** The node under `key` in a map (undefined when the key is missing or the node is not a map). */
export function get(node: unknown, key: string): unknown {
  if (!isMap(node)) return undefined;
  return node.items.find((pair) => keyOf(pair) === key)?.value ?? undefined;
}

export function has(node: unknown, key: string): boolean {
  return isMap(node) && node.items.some((pair) => keyOf(pair) === key);
}

/** The string scalar under `key`, as a node (for its position). */
export function stringNode(node: unknown, key: string): Scalar<string> | undefined {
  const value = get(node, key);
  return isScalar(value) && typeof value.value === 'string' ? (value as Scalar<string>) : undefined;
}

/** A scalar under `key` as text (numbers too: ids), undefined for blank strings. */
export function textOf(node: unknown, key: string): string | undefined {
  const value = get(node, key);
  if (!isScalar(value)) return undefined;
  const v = value.value;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function mapItems(node: unknown): YAMLMap[] | undefined {
  if (!isSeq(node)) return undefined;
  const items = (node as YAMLSeq).items;
  return items.every((item) => isMap(item)) ? (items as YAMLMap[]) : undefined;
}

export function seqItems(node: unknown): unknown[] | undefined {
  return isSeq(node) ? (node as YAMLSeq).items : undefined;
}

export { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap };
