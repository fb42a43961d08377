// A self-contained HTML report for people who do not read terminals (a support lead reviewing a
// macro library): one file, inline CSS, no scripts, no external assets, readable offline and as
// an e-mail attachment. A Content-Security-Policy meta tag forbids scripts and remote loads, as
// a second line of defence behind the escaping.
//
// Contents: totals, a bar chart of problems per rule (CSS bars), then one section per file and
// per template with a score, and each problem with its position, severity, rule (linked to the
// rule's docs when rulesMeta has a URL), message and, when the CLI passed the file's text in
// `context.sources`, the offending line with the problem marked.
//
// Template score: 100 − 10 × errors − 3 × warnings, floored at 0. A rough "how much attention does
// this macro need" number for sorting a review, not a quality grade; fatal problems count as
// errors. Problems of no particular template count towards the file only.
//
// Purity: no clock, no environment. The report carries no date (a date belongs to whoever
// archives it), so the same results always give the same bytes.
//
// Every string from linted files, configs or plugins (paths, template names, messages, rule ids,
// descriptions) goes through `text()`: ANSI sequences and other control characters are removed,
// then `& < > " '` become entities. Links are only emitted for http(s) URLs.
import type { Diagnostic, FileResult, RuleMeta } from '../types.js';
import { displayPath, plural } from './common.js';
import type { Formatter, FormatterContext } from './types.js';

const ANSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|\u001b[\]P^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/gu;
// C0 (but tab and newline), DEL, C1, bidi embedding/override/isolate marks, line/paragraph separators.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

// Noncharacters and lone surrogates: an HTML parser reports them as errors in the input stream.
const NOT_TEXT = /[\p{Noncharacter_Code_Point}\ud800-\udfff]/gu;

/** Removes terminal escapes and control characters; CRs become line breaks; noncharacters U+FFFD. */
export function stripControl(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(ANSI_SEQUENCE, '').replace(CONTROL, '').replace(NOT_TEXT, '\ufffd');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attribute values. */
export function text(value: string): string {
  return stripControl(value).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}



/** 100 − 10 × errors − 3 × warnings, floored at 0. */
export function templateScore(errors: number, warnings: number): number {
  return Math.max(0, 100 - 10 * errors - 3 * warnings);
}

function scoreClass(score: number): string {
  return score >= 90 ? 'good' : score >= 60 ? 'fair' : 'poor';
}

function count(messages: Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const message of messages) if (message.severity === 2) errors++;
  return { errors, warnings: messages.length - errors };
}

function ruleCell(ruleId: string | null, fatal: boolean, rulesMeta: Record<string, RuleMeta>): string {
  if (!ruleId) return fatal ? '<span class="muted">fatal</span>' : '<span class="muted">&mdash;</span>';
  const url = httpUrl(Object.hasOwn(rulesMeta, ruleId) ? rulesMeta[ruleId]!.docs?.url : undefined);
  return url ? `<a href="${text(url)}">${text(ruleId)}</a>` : `<code>${text(ruleId)}</code>`;
}

const MAX_CONTEXT = 240;

/** The offending line, with the problem's columns on that line marked; undefined without the text. */
function contextLine(message: Diagnostic, source: string | undefined): string | undefined {
  if (source === undefined || !(message.line >= 1)) return undefined;
  const line = source.split(/\r\n|\r|\n/)[message.line - 1];
  if (line === undefined) return undefined;
  const start = Math.min(Math.max(0, (message.column || 1) - 1), line.length);
  const end = message.endLine === message.line ? Math.min(Math.max(start, (message.endColumn || 1) - 1), line.length) : line.length;
  // Long lines (a JSON pack on one line) are cut around the problem.
  const from = Math.max(0, Math.min(start - 80, line.length - MAX_CONTEXT));
  const to = Math.min(line.length, Math.max(end, from + MAX_CONTEXT));
  const before = (from > 0 ? '\u2026' : '') + line.slice(from, start);
  const after = line.slice(end, to) + (to < line.length ? '\u2026' : '');
  return `<pre class="ctx">${text(before)}<mark>${text(line.slice(start, end))}</mark>${text(after)}</pre>`;
}

function problemRow(message: Diagnostic, rulesMeta: Record<string, RuleMeta>, source: string | undefined): string {
  const severity = message.severity === 2 ? 'error' : 'warning';
  const context = contextLine(message, source);
  return [
    '<tr>',
    `<td class="pos">${Number(message.line) || 0}:${Number(message.column) || 0}</td>`,
    `<td><span class="sev ${severity}">${severity}</span></td>`,
    `<td class="rule">${ruleCell(message.ruleId, message.fatal === true, rulesMeta)}</td>`,
    `<td class="msg">${text(message.message)}${context ?? ''}</td>`,
    '</tr>',
  ].join('');
}

function problemTable(messages: Diagnostic[], rulesMeta: Record<string, RuleMeta>, source: string | undefined): string {
  if (messages.length === 0) return '<p class="clean">No problems.</p>';
  return [
    '<table><thead><tr><th>Line:col</th><th>Severity</th><th>Rule</th><th>Message</th></tr></thead><tbody>',
    ...messages.map((message) => problemRow(message, rulesMeta, source)),
    '</tbody></table>',
  ].join('\n');
}

function scoreBadge(score: number): string {
  return `<span class="score ${scoreClass(score)}" title="100 &minus; 10 &times; errors &minus; 3 &times; warnings">score ${score}</span>`;
}

function fileSection(result: FileResult, index: number, context: FormatterContext, rulesMeta: Record<string, RuleMeta>): string {
  const source = context.sources?.get(result.filePath);
  // Templates in source order, then any a message names that the summary lacks.
  const groups = new Map<string, Diagnostic[]>();
  for (const template of result.templates ?? []) if (!groups.has(template.name)) groups.set(template.name, []);
  const loose: Diagnostic[] = [];
  for (const message of result.messages) {
    if (message.template === undefined) loose.push(message);
    else {
      const group = groups.get(message.template);
      if (group) group.push(message);
      else groups.set(message.template, [message]);
    }
  }

  const { errors, warnings } = count(result.messages);
  const parts = [
    `<section class="file" id="file-${index}">`,
    `<h2>${text(displayPath(result.filePath, context.cwd))}</h2>`,
    `<p class="meta">${plural(groups.size, 'template')} &middot; ${plural(errors, 'error')} &middot; ${plural(warnings, 'warning')}</p>`,
  ];
  if (loose.length > 0 || groups.size === 0) {
    parts.push(problemTable(loose, rulesMeta, source));
  }
  for (const [name, messages] of groups) {
    const counts = count(messages);
    parts.push(
      `<details class="template"${messages.length > 0 ? ' open' : ''}>`,
      `<summary><span class="tname">${text(name)}</span> ${scoreBadge(templateScore(counts.errors, counts.warnings))} <span class="meta">${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}</span></summary>`,
      problemTable(messages, rulesMeta, source),
      '</details>',
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function ruleChart(results: FileResult[], rulesMeta: Record<string, RuleMeta>): string {
  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const result of results) {
    for (const message of result.messages) {
      const key = message.ruleId ?? '';
      const entry = perRule.get(key) ?? { errors: 0, warnings: 0 };
      if (message.severity === 2) entry.errors++;
      else entry.warnings++;
      perRule.set(key, entry);
    }
  }
  if (perRule.size === 0) return '<p class="clean">No problems found.</p>';
  const rows = [...perRule].sort(([a, x], [b, y]) => y.errors + y.warnings - (x.errors + x.warnings) || (a < b ? -1 : a > b ? 1 : 0));
  const max = Math.max(...rows.map(([, entry]) => entry.errors + entry.warnings));
  const pct = (n: number): string => `${((n / max) * 100).toFixed(1)}%`;
  return [
    '<table class="chart"><tbody>',
    ...rows.map(([ruleId, entry]) => {
      const label = ruleId === '' ? '<span class="muted">no rule (fatal or ignored)</span>' : ruleCell(ruleId, false, rulesMeta);
      const description = ruleId !== '' && Object.hasOwn(rulesMeta, ruleId) ? rulesMeta[ruleId]!.docs?.description : undefined;
      return [
        '<tr>',
        `<th scope="row">${label}${description ? `<div class="desc">${text(description)}</div>` : ''}</th>`,
        '<td class="bars">',
        entry.errors > 0 ? `<span class="bar error" style="width:${pct(entry.errors)}"></span>` : '',
        entry.warnings > 0 ? `<span class="bar warning" style="width:${pct(entry.warnings)}"></span>` : '',
        '</td>',
        `<td class="n">${entry.errors + entry.warnings}</td>`,
        '</tr>',
      ].join('');
    }),
    '</tbody></table>',
  ].join('\n');
}

const STYLE = `
:root { color-scheme: light; --error: #c62828; --warning: #b26a00; --good: #2e7d32; --fair: #b26a00; --poor: #c62828; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 1100px; padding: 24px; color: #1d1d1f; background: #fafafa; }
h1 { font-size: 1.6em; margin: 0 0 16px; }
h2 { font-size: 1.1em; margin: 0 0 4px; word-break: break-all; }
.totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 24px; padding: 0; list-style: none; }
.totals li { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 10px 16px; min-width: 110px; }
.totals b { display: block; font-size: 1.6em; }
.totals .error b { color: var(--error); }
.totals .warning b { color: var(--warning); }
section { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 16px; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #eee; }
thead th { font-size: .85em; color: #555; }
.chart th { width: 35%; font-weight: normal; }
.chart .bars { width: 55%; }
.chart .n { text-align: right; width: 10%; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; height: 14px; vertical-align: middle; }
.bar.error { background: var(--error); }
.bar.warning { background: var(--warning); opacity: .75; }
.desc { color: #666; font-size: .85em; }
.pos { white-space: nowrap; font-variant-numeric: tabular-nums; color: #555; }
.sev { font-size: .8em; font-weight: 600; text-transform: uppercase; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.msg { word-break: break-word; white-space: pre-line; }
.ctx { margin: 6px 0 0; padding: 6px 8px; background: #f4f4f4; border-radius: 4px; white-space: pre-wrap; word-break: break-all; font-size: .85em; }
mark { background: #ffe08a; }
details.template { margin: 8px 0 0; }
summary { cursor: pointer; padding: 4px 0; }
.tname { font-weight: 600; }
.score { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: .8em; color: #fff; }
.score.good { background: var(--good); }
.score.fair { background: var(--fair); }
.score.poor { background: var(--poor); }
.meta, .muted { color: #666; font-size: .9em; }
.clean { color: var(--good); margin: 4px 0; }
code { font-size: .9em; }
`;

export const html: Formatter = (results, context) => {
  const rulesMeta = context.rulesMeta ?? {};
  let errors = 0;
  let warnings = 0;
  let templates = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    templates += result.templates?.length ?? 0;
  }
  const totals = [
    ['files', plural(results.length, 'file').split(' ')[1]!, results.length],
    ['templates', plural(templates, 'template').split(' ')[1]!, templates],
    ['error', plural(errors, 'error').split(' ')[1]!, errors],
    ['warning', plural(warnings, 'warning').split(' ')[1]!, warnings],
  ] as const;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>macrolint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>macrolint report</h1>',
    '<ul class="totals">',
    ...totals.map(([cls, label, value]) => `<li class="${cls}"><b>${value}</b>${label}</li>`),
    '</ul>',
    '<section class="rules">',
    '<h2>Problems per rule</h2>',
    ruleChart(results, rulesMeta),
    '</section>',
    ...results.map((result, index) => fileSection(result, index, context, rulesMeta)),
    '</body>',
    '</html>',
    '',
  ].join('\n');
};

export default html;
