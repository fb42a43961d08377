// Finding and importing a plugin module the way Node would from the config file: require's
// resolution (node_modules upward from the config's folder, package.json `main`/`exports`),
// then import() so that ES-module and CommonJS plugins both load.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export type Resolution = { filePath: string } | { missing: true } | { error: Error };

export function resolvePlugin(request: string, fromFile: string): Resolution {
  try {
    return { filePath: createRequire(fromFile).resolve(request) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only "no such module" is "missing"; a broken package.json `exports` is worth its own message.
    if (code === 'MODULE_NOT_FOUND' && !(error as Error).message.includes(`${request}/package.json`)) return { missing: true };
    return { error: error as Error };
  }
}

/** The module's default export (a CommonJS module's `module.exports`). */
export async function importPlugin(filePath: string): Promise<unknown> {
  const namespace = (await import(pathToFileURL(filePath).href)) as { default?: unknown };
  return namespace.default;
}

/** The first line of an error, for a one-line config error. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/[.\s]+$/, '');
}
