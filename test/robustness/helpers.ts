// Shared by the hostile-input suite: throwaway folders holding exact bytes, and the built CLI run
// on them the way a user would, with the built-in recommended rules (no config lookup, so a config
// file above the temp folder can never change the outcome).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli, type CliRun } from '../e2e/run-cli.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';

export { assertBuilt } from '../e2e/run-cli.js';

/** The JSON report's shape, as far as these tests read it. */
export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: boolean;
  template?: string;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  output?: string;
}

const made: TempTree[] = [];
afterEach(() => {
  for (const tree of made.splice(0)) tree.remove();
});

/**
 * A temp folder (removed after each test) holding `files`: relative path -> exact content
 * (a string is written as UTF-8). A path ending in `/` is an empty directory.
 */
export function bytesTree(files: Record<string, string | Uint8Array>): string {
  const entries = Object.entries(files);
  const tree = tempTree(Object.fromEntries(entries.map(([name, content]) => [name, typeof content === 'string' ? content : ''])));
  made.push(tree);
  for (const [name, content] of entries) if (typeof content !== 'string') writeFileSync(tree.path(name), content);
  return tree.root;
}

/** The built CLI in `cwd` with the built-in recommended rules. */
export function lint(cwd: string, args: string[], stdin?: string): Promise<CliRun> {
  return runCli(['--no-config-lookup', ...args], { cwd, ...(stdin !== undefined ? { stdin } : {}) });
}

/** The same, with `-f json`: the exit code, stderr, and the report parsed (results by file name). */
export async function lintJson(cwd: string, args: string[]): Promise<{ code: number | null; stderr: string; results: Map<string, JsonResult> }> {
  const run = await lint(cwd, ['-f', 'json', ...args]);
  const report = (run.stdout === '' ? [] : JSON.parse(run.stdout)) as JsonResult[];
  return { code: run.code, stderr: run.stderr, results: new Map(report.map((r) => [path.relative(cwd, r.filePath), r])) };
}

/** A reply every recommended rule accepts: greeting, thanks, an answer, a next step. */
export const CLEAN_REPLY = 'Hi there,\n\nThanks for writing in. Your refund was sent today.\n\nIf anything else comes up, just reply to this email.\n';

/** One line the recommended rules flag (`no-customer-wrong`, an error), inside an otherwise clean reply. */
export const WRONG_REPLY = 'Hi there,\n\nThanks for writing in. You are wrong about the charge.\n\nIf anything else comes up, just reply to this email.\n';

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
