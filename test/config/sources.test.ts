// `sources`: validated with exact key paths; the first matching source sets a file's format.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.js';
import { errorOf, load, makeDir } from './helpers.js';

async function problem(sources: unknown): Promise<Error & { keyPath?: string }> {
  const dir = makeDir({ '.macrolintrc.json': { sources } });
  const error = await errorOf(load(dir));
  expect(error).toBeInstanceOf(ConfigError);
  return error;
}

describe('sources: validation', () => {
  it.each([
    [{ files: 'a.json' }, 'sources', 'should be an array'],
    [[{ select: '**.comment' }], 'sources[0]', 'needs "files"'],
    [[{ files: [] }], 'sources[0].files', 'should not be empty'],
    [[{ files: '!a.json' }], 'sources[0].files', 'negated patterns'],
    [[{ files: 'a.json', selct: 'x' }], 'sources[0].selct', 'did you mean "select"'],
    [[{ files: 'a.json', select: [] }], 'sources[0].select', 'non-empty array'],
    [[{ files: 'a.json', select: ['ok', 'a..b'] }], 'sources[0].select[1]', 'empty part'],
    [[{ files: 'a.json', select: [3] }], 'sources[0].select[0]', 'should be a selector string'],
    [[{ files: 'a.json', select: 'x', kind: 'htm' }], 'sources[0].kind', 'did you mean "html"'],
    [[{ files: 'a.md', templates: 'section' }], 'sources[0].templates', 'did you mean "sections"'],
    [[{ files: 'a.md', syntax: 'mustache' }], 'sources[0].syntax', 'should be one of'],
    [[{ files: 'a.json', name: 'title' }], 'sources[0].name', 'only applies with "select"'],
    [[{ files: 'a.json', select: 'x', templates: 'fenced' }], 'sources[0].templates', 'is for Markdown files'],
    [[{ files: 'a.json', preset: 'zendsk' }], 'sources[0].preset', 'did you mean "zendesk"'],
    [[{ files: 'a.json', preset: 'zendesk', select: 'x' }], 'sources[0].preset', 'applies without "select"'],
  ])('%j -> %s', async (sources, keyPath, text) => {
    const error = await problem(sources);
    expect(error.keyPath).toBe(keyPath);
    expect(error.message).toContain(`${keyPath}: `);
    expect(error.message).toContain(text);
  });
});

describe('sources: the format of each file', () => {
  it('sets the format from the first source whose files match; others get none', async () => {
    const dir = makeDir({
      '.macrolintrc.yaml': [
        'sources:',
        '  - files: "bot/*.json"',
        '    select: "**.comment"',
        '    name: $key',
        '    kind: text',
        '    syntax: github',
        '  - files: "*.json"',
        '    select: ["**.body"]',
        '  - files: replies.md',
        '    templates: sections',
      ].join('\n'),
    });
    const loaded = await load(dir);
    expect(loaded.forFile(path.join(dir, 'bot/commands.json')).format).toEqual({ selectors: [{ select: ['**.comment'], name: '$key', kind: 'text' }], syntax: 'github' });
    expect(loaded.forFile(path.join(dir, 'other/x.json')).format).toEqual({ selectors: [{ select: ['**.body'] }] });
    expect(loaded.forFile(path.join(dir, 'docs/replies.md')).format).toEqual({ templates: 'sections' });
    expect(loaded.forFile(path.join(dir, 'a.md')).format).toBeUndefined();
    expect(loaded.isSourceFile(path.join(dir, 'bot/commands.json'))).toBe(true);
    expect(loaded.isSourceFile(path.join(dir, 'a.md'))).toBe(false);
    expect((loaded.printable(path.join(dir, 'docs/replies.md')) as { format: unknown }).format).toEqual({ templates: 'sections' });
  });

  it("tries a config's own sources before those it extends", async () => {
    const dir = makeDir({
      'base.json': { sources: [{ files: '*.yml', select: 'base' }] },
      '.macrolintrc.json': { extends: './base.json', sources: [{ files: '*.yml', select: 'own' }] },
    });
    const loaded = await load(dir);
    expect(loaded.forFile(path.join(dir, 'x.yml')).format?.selectors?.[0]?.select).toEqual(['own']);
  });

  it('matches files outside the config folder with unanchored globs only, and names hidden folders to walk', async () => {
    const dir = makeDir({ 'cfg/.macrolintrc.json': { sources: [{ files: ['**/.github/label-actions.yml', 'macros/*.json'] }] } });
    const loaded = await load(path.join(dir, 'cfg'));
    expect(loaded.isSourceFile(path.join(dir, 'corpus/repo/.github/label-actions.yml'))).toBe(true);
    expect(loaded.isSourceFile(path.join(dir, 'macros/a.json'))).toBe(false);
    expect(loaded.isSourceFile(path.join(dir, 'cfg/macros/a.json'))).toBe(true);
    expect(loaded.sourceHiddenFolders).toEqual(['.github']);
  });
});
