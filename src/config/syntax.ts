// Syntax errors in JSON and YAML config files, reported with the file and the line the parser
// points at. cosmiconfig's own messages bury the position in a code frame (JSON) or lose it
// when the file is YAML-parsed as `.macrolintrc`; the user needs "line 4" in the first line.
import { ConfigError } from './errors.js';

export interface Position {
  line: number;
  column: number;
}

export function syntaxError(filePath: string, reason: string, position: Position | undefined, cause: unknown): ConfigError {
  const where = position ? ` (line ${position.line}, column ${position.column})` : '';
  return new ConfigError(`Cannot parse config file ${filePath}${where}: ${reason}.`, {
    filePath,
    line: position?.line,
    column: position?.column,
    cause,
  });
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The reason part of a V8 JSON.parse message, without the offset and source excerpt it carries. */
export function jsonReason(message: string): string {
  return message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ after JSON at position \d+.*$/s, ' after the JSON value')
    .replace(/^(Unexpected token '[^']*'), .*$/s, '$1')
    .replace(/[.\s]+$/, '')
    .replace(/\n/g, '\\n');
}

/**
 * Where JSON.parse failed. V8 (Node 20) gives an offset for most errors but not for
 * "Unexpected token 'x', …" (a bare word, a stray character). Then the offset is found by
 * bisecting on prefixes: every prefix before the bad character fails only with "unexpected
 * end", every prefix that includes it fails with something else.
 */
export function jsonErrorOffset(text: string, message: string): number {
  const stated = /at position (\d+)/.exec(message);
  if (stated) return Number(stated[1]);
  if (/Unexpected end of JSON input/.test(message)) return text.trimEnd().length;
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    if (isValidPrefix(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return bad - 1;
}

function isValidPrefix(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = (error as Error).message;
    if (/Unexpected end of JSON input/.test(message)) return true;
    // "No number after minus sign … at position <end>": the prefix merely stops mid-token.
    const stated = /at position (\d+)/.exec(message);
    return stated !== null && Number(stated[1]) >= prefix.length;
  }
}
