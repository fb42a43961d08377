// Runs one command as a whole process and measures it: wall time from the spawn to the exit (what
// a user waits for, start-up included), and peak RSS and CPU time from GNU time (wait4's rusage,
// which covers worker threads and, for a wrapper script, its children).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';
export const canMeasureRss = existsSync(GNU_TIME);

/** The last line GNU time wrote: "<max RSS KB> <user s> <system s>" (a line before it may say the exit status). */
function readUsage(file) {
  const line = readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
  const [rssKb, user, system] = line.split(' ').map(Number);
  return Number.isFinite(rssKb) ? { rssMb: rssKb / 1024, cpuSeconds: user + system } : { rssMb: null, cpuSeconds: null };
}

/**
 * Spawns `command args` in `cwd` and resolves to
 * { seconds, rssMb, cpuSeconds, code, signal, stdout, stderr } (rssMb and cpuSeconds are null
 * without /usr/bin/time).
 */
export function measure(command, args, { cwd }) {
  const scratch = canMeasureRss ? mkdtempSync(path.join(os.tmpdir(), 'macrolint-bench-time-')) : null;
  const usageFile = scratch && path.join(scratch, 'usage');
  const [file, argv] = scratch ? [GNU_TIME, ['-f', '%M %U %S', '-o', usageFile, command, ...args]] : [command, args];
  // Colour codes would only add bytes to write; the DEBUG switch would add stack traces.
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  delete env.DEBUG;
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - start) / 1000;
      const usage = usageFile && existsSync(usageFile) ? readUsage(usageFile) : { rssMb: null, cpuSeconds: null };
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ seconds, ...usage, code, signal, stdout, stderr });
    });
  });
}
