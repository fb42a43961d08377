// FileResults shared by the formatter tests, including hostile text a linted file could carry.
import { summarize } from '../../src/core/summarize.js';
import type { Diagnostic, FileResult } from '../../src/types.js';

export const cwd = '/work/project';

function diagnostic(partial: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'column' | 'message'>): Diagnostic {
  return {
    ruleId: 'no-customer-wrong',
    severity: 2,
    messageId: 'wrong',
    endLine: partial.line,
    endColumn: partial.column + 5,
    offset: 0,
    endOffset: 5,
    ...partial,
  };
}

/** A FileResult with its counts, as the core computes them. */
function result(filePath: string, messages: Diagnostic[], templates: FileResult['templates'] = []): FileResult {
  return summarize(filePath, messages, templates);
}

export const cleanResult = result(`${cwd}/macros/clean.md`, [], [{ name: 'clean', metadata: {} }]);

export const refundResult = result(`${cwd}/macros/refund.md`, [
  diagnostic({ line: 3, column: 1, message: 'Telling the customer they are wrong puts them on the defensive.' }),
  diagnostic({
    line: 12,
    column: 10,
    severity: 1,
    ruleId: 'acknowledge-before-resolving',
    messageId: 'ack',
    message: 'Acknowledge the problem before the fix.',
    fix: { range: [0, 1], text: 'x' },
  }),
]);

/** A file of several templates, with messages quoting ANSI escapes, a CR and a bidi override. */
export const hostileResult = result(
  `${cwd}/macros/pack.json`,
  [
    diagnostic({ line: 2, column: 5, template: 'Refund \u001b[31mapproved', message: 'Quoted "\u001b[2J\u001b[31mYou are wrong\u001b[0m".' }),
    diagnostic({ line: 8, column: 7, template: 'Shipping delay', severity: 1, ruleId: 'no-blame', message: 'Line one\r\nline two \u202e\u009b.' }),
    diagnostic({ line: 9, column: 1, template: 'pack', ruleId: null, fatal: true, message: 'Could not parse.' }),
  ],
  [
    { name: 'Refund \u001b[31mapproved', metadata: { id: '42' } },
    { name: 'Shipping delay', metadata: {} },
  ],
);

export const sampleResults: FileResult[] = [cleanResult, refundResult, hostileResult];
