// --cache through the built CLI. A module-load hook (node --import, set through NODE_OPTIONS)
// records every module the process loads, so "the core was not called" is checked the strongest
// way there is: on a run over unchanged files, the core, the parser and the rules are never imported.
// It runs tsc's unbundled dist/src CLI, where each source module is a file of its own; the bundle
// keeps the same lazy boundaries as separate chunks (scripts/bundle.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot, runCli } from './run-cli.js';

const examples = fileURLToPath(new URL('../../fixtures/examples/', import.meta.url));

let project: string;
let hooks: string;

beforeAll(() => {
  assertBuilt();
  project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-cache-')));
  hooks = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'macrolint-e2e-hooks-')));
  fs.cpSync(examples, path.join(project, 'macros'), { recursive: true });
  fs.writeFileSync(
    path.join(hooks, 'hooks.mjs'),
    `import { appendFileSync } from 'node:fs';
export async function load(url, context, nextLoad) {
  appendFileSync(process.env.MACROLINT_MODULE_LOG, url + '\\n');
  return nextLoad(url, context);
}
`,
  );
  fs.writeFileSync(path.join(hooks, 'register.mjs'), `import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n`);
  fs.writeFileSync(
    path.join(hooks, 'unbundled.mjs'),
    `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(repoRoot, 'dist/src/cli/main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
});
afterAll(() => {
  fs.rmSync(project, { recursive: true, force: true });
  fs.rmSync(hooks, { recursive: true, force: true });
});

let runs = 0;
/** Runs the CLI in the project; returns its outcome and the URLs of the modules it loaded. */
async function run(args: string[]) {
  const log = path.join(hooks, `modules-${++runs}.log`);
  const outcome = await runCli(args, {
    cwd: project,
    entry: path.join(hooks, 'unbundled.mjs'),
    env: { MACROLINT_MODULE_LOG: log, NODE_OPTIONS: `--import=${pathToFileURL(path.join(hooks, 'register.mjs')).href}` },
  });
  const modules = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : [];
  return { ...outcome, modules };
}

const loadedCore = (modules: string[]): boolean => modules.some((url) => url.endsWith('/dist/src/core/lint-text.js'));
const loadedRules = (modules: string[]): boolean => modules.some((url) => /\/dist\/rules\/[^/]+\/index\.js$/.test(url));
// The format adapters and the parsers behind them (a simple reply may never need remark-parse).
const loadedParser = (modules: string[]): boolean =>
  modules.some((url) => /\/dist\/src\/formats\/(read-units|markdown|markdown-fast|html)\.js$|\/node_modules\/(remark-parse|rehype-parse)\//.test(url));

describe('--cache', () => {
  it('a second run over unchanged files loads neither the core, the parser nor any rule, and reports the same', async () => {
    const cold = await run(['--cache', '-f', 'json', 'macros']);
    expect(cold.stderr).toBe('');
    expect(cold.code).toBe(1);
    expect([loadedCore(cold.modules), loadedRules(cold.modules), loadedParser(cold.modules)]).toEqual([true, true, true]);
    expect(fs.existsSync(path.join(project, '.macrolintcache'))).toBe(true);

    const warm = await run(['--cache', '-f', 'json', 'macros']);
    expect(warm.modules.length).toBeGreaterThan(0); // the hook did run
    expect([loadedCore(warm.modules), loadedRules(warm.modules), loadedParser(warm.modules)]).toEqual([false, false, false]);
    expect({ code: warm.code, stdout: warm.stdout, stderr: warm.stderr }).toEqual({ code: cold.code, stdout: cold.stdout, stderr: cold.stderr });
  });

  it('relints a changed file (loading the core then), and serves the rest', async () => {
    const before = JSON.parse((await run(['--cache', '-f', 'json', 'macros'])).stdout) as Array<{ filePath: string; messages: unknown[] }>;
    const changed = before.find((r) => r.messages.length > 0)!.filePath;
    fs.writeFileSync(changed, 'Hi {{ticket.requester.first_name}},\n\nThanks for writing in. Your refund is on its way. Reply here if you need anything else.\n');
    const after = await run(['--cache', '-f', 'json', 'macros']);
    expect(loadedCore(after.modules)).toBe(true);
    const results = JSON.parse(after.stdout) as Array<{ filePath: string; messages: unknown[] }>;
    expect(results.map((r) => r.filePath)).toEqual(before.map((r) => r.filePath));
    for (const [i, result] of results.entries()) {
      if (result.filePath === changed) expect(result.messages).not.toEqual(before[i]!.messages);
      else expect(result).toEqual(before[i]);
    }
  });

  it('with a format that shows rule metadata (sarif), loads the rules but not the core, and reports the same', async () => {
    const fresh = await run(['-f', 'sarif', 'macros']);
    await run(['--cache', 'macros']);
    const warm = await run(['--cache', '-f', 'sarif', 'macros']);
    expect([loadedCore(warm.modules), loadedRules(warm.modules)]).toEqual([false, true]);
    expect(warm.stdout).toBe(fresh.stdout);
    expect(JSON.parse(warm.stdout).runs[0].tool.driver.rules.length).toBeGreaterThan(0);
  });

  it('--cache-location <dir>/ keeps the cache there; a corrupt cache is relinted without a word', async () => {
    const fresh = await run(['macros']);
    const first = await run(['--cache', '--cache-location', 'caches/', 'macros']);
    const [name] = fs.readdirSync(path.join(project, 'caches'));
    expect(name).toMatch(/^\.cache_[0-9a-f]{16}$/);
    fs.writeFileSync(path.join(project, 'caches', name!), '{"macrolint": "0.1.0", "files": {"trunc');
    const second = await run(['--cache', '--cache-location', 'caches/', 'macros']);
    expect(loadedCore(second.modules)).toBe(true);
    for (const outcome of [first, second]) expect({ code: outcome.code, stdout: outcome.stdout, stderr: outcome.stderr }).toEqual({ code: fresh.code, stdout: fresh.stdout, stderr: '' });
    expect(() => JSON.parse(fs.readFileSync(path.join(project, 'caches', name!), 'utf8'))).not.toThrow();
  });

  it('the cache file is never linted: a walk of the whole project leaves it out', async () => {
    await run(['--cache', '-f', 'json']);
    const again = await run(['--cache', '-f', 'json']);
    const paths = (JSON.parse(again.stdout) as Array<{ filePath: string }>).map((r) => path.relative(project, r.filePath));
    expect(paths.every((p) => p.startsWith('macros'))).toBe(true);
  });
});
