#!/usr/bin/env node
// The read floor: what a run costs when it does nothing but read every file and run one regex of
// the bench's 30 phrases over it. No linter can go below this; a warm --cache run should come close.
//
//   node scripts/bench/read-floor.mjs <dir>
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The same 30 phrases textlint + prh checks, from the same file, so both do comparable work.
const prhRules = readFileSync(new URL('textlint/prh.yml', import.meta.url), 'utf8');
const phrases = [...prhRules.matchAll(/^\s*pattern: \/(.+)\/i$/gm)].map((match) => match[1]);
const tone = new RegExp(phrases.join('|'), 'gi');

const dir = process.argv[2];
let files = 0;
let matches = 0;
for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
  const text = readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
  matches += text.match(tone)?.length ?? 0;
  files++;
}
// Printed so the runner can check the floor really read the corpus.
console.log(JSON.stringify({ files, matches, phrases: phrases.length }));
