// Formatters load lazily by name: a run pays only for the one it prints with.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

const builtinFormatters: Record<string, () => Promise<{ default: Formatter }>> = {
  checkstyle: () => import('./checkstyle.js'),
  compact: () => import('./compact.js'),
  github: () => import('./github.js'),
  html: () => import('./html.js'),
  json: () => import('./json.js'),
  junit: () => import('./junit.js'),
  sarif: () => import('./sarif.js'),
  stylish: () => import('./stylish.js'),
  unix: () => import('./unix.js'),
};

export const formatterNames: readonly string[] = Object.keys(builtinFormatters).sort();

export class UnknownFormatterError extends Error {
  readonly formatterName: string;
  constructor(name: string, reason?: string) {
    super(
      reason
        ? `Cannot load formatter "${name}": ${reason}`
        : `Unknown formatter "${name}". Available formatters: ${formatterNames.join(', ')}. A custom formatter is a path to a module or an installed macrolint-formatter-<name> package.`,
    );
    this.name = 'UnknownFormatterError';
    this.formatterName = name;
  }
}

/** A name that points at a file: `./my-format.js`, `/abs/format.mjs`, `formats\\x.cjs`. */
function isPath(name: string): boolean {
  return /^\.{1,2}[\\/]|^[\\/]|^[A-Za-z]:[\\/]/.test(name) || /\.(?:c|m)?js$/.test(name);
}

/** Where a custom formatter's module is: a path relative to cwd, or a package installed there. */
function resolveCustom(name: string, cwd: string): string | undefined {
  if (isPath(name)) return path.resolve(cwd, name);
  const requireFromCwd = createRequire(path.join(cwd, 'noop.js'));
  const candidates = name.startsWith('macrolint-formatter-') || name.includes('/macrolint-formatter-') ? [name] : [`macrolint-formatter-${name}`, name.startsWith('@') ? name.replace(/^(@[^/]+)\/?(.*)$/, '$1/macrolint-formatter-$2') : ''];
  for (const candidate of candidates.filter(Boolean)) {
    try {
      return requireFromCwd.resolve(candidate);
    } catch {
      // Not installed under this name: try the next.
    }
  }
  return undefined;
}

/**
 * A built-in formatter by name, or a custom one: a module path (relative to `cwd`) or an
 * installed `macrolint-formatter-<name>` package, whose default export is the formatter function
 * `(results, context) => string`, as ESLint's custom formatters are. Custom formatters run code.
 */
export async function loadFormatter(name: string, options: { cwd?: string } = {}): Promise<Formatter> {
  const loader = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (loader) return (await loader()).default;
  const resolved = resolveCustom(name, options.cwd ?? process.cwd());
  if (!resolved) throw new UnknownFormatterError(name);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(resolved).href)) as { default?: unknown };
  } catch (error) {
    throw new UnknownFormatterError(name, error instanceof Error ? error.message : String(error));
  }
  const formatter = module.default;
  if (typeof formatter !== 'function') {
    throw new UnknownFormatterError(name, 'its module must export a function (results, context) => string as its default export.');
  }
  return formatter as Formatter;
}
