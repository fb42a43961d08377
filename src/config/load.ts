// Finding and reading config files through cosmiconfig. Everything that can go wrong while
// reading (missing file, unsupported extension, syntax error, a JS config that throws, an
// empty file) comes out of here as a ConfigError that names the file.
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cosmiconfig, type CosmiconfigResult } from 'cosmiconfig';
import { ConfigError } from './errors.js';
import { loadJson, loadYaml } from './loaders.js';
import { loadModule, loadTypeScript } from './module-loaders.js';

const MODULE_NAME = 'macrolint';

/** Looked for in this order in each directory, from the start directory upward. */
export const SEARCH_PLACES: readonly string[] = [
  '.macrolintrc',
  '.macrolintrc.json',
  '.macrolintrc.yaml',
  '.macrolintrc.yml',
  '.macrolintrc.js',
  '.macrolintrc.cjs',
  '.macrolintrc.mjs',
  'macrolint.config.js',
  'macrolint.config.cjs',
  'macrolint.config.mjs',
  'macrolint.config.ts',
  'package.json',
];

/** What `-c` and `extends` accept; '' is an extensionless file such as `.macrolintrc` (JSON or YAML). */
const SUPPORTED_EXTENSIONS = ['', '.json', '.yaml', '.yml', '.js', '.cjs', '.mjs', '.ts'];
const JS_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts'];

export interface FoundConfig {
  filePath: string;
  config: unknown;
}

export interface ConfigReader {
  /** The nearest config from `dir` upward, stopping at the user's home directory or the root. */
  search(dir: string): Promise<FoundConfig | null>;
  /** One named file (from -c or extends). */
  read(filePath: string): Promise<FoundConfig>;
}

export function createConfigReader(): ConfigReader {
  // A new explorer per run: its caches must not outlive a run (editors and watch modes load again).
  const explorer = cosmiconfig(MODULE_NAME, {
    searchPlaces: [...SEARCH_PLACES],
    // cosmiconfig 9 looks only in the start directory unless told otherwise; `global` walks up to
    // stopDir (or the root when the start is outside it), like ESLint's and stylelint's lookup.
    searchStrategy: 'global',
    stopDir: os.homedir(),
    // Empty files must reach us so they can be reported rather than skipped.
    ignoreEmptySearchPlaces: false,
    loaders: {
      '.json': loadJson,
      '.yaml': loadYaml,
      '.yml': loadYaml,
      noExt: loadYaml,
      '.js': loadModule,
      '.cjs': loadModule,
      '.mjs': loadModule,
      '.ts': loadTypeScript,
    },
  });
  return {
    search: async (dir) => {
      const result = await withFileErrors(dir, () => explorer.search(dir));
      return result ? toFound(result) : null;
    },
    read: async (filePath) => {
      const reason = await whyUnreadable(filePath);
      if (reason) throw new ConfigError(`Cannot read config file ${filePath}: ${reason}.`, { filePath });
      const result = await withFileErrors(filePath, () => explorer.load(filePath));
      // Only a package.json without a `macrolint` key gets here as null: the loaders turn other nulls into "empty".
      if (!result) throw new ConfigError(`Invalid config in ${filePath}: it has no "macrolint" key.`, { filePath });
      return toFound(result);
    },
  };
}

function toFound(result: NonNullable<CosmiconfigResult>): FoundConfig {
  if (result.isEmpty || result.config === undefined) throw emptyFileError(result.filepath);
  return { filePath: result.filepath, config: result.config };
}

function emptyFileError(filePath: string): ConfigError {
  const advice = JS_EXTENSIONS.includes(path.extname(filePath))
    ? 'the file is empty or has no default export. Export the config as the default export (export default {...} or module.exports = {...})'
    : 'the file is empty. Delete it, or give it a config such as {"extends": "macrolint:recommended"}';
  return new ConfigError(`Invalid config in ${filePath}: ${advice}.`, { filePath });
}

/** Why `filePath` cannot be a config file (checked before cosmiconfig gives a vaguer error), or undefined. */
export async function whyUnreadable(filePath: string): Promise<string | undefined> {
  const extension = path.extname(filePath);
  if (!SUPPORTED_EXTENSIONS.includes(extension)) {
    return `"${extension}" files are not supported (use .json, .yaml, .yml, .js, .cjs, .mjs or .ts)`;
  }
  const stats = await stat(filePath).catch(() => undefined);
  if (!stats) return 'no such file';
  return stats.isFile() ? undefined : 'it is not a file';
}

async function withFileErrors<T>(fallbackPath: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const filePath = (error as { filepath?: string }).filepath ?? fallbackPath;
    throw new ConfigError(`Cannot load config file ${filePath}: ${describeLoadError(error, filePath)}`, {
      filePath,
      cause: error,
    });
  }
}

/** A JS/TS config that fails to import: the first line of the error, plus its line when Node gives one. */
function describeLoadError(error: unknown, filePath: string): string {
  const { message = String(error), stack = '' } = error as Partial<Error>;
  const firstLine = message.split('\n')[0]!.replace(/[.\s]+$/, '');
  const escaped = filePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const where = new RegExp(`${escaped}:(\\d+)`).exec(stack);
  return where ? `line ${where[1]}: ${firstLine}.` : `${firstLine}.`;
}
