// A rules folder: every `*.yaml` / `*.yml` file in it (not in subfolders) is one rule. Files are
// read in name order so that, of two files claiming one id, the same one is always reported.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../config/errors.js';
import { isBuiltinRule } from '../registry.js';
import type { RuleModule } from '../../types.js';
import { buildRule } from './build-rule.js';
import { readRuleFile } from './read-spec.js';
import type { YamlRuleSpec } from './spec.js';

export interface YamlRule {
  id: string;
  filePath: string;
  spec: YamlRuleSpec;
  module: RuleModule;
}

const RULE_FILE = /^[^.].*\.ya?ml$/i;

/** A rule file that can't be read (permissions, a link to a folder) is a config error, not a crash. */
async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(`Cannot read rule file ${filePath}: ${reason}.`, { filePath, cause: error });
  }
}

/** Why `dir` can't be a rules folder, or undefined. */
export async function whyNotRulesDir(dir: string): Promise<string | undefined> {
  const stats = await stat(dir).catch(() => undefined);
  if (!stats) return 'no such folder';
  return stats.isDirectory() ? undefined : 'it is not a folder';
}

/**
 * Reads, checks and builds every rule in `dir`. `taken` says whether an id is already used
 * elsewhere (another rules folder of the same config), and by what.
 */
export async function loadRulesDir(dir: string, taken: (id: string) => string | undefined = () => undefined): Promise<YamlRule[]> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => (entry.isFile() || entry.isSymbolicLink()) && RULE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const rules: YamlRule[] = [];
  const byId = new Map<string, string>();
  for (const name of names) {
    const filePath = path.join(dir, name);
    const text = (await readText(filePath)).replace(/^\uFEFF/, '');
    const { spec, failAtId } = readRuleFile(filePath, text);
    if (isBuiltinRule(spec.id)) failAtId(`"${spec.id}" is the id of a built-in rule: give this rule another id`);
    const other = byId.get(spec.id) ?? taken(spec.id);
    if (other) failAtId(`"${spec.id}" is already the id of the rule in ${other}: every rule needs its own id`);
    byId.set(spec.id, filePath);
    rules.push({ id: spec.id, filePath, spec, module: buildRule(spec) });
  }
  return rules;
}
