// The package's root API as a user imports it (the built dist/src/index.js).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, fixture, repoRoot } from './run-cli.js';

type Api = typeof import('../../src/index.js');
let api: Api;

beforeAll(async () => {
  assertBuilt();
  api = (await import(path.join(repoRoot, 'dist/src/index.js'))) as Api;
});

describe('package API', () => {
  it('lintFiles lints a folder with its config', async () => {
    const results = await api.lintFiles(['macros'], { cwd: fixture('errors') });
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['charge-dispute.md', 'clean.md']);
    expect(results[0]!.messages.some((m) => m.ruleId === 'no-customer-wrong' && m.severity === 2)).toBe(true);
  });

  it('lintText uses a given config object, validated like a file', async () => {
    const text = '\uFEFFYou are wrong about the charge.\n';
    const result = await api.lintText(text, { config: { rules: { 'no-customer-wrong': 'warn' } }, cwd: fixture('clean') });
    expect(result.filePath).toBe('<text>');
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([['no-customer-wrong', 1, 1, 1]]);
    await expect(api.lintText(text, { config: { rules: { 'no-customer-wrong': 'eror' as 'error' } } })).rejects.toThrow(api.ConfigError);
  });

  it('lintText looks the config up from cwd without one', async () => {
    const result = await api.lintText('You are wrong about the charge.\n', { cwd: fixture('warnings'), filePath: 'macros/a.md' });
    expect(result.filePath).toBe(path.join(fixture('warnings'), 'macros/a.md'));
    expect(result.warningCount).toBeGreaterThan(0);
    expect(result.errorCount).toBe(0);
  });

  it('exposes loadFormatter, loadConfig and defineRule', async () => {
    const format = await api.loadFormatter('json');
    expect(JSON.parse(format([], { cwd: '/', color: false }))).toEqual([]);
    expect((await api.loadConfig({ cwd: fixture('clean') })).filePath).toBe(path.join(fixture('clean'), '.macrolintrc.json'));
    expect(typeof api.defineRule).toBe('function');
  });
});
