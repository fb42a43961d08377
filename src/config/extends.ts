// Turns a config file and everything it extends into one ordered list of layers. The order is
// ESLint's: each extended config (its rules, then its overrides) in the order listed, then the
// file's own rules, then its own overrides. A later layer wins, so a file's own rules beat what
// it extends, and an override in a base config is beaten by the extending file's plain rules.
import path from 'node:path';
import { fileOrigin, invalid, type Origin } from './errors.js';
import { whyUnreadable, type ConfigReader } from './load.js';
import { compileFilesMatcher, type PathMatcher } from './match.js';
import { recommendedRules } from './recommended.js';
import { checkConfig, type ExtendsRef } from './validate.js';
import { checkRuleOptions, type RuleMetaLookup } from './validate-options.js';
import { checkRules, type RuleTable } from './validate-rules.js';

export const RECOMMENDED = 'macrolint:recommended';

export interface Layer {
  /** Absent for a config's top-level rules, which apply to every file. */
  matches?: PathMatcher;
  rules: RuleTable;
}

export interface ConfigTree {
  layers: Layer[];
  /** All `ignores`, extended ones first; every pattern is relative to the root config's directory. */
  ignores: string[];
}

export interface TreeContext {
  reader: ConfigReader;
  getRuleMeta: RuleMetaLookup;
}

export function recommendedTree(): ConfigTree {
  const origin: Origin = { label: `built-in config "${RECOMMENDED}"` };
  return { layers: [{ rules: checkRules(recommendedRules, 'rules', origin) }], ignores: [] };
}

/** `chain` holds the files that extend this one, outermost first, to detect cycles. */
export async function buildTree(filePath: string, raw: unknown, context: TreeContext, chain: string[] = []): Promise<ConfigTree> {
  const origin = fileOrigin(filePath);
  const config = checkConfig(raw, origin);
  const ownTables = [config.rules, ...config.overrides.map((o) => o.rules)];
  await checkRuleOptions(ownTables, origin, context.getRuleMeta);

  const trees: ConfigTree[] = [];
  for (const ref of config.extends) {
    trees.push(await resolveExtends(ref, [...chain, filePath], context));
  }
  const ownLayers: Layer[] = [
    { rules: config.rules },
    ...config.overrides.map((o) => ({ matches: compileFilesMatcher(o.files), rules: o.rules })),
  ];
  trees.push({ layers: ownLayers, ignores: config.ignores });
  return {
    layers: trees.flatMap((t) => t.layers),
    ignores: trees.flatMap((t) => t.ignores),
  };
}

async function resolveExtends({ ref, keyPath }: ExtendsRef, chain: string[], context: TreeContext): Promise<ConfigTree> {
  const from = chain.at(-1)!;
  const origin = fileOrigin(from);
  if (ref === RECOMMENDED) return recommendedTree();
  if (ref.startsWith('macrolint:')) {
    throw invalid(origin, keyPath, `"${ref}" is not a built-in config (the only one is "${RECOMMENDED}")`);
  }
  if (!isPathReference(ref)) {
    throw invalid(origin, keyPath, `cannot extend "${ref}": use "${RECOMMENDED}" or a path that starts with "./", "../" or "/"`);
  }
  const target = path.resolve(path.dirname(from), ref);
  if (chain.includes(target)) {
    throw invalid(origin, keyPath, `circular extends: ${[...chain, target].join(' -> ')}`);
  }
  const reason = await whyUnreadable(target);
  if (reason) throw invalid(origin, keyPath, `cannot read "${ref}" (${target}): ${reason}`);
  const found = await context.reader.read(target);
  return buildTree(found.filePath, found.config, context, chain);
}

function isPathReference(ref: string): boolean {
  return /^\.{1,2}[\\/]/.test(ref) || path.isAbsolute(ref);
}
