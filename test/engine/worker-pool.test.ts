import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LintPool, type WorkerSetup } from '../../src/engine/worker-pool.js';
import type { FileResult } from '../../src/types.js';

// Stand-in workers: they answer like lint-worker.ts does, reporting how many jobs each message carried.
let dir: string;
const setup: WorkerSetup = { cwd: '/', ruleIds: [] };
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-pool-'));
  fs.writeFileSync(
    path.join(dir, 'echo.mjs'),
    `import { parentPort } from 'node:worker_threads';
// Half a millisecond per file, like a real lint: files arrive faster than they are linted.
const work = (n) => { const end = performance.now() + n * 0.5; while (performance.now() < end); };
parentPort.on('message', (jobs) => work(jobs.length) || parentPort.postMessage({ type: 'results', results: jobs.map(({ id, filePath, bytes }) => ({ id, result: { filePath, text: new TextDecoder().decode(bytes), batch: jobs.length } })) }));
`,
  );
  fs.writeFileSync(path.join(dir, 'broken.mjs'), `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ type: 'failed', message: 'no config' });\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Echo = FileResult & { text: string; batch: number };

describe('LintPool', () => {
  it('answers every file with its own result, sending files in full batches while workers are busy', async () => {
    const pool = new LintPool(2, setup, pathToFileURL(path.join(dir, 'echo.mjs')));
    try {
      // Small Buffers share one pooled ArrayBuffer: each file must still arrive as its own bytes.
      const files = Array.from({ length: 400 }, (_, i) => ({ filePath: `f${i}.md`, bytes: Buffer.from(`reply ${i}`) }));
      // Files trickle in, a few per turn of the event loop, as the engine reads them.
      const pending: Array<Promise<FileResult>> = [];
      for (let i = 0; i < files.length; i += 4) {
        for (const f of files.slice(i, i + 4)) pending.push(pool.lint(f.filePath, f.bytes));
        await new Promise((resolve) => setImmediate(resolve));
      }
      const results = (await Promise.all(pending)) as Echo[];
      expect(results.map((r) => [r.filePath, r.text])).toEqual(files.map((f, i) => [f.filePath, `reply ${i}`]));
      expect(files[0]!.bytes.toString()).toBe('reply 0');
      expect(Math.max(...results.map((r) => r.batch))).toBe(32);
      expect(results.filter((r) => r.batch === 32).length).toBeGreaterThan(300);
    } finally {
      await pool.close();
    }
  });

  it('rejects every file, with the reason, when a worker cannot start', async () => {
    const pool = new LintPool(1, setup, pathToFileURL(path.join(dir, 'broken.mjs')));
    try {
      const outcomes = await Promise.allSettled([pool.lint('a.md', Buffer.from('a')), pool.lint('b.md', Buffer.from('b'))]);
      expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
      expect(String((outcomes[0] as PromiseRejectedResult).reason)).toMatch(/A lint worker thread could not start: no config/);
      await expect(pool.lint('c.md', Buffer.from('c'))).rejects.toThrow(/no config/);
    } finally {
      await pool.close();
    }
  });
});
