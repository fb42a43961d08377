// loadConfig without an injected lookup reads rule metadata through the registry. The rule
// modules are mocked: this checks the wiring (and that rules load only when options need checking).
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { RuleModule } from '../../src/types.js';
import { loadConfig } from '../../src/config/index.js';
import { fakeMetas, makeDir } from './helpers.js';

const loadRules = vi.hoisted(() => vi.fn());

vi.mock(import('../../src/rules/registry.js'), async (importOriginal) => ({
  ...(await importOriginal()),
  loadRules,
}));

loadRules.mockImplementation(async (ids: Iterable<string>) => {
  const modules = new Map<string, RuleModule>();
  for (const id of ids) modules.set(id, { meta: fakeMetas[id]!, create: () => {} });
  return modules;
});

describe('rule metadata from the registry', () => {
  it('loads only the rules that were given options', async () => {
    const dir = makeDir({
      '.macrolintrc.json': { rules: { 'no-blame': ['warn', { words: ['fault'] }], 'no-told-you-so': 'error' } },
    });
    vi.stubEnv('HOME', dir);
    loadRules.mockClear();
    const config = await loadConfig({ cwd: dir });
    expect(loadRules.mock.calls).toEqual([[['no-blame']]]);
    expect(config.forFile(path.join(dir, 'a.md')).rules['no-blame']).toEqual({ severity: 1, options: { words: ['fault'] } });
  });

  it('validates options against the loaded meta', async () => {
    const dir = makeDir({ '.macrolintrc.json': { rules: { 'no-blame': ['warn', { wrds: [] }] } } });
    vi.stubEnv('HOME', dir);
    await expect(loadConfig({ cwd: dir })).rejects.toThrow(
      `Invalid config in ${path.join(dir, '.macrolintrc.json')}: rules.no-blame[1].wrds: is not a known option (known options: words, checkQuotes).`,
    );
  });

  it('loads no rule at all for a config of plain severities', async () => {
    const dir = makeDir({ '.macrolintrc.yaml': 'extends: macrolint:recommended\n' });
    vi.stubEnv('HOME', dir);
    loadRules.mockClear();
    await loadConfig({ cwd: dir });
    expect(loadRules).not.toHaveBeenCalled();
  });
});
