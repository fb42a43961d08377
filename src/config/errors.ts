// Every way a config can be wrong ends in a ConfigError, so the CLI can map them all to exit
// code 2 and print the message alone, without a stack: the message itself must say where the
// problem is (file, key path, line) and what to write instead.

export interface ConfigErrorDetails {
  filePath?: string;
  keyPath?: string;
  /** 1-based, for syntax errors where the parser reports a position. */
  line?: number;
  column?: number;
  cause?: unknown;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly filePath?: string;
  readonly keyPath?: string;
  readonly line?: number;
  readonly column?: number;

  constructor(message: string, details: ConfigErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.filePath = details.filePath;
    this.keyPath = details.keyPath;
    this.line = details.line;
    this.column = details.column;
  }
}

/**
 * Where a config value came from. Validators take one so that a rule setting reads the same
 * whether it sits in a file, an extended file or a --rule flag, and only the message differs.
 */
export interface Origin {
  /** Completes "Invalid …": `config in /abs/.macrolintrc.json`, `--rule value`. */
  label: string;
  filePath?: string;
}

export function fileOrigin(filePath: string): Origin {
  return { label: `config in ${filePath}`, filePath };
}

export const cliOrigin: Origin = { label: '--rule value' };

/** `Invalid config in /abs/.macrolintrc.json: rules.no-blame: severity should be … (got "eror").` */
export function invalid(origin: Origin, keyPath: string, problem: string): ConfigError {
  const where = keyPath ? `${keyPath}: ` : '';
  return new ConfigError(`Invalid ${origin.label}: ${where}${problem}.`, { filePath: origin.filePath, keyPath });
}
