#!/usr/bin/env node
// Measures the Markdown fast path (src/formats/markdown-fast.ts) on the built code: which share of
// Markdown bodies it reads (fixtures/, ../shared/corpus when present, the bench generator's
// replies), and what it saves: parseSimpleMarkdown against remark-parse on the same bodies, and
// whole lintText with the fast path on and off. Times are CPU time (process.cpuUsage), in
// process, after a warm-up, best of several rounds: the machine is shared, and wall time lies.
//
//   npm run build && node scripts/markdown-fast-path.mjs [--n 1000] [--rounds 7] [--list]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateReply } from './bench/generate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = (file) => import(new URL(`../dist/src/${file}`, import.meta.url).href);
const { loadConfig } = await dist('config/index.js');
const { readUnits } = await dist('formats/read-units.js');
const { maskedBody } = await dist('core/parse-templates.js');
const { parseSimpleMarkdown, setMarkdownFastPath } = await dist('formats/markdown-fast.js');
const { parseMarkdown } = await dist('formats/markdown.js');
const { lintText } = await dist('core/lint-text.js');
const { enabledRuleIds, loadEnabledRules } = await dist('engine/lint-one.js');
const { loadRules } = await dist('rules/registry.js');

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '7' }, list: { type: 'boolean' } } });
const rounds = Number(values.rounds);

const TEMPLATE_FILE = /\.(?:md|markdown|liquid|hbs|handlebars|mustache|j2|jinja|txt|html?|json|ya?ml|rst)$/;
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : files(full);
    return TEMPLATE_FILE.test(name) ? [full] : [];
  });
}

/** Every Markdown body (masked, as the parser gets it) of `paths`, each file read with its own config. */
async function markdownBodies(paths, configFor) {
  const bodies = [];
  for (const file of paths) {
    const config = await configFor(file);
    if (!config) continue;
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    for (const unit of readUnits(text, file, config.format).units) {
      if (unit.kind === 'markdown') bodies.push({ where: `${path.relative(root, file)} :: ${unit.name}`, masked: maskedBody(unit).masked });
    }
  }
  return bodies;
}

const configs = new Map();
/** A fixture's own config (fixtures with a broken one on purpose get the recommended config). */
async function fixtureConfig(file) {
  const dir = path.dirname(file);
  if (!configs.has(dir)) configs.set(dir, await loadConfig({ cwd: dir }).catch(() => loadConfig({ cwd: dir, useConfigLookup: false })));
  return configs.get(dir).forFile(file);
}

const benchFiles = Array.from({ length: Number(values.n) }, (_, index) => {
  const reply = generateReply(9, index);
  return { file: path.join(root, `bench-${index}.md`), text: `---\ntitle: ${JSON.stringify(reply.title)}\n---\n\n${reply.body}` };
});

const sets = [['fixtures', await markdownBodies(files(path.join(root, 'fixtures')), fixtureConfig)]];
const corpus = path.resolve(root, '../shared/corpus');
if (existsSync(corpus)) {
  const loaded = await loadConfig({ cwd: root, configFile: path.join(root, 'fixtures/corpus-config/.macrolintrc.yaml') });
  sets.push(['../shared/corpus', await markdownBodies(files(corpus), async (file) => loaded.forFile(file))]);
}
sets.push([
  `bench generator (seed 9, N = ${values.n})`,
  benchFiles.flatMap(({ file, text }) => readUnits(text, file).units.map((unit) => ({ where: file, masked: maskedBody(unit).masked }))),
]);

console.log('Share of Markdown bodies the fast path reads:');
for (const [name, bodies] of sets) {
  const missed = bodies.filter((body) => !parseSimpleMarkdown(body.masked));
  const taken = bodies.length - missed.length;
  console.log(`  ${name}: ${taken} / ${bodies.length} (${((100 * taken) / Math.max(1, bodies.length)).toFixed(1)}%)`);
  if (values.list) for (const body of missed) console.log(`    to remark-parse: ${body.where}`);
}

/** Best CPU milliseconds of `rounds` runs of `work`, after one warm-up run. */
function cpuBest(work) {
  work();
  let best = Infinity;
  for (let round = 0; round < rounds; round++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const all = sets.flatMap(([, bodies]) => bodies.filter((body) => parseSimpleMarkdown(body.masked)).map((body) => body.masked));
const fast = cpuBest(() => all.forEach((masked) => parseSimpleMarkdown(masked)));
const remark = cpuBest(() => all.forEach((masked) => parseMarkdown(masked)));
console.log(`\nParsing the ${all.length} bodies the fast path reads (CPU ms, best of ${rounds}):`);
console.log(`  parseSimpleMarkdown ${fast.toFixed(1)}   remark-parse ${remark.toFixed(1)}   (${(remark / fast).toFixed(1)}x)`);

const loaded = await loadConfig({ cwd: root, useConfigLookup: false });
const config = loaded.forFile(path.join(root, 'reply.md'));
const rules = await loadEnabledRules(enabledRuleIds([config]), loaded, { loadRules });
const lintAll = () => benchFiles.forEach(({ file, text }) => lintText(text, { filePath: file, config, rules }));
setMarkdownFastPath(false);
const slow = cpuBest(lintAll);
setMarkdownFastPath(true);
const quick = cpuBest(lintAll);
console.log(`\nlintText over the ${benchFiles.length} bench replies, recommended rules (CPU ms, best of ${rounds}):`);
console.log(`  fast path on ${quick.toFixed(1)}   off ${slow.toFixed(1)}   (${(slow / quick).toFixed(2)}x, ${(100 * (1 - quick / slow)).toFixed(0)}% less)`);
