export { findFiles, DEFAULT_EXTENSIONS, type FindFilesOptions, type FoundFile } from './find-files.js';
export { lintFiles } from './lint-files.js';
export { lintStdin, STDIN_PSEUDO_PATH, type LintStdinOptions } from './lint-stdin.js';
export type { EngineOptions, LintFilesOptions } from './options.js';
export type { EngineDeps, EngineConfig } from './deps.js';
export { AllFilesIgnoredError, NoFilesFoundError } from './errors.js';
export { keepErrorsOnly, countResults, type ResultTotals } from './results.js';
export { writeFixes, writeFileAtomic, FixWriteError } from './write-fixes.js';
export { lintAndFix, MAX_FIX_PASSES, type FixOptions } from './fix-file.js';
