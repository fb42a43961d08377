// Helpers shared by the formatters: how a file path, a count and a diagnostic's template are shown.
import path from 'node:path';
import type { Diagnostic } from '../types.js';

/** A path relative to `cwd` as the system writes it, for people (stylish, html). Relative and pseudo paths (`<text>`) are kept. */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  return relative === '' ? filePath : relative;
}

/**
 * A path relative to `cwd`, with `/` separators (CI systems and annotations expect POSIX paths).
 * Relative and pseudo paths (`<text>`) are kept as they are.
 */
export function relativePath(filePath: string, cwd: string): string {
  return path.isAbsolute(filePath) ? displayPath(filePath, cwd).split(path.sep).join('/') : filePath;
}

/** `1 word`, `N words`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The template a diagnostic is in, when worth naming: not for single-template files whose one
 * template is named like the file itself.
 */
export function templateOf(message: Diagnostic, filePath: string): string | undefined {
  const template = message.template;
  if (template === undefined || template === '') return undefined;
  const base = path.basename(filePath);
  if (template === base || template === base.slice(0, base.length - path.extname(base).length)) return undefined;
  return template;
}

/** `Error` for errors and fatal problems, `Warning` otherwise (ESLint's wording). */
export function messageType(message: Diagnostic): 'Error' | 'Warning' {
  return message.fatal || message.severity === 2 ? 'Error' : 'Warning';
}

/** The message, prefixed with its template when it has one worth naming: `Template "X": msg`. */
export function messageWithTemplate(message: Diagnostic, filePath: string): string {
  const template = templateOf(message, filePath);
  return template === undefined ? message.message : `Template "${template}": ${message.message}`;
}

/** `N problem(s)`. */
export function problemCount(count: number): string {
  return plural(count, 'problem');
}
