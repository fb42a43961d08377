// The version comes from package.json. Looked up by walking up from this file because the
// compiled file (dist/src/cli/) sits one level deeper than the source (src/cli/).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageVersion(): string {
  if (cached) return cached;
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'macrolint' && pkg.version) return (cached = pkg.version);
    } catch {
      // Not here; keep walking up.
    }
    if (path.dirname(dir) === dir) return (cached = '0.0.0');
  }
}
