// Builds throwaway directory trees for engine and CLI tests.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempTree {
  root: string;
  path(...parts: string[]): string;
  /** Paths relative to root, for readable assertions. */
  rel(absPaths: readonly string[]): string[];
  remove(): void;
}

/** Creates `files` (relative path -> content; a path ending in / is an empty directory). */
export function tempTree(files: Record<string, string>): TempTree {
  // realpath: on some systems os.tmpdir() is itself a symlink, and results are real paths.
  const root = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'macrolint-test-')));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return {
    root,
    path: (...parts) => path.join(root, ...parts),
    rel: (absPaths) => absPaths.map((p) => path.relative(root, p).split(path.sep).join('/')),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
