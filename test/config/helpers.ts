// Shared set-up for the config tests: real files in temp directories, and rule metadata
// injected so the tests never depend on the rule modules (written elsewhere, maybe not yet).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, vi } from 'vitest';
import { loadConfig, type LoadConfigOptions } from '../../src/config/index.js';
import type { RuleMeta } from '../../src/types.js';

const made: string[] = [];

/** A fresh directory holding `files` (path -> contents; objects are written as JSON). */
export function makeDir(files: Record<string, string | object> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-config-')));
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | object>): void {
  for (const [name, contents] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof contents === 'string' ? contents : JSON.stringify(contents, null, 2));
  }
}

afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function meta(id: string, schema?: RuleMeta['schema']): RuleMeta {
  return { id, type: 'tone', docs: { description: id, recommended: 'error' }, messages: {}, schema };
}

/** Stand-in schemas, shaped like real ones; the tests only need something to validate against. */
export const fakeMetas: Record<string, RuleMeta> = {
  'no-blame': meta('no-blame', {
    type: 'object',
    properties: {
      words: { type: 'array', items: { type: 'string' } },
      checkQuotes: { type: 'boolean' },
    },
    additionalProperties: false,
  }),
  'acknowledge-before-resolving': meta('acknowledge-before-resolving', {
    properties: { maxSentences: { type: 'integer', minimum: 1 } },
    additionalProperties: false,
  }),
  'no-customer-wrong': meta('no-customer-wrong', {
    type: 'object',
    properties: { mode: { type: 'string', enum: ['strict', 'loose'] } },
    additionalProperties: false,
  }),
  'no-told-you-so': meta('no-told-you-so'),
};

export const fakeGetRuleMeta = async (id: string): Promise<RuleMeta | undefined> => fakeMetas[id];

/**
 * loadConfig with the fake metadata. HOME is the test's temp directory, so the upward search
 * stops there and never finds a stray config in /tmp, and XDG_CONFIG_HOME points at an empty
 * place so a developer's own global config cannot leak in.
 */
export function load(cwd: string, options: Omit<LoadConfigOptions, 'cwd'> & { home?: string; xdgConfigHome?: string } = {}) {
  const { home = made.find((dir) => cwd === dir || cwd.startsWith(dir + path.sep)) ?? cwd, xdgConfigHome, ...rest } = options;
  vi.stubEnv('HOME', home);
  vi.stubEnv('XDG_CONFIG_HOME', xdgConfigHome ?? path.join(home, '.no-global-config'));
  return loadConfig({ getRuleMeta: fakeGetRuleMeta, ...rest, cwd });
}

/** The message loadConfig rejects with (fails the test when it resolves). */
export async function errorOf(promise: Promise<unknown>): Promise<Error & { filePath?: string; keyPath?: string; line?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a ConfigError, but the config loaded');
}
