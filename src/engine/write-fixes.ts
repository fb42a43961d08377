// `--fix`: writes each fixed file's `output` back, atomically: a temporary file in the same
// folder (same file system), given the original's mode, then renamed over the original, so a
// crash or a full disk never leaves a half-written template. Unchanged files are never written.
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../types.js';

export class FixWriteError extends Error {
  readonly filePath: string;
  constructor(filePath: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(`Cannot write the fixes to ${filePath}: ${code ?? (cause instanceof Error ? cause.message : String(cause))}.`);
    this.name = 'FixWriteError';
    this.filePath = filePath;
  }
}

/** Writes `output` over `filePath` atomically, keeping the file's mode. Follows a symlink to its target. */
export async function writeFileAtomic(filePath: string, output: string): Promise<void> {
  const target = await realpath(filePath);
  const { mode } = await stat(target);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.macrolint-tmp`);
  try {
    await writeFile(temp, output, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    await chmod(temp, mode & 0o7777);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Writes every result that has an `output` (files fixes changed); returns the paths written. */
export async function writeFixes(results: readonly FileResult[], cwd: string = process.cwd()): Promise<string[]> {
  const written: string[] = [];
  for (const result of results) {
    if (result.output === undefined) continue;
    const filePath = path.resolve(cwd, result.filePath);
    try {
      await writeFileAtomic(filePath, result.output);
    } catch (error) {
      throw new FixWriteError(result.filePath, error);
    }
    written.push(filePath);
  }
  return written;
}
