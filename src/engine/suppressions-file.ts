// The suppressions file on disk: found (cwd or --suppressions-location), read and checked before
// any file is linted, so a broken baseline fails in a second, not after linting 2,000 macros;
// then, after linting, updated (--suppress-all, --suppress-rule, --prune-suppressions), written
// atomically when its text changes, and applied to the results. The logic is in suppressions.ts.
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileResult } from '../types.js';
import {
  applySuppressions,
  parseSuppressions,
  pruneSuppressions,
  recordSuppressions,
  serializeSuppressions,
  SuppressionsError,
  totalSuppressed,
  unknownRuleMessage,
  type RuleSelection,
  type SuppressionTable,
  type UnusedSuppression,
} from './suppressions.js';
import { replaceAtomic } from './write-fixes.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'macrolint-suppressions.json';

export interface SuppressionsRequest {
  /** `--suppressions-location`, relative to cwd. */
  location?: string;
  /** `--suppress-all` ('all') or the `--suppress-rule` ids. */
  record?: RuleSelection;
  /** `--prune-suppressions`. */
  prune?: boolean;
}

export interface SettledSuppressions {
  /** The results without the suppressed problems, counts recomputed. */
  results: FileResult[];
  unused: UnusedSuppression[];
  /** How the file names itself in messages: as the user wrote it. */
  label: string;
  /** After --suppress-… or --prune-suppressions: what the file now holds, for stderr. */
  note?: string;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export class SuppressionsBaseline {
  constructor(
    private readonly cwd: string,
    private readonly filePath: string,
    private readonly label: string,
    /** The file's text as read, or undefined when it does not exist yet. */
    private readonly text: string | undefined,
    private readonly table: SuppressionTable,
    private readonly request: SuppressionsRequest,
  ) {}

  /**
   * Records or prunes as asked (writing the file if its text changes), then applies the file to
   * `results`. `ruleIds`: the rules this run loaded, to reject a misspelt `--suppress-rule`.
   */
  async settle(results: readonly FileResult[], ruleIds?: readonly string[]): Promise<SettledSuppressions> {
    const { record, prune } = this.request;
    if (Array.isArray(record) && ruleIds) {
      const problem = unknownRuleMessage(record, ruleIds);
      if (problem) throw new SuppressionsError(problem);
    }
    let table = this.table;
    let note: string | undefined;
    if (record) table = recordSuppressions(table, results, this.cwd, record);
    else if (prune) table = pruneSuppressions(table, results, this.cwd, (key) => existsSync(path.resolve(this.cwd, key)));
    if (record || prune) {
      const text = serializeSuppressions(table);
      const changed = text !== this.text;
      if (changed) await this.write(text);
      const { errors, files } = totalSuppressed(table);
      note = `macrolint: ${changed ? 'wrote' : 'unchanged:'} ${this.label} (${plural(errors, 'error')} in ${plural(files, 'file')} suppressed).\n`;
    }
    const applied = applySuppressions(table, results, this.cwd);
    return { results: applied.results, unused: applied.unused, label: this.label, ...(note ? { note } : {}) };
  }

  private async write(text: string): Promise<void> {
    try {
      if (this.text === undefined) {
        await mkdir(path.dirname(this.filePath), { recursive: true });
        await replaceAtomic(this.filePath, text);
      } else {
        // Keep the mode of the existing file, and write through a symlink to its target.
        const target = await realpath(this.filePath);
        await replaceAtomic(target, text, (await stat(target)).mode);
      }
    } catch (error) {
      throw new SuppressionsError(`Cannot write the suppressions file ${this.label}: ${errorCode(error)}.`);
    }
  }
}

/**
 * The suppressions file for this run, read and validated; undefined when there is none and none
 * was asked for (the run then costs nothing extra). Errors are SuppressionsErrors (exit code 2).
 */
export async function openSuppressions(cwd: string, request: SuppressionsRequest): Promise<SuppressionsBaseline | undefined> {
  const label = request.location ?? DEFAULT_SUPPRESSIONS_FILE;
  const filePath = path.resolve(cwd, label);
  let text: string | undefined;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw new SuppressionsError(`Cannot read the suppressions file ${label}: ${errorCode(error)}.`);
  }
  if (text === undefined) {
    const create = 'Run macrolint with --suppress-all or --suppress-rule <id> to create it.';
    if (request.prune) throw new SuppressionsError(`There is no suppressions file ${label} to prune. ${create}`);
    // As in ESLint: a location named explicitly must exist, so a typo in CI cannot turn the baseline off.
    if (request.location !== undefined && !request.record) throw new SuppressionsError(`The suppressions file ${label} does not exist. ${create}`);
    if (!request.record) return undefined;
  }
  const table = text === undefined ? new Map() : parseSuppressions(text, label);
  return new SuppressionsBaseline(cwd, filePath, label, text, table, request);
}
