// Selectors: dot paths over a parsed JSON or YAML document that say which string values are
// templates. `a.b` names keys (or array indexes: `items.0`), `*` is any one key or item, `**` any
// number of levels (none included): `**.comment`, `macros.*.actions.*.value`.

export type PathSegment = string | number;

export interface CompiledSelector {
  source: string;
  segments: string[];
}

export class SelectorError extends Error {}

/** Checks and splits a selector. Empty segments (`a..b`, a leading dot) are errors. */
export function compileSelector(selector: string): CompiledSelector {
  const trimmed = selector.trim();
  if (trimmed === '') throw new SelectorError('a selector should not be empty');
  const segments = trimmed.split('.');
  for (const segment of segments) {
    if (segment === '') throw new SelectorError(`"${selector}" has an empty part (two dots in a row, or a dot at an end)`);
    if (segment !== '**' && segment.includes('**')) throw new SelectorError(`"${selector}": "**" must be a whole part ("a.**.b"), not "${segment}"`);
    if (segment !== '*' && segment.includes('*') && segment !== '**') throw new SelectorError(`"${selector}": "*" must be a whole part ("a.*.b"), not "${segment}"`);
  }
  return { source: selector, segments };
}

function segmentMatches(pattern: string, segment: PathSegment): boolean {
  return pattern === '*' || pattern === String(segment);
}

/** Whether `path` (keys and array indexes from the document root) matches the selector. */
export function matchesPath(selector: CompiledSelector, path: readonly PathSegment[]): boolean {
  const { segments } = selector;
  // Memoised on (pattern index, path index): `**` would otherwise branch exponentially.
  const memo = new Map<number, boolean>();
  const match = (p: number, q: number): boolean => {
    const key = p * (path.length + 1) + q;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (p === segments.length) result = q === path.length;
    else if (segments[p] === '**') result = match(p + 1, q) || (q < path.length && match(p, q + 1));
    else result = q < path.length && segmentMatches(segments[p]!, path[q]!) && match(p + 1, q + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** `labels[3].comment`, `TYPE: question.comment`: a readable path for template names. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}
