// The Markdown fast path (src/formats/markdown-fast.ts) must give exactly what remark-parse gives,
// or decline. Wherever it returns a tree, that tree, the prose view built from it and the
// directives read from it equal remark-parse's; and lintText reports the same with the fast path
// on and off, on generated bodies (the subset and its near misses) and on every fixture and
// corpus file. The fast path must also really be taken, or all of this would prove nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { lintText } from '../../src/core/lint-text.js';
import { maskedBody, parseTemplate } from '../../src/core/parse-templates.js';
import { enabledRuleIds, loadEnabledRules } from '../../src/engine/lint-one.js';
import { parseMarkdown } from '../../src/formats/markdown.js';
import { parseSimpleMarkdown, setMarkdownFastPath, tryFastMarkdown } from '../../src/formats/markdown-fast.js';
import { readUnits } from '../../src/formats/read-units.js';
import { loadRules } from '../../src/rules/registry.js';
import { proseFromMarkdown } from '../../src/text/prose-view.js';
import type { FileResult, ProseView, ResolvedConfig, RuleModule } from '../../src/types.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
/** Runs per property: the issue asks for at least 1,000. */
const RUNS = Math.max(1000, Number(process.env.MACROLINT_PROPERTY_RUNS ?? 0));

let recommended: { config: ResolvedConfig; rules: ReadonlyMap<string, RuleModule> };

beforeAll(async () => {
  const loaded = await loadConfig({ cwd: repoRoot, useConfigLookup: false });
  const config = loaded.forFile(path.join(repoRoot, 'reply.md'));
  recommended = { config, rules: await loadEnabledRules(enabledRuleIds([config]), loaded, { loadRules }) };
});

afterEach(() => {
  setMarkdownFastPath(true);
});

function withFastPath<T>(on: boolean, work: () => T): T {
  const previous = setMarkdownFastPath(on);
  try {
    return work();
  } finally {
    setMarkdownFastPath(previous);
  }
}

/** A prose view as plain data: every field, with a sentence's block (a cycle) as its index. */
function proseData(view: ProseView): unknown {
  return JSON.parse(JSON.stringify(view, (key, value: unknown) => (key === 'block' ? (value as { index: number }).index : value)));
}

/** A tree as plain data (remark-parse's nodes are plain too; this only drops undefined fields). */
function treeData(root: Root): unknown {
  return JSON.parse(JSON.stringify(root));
}

interface Checked {
  /** Markdown bodies in the file, and how many the fast path read. */
  bodies: number;
  fast: number;
}

/**
 * Lints `text` with the fast path on and off and expects the same result; for every Markdown
 * body the fast path reads, expects remark-parse's tree, prose view and directives.
 */
function checkFile(text: string, filePath: string, config: ResolvedConfig, rules: ReadonlyMap<string, RuleModule>): Checked {
  const checked: Checked = { bodies: 0, fast: 0 };
  const read = readUnits(text, filePath, config.format);
  for (const unit of read.fatal ? [] : read.units) {
    if (unit.kind !== 'markdown') continue;
    checked.bodies++;
    const { masked, placeholders } = maskedBody(unit);
    const fast = parseSimpleMarkdown(masked);
    if (!fast) continue;
    checked.fast++;
    const slow = parseMarkdown(masked);
    expect(treeData(fast), 'tree').toEqual(treeData(slow));
    expect(proseData(proseFromMarkdown(fast, masked, unit.body, placeholders)), 'prose view').toEqual(
      proseData(proseFromMarkdown(slow, masked, unit.body, placeholders)),
    );
    expect(withFastPath(true, () => parseTemplate(unit).directives), 'directives').toEqual(withFastPath(false, () => parseTemplate(unit).directives));
  }
  const lint = (): FileResult => lintText(text, { filePath, config, rules });
  expect(withFastPath(true, lint), 'lintText').toEqual(withFastPath(false, lint));
  return checked;
}

// ---------------------------------------------------------------------------------------------
// Generated bodies
// ---------------------------------------------------------------------------------------------

/** Support sentences, many of which the recommended rules flag, so diagnostics really happen. */
const SENTENCES = [
  'Thanks for reaching out!',
  "I'm sorry the parcel arrived late.",
  'Your refund is on its way and should arrive by Friday.',
  "Let me know if there's anything else I can do.",
  'You simply need to restart the app.',
  'As I already explained, the order shipped on Monday.',
  'You failed to attach the receipt.',
  "Unfortunately we can't change the billing date.",
  'Please do NOT reply to this email!!',
  'You are wrong about the charge.',
  'Per our policy, refunds are not possible after 30 days.',
  'We apologize for any inconvenience.',
  'If you didn’t get the email, check your spam folder.',
  'Did you get a chance to restart the router?',
  'TODO add the tracking link.',
  'Best,',
  'Kind regards, the Support team',
];

/** Placeholders of several dialects (masked before parsing) and template comments holding directives. */
const PLACEHOLDERS = [
  '{{ticket.requester.first_name}}',
  '{{ticket.requester.first_name | default: "there"}}',
  '{%customer.firstName,fallback=there%}',
  '{{#if ticket.vip}}Thanks for being with us!{{/if}}',
  '%{ticket.number}',
  '@{issue-author}',
  '${duplicateQuery}',
  '{!Contact.FirstName}',
  '{% if ticket.priority == "urgent" %}right away{% else %}soon{% endif %}',
  '{% comment %}macrolint-disable-next-line no-blame{% endcomment %}',
  '{{!-- macrolint-disable-line no-customer-wrong --}}',
  '{{unclosed',
];

/** Inline pieces: words, Unicode punctuation and spaces, emphasis edge cases, links, code, and every inline bail-out trigger. */
const INLINE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('Thanks', 'you', 'refund', 'a', 'b', 'it’s', '“quoted”', '«non»', '—', '…', '¡Hola', '€5', '😀', '\u00a0', '\u3000', '2024', 'x,', 'ok.', 'why?', 'A:', '"', "'", '(', ')', '/', '-', '+', '=', '#', '%', '$', '@', '~', '~~', ';', '!', '?', '.', '>', '|', '1.', 'www.example.com', 'https://example.com/a?b=1') },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 4, arbitrary: fc.constantFrom('*', '**', '*a*', '**b**', '**a**b', 'a**b**', '** a**', '*a **b** c*', '**a*', '*a**', '*foo**bar*', '* ', ' *', '*“a”*', '**¡b!**', '*😀*', '***', '****a', '_a_', '__b__', 'snake_case') },
  { weight: 3, arbitrary: fc.constantFrom('[refund page](https://example.com/refunds)', '[*help*](https://x.y/h)', '[**a** b](u)', '[](u)', '[NAME]', '[insert date]', '[', ']', '](u)', '[a](u v)', '[a](u "title")', '[a]()', '[a](<u>)', '[a](u(b))', '[a][b]', '[a][]', '[a [b] c](u)', '[a](https://x.y/{{ticket.id}})') },
  { weight: 2, arbitrary: fc.constantFrom('`code`', '` padded `', '`  `', '`', '``double``', '`a` `b`', '`[a](u)`', '`*a*`') },
  { weight: 1, arbitrary: fc.constantFrom('\\*', '\\', '&amp;', '&#39;', 'Q&A', '<b>', '<https://x.y>', '<!-- macrolint-disable no-blame -->', '![logo](l.png)', '[a]: https://x.y', '\t', '\u0000', 'A\u000cB') },
);

const SEPARATOR = fc.constantFrom(' ', ' ', ' ', '', '  ');
const content = fc
  .array(fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 5, arbitrary: INLINE }), SEPARATOR), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([piece, separator]) => piece + separator).join('').trimEnd());

/** Line starts of the subset and near it: list markers, headings, indentation, blockquotes, fences. */
const PREFIX = fc.constantFrom('', '', '', '', '', '- ', '* ', '+ ', '1. ', '2. ', '1) ', '10. ', '01. ', '-  ', '1.   ', '-     ', '# ', '## ', '###### ', '####### ', '#', '  ', '   ', '    ', '> ', '- - ', '- # ', '```', '~~~', '\t');
const TRAILING = fc.constantFrom('', '', '', ' ', '  ', '   ');
const RULE_LINE = fc.constantFrom('', '', '  ', '---', '***', '* * *', '- - -', '___', '===', '-', '1.', '#', '  ---', '| a | b |', '| - | - |');
const line = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(PREFIX, content, TRAILING).map(([prefix, text, trailing]) => prefix + text + trailing) },
  { weight: 2, arbitrary: RULE_LINE },
);
const EOL = fc.constantFrom('\n', '\n', '\r\n');
const FRONT_MATTER = fc.constantFrom('', '', '---\ntitle: Refund approved\n---\n', '---\ntitle: "Quoted"\ntags: [billing]\n---\n\n');

/** Whole Markdown files: the subset, its near misses and every bail-out trigger. */
const nearMissFile = fc
  .tuple(FRONT_MATTER, fc.array(line, { minLength: 1, maxLength: 9 }), EOL, fc.boolean())
  .map(([frontMatter, lines, eol, final]) => frontMatter.replace(/\n/g, eol) + lines.join(eol) + (final ? eol : ''));

/** Replies as writers write them: greeting, paragraphs, a list, a link, a sign-off. */
const replyFile = fc
  .record({
    greeting: fc.constantFrom('Hi {{ticket.requester.first_name}},', 'Hello {%customer.firstName,fallback=there%},', 'Dear customer,', '## Hi there'),
    paragraphs: fc.array(fc.array(fc.constantFrom(...SENTENCES, 'Open **Settings > Billing**.', 'Type `/invite @Example` in the channel.', 'See our [help centre](https://example.com/help) for more.', 'It is *really* fixed now.'), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    list: fc.option(fc.tuple(fc.constantFrom('- ', '* ', '1. ', '1) '), fc.array(fc.constantFrom(...SENTENCES, 'Click **Reconnect**.'), { minLength: 1, maxLength: 4 }), fc.boolean())),
    /** Between sentences: a space, a soft line break (with a trailing space or not) or a hard one. */
    joiner: fc.constantFrom(' ', ' ', '\n', ' \n', '  \n'),
    eol: EOL,
  })
  .map(({ greeting, paragraphs, list, joiner, eol }) => {
    const blocks = [greeting, ...paragraphs.map((sentences) => sentences.join(joiner))];
    if (list) {
      const [marker, items, loose] = list;
      blocks.splice(2, 0, items.map((item, n) => (marker.startsWith('1') ? marker.replace('1', String(n + 1)) : marker) + item).join(loose ? '\n\n' : '\n'));
    }
    blocks.push('Best,  \nThe Support team');
    return `${blocks.join('\n\n').replace(/\n/g, eol)}${eol}`;
  });

describe('the Markdown fast path', () => {
  it('reads the emphasis edge cases, links, code and lists of the subset as remark-parse does', () => {
    const bodies = [
      '**a**b', 'a**b**', '** a**', '*a **b** c*', '*foo**bar*', '**a*', '*a**', '*“a”*b', 'a*“b”*',
      '[refund page](https://example.com/refunds) and [NAME]', '[*a*](u) *[b](u)*', 'Open **Settings > Billing**.',
      '`code` and ` padded ` and `  ` and a lone `', 'line one  \nline two \nline three',
      '- a\n- b\n\n- c', '1. a\nlazy\n2) b', '- a\n  indented continuation\n\nAfter.', 'a\n2. b', 'a\n01. b', 'a\n1. b',
      '# Heading *a*  \n\n---\n\nText', '- a  \n- b', 'a\r\nb  \r\nc\r\n', 'Sig | Customer Care',
      // Masked placeholders: private-use characters, letters to micromark's flanking rules.
      '\uE000\uE000\uE000 *x*', '*\uE000\uE000*', 'a*\uE001*b', '**\uE000**\uE001',
    ];
    for (const body of bodies) {
      const fast = parseSimpleMarkdown(body);
      expect(fast, body).toBeDefined();
      expect(treeData(fast!), body).toEqual(treeData(parseMarkdown(body)));
    }
  });

  it('declines every construct outside the subset', () => {
    const bodies = [
      'a \\* b', 'Q&amp;A', '&#39;', '<b>hi</b>', '<https://x.y>', '<!-- c -->', 'snake_case', '![logo](l.png)', '[a]: https://x.y\n\n[a]',
      '``a``', '```\ncode\n```', '~~~\ncode\n~~~', '> quoted', '    indented code', '\tTab', 'a\tb', 'NUL\u0000', 'lone\rCR', '\uFEFFBOM',
      'Heading\n===', 'Heading\n---', '***bold italic***', '[a [b] c](u)', '[a](u v)', '[a](u "t")', '[a]()', '[a][b]', '[a][]', '[a](u(b))',
      '- a\n  - nested', '- # heading item', '-', '1.', '# ', '# a #', '  indented start', '- a\n\n  second paragraph',
      '1) ` a\n   *b*', '`code\nover lines`', '[link\nover lines](u)', '-     five spaces',
    ];
    for (const body of bodies) expect(parseSimpleMarkdown(body), JSON.stringify(body)).toBeUndefined();
  });

  it('has a switch that sends every body to remark-parse', () => {
    expect(tryFastMarkdown('Plain text.')).toBeDefined();
    setMarkdownFastPath(false);
    expect(tryFastMarkdown('Plain text.')).toBeUndefined();
  });

  it(`agrees with remark-parse on generated near misses: tree, prose view, directives, diagnostics (${RUNS} runs)`, () => {
    let bodies = 0;
    let fast = 0;
    fc.assert(
      fc.property(nearMissFile, (text) => {
        const checked = checkFile(text, path.join(repoRoot, 'reply.md'), recommended.config, recommended.rules);
        bodies += checked.bodies;
        fast += checked.fast;
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: about one near miss in ten is still in the subset.
    expect(fast / bodies).toBeGreaterThan(0.05);
  }, 300_000);

  it(`agrees with remark-parse on generated replies, and reads most of them (${RUNS} runs)`, () => {
    let bodies = 0;
    let fast = 0;
    let diagnostics = 0;
    fc.assert(
      fc.property(replyFile, (text) => {
        const filePath = path.join(repoRoot, 'reply.md');
        const checked = checkFile(text, filePath, recommended.config, recommended.rules);
        bodies += checked.bodies;
        fast += checked.fast;
        diagnostics += lintText(text, { filePath, ...recommended }).messages.length;
      }),
      { numRuns: RUNS },
    );
    expect(fast / bodies).toBeGreaterThan(0.9);
    expect(diagnostics).toBeGreaterThan(RUNS);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------
// Fixtures and the shared corpus
// ---------------------------------------------------------------------------------------------

const TEMPLATE_FILE = /\.(?:md|markdown|liquid|hbs|handlebars|mustache|j2|jinja|txt|html?|json|ya?ml|rst)$/;

function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : templateFiles(full);
    return TEMPLATE_FILE.test(name) ? [full] : [];
  });
}

type LoadedConfig = Awaited<ReturnType<typeof loadConfig>>;

/** Lints every file with its config both ways; returns the Markdown bodies seen and read fast. */
async function checkFiles(files: readonly string[], loadedFor: (file: string) => Promise<LoadedConfig>): Promise<Checked> {
  const total: Checked = { bodies: 0, fast: 0 };
  for (const file of files) {
    const loaded = await loadedFor(file);
    const config = loaded.forFile(file);
    const rules = await loadEnabledRules(enabledRuleIds([config]), loaded, { loadRules });
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const checked = checkFile(text, file, config, rules);
    total.bodies += checked.bodies;
    total.fast += checked.fast;
  }
  return total;
}

describe('the Markdown fast path on real files', () => {
  it('gives identical lintText results on every fixture, and reads most Markdown bodies there', async () => {
    const byDirectory = new Map<string, Promise<LoadedConfig>>();
    const loadedFor = (file: string): Promise<LoadedConfig> => {
      const dir = path.dirname(file);
      // Fixtures with a broken config on purpose are checked with the recommended one.
      if (!byDirectory.has(dir)) byDirectory.set(dir, loadConfig({ cwd: dir }).catch(() => loadConfig({ cwd: dir, useConfigLookup: false })));
      return byDirectory.get(dir)!;
    };
    const checked = await checkFiles(templateFiles(path.join(repoRoot, 'fixtures')), loadedFor);
    expect(checked.bodies).toBeGreaterThan(100);
    expect(checked.fast / checked.bodies).toBeGreaterThan(0.9);
  }, 300_000);

  it.skipIf(!existsSync(corpusDir))('gives identical lintText results on every file of ../shared/corpus', async () => {
    const loaded = await loadConfig({ cwd: repoRoot, configFile: path.join(repoRoot, 'fixtures/corpus-config/.macrolintrc.yaml') });
    const checked = await checkFiles(templateFiles(corpusDir), async () => loaded);
    expect(checked.fast).toBeGreaterThan(0);
  }, 300_000);
});

// ---------------------------------------------------------------------------------------------
// Lazy loading (on the built code, in a fresh process: this one has loaded remark-parse already)
// ---------------------------------------------------------------------------------------------

describe('loading remark-parse', () => {
  const script = `
import { createRequire } from 'node:module';
const { lintText } = await import(${JSON.stringify(new URL('../../dist/src/index.js', import.meta.url).href)});
const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\\\/]node_modules[\\\\/](remark-parse|micromark)[\\\\/]/.test(file));
await lintText('Hi {{ticket.requester.first_name}},\\n\\nThanks for **waiting**. See [the guide](https://example.com/g).\\n\\n- Restart the app.\\n', { filePath: 'a.md' });
const afterFast = loaded();
await lintText('> You never answer my emails.\\n\\nSorry about that.\\n', { filePath: 'b.md' });
console.log(JSON.stringify([afterFast, loaded()]));
`;

  it('happens only when a body needs it', () => {
    if (!existsSync(new URL('../../dist/src/index.js', import.meta.url))) {
      throw new Error('dist/ is missing: run `npm run build` (npm test does it for you) first.');
    }
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([false, true]);
  }, 60_000);
});
