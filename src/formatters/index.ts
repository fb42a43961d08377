// Formatters load lazily by name: a run pays only for the one it prints with.
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
  constructor(name: string) {
    super(`Unknown formatter "${name}". Available formatters: ${formatterNames.join(', ')}.`);
    this.name = 'UnknownFormatterError';
    this.formatterName = name;
  }
}

export async function loadFormatter(name: string): Promise<Formatter> {
  const loader = Object.hasOwn(builtinFormatters, name) ? builtinFormatters[name] : undefined;
  if (!loader) throw new UnknownFormatterError(name);
  return (await loader()).default;
}
