// The bench's corpus generator: the same bytes on every machine, realistic sizes and problem rate,
// the Zendesk export holding the same replies, and a corpus reused only when it is the same one.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureCorpus, generateReply } from '../../scripts/bench/generate.mjs';
import { OFFERS, PROBLEMS } from '../../scripts/bench/phrases.mjs';
import { tempTree, type TempTree } from '../engine/temp-tree.js';

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();

describe('generateReply', () => {
  it('depends only on the seed and the index', () => {
    expect(generateReply(9, 41)).toEqual(generateReply(9, 41));
    expect(generateReply(9, 41).body).not.toBe(generateReply(10, 41).body);
    expect(generateReply(9, 41).body).not.toBe(generateReply(9, 42).body);
  });

  it('writes replies of about 960 bytes with placeholders, of which about one in ten has a problem', () => {
    const replies = Array.from({ length: 1000 }, (_, i) => generateReply(9, i));
    const mean = replies.reduce((sum, reply) => sum + Buffer.byteLength(reply.body), 0) / replies.length;
    // The front matter adds about 45 bytes to the body in the Markdown file.
    expect(mean + 45).toBeGreaterThan(900);
    expect(mean + 45).toBeLessThan(1020);
    expect(replies.every((reply) => reply.body.includes('{{ticket.requester.first_name | default: "'))).toBe(true);
    const texts = PROBLEMS.flatMap((problem) => (problem.text ? [problem.text] : []));
    const withProblem = replies.filter((reply) => texts.some((text) => reply.body.includes(text)) || !OFFERS.some((offer) => reply.body.includes(offer)));
    expect(withProblem.length).toBeGreaterThan(70);
    expect(withProblem.length).toBeLessThan(150);
    expect(new Set(replies.map((reply) => reply.title)).size).toBe(1000);
  });
});

describe('ensureCorpus', () => {
  let tree: TempTree;
  afterEach(() => tree.remove());

  it('writes N Markdown files and one Zendesk export holding the same bodies', () => {
    tree = tempTree({});
    const corpus = ensureCorpus({ n: 25, seed: 3, root: tree.root });
    const files = markdownFiles(corpus.markdownDir);
    expect(files).toHaveLength(25);
    const exported = JSON.parse(readFileSync(corpus.zendeskFile, 'utf8')) as { macros: { title: string; actions: { field: string; value: string }[] }[] };
    expect(exported.macros).toHaveLength(25);
    const bodies = new Set(files.map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '')));
    for (const macro of exported.macros) {
      const comment = macro.actions.find((action) => action.field === 'comment_value');
      expect(bodies.has(comment!.value)).toBe(true);
    }
    expect(corpus.bytes).toBe(files.reduce((sum, file) => sum + statSync(file).size, 0));
  });

  it('reuses a corpus made with the same N and seed, and rebuilds one whose manifest differs', () => {
    tree = tempTree({});
    const first = ensureCorpus({ n: 10, seed: 3, root: tree.root });
    const someFile = markdownFiles(first.markdownDir)[0]!;
    writeFileSync(someFile, 'edited');
    ensureCorpus({ n: 10, seed: 3, root: tree.root });
    expect(readFileSync(someFile, 'utf8')).toBe('edited');

    const manifest = path.join(first.dir, 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), generator: 'older' }));
    ensureCorpus({ n: 10, seed: 3, root: tree.root });
    expect(readFileSync(someFile, 'utf8')).not.toBe('edited');
  });

  it('makes N = 10 the first ten replies of N = 20', () => {
    tree = tempTree({});
    const small = ensureCorpus({ n: 10, seed: 3, root: tree.root });
    const large = ensureCorpus({ n: 20, seed: 3, root: tree.root });
    for (const file of markdownFiles(small.markdownDir)) {
      expect(readFileSync(path.join(large.markdownDir, path.relative(small.markdownDir, file)), 'utf8')).toBe(readFileSync(file, 'utf8'));
    }
  });
});
