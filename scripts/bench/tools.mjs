// What the bench times. Each tool says how to run it over a corpus and how to check that the run
// did the work (linted every file, crashed nowhere), so a fast number can't come from a broken run.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = fileURLToPath(new URL('./', import.meta.url));
const textlintBin = path.join(repoRoot, 'node_modules', '.bin', 'textlint');
const node = process.execPath;

const reportFile = (corpus, id) => path.join(corpus.dir, 'reports', `${id}.json`);

/** What this macrolint's --help offers, read once: --cache may not exist yet. `bin`: its bin/macrolint.js. */
export function macrolintFeatures(bin) {
  const help = execFileSync(node, [bin, '--help'], { encoding: 'utf8' });
  return { cache: /(^|\s)--cache(\s|,|$)/m.test(help), cacheLocation: help.includes('--cache-location') };
}

function fail(tool, message) {
  // A tool's stderr can quote linted files: no control characters reach the terminal.
  throw new Error(`${tool}: ${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '?')}`);
}

/** Exit 0 (clean) and 1 (problems found) are both a finished lint; anything else is a failure. */
function checkExit(tool, result) {
  if (result.signal) fail(tool, `killed by ${result.signal}`);
  if (result.code !== 0 && result.code !== 1) fail(tool, `exit code ${result.code}: ${result.stderr.trim().slice(0, 500)}`);
  if (/internal error|uncaught|TypeError|ReferenceError/.test(result.stderr)) fail(tool, `crashed: ${result.stderr.trim().slice(0, 500)}`);
}

/** An ESLint-shaped report (macrolint and textlint both write one): files, and problems found. */
function readLintReport(tool, file, expectedFiles) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.length !== expectedFiles) fail(tool, `reported ${report.length} files, expected ${expectedFiles}`);
  const messages = report.flatMap((entry) => entry.messages);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) fail(tool, `fatal error in the report: ${fatal.message}`);
  return { problems: messages.length };
}

/** The floors print { files } as JSON: they must have read the whole corpus. */
function checkFloor(tool, result, n) {
  checkExit(tool, result);
  const printed = JSON.parse(result.stdout);
  if (printed.files !== n) fail(tool, `read ${printed.files} files, expected ${n}`);
  return {};
}

function macrolintTool({ bin, id, label, short, target, files, extraArgs = [] }) {
  return {
    id,
    label,
    short,
    command: (corpus) => [node, [bin, target(corpus), '--no-config-lookup', '-f', 'json', '-o', reportFile(corpus, id), ...extraArgs(corpus)]],
    check(result, corpus) {
      checkExit(label, result);
      return readLintReport(label, reportFile(corpus, id), files(corpus));
    },
  };
}

/**
 * The tools in table order (`short`: the chart's label). `bin`: the CLI to time; `features` from
 * macrolintFeatures(); `threadsFor(n)` from the engine.
 */
export function benchTools({ bin, features, threadsFor }) {
  const cacheArgs = (corpus) => ['--cache', ...(features.cacheLocation ? ['--cache-location', path.join(corpus.dir, '.macrolintcache')] : [])];
  const cached = macrolintTool({ bin, id: 'macrolint-cache', label: 'macrolint, warm --cache', short: 'macrolint --cache', target: (c) => c.markdownDir, files: (c) => c.n, extraArgs: cacheArgs });
  return [
    macrolintTool({ bin, id: 'macrolint', label: 'macrolint', short: 'macrolint', target: (c) => c.markdownDir, files: (c) => c.n, extraArgs: () => [] }),
    macrolintTool({ bin, id: 'macrolint-zendesk', label: 'macrolint, Zendesk JSON', short: 'macrolint, Zendesk', target: (c) => c.zendeskFile, files: () => 1, extraArgs: () => [] }),
    {
      ...cached,
      available: features.cache,
      // The first run fills the cache; only the re-runs over unchanged files are timed.
      async prepare(corpus, run) {
        rmSync(path.join(corpus.dir, '.macrolintcache'), { recursive: true, force: true });
        const [command, args] = cached.command(corpus);
        cached.check(await run(command, args), corpus);
      },
    },
    {
      id: 'textlint',
      label: 'textlint + prh',
      short: 'textlint + prh',
      command: (corpus) => [
        textlintBin,
        ['--config', path.join(benchDir, 'textlint', '.textlintrc.json'), '-f', 'json', '-o', reportFile(corpus, 'textlint'), `${corpus.markdownDir}/**/*.md`],
      ],
      check(result, corpus) {
        checkExit('textlint', result);
        return readLintReport('textlint', reportFile(corpus, 'textlint'), corpus.n);
      },
    },
    {
      id: 'parser-floor',
      label: 'parser floor (remark-parse)',
      short: 'parser floor',
      command: (corpus) => [node, [path.join(benchDir, 'parser-floor.mjs'), corpus.markdownDir, String(threadsFor(corpus.n))]],
      check: (result, corpus) => checkFloor('parser floor', result, corpus.n),
    },
    {
      id: 'read-floor',
      label: 'read floor (read + regex)',
      short: 'read floor',
      command: (corpus) => [node, [path.join(benchDir, 'read-floor.mjs'), corpus.markdownDir]],
      check: (result, corpus) => checkFloor('read floor', result, corpus.n),
    },
    {
      id: 'node',
      label: "bare node -e ''",
      short: 'bare node',
      command: () => [node, ['-e', '']],
      check: (result) => (checkExit('node', result), {}),
    },
  ];
}
