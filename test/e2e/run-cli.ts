// Spawns the built CLI (bin/macrolint.js -> dist/bundle/) the way a user's shell would.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/macrolint.js', import.meta.url));
export const fixture = (name: string): string => fileURLToPath(new URL(`../../fixtures/cli/${name}/`, import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(new URL('../../dist/src/cli/main.js', import.meta.url)) || !existsSync(new URL('../../dist/bundle/cli.js', import.meta.url))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does it for you) before the e2e tests.');
  }
}

/** `entry` replaces bin/macrolint.js, e.g. with a script that runs the unbundled dist/src CLI. */
export function runCli(args: string[], options: { cwd: string; stdin?: string; env?: Record<string, string>; entry?: string }): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  // The test runner may force colour for itself; the CLI must decide on its own.
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  delete env.DEBUG;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.entry ?? bin, ...args], { cwd: options.cwd, env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
