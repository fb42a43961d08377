// The bench times a copy of the built CLI (bin/, dist/, package.json) taken when it starts: `npm
// run build` empties dist/ before compiling, so a rebuild during a run of several minutes would
// otherwise crash the run or time two different builds. The copy lives under node_modules/.cache,
// inside the checkout, so the CLI's dependencies still resolve from node_modules.
import { cpSync, existsSync, mkdirSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Copies the build; returns { root, bin, remove() }, or throws when there is no complete build. */
export function snapshotBuild() {
  if (!existsSync(path.join(repoRoot, 'dist', 'src', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does it for you).');
  const root = path.join(repoRoot, 'node_modules', '.cache', 'macrolint-bench', `build-${process.pid}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const part of ['bin', 'dist', 'package.json']) cpSync(path.join(repoRoot, part), path.join(root, part), { recursive: true });
  const remove = () => {
    rmSync(root, { recursive: true, force: true });
    // The shared parent goes too once no other bench run is using it.
    try {
      rmdirSync(path.dirname(root));
    } catch {
      // Not empty: another run's copy is still there.
    }
  };
  return { root, bin: path.join(root, 'bin', 'macrolint.js'), remove };
}
