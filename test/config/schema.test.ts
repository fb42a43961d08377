// The published JSON Schema and the validator must accept the same keys: editors complete from
// the schema, and a key it offers that the validator rejects (or the reverse) is a trap.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, IGNORED_KEYS, OVERRIDE_KEYS } from '../../src/config/validate.js';

const schema = JSON.parse(fs.readFileSync(new URL('../../schema/macrolint.schema.json', import.meta.url), 'utf8')) as {
  additionalProperties: boolean;
  properties: Record<string, { items?: { properties?: Record<string, unknown>; additionalProperties?: boolean; anyOf?: unknown[] } }>;
};

describe('schema/macrolint.schema.json', () => {
  it('has exactly the top-level keys the validator accepts', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...CONFIG_KEYS, ...IGNORED_KEYS].sort());
    expect(schema.additionalProperties).toBe(false);
  });

  it('has exactly the override keys the validator accepts, and needs files or metadata', () => {
    const override = schema.properties.overrides!.items!;
    expect(Object.keys(override.properties!).sort()).toEqual([...OVERRIDE_KEYS].sort());
    expect(override.additionalProperties).toBe(false);
    expect(override.anyOf).toEqual([{ required: ['files'] }, { required: ['metadata'] }]);
  });
});
