// Exit codes and the errors that are the user's to fix (exit 2 with a short message) as opposed
// to crashes (exit 2 with "internal error", and a stack trace with DEBUG=macrolint).
import { escapeControlChars } from '../formatters/escape.js';

export const EXIT_OK = 0;
export const EXIT_LINT_ERRORS = 1;
export const EXIT_FAILURE = 2;

/** A bad combination of flags or arguments. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

// Matched by class name along the prototype chain rather than instanceof, so that the CLI does
// not have to import the config loader (and cosmiconfig) just to recognise its error.
const USER_ERROR_NAMES = new Set([
  'UsageError',
  'ConfigError',
  'NoFilesFoundError',
  'AllFilesIgnoredError',
  'UnknownFormatterError',
  'FixWriteError',
  'SuppressionsError',
]);

export function isUserError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  if (USER_ERROR_NAMES.has(error.name)) return true;
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Error.prototype; proto = Object.getPrototypeOf(proto)) {
    if (USER_ERROR_NAMES.has((proto as { constructor: { name: string } }).constructor.name)) return true;
  }
  return false;
}

export function debugEnabled(env: Record<string, string | undefined>): boolean {
  return (env.DEBUG ?? '').split(/[\s,]+/).some((name) => name === '*' || name === 'macrolint' || name === 'macrolint:*');
}

/** The stderr text for an error: short for users' mistakes, with a stack for crashes under DEBUG. */
export function describeError(error: unknown, env: Record<string, string | undefined>): string {
  if (isUserError(error)) return `macrolint: ${escapeControlChars(error.message)}\n`;
  const message = error instanceof Error ? error.message : String(error);
  const lines = [`macrolint: internal error: ${escapeControlChars(message)}`];
  if (debugEnabled(env) && error instanceof Error && error.stack) lines.push(error.stack);
  else lines.push('Run again with DEBUG=macrolint for the stack trace, and please report it.');
  return `${lines.join('\n')}\n`;
}
