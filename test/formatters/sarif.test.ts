import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFormatter } from '../../src/formatters/index.js';
import { sarif, toSarifLog } from '../../src/formatters/sarif.js';
import type { RuleMeta } from '../../src/types.js';
import { packageVersion } from '../../src/cli/version.js';
import { runMain } from '../cli/run-main.js';
import { bothRules } from '../engine/fake-deps.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';
import { hostileCwd, hostileFatalResult, hostilePackResult, hostileResults } from './hostile-results.js';
import { cleanResult, cwd, refundResult, sampleResults } from './sample-results.js';

// ajv and ajv-formats are CommonJS with a `default` export; under NodeNext the default import
// is the module object, so take `.default` when it is there.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as typeof addFormatsModule.default;

// The OASIS SARIF 2.1.0 schema (draft-07), stored verbatim from oasis-tcs/sarif-spec.
const schemaPath = fileURLToPath(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(ok).toBe(true);
}

const meta = (id: string, description: string, extra: Partial<RuleMeta['docs']> = {}): RuleMeta => ({
  id,
  type: 'tone',
  docs: { description, recommended: 'error', ...extra },
  messages: {},
});

const rulesMeta: Record<string, RuleMeta> = {
  'no-customer-wrong': meta('no-customer-wrong', 'Do not tell the customer they are wrong.', {
    url: 'https://macrolint.dev/rules/no-customer-wrong',
  }),
  'acknowledge-before-resolving': meta('acknowledge-before-resolving', 'Acknowledge before resolving.', { recommended: 'warn' }),
  // Ran, but reported nothing: still listed, so a viewer knows it was checked.
  'no-jargon': meta('no-jargon', 'Avoid jargon.', { url: 'javascript:alert(1)' }),
};

type Log = {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<Record<string, any>> }>;
    originalUriBaseIds: Record<string, { uri: string }>;
    results: Array<Record<string, any>>;
  }>;
};

const parse = (text: string): Log => JSON.parse(text) as Log;

describe('the stored SARIF schema', () => {
  it('is the draft-07 OASIS 2.1.0 schema', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
    expect(Object.keys(schema.definitions as object)).toHaveLength(52);
  });

  it('rejects broken logs, so the validity checks below can fail', () => {
    const good = toSarifLog([refundResult], cwd, rulesMeta);
    expectValid(good);
    const broken = JSON.parse(JSON.stringify(good)) as Log;
    (broken.runs[0]!.results[0] as Record<string, unknown>).level = 'fatal';
    expect(validate(broken)).toBe(false);
    const noVersion = { ...good, version: '2.0.0' };
    expect(validate(noVersion)).toBe(false);
    const badRegion = JSON.parse(JSON.stringify(good)) as Log;
    badRegion.runs[0]!.results[0]!.locations[0].physicalLocation.region.startLine = 0;
    expect(validate(badRegion)).toBe(false);
    const extraProperty = JSON.parse(JSON.stringify(good)) as Log;
    (extraProperty.runs[0]!.results[0] as Record<string, unknown>).severity = 2;
    expect(validate(extraProperty)).toBe(false);
  });
});

describe('sarif', () => {
  it('is registered as a built-in formatter', async () => {
    expect(await loadFormatter('sarif')).toBe(sarif);
  });

  it('gives a valid log for no results, clean results and sample results', () => {
    for (const results of [[], [cleanResult], sampleResults]) {
      expectValid(parse(sarif(results, { cwd, color: false, rulesMeta })));
      expectValid(parse(sarif(results, { cwd, color: false })));
    }
  });

  it('gives a valid log for hostile results', () => {
    const text = sarif(hostileResults, { cwd: hostileCwd, color: false, rulesMeta });
    expectValid(parse(text));
    // No raw control characters, C1 or bidi controls in the bytes (JSON escapes them as \uXXXX).
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/u);
  });

  it('describes the tool and every rule that ran or reported, sorted, with docs links', () => {
    const log = parse(sarif(sampleResults, { cwd, color: false, rulesMeta }));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver.name).toBe('macrolint');
    expect(driver.version).toBe(packageVersion());
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((rule) => rule.id)).toEqual(['acknowledge-before-resolving', 'no-blame', 'no-customer-wrong', 'no-jargon']);
    expect(driver.rules[2]).toEqual({
      id: 'no-customer-wrong',
      name: 'no-customer-wrong',
      shortDescription: { text: 'Do not tell the customer they are wrong.' },
      helpUri: 'https://macrolint.dev/rules/no-customer-wrong',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['tone'] },
    });
    expect(driver.rules[0]!.defaultConfiguration).toEqual({ level: 'warning' });
    // A rule that reported but has no metadata still gets a descriptor.
    expect(driver.rules[1]).toEqual({ id: 'no-blame', name: 'no-blame' });
    // Only http(s) docs links become helpUri.
    expect(driver.rules[3]!.helpUri).toBeUndefined();
  });

  it('maps diagnostics to results with rule index, level, message, region and template', () => {
    const log = parse(sarif([refundResult], { cwd, color: false, rulesMeta }));
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds).toEqual({ SRCROOT: { uri: 'file:///work/project/' } });
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toEqual({
      ruleId: 'no-customer-wrong',
      ruleIndex: run.tool.driver.rules.findIndex((rule) => rule.id === 'no-customer-wrong'),
      level: 'error',
      message: { text: 'Telling the customer they are wrong puts them on the defensive.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'macros/refund.md', uriBaseId: 'SRCROOT' },
            region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 6 },
          },
        },
      ],
    });
    expect(second!.level).toBe('warning');
    expect(run.tool.driver.rules[second!.ruleIndex]!.id).toBe(second!.ruleId);
  });

  it('names the template as a logical location', () => {
    const log = parse(sarif([hostilePackResult], { cwd: hostileCwd, color: false }));
    const names = log.runs[0]!.results.map((result) => result.locations[0].logicalLocations?.[0]);
    expect(names[2]).toEqual({ name: 'Encoded', kind: 'object' });
    // Control characters from the file are made visible, never passed on raw.
    expect(names[0]).toEqual({ name: 'Refund \\x1b[31mapproved</script>', kind: 'object' });
    expect(names[1]!.name).toContain('\\u202e');
  });

  it('percent-encodes paths relative to SRCROOT and uses file: URIs outside cwd', () => {
    const log = parse(sarif([hostilePackResult], { cwd: hostileCwd, color: false }));
    const artifact = log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation;
    expect(artifact).toEqual({
      uri: "macros/100%25%20refunds%2C%20Q1%3A%20Tom%20%26%20Jerry's/pack.json",
      uriBaseId: 'SRCROOT',
    });
    const outside = parse(sarif([refundResult], { cwd: '/elsewhere', color: false }));
    expect(outside.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'file:///work/project/macros/refund.md',
    });
    expectValid(outside);
  });

  it('reports fatal, rule-less problems as tool execution notifications, not results', () => {
    const log = parse(sarif([hostileFatalResult], { cwd: hostileCwd, color: false }));
    const run = log.runs[0]!;
    expect(run.results).toEqual([]);
    expect(run.invocations[0]!.executionSuccessful).toBe(true);
    const notes = run.invocations[0]!.toolExecutionNotifications!;
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('error');
    expect(notes[0]!.message.text).toContain('Unexpected token');
    expect(notes[0]!.message.text).not.toContain('\u001b');
    expect(notes[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe('macros/broken%1B%5B2J.yaml');
  });

  it('leaves out impossible regions instead of writing an invalid log', () => {
    const odd = {
      ...refundResult,
      messages: [
        { ...refundResult.messages[0]!, line: 0, column: 0, endLine: 0, endColumn: 0 },
        { ...refundResult.messages[0]!, line: 4, column: 9, endLine: 4, endColumn: 2 },
      ],
    };
    const log = toSarifLog([odd], cwd);
    expectValid(log);
    const regions = (log as unknown as Log).runs[0]!.results.map((result) => result.locations[0].physicalLocation.region);
    expect(regions).toEqual([undefined, { startLine: 4, startColumn: 9, endLine: 4 }]);
  });

  it('writes a docs link as a valid URI, and survives a lone surrogate in a file name', () => {
    // Found by the property tests (test/property/formatters.test.ts): the raw URL was written
    // (quotes and < > are not URI characters), and encodeURIComponent threw on the surrogate.
    const odd = { ...refundResult, filePath: `${cwd}/macros/\ud800.md` };
    const meta = { 'no-customer-wrong': { ...rulesMeta['no-customer-wrong']!, docs: { description: 'd', recommended: 'error' as const, url: 'http://a/"><script>' } } };
    const log = parse(sarif([odd], { cwd, color: false, rulesMeta: meta }));
    expectValid(log);
    expect(log.runs[0]!.tool.driver.rules.find((rule) => rule.id === 'no-customer-wrong')!.helpUri).toBe('http://a/%22%3E%3Cscript%3E');
    expect(log.runs[0]!.results[0]!.locations[0].physicalLocation.artifactLocation.uri).toBe('macros/%EF%BF%BD.md');
  });

  it('is pure: the same input gives the same bytes', () => {
    const a = sarif(hostileResults, { cwd: hostileCwd, color: false, rulesMeta });
    const b = sarif(hostileResults, { cwd: hostileCwd, color: true, rulesMeta });
    expect(a).toBe(b);
  });
});

describe('sarif through the CLI', () => {
  let tree: TempTree | undefined;
  afterEach(() => tree?.remove());

  it('lists the rules the run used (from the config), even those that reported nothing', async () => {
    tree = tempTree({ 'bad.md': 'You are wrong.\n' });
    const out = await runMain(['-f', 'sarif', 'bad.md'], { cwd: tree.root });
    expect(out.code).toBe(1);
    const log = parse(out.stdout);
    expectValid(log);
    expect(log.runs[0]!.tool.driver.rules).toEqual([
      { id: 'fake-sorry', name: 'fake-sorry', shortDescription: { text: 'Fake rule fake-sorry.' }, defaultConfiguration: { level: 'error' }, properties: { tags: ['tone'] } },
      { id: 'fake-wrong', name: 'fake-wrong', shortDescription: { text: 'Fake rule fake-wrong.' }, defaultConfiguration: { level: 'error' }, properties: { tags: ['tone'] } },
    ]);
    expect(log.runs[0]!.results).toHaveLength(1);
    expect(log.runs[0]!.results[0]).toMatchObject({ ruleId: 'fake-wrong', ruleIndex: 1, level: 'error' });
  });

  it('includes plugin and YAML rules the config brings, with their metadata', async () => {
    tree = tempTree({ 'ok.md': 'All good.\n' });
    const pluginRule = {
      meta: meta('acme/no-promises', 'Never promise a date.', { url: 'https://acme.example/rules/no-promises' }),
      create: () => undefined,
    };
    const out = await runMain(['-f', 'sarif', 'ok.md'], {
      cwd: tree.root,
      fakes: {
        customRules: new Map([['acme/no-promises', pluginRule]]),
        forFile: () => ({ rules: { ...bothRules.rules, 'acme/no-promises': { severity: 1, options: {} } } }),
      },
    });
    expect(out.code).toBe(0);
    const log = parse(out.stdout);
    expectValid(log);
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual(['acme/no-promises', 'fake-sorry', 'fake-wrong']);
    expect(log.runs[0]!.tool.driver.rules[0]).toMatchObject({
      shortDescription: { text: 'Never promise a date.' },
      helpUri: 'https://acme.example/rules/no-promises',
    });
    expect(log.runs[0]!.results).toEqual([]);
  });
});
