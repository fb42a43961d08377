// CI's check that `npm run bench` still works (issue 9): the whole bench at N = 1,000, one run,
// into a temporary folder. It asserts that every tool produced a number and that the table, the
// JSON and the chart were written, never how fast anything was: CI machines vary too much.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot } from '../e2e/run-cli.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';

interface BenchJson {
  sizes: number[];
  tools: { id: string; label: string }[];
  results: Record<string, Record<string, { seconds: number | null; rssMb: number | null; runs: number }>>;
  targets: { name: string; status: string }[];
}

let tree: TempTree;
let run: { code: number | null; stdout: string; stderr: string };

beforeAll(async () => {
  assertBuilt();
  tree = tempTree({});
  run = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/run.mjs', '--smoke', '--dir', tree.path('corpus'), '--out', tree.path('out')], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject).on('close', (code) => resolve({ code, stdout, stderr }));
  });
}, 180_000);
afterAll(() => tree?.remove());

describe('npm run bench --smoke', () => {
  it('finishes and measures every tool at N = 1,000', () => {
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(tree.path('out', 'results.json'), 'utf8')) as BenchJson;
    expect(json.sizes).toEqual([1000]);
    expect(json.tools.map((tool) => tool.id)).toEqual(['macrolint', 'macrolint-zendesk', 'macrolint-cache', 'textlint', 'parser-floor', 'read-floor', 'node']);
    for (const tool of json.tools) {
      const measured = json.results[tool.id]?.['1000'];
      expect(measured?.seconds, tool.id).toBeGreaterThan(0);
      expect(measured?.runs, tool.id).toBe(1);
      if (existsSync('/usr/bin/time')) expect(measured?.rssMb, tool.id).toBeGreaterThan(0);
    }
    expect(json.targets).toHaveLength(8);
  });

  it('writes the Markdown table, the target lines and the chart, and prints the table', () => {
    const markdown = readFileSync(tree.path('out', 'results.md'), 'utf8');
    expect(markdown).toContain('| N | Tool | Median s | CPU s | x parser floor | textlint / this | Files/s | Peak RSS MB |');
    expect(markdown).toMatch(/^\| 1,000 \| textlint \+ prh \| [\d.]+ \|/m);
    expect(markdown).toMatch(/^- \*\*(PASS|FAIL|n\/a)\*\* 1,000 files, cold: at most 1.3x the parser floor/m);
    const svg = readFileSync(tree.path('out', 'chart.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(7);
    expect(run.stdout).toMatch(/^1,000 +macrolint +[\d.]+ /m);
  });
});
