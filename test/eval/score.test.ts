// The pure pieces of the accuracy report (scripts/eval.mjs): arithmetic, notable.md parsing,
// the eval-only section splitter and the whitespace-collapsed passage finder.
import { describe, expect, it } from 'vitest';
import {
  collectStrings,
  dedent,
  findCollapsed,
  findReplyInData,
  findReplyInSections,
  formatPercent,
  formatTable,
  htmlToText,
  microAverage,
  overlaps,
  parseNotable,
  precisionRecall,
  ratio,
  scoreCases,
  splitSections,
} from '../../scripts/eval/score.mjs';

describe('precision and recall', () => {
  it('computes the ratios from counts', () => {
    const r = precisionRecall({ tp: 3, fp: 1, fn: 2 });
    expect(r.precision).toBe(0.75);
    expect(r.recall).toBe(0.6);
    expect(r.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 10);
  });

  it('is undefined (null), not NaN or 0, when a denominator is zero', () => {
    expect(ratio(0, 0)).toBeNull();
    // A rule that never fired: precision undefined; recall 0 when there were positives.
    expect(precisionRecall({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: null, recall: 0, f1: null });
    // No positives labeled and some false alarms: recall undefined, precision 0.
    expect(precisionRecall({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: null, f1: null });
    expect(precisionRecall({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: null, recall: null, f1: null });
  });

  it('gives F1 = 0 when both rates are zero', () => {
    expect(precisionRecall({ tp: 0, fp: 1, fn: 1 }).f1).toBe(0);
  });

  it('micro-averages by summing counts, not by averaging rates', () => {
    const micro = microAverage([
      { tp: 9, fp: 1, fn: 0 },
      { tp: 0, fp: 0, fn: 10 },
    ]);
    expect(micro).toMatchObject({ tp: 9, fp: 1, fn: 10, precision: 0.9, recall: 9 / 19 });
  });

  it('formats percentages and undefined values', () => {
    expect(formatPercent(0.8123)).toBe('81.2%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('scoreCases', () => {
  const fired = (entries: Array<[string, string[]]>) => new Map(entries);
  const cases = [
    { text: 'a', labels: ['no-blame'], fired: fired([['no-blame', ['you failed to']]]) },
    { text: 'b', labels: ['no-blame', 'no-shouting'], fired: fired([]) },
    { text: 'c', labels: [], fired: fired([['no-blame', ['you forgot']]]) },
    { text: 'd', labels: [], fired: fired([]) },
  ];

  it('counts TP, FP and FN per rule', () => {
    const { rows, micro } = scoreCases(cases, ['no-blame', 'no-shouting']);
    expect(rows[0]).toMatchObject({ rule: 'no-blame', labeled: 2, tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(rows[1]).toMatchObject({ rule: 'no-shouting', labeled: 1, tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
    expect(micro).toMatchObject({ tp: 1, fp: 1, fn: 2 });
  });

  it('lists false negatives first, then false positives with the flagged words', () => {
    const { misses } = scoreCases(cases, ['no-blame', 'no-shouting']);
    expect(misses.map((m) => [m.kind, m.rule, m.case.text])).toEqual([
      ['FN', 'no-blame', 'b'],
      ['FN', 'no-shouting', 'b'],
      ['FP', 'no-blame', 'c'],
    ]);
    expect(misses[2]?.words).toEqual(['you forgot']);
  });

  it('counts a labeled rule that is not implemented as misses only', () => {
    const { rows } = scoreCases([{ text: 'x', labels: ['no-insult'], fired: new Map() }], ['no-insult']);
    expect(rows[0]).toMatchObject({ tp: 0, fp: 0, fn: 1 });
  });

  it('refuses a label that is not among the scored rules', () => {
    expect(() => scoreCases([{ text: 'x', labels: ['no-typo'], fired: new Map() }], ['no-blame'])).toThrow(/no-typo/);
  });
});

describe('formatTable', () => {
  it('pads text left-aligned and numbers right-aligned', () => {
    const table = formatTable(['rule', 'TP'], [['no-blame', 3], ['x', 12]]);
    expect(table.split('\n')).toEqual(['rule      TP', '--------  --', 'no-blame   3', 'x         12']);
  });
});

describe('parseNotable', () => {
  const sample = [
    '# Notable passages',
    '',
    '## A. Passages a reviewer would flag (2)',
    '',
    '1. **Blaming the customer** — `Some-Org/some.repo` · `docs/replies.md` line 40',
    '   > You broke it, so',
    '   > it is on you.',
    '   ',
    '   _Reframes the report as the user\'s fault._',
    '',
    '2. **Policy** — `acme/help` · `.github/label-actions.yml` line 7',
    '   > Per our policy, no.',
    '',
    '## B. Exemplary passages (1)',
    '',
    '1. **Apology** — `acme/help` · `replies/a.json` line 3',
    '   > I’m very sorry that happened.',
  ].join('\n');

  it('reads part, number, title, repository folder, path, line, passage and note', () => {
    const entries = parseNotable(sample);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({
      part: 'A',
      number: 1,
      title: 'Blaming the customer',
      repo: 'Some-Org/some.repo',
      folder: 'Some-Org__some.repo',
      path: 'docs/replies.md',
      line: 40,
      passage: 'You broke it, so it is on you.',
      note: "Reframes the report as the user's fault.",
    });
    expect(entries[1]).toMatchObject({ part: 'A', number: 2, path: '.github/label-actions.yml', line: 7, passage: 'Per our policy, no.', note: undefined });
    expect(entries[2]).toMatchObject({ part: 'B', number: 1, folder: 'acme__help', passage: 'I’m very sorry that happened.' });
  });

  it('ignores prose that is not an entry', () => {
    expect(parseNotable('## A. Flagged\n\nSome text.\n> a stray quote\n')).toEqual([]);
  });
});

describe('splitSections (eval-only)', () => {
  it('splits at headings, ---- lines, thematic breaks and fences, dropping the boundary lines', () => {
    const text = [
      '# Replies',
      '## Needs info',
      'Thanks! Could you share the version?',
      '',
      '---- CLOSING',
      'Closing this.',
      '---',
      'Between breaks.',
      '```',
      'Inside a fence.',
      '```',
      'After the fence.',
    ].join('\n');
    expect(splitSections(text).map((s) => s.text)).toEqual([
      'Thanks! Could you share the version?',
      'Closing this.',
      'Between breaks.',
      'Inside a fence.',
      'After the fence.',
    ]);
    expect(splitSections(text)[1]?.startLine).toBe(6);
  });

  it('in reStructuredText also splits at underlines, code-block directives and bold titles, and dedents', () => {
    const rst = [
      'Standard replies',
      '================',
      '',
      '**Usage question**',
      '    .. code-block:: md',
      '',
      '        You are asking a usage question.',
      '        Closing.',
      '',
      '**Docs**',
      '    .. code-block:: md',
      '',
      '        Please feel free to offer a pull request.',
    ].join('\n');
    expect(splitSections(rst, { rst: true }).map((s) => s.text)).toEqual([
      'Standard replies',
      'You are asking a usage question.\nClosing.',
      'Please feel free to offer a pull request.',
    ]);
    // Without the rst switch, bold lines and underlines are not boundaries.
    expect(splitSections(rst).length).toBe(1);
  });

  it('dedents by the indentation all non-blank lines share', () => {
    expect(dedent('    a\n\n      b')).toBe('a\n\n  b');
    expect(dedent('a\n  b')).toBe('a\n  b');
  });
});

describe('findCollapsed', () => {
  it('matches across line breaks and runs of spaces, returning offsets in the original text', () => {
    const hay = 'Hi there,\n\nYou have reached the maximum number\n    of open tickets.  Thanks';
    const span = findCollapsed(hay, 'maximum number of open tickets.');
    expect(span).not.toBeNull();
    expect(hay.slice(span!.start, span!.end)).toBe('maximum number\n    of open tickets.');
  });

  it('tolerates whitespace differences in the needle too', () => {
    const span = findCollapsed('one two three', '  two\n three ');
    expect(span).toEqual({ start: 4, end: 13 });
  });

  it('returns null when the passage is absent or empty, and is case-sensitive', () => {
    expect(findCollapsed('one two three', 'two four')).toBeNull();
    expect(findCollapsed('one two three', '   ')).toBeNull();
    expect(findCollapsed('one two three', 'Two')).toBeNull();
  });
});

describe('overlaps', () => {
  it('treats ranges as half-open', () => {
    expect(overlaps(0, 5, 4, 8)).toBe(true);
    expect(overlaps(0, 5, 5, 8)).toBe(false);
    expect(overlaps(6, 7, 0, 10)).toBe(true);
  });

  it('counts an empty range where it sits', () => {
    expect(overlaps(3, 3, 0, 5)).toBe(true);
    expect(overlaps(5, 5, 0, 5)).toBe(false);
  });
});

describe('finding the reply that contains a passage', () => {
  it('finds the string value in parsed JSON/YAML data, turning HTML into text', () => {
    const data = {
      notes: 'Staff only.',
      body: '<h3><strong>Dear %{name},</strong></h3>\nYou have reached the maximum number of open tickets.<br>\n<br>\nThank you,<br/>\nSupport',
      list: [{ comment: 'Thanks for the report!\nWe think this is   unactionable.' }],
    };
    const html = findReplyInData(data, 'You have reached the maximum number of open tickets.');
    expect(html?.text).toBe('Dear %{name},\n\nYou have reached the maximum number of open tickets.\n\nThank you,\nSupport');
    expect(html?.text.slice(html.span.start, html.span.end)).toBe('You have reached the maximum number of open tickets.');
    const plain = findReplyInData(data, 'We think this is unactionable.');
    expect(plain?.text).toBe('Thanks for the report!\nWe think this is   unactionable.');
    expect(findReplyInData(data, 'not there')).toBeNull();
    expect(collectStrings(data)).toHaveLength(3);
  });

  it('decodes entities in HTML bodies', () => {
    expect(htmlToText('<p>It&#39;s&nbsp;here &amp; there</p>')).toBe("It's here & there");
  });

  it('finds the section of a Markdown file', () => {
    const md = '## One\nFirst reply.\n\n## Two\nSecond reply, with the\npassage in it.\n';
    const found = findReplyInSections(md, 'with the passage in it.');
    expect(found?.text).toBe('Second reply, with the\npassage in it.');
    expect(found?.startLine).toBe(5);
  });
});
