// Turns the command line's patterns (files, directories, globs) into a sorted list of files.
// Our own walk instead of a glob library: we need ignore-file pruning, symlink-loop safety and
// the extension filter in one pass, and picomatch is all the matching it takes.
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { AllFilesIgnoredError, NoFilesFoundError } from './errors.js';
import { IgnoreFiles } from './ignore-files.js';

/** The file types a directory walk picks up; explicitly named files are linted whatever their extension. */
export const DEFAULT_EXTENSIONS: readonly string[] = Object.freeze([
  '.md', '.markdown', '.txt', '.liquid', '.hbs', '.handlebars', '.mustache', '.j2', '.jinja', '.html', '.htm',
]);

/** Never walked into: other people's packages and git's own files. */
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export interface FindFilesOptions {
  cwd: string;
  /** Extensions a directory walk keeps, with the dot, compared case-insensitively. */
  extensions?: readonly string[];
  /** Extra ignores, such as the config's `ignores`; for directories, walks skip them entirely. */
  isIgnored?: (absPath: string, isDirectory: boolean) => boolean;
  /** When true (the default), a pattern that matches no file is an error. */
  errorOnUnmatchedPattern?: boolean;
  /** When false (`--no-ignore`), no ignore file or ignore pattern applies. */
  ignore?: boolean;
  /** Reuse already-loaded ignore files (the CLI's stdin path shares them). */
  ignoreFiles?: IgnoreFiles;
  /** Files a directory walk keeps whatever their extension: those the config's `sources` name. */
  includeFile?: (absPath: string) => boolean;
  /** Hidden folder names a directory walk enters (`.github`, when a source's glob names it). */
  hiddenFolders?: readonly string[];
}

export interface FoundFile {
  /** Absolute path. */
  filePath: string;
  /** Only ever true for files named explicitly: they are reported as ignored, not dropped silently. */
  ignored: boolean;
}

interface PatternOutcome {
  found: string[];
  /** Files the pattern matched that an ignore rule then removed. */
  ignoredCount: number;
}

type EntryFilter = (absPath: string) => boolean;

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

/** A path that exists as a symbolic link but cannot be followed: it leads back to itself. */
async function isLinkLoop(file: string): Promise<boolean> {
  try {
    await stat(file);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

class Walker {
  private readonly visited = new Set<string>();

  constructor(
    private readonly isEntryIgnored: (absPath: string, isDirectory: boolean) => boolean,
    private readonly hiddenFolders: ReadonlySet<string> = new Set(),
  ) {}

  /** Walks `dir` (hidden entries, node_modules and .git skipped), collecting files `accept` keeps. */
  async walk(dir: string, accept: EntryFilter, outcome: PatternOutcome): Promise<void> {
    // Real paths, not names, stop symlink loops (a/link -> a) and double visits.
    let real: string;
    try {
      real = await realpath(dir);
    } catch {
      return;
    }
    if (this.visited.has(real)) return;
    this.visited.add(real);

    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable directory holds nothing we can lint.
    }
    for (const entry of entries.sort(byName)) {
      if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
      // Hidden entries are skipped, except folders a config source names (`**/.github/commands.json`).
      if (entry.name.startsWith('.') && !(this.hiddenFolders.has(entry.name) && entry.isDirectory())) continue;
      const absPath = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await statOrNull(absPath);
        if (!target) continue; // Dangling link.
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDirectory) {
        if (!this.isEntryIgnored(absPath, true)) await this.walk(absPath, accept, outcome);
      } else if (isFile && accept(absPath)) {
        if (this.isEntryIgnored(absPath, false)) outcome.ignoredCount++;
        else outcome.found.push(absPath);
      }
    }
  }

  /** Each pattern walks afresh: a directory seen by one pattern may hold matches for the next. */
  reset(): void {
    this.visited.clear();
  }
}

function extensionFilter(extensions: readonly string[]): EntryFilter {
  const wanted = extensions.map((ext) => ext.toLowerCase());
  return (absPath) => {
    const name = path.basename(absPath).toLowerCase();
    return wanted.some((ext) => name.endsWith(ext) && name.length > ext.length);
  };
}

function globFilter(base: string, glob: string): EntryFilter {
  const isMatch = picomatch(glob, { dot: false });
  return (absPath) => isMatch(path.relative(base, absPath).split(path.sep).join('/'));
}

export async function findFiles(patterns: readonly string[], options: FindFilesOptions): Promise<FoundFile[]> {
  const cwd = path.resolve(options.cwd);
  const useIgnores = options.ignore !== false;
  const ignoreFiles = useIgnores ? (options.ignoreFiles ?? new IgnoreFiles(cwd)) : null;
  const extraIgnored = useIgnores ? options.isIgnored : undefined;
  const isIgnored = (absPath: string, isDirectory: boolean): boolean =>
    (ignoreFiles?.isIgnored(absPath, isDirectory) ?? false) || (extraIgnored?.(absPath, isDirectory) ?? false);
  const isEntryIgnored = (absPath: string, isDirectory: boolean): boolean =>
    (ignoreFiles?.isEntryIgnored(absPath, isDirectory) ?? false) || (extraIgnored?.(absPath, isDirectory) ?? false);

  const walker = new Walker(isEntryIgnored, new Set(options.hiddenFolders ?? []));
  const extensionWanted = extensionFilter(options.extensions ?? DEFAULT_EXTENSIONS);
  const includeFile = options.includeFile;
  const byExtension: EntryFilter = includeFile ? (absPath) => extensionWanted(absPath) || includeFile(absPath) : extensionWanted;
  const files = new Map<string, FoundFile>();
  const add = (filePath: string, ignored: boolean): void => {
    const existing = files.get(filePath);
    files.set(filePath, { filePath, ignored: ignored && (existing?.ignored ?? true) });
  };

  for (const pattern of patterns) {
    const outcome: PatternOutcome = { found: [], ignoredCount: 0 };
    const absPattern = path.resolve(cwd, pattern);
    const stats = await statOrNull(absPattern);
    walker.reset();

    if (stats?.isDirectory()) {
      // A named directory that is itself ignored is not walked (`macrolint build/`).
      if (absPattern !== cwd && isIgnored(absPattern, true)) outcome.ignoredCount++;
      else await walker.walk(absPattern, byExtension, outcome);
    } else if (stats || (await isLinkLoop(absPattern))) {
      // Named explicitly: linted whatever its extension, but reported when ignored. A link loop
      // is named too: reading it fails, and the report says ELOOP instead of "no files matching".
      add(absPattern, isIgnored(absPattern, false));
      continue;
    } else {
      const scan = picomatch.scan(pattern);
      if (scan.isGlob) {
        const base = path.resolve(cwd, scan.base || '.');
        if ((await statOrNull(base))?.isDirectory()) await walker.walk(base, globFilter(base, scan.glob), outcome);
      }
    }

    for (const file of outcome.found) add(file, false);
    if (outcome.found.length === 0 && options.errorOnUnmatchedPattern !== false) {
      throw outcome.ignoredCount > 0 ? new AllFilesIgnoredError(pattern) : new NoFilesFoundError(pattern);
    }
  }

  return [...files.values()].sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}
