import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, makeDir } from './helpers.js';

describe('overrides', () => {
  async function setUp(overrides: unknown[], rules: Record<string, unknown> = { 'no-blame': 'error' }) {
    const dir = makeDir({ '.macrolintrc.json': { rules, overrides } });
    const config = await load(dir);
    return (file: string) => config.forFile(path.join(dir, file)).rules;
  }

  it('applies rules to files matching a glob relative to the config’s directory', async () => {
    const rulesFor = await setUp([{ files: 'billing/**/*.md', rules: { 'no-blame': 'warn' } }]);
    expect(rulesFor('billing/refunds/late.md')).toEqual({ 'no-blame': { severity: 1, options: {} } });
    expect(rulesFor('billing/late.md')).toEqual({ 'no-blame': { severity: 1, options: {} } });
    expect(rulesFor('shipping/billing/late.md')).toEqual({ 'no-blame': { severity: 2, options: {} } });
    expect(rulesFor('billing/late.txt')).toEqual({ 'no-blame': { severity: 2, options: {} } });
  });

  it('matches a glob with no slash against the basename at any depth', async () => {
    const rulesFor = await setUp([{ files: '*.auto.md', rules: { 'no-blame': 'off' } }]);
    expect(rulesFor('a/b/c/welcome.auto.md')).toEqual({});
    expect(rulesFor('welcome.auto.md')).toEqual({});
    expect(rulesFor('welcome.md')).toEqual({ 'no-blame': { severity: 2, options: {} } });
  });

  it('anchors a glob that starts with ./ or / to the base directory', async () => {
    const rulesFor = await setUp([{ files: ['./top.md', '/root.md'], rules: { 'no-blame': 'off' } }]);
    expect(rulesFor('top.md')).toEqual({});
    expect(rulesFor('root.md')).toEqual({});
    expect(rulesFor('sub/top.md')).toEqual({ 'no-blame': { severity: 2, options: {} } });
  });

  it('matches dot files and dot directories', async () => {
    const rulesFor = await setUp([{ files: ['macros/**'], rules: { 'no-blame': 'off' } }]);
    expect(rulesFor('macros/.drafts/.hidden.md')).toEqual({});
  });

  it('accepts a list of globs; any one matching is enough', async () => {
    const rulesFor = await setUp([{ files: ['*.txt', 'legacy/**'], rules: { 'no-blame': 'off' } }]);
    expect(rulesFor('x/a.txt')).toEqual({});
    expect(rulesFor('legacy/a.md')).toEqual({});
    expect(rulesFor('a.md')).toEqual({ 'no-blame': { severity: 2, options: {} } });
  });

  it('applies matching overrides in order, later ones winning', async () => {
    const rulesFor = await setUp([
      { files: '*.md', rules: { 'no-blame': 'off', 'no-told-you-so': 'warn' } },
      { files: 'vip/*.md', rules: { 'no-blame': ['warn', { words: ['fault'] }], 'no-told-you-so': 'error' } },
    ]);
    expect(rulesFor('vip/a.md')).toEqual({
      'no-blame': { severity: 1, options: { words: ['fault'] } },
      'no-told-you-so': { severity: 2, options: {} },
    });
    expect(rulesFor('a.md')).toEqual({ 'no-told-you-so': { severity: 1, options: {} } });
  });

  it('keeps the top-level options when an override changes only the severity', async () => {
    const rulesFor = await setUp([{ files: 'drafts/*', rules: { 'no-blame': ['warn'] } }], { 'no-blame': ['error', { checkQuotes: true }] });
    expect(rulesFor('drafts/a.md')).toEqual({ 'no-blame': { severity: 1, options: { checkQuotes: true } } });
  });

  it('does not apply to files outside the base directory', async () => {
    const dir = makeDir({ 'project/.macrolintrc.json': { overrides: [{ files: '*.md', rules: { 'no-blame': 'warn' } }] } });
    const config = await load(path.join(dir, 'project'));
    expect(config.forFile(path.join(dir, 'elsewhere/a.md')).rules).toEqual({});
    expect(config.forFile(path.join(dir, 'project/a.md')).rules).toEqual({ 'no-blame': { severity: 1, options: {} } });
  });

  it('shares one frozen result between files with the same layers: no caller can change another file\'s config', async () => {
    const rulesFor = await setUp([{ files: ['drafts/**'], rules: { 'no-blame': 'warn' } }], { 'no-blame': ['error', { checkQuotes: true }] });
    const first = rulesFor('a.md')['no-blame']!;
    expect(() => (first.severity = 1)).toThrow(TypeError);
    expect(() => (first.options.checkQuotes = false)).toThrow(TypeError);
    expect(rulesFor('b.md')['no-blame']).toBe(first);
    expect(rulesFor('b.md')['no-blame']).toEqual({ severity: 2, options: { checkQuotes: true } });
    expect(rulesFor('drafts/c.md')['no-blame']).toEqual({ severity: 1, options: { checkQuotes: true } });
  });
});

describe('ignores', () => {
  async function setUp(ignores: string[]) {
    const dir = makeDir({ '.macrolintrc.json': { extends: 'macrolint:recommended', ignores } });
    const config = await load(dir);
    expect(config.ignores).toEqual(ignores);
    return (file: string) => config.isIgnored(path.join(dir, file));
  }

  it('ignores files matching a glob relative to the base directory', async () => {
    const ignored = await setUp(['archive/**/*.md']);
    expect(ignored('archive/2023/a.md')).toBe(true);
    expect(ignored('archive/a.txt')).toBe(false);
    expect(ignored('live/archive/a.md')).toBe(false);
  });

  it('treats a pattern naming a directory as everything below it, at any depth when it has no slash', async () => {
    const ignored = await setUp(['drafts']);
    expect(ignored('drafts/a.md')).toBe(true);
    expect(ignored('team/drafts/deep/a.md')).toBe(true);
    expect(ignored('drafts.md')).toBe(false);
  });

  it('treats a trailing slash as "directories only"', async () => {
    const ignored = await setUp(['old/', 'legacy/macros/']);
    expect(ignored('old/a.md')).toBe(true);
    expect(ignored('x/old/a.md')).toBe(true);
    expect(ignored('x/old')).toBe(false);
    expect(ignored('x/old/')).toBe(true);
    expect(ignored('legacy/macros/a.md')).toBe(true);
    expect(ignored('x/legacy/macros/a.md')).toBe(false);
  });

  it('matches basename patterns anywhere, including dot files', async () => {
    const ignored = await setUp(['*.bak', '.*']);
    expect(ignored('a/b/c.md.bak')).toBe(true);
    expect(ignored('.hidden/a.md')).toBe(true);
    expect(ignored('a/.b.md')).toBe(true);
    expect(ignored('a/b.md')).toBe(false);
  });

  it('anchors a leading / to the base directory', async () => {
    const ignored = await setUp(['/generated']);
    expect(ignored('generated/a.md')).toBe(true);
    expect(ignored('src/generated/a.md')).toBe(false);
  });

  it('never ignores files outside the base directory or the base directory itself', async () => {
    const dir = makeDir({ 'p/.macrolintrc.json': { ignores: ['**'] } });
    const config = await load(path.join(dir, 'p'));
    expect(config.isIgnored(path.join(dir, 'p/a.md'))).toBe(true);
    expect(config.isIgnored(path.join(dir, 'q/a.md'))).toBe(false);
    expect(config.isIgnored(path.join(dir, 'p'))).toBe(false);
  });

  it('ignores nothing with no patterns', async () => {
    const ignored = await setUp([]);
    expect(ignored('a.md')).toBe(false);
  });
});

describe('printable (--print-config)', () => {
  it('is plain JSON data with the effective rules for one file, sorted, and the ignores', async () => {
    const dir = makeDir({
      '.macrolintrc.yaml': [
        'ignores: [drafts/]',
        'rules:',
        '  acknowledge-before-resolving: warn',
        '  no-blame: [warn, {words: [fault]}]',
        '  no-told-you-so: error',
        '  no-customer-wrong: error',
        'overrides:',
        '  - files: "*.txt"',
        '    rules: {acknowledge-before-resolving: off}',
        '',
      ].join('\n'),
    });
    const config = await load(dir);
    const printed = config.printable(path.join(dir, 'a.txt'));
    expect(JSON.parse(JSON.stringify(printed))).toEqual(printed);
    expect(printed).toEqual({
      rules: {
        'no-blame': ['warn', { words: ['fault'] }],
        'no-customer-wrong': ['error', {}],
        'no-told-you-so': ['error', {}],
      },
      ignores: ['drafts/'],
    });
    expect(Object.keys((config.printable(path.join(dir, 'a.md')) as { rules: object }).rules)).toEqual([
      'acknowledge-before-resolving',
      'no-blame',
      'no-customer-wrong',
      'no-told-you-so',
    ]);
  });
});
