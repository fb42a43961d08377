import type { FileResult, RuleMeta } from '../types.js';

export interface FormatterContext {
  /** Paths in the report are shown relative to this directory. */
  cwd: string;
  /** Whether to emit ANSI colour codes. False whenever the report goes to a file or a pipe. */
  color: boolean;
  /** Metadata of the rules that ran, for formatters that link to rule docs. */
  rulesMeta?: Record<string, RuleMeta>;
  /**
   * The text of linted files by FileResult.filePath, for formatters that quote the offending
   * line. The CLI sets it only for formats that use it (html); formatters must cope without it.
   */
  sources?: ReadonlyMap<string, string>;
}

/** A formatter is pure: the same results and context always give the same string. */
export type Formatter = (results: FileResult[], context: FormatterContext) => string;
