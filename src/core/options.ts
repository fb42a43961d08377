// Validates rule options against the small JSON-Schema subset rules declare (OptionSchema).
// Hand-written rather than ajv: the schemas are tiny, and a one-file pre-commit run should not
// pay for loading a schema compiler. Errors name the exact key path so config errors are findable.
import type { OptionSchema } from '../types.js';

export interface OptionProblem {
  /** Dotted / indexed path below the value, e.g. `words[2]`; empty for the value itself. */
  path: string;
  message: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function matchesType(value: unknown, type: NonNullable<OptionSchema['type']>): boolean {
  const actual = typeOf(value);
  if (type === 'number') return actual === 'number' || actual === 'integer';
  return actual === type;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

export function validateOptions(schema: OptionSchema, value: unknown, path = ''): OptionProblem[] {
  const problems: OptionProblem[] = [];
  if (schema.type && !matchesType(value, schema.type)) {
    problems.push({ path, message: `should be ${article(schema.type)} ${schema.type}, got ${typeOf(value)}` });
    return problems;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push({ path, message: `should be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}` });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      problems.push({ path, message: `should be at least ${schema.minimum}` });
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      problems.push({ path, message: `should be at most ${schema.maximum}` });
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => problems.push(...validateOptions(schema.items!, item, join(path, i))));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) problems.push({ path: join(path, key), message: 'is required' });
    }
    for (const [key, child] of Object.entries(record)) {
      const childSchema = schema.properties?.[key];
      if (childSchema) {
        problems.push(...validateOptions(childSchema, child, join(path, key)));
      } else if (schema.additionalProperties === false) {
        const known = Object.keys(schema.properties ?? {});
        const hint = known.length ? ` (known options: ${known.join(', ')})` : ' (this rule takes no options)';
        problems.push({ path: join(path, key), message: `is not a known option${hint}` });
      }
    }
  }
  return problems;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? 'an' : 'a';
}
