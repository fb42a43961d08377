// `--cache` and `--cache-location` as the engine's cache options (the cache itself: engine/cache.ts).
import type { CacheOptions } from '../engine/cache.js';
import { escapeControlChars } from '../formatters/escape.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './program.js';

/**
 * Built-in formats whose output never reads rule metadata (FormatterContext.rulesMeta): for
 * them, a run served wholly from the cache loads no rule at all. sarif and html read it, and a
 * custom formatter may. test/cli/cache-options.test.ts holds each of these to that.
 */
export const FORMATS_WITHOUT_RULE_METADATA: ReadonlySet<string> = new Set(['checkstyle', 'compact', 'github', 'json', 'junit', 'stylish', 'unix']);

export function cacheOptions(options: CliOptions, io: Pick<CliIO, 'stderr'>): CacheOptions {
  return {
    ...(options.cacheLocation !== undefined ? { location: options.cacheLocation } : {}),
    // --suppress-rule checks its ids against the rules the run loaded.
    alwaysLoadRules: !FORMATS_WITHOUT_RULE_METADATA.has(options.format) || options.suppressRule !== undefined,
    // The results are right whether or not they could be kept: a warning, not a failed run.
    onWriteError: (error) => void io.stderr.write(`macrolint: warning: ${escapeControlChars(error.message)} The results were not cached.\n`),
  };
}
