// Where the formatted report goes: stdout, or a file (-o) whose parent folders are created.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CliWritable } from './io.js';
import { UsageError } from './errors.js';

function withFinalNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

export function writeToStream(stream: CliWritable, report: string): void {
  // An empty report (stylish with no problems) prints nothing at all, not even a blank line.
  if (report !== '') stream.write(withFinalNewline(report));
}

export async function writeToFile(cwd: string, file: string, report: string): Promise<void> {
  const target = path.resolve(cwd, file);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, withFinalNewline(report), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`Cannot write the report to ${file}: ${code}.`);
  }
}
