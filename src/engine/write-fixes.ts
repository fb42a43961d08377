// `--fix`: writes each fixed file's `output` back, atomically: a temporary file in the same
// folder (same file system), given the original's mode, then renamed over the original, so a
// crash or a full disk never leaves a half-written template. Unchanged files are never written.
import { randomBytes } from 'node:crypto';
import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../types.js';
import { encodeText } from './decode.js';

export class FixWriteError extends Error {
  readonly filePath: string;
  constructor(filePath: string, cause: unknown) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(`Cannot write the fixes to ${filePath}: ${code ?? (cause instanceof Error ? cause.message : String(cause))}.`);
    this.name = 'FixWriteError';
    this.filePath = filePath;
  }
}

/**
 * Writes `output` over `filePath` atomically, keeping the file's mode. Follows a symlink to its
 * target. A string is written as UTF-8; bytes as they are (a UTF-16 file's fixes: decode.ts).
 */
export async function writeFileAtomic(filePath: string, output: string | Uint8Array): Promise<void> {
  const target = await realpath(filePath);
  const { mode } = await stat(target);
  await replaceAtomic(target, output, mode);
}

/**
 * Writes `text` to a temporary file beside `target`, then renames it over `target` (which need
 * not exist). With `mode` the new file gets it; without, it is created as any new file (umask).
 */
export async function replaceAtomic(target: string, text: string | Uint8Array, mode?: number): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.macrolint-tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode: mode === undefined ? 0o666 : 0o600 });
    if (mode !== undefined) await chmod(temp, mode & 0o7777);
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
      await writeFileAtomic(filePath, encodeText(result.output, result.encoding));
    } catch (error) {
      throw new FixWriteError(result.filePath, error);
    }
    written.push(filePath);
  }
  return written;
}
