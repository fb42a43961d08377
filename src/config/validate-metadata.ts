// `overrides[].metadata`: the front-matter values a template must have for the override to
// apply. Values are kept as strings because the core compares them as text, case-insensitively
// (front matter may say `audience: Internal` or `priority: 1`).
import { invalid, type Origin } from './errors.js';
import { joinKey } from './key-path.js';
import { describeValue, isPlainObject } from './values.js';

const EXAMPLE = '{ audience: internal } or { tags: [legal, billing] }';

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

export function checkMetadata(value: unknown, keyPath: string, origin: Origin): Record<string, string | string[]> {
  if (!isPlainObject(value)) throw invalid(origin, keyPath, `should be an object of front-matter keys and values, such as ${EXAMPLE} (got ${describeValue(value)})`);
  const entries = Object.entries(value);
  if (entries.length === 0) throw invalid(origin, keyPath, `should name at least one front-matter key, such as ${EXAMPLE}`);
  const checked: Record<string, string | string[]> = {};
  for (const [key, expected] of entries) {
    const path = joinKey(keyPath, key);
    if (key.trim() === '') throw invalid(origin, path, 'a front-matter key may not be empty');
    if (isScalar(expected)) {
      checked[key] = String(expected);
      continue;
    }
    if (!Array.isArray(expected)) throw invalid(origin, path, `should be a value or a list of values (any one matches) (got ${describeValue(expected)})`);
    if (expected.length === 0) throw invalid(origin, path, 'should list at least one value');
    checked[key] = expected.map((item, i) => {
      if (!isScalar(item)) throw invalid(origin, joinKey(path, i), `should be a string, number or boolean (got ${describeValue(item)})`);
      return String(item);
    });
  }
  return checked;
}
