#!/usr/bin/env node
// macrolint's accuracy report: runs the built package over the labeled passages in
// fixtures/eval/ and over the reviewer-labeled passages of ../shared/corpus/notable.md, and
// prints precision / recall per rule and every miss. A report, not a gate: it exits 0 unless the
// script itself fails. `--json` prints machine-readable results. See docs/accuracy.md.
//
//   npm run eval                 # builds, then prints the report
//   node scripts/eval.mjs --json # after a build
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import {
  STRUCTURE_RULES,
  TONE_RULES,
  findReplyInData,
  findReplyInSections,
  formatPercent,
  formatTable,
  microAverage,
  overlaps,
  parseNotable,
  scoreCases,
} from './eval/score.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(repoRoot, 'fixtures', 'eval');
const corpusDir = path.resolve(repoRoot, '..', 'shared', 'corpus');
const TEMPLATES_FILE = 'templates.yaml';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const warnings = [];
const warn = (message) => warnings.push(message);

// ---------------------------------------------------------------------------------------------
// The built package
// ---------------------------------------------------------------------------------------------

async function importDist(relative) {
  const file = path.join(repoRoot, 'dist', 'src', relative);
  if (!existsSync(file)) throw new Error(`${path.relative(repoRoot, file)} not found: run \`npm run build\` first (or use \`npm run eval\`).`);
  return import(pathToFileURL(file).href);
}

const api = await importDist('index.js');
const registry = await importDist(path.join('rules', 'registry.js'));
const builtinIds = [...api.builtinRuleIds];
// One rule at a time, so that a rule that fails to load (a half-finished build, a rule being
// written right now) is reported and left out instead of stopping the report.
const modules = new Map();
const loadErrors = new Map();
for (const id of builtinIds) {
  try {
    const loaded = await registry.loadRules([id]);
    if (loaded.get(id)) modules.set(id, loaded.get(id));
    else loadErrors.set(id, 'the registry returned nothing');
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n')[0].replace(/ imported from .*$/, '');
    loadErrors.set(id, reason.split(`${repoRoot}${path.sep}`).join(''));
  }
}
const typeOf = (id) => modules.get(id)?.meta?.type;
const builtinTone = builtinIds.filter((id) => typeOf(id) === 'tone');
const builtinStructure = STRUCTURE_RULES.filter((id) => modules.has(id));

/** Lints `text` as a Markdown file with exactly `ruleIds` on; returns the rule diagnostics. */
async function lint(text, ruleIds, fileName = 'passage.md') {
  if (ruleIds.length === 0) return [];
  const config = { rules: Object.fromEntries(ruleIds.map((id) => [id, 'error'])) };
  const result = await api.lintText(text, { filePath: fileName, config, cwd: repoRoot });
  for (const m of result.messages) {
    if (m.fatal || m.ruleId === null) warn(`fatal diagnostic while linting ${JSON.stringify(text.slice(0, 60))}: ${m.message}`);
  }
  return result.messages.filter((m) => m.ruleId !== null && !m.fatal);
}

/** rule id → the words each of its diagnostics covers. */
function firedMap(text, diagnostics) {
  const fired = new Map();
  for (const d of diagnostics) {
    const words = fired.get(d.ruleId) ?? [];
    words.push(text.slice(d.offset, d.endOffset) || `(at ${d.line}:${d.column})`);
    fired.set(d.ruleId, words);
  }
  return fired;
}

// ---------------------------------------------------------------------------------------------
// The labeled set
// ---------------------------------------------------------------------------------------------

function loadLabeled(file) {
  const items = YAML.parse(readFileSync(path.join(fixturesDir, file), 'utf8'));
  if (!Array.isArray(items)) throw new Error(`fixtures/eval/${file}: expected a list of { text, flag }`);
  return items.map((item, index) => {
    if (typeof item?.text !== 'string' || !Array.isArray(item.flag)) throw new Error(`fixtures/eval/${file} item ${index + 1}: expected { text: string, flag: [rule ids] }`);
    return { file, domain: file.replace(/\.ya?ml$/, ''), index: index + 1, text: item.text, labels: item.flag, note: item.note };
  });
}

/** The rules to score: the brief's list, then any other labeled or built-in id, in that order. */
function rulesToScore(known, labeledIds, builtin) {
  const ids = [...known];
  for (const id of [...labeledIds, ...builtin]) if (!ids.includes(id)) ids.push(id);
  return ids;
}

/** Warns about labeled ids with no built-in rule of the right type; their positives are misses. */
function checkImplemented(ids, cases, builtin, kind) {
  const missing = [];
  for (const id of ids) {
    if (builtin.includes(id)) continue;
    const positives = cases.filter((c) => c.labels.includes(id)).length;
    if (positives === 0) continue;
    missing.push(id);
    let why = 'is not a built-in rule yet';
    if (loadErrors.has(id)) why = `is built in but could not be loaded (${loadErrors.get(id)})`;
    else if (builtinIds.includes(id)) why = `is built in but its meta.type is "${typeOf(id)}", not "${kind}"`;
    warn(`${id} ${why}: its ${positives} labeled positive(s) count as misses (FN).`);
  }
  return missing;
}

async function runLabeled(cases, ruleIds) {
  for (const c of cases) {
    c.fired = firedMap(c.text, await lint(c.text, ruleIds));
  }
}

function labeledIdsOf(cases) {
  return [...new Set(cases.flatMap((c) => c.labels))];
}

// ---------------------------------------------------------------------------------------------
// notable.md
// ---------------------------------------------------------------------------------------------

async function runNotable() {
  const notablePath = path.join(corpusDir, 'notable.md');
  if (!existsSync(notablePath)) return { skipped: `${notablePath} not found; notable.md section skipped.` };
  const entries = parseNotable(readFileSync(notablePath, 'utf8'));
  const catchRules = [...builtinTone, ...builtinStructure];
  const results = [];
  for (const entry of entries) {
    const file = path.join(corpusDir, entry.folder, entry.path);
    const result = { ...entry, status: 'not found', rules: [], replyChars: 0 };
    results.push(result);
    if (!existsSync(file)) {
      result.status = 'file missing';
      continue;
    }
    const source = readFileSync(file, 'utf8');
    let reply = null;
    if (/\.(json|ya?ml)$/i.test(entry.path)) {
      try {
        const docs = YAML.parseAllDocuments(source).map((doc) => doc.toJS());
        reply = findReplyInData(docs, entry.passage);
      } catch (error) {
        warn(`${entry.folder}/${entry.path}: could not parse (${error.message}).`);
      }
    } else {
      reply = findReplyInSections(source, entry.passage, { rst: /\.rst$/i.test(entry.path) });
    }
    if (!reply) continue;
    result.replyChars = reply.text.length;
    const diagnostics = await lint(reply.text, catchRules, 'reply.md');
    const hits = diagnostics.filter((d) => overlaps(d.offset, d.endOffset, reply.span.start, reply.span.end));
    const toneHits = hits.filter((d) => builtinTone.includes(d.ruleId));
    const counted = entry.part === 'A' ? hits : toneHits;
    result.rules = [...new Set(counted.map((d) => d.ruleId))];
    result.hits = result.rules.map((rule) => ({
      rule,
      words: counted.filter((d) => d.ruleId === rule).map((d) => reply.text.slice(d.offset, d.endOffset)),
    }));
    if (entry.part === 'A') result.status = counted.length ? 'caught' : 'missed';
    else result.status = counted.length ? 'wrongly flagged' : 'clean';
  }
  const flagged = results.filter((r) => r.part === 'A');
  const exemplary = results.filter((r) => r.part === 'B');
  return {
    entries: results,
    caught: flagged.filter((r) => r.status === 'caught').length,
    flaggedTotal: flagged.length,
    wronglyFlagged: exemplary.filter((r) => r.status === 'wrongly flagged').length,
    exemplaryTotal: exemplary.length,
    notFound: results.filter((r) => r.status === 'not found' || r.status === 'file missing').length,
  };
}

// ---------------------------------------------------------------------------------------------
// Run
// ---------------------------------------------------------------------------------------------

const yamlFiles = readdirSync(fixturesDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const passageFiles = yamlFiles.filter((f) => f !== TEMPLATES_FILE);
const passages = passageFiles.flatMap(loadLabeled);
const templates = yamlFiles.includes(TEMPLATES_FILE) ? loadLabeled(TEMPLATES_FILE) : [];

const toneIds = rulesToScore(TONE_RULES, labeledIdsOf(passages), builtinTone);
const missingTone = checkImplemented(toneIds, passages, builtinTone, 'tone');
await runLabeled(passages, builtinTone);
const toneScore = scoreCases(passages, toneIds);

const structureIds = rulesToScore(STRUCTURE_RULES, labeledIdsOf(templates), []);
const missingStructure = checkImplemented(structureIds, templates, builtinStructure, 'structure');
await runLabeled(templates, builtinStructure);
const structureScore = scoreCases(templates, structureIds);

for (const [id, reason] of loadErrors) {
  if (!toneIds.includes(id) && !structureIds.includes(id)) warn(`built-in rule ${id} could not be loaded (${reason}); it is not scored here anyway.`);
}

const implementedTone = microAverage(toneScore.rows.filter((r) => builtinTone.includes(r.rule)));
const domains = [...new Set(passages.map((c) => c.domain))];
const byDomain = domains.map((domain) => {
  const subset = passages.filter((c) => c.domain === domain);
  return { domain, passages: subset.length, positives: subset.filter((c) => c.labels.length).length, ...scoreCases(subset, toneIds).micro };
});
const notable = await runNotable();

if (asJson) {
  const caseOut = (m) => ({ kind: m.kind, rule: m.rule, file: m.case.file, index: m.case.index, text: m.case.text, ...(m.words ? { words: m.words } : {}) });
  const out = {
    builtinToneRules: builtinTone,
    builtinStructureRules: builtinStructure,
    warnings,
    passages: {
      count: passages.length,
      positives: passages.filter((c) => c.labels.length).length,
      negatives: passages.filter((c) => c.labels.length === 0).length,
      rules: toneScore.rows,
      micro: toneScore.micro,
      microImplemented: implementedTone,
      notImplemented: missingTone,
      byDomain,
      misses: toneScore.misses.map(caseOut),
    },
    templates: {
      count: templates.length,
      rules: structureScore.rows,
      micro: structureScore.micro,
      notImplemented: missingStructure,
      misses: structureScore.misses.map(caseOut),
    },
    notable,
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  const p = [];
  const say = (s = '') => p.push(s);
  const rowCells = (r, name = r.rule) => [
    `${name}${r.rule && !builtinTone.includes(r.rule) && !builtinStructure.includes(r.rule) ? ' *' : ''}`,
    r.labeled ?? '',
    r.tp,
    r.fp,
    r.fn,
    formatPercent(r.precision),
    formatPercent(r.recall),
  ];
  const headers = ['rule', 'labeled', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const oneLine = (text) => text.replace(/\s+/g, ' ').trim();

  say('macrolint accuracy report');
  say('=========================');
  say(`Labeled passages: ${passages.length} (${passages.filter((c) => c.labels.length).length} with a tone label, ${passages.filter((c) => c.labels.length === 0).length} with none) from ${passageFiles.map((f) => `fixtures/eval/${f}`).join(', ')}`);
  say(`Built-in tone rules: ${builtinTone.join(', ') || '(none)'}`);
  say(`Built-in structure rules: ${builtinStructure.join(', ') || '(none)'}`);
  for (const w of warnings) say(`WARNING: ${w}`);
  say();
  say('Tone rules on the labeled passages (* = not built in, or not loadable: every positive is a miss)');
  say();
  say(formatTable(headers, [
    ...toneScore.rows.map((r) => rowCells(r)),
    rowCells({ ...toneScore.micro, labeled: toneScore.rows.reduce((s, r) => s + r.labeled, 0) }, 'micro-average, all rules'),
    rowCells({ ...implementedTone, labeled: toneScore.rows.filter((r) => builtinTone.includes(r.rule)).reduce((s, r) => s + r.labeled, 0) }, 'micro-average, built-in rules only'),
  ]));
  say();
  say('By domain (micro-average over all tone rules)');
  say();
  say(formatTable(['domain', 'passages', 'positives', 'TP', 'FP', 'FN', 'precision', 'recall'], byDomain.map((d) => [
    d.domain, d.passages, d.positives, d.tp, d.fp, d.fn, formatPercent(d.precision), formatPercent(d.recall),
  ])));
  say();
  say(`Structure rules on fixtures/eval/${TEMPLATES_FILE} (${templates.length} whole replies)`);
  say();
  say(formatTable(headers, [
    ...structureScore.rows.map((r) => rowCells(r)),
    rowCells({ ...structureScore.micro, labeled: structureScore.rows.reduce((s, r) => s + r.labeled, 0) }, 'micro-average'),
  ]));
  say();

  const printMisses = (title, misses) => {
    const fns = misses.filter((m) => m.kind === 'FN');
    const fps = misses.filter((m) => m.kind === 'FP');
    say(`${title}: ${fns.length} false negatives, ${fps.length} false positives`);
    say();
    for (const m of fns) say(`  FN  ${m.rule}${builtinTone.includes(m.rule) || builtinStructure.includes(m.rule) ? '' : ' (not run)'}  [${m.case.file} #${m.case.index}]  ${oneLine(m.case.text)}`);
    if (fns.length && fps.length) say();
    for (const m of fps) say(`  FP  ${m.rule}  [${m.case.file} #${m.case.index}]  ${oneLine(m.case.text)}  ⟵ flagged: ${m.words.map((w) => JSON.stringify(oneLine(w))).join(', ')}`);
    say();
  };
  printMisses('Misses on the labeled passages', toneScore.misses);
  printMisses('Misses on the templates', structureScore.misses);

  say('Reviewer-labeled passages from ../shared/corpus/notable.md');
  say();
  if (notable.skipped) {
    say(`NOTICE: ${notable.skipped}`);
  } else {
    for (const part of ['A', 'B']) {
      say(part === 'A' ? 'A. Passages a reviewer would flag (caught = a tone or structure diagnostic overlaps the passage)' : 'B. Exemplary passages (wrongly flagged = a tone diagnostic overlaps the passage)');
      for (const e of notable.entries.filter((x) => x.part === part)) {
        const clip = (w) => JSON.stringify(oneLine(w).length > 70 ? `${oneLine(w).slice(0, 67)}...` : oneLine(w));
        const detail = e.rules.length ? `\n         ⟵ ${e.hits.map((h) => `${h.rule}: ${h.words.map(clip).join(', ')}`).join('; ')}` : '';
        say(`  ${part}${String(e.number).padEnd(3)} ${e.status.padEnd(15)} ${e.folder}/${e.path}:${e.line}  ${oneLine(e.passage)}${detail}`);
      }
      say();
    }
    say(`caught ${notable.caught} of ${notable.flaggedTotal}`);
    say(`wrongly flagged ${notable.wronglyFlagged} of ${notable.exemplaryTotal}`);
    if (notable.notFound) say(`(${notable.notFound} passage(s) could not be located in the corpus and count as not caught / not flagged)`);
  }
  process.stdout.write(`${p.join('\n')}\n`);
}
