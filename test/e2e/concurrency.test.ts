// --concurrency through the built CLI: worker threads give exactly the single-thread results
// (config overrides, YAML rules and fixes included), and a worker that cannot start is a clear
// internal error, never a silent partial report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from './run-cli.js';

const examples = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));
const temps: string[] = [];

function project(config: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-threads-')));
  temps.push(dir);
  // Enough copies that every thread gets several batches.
  for (let copy = 0; copy < 6; copy++) fs.cpSync(examples, path.join(dir, 'macros', `set-${copy}`), { recursive: true });
  for (const [name, text] of Object.entries(config)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

beforeAll(() => assertBuilt());
afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('--concurrency', () => {
  it('reports exactly what one thread reports, with overrides and --rule', async () => {
    const cwd = project({ '.macrolintrc.yaml': 'extends: macrolint:recommended\noverrides:\n  - files: ["macros/set-1/**"]\n    rules:\n      no-blame: "off"\n' });
    const args = ['-f', 'json', '--rule', 'max-sentence-words: [warn, { max: 12 }]', 'macros'];
    const single = await runCli(['--concurrency', 'off', ...args], { cwd });
    const threaded = await runCli(['--concurrency', '3', ...args], { cwd });
    expect(single.code).toBe(1);
    expect(threaded).toEqual(single);
    const results = JSON.parse(threaded.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(results.some((r) => r.filePath.includes('set-1') && r.messages.some((m) => m.ruleId === 'no-blame'))).toBe(false);
    expect(results.some((r) => r.filePath.includes('set-2') && r.messages.some((m) => m.ruleId === 'no-blame'))).toBe(true);
  });

  it('fixes on worker threads as on one', async () => {
    const a = project();
    const b = project();
    const one = await runCli(['--fix', '--quiet', '--concurrency', 'off', '-f', 'json', 'macros'], { cwd: a });
    const three = await runCli(['--fix', '--quiet', '--concurrency', '3', '-f', 'json', 'macros'], { cwd: b });
    expect(three.stdout.replaceAll(b, '<dir>')).toBe(one.stdout.replaceAll(a, '<dir>'));
    const read = (dir: string) => fs.readdirSync(path.join(dir, 'macros'), { recursive: true, encoding: 'utf8' }).sort().map((f) => {
      const full = path.join(dir, 'macros', f);
      return fs.statSync(full).isFile() ? [f, fs.readFileSync(full, 'utf8')] : [f];
    });
    expect(read(b)).toEqual(read(a));
  });

  it('stops with exit 2 and says why when a worker cannot start', async () => {
    // A JS config that refuses to load off the main thread: the workers fail, the run must not pass.
    const cwd = project({ '.macrolintrc.cjs': "if (!require('node:worker_threads').isMainThread) throw new Error('not in a worker');\nmodule.exports = { extends: 'macrolint:recommended' };\n" });
    const run = await runCli(['--concurrency', '2', 'macros'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/A lint worker thread could not start: .*not in a worker/);
  });

  it('rejects a count that is not a number, auto or off', async () => {
    const run = await runCli(['--concurrency', '0', 'macros'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Expected a number of threads/);
  });
});
