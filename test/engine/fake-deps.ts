// Fakes for the config loader, rule registry and core, so engine and CLI tests do not depend on
// the real rules' wording. The fake core reports every line containing "wrong" (error) or
// "sorry" (warning), for each rule the config enables.
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import type { EngineConfig, EngineDeps, LoadConfigOptions } from '../../src/engine/deps.js';
import type { Diagnostic, FileResult, ResolvedConfig, RuleModule } from '../../src/types.js';

export interface FakeCalls {
  loadConfig: LoadConfigOptions[];
  loadRules: string[][];
  lintText: Array<{ text: string; filePath: string; config: ResolvedConfig }>;
}

export interface FakeOptions {
  /** Per-file config; defaults to both fake rules on. */
  forFile?: (absPath: string) => ResolvedConfig;
  isIgnored?: (absPath: string) => boolean;
  readFile?: (absPath: string) => Promise<Uint8Array>;
  /** Rules the config brings itself (plugin and YAML rules). */
  customRules?: ReadonlyMap<string, RuleModule>;
  isSourceFile?: (absPath: string) => boolean;
  sourceHiddenFolders?: readonly string[];
}

export const bothRules: ResolvedConfig = {
  rules: { 'fake-wrong': { severity: 2, options: {} }, 'fake-sorry': { severity: 1, options: {} } },
};

function fakeRule(id: string): RuleModule {
  return {
    meta: { id, type: 'tone', docs: { description: `Fake rule ${id}.`, recommended: 'error' }, messages: {} },
    create: () => undefined,
  };
}

function fakeLint(text: string, filePath: string, config: ResolvedConfig): FileResult {
  const messages: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    for (const [word, ruleId] of [['wrong', 'fake-wrong'], ['sorry', 'fake-sorry']] as const) {
      const column = line.indexOf(word);
      const rule = config.rules[ruleId];
      if (column < 0 || !rule) continue;
      messages.push({
        ruleId,
        severity: rule.severity,
        message: `Found "${word}".`,
        line: index + 1,
        column: column + 1,
        endLine: index + 1,
        endColumn: column + 1 + word.length,
        offset: 0,
        endOffset: 0,
      });
    }
  });
  const errors = messages.filter((m) => m.severity === 2).length;
  return {
    filePath,
    messages,
    errorCount: errors,
    warningCount: messages.length - errors,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    templates: [{ name: path.basename(filePath), metadata: {} }],
  };
}

export function fakeDeps(options: FakeOptions = {}): { deps: EngineDeps; calls: FakeCalls } {
  const calls: FakeCalls = { loadConfig: [], loadRules: [], lintText: [] };
  const deps: EngineDeps = {
    async loadConfig(loadOptions): Promise<EngineConfig> {
      calls.loadConfig.push(loadOptions);
      return {
        filePath: null,
        baseDir: loadOptions.cwd,
        ignores: [],
        customRules: options.customRules ?? new Map(),
        plugins: [],
        yamlRules: [],
        rulesDirs: [],
        forFile: options.forFile ?? (() => bothRules),
        isIgnored: options.isIgnored ?? (() => false),
        isSourceFile: options.isSourceFile ?? (() => false),
        sourceHiddenFolders: options.sourceHiddenFolders ?? [],
        printable: (absPath) => ({ file: absPath, rules: bothRules.rules, overrides: loadOptions.ruleOverrides ?? null }),
      };
    },
    async loadRules(ids) {
      const list = [...ids].sort();
      calls.loadRules.push(list);
      return new Map(list.map((id) => [id, fakeRule(id)]));
    },
    lintText(text, lintOptions) {
      calls.lintText.push({ text, filePath: lintOptions.filePath, config: lintOptions.config });
      return fakeLint(text, lintOptions.filePath, lintOptions.config);
    },
    readFile: options.readFile ?? ((absPath) => readFile(absPath)),
  };
  return { deps, calls };
}
