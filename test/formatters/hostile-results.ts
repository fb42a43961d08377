// FileResults full of text that tries to break out of a report: terminal escapes, GitHub Actions
// workflow commands and their %-encodings, XML/HTML/CDATA terminators, quotes, stray CRs, a bidi
// override, an emoji. Shared by every formatter's tests (CI formatters, SARIF, HTML), so each
// format proves the same hostile input stays inert. Plain data: do not mutate in tests.
import { summarize } from '../../src/core/summarize.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

export const hostileCwd = '/work/project';

/** Every hostile fragment used below, for tests that check each one is neutralised. */
export const hostileStrings = {
  ansiRed: '\u001b[31m',
  ansiClear: '\u001b[2J',
  ansiReset: '\u001b[0m',
  c1Csi: '\u009b',
  bell: '\u0007',
  nul: '\u0000',
  ghError: '::error::',
  ghSetOutput: '::set-output name=x::',
  ghAddMask: '::add-mask::secret',
  ghStopCommands: '::stop-commands::pwned',
  pctNewline: '%0A',
  pctPercent: '%25',
  loneCr: '\r',
  newline: '\n',
  crlf: '\r\n',
  tab: '\t',
  scriptClose: '</script>',
  cdataClose: ']]>',
  commentClose: '-->',
  ampersand: '&',
  entity: '&amp;',
  lessThan: '<',
  greaterThan: '>',
  doubleQuote: '"',
  singleQuote: "'",
  bidiOverride: '\u202e',
  lineSeparator: '\u2028',
  emoji: '\u{1F4A5}',
  comma: ',',
  colon: ':',
} as const;

const h = hostileStrings;

function diagnostic(partial: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'column' | 'message'>): Diagnostic {
  return {
    ruleId: 'no-blame',
    severity: 2,
    endLine: partial.line,
    endColumn: partial.column + 4,
    offset: 0,
    endOffset: 4,
    ...partial,
  };
}

/** A FileResult with its counts, as the core computes them. */
function result(filePath: string, messages: Diagnostic[], templates: FileResult['templates'] = []): FileResult {
  return summarize(filePath, messages, templates);
}

/** A path with spaces, `%`, `,` and `:` (GitHub property delimiters), `&` and `'`. */
export const hostilePackPath = `${hostileCwd}/macros/100% refunds, Q1: Tom & Jerry's/pack.json`;

const refundTemplate = `Refund ${h.ansiRed}approved</script>`;
const shippingTemplate = `Shipping, delay: "urgent" ${h.bidiOverride}${h.emoji}`;

export const hostilePackResult = result(
  hostilePackPath,
  [
    diagnostic({
      line: 2,
      column: 5,
      template: refundTemplate,
      message: `Quoted "${h.ansiClear}${h.ansiRed}You are wrong${h.ansiReset}" & <b>'sorry'</b>.`,
      fix: { range: [0, 4], text: 'Sorry' },
    }),
    diagnostic({
      line: 8,
      column: 7,
      endLine: 10,
      endColumn: 3,
      severity: 1,
      ruleId: 'acknowledge-before-resolving',
      template: shippingTemplate,
      message: `Line one${h.crlf}${h.ghError}injected${h.newline}${h.ghSetOutput}owned${h.loneCr}::warning file=x::spoof`,
    }),
    diagnostic({
      line: 11,
      column: 1,
      template: 'Encoded',
      message: `Already encoded ${h.pctNewline}::error::x and ${h.pctPercent}0A, 50% off, ${h.ghAddMask}`,
    }),
    diagnostic({
      line: 14,
      column: 2,
      endLine: 15,
      endColumn: 1,
      ruleId: 'no-jargon',
      severity: 1,
      template: `CDATA ${h.cdataClose} and ${h.commentClose}`,
      message: `<![CDATA[x${h.cdataClose} ${h.entity} ${h.lessThan}${h.greaterThan} ${h.bell}${h.nul}${h.c1Csi}${h.tab}${h.lineSeparator} ${h.ghStopCommands}\n::pwned::`,
    }),
  ],
  [
    { name: refundTemplate, metadata: { id: '42' } },
    { name: shippingTemplate, metadata: {} },
    { name: 'Encoded', metadata: {} },
  ],
);

/** A file that could not be parsed: one fatal diagnostic without a rule id. */
export const hostileFatalResult = result(`${hostileCwd}/macros/broken\u001b[2J.yaml`, [
  diagnostic({
    line: 1,
    column: 1,
    ruleId: null,
    fatal: true,
    message: `Unexpected token "</script><script>alert(1)</script>" ${h.emoji}\n${h.ghError}fatal`,
  }),
]);

/** A file with no problems. */
export const hostileCleanResult = result(`${hostileCwd}/macros/all good.md`, [], [{ name: 'all good', metadata: {} }]);

export const hostileResults: FileResult[] = [hostilePackResult, hostileFatalResult, hostileCleanResult];

/**
 * A file whose name is itself hostile: Linux allows all of this in a name (everything but `/` and
 * NUL), and file names reach every report. Not in hostileResults, whose counts other tests know;
 * test/robustness/output-safety.test.ts runs every formatter over it.
 */
export const hostileNamePath = `${hostileCwd}/macros/${h.ansiRed}red${h.newline}::error file=x::pwned${h.loneCr} ${h.bidiOverride}%0A</script>&"'.md`;

export const hostileNameResult = result(hostileNamePath, [
  diagnostic({ line: 1, column: 1, message: 'A problem in a file with a hostile name.' }),
]);
