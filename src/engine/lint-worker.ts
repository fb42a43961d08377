// A lint worker thread (see worker-pool.ts): loads the run's config and rules once, then lints
// the batches of files it is sent and answers with their results.
import { parentPort, workerData } from 'node:worker_threads';
import { resolveDeps } from './deps.js';
import { lintFileContent, loadEnabledRules } from './lint-one.js';
import { loadRunConfig } from './options.js';
import type { LintJob, WorkerReply, WorkerSetup } from './worker-pool.js';
import { fixErrorsOnly } from './workers.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;

async function start(): Promise<void> {
  const deps = await resolveDeps(undefined);
  const { configFile, useConfigLookup, ruleOverrides } = setup;
  const config = await loadRunConfig(deps, setup.cwd, {
    ...(configFile !== undefined ? { configFile } : {}),
    ...(useConfigLookup !== undefined ? { useConfigLookup } : {}),
    ...(ruleOverrides ? { ruleOverrides } : {}),
  });
  const rules = await loadEnabledRules(new Set(setup.ruleIds), config, deps);
  const options = {
    ...(setup.reportUnusedDirectives !== undefined ? { reportUnusedDirectives: setup.reportUnusedDirectives } : {}),
    ...(setup.allowInlineConfig !== undefined ? { allowInlineConfig: setup.allowInlineConfig } : {}),
    ...(setup.fix !== undefined ? { fix: setup.fix === 'errors' ? fixErrorsOnly : setup.fix } : {}),
    ...(setup.fixTypes ? { fixTypes: setup.fixTypes } : {}),
  };
  port.on('message', (jobs: LintJob[]) => {
    const reply: WorkerReply = {
      type: 'results',
      results: jobs.map(({ id, filePath, bytes }) => ({
        id,
        result: { ...lintFileContent(bytes, filePath, config.forFile(filePath), rules, deps, options), filePath },
      })),
    };
    port.postMessage(reply);
  });
}

start().catch((error: unknown) => {
  const reply: WorkerReply = { type: 'failed', message: error instanceof Error ? error.message : String(error) };
  port.postMessage(reply);
});
