// The package as a plugin author imports it: by name, from plain Node, without a test framework
// (RuleTester then runs the cases at once and throws on the first failure).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertBuilt, repoRoot } from './run-cli.js';

function runModule(source: string) {
  assertBuilt();
  return spawnSync(process.execPath, ['--input-type=module', '-e', source], { cwd: repoRoot, encoding: 'utf8' });
}

const script = (expectedMessageId: string) => `
  import { defineRule } from 'macrolint';
  import { RuleTester } from 'macrolint/testing';
  const rule = defineRule({
    meta: { id: 'no-asap', type: 'style', docs: { description: 'ASAP is vague', recommended: false }, messages: { vague: 'Say when.' } },
    create(context) {
      for (const s of context.prose.sentences) for (const t of s.tokens)
        if (t.norm === 'asap') context.report({ messageId: 'vague', start: t.start, end: t.end });
    },
  });
  new RuleTester().run('no-asap', rule, {
    valid: ['We will reply by Friday.'],
    invalid: [{ code: 'We will reply ASAP.', errors: [{ messageId: '${expectedMessageId}', text: 'ASAP', line: 1, column: 15 }] }],
  });
  console.log('ok');
`;

describe('package exports', () => {
  it('serves defineRule from "macrolint" and RuleTester from "macrolint/testing"', () => {
    const run = runModule(script('vague'));
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok');
    expect(run.status).toBe(0);
  });

  it('makes RuleTester fail loudly without a framework when a case is wrong', () => {
    const run = runModule(script('other'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('messageId');
  });
});
