// `overrides[].metadata`: rule settings scoped by a template's front matter. The config turns
// them into ResolvedConfig.metadataOverrides; the core applies them per template.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf, load, makeDir } from './helpers.js';

async function configWith(config: object, options: Parameters<typeof load>[1] = {}) {
  const dir = makeDir({ '.macrolintrc.json': config });
  const loaded = await load(dir, options);
  return { dir, loaded, forFile: (file: string) => loaded.forFile(path.join(dir, file)) };
}

describe('overrides with metadata', () => {
  it('become metadataOverrides: "off" is null, and a severity alone keeps the file’s options', async () => {
    const { forFile } = await configWith({
      rules: { 'no-blame': ['error', { words: ['fault'] }], 'acknowledge-before-resolving': 'warn' },
      overrides: [
        { metadata: { audience: 'internal' }, rules: { 'acknowledge-before-resolving': 'off', 'no-blame': 'warn' } },
        { metadata: { tags: ['legal', 'billing'], priority: 1 }, rules: { 'no-told-you-so': ['error', {}] } },
      ],
    });
    expect(forFile('a.md')).toEqual({
      rules: { 'acknowledge-before-resolving': { severity: 1, options: {} }, 'no-blame': { severity: 2, options: { words: ['fault'] } } },
      metadataOverrides: [
        { metadata: { audience: 'internal' }, rules: { 'acknowledge-before-resolving': null, 'no-blame': { severity: 1, options: { words: ['fault'] } } } },
        { metadata: { tags: ['legal', 'billing'], priority: '1' }, rules: { 'no-told-you-so': { severity: 2, options: {} } } },
      ],
    });
  });

  it('with files too, apply only to the matching files', async () => {
    const { forFile } = await configWith({
      rules: { 'no-blame': 'error' },
      overrides: [{ files: 'legal/**', metadata: { audience: 'internal' }, rules: { 'no-blame': 'off' } }],
    });
    expect(forFile('legal/a.md').metadataOverrides).toEqual([{ metadata: { audience: 'internal' }, rules: { 'no-blame': null } }]);
    expect(forFile('a.md')).toEqual({ rules: { 'no-blame': { severity: 2, options: {} } } });
  });

  it('are kept from extended configs, in order, and --rule still wins over them', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { extends: './base.json', overrides: [{ metadata: { audience: 'staff' }, rules: { 'no-blame': 'warn' } }] },
      'base.json': { rules: { 'no-blame': 'error' }, overrides: [{ metadata: { audience: 'internal' }, rules: { 'no-blame': 'off' } }] },
    });
    const loaded = await load(dir, { ruleOverrides: { 'no-blame': 'error' } });
    expect(loaded.forFile(path.join(dir, 'a.md')).metadataOverrides).toEqual([
      { metadata: { audience: 'internal' }, rules: { 'no-blame': { severity: 2, options: {} } } },
      { metadata: { audience: 'staff' }, rules: { 'no-blame': { severity: 2, options: {} } } },
    ]);
  });

  it('are printed by --print-config', async () => {
    const { dir, loaded } = await configWith({
      rules: { 'no-blame': 'error' },
      overrides: [{ metadata: { audience: ['internal', 'staff'] }, rules: { 'no-blame': 'off', 'no-told-you-so': 'warn' } }],
    });
    expect(loaded.printable(path.join(dir, 'a.md'))).toEqual({
      rules: { 'no-blame': ['error', {}] },
      metadataOverrides: [{ metadata: { audience: ['internal', 'staff'] }, rules: { 'no-blame': 'off', 'no-told-you-so': ['warn', {}] } }],
      ignores: [],
    });
  });

  it.each<[string, unknown, string]>([
    ['metadata not an object', 'internal', 'overrides[0].metadata: should be an object of front-matter keys and values, such as { audience: internal } or { tags: [legal, billing] } (got "internal")'],
    ['metadata empty', {}, 'overrides[0].metadata: should name at least one front-matter key, such as { audience: internal } or { tags: [legal, billing] }'],
    ['value an object', { audience: { is: 'internal' } }, 'overrides[0].metadata.audience: should be a value or a list of values (any one matches) (got an object)'],
    ['empty list', { tags: [] }, 'overrides[0].metadata.tags: should list at least one value'],
    ['list item null', { tags: ['legal', null] }, 'overrides[0].metadata.tags[1]: should be a string, number or boolean (got null)'],
  ])('reject %s, with the key path', async (_case, metadata, problem) => {
    const dir = makeDir({ '.macrolintrc.json': { overrides: [{ metadata, rules: { 'no-blame': 'off' } }] } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(`Invalid config in ${path.join(dir, '.macrolintrc.json')}: ${problem}.`);
  });

  it('check the rule ids and options they set', async () => {
    const dir = makeDir({ '.macrolintrc.json': { overrides: [{ metadata: { audience: 'internal' }, rules: { 'no-blame': ['warn', { wrds: [] }] } }] } });
    const error = await errorOf(load(dir));
    expect(error.message).toBe(
      `Invalid config in ${path.join(dir, '.macrolintrc.json')}: overrides[0].rules.no-blame[1].wrds: is not a known option (known options: words, checkQuotes).`,
    );
  });
});
