// Glob matching for `overrides[].files` and `ignores`. Paths are matched relative to the
// config's base directory, with forward slashes, so a config means the same on every OS and
// from every working directory.
import path from 'node:path';
import picomatch from 'picomatch';

export type PathMatcher = (relPath: string) => boolean;

/** `absPath` relative to `baseDir` with `/` separators; undefined when it lies outside baseDir. */
export function toRelative(baseDir: string, absPath: string): string | undefined {
  const rel = path.relative(baseDir, path.resolve(baseDir, absPath));
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/**
 * A pattern with no slash matches the basename at any depth, as in ESLint and .gitignore
 * (`*.md`, `drafts`). picomatch's own `basename` option can't be used: it applies to patterns
 * with slashes too. A leading `./` or `/` anchors the pattern to the base directory.
 */
function toGlob(pattern: string): string {
  if (pattern.startsWith('./')) return pattern.slice(2);
  if (pattern.startsWith('/')) return pattern.slice(1);
  return pattern.includes('/') ? pattern : `**/${pattern}`;
}

function compile(patterns: string[]): PathMatcher {
  if (patterns.length === 0) return () => false;
  return picomatch(patterns.map(toGlob), { dot: true, windows: false });
}

/** For `overrides[].files`: a file matches when any glob matches its own path. */
export function compileFilesMatcher(patterns: string[]): PathMatcher {
  return compile(patterns);
}

/**
 * For `ignores`: a path is ignored when a pattern matches it or one of its parent directories,
 * so naming a directory (`drafts`, `drafts/`, `macros/old`) ignores everything below it. A
 * trailing slash restricts a pattern to directories; `isDirectory` says whether `relPath` is one.
 */
export function compileIgnoreMatcher(patterns: string[]): (relPath: string, isDirectory?: boolean) => boolean {
  const stripped = patterns.map((p) => (p.endsWith('/') ? p.replace(/\/+$/, '') : p)).filter(Boolean);
  const matchesDirectory = compile(stripped);
  const matchesFile = compile(patterns.filter((p) => !p.endsWith('/')));
  return (relPath, isDirectory = false) => {
    if (isDirectory ? matchesDirectory(relPath) : matchesFile(relPath)) return true;
    const parts = relPath.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      if (matchesDirectory(parts.slice(0, depth).join('/'))) return true;
    }
    return false;
  };
}

/** A pattern that may match at any depth: no slash (`commands.json`), or starting with `**` (`**\/.github/*.yml`). */
function isUnanchored(pattern: string): boolean {
  return !pattern.startsWith('./') && !pattern.startsWith('/') && (!pattern.includes('/') || pattern.startsWith('**/'));
}

/**
 * For `sources[].files`: relative to the base directory like `overrides[].files`; a file outside
 * it (a corpus beside the project: `macrolint -c cfg/.macrolintrc.yaml ../corpus`) is matched by
 * the unanchored patterns (`*.json`, `**\/.github/label-actions.yml`) against its whole path.
 */
export function compileSourceMatcher(baseDir: string, patterns: string[]): (absPath: string) => boolean {
  const inside = compile(patterns);
  const anywhere = compile(patterns.filter(isUnanchored));
  return (absPath) => {
    const relPath = toRelative(baseDir, absPath);
    if (relPath !== undefined) return inside(relPath);
    const whole = path.resolve(absPath).split(path.sep).join('/').replace(/^[A-Za-z]:/, '').replace(/^\/+/, '');
    return anywhere(whole);
  };
}

/**
 * Hidden folders a directory walk enters because a `files` glob names them literally
 * (`**\/.github/commands.json` -> `.github`); other hidden folders stay skipped.
 */
export function hiddenFolderNames(patterns: readonly string[]): string[] {
  const names = new Set<string>();
  for (const pattern of patterns) {
    for (const part of pattern.split('/').slice(0, -1)) {
      if (/^\.[^.*?[\]{}!]/.test(part) && !/[*?[\]{}]/.test(part)) names.add(part);
    }
  }
  return [...names];
}
