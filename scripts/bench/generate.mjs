#!/usr/bin/env node
// Generates the bench corpus: N support replies as Markdown files (about 960 bytes each) and the
// same N replies as one Zendesk macros export. Deterministic: reply i depends only on the seed and
// i (a seeded PRNG, never Math.random), so N = 100 is a prefix of N = 1,000 and every machine
// lints the same bytes. A corpus is reused when its manifest says it was made by the same
// generator source with the same N and seed.
//
//   node scripts/bench/generate.mjs --n 1000 [--seed 9] [--dir /tmp/macrolint-bench]
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as bank from './phrases.mjs';

export const DEFAULT_SEED = 9;
// Outside the repository on purpose: macrolint honours .gitignore, so a corpus under an ignored
// folder of the checkout would not be linted at all.
export const DEFAULT_ROOT = path.join(os.tmpdir(), 'macrolint-bench');
// A problem sentence in one reply in nine: the rules flag 10.7% of the 10,000 replies.
const PROBLEM_RATE = 0.11;

/** mulberry32: tiny, fast, and good enough to pick phrases. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reply i's own stream, so replies don't shift when N changes. */
function streamFor(seed, index) {
  return prng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
}

const pick = (random, list) => list[Math.floor(random() * list.length)];

/** Reply `index` as { title, folder, body } (body: Markdown without front matter). */
export function generateReply(seed, index) {
  const random = streamFor(seed, index);
  const topic = pick(random, bank.TOPICS);
  const problem = random() < PROBLEM_RATE ? pick(random, bank.PROBLEMS) : null;
  // Sizes spread around 960 bytes, as real macros do.
  const target = 720 + Math.floor(random() * 260);

  const greeting = pick(random, bank.GREETINGS);
  const opening = `${pick(random, bank.THANKS)} ${pick(random, topic.ack)}`;
  const body = [];
  const [label, url] = topic.link;
  const linkLine = pick(random, bank.LINK_LINES).replace('{label}', label).replace('{url}', url);
  const wantsSteps = random() < 0.4;
  const wantsLink = random() < 0.6;
  const closing = [];
  if (!problem?.endsReply) closing.push(pick(random, bank.OFFERS));
  closing.push(`${pick(random, bank.SIGN_OFFS)}\n${pick(random, bank.SIGNATURES)}`);

  const size = () => [greeting, opening, ...body, ...closing].join('\n\n').length;
  // In the bank's order, which reads as a reply; a skipped paragraph varies the shape.
  const paragraphs = topic.body.filter((_, n) => n === 0 || random() < 0.8);
  body.push(paragraphs.shift());
  if (wantsSteps) {
    const marker = random() < 0.5 ? (n) => `${n + 1}.` : () => '-';
    body.push(`${pick(random, bank.STEP_INTROS)}\n\n${topic.steps.map((step, n) => `${marker(n)} ${step}`).join('\n')}`);
  }
  const general = bank.GENERAL.filter(() => random() < 0.5);
  while (size() < target - 60 && (paragraphs.length > 0 || general.length > 0)) body.push((paragraphs.length > 0 ? paragraphs : general).shift());
  if (wantsLink) body[body.length - 1] += ` ${linkLine}`;
  if (problem?.text && problem.endsReply) body.push(problem.text);
  else if (problem?.text) body[0] = `${body[0]} ${problem.text}`;

  const number = String(index + 1).padStart(5, '0');
  return {
    title: `${topic.title} ${number}`,
    folder: topic.title.split('::')[0].toLowerCase(),
    file: `${topic.title.split('::')[1].toLowerCase().replaceAll(' ', '-')}-${number}.md`,
    body: `${[greeting, opening, ...body, ...closing].join('\n\n')}\n`,
  };
}

/** The Markdown file a template repository would hold: a title in front matter, then the reply. */
const markdownFile = (reply) => `---\ntitle: ${JSON.stringify(reply.title)}\n---\n\n${reply.body}`;

/** A Zendesk macros export (GET /api/v2/macros) holding the same replies. */
function zendeskExport(replies) {
  const macros = replies.map((reply, index) => ({
    id: 360000000000 + index,
    title: reply.title,
    active: true,
    actions: [
      { field: 'comment_value', value: reply.body },
      { field: 'comment_mode_is_public', value: 'true' },
    ],
  }));
  return `${JSON.stringify({ macros, next_page: null, count: macros.length }, null, 2)}\n`;
}

/** A fingerprint of the generator's own source: change a phrase and the corpus is rebuilt. */
function generatorHash() {
  const hash = createHash('sha256');
  for (const name of ['generate.mjs', 'phrases.mjs']) hash.update(readFileSync(new URL(name, import.meta.url)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Makes (or reuses) the corpus for `n` replies under `root` and returns its paths:
 * { dir, markdownDir, zendeskFile, bytes }.
 */
export function ensureCorpus({ n, seed = DEFAULT_SEED, root = DEFAULT_ROOT }) {
  const dir = path.join(root, `seed-${seed}-n-${n}`);
  const manifestFile = path.join(dir, 'manifest.json');
  const wanted = { n, seed, generator: generatorHash() };
  const paths = { dir, markdownDir: path.join(dir, 'md'), zendeskFile: path.join(dir, 'zendesk-macros.json') };
  if (existsSync(manifestFile)) {
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    if (manifest.n === n && manifest.seed === seed && manifest.generator === wanted.generator) return { ...paths, bytes: manifest.bytes };
  }
  // Built beside the final folder and renamed into place, so an interrupted run never leaves a
  // half corpus that looks complete.
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const replies = Array.from({ length: n }, (_, index) => generateReply(seed, index));
  let bytes = 0;
  for (const reply of replies) {
    const folder = path.join(building, 'md', reply.folder);
    mkdirSync(folder, { recursive: true });
    const text = markdownFile(reply);
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(folder, reply.file), text);
  }
  writeFileSync(path.join(building, 'zendesk-macros.json'), zendeskExport(replies));
  writeFileSync(path.join(building, 'manifest.json'), `${JSON.stringify({ ...wanted, bytes }, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(building, dir);
  return { ...paths, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = (await import('node:util')).parseArgs({
    options: { n: { type: 'string', default: '1000' }, seed: { type: 'string' }, dir: { type: 'string' } },
  });
  const corpus = ensureCorpus({ n: Number(values.n), seed: values.seed ? Number(values.seed) : DEFAULT_SEED, root: values.dir ?? DEFAULT_ROOT });
  console.log(`${corpus.dir}: ${values.n} replies, ${corpus.bytes} bytes of Markdown`);
}
