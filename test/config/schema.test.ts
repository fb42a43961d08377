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

describe('schema/macrolint.schema.json: sources', () => {
  it('has exactly the source keys the validator accepts, and needs files', async () => {
    const { SOURCE_KEYS, BODY_KINDS, TEMPLATE_MODES, SYNTAXES } = await import('../../src/config/validate-sources.js');
    const source = schema.properties.sources!.items! as { properties: Record<string, { enum?: unknown[] }>; additionalProperties: boolean; required: string[] };
    expect(Object.keys(source.properties).sort()).toEqual([...SOURCE_KEYS].sort());
    expect(source.additionalProperties).toBe(false);
    expect(source.required).toEqual(['files']);
    expect(source.properties.kind!.enum).toEqual([...BODY_KINDS]);
    expect(source.properties.templates!.enum).toEqual([...TEMPLATE_MODES]);
    expect(source.properties.syntax!.enum).toEqual([...SYNTAXES]);
  });
});
