// User patterns cannot hang a run. A YAML rule's patterns use the token-pattern language
// (src/patterns): no unbounded repetition, compiled to automata that never backtrack, and, since
// counts multiply when nested, measured when the rule loads (src/rules/yaml/pattern-problem.ts:
// at most 128 tokens per match, 4096 token tests). Here the language's versions of the classic
// catastrophic regexes run through the real CLI (main() with its real dependencies: config
// lookup, rules folder, engine, core, JSON report) on one sentence of 50,000 "a" tokens, the
// input that makes a backtracking engine take exponential or polynomial time. Each rule must
// give exactly the right answer; the run finishing within the test's timeout is the proof that
// it does not stall (no timing assertion: the bound is on work, per docs/yaml-rules.md).
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { tempTree, type TempTree } from '../engine/temp-tree.js';

const TOKENS = 50_000;

/** A `require` rule: the template must contain a match somewhere. */
function requireRule(pattern: string): string {
  return `message: No match for the pattern.\nkind: require\npatterns:\n  - '${pattern}'\n`;
}

const RULES: Record<string, string> = {
  // (a+)+b: nested repetition, the textbook exponential case. A phrase rule: it must find the
  // one match, the last 64 "a" (8 × 8, the most the counts allow) and the "b".
  'nested-plus.yaml': "message: '\"{{phrase}}\" found.'\nkind: phrase\npatterns:\n  - '(a{1,8}){1,8} b'\n",
  // The same shape where nothing matches ("c" never comes): every start position is tried.
  'nested-plus-fails.yaml': requireRule('(a{1,8}){1,8} c'),
  // (a|a)*: overlapping alternatives.
  'alt-star-fails.yaml': requireRule('(a|a){0,8} (a|a){0,8} c'),
  // (a|aa)+$: alternatives of different lengths, anchored to something that never comes.
  'alt-plus-fails.yaml': requireRule('(a|a a){1,8} c'),
  // a?ⁿaⁿ: nested optionals.
  'optionals-fails.yaml': requireRule(`${'(a (a)?)? '.repeat(8)}${'a '.repeat(16)}c`),
  // *{0,8} repeated: fifteen gaps of up to 8 tokens, then a word that never comes.
  'gaps-fails.yaml': requireRule(`${'*{0,8} '.repeat(15)}c`),
  // Controls: the same shapes do find what is there.
  'alt-star-found.yaml': requireRule('(a|a){0,8} (a|a){0,8} b'),
  'gaps-found.yaml': requireRule(`${'*{0,8} '.repeat(15)}b`),
};

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process with its real dependencies (no fakes), as `macrolint` runs it. */
async function cli(argv: string[], cwd: string): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from([]),
    cwd,
    env: {},
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

let tree: TempTree;
beforeAll(() => {
  tree = tempTree({
    '.macrolintrc.yaml': 'rulesDir: rules\n',
    ...Object.fromEntries(Object.entries(RULES).map(([name, text]) => [`rules/${name}`, text])),
    'long.md': `${'a '.repeat(TOKENS)}b\n`,
    'exploding/.macrolintrc.yaml': 'rulesDir: rules\n',
    'exploding/rules/nested.yaml': requireRule('((((a{1,8}){1,8}){1,8}){1,8}){1,8} c'),
    'exploding/long.md': `${'a '.repeat(TOKENS)}b\n`,
  });
});
afterAll(() => tree.remove());

describe('catastrophic-backtracking patterns in YAML rules', () => {
  it('run on 50,000 tokens through the CLI and give exactly the right result', async () => {
    const out = await cli(['--format', 'json', 'long.md'], tree.root);
    expect(out.stderr).toBe('');
    type Message = { ruleId: string; message: string; column: number; endColumn: number };
    const [result] = JSON.parse(out.stdout) as Array<{ messages: Message[] }>;
    const byRule = new Map<string, Message[]>();
    for (const m of result!.messages) byRule.set(m.ruleId, [...(byRule.get(m.ruleId) ?? []), m]);
    expect([...byRule.keys()].sort()).toEqual(['alt-plus-fails', 'alt-star-fails', 'gaps-fails', 'nested-plus', 'nested-plus-fails', 'optionals-fails']);
    for (const [id, messages] of byRule) expect(messages, id).toHaveLength(1);
    // The longest match: the last 64 "a " pairs and the "b", ending at the end of the line.
    const [found] = byRule.get('nested-plus')!;
    const lineLength = 2 * TOKENS + 1;
    expect(found!.message).toBe(`"${'a '.repeat(64)}b" found.`);
    expect([found!.column, found!.endColumn]).toEqual([lineLength - 128, lineLength + 1]);
    // YAML rules run at `warn` by default: warnings only.
    expect(out.code).toBe(0);
  }, 120_000);

  it('refuses, before linting, a pattern whose nested counts would multiply out to a stall', async () => {
    const out = await cli(['long.md'], tree.path('exploding'));
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(`${tree.path('exploding', 'rules', 'nested.yaml')}:4:6: patterns[0]: Too long: a match could span 32769 words`);
  });
});
