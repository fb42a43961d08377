import { afterEach, describe, expect, it } from 'vitest';
import { html, stripControl, templateScore, text } from '../../src/formatters/html.js';
import { loadFormatter } from '../../src/formatters/index.js';
import type { FileResult, RuleMeta } from '../../src/types.js';
import { runMain } from '../cli/run-main.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { hostileCwd, hostileFatalResult, hostilePackPath, hostilePackResult, hostileResults, hostileStrings } from './hostile-results.js';
import { cleanResult, cwd, refundResult, sampleResults } from './sample-results.js';

// The only elements the report itself writes. Anything else in the output came from input.
const OWN_TAGS = new Set([
  '!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'h2', 'ul', 'li', 'b', 'section', 'p', 'table', 'thead',
  'tbody', 'tr', 'th', 'td', 'span', 'a', 'code', 'div', 'details', 'summary', 'pre', 'mark',
]);

function tagNames(out: string): Set<string> {
  return new Set([...out.matchAll(/<\/?([!a-z][a-z0-9]*)/gi)].map((match) => match[1]!.toLowerCase()));
}

const rulesMeta: Record<string, RuleMeta> = {
  'no-customer-wrong': {
    id: 'no-customer-wrong',
    type: 'tone',
    docs: { description: 'Do not tell the customer they are <b>wrong</b>.', recommended: 'error', url: 'https://macrolint.dev/rules/no-customer-wrong?a=1&b="2"' },
    messages: {},
  },
  'no-blame': {
    id: 'no-blame',
    type: 'tone',
    docs: { description: 'No blame.', recommended: 'error', url: 'javascript:alert(1)' },
    messages: {},
  },
};

describe('html escaping helpers', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(text(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('removes ANSI sequences and control characters, keeping tabs and line breaks', () => {
    expect(stripControl('\u001b[31mred\u001b[0m \u009b1mx\u0007\u0000\u202e!\r\nnext\tcol')).toBe('red x!\nnext\tcol');
  });

  it('replaces noncharacters and lone surrogates, which HTML parsers report as errors', () => {
    // Found by the property tests (test/property/formatters.test.ts): a U+FFFE in a linted line.
    expect(stripControl('a\uFFFEb\uFDD0c\u{10FFFF}d\uD800e\u{1F600}')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\u{1F600}');
  });
});

describe('templateScore', () => {
  it('is 100 − 10 × errors − 3 × warnings, floored at 0', () => {
    expect(templateScore(0, 0)).toBe(100);
    expect(templateScore(1, 2)).toBe(84);
    expect(templateScore(9, 4)).toBe(0);
    expect(templateScore(20, 0)).toBe(0);
  });
});

describe('html', () => {
  it('is registered as a built-in formatter', async () => {
    expect(await loadFormatter('html')).toBe(html);
  });

  it('is a self-contained document: inline CSS, no scripts, no external assets', () => {
    const out = html(sampleResults, { cwd, color: false, rulesMeta });
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(out).toContain('<style>');
    expect(out).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(out).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(|@import/i);
    for (const name of tagNames(out)) expect(OWN_TAGS).toContain(name);
  });

  it('shows totals, a bar per rule and each problem with position, severity, linked rule and message', () => {
    const out = html([cleanResult, refundResult], { cwd, color: false, rulesMeta });
    expect(out).toContain('<li class="files"><b>2</b>files</li>');
    expect(out).toContain('<li class="templates"><b>1</b>template</li>');
    expect(out).toContain('<li class="error"><b>1</b>error</li>');
    expect(out).toContain('<li class="warning"><b>1</b>warning</li>');
    // Bars: both rules reported once, so both bars are full width.
    expect(out.match(/<span class="bar (?:error|warning)" style="width:100\.0%"><\/span>/g)).toHaveLength(2);
    expect(out).toContain('<div class="desc">Do not tell the customer they are &lt;b&gt;wrong&lt;/b&gt;.</div>');
    expect(out).toContain('<h2>macros/refund.md</h2>');
    expect(out).toContain(
      '<tr><td class="pos">3:1</td><td><span class="sev error">error</span></td><td class="rule"><a href="https://macrolint.dev/rules/no-customer-wrong?a=1&amp;b=%222%22">no-customer-wrong</a></td><td class="msg">Telling the customer they are wrong puts them on the defensive.</td></tr>',
    );
    // No metadata for this rule: shown, not linked.
    expect(out).toContain('<td class="rule"><code>acknowledge-before-resolving</code></td>');
  });

  it('gives each template a section with its score', () => {
    const out = html([hostilePackResult], { cwd: hostileCwd, color: false, rulesMeta });
    // "Encoded": one error -> 90. The CDATA template: one warning -> 97.
    expect(out).toMatch(/<span class="tname">Encoded<\/span> <span class="score good"[^>]*>score 90<\/span>/);
    expect(out).toMatch(/<span class="tname">CDATA \]\]&gt; and --&gt;<\/span> <span class="score good"[^>]*>score 97<\/span>/);
    const clean = html([cleanResult], { cwd, color: false });
    expect(clean).toMatch(/<details class="template">\n<summary><span class="tname">clean<\/span> <span class="score good"[^>]*>score 100<\/span>/);
    expect(clean).toContain('No problems');
  });

  it('neutralises hostile text: no raw tag, terminator, control or bidi character from input', () => {
    const out = html(hostileResults, { cwd: hostileCwd, color: false, rulesMeta });
    for (const name of tagNames(out)) expect(OWN_TAGS).toContain(name);
    expect(out).not.toContain('</script>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<b>\'sorry\'</b>');
    expect(out).not.toContain(']]>');
    expect(out).not.toContain('<![CDATA[');
    // The one `-->` allowed would be ours; the report writes no comments at all.
    expect(out).not.toContain('-->');
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u);
    // Escaped forms are there instead, and harmless text survives.
    expect(out).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&amp;amp;');
    expect(out).toContain(hostileStrings.emoji);
    expect(out).toContain('Refund approved&lt;/script&gt;');
    expect(out).toContain(text(hostilePackPath.slice(hostileCwd.length + 1)));
    // A javascript: docs URL is never linked.
    expect(out).not.toMatch(/href="javascript/i);
    expect(out).toContain('<code>no-blame</code>');
  });

  it('puts every attribute value from input in double quotes with quotes escaped', () => {
    const evil: Record<string, RuleMeta> = {
      'no-customer-wrong': { ...rulesMeta['no-customer-wrong']!, docs: { description: 'x', recommended: 'error', url: 'https://e.x/"onmouseover="alert(1)' } },
    };
    const out = html([refundResult], { cwd, color: false, rulesMeta: evil });
    expect(out).toContain('<a href="https://e.x/%22onmouseover=%22alert(1)">');
    expect(out).not.toContain('"onmouseover');
  });

  it('quotes the offending line, marked, when the CLI passes the file text', () => {
    const source = ['---', 'title: Refund', 'You are <b>wrong</b> \u001b[31mhere.', ''].join('\n');
    const result: FileResult = {
      ...refundResult,
      messages: [{ ...refundResult.messages[0]!, line: 3, column: 9, endLine: 3, endColumn: 21 }],
    };
    const out = html([result], { cwd, color: false, sources: new Map([[result.filePath, source]]) });
    expect(out).toContain('<pre class="ctx">You are <mark>&lt;b&gt;wrong&lt;/b&gt;</mark> here.</pre>');
    // Without the text, no context line and no failure.
    expect(html([result], { cwd, color: false })).not.toContain('class="ctx"');
  });

  it('lists fatal problems without a rule', () => {
    const out = html([hostileFatalResult], { cwd: hostileCwd, color: false });
    expect(out).toContain('<td class="rule"><span class="muted">fatal</span></td>');
    expect(out).toContain('no rule (fatal or ignored)');
  });

  it('is pure: no date, the same input gives the same bytes', () => {
    const a = html(hostileResults, { cwd: hostileCwd, color: false, rulesMeta });
    expect(html(hostileResults, { cwd: hostileCwd, color: true, rulesMeta })).toBe(a);
    expect(a).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
  });
});

describe('html through the CLI', () => {
  let tree: TempTree | undefined;
  afterEach(() => tree?.remove());

  it('reads the linted files so each problem shows its line', async () => {
    tree = tempTree({ 'bad.md': 'Intro.\nYou are <i>wrong</i>.\n' });
    const out = await runMain(['-f', 'html', 'bad.md'], { cwd: tree.root });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('<pre class="ctx">You are &lt;i&gt;<mark>wrong</mark>&lt;/i&gt;.</pre>');
    expect(out.stdout).toContain('<div class="desc">Fake rule fake-wrong.</div>');
  });

  it('uses the stdin text for the context line', async () => {
    tree = tempTree({});
    const out = await runMain(['-f', 'html', '--stdin'], { cwd: tree.root, stdin: 'So wrong.\n' });
    expect(out.stdout).toContain('<pre class="ctx">So <mark>wrong</mark>.</pre>');
  });
});
