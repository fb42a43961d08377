// The questions `macrolint --init` asks on a terminal: a numbered list to pick from, or a line of
// text with a default that Enter accepts. Lines are read through readline's async iterator rather
// than rl.question(), so answers typed (or pasted) ahead of a prompt wait for it instead of being lost.
import { createInterface } from 'node:readline/promises';
import { Readable } from 'node:stream';
import { escapeControlChars } from '../formatters/escape.js';
import { UsageError } from './errors.js';
import type { CliIO } from './io.js';

export interface Choice<T> {
  value: T;
  label: string;
  /** Other answers that pick this choice besides its number (an id such as "zendesk"). */
  names: readonly string[];
}

export interface Prompter {
  /** Picks one of `choices`; Enter picks `choices[defaultIndex]`. */
  choose<T>(question: string, choices: readonly Choice<T>[], defaultIndex: number): Promise<T>;
  /** A line of text; Enter gives `fallback`. `problem` says why an answer can't be used, and it is asked again. */
  text(question: string, fallback: string, problem: (answer: string) => string | undefined): Promise<string>;
  close(): void;
}

/** Whether --init can ask: stdout and stdin are both terminals. */
export function canPrompt(io: CliIO): boolean {
  return io.isTTY && (io.stdin as { isTTY?: boolean }).isTTY === true;
}

export function createPrompter(io: CliIO): Prompter {
  const input = io.stdin instanceof Readable ? io.stdin : Readable.from(io.stdin);
  // terminal: false: the terminal's own line editing is enough, and readline writes nothing but our prompts.
  const rl = createInterface({ input, output: io.stdout as NodeJS.WritableStream, terminal: false });
  const lines = rl[Symbol.asyncIterator]();

  async function answer(prompt: string): Promise<string> {
    io.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) {
      io.stdout.write('\n');
      throw new UsageError('--init was cancelled before every question was answered; nothing was written.');
    }
    return next.value.trim();
  }

  return {
    async choose(question, choices, defaultIndex) {
      const list = choices.map((choice, i) => `  ${String(i + 1).padStart(String(choices.length).length)}) ${escapeControlChars(choice.label)}`);
      io.stdout.write(`${question}\n${list.join('\n')}\n`);
      for (;;) {
        const reply = await answer(`Choose 1-${choices.length} [${defaultIndex + 1}]: `);
        if (reply === '') return choices[defaultIndex]!.value;
        const byNumber = /^\d+$/.test(reply) ? choices[Number(reply) - 1] : undefined;
        const picked = byNumber ?? choices.find((choice) => choice.names.includes(reply.toLowerCase()));
        if (picked) return picked.value;
        io.stdout.write(`"${escapeControlChars(reply)}" is not one of the choices: answer with a number from 1 to ${choices.length}.\n`);
      }
    },
    async text(question, fallback, problem) {
      for (;;) {
        const reply = (await answer(`${question} [${escapeControlChars(fallback)}]: `)) || fallback;
        const why = problem(reply);
        if (why === undefined) return reply;
        io.stdout.write(`That can't be used: ${why}.\n`);
      }
    },
    close: () => rl.close(),
  };
}
