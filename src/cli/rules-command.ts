// `macrolint rules [id]`: without an id, the rule list (as --list-rules); with one, that rule's
// documentation in the terminal. A built-in rule's page is its README (shipped in the package
// next to dist/); plugin and YAML rules have none, so their page is built from what they declare.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Chalk } from 'chalk';
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { didYouMean } from '../config/suggest.js';
import type { LoadConfigOptions } from '../engine/deps.js';
import { escapeControlChars, escapeJsonUnsafe } from '../formatters/escape.js';
import { loadFormatter } from '../formatters/index.js';
import type { YamlRule } from '../rules/yaml/index.js';
import type { RuleModule } from '../types.js';
import { shouldUseColor } from './color.js';
import type { CliDeps } from './deps.js';
import { EXIT_OK, UsageError } from './errors.js';
import type { CliIO } from './io.js';
import { listRules, ruleRow, type RuleRow } from './list-rules.js';
import type { CliOptions } from './program.js';
import { renderMarkdown, renderTree } from './terminal-markdown.js';

interface FoundRule {
  row: RuleRow;
  rule: RuleModule;
  yaml?: YamlRule;
}

/**
 * Where a built-in rule's README is: `rules/<id>/README.md` under the installed package's root
 * (package.json "files"), found by resolving the package's own name, so it works from src/ (tests),
 * dist/ and node_modules alike, whatever the working directory.
 */
export function builtinReadmePath(id: string): string | undefined {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve('macrolint/package.json'));
    return path.join(root, 'rules', id, 'README.md');
  } catch {
    return undefined;
  }
}

async function findRule(id: string, deps: Pick<CliDeps, 'loadAllRules' | 'loadConfig'>, configOptions: LoadConfigOptions): Promise<FoundRule> {
  const [builtin, config] = await Promise.all([deps.loadAllRules(), deps.loadConfig(configOptions)]);
  const builtinRule = builtin.get(id);
  if (builtinRule) return { row: ruleRow(id, builtinRule, 'built-in'), rule: builtinRule };
  const custom = config.customRules.get(id);
  const yaml = config.yamlRules.find((r) => r.id === id);
  if (custom) return { row: ruleRow(id, custom, yaml ? 'yaml' : 'plugin'), rule: custom, ...(yaml ? { yaml } : {}) };
  const ids = [...builtin.keys(), ...config.customRules.keys()];
  throw new UsageError(`Unknown rule "${id}"${didYouMean(id, ids)}. Run "macrolint rules" to list the rules.`);
}

/** `no-blame · tone · built-in · recommended: error · fixable: no · suggestions: yes` */
function headerLine({ row, rule }: FoundRule, color: boolean): string {
  const chalk = new Chalk({ level: color ? 1 : 0 });
  return [
    chalk.bold(escapeControlChars(row.id)),
    escapeControlChars(row.type),
    row.source,
    `recommended: ${row.recommended}`,
    `fixable: ${rule.meta.fixable ? 'yes' : 'no'}`,
    `suggestions: ${rule.meta.hasSuggestions ? 'yes' : 'no'}`,
  ].join(' · ');
}

const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
const text = (value: string): Text => ({ type: 'text', value });

/** The page of a rule without a README: its description, docs link, and for a YAML rule its file and examples. */
function declaredPage({ row, yaml }: FoundRule): Root {
  const children: RootContent[] = row.description === '' ? [] : [paragraph(text(row.description))];
  // A YAML rule's url is its own file, shown below as a path.
  if (row.url && !yaml) children.push(paragraph(text('Docs: '), { type: 'link', url: row.url, children: [text(row.url)] }));
  if (yaml) {
    children.push(paragraph(text('Defined in '), { type: 'inlineCode', value: yaml.filePath }));
    children.push(paragraph(text('Message: '), text(yaml.spec.message)));
    for (const kind of ['incorrect', 'correct'] as const) {
      const examples = yaml.spec.examples[kind];
      if (examples.length === 0) continue;
      children.push({ type: 'heading', depth: 2, children: [text(kind === 'incorrect' ? 'Incorrect' : 'Correct')] });
      children.push(...examples.map((value): RootContent => ({ type: 'code', value })));
    }
  }
  return { type: 'root', children };
}

async function page(found: FoundRule, color: boolean, io: CliIO): Promise<string> {
  if (found.row.source === 'built-in') {
    const readme = builtinReadmePath(found.row.id);
    const markdown = readme ? await readFile(readme, 'utf8').catch(() => undefined) : undefined;
    if (markdown !== undefined) return renderMarkdown(markdown, { color });
    io.stderr.write(`macrolint: the documentation of ${found.row.id} is not installed (${readme ?? 'package root not found'}); showing its description.\n`);
  }
  return renderTree(declaredPage(found), { color });
}

function asJson({ row, rule, yaml }: FoundRule): string {
  const readme = row.source === 'built-in' ? builtinReadmePath(row.id) : undefined;
  const data = {
    ...row,
    fixable: rule.meta.fixable !== undefined,
    hasSuggestions: rule.meta.hasSuggestions === true,
    ...(readme ? { readme } : {}),
    ...(yaml ? { filePath: yaml.filePath, message: yaml.spec.message, examples: yaml.spec.examples } : {}),
  };
  return `${escapeJsonUnsafe(JSON.stringify(data, null, 2))}\n`;
}

export async function rulesCommand(
  id: string | undefined,
  options: CliOptions,
  configOptions: LoadConfigOptions,
  io: CliIO,
  deps: Pick<CliDeps, 'loadAllRules' | 'loadConfig'>,
): Promise<number> {
  await loadFormatter(options.format, { cwd: io.cwd }); // Rejects unknown names as a lint run does.
  if (id === undefined) return listRules(options.format, configOptions, io, deps);
  const found = await findRule(id, deps, configOptions);
  if (options.format === 'json') {
    io.stdout.write(asJson(found));
    return EXIT_OK;
  }
  const color = shouldUseColor(options.color, io.env, io.isTTY);
  io.stdout.write(`${headerLine(found, color)}\n\n${await page(found, color, io)}`);
  return EXIT_OK;
}
