// Everything the CLI touches in the outside world, injectable so tests run main() in-process.

export interface CliWritable {
  write(chunk: string): unknown;
}

export interface CliIO {
  stdout: CliWritable;
  stderr: CliWritable;
  /** Read only with `--stdin`. */
  stdin: AsyncIterable<string | Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal: decides colour when no flag or env variable does. */
  isTTY: boolean;
}

export function processIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  };
}

export function withDefaults(io: Partial<CliIO> | undefined): CliIO {
  return { ...processIO(), ...io };
}

export async function readAll(stream: AsyncIterable<string | Uint8Array>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
