import { describe, expect, it } from 'vitest';
import { fixErrorsOnly, MIN_FILES_PER_THREAD, threadsFor, workerCountFor, workerSetup } from '../../src/engine/workers.js';

describe('workerCountFor', () => {
  it('stays on one thread until each extra thread has enough files to repay its start', () => {
    expect(workerCountFor(1, 2)).toBe(1);
    expect(workerCountFor(2 * MIN_FILES_PER_THREAD - 1, 2)).toBe(1);
    expect(workerCountFor(2 * MIN_FILES_PER_THREAD, 2)).toBe(2);
    expect(workerCountFor(10_000, 2)).toBe(2);
  });

  it('never uses more threads than cores, nor more than four', () => {
    expect(workerCountFor(10_000, 1)).toBe(1);
    expect(workerCountFor(10_000, 3)).toBe(3);
    expect(workerCountFor(100_000, 32)).toBe(4);
  });
});

describe('threadsFor', () => {
  it('follows --concurrency: a number (at most one per file), off, or auto', () => {
    expect(threadsFor(100, { concurrency: 3 })).toBe(3);
    expect(threadsFor(2, { concurrency: 3 })).toBe(2);
    expect(threadsFor(100_000, { concurrency: 'off' })).toBe(1);
    expect(threadsFor(10, { concurrency: 'auto' })).toBe(1);
  });

  it('stays on this thread when something it was given cannot cross to a worker', () => {
    expect(threadsFor(100, { concurrency: 3, deps: {} })).toBe(1);
    expect(threadsFor(100, { concurrency: 3, fix: (d) => d.severity === 1 })).toBe(1);
    expect(threadsFor(100, { concurrency: 3, fix: fixErrorsOnly })).toBe(3);
    expect(threadsFor(100, { concurrency: 3, fix: true })).toBe(3);
  });
});

describe('workerSetup', () => {
  it('passes the config inputs and lint options as plain data, the --quiet fix filter by name', () => {
    const setup = workerSetup('/repo', { configFile: 'c.yaml', useConfigLookup: false, ruleOverrides: { 'no-blame': 'warn' }, fix: fixErrorsOnly, fixTypes: ['tone'], allowInlineConfig: false, reportUnusedDirectives: 2 }, ['no-blame']);
    expect(setup).toEqual({
      cwd: '/repo', ruleIds: ['no-blame'], configFile: 'c.yaml', useConfigLookup: false, ruleOverrides: { 'no-blame': 'warn' },
      fix: 'errors', fixTypes: ['tone'], allowInlineConfig: false, reportUnusedDirectives: 2,
    });
    expect(structuredClone(setup)).toEqual(setup);
    expect(workerSetup('/repo', { fix: true }, []).fix).toBe(true);
  });
});
