#!/usr/bin/env node
// `npm run bench`: times macrolint against textlint + prh and against the read and parser floors,
// at N = 1, 100, 1,000 and 10,000 generated templates, each measurement a whole process, and
// writes docs/bench/results.md, results.json and chart.svg (and the README's table). Issue 9.
//
//   node scripts/bench/run.mjs                    # the full run (several minutes)
//   node scripts/bench/run.mjs --sizes 1000 --runs 3 --only macrolint,floor
//   node scripts/bench/run.mjs --smoke --out /tmp/x   # N = 1,000, one run: CI's check that it works
//
// A partial run (--sizes, --only, --smoke) writes its results under the corpus folder unless --out
// says where, so it never overwrites the published figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chartSvg } from './chart.mjs';
import { DEFAULT_ROOT, DEFAULT_SEED, ensureCorpus } from './generate.mjs';
import { measure } from './measure.mjs';
import { snapshotBuild } from './snapshot.mjs';
import { describeMachine, readmeSection, resultsMarkdown, tableRows, targetLines, textTable } from './report.mjs';
import { checkTargets } from './targets.mjs';
import { benchTools, macrolintFeatures } from './tools.mjs';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const FULL_SIZES = [1, 100, 1000, 10000];
// textlint takes about 26 s per run at 10,000 files; three runs give a stable median.
const SLOW_TOOL_RUNS = { id: 'textlint', fromN: 10000, runs: 3 };

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    only: { type: 'string' },
    smoke: { type: 'boolean', default: false },
    seed: { type: 'string' },
    dir: { type: 'string' },
    out: { type: 'string' },
  },
});
const sizes = flags.sizes ? flags.sizes.split(',').map(Number) : flags.smoke ? [1000] : FULL_SIZES;
const runs = Number(flags.runs ?? (flags.smoke ? 1 : 5));
const seed = flags.seed ? Number(flags.seed) : DEFAULT_SEED;
const root = path.resolve(flags.dir ?? DEFAULT_ROOT);
const fullRun = !flags.sizes && !flags.only && !flags.smoke;
const outDir = path.resolve(flags.out ?? (fullRun ? path.join(repoRoot, 'docs', 'bench') : path.join(root, 'results')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error('bench: --sizes takes whole numbers above 0 (e.g. 1,100,1000) and --runs a whole number above 0.');
  process.exit(2);
}

let build;
let workerCountFor;
let features;
try {
  build = snapshotBuild();
  ({ workerCountFor } = await import(pathToFileURL(path.join(build.root, 'dist', 'src', 'engine', 'workers.js')).href));
  features = macrolintFeatures(build.bin);
} catch (error) {
  build?.remove();
  console.error(`bench: no working build to time (${error.message.split('\n')[0]}). Run \`npm run build\` (npm run bench does it for you).`);
  process.exit(2);
}
const wanted = flags.only?.split(',').map((word) => word.trim());
const tools = benchTools({ bin: build.bin, features, threadsFor: workerCountFor }).filter((tool) => !wanted || wanted.some((word) => tool.id.includes(word)));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const maxOrNull = (values) => (values.some((value) => value == null) ? null : Math.max(...values));
const runsFor = (tool, n) => (tool.id === SLOW_TOOL_RUNS.id && n >= SLOW_TOOL_RUNS.fromN ? Math.min(runs, SLOW_TOOL_RUNS.runs) : runs);
const progress = (text) => process.stderr.write(`${text}\n`);

// Taken before measuring: the load average then says how busy the machine was.
const machine = describeMachine();
const results = {};
let bytesPerFile = 0;
try {
  await measureAll();
} catch (error) {
  // A tool that crashed or skipped files makes every number meaningless: stop, and say which.
  console.error(`bench failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  build.remove();
}
if (process.exitCode) process.exit();

async function measureAll() {
  for (const n of sizes) {
    const corpus = { ...ensureCorpus({ n, seed, root }), n };
    mkdirSync(path.join(corpus.dir, 'reports'), { recursive: true });
    bytesPerFile = Math.round(corpus.bytes / n);
    const active = tools.filter((tool) => tool.available !== false);
    const run = (command, args) => measure(command, args, { cwd: corpus.dir });
    for (const tool of active) await tool.prepare?.(corpus, run);
    // Runs interleave the tools, so a slow spell on a shared machine hits all of them alike.
    const samples = new Map(active.map((tool) => [tool, []]));
    for (let round = 0; round < runs; round++) {
      for (const tool of active.filter((t) => round < runsFor(t, n))) {
        const [command, args] = tool.command(corpus);
        const result = await run(command, args);
        const found = tool.check(result, corpus);
        samples.get(tool).push({ ...result, ...found });
        progress(`N=${n} ${tool.label}: ${result.seconds.toFixed(3)} s (run ${round + 1})`);
      }
    }
    for (const [tool, measured] of samples) {
      results[tool.id] ??= {};
      results[tool.id][n] = {
        seconds: median(measured.map((m) => m.seconds)),
        cpuSeconds: measured.every((m) => m.cpuSeconds != null) ? median(measured.map((m) => m.cpuSeconds)) : null,
        rssMb: maxOrNull(measured.map((m) => m.rssMb)),
        runs: measured.length,
        problems: measured.at(-1).problems ?? null,
      };
    }
    for (const tool of tools.filter((t) => t.available === false)) (results[tool.id] ??= {})[n] = { seconds: null, rssMb: null, runs: 0, problems: null };
  }
}

// What the reader needs to trust the table: the same work was done by every linter.
const notes = [];
if (runs > SLOW_TOOL_RUNS.runs && sizes.some((n) => n >= SLOW_TOOL_RUNS.fromN) && tools.some((t) => t.id === 'textlint'))
  notes.push(`textlint + prh at ${SLOW_TOOL_RUNS.fromN.toLocaleString('en-US')} files: median of ${SLOW_TOOL_RUNS.runs} runs, as each takes tens of seconds.`);
if (!features.cache && tools.some((t) => t.id === 'macrolint-cache')) notes.push('Warm --cache: n/a, this build of macrolint has no --cache option.');
notes.push(`Parser-floor threads (workerCountFor): ${sizes.map((n) => `${workerCountFor(n)} at ${n.toLocaleString('en-US')}`).join(', ')}.`);
const found = (id, n) => results[id]?.[n]?.problems;
const big = Math.max(...sizes);
const problemCounts = ['macrolint', 'macrolint-zendesk', 'macrolint-cache', 'textlint'].filter((id) => found(id, big) != null).map((id) => `${tools.find((t) => t.id === id).label} ${found(id, big)}`);
if (problemCounts.length > 0) notes.push(`Problems reported at ${big.toLocaleString('en-US')} files: ${problemCounts.join(', ')}.`);
for (const id of ['macrolint-zendesk', 'macrolint-cache'])
  if (found(id, big) != null && found('macrolint', big) != null && found(id, big) !== found('macrolint', big))
    notes.push(`Warning: ${tools.find((t) => t.id === id).label} reported a different number of problems than macrolint on the Markdown files.`);

const rows = tableRows(results, sizes, tools);
const targets = checkTargets(results, sizes);
const runInfo = { machine, sizes, runs, seed, bytesPerFile, notes };
console.log(textTable(rows));
console.log(`\n${notes.join('\n')}\n\nTargets (issue 9):\n${targetLines(targets).join('\n')}`);

mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'results.md'), resultsMarkdown({ rows, targets, run: runInfo }));
writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify({ ...runInfo, tools: tools.map(({ id, label }) => ({ id, label })), results, targets }, null, 2)}\n`);
const subtitle = `median of ${runs} run${runs === 1 ? '' : 's'}, whole process; ${machine.cpus} x ${machine.cpuModel}, Node ${machine.node}, ${machine.date.slice(0, 10)}`;
writeFileSync(path.join(outDir, 'chart.svg'), chartSvg({ results, sizes, tools, subtitle }));
if (fullRun && !flags.out) updateReadme(readmeSection({ rows, targets, machine }));
console.log(`\nWrote ${path.join(outDir, 'results.md')}, results.json and chart.svg`);

/** Replaces the README's table between its bench markers, so it always shows the last full run. */
function updateReadme(section) {
  const readme = path.join(repoRoot, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return console.log(`README.md has no ${start} … ${end} markers: its table was not updated.`);
  writeFileSync(readme, `${text.slice(0, from + start.length)}\n${section}\n${text.slice(to)}`);
}
