// --print-config <file>: the config that applies to one file, as JSON, after extends,
// overrides and --rule. Answers "why does (or doesn't) this rule run here?".
import path from 'node:path';
import type { LoadConfigOptions } from '../engine/deps.js';
import { escapeJsonUnsafe } from '../formatters/escape.js';
import type { CliDeps } from './deps.js';
import { EXIT_OK } from './errors.js';
import type { CliIO } from './io.js';

export async function printConfig(
  file: string,
  configOptions: LoadConfigOptions,
  io: CliIO,
  deps: Pick<CliDeps, 'loadConfig'>,
): Promise<number> {
  const config = await deps.loadConfig(configOptions);
  const printable = config.printable(path.resolve(io.cwd, file));
  // Config values and paths can hold C1 or bidi controls, which JSON.stringify leaves raw.
  io.stdout.write(`${escapeJsonUnsafe(JSON.stringify(printable, null, 2))}\n`);
  return EXIT_OK;
}
