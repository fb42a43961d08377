import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import { cleanResult, cwd, hostileResult, refundResult, sampleResults } from './sample-results.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

describe('stylish', () => {
  it('prints nothing at all when there are no problems', () => {
    expect(stylish([], { cwd, color: false })).toBe('');
    expect(stylish([cleanResult], { cwd, color: true })).toBe('');
  });

  it('groups by file with aligned rows and a summary', () => {
    const out = stylish([cleanResult, refundResult], { cwd, color: false });
    expect(out).toBe(
      [
        '',
        'macros/refund.md',
        '   3:1   error    Telling the customer they are wrong puts them on the defensive.  no-customer-wrong',
        '  12:10  warning  Acknowledge the problem before the fix.                          acknowledge-before-resolving',
        '',
        '\u2716 2 problems (1 error, 1 warning)',
        '  0 errors and 1 warning potentially fixable.',
        '',
      ].join('\n'),
    );
  });

  it('adds a sub-heading per template and escapes control characters from the file', () => {
    const out = stylish([hostileResult], { cwd, color: false });
    expect(out).not.toMatch(ANSI);
    expect(out).not.toContain('\r');
    expect(out).not.toContain('\u202e');
    expect(out).not.toContain('\u009b');
    expect(out).toContain('  Template "Refund \\x1b[31mapproved"');
    expect(out).toContain('  Template "Shipping delay"');
    expect(out).toContain('Quoted "\\x1b[2J\\x1b[31mYou are wrong\\x1b[0m".');
    expect(out).toContain('Line one\\r\\nline two \\u202e\\x9b.');
    // The template named like its file gets no heading of its own, and comes before the headings.
    expect(out).not.toContain('Template "pack"');
    const lines = out.split('\n');
    expect(lines.findIndex((line) => line.includes('Could not parse.'))).toBe(lines.indexOf('macros/pack.json') + 1);
    // A message without a rule id has no trailing padding.
    expect(out.split('\n').find((line) => line.includes('Could not parse.'))).toMatch(/Could not parse\.$/);
    expect(out).toContain('\u2716 3 problems (2 errors, 1 warning)');
  });

  it('colours with an explicit level and still escapes file text', () => {
    const out = stylish(sampleResults, { cwd, color: true });
    expect(out).toContain('\u001b[4mmacros/refund.md\u001b[24m');
    expect(out).toContain('\u001b[31merror  \u001b[39m');
    expect(out).toContain('\u001b[33mwarning\u001b[39m');
    // Only our own SGR codes: every ESC is followed by a colour sequence we emit.
    const escapes = out.match(/\u001b\[[0-9;]*m/g) ?? [];
    expect(out.split('\u001b').length - 1).toBe(escapes.length);
    expect(out).not.toContain('\u001b[2J');
    expect(out).not.toContain('\u001b[31mYou');
  });
});
