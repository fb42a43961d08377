// Help-desk exports named on the command line, read by their platform preset (no config, no
// selectors) through the built CLI: the templates each preset finds, the rules that fire, and
// every diagnostic's [line, column] .. [endLine, endColumn] on the flagged words of the file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FileResult, Diagnostic } from '../../src/types.js';
import { assertBuilt, runCli } from './run-cli.js';

const dir = fileURLToPath(new URL('../../fixtures/platforms/', import.meta.url));

/** The file text between a diagnostic's start and end (1-based lines and columns). */
function sliceOf(file: string, m: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const lines = text.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(offset(m.line, m.column), offset(m.endLine!, m.endColumn!));
}

/** What the customer reads: JSON escapes of a slice decoded (YAML slices are compared as written). */
function decoded(file: string, raw: string): string {
  return file.endsWith('.json') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

// Structure rules (a reply's thanks, its closing offer) are meant for bodies, not subject lines;
// src/core does not look at `role: 'subject'` yet, so they are left out here and pinned below.
const STRUCTURE = new Set(['offer-further-help', 'thank-the-customer']);
const isSubjectStructure = (m: Diagnostic) => m.template?.endsWith(' (subject)') === true && STRUCTURE.has(m.ruleId ?? '');

const results = new Map<string, FileResult>();

async function lintFixture(file: string): Promise<void> {
  const run = await runCli(['-f', 'json', path.join(dir, file)], { cwd: dir });
  expect(run.stderr).toBe('');
  const [result] = JSON.parse(run.stdout) as FileResult[];
  // 1 with an error, 0 with warnings only (Help Scout's fixture): never a fatal or usage error.
  expect(run.code).toBe(result!.messages.some((m) => m.severity === 2) ? 1 : 0);
  results.set(file, result!);
}

const FILES = [
  'zendesk/macros.json',
  'zendesk/macro.yaml',
  'helpscout/saved-replies.json',
  'freshdesk/canned-responses.json',
  'intercom/macros.json',
  'front/message-templates.json',
  'gorgias/macros.json',
];

beforeAll(async () => {
  assertBuilt();
  await Promise.all(FILES.map(lintFixture));
}, 60_000);

/** [ruleId, template, the flagged words as the customer reads them]; every slice also checked raw. */
function hits(file: string): [string, string, string][] {
  const result = results.get(file)!;
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages
    .filter((m) => !isSubjectStructure(m))
    .map((m) => [m.ruleId!, m.template!, decoded(file, sliceOf(file, m))]);
}

const names = (file: string) => results.get(file)!.templates.map((t) => t.name);

describe('platform presets end to end', () => {
  it('zendesk: macros list with subject, HTML and ["channel:all", text] comment actions', () => {
    const file = 'zendesk/macros.json';
    expect(names(file)).toEqual([
      'Billing::Refund::Denied (subject)',
      'Billing::Refund::Denied',
      'Shipping::Not delivered',
      'Account::Locked (subject)',
      'Account::Locked',
    ]);
    expect(hits(file)).toEqual([
      ['placeholder-fallback', 'Billing::Refund::Denied', '{{ticket.requester.first_name}}'],
      ['no-policy-shield', 'Billing::Refund::Denied', 'Per our policy'],
      ['offer-further-help', 'Billing::Refund::Denied', 'Per our policy, refunds are not possible after 30 days.'],
      ['offer-further-help', 'Shipping::Not delivered', 'The tracking page says “delivered”, so you are wrong about the parcel.'],
      ['no-customer-wrong', 'Shipping::Not delivered', 'you are wrong'],
      ['no-customer-wrong', 'Account::Locked (subject)', 'You are wrong'],
      ['placeholder-fallback', 'Account::Locked', '{{ticket.requester.first_name}}'],
    ]);
    // The escaped characters of the array form's text element, as the file writes them.
    const wrong = results.get(file)!.messages.find((m) => m.template === 'Shipping::Not delivered' && m.ruleId === 'offer-further-help')!;
    expect(sliceOf(file, wrong)).toBe('The tracking page says \\u201cdelivered\\u201d, so you are wrong about the parcel.');
  });

  it('zendesk: a `macro:` YAML file, the phrase across a folded line', () => {
    const file = 'zendesk/macro.yaml';
    expect(names(file)).toEqual(['Returns::Late return']);
    expect(hits(file)).toEqual([
      ['no-customer-wrong', 'Returns::Late return', 'you\n        are wrong'],
      ['offer-further-help', 'Returns::Late return', 'Best,\n        Support'],
    ]);
  });

  it('help scout: _embedded.replies, text (HTML) and chatText (text) with {%…%} placeholders', () => {
    const file = 'helpscout/saved-replies.json';
    expect(names(file)).toEqual(['Shipping: delayed order', 'Shipping: delayed order (chat)', 'Refund: issued']);
    expect(hits(file)).toEqual([
      ['placeholder-fallback', 'Shipping: delayed order', '{%customer.firstName%}'],
      ['no-policy-shield', 'Shipping: delayed order', 'As per our policy'],
      ['offer-further-help', 'Shipping: delayed order', 'As per our policy, we can’t ship faster.'],
      ['no-cant-without-can', 'Shipping: delayed order', 'we can’t ship'],
      ['no-policy-shield', 'Shipping: delayed order (chat)', 'As per our policy'],
      ['offer-further-help', 'Shipping: delayed order (chat)', "As per our policy, we can't ship faster."],
      ['no-cant-without-can', 'Shipping: delayed order (chat)', "we can't ship"],
    ]);
  });

  it('freshdesk: canned responses, content_html only', () => {
    const file = 'freshdesk/canned-responses.json';
    expect(names(file)).toEqual(["We've received your request", 'Warranty expired']);
    expect(hits(file)).toEqual([
      ['placeholder-fallback', "We've received your request", '{{ticket.requester.firstname}}'],
      ['offer-further-help', "We've received your request", 'You can follow your request here: {{ticket.url}}<br>Regards,'],
      ['placeholder-fallback', 'Warranty expired', '{{ticket.requester.firstname}}'],
      ['offer-further-help', 'Warranty expired', 'Unfortunately, per our policy the warranty has expired, and you are wrong that it covers water damage.'],
      ['no-policy-shield', 'Warranty expired', 'per our policy'],
      ['no-customer-wrong', 'Warranty expired', 'you are wrong'],
    ]);
  });

  it('intercom: body_text, whose {{…|fallback:"…"}} placeholders have their fallback', () => {
    const file = 'intercom/macros.json';
    expect(names(file)).toEqual(['Order ready', 'Feature request']);
    expect(hits(file)).toEqual([
      ['offer-further-help', 'Order ready', 'It is ready for pickup.'],
      ['no-policy-shield', 'Feature request', 'Per our policy'],
      ['offer-further-help', 'Feature request', 'Per our policy we do not build custom features, and you are wrong that this is a bug.'],
      ['no-customer-wrong', 'Feature request', 'you are wrong'],
    ]);
  });

  it('front: _results with subject and HTML body', () => {
    const file = 'front/message-templates.json';
    expect(names(file)).toEqual(['Password reset (subject)', 'Password reset', 'Billing dispute (subject)', 'Billing dispute']);
    expect(hits(file)).toEqual([
      ['placeholder-fallback', 'Password reset', '{{recipient.first_name}}'],
      ['offer-further-help', 'Password reset', 'Here is the reset link: {{link}}'],
      ['no-customer-wrong', 'Billing dispute (subject)', 'You are wrong'],
      ['placeholder-fallback', 'Billing dispute', '{{recipient.first_name}}'],
      ['no-policy-shield', 'Billing dispute', 'Per our policy'],
      ['offer-further-help', 'Billing dispute', 'Per our policy, this charge stands.'],
    ]);
  });

  it('gorgias: the reply action body_html of each macro', () => {
    const file = 'gorgias/macros.json';
    expect(names(file)).toEqual(['Order status – shipped', 'Discount refused']);
    expect(hits(file)).toEqual([
      ['placeholder-fallback', 'Order status – shipped', '{{ticket.customer.firstname}}'],
      ['offer-further-help', 'Order status – shipped', 'Your order shipped today.'],
      ['no-policy-shield', 'Discount refused', 'Per our policy'],
      ['offer-further-help', 'Discount refused', 'Per our policy, you are wrong to expect a discount.'],
      ['thank-the-customer', 'Discount refused', 'Per our policy, you are wrong to expect a discount.'],
      ['no-customer-wrong', 'Discount refused', 'you are wrong'],
    ]);
  });

  // Pinned gap: TemplateUnit.role is set to 'subject', but src/core does not read it, so structure
  // rules still run on subject lines. Flip to `it` once lint-text skips them for subjects.
  it('structure rules do not run on subject lines', () => {
    const subjectStructure = [...results.values()].flatMap((r) => r.messages.filter(isSubjectStructure));
    expect(subjectStructure).toEqual([]);
  });
});
