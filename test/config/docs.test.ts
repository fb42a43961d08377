// docs/config.md is checked against the code: every config example in it loads, every place
// macrolint searches is listed, and the rules table matches macrolint:recommended.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SEARCH_PLACES } from '../../src/config/index.js';
import { recommendedRules } from '../../src/config/recommended.js';
import { builtinRuleIds } from '../../src/rules/registry.js';
import { installAcme } from '../plugins/helpers.js';
import { load, makeDir, writeFiles } from './helpers.js';

const docs = fs.readFileSync(new URL('../../docs/config.md', import.meta.url), 'utf8');

function codeBlocks(...languages: string[]): string[] {
  const blocks: string[] = [];
  for (const match of docs.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)) {
    if (languages.includes(match[1]!)) blocks.push(match[2]!);
  }
  return blocks;
}

/** What the plugin and rules-folder examples name: the acme fixture plugin, and a no-asap YAML rule. */
function stubCustomRules(dir: string, config: unknown): void {
  const { plugins, rulesDir } = config as { plugins?: unknown; rulesDir?: string };
  if (plugins) installAcme(dir);
  if (rulesDir) writeFiles(dir, { [`${rulesDir}/no-asap.yaml`]: 'message: m\nkind: phrase\npatterns: [asap]\n' });
}

/** Extended files the examples name, created empty so the examples load on their own. */
function stubExtends(dir: string, config: unknown): void {
  const refs = (config as { extends?: string | string[] }).extends ?? [];
  for (const ref of [refs].flat()) {
    if (ref.startsWith('.')) writeFiles(dir, { [ref]: ref.endsWith('.cjs') ? 'module.exports = {};' : '{}' });
  }
}

describe('docs/config.md', () => {
  const examples = [...codeBlocks('json').map((t) => ['json', t]), ...codeBlocks('yaml').map((t) => ['yaml', t])];

  it('has config examples in both JSON and YAML', () => {
    expect(codeBlocks('json').length).toBeGreaterThanOrEqual(5);
    expect(codeBlocks('yaml').length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)('every %s example is a valid config (%#)', async (language, text) => {
    const data: unknown = language === 'json' ? JSON.parse(text) : parseYaml(text);
    const isPackageJson = typeof data === 'object' && data !== null && 'macrolint' in data;
    const root = makeDir();
    const dir = path.join(root, 'project');
    const config = isPackageJson ? (data as { macrolint: unknown }).macrolint : data;
    stubExtends(dir, config);
    stubCustomRules(dir, config);
    writeFiles(dir, { [isPackageJson ? 'package.json' : `.macrolintrc.${language}`]: text });
    const loaded = await load(dir);
    expect(loaded.filePath).not.toBeNull();
  });

  it.each(codeBlocks('js'))('every JS example loads (%#)', async (text) => {
    const name = /^\/\/ (\S+)/.exec(text)![1]!;
    const dir = makeDir({ [name]: text });
    expect((await load(dir)).filePath).toBe(path.join(dir, name));
  });

  it('lists every place the lookup searches', () => {
    for (const place of SEARCH_PLACES) expect(docs).toContain(`\`${place}\``);
  });

  it('has a rules table that matches the built-in rules and macrolint:recommended', () => {
    const rows = [...docs.matchAll(/^\| `([a-z-]+)` +\| `(off|warn|error)` +\|$/gm)].map((m) => [m[1], m[2]]);
    // Rules the recommended config leaves out are listed as `off`.
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(builtinRuleIds.map((id) => [id, recommendedRules[id] ?? 'off'])));
    expect(rows.map(([id]) => id).sort()).toEqual([...builtinRuleIds]);
  });
});
