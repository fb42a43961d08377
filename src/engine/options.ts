import type { Diagnostic, RuleModule, RuleSetting, RuleType, Severity } from '../types.js';
import type { CacheOptions } from './cache.js';
import type { EngineConfig, EngineDeps } from './deps.js';

/** Options shared by lintFiles and lintStdin; the CLI maps its flags onto these. */
export interface EngineOptions {
  /** Base for relative patterns, config lookup and ignore files. Defaults to process.cwd(). */
  cwd?: string;
  /** Use this config file instead of looking one up (`-c`). */
  configFile?: string;
  /** Set to false to skip looking for config files (`--no-config-lookup`). */
  useConfigLookup?: boolean;
  /** Rule settings applied over the config (`--rule`). */
  ruleOverrides?: Record<string, RuleSetting>;
  /** Report errors only; counts are recomputed (`--quiet`). */
  quiet?: boolean;
  /** Set to false to lint ignored files too (`--no-ignore`). */
  ignore?: boolean;
  /** Set to false to drop, instead of warn about, explicitly named ignored files (`--no-warn-ignored`). */
  warnIgnored?: boolean;
  /** Report inline directives that disabled nothing (true = as warnings, or at this severity). */
  reportUnusedDirectives?: boolean | Severity;
  /** false for --no-inline-config: inline directives are ignored. */
  allowInlineConfig?: boolean;
  /**
   * Apply rules' fixes (in passes, as ESLint does) and put the fixed text in each changed
   * result's `output`; a function chooses which diagnostics' fixes apply. Nothing is written:
   * see writeFixes (`--fix`) for that.
   */
  fix?: boolean | ((diagnostic: Diagnostic) => boolean);
  /** With `fix`: only fixes of rules of these types (`--fix-type`). */
  fixTypes?: readonly RuleType[];
  /**
   * `--cache`: reuse the stored results of unchanged files and store the new ones (see cache.ts).
   * lintStdin ignores it: text from stdin is never cached.
   */
  cache?: CacheOptions;
  /**
   * Told which rules the run loaded (every rule some file's config enables), e.g. for formatters'
   * rule metadata. With `cache`, a run whose files all come from the cache loads no rule and does
   * not call this, unless `cache.alwaysLoadRules` is set.
   */
  onRulesLoaded?: (rules: ReadonlyMap<string, RuleModule>) => void;
  /** For tests: replaces the real config loader, rule registry, core or file reading. */
  deps?: Partial<EngineDeps>;
}

export interface LintFilesOptions extends EngineOptions {
  /** Set to false to allow patterns that match nothing (`--no-error-on-unmatched-pattern`). */
  errorOnUnmatchedPattern?: boolean;
  /** Extensions a directory walk picks up (see DEFAULT_EXTENSIONS). */
  extensions?: readonly string[];
  /** How many files are read at once. */
  readConcurrency?: number;
  /**
   * How many threads lint (`--concurrency`): a number, `'auto'` (the default: worker threads
   * when there are enough files to repay starting them, see workers.ts) or `'off'` (this thread).
   */
  concurrency?: number | 'auto' | 'off';
}

/** Loads the run's config the same way for files and for stdin. */
export function loadRunConfig(deps: EngineDeps, cwd: string, options: EngineOptions): Promise<EngineConfig> {
  return deps.loadConfig({
    cwd,
    ...(options.configFile !== undefined ? { configFile: options.configFile } : {}),
    ...(options.useConfigLookup !== undefined ? { useConfigLookup: options.useConfigLookup } : {}),
    ...(options.ruleOverrides ? { ruleOverrides: options.ruleOverrides } : {}),
  });
}
