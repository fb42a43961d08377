// docs/plugins.md's worked example, run as written: its files go into a temp project (the
// plugin into node_modules/, macrolint itself linked as a package so `macrolint/testing`
// resolves), the plugin's RuleTester test runs with plain Node, and the documented command must
// print exactly the documented output.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot, runCli } from './run-cli.js';

const docs = fs.readFileSync(path.join(repoRoot, 'docs/plugins.md'), 'utf8');

/** `<!-- marker -->` followed by a fenced block: [marker, code] pairs, in order. */
function markedBlocks(): Array<[string, string]> {
  return [...docs.matchAll(/^<!-- (.+?) -->\n```\w*\n([\s\S]*?)^```$/gm)].map((m) => [m[1]!, m[2]!]);
}

let project: string;

beforeAll(() => {
  assertBuilt();
  project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-docs-plugin-')));
  for (const [marker, code] of markedBlocks()) {
    const file = /^file: (.+)$/.exec(marker)?.[1];
    if (!file) continue;
    fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    fs.writeFileSync(path.join(project, file), code);
  }
  fs.symlinkSync(repoRoot, path.join(project, 'node_modules/macrolint'), 'dir');
});

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('docs/plugins.md worked example', () => {
  it('has the plugin package, its test, a config, a template, a command and its output', () => {
    expect(markedBlocks().map(([marker]) => marker)).toEqual([
      'file: node_modules/macrolint-plugin-brand/package.json',
      'file: node_modules/macrolint-plugin-brand/index.js',
      'file: node_modules/macrolint-plugin-brand/test.js',
      'file: .macrolintrc.yaml',
      'file: macros/welcome.md',
      'run',
      'output',
    ]);
  });

  it('the plugin’s RuleTester test passes under plain Node', () => {
    const run = spawnSync(process.execPath, ['node_modules/macrolint-plugin-brand/test.js'], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('the documented command prints the documented output', async () => {
    const blocks = new Map(markedBlocks());
    const args = blocks.get('run')!.trim().replace(/^npx macrolint\s*/, '').split(/\s+/);
    const run = await runCli(args, { cwd: project });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(blocks.get('output'));
    expect(run.code).toBe(0);
  });
});
