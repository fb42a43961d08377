// The CI formatters (compact, unix, github, junit, checkstyle): exact output for a normal run,
// and proof that hostile text from linted files cannot break out of any of the formats.
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { compact } from '../../src/formatters/compact.js';
import { escapeControlChars } from '../../src/formatters/escape.js';
import { github } from '../../src/formatters/github.js';
import { formatterNames, loadFormatter } from '../../src/formatters/index.js';
import { junit } from '../../src/formatters/junit.js';
import type { Formatter } from '../../src/formatters/types.js';
import { unix } from '../../src/formatters/unix.js';
import type { FileResult } from '../../src/types.js';
import { hostileCwd, hostilePackResult, hostileResults, hostileStrings } from './hostile-results.js';
import { cleanResult, cwd, refundResult } from './sample-results.js';

const formatters: Record<string, Formatter> = { checkstyle, compact, github, junit, unix };
const hostileMessageCount = hostileResults.reduce((sum, result) => sum + result.messages.length, 0);

/** A normal run plus a template-named problem. */
const templated: FileResult = {
  ...refundResult,
  filePath: `${cwd}/macros/pack.json`,
  messages: [{ ...refundResult.messages[0]!, template: 'Refund approved', line: 4, column: 3, endLine: 4, endColumn: 8 }],
  errorCount: 1,
  warningCount: 0,
  fixableWarningCount: 0,
};
const normal = [cleanResult, refundResult, templated];

// ---------------------------------------------------------------------------------------------
// A minimal XML 1.0 well-formedness checker: enough of the grammar for what the formatters write
// (declaration, elements, attributes, text, entity and character references; no DTD, CDATA,
// comments or PIs beyond the declaration). Anything else is an error, so it fails loudly.
// ---------------------------------------------------------------------------------------------

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const XML_CHAR = /^[\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;
const NAME = /[A-Za-z_][\w.-]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeReferences(raw: string, where: string): string {
  return raw.replace(/&([^;&<]*);|&/g, (match, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${where}`);
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const code = /^#x([0-9a-f]+)$/i.exec(ref) ? parseInt(ref.slice(2), 16) : /^#(\d+)$/.exec(ref) ? Number(ref.slice(1)) : NaN;
    const char = Number.isNaN(code) ? '' : String.fromCodePoint(code);
    if (!char || !XML_CHAR.test(char)) throw new Error(`bad reference ${match} in ${where}`);
    return char;
  });
}

function parseXml(xml: string): XmlElement {
  if (!XML_CHAR.test(xml)) throw new Error('character not allowed in XML 1.0');
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos}: ${JSON.stringify(xml.slice(pos, pos + 40))}`);
  };
  const skipSpace = (): void => {
    while (/[ \t\r\n]/.test(xml[pos] ?? '')) pos++;
  };
  const name = (): string => {
    NAME.lastIndex = pos;
    const match = NAME.exec(xml);
    if (!match) fail('expected a name');
    pos += match![0].length;
    return match![0];
  };
  if (xml.startsWith('<?xml ')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated declaration');
    pos = end + 2;
  }
  skipSpace();
  const element = (): XmlElement => {
    if (xml[pos] !== '<') fail('expected <');
    pos++;
    const node: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = pos;
      skipSpace();
      if (xml.startsWith('/>', pos)) {
        pos += 2;
        return node;
      }
      if (xml[pos] === '>') {
        pos++;
        break;
      }
      if (pos === before) fail('expected space before attribute');
      const attr = name();
      if (attr in node.attributes) fail(`duplicate attribute ${attr}`);
      if (xml[pos] !== '=') fail('expected =');
      const quote = xml[pos + 1];
      if (quote !== '"' && quote !== "'") fail('expected a quote');
      const end = xml.indexOf(quote!, pos + 2);
      if (end < 0) fail('unterminated attribute');
      const raw = xml.slice(pos + 2, end);
      if (raw.includes('<')) fail(`raw < in attribute ${attr}`);
      node.attributes[attr] = decodeReferences(raw, `attribute ${attr}`);
      pos = end + 1;
    }
    for (;;) {
      const next = xml.indexOf('<', pos);
      if (next < 0) fail(`unclosed <${node.name}>`);
      const raw = xml.slice(pos, next);
      if (raw.includes(']]>')) fail(']]> in text');
      node.text += decodeReferences(raw, `text of ${node.name}`);
      pos = next;
      if (xml.startsWith('</', pos)) {
        pos += 2;
        const closing = name();
        if (closing !== node.name) fail(`</${closing}> closes <${node.name}>`);
        skipSpace();
        if (xml[pos] !== '>') fail('expected >');
        pos++;
        return node;
      }
      node.children.push(element());
    }
  };
  const root = element();
  skipSpace();
  if (pos !== xml.length) fail('content after the root element');
  return root;
}

const all = (node: XmlElement, name: string): XmlElement[] =>
  [...(node.name === name ? [node] : []), ...node.children.flatMap((child) => all(child, name))];

describe('the XML checker used below', () => {
  it('accepts well-formed XML and decodes it', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; &lt;2&gt; &quot;&apos; &#10;"><b/>t&amp;<c y=\'q\'>&#x1F4A5;</c></a>\n');
    expect(root.attributes.x).toBe('1 & <2> "\' \n');
    expect(root.text).toBe('t&');
    expect(all(root, 'c')[0]!.text).toBe('\u{1F4A5}');
  });

  it.each([
    ['raw < in an attribute', '<a x="<"/>'],
    ['a bare &', '<a>&</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a mismatched tag', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></b>'],
    ['an ESC byte', '<a>\u001b[31m</a>'],
    ['a forbidden reference', '<a>&#27;</a>'],
    [']]> in text', '<a>]]></a>'],
    ['a quote ending an attribute early', '<a x="say "hi""/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['two roots', '<a/><b/>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// GitHub's workflow-command parsing, as the runner does it (ActionCommand.TryParseV2).
// ---------------------------------------------------------------------------------------------

interface Command {
  command: string;
  properties: Record<string, string>;
  data: string;
}

const unescapeData = (text: string): string => text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (text: string): string =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

function parseCommand(line: string): Command | undefined {
  if (!line.startsWith('::')) return undefined;
  const end = line.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = line.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
  }
  return { command, properties, data: unescapeData(line.slice(end + 2)) };
}

// ---------------------------------------------------------------------------------------------

describe('registry', () => {
  it('loads the CI formatters by name', async () => {
    for (const name of Object.keys(formatters)) {
      expect(formatterNames).toContain(name);
      expect(await loadFormatter(name)).toBe(formatters[name]);
    }
  });
});

describe('exact output for a normal run', () => {
  it('compact', () => {
    expect(compact(normal, { cwd, color: true })).toBe(
      [
        'macros/refund.md: line 3, col 1, Error - Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)',
        'macros/refund.md: line 12, col 10, Warning - Acknowledge the problem before the fix. (acknowledge-before-resolving)',
        'macros/pack.json: line 4, col 3, Error - Template "Refund approved": Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
    expect(compact([cleanResult], { cwd, color: false })).toBe('');
  });

  it('unix', () => {
    expect(unix(normal, { cwd, color: true })).toBe(
      [
        'macros/refund.md:3:1: Telling the customer they are wrong puts them on the defensive. [Error/no-customer-wrong]',
        'macros/refund.md:12:10: Acknowledge the problem before the fix. [Warning/acknowledge-before-resolving]',
        'macros/pack.json:4:3: Template "Refund approved": Telling the customer they are wrong puts them on the defensive. [Error/no-customer-wrong]',
        '',
        '3 problems',
        '',
      ].join('\n'),
    );
    expect(unix([refundResult].slice(0, 1).map((r) => ({ ...r, messages: r.messages.slice(1) })), { cwd, color: false })).toBe(
      'macros/refund.md:12:10: Acknowledge the problem before the fix. [Warning/acknowledge-before-resolving]\n\n1 problem\n',
    );
    expect(unix([cleanResult], { cwd, color: false })).toBe('');
  });

  it('github', () => {
    expect(github(normal, { cwd, color: true })).toBe(
      [
        '::error file=macros/refund.md,line=3,col=1,endLine=3,endColumn=6,title=no-customer-wrong::Telling the customer they are wrong puts them on the defensive.',
        '::warning file=macros/refund.md,line=12,col=10,endLine=12,endColumn=15,title=acknowledge-before-resolving::Acknowledge the problem before the fix.',
        '::error file=macros/pack.json,line=4,col=3,endLine=4,endColumn=8,title=no-customer-wrong (Refund approved)::Telling the customer they are wrong puts them on the defensive.',
        '',
      ].join('\n'),
    );
    expect(github([cleanResult], { cwd, color: false })).toBe('');
  });

  it('junit', () => {
    expect(junit(normal, { cwd, color: true })).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '<testsuite package="org.macrolint" time="0" tests="1" errors="0" failures="0" name="macros/clean.md">',
        '<testcase time="0" name="macros/clean.md" classname="macros/clean" />',
        '</testsuite>',
        '<testsuite package="org.macrolint" time="0" tests="2" errors="0" failures="2" name="macros/refund.md">',
        '<testcase time="0" name="no-customer-wrong" classname="macros/refund"><failure message="Telling the customer they are wrong puts them on the defensive." type="error">line 3, col 1, Error - Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)</failure></testcase>',
        '<testcase time="0" name="acknowledge-before-resolving" classname="macros/refund"><failure message="Acknowledge the problem before the fix." type="warning">line 12, col 10, Warning - Acknowledge the problem before the fix. (acknowledge-before-resolving)</failure></testcase>',
        '</testsuite>',
        '<testsuite package="org.macrolint" time="0" tests="1" errors="0" failures="1" name="macros/pack.json">',
        '<testcase time="0" name="no-customer-wrong (Refund approved)" classname="macros/pack"><failure message="Telling the customer they are wrong puts them on the defensive." type="error">line 4, col 3, Error - Template &quot;Refund approved&quot;: Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)</failure></testcase>',
        '</testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('checkstyle', () => {
    expect(checkstyle(normal, { cwd, color: true })).toBe(
      '<?xml version="1.0" encoding="utf-8"?><checkstyle version="4.3">' +
        '<file name="macros/clean.md"></file>' +
        '<file name="macros/refund.md">' +
        '<error line="3" column="1" severity="error" message="Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)" source="macrolint.rules.no-customer-wrong" />' +
        '<error line="12" column="10" severity="warning" message="Acknowledge the problem before the fix. (acknowledge-before-resolving)" source="macrolint.rules.acknowledge-before-resolving" />' +
        '</file>' +
        '<file name="macros/pack.json">' +
        '<error line="4" column="3" severity="error" message="Template &quot;Refund approved&quot;: Telling the customer they are wrong puts them on the defensive. (no-customer-wrong)" source="macrolint.rules.no-customer-wrong" />' +
        '</file>' +
        '</checkstyle>\n',
    );
  });
});

describe('hostile results', () => {
  it('cover what the brief asks for', () => {
    expect(hostileResults.length).toBeGreaterThanOrEqual(3);
    expect(hostileResults.some((r) => r.messages.length === 0)).toBe(true);
    expect(hostileResults.some((r) => / /.test(r.filePath) && /%/.test(r.filePath))).toBe(true);
    const messages = hostileResults.flatMap((r) => r.messages);
    expect(messages.some((m) => m.ruleId === null && m.fatal)).toBe(true);
    expect(new Set(messages.map((m) => m.severity))).toEqual(new Set([1, 2]));
    expect(messages.some((m) => m.endLine > m.line)).toBe(true);
    const text = messages.map((m) => `${m.message}${m.template ?? ''}`).join('');
    for (const fragment of Object.values(hostileStrings)) expect(text).toContain(fragment);
  });

  describe.each(Object.entries(formatters))('%s', (name, format) => {
    const out = format(hostileResults, { cwd: hostileCwd, color: true });

    it('emits no terminal or bidi controls and no raw CR', () => {
      expect(out).not.toContain('\u001b');
      expect(out).not.toContain('\u009b');
      expect(out).not.toContain('\r');
      expect(out).not.toContain('\u0007');
      expect(out).not.toContain('\u0000');
      expect(out).not.toContain('\u202e');
      expect(out).not.toContain('\u2028');
      // eslint-disable-next-line no-control-regex
      expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      // The emoji is not a control character: it comes through as it is.
      expect(out).toContain(hostileStrings.emoji);
    });

    it('is deterministic and does not mutate its input', () => {
      const before = JSON.stringify(hostileResults);
      expect(format(hostileResults, { cwd: hostileCwd, color: false })).toBe(out);
      expect(JSON.stringify(hostileResults)).toBe(before);
      expect(name).toBeTruthy();
    });
  });

  it.each([
    ['compact', compact],
    ['unix', unix],
  ])('%s: one line per problem, paths relative, text escaped visibly', (_, format) => {
    const out = format(hostileResults, { cwd: hostileCwd, color: false });
    const lines = out.split('\n');
    expect(lines).toHaveLength(hostileMessageCount + 3);
    expect(lines.slice(-3)).toEqual(['', `${hostileMessageCount} problems`, '']);
    const problemLines = lines.slice(0, hostileMessageCount);
    expect(problemLines.slice(0, 4).every((line) => line.startsWith("macros/100% refunds, Q1: Tom & Jerry's/pack.json:"))).toBe(true);
    expect(problemLines[4]).toMatch(/^macros\/broken\\x1b\[2J\.yaml:/);
    expect(out).toContain(escapeControlChars(hostilePackResult.messages[1]!.message));
    expect(out).toContain('Template "Refund \\x1b[31mapproved</script>": Quoted "\\x1b[2J\\x1b[31mYou are wrong\\x1b[0m"');
    expect(out).not.toContain(hostileCwd);
  });

  it('compact keeps ESLint\'s shape and leaves the rule id last', () => {
    const lines = compact(hostileResults, { cwd: hostileCwd, color: false }).split('\n').slice(0, hostileMessageCount);
    const shape = /^(.+): line (\d+), col (\d+), (Error|Warning) - (.+?)(?: \(([\w-]+)\))?$/;
    expect(lines.map((line) => shape.exec(line)?.slice(2, 5).concat(shape.exec(line)![6] ?? ''))).toEqual([
      ['2', '5', 'Error', 'no-blame'],
      ['8', '7', 'Warning', 'acknowledge-before-resolving'],
      ['11', '1', 'Error', 'no-blame'],
      ['14', '2', 'Warning', 'no-jargon'],
      ['1', '1', 'Error', ''],
    ]);
  });

  describe('github', () => {
    const out = github(hostileResults, { cwd: hostileCwd, color: false });
    const lines = out.split('\n');
    const messages = hostileResults.flatMap((result) => result.messages.map((message) => ({ result, message })));

    it('writes exactly one command line per problem, and nothing else', () => {
      expect(lines.pop()).toBe('');
      expect(lines).toHaveLength(hostileMessageCount);
      for (const line of lines) expect(line).toMatch(/^::(error|warning) file=/);
    });

    it('keeps the properties free of `::`, `,` and raw newlines, so the separator is the first `::`', () => {
      for (const line of lines) {
        const separator = line.indexOf('::', 2);
        const properties = line.slice(line.indexOf(' ') + 1, separator);
        // Only our own `,` between properties and `=` after each key; values escape `:` and `,`.
        for (const pair of properties.split(',')) {
          expect(pair).toMatch(/^(file|line|col|endLine|endColumn|title)=[^:,\n\r]*$/);
        }
        expect(properties).not.toContain(':');
      }
    });

    it('round-trips through the runner\'s parser to the escaped originals', () => {
      lines.forEach((line, i) => {
        const { result, message } = messages[i]!;
        const parsed = parseCommand(line)!;
        expect(parsed.command).toBe(message.fatal || message.severity === 2 ? 'error' : 'warning');
        const file = result.filePath.slice(hostileCwd.length + 1);
        expect(parsed.properties.file).toBe(escapeControlChars(file));
        const title = `${message.ruleId ?? 'fatal'}${message.template ? ` (${message.template})` : ''}`;
        expect(parsed.properties.title).toBe(escapeControlChars(title));
        // Newlines stay line breaks in the annotation; every other control character is visible.
        expect(parsed.data).toBe(message.message.split('\n').map(escapeControlChars).join('\n'));
        expect(Object.keys(parsed.properties).every((key) => ['file', 'line', 'col', 'endLine', 'endColumn', 'title'].includes(key))).toBe(true);
      });
    });

    it('keeps encoded-looking text literal', () => {
      const encoded = parseCommand(lines[2]!)!;
      expect(encoded.data).toContain('Already encoded %0A::error::x and %250A, 50% off');
      expect(lines[2]).toContain('Already encoded %250A::error::x and %25250A, 50%25 off');
      // The path's `%`, `,` and `:` are escaped in the file property.
      expect(lines[0]).toContain("file=macros/100%25 refunds%2C Q1%3A Tom & Jerry's/pack.json,");
      expect(parseCommand(lines[0]!)!.properties.file).toBe("macros/100% refunds, Q1: Tom & Jerry's/pack.json");
    });

    it('leaves out columns the runner would reject on multi-line ranges', () => {
      expect(lines[1]).toContain(',line=8,endLine=10,title=');
      expect(lines[1]).not.toContain('col=');
      const out2 = github([{ ...refundResult, messages: [{ ...refundResult.messages[0]!, endLine: 2, endColumn: 0 }] }], { cwd, color: false });
      expect(out2).toContain(',line=3,col=1,title=');
      const out3 = github([{ ...refundResult, messages: [{ ...refundResult.messages[0]!, line: 0, column: 0 }] }], { cwd, color: false });
      expect(out3).toMatch(/^::error file=macros\/refund\.md,title=no-customer-wrong::/);
    });

    it('would fail on an unescaped newline (the check can fail)', () => {
      const naive = `::error file=a,title=t::${hostilePackResult.messages[1]!.message}`;
      expect(naive.split(/\r\n|\r|\n/).every((line) => /^::(error|warning) /.test(line))).toBe(false);
    });
  });

  describe('junit', () => {
    const out = junit(hostileResults, { cwd: hostileCwd, color: false });
    // Parsed inside each test, so a malformed document fails the tests rather than their collection.
    const parsed = (): XmlElement => parseXml(out);

    it('is well-formed, one suite per file, one case per problem, a passing case for a clean file', () => {
      const root = parsed();
      expect(root.name).toBe('testsuites');
      const suites = all(root, 'testsuite');
      expect(suites.map((s) => s.attributes.name)).toEqual([
        "macros/100% refunds, Q1: Tom & Jerry's/pack.json",
        'macros/broken\\x1b[2J.yaml',
        'macros/all good.md',
      ]);
      expect(suites.map((s) => [s.attributes.tests, s.attributes.errors, s.attributes.failures])).toEqual([
        ['4', '0', '4'],
        ['1', '1', '0'],
        ['1', '0', '0'],
      ]);
      const clean = all(suites[2]!, 'testcase');
      expect(clean).toHaveLength(1);
      expect(clean[0]!.children).toEqual([]);
      expect(all(root, 'failure')).toHaveLength(4);
      expect(all(root, 'error')).toHaveLength(1);
    });

    it('decodes back to the visibly escaped text', () => {
      const root = parsed();
      const failures = [...all(root, 'failure'), ...all(root, 'error')];
      const messages = hostileResults.flatMap((r) => r.messages);
      failures.forEach((failure, i) => {
        expect(failure.attributes.message).toBe(escapeControlChars(messages[i]!.message));
        expect(failure.attributes.type).toBe(messages[i]!.severity === 2 ? 'error' : 'warning');
        expect(failure.text).toContain(escapeControlChars(messages[i]!.message));
      });
      expect(all(root, 'testcase')[0]!.attributes.name).toBe('no-blame (Refund \\x1b[31mapproved</script>)');
      expect(all(root, 'testcase')[4]!.attributes.name).toBe('fatal');
    });
  });

  describe('checkstyle', () => {
    const out = checkstyle(hostileResults, { cwd: hostileCwd, color: false });
    const parsed = (): XmlElement => parseXml(out);

    it('is well-formed, a file element per file, an error per problem', () => {
      const root = parsed();
      expect(root.name).toBe('checkstyle');
      expect(root.attributes.version).toBe('4.3');
      const files = all(root, 'file');
      expect(files.map((f) => f.attributes.name)).toEqual([
        "macros/100% refunds, Q1: Tom & Jerry's/pack.json",
        'macros/broken\\x1b[2J.yaml',
        'macros/all good.md',
      ]);
      expect(files.map((f) => f.children.length)).toEqual([4, 1, 0]);
    });

    it('decodes back to the visibly escaped text', () => {
      const root = parsed();
      const errors = all(root, 'error');
      expect(errors.map((e) => e.attributes.source)).toEqual([
        'macrolint.rules.no-blame',
        'macrolint.rules.acknowledge-before-resolving',
        'macrolint.rules.no-blame',
        'macrolint.rules.no-jargon',
        '',
      ]);
      expect(errors.map((e) => e.attributes.severity)).toEqual(['error', 'warning', 'error', 'warning', 'error']);
      expect(errors[3]!.attributes.message).toBe(
        escapeControlChars(`Template "${hostilePackResult.messages[3]!.template}": ${hostilePackResult.messages[3]!.message} (no-jargon)`),
      );
      expect(errors[4]!.attributes.message).toBe(escapeControlChars(hostileResults[1]!.messages[0]!.message));
    });
  });
});
