// Pure helpers of the accuracy report (scripts/eval.mjs): scoring arithmetic, the parser of
// ../shared/corpus/notable.md, the eval-only section splitter and the whitespace-tolerant
// passage finder. No I/O here, so test/eval/score.test.ts can pin every piece down.

/** The tone rules the labeled set is written for, in report order (from the eval brief). */
export const TONE_RULES = Object.freeze([
  'no-customer-wrong',
  'no-blame',
  'no-told-you-so',
  'no-condescension',
  'no-dismissal',
  'no-non-apology',
  'no-policy-shield',
  'no-evasive-passive',
  'no-cant-without-can',
  'no-shouting',
  'no-absolutes',
  'no-insult',
]);

/** The structure rules templates.yaml is labeled for. */
export const STRUCTURE_RULES = Object.freeze([
  'acknowledge-before-resolving',
  'thank-the-customer',
  'offer-further-help',
]);

// ---------------------------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------------------------

/** num / den, or null when den is 0 (no prediction or no positive: the ratio is undefined). */
export function ratio(num, den) {
  return den === 0 ? null : num / den;
}

/** Precision, recall and F1 from counts; each is null when undefined (zero denominator). */
export function precisionRecall({ tp, fp, fn }) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  let f1 = null;
  if (precision !== null && recall !== null) {
    f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  }
  return { precision, recall, f1 };
}

/** Sums TP / FP / FN over rows and computes the micro-averaged precision and recall. */
export function microAverage(rows) {
  const tp = rows.reduce((sum, r) => sum + r.tp, 0);
  const fp = rows.reduce((sum, r) => sum + r.fp, 0);
  const fn = rows.reduce((sum, r) => sum + r.fn, 0);
  return { tp, fp, fn, ...precisionRecall({ tp, fp, fn }) };
}

/**
 * Scores labeled cases. Each case is `{ text, labels: string[], fired: Map<ruleId, string[]> }`
 * (fired: the rules that reported on it, with the flagged words), plus any extra fields (kept on
 * the misses). Per rule: fires on a case labeled with it → TP; fires on a case not labeled with
 * it → FP; labeled but silent → FN. Returns rows in `ruleIds` order and the misses (FN then FP).
 */
export function scoreCases(cases, ruleIds) {
  const rows = ruleIds.map((rule) => ({ rule, labeled: 0, tp: 0, fp: 0, fn: 0 }));
  const byRule = new Map(rows.map((r) => [r.rule, r]));
  const fns = [];
  const fps = [];
  for (const c of cases) {
    const labels = new Set(c.labels);
    for (const row of rows) {
      const fired = c.fired.has(row.rule);
      const labeled = labels.has(row.rule);
      if (labeled) row.labeled += 1;
      if (fired && labeled) row.tp += 1;
      else if (fired) {
        row.fp += 1;
        fps.push({ kind: 'FP', rule: row.rule, case: c, words: c.fired.get(row.rule) ?? [] });
      } else if (labeled) {
        row.fn += 1;
        fns.push({ kind: 'FN', rule: row.rule, case: c });
      }
    }
    for (const label of labels) {
      if (!byRule.has(label)) throw new Error(`scoreCases: label "${label}" is not among the scored rules`);
    }
  }
  for (const row of rows) Object.assign(row, precisionRecall(row));
  return { rows, micro: microAverage(rows), misses: [...fns, ...fps] };
}

/** 0.8123 → "81.2%"; null → "—". */
export function formatPercent(value) {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** A plain-text table: columns padded, numbers right-aligned, a rule under the header. */
export function formatTable(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  const numeric = headers.map((_, i) => rows.length > 0 && rows.every((row) => /^[\d.%—-]+$/.test(String(row[i]))));
  const line = (row) => row.map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Finding a passage with whitespace collapsed
// ---------------------------------------------------------------------------------------------

/** Collapses every run of whitespace to one space and trims. */
export function collapseWhitespace(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Finds `needle` in `haystack`, comparing with runs of whitespace collapsed to one space (a line
 * break in one matches a space in the other). Returns the [start, end) offsets of the match in
 * the original haystack, or null.
 */
export function findCollapsed(haystack, needle) {
  const target = collapseWhitespace(needle);
  if (target === '') return null;
  // Collapse the haystack, remembering where each kept character came from.
  let collapsed = '';
  const origin = [];
  let pendingSpace = -1;
  for (let i = 0; i < haystack.length; i += 1) {
    const ch = haystack[i];
    if (/\s/.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && collapsed.length > 0) {
      collapsed += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    collapsed += ch;
    origin.push(i);
  }
  const at = collapsed.indexOf(target);
  if (at < 0) return null;
  const last = at + target.length - 1;
  return { start: origin[at], end: origin[last] + 1 };
}

/** Whether [aStart, aEnd) and [bStart, bEnd) share a character; an empty range counts where it sits. */
export function overlaps(aStart, aEnd, bStart, bEnd) {
  if (aStart === aEnd) return aStart >= bStart && aStart < Math.max(bEnd, bStart + 1);
  if (bStart === bEnd) return bStart >= aStart && bStart < aEnd;
  return aStart < bEnd && bStart < aEnd;
}

// ---------------------------------------------------------------------------------------------
// notable.md
// ---------------------------------------------------------------------------------------------

const ENTRY = /^\s*(\d+)\.\s+\*\*(.+?)\*\*\s+[—–-]+\s+`([^`]+)`\s+·\s+`([^`]+)`\s+line\s+(\d+)\s*$/;

/**
 * Parses notable.md: entries under "## A." (flagged) and "## B." (exemplary), each
 * `N. **Title** — \`owner/repo\` · \`path\` line L` followed by `> passage` line(s) and an
 * optional `_note_`. Returns `{ part, number, title, repo, folder, path, line, passage, note }`
 * with folder = repo with `/` replaced by `__`, as the corpus folders are named.
 */
export function parseNotable(markdown) {
  const entries = [];
  let part = null;
  let current = null;
  const finish = () => {
    if (current) {
      current.passage = current.passageLines.join(' ').trim();
      delete current.passageLines;
      entries.push(current);
    }
    current = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const heading = /^##\s+([A-Z])\.\s/.exec(raw);
    if (heading) {
      finish();
      part = heading[1];
      continue;
    }
    const m = ENTRY.exec(raw);
    if (m) {
      finish();
      const repo = m[3];
      current = {
        part,
        number: Number(m[1]),
        title: m[2],
        repo,
        folder: repo.replace('/', '__'),
        path: m[4],
        line: Number(m[5]),
        passage: '',
        note: undefined,
        passageLines: [],
      };
      continue;
    }
    if (!current) continue;
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    if (quote) {
      current.passageLines.push(quote[1]);
      continue;
    }
    const note = /^\s*_(.+)_\s*$/.exec(raw);
    if (note && current.passageLines.length > 0) current.note = note[1];
  }
  finish();
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Eval-only section splitting of Markdown / text / reStructuredText files
// ---------------------------------------------------------------------------------------------

const FENCE = /^\s*(`{3,}|~{3,})/;
const MD_HEADING = /^\s{0,3}#{1,6}(\s|$)/;
const DASH_SEPARATOR = /^----/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const RST_UNDERLINE = /^([=\-~^"'`#*+])\1{2,}\s*$/;
const RST_DIRECTIVE = /^\s*\.\.\s+(code-block|code|sourcecode)::/;
const BOLD_TITLE = /^\s*\*\*[^*].*\*\*\s*$/;

/** Whether a line starts a new section (and is itself dropped). */
export function isSectionBoundary(line, { rst = false } = {}) {
  if (FENCE.test(line) || MD_HEADING.test(line) || DASH_SEPARATOR.test(line) || THEMATIC_BREAK.test(line)) return true;
  if (rst && (RST_UNDERLINE.test(line) || RST_DIRECTIVE.test(line) || BOLD_TITLE.test(line))) return true;
  return false;
}

/** Removes the indentation every non-blank line shares. */
export function dedent(text) {
  const lines = text.split('\n');
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return cut === 0 ? text : lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)[0].length))).join('\n');
}

/**
 * Splits a file into the sections an eval passage is looked up in (eval-only, see
 * docs/accuracy.md): boundaries are Markdown ATX headings, lines starting with `----`, thematic
 * breaks (`---`, `***`), and fenced-code fence lines; for reStructuredText also section
 * underlines, `.. code-block::` directives and lines that are only a bold title. Boundary lines
 * are dropped; each section is dedented and trimmed of blank lines. Returns
 * `[{ text, startLine }]` (startLine 1-based, of the section's first line), empty sections skipped.
 */
export function splitSections(text, { rst = false } = {}) {
  const lines = text.split(/\r?\n/);
  const sections = [];
  let buffer = [];
  let startLine = 1;
  const flush = () => {
    while (buffer.length && buffer[0].trim() === '') {
      buffer.shift();
      startLine += 1;
    }
    while (buffer.length && buffer[buffer.length - 1].trim() === '') buffer.pop();
    if (buffer.length) sections.push({ text: dedent(buffer.join('\n')), startLine });
    buffer = [];
  };
  lines.forEach((line, i) => {
    if (isSectionBoundary(line, { rst })) {
      flush();
      startLine = i + 2;
      return;
    }
    buffer.push(line);
  });
  flush();
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Structured files (JSON / YAML) and HTML bodies
// ---------------------------------------------------------------------------------------------

/** Every string value (not key) in parsed JSON/YAML data, depth first, in document order. */
export function collectStrings(data, out = []) {
  if (typeof data === 'string') out.push(data);
  else if (Array.isArray(data)) for (const item of data) collectStrings(item, out);
  else if (data && typeof data === 'object') for (const value of Object.values(data)) collectStrings(value, out);
  return out;
}

const BLOCK_TAGS = 'p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|pre|hr|section|article|header|footer';
const ENTITIES = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', mdash: '—', ndash: '–', hellip: '…' };

/** Whether a string looks like an HTML body. */
export function looksLikeHtml(text) {
  return /<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/i.test(text);
}

/**
 * Turns an HTML body into plain paragraphs (eval-only): whitespace collapses as in a browser,
 * block tags become paragraph breaks and `<br>` a line break, other tags vanish, common entities
 * are decoded, lines are trimmed.
 */
export function htmlToText(html) {
  return html
    .replace(/\s+/g, ' ') // source line breaks are spaces in HTML; only tags break lines
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(new RegExp(`</?(${BLOCK_TAGS})(\\s[^>]*)?/?>`, 'gi'), '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (all, name) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The reply to lint for a passage found in parsed JSON/YAML data: the first string value whose
 * text (after HTML is turned into text, when it looks like HTML) contains the passage with
 * whitespace collapsed. Returns `{ text, span }` (span: the passage's offsets in text) or null.
 */
export function findReplyInData(data, passage) {
  for (const value of collectStrings(data)) {
    const text = looksLikeHtml(value) ? htmlToText(value) : value;
    const span = findCollapsed(text, passage);
    if (span) return { text, span };
  }
  return null;
}

/** The section of a Markdown/text/rst file containing the passage, as `{ text, startLine, span }`, or null. */
export function findReplyInSections(fileText, passage, { rst = false } = {}) {
  for (const section of splitSections(fileText, { rst })) {
    const span = findCollapsed(section.text, passage);
    if (span) return { ...section, span };
  }
  return null;
}
