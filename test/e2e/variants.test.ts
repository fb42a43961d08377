// The built CLI on fixtures/variants/: structure rules checked on each branch of a conditional.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runCli } from './run-cli.js';

const cwd = fileURLToPath(new URL('../../fixtures/variants/', import.meta.url));

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; message: string }>;
}

beforeAll(assertBuilt);

describe('conditional branches (e2e)', () => {
  let results: Map<string, JsonResult['messages']>;
  beforeAll(async () => {
    const run = await runCli(['-f', 'json', '.'], { cwd });
    expect(run.stderr).toBe('');
    results = new Map((JSON.parse(run.stdout) as JsonResult[]).map((r) => [path.basename(r.filePath), r.messages]));
  });

  it('reports offer-further-help once, for the branch without an invitation, naming it', () => {
    const messages = results.get('delayed-order.liquid')!;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['offer-further-help', 8]]);
    expect(messages[0]!.message.endsWith(' (in the branch {% else %} of {% if ticket.priority == "urgent" %})')).toBe(true);
  });

  it('is clean when every branch acknowledges and offers help', () => {
    expect(results.get('both-branches-fine.liquid')).toEqual([]);
  });

  it('lints an unbalanced template once, without branch labels', () => {
    const messages = results.get('unbalanced.liquid')!;
    expect(messages.map((m) => m.ruleId)).toEqual(['template-syntax', 'offer-further-help']);
    expect(messages.every((m) => !m.message.includes('(in '))).toBe(true);
  });
});
