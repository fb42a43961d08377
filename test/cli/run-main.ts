// Runs main() in-process with captured output and fake engine dependencies.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliDeps } from '../../src/cli/deps.js';
import type { CliIO } from '../../src/cli/io.js';
import { fakeDeps, type FakeOptions } from '../engine/fake-deps.js';

export class FakeConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface RunOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  stdin?: string;
  fakes?: FakeOptions;
  deps?: Partial<CliDeps>;
}

export async function runMain(argv: string[], options: RunOptions): Promise<RunOutcome> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    cwd: options.cwd,
    env: options.env ?? {},
    isTTY: options.isTTY ?? false,
  };
  const { deps } = fakeDeps(options.fakes);
  const cliDeps: Partial<CliDeps> = {
    ...deps,
    loadAllRules: async () => deps.loadRules(['fake-wrong', 'fake-sorry']),
    parseRuleOption: async (value) => {
      const match = /^([\w-]+):\s*(off|warn|error)$/.exec(value);
      if (!match) throw new FakeConfigError(`Invalid --rule "${value}".`);
      return { [match[1]!]: match[2] as 'off' | 'warn' | 'error' };
    },
    ...options.deps,
  };
  const code = await main(argv, io, cliDeps);
  return { code, stdout, stderr };
}
