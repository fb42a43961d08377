// A 20 MB template, generated into a temp folder (never committed), through the built CLI: the
// run completes and the problem planted on its last line is found at its exact position. Time
// and memory are measured outside the test suite (see docs/cli.md, "Files macrolint skips or
// cannot read"); here the budget is only "finishes well within the timeout".
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, bytesTree, lintJson } from './helpers.js';

beforeAll(assertBuilt);

const PARAGRAPH =
  'Thanks for reaching out about your refund. I checked your account, and the charge matches your May invoice. ' +
  'I have asked our billing team to look again, and I will write back by Friday with what they find.\n\n';

describe('a 20 MB file', () => {
  it('is linted to the end', async () => {
    const copies = Math.ceil((20 * 1024 * 1024) / PARAGRAPH.length);
    const text = `${PARAGRAPH.repeat(copies)}You are wrong about the charge.\n`;
    expect(text.length).toBeGreaterThan(20 * 1024 * 1024);
    const cwd = bytesTree({ 'huge.md': text });
    const { code, stderr, results } = await lintJson(cwd, ['huge.md']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const messages = results.get('huge.md')!.messages;
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'no-customer-wrong', line: copies * 2 + 1, column: 1, endColumn: 14 }));
  }, 300_000);
});
