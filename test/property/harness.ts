// What the property tests share: the recommended rules loaded once, linting and fixing a
// generated file through the engine's own per-file path (decode, strip the BOM, core, fix
// passes), and independent oracles for positions and for the text a message quotes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isScalar, parseDocument, visit } from 'yaml';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { lintText } from '../../src/core/lint-text.js';
import { readUnits } from '../../src/formats/read-units.js';
import { decodeWithBom, enabledRuleIds, lintOrFix, loadEnabledRules } from '../../src/engine/lint-one.js';
import { loadRules } from '../../src/rules/registry.js';
import type { Diagnostic, FileResult, ResolvedConfig, RuleModule } from '../../src/types.js';
import { FORMATS, type GeneratedFile } from './arbitraries.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** fast-check runs per property: at least 1,000 (the floor for CI); more with MACROLINT_PROPERTY_RUNS. */
export const NUM_RUNS = Math.max(1000, Number(process.env.MACROLINT_PROPERTY_RUNS) || 0);

export interface Linter {
  rules: ReadonlyMap<string, RuleModule>;
  lint(file: Pick<GeneratedFile, 'fileName' | 'text'>): FileResult;
  /** `--fix` without the disk: fix passes on the decoded text; `output` is the fixed file (BOM restored). */
  fix(file: Pick<GeneratedFile, 'fileName' | 'text'>): FileResult;
  configFor(fileName: string): ResolvedConfig;
  /** Drops the results remembered so far. */
  forget(): void;
}

/**
 * `macrolint:recommended`, as a run without a config file gets it, for every generated format.
 * The core is pure, so its results are remembered by file and text: the fix properties run on
 * the same generated files as the lint properties (same seed), and re-lint the fixed text,
 * without paying for the parse again. Fixing itself is never remembered.
 */
export async function recommendedLinter(): Promise<Linter> {
  const loaded = await loadConfig({ cwd: repoRoot, useConfigLookup: false });
  const configs = new Map(FORMATS.map((format) => [format, loaded.forFile(path.join(repoRoot, `file.${format}`))]));
  const rules = await loadEnabledRules(enabledRuleIds(configs.values()), loaded, { loadRules });
  const configFor = (fileName: string): ResolvedConfig => loaded.forFile(path.join(repoRoot, fileName));
  const remembered = new Map<string, FileResult>();
  // Results are plain data that nothing here mutates, so they are shared, not copied.
  const core: typeof lintText = (text, options) => {
    const key = `${options.filePath}\0${text}`;
    let result = remembered.get(key);
    if (!result) remembered.set(key, (result = lintText(text, options)));
    return result;
  };
  const run = (file: Pick<GeneratedFile, 'fileName' | 'text'>, fix: boolean): FileResult =>
    lintOrFix(decodeWithBom(file.text), path.join(repoRoot, file.fileName), configFor(file.fileName), rules, { lintText: core }, { fix });
  return { rules, configFor, lint: (file) => run(file, false), fix: (file) => run(file, true), forget: () => remembered.clear() };
}

/** A fresh random seed, shared by the properties that should see the same generated files. */
export function freshSeed(): number {
  return (Date.now() ^ Math.floor(Math.random() * 0x7fffffff)) | 0;
}

/** The text the core sees: the file without its BOM. */
export function withoutBom(text: string): string {
  return decodeWithBom(text).text;
}

/** The generators' own promise: JSON and YAML files are valid, so a fatal diagnostic is a bug. */
export function expectValidData(file: GeneratedFile): void {
  const text = withoutBom(file.text);
  if (file.format === 'json') JSON.parse(text);
  if (file.format === 'yaml') expect(parseDocument(text, { uniqueKeys: false }).errors.map((e) => e.message)).toEqual([]);
}

/** 1-based line and column of an offset, computed afresh: lines end at \r\n, \n or a lone \r. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Fatal problems macrolint reports on purpose for a valid file: it refuses to lint absurd nesting. */
const DELIBERATE_FATALS = [/^Lists and block quotes are nested more than \d+ levels deep/];

/**
 * Fatal diagnostics a valid file must never get: a rule that crashed (the core turns a throwing
 * rule into a fatal diagnostic) or a file read as invalid.
 */
export function unexpectedFatals(result: FileResult): Diagnostic[] {
  return result.messages.filter((m) => m.fatal && !DELIBERATE_FATALS.some((reason) => reason.test(m.message)));
}

// ---------------------------------------------------------------------------------------------
// What a message names
// ---------------------------------------------------------------------------------------------

/**
 * Quoted values that are not the text at the diagnostic's range: what to write instead ("Add
 * "{{close}}"", "Did you mean "{{suggestion}}"?"), and thank-the-customer's sign-off, quoted from
 * the end of the reply while the report sits at its opening, where the thanks belongs.
 */
const NOT_AT_RANGE: ReadonlySet<string> = new Set(['close', 'suggestion', 'signoff']);

/**
 * Messages (rule/messageId) that quote the source from the range's start on, as context: an
 * unclosed HTML tag or attribute quote has no end, so the range marks where it begins ("<a")
 * while the message shows what follows (`<a href="{{x">Thanks…`).
 */
const FROM_RANGE_START: ReadonlySet<string> = new Set(['template-syntax/unclosedTag', 'template-syntax/unclosedTagBeforeTag', 'template-syntax/unclosedQuote']);

export interface QuotedValue {
  key: string;
  value: string;
  /** The value is the source from the range's start on (FROM_RANGE_START). */
  fromRangeStart: boolean;
}

/**
 * The values a message quotes from the text: those it interpolated between quotes
 * ("{{phrase}}", “{{text}}”) except advice, recovered by matching the message against its rule's
 * message template. Structure rules may append ` (in the branch …)`.
 */
export function quotedValues(diagnostic: Diagnostic, rules: ReadonlyMap<string, RuleModule>): QuotedValue[] {
  if (!diagnostic.ruleId || !diagnostic.messageId) return [];
  const template = rules.get(diagnostic.ruleId)?.meta.messages[diagnostic.messageId];
  if (template === undefined) return [];
  const { pattern, keys } = messagePattern(template);
  const match = pattern.exec(diagnostic.message);
  if (!match) throw new Error(`The message of ${diagnostic.ruleId}/${diagnostic.messageId} does not fit its template: ${JSON.stringify(diagnostic.message)}`);
  const fromRangeStart = FROM_RANGE_START.has(`${diagnostic.ruleId}/${diagnostic.messageId}`);
  return keys.flatMap(({ key, quoted }, i) => (quoted ? [{ key, value: match[i + 1]!, fromRangeStart }] : []));
}

const messagePatterns = new Map<string, { pattern: RegExp; keys: Array<{ key: string; quoted: boolean }> }>();

/** A message template as a pattern that captures each interpolated value. */
function messagePattern(template: string): { pattern: RegExp; keys: Array<{ key: string; quoted: boolean }> } {
  const known = messagePatterns.get(template);
  if (known) return known;
  const parts = template.split(/(\{\{\s*[\w-]+\s*\}\})/);
  const keys: Array<{ key: string; quoted: boolean }> = [];
  let source = '';
  parts.forEach((part, i) => {
    if (i % 2 === 0) {
      source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return;
    }
    const before = parts[i - 1]!;
    const after = parts[i + 1]!;
    const key = part.replace(/[{}\s]/g, '');
    const quoted = (before.endsWith('"') && after.startsWith('"')) || (before.endsWith('“') && after.startsWith('”'));
    keys.push({ key, quoted: quoted && !NOT_AT_RANGE.has(key) });
    source += '([\\s\\S]*?)';
  });
  const compiled = { pattern: new RegExp(`^${source}(?: \\(in [\\s\\S]*\\))?$`), keys };
  messagePatterns.set(template, compiled);
  return compiled;
}

/** The words of a text, compared case-insensitively: runs of letters, marks and digits. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', mdash: '—', hellip: '…' };

/** Character references the generators write, decoded (numeric ones of any value). */
function decodeEntities(text: string, legacy: boolean): string {
  return text.replace(legacy ? /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi : /&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

interface ScalarSource {
  type: string;
  start: number;
  end: number;
}

/** Every scalar of a YAML file: its style and where its source starts and ends. */
function yamlScalars(text: string): ScalarSource[] {
  const found: ScalarSource[] = [];
  visit(parseDocument(text, { keepSourceTokens: true, uniqueKeys: false }), {
    Scalar(_key, node) {
      if (node.range && isScalar(node)) found.push({ type: String(node.type), start: node.range[0], end: node.range[1] });
    },
  });
  return found;
}

/**
 * Reads the slice of the file a diagnostic covers, in two views. `source`: decoded from the
 * file's encoding (JSON escapes through JSON.parse of the slice as a string literal; YAML
 * double-quoted escapes, single-quoted ''), i.e. the template body's own text. `rendered`: that
 * text with its markup rendered (HTML tags and comments dropped, character references decoded).
 */
export function sliceReader(file: GeneratedFile, text: string, config: ResolvedConfig): (diagnostic: Diagnostic) => { source: string; rendered: string } {
  const units = readUnits(text, file.fileName, config.format).units;
  const scalars = file.format === 'yaml' ? yamlScalars(text) : [];
  return (diagnostic) => {
    let slice = text.slice(diagnostic.offset, diagnostic.endOffset);
    if (file.format === 'json') slice = JSON.parse(`"${slice}"`) as string;
    const scalar = scalars.find((s) => s.start <= diagnostic.offset && diagnostic.offset <= s.end);
    if (scalar?.type === 'QUOTE_DOUBLE') slice = (parseDocument(`"${slice}"`).toJS() as string | null) ?? '';
    else if (scalar?.type === 'QUOTE_SINGLE') slice = slice.replace(/''/g, "'");
    // The body kind of the template that holds the offset (a collection's units may differ).
    const unit = units.find((u) => u.map.toFile(0) <= diagnostic.offset && diagnostic.offset <= u.map.toFile(u.body.length));
    const kind = unit?.kind ?? 'markdown';
    if (kind === 'html') return { source: slice, rendered: renderHtml(slice) };
    if (kind === 'markdown') return { source: slice, rendered: renderMarkdown(slice) };
    return { source: slice, rendered: slice };
  };
}

const INLINE_TAGS = /^(?:a|b|strong|em|i|span|code|u|s|small|mark|abbr|sub|sup)$/i;

/** HTML as it reads: inline tags vanish (`<b>x</b>y` reads "xy"), other tags and comments break words. */
function renderHtml(html: string): string {
  const withoutTags = html.replace(/<!--[\s\S]*?-->|<\/?([A-Za-z][^\s/>]*)?[^>]*>/g, (_tag, name?: string) => (name && INLINE_TAGS.test(name) ? '' : ' '));
  return decodeEntities(withoutTags, true);
}

/** Markdown as it reads: link destinations, emphasis and code marks, escapes and inline HTML gone. */
function renderMarkdown(markdown: string): string {
  const inline = markdown
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '')
    .replace(/<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?\/?>/g, (_tag, name: string) => (INLINE_TAGS.test(name) ? '' : ' '))
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[[\]*`~]/g, '');
  return decodeEntities(inline, false);
}

/** `needle` occurs in `haystack` in order (not necessarily next to each other). */
export function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let at = 0;
  for (const word of haystack) if (at < needle.length && word === needle[at]) at++;
  return at === needle.length;
}

/** How often `needle` occurs in `text` (overlapping occurrences counted). */
export function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count++;
  return count;
}
