// Every built-in formatter, on arbitrary results (arbitraries.ts: any code point in messages,
// rule ids, file and template names, rule descriptions and docs URLs, and the linted text the
// html report quotes; numbers at their edges), produces valid output for its medium:
//   json         parses, and every message, file path and template name reads back unchanged;
//   sarif        parses and validates against the OASIS SARIF 2.1.0 schema (ajv);
//   junit,       are well-formed XML 1.0 (xml-well-formed.ts, a strict checker);
//   checkstyle
//   html         parses as HTML5 without a parse error (parse5), and the linted files' text
//                adds no element, attribute or link: only the report's own elements, no
//                script, no event handler, links only to http(s) or the report itself;
//   github       one workflow command per problem, each on one line: `::error|warning
//                props::message`, props only the known `key=value` pairs with no raw `:` or `,`,
//                and no CR anywhere, so text can neither end a command nor start another;
//   stylish,     contain no control character but \n (no C0/C1 control, DEL, bidi control or
//   compact,     line/paragraph separator), and colour codes only as SGR sequences with colour
//   unix         on; compact and unix print exactly one line per problem.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { parse as parseHtml } from 'parse5';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/summarize.js';
import { loadFormatter } from '../../src/formatters/index.js';
import type { FileResult, RuleMeta } from '../../src/types.js';
import { fileResult, reportText } from './arbitraries.js';
import { NUM_RUNS, repoRoot } from './harness.js';
import { xmlProblem } from './xml-well-formed.js';

const cwd = '/work/project';

interface Report {
  results: FileResult[];
  rulesMeta: Record<string, RuleMeta>;
  sources: Map<string, string>;
}

const report: fc.Arbitrary<Report> = fc
  .tuple(
    fc.array(fileResult, { maxLength: 4 }),
    fc.array(fc.tuple(reportText, fc.oneof(fc.constantFrom('https://example.com/rules/x', 'javascript:alert(1)', 'http://a/"><script>'), reportText)), { maxLength: 4 }),
    fc.array(reportText, { maxLength: 6 }),
  )
  .map(([files, descriptions, lines]) => {
    const results = files.map((file) => summarize(file.filePath, file.messages, file.templates));
    const ids = [...new Set(results.flatMap((r) => r.messages.flatMap((m) => (m.ruleId ? [m.ruleId] : []))))];
    const rulesMeta: Record<string, RuleMeta> = {};
    ids.forEach((id, i) => {
      const [description, url] = descriptions[i % Math.max(1, descriptions.length)] ?? ['', ''];
      rulesMeta[id] = { id, type: 'tone', docs: { description, recommended: 'error', url }, messages: {} };
    });
    const sources = new Map(results.map((r) => [r.filePath, lines.join(['\n', '\r\n', '\r'][lines.length % 3]!)]));
    return { results, rulesMeta, sources };
  });

/** Runs `check` on every formatter output for NUM_RUNS generated reports. */
async function forEveryReport(name: string, check: (output: string, report: Report, color: boolean) => void): Promise<void> {
  const format = await loadFormatter(name);
  fc.assert(
    fc.property(report, fc.boolean(), (generated, color) => {
      const output = format(generated.results, { cwd, color, rulesMeta: generated.rulesMeta, sources: generated.sources });
      check(output, generated, color);
    }),
    { numRuns: NUM_RUNS },
  );
}

// C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line/paragraph separators.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const SGR = /\u001b\[[0-9;]*m/g;

function terminalProblem(output: string, color: boolean): string | undefined {
  const visible = color ? output.replace(SGR, '') : output;
  const bad = UNSAFE.exec(visible);
  return bad ? `U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} at ${bad.index}: ${JSON.stringify(visible.slice(Math.max(0, bad.index - 40), bad.index + 10))}` : undefined;
}

const problems = (r: Report) => r.results.reduce((n, result) => n + result.messages.length, 0);

describe('formatters on arbitrary results', () => {
  it('json: parses, and reads back every message, path and template name', async () => {
    await forEveryReport('json', (output, { results }) => {
      const parsed = JSON.parse(output) as Array<{ filePath: string; messages: Array<{ message: string; template?: string }> }>;
      expect(parsed.map((r) => r.filePath)).toEqual(results.map((r) => r.filePath));
      expect(parsed.map((r) => r.messages.map((m) => [m.message, m.template]))).toEqual(results.map((r) => r.messages.map((m) => [m.message, m.template])));
    });
  });

  it('sarif: validates against the SARIF 2.1.0 schema', async () => {
    const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
    const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as typeof addFormatsModule.default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${repoRoot}fixtures/sarif/sarif-schema-2.1.0.json`, 'utf8')) as object);
    await forEveryReport('sarif', (output) => {
      if (!validate(JSON.parse(output))) throw new Error(`invalid SARIF: ${JSON.stringify(validate.errors)}`);
    });
  });

  it.each(['junit', 'checkstyle'])('%s: is well-formed XML', async (name) => {
    await forEveryReport(name, (output) => {
      const problem = xmlProblem(output);
      if (problem) throw new Error(`${problem} in ${JSON.stringify(output.slice(0, 2000))}`);
    });
  });

  it('html: parses without error, and the results add no element, attribute or link of their own', async () => {
    const format = await loadFormatter('html');
    // The report's own elements, from a run whose text can't be mistaken for markup.
    const own = new Set<string>();
    const problem = (ruleId: string | null, template?: string) => ({ ruleId, severity: 2 as const, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 2, offset: 0, endOffset: 1, ...(template ? { template } : {}), ...(ruleId ? {} : { fatal: true }) });
    const plain = summarize(`${cwd}/a.md`, [problem('linked', 'T'), problem('unlinked'), problem(null)], [{ name: 'T', metadata: {} }]);
    const meta = (id: string, url?: string): RuleMeta => ({ id, type: 'tone', docs: { description: 'd', recommended: 'error', ...(url ? { url } : {}) }, messages: {} });
    const context = { cwd, color: false, rulesMeta: { linked: meta('linked', 'https://x.example/r'), unlinked: meta('unlinked') }, sources: new Map([[`${cwd}/a.md`, 'x']]) };
    walk(parseHtml(format([plain], context)), (element) => own.add(element.nodeName));
    await forEveryReport('html', (output) => {
      const errors: string[] = [];
      const document = parseHtml(output, { onParseError: (error) => errors.push(error.code) });
      if (errors.length > 0) throw new Error(`HTML parse errors: ${errors.join(', ')}`);
      walk(document, (element) => {
        if (!own.has(element.nodeName)) throw new Error(`an element <${element.nodeName}> the report never writes`);
        for (const { name, value } of element.attrs) {
          if (/^on/i.test(name)) throw new Error(`an event handler ${name}="${value}"`);
          if (name === 'href' && !/^(?:https?:\/\/|#)/.test(value)) throw new Error(`a link to ${value}`);
        }
      });
    });
  });

  it('github: one command per problem, each on one line, with only known properties', async () => {
    await forEveryReport('github', (output, generated) => {
      if (output.includes('\r')) throw new Error(`a CR in ${JSON.stringify(output)}`);
      const lines = output === '' ? [] : output.replace(/\n$/, '').split('\n');
      expect(lines).toHaveLength(problems(generated));
      for (const line of lines) {
        const command = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
        if (!command) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
        for (const property of command[2]!.split(',')) {
          if (!/^(?:file|line|col|endLine|endColumn|title)=[^,:]*$/.test(property)) throw new Error(`a property ${JSON.stringify(property)} in ${JSON.stringify(line)}`);
        }
        const problem = terminalProblem(command[3]!, false);
        if (problem) throw new Error(`a control character in the message: ${problem}`);
      }
    });
  });

  it.each(['stylish', 'compact', 'unix'])('%s: no control character but line breaks, colour only as SGR codes when on', async (name) => {
    await forEveryReport(name, (output, generated, color) => {
      if (!color && output.includes('\u001b')) throw new Error('colour codes with colour off');
      const problem = terminalProblem(output, color);
      if (problem) throw new Error(problem);
      // One line per problem, then a blank line and the count: no text can add a line.
      if (name !== 'stylish' && output !== '') expect(output.split('\n')).toHaveLength(problems(generated) + 3);
    });
  });
});

interface Element {
  nodeName: string;
  attrs: Array<{ name: string; value: string }>;
  childNodes?: Element[];
  content?: Element;
}

/** Calls `visit` on every element of a parse5 tree. */
function walk(node: unknown, visit: (element: Element) => void): void {
  const element = node as Element;
  if (Array.isArray(element.attrs)) visit(element);
  for (const child of element.childNodes ?? []) walk(child, visit);
  if (element.content) walk(element.content, visit);
}
