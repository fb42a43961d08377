#!/usr/bin/env node
// The parser floor: read every file and run remark-parse on it, nothing else, on the same number
// of threads macrolint uses for that many files (run.mjs passes workerCountFor(N)). Parsing is
// most of a lint's cost, so this is the budget macrolint is measured against.
//
//   node scripts/bench/parser-floor.mjs <dir> [threads]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

function parseAll(files) {
  const processor = unified().use(remarkParse);
  let nodes = 0;
  for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
  return nodes;
}

if (isMainThread) {
  const [dir, threadArg = '1'] = process.argv.slice(2);
  const threads = Math.max(1, Number(threadArg));
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
  let nodes;
  if (threads === 1) {
    nodes = parseAll(files);
  } else {
    // Every thread-th file, so each thread gets the same mix of sizes.
    const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
    const counts = await Promise.all(
      shares.map(
        (share) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: share });
            worker.once('message', resolve).once('error', reject);
          }),
      ),
    );
    nodes = counts.reduce((sum, count) => sum + count, 0);
  }
  // Printed so the runner can check the floor really parsed the corpus.
  console.log(JSON.stringify({ files: files.length, threads, nodes }));
} else {
  parentPort.postMessage(parseAll(workerData));
}
