// The plugin packages installed where a config could load them from: what an "unknown plugin"
// error offers instead. Only directory listings, no package is read or imported.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PLUGIN_PREFIX } from './names.js';

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** `macrolint-plugin-*` and `@scope/macrolint-plugin*` in every node_modules from `dir` upward. */
export function installedPlugins(dir: string): string[] {
  const found = new Set<string>();
  for (let current = dir; ; current = path.dirname(current)) {
    const modules = path.join(current, 'node_modules');
    for (const name of list(modules)) {
      if (name.startsWith(`${PLUGIN_PREFIX}-`)) found.add(name);
      if (!name.startsWith('@')) continue;
      for (const inner of list(path.join(modules, name))) {
        if (inner === PLUGIN_PREFIX || inner.startsWith(`${PLUGIN_PREFIX}-`)) found.add(`${name}/${inner}`);
      }
    }
    if (path.dirname(current) === current) break;
  }
  return [...found].sort();
}
