// Large runs lint on worker threads so that every core works. Each worker loads the config and
// the enabled rules itself (plugin modules and rule functions can't cross threads; a JS config is
// evaluated again in each worker, as in ESLint's multithreaded mode) and then lints the files it
// is sent: bytes in (copied once, then moved), a plain FileResult out. The main thread only
// finds, reads and caches files, and keeps results in input order.
import { Worker } from 'node:worker_threads';
import type { FileResult, RuleSetting, RuleType, Severity } from '../types.js';

/** What a worker needs to lint exactly as the main thread would. Plain data only. */
export interface WorkerSetup {
  cwd: string;
  configFile?: string;
  useConfigLookup?: boolean;
  ruleOverrides?: Record<string, RuleSetting>;
  ruleIds: string[];
  reportUnusedDirectives?: boolean | Severity;
  allowInlineConfig?: boolean;
  /** `'errors'`: only errors' fixes (--fix with --quiet). */
  fix?: boolean | 'errors';
  fixTypes?: RuleType[];
}

export interface LintJob {
  id: number;
  filePath: string;
  bytes: Uint8Array;
}

export type WorkerReply =
  | { type: 'results'; results: Array<{ id: number; result: FileResult }> }
  | { type: 'failed'; message: string };

interface Pending {
  resolve: (result: FileResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent and not yet answered. */
  outstanding: number;
}

// Jobs go out in batches: one message per file would cost more than some files take to lint.
const BATCH = 32;

export class LintPool {
  private readonly slots: Slot[];
  private readonly queue: LintJob[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private flushScheduled = false;
  private failure: Error | undefined;

  constructor(count: number, setup: WorkerSetup, workerUrl: URL) {
    this.slots = Array.from({ length: count }, () => {
      const slot: Slot = { worker: new Worker(workerUrl, { workerData: setup }), outstanding: 0 };
      slot.worker.on('message', (reply: WorkerReply) => this.receive(slot, reply));
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (this.pending.size > 0) this.fail(new Error(`A lint worker stopped (exit code ${code}) with files still to lint.`));
      });
      return slot;
    });
  }

  /** Lints one file's bytes on some worker. */
  lint(filePath: string, bytes: Uint8Array): Promise<FileResult> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // A copy the size of the file, moved to the worker rather than cloned: a small file's bytes
      // are a view on Node's shared 8 KB read buffer, and cloning the view clones all of it.
      this.queue.push({ id, filePath, bytes: new Uint8Array(bytes) });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  /**
   * Sends queued jobs: an idle worker takes whatever is waiting, a busy one only a full batch
   * (and never more than two batches ahead), so that messages stay large without a worker ever
   * waiting for work. Called when jobs arrive and whenever a worker answers.
   */
  private flush(): void {
    this.flushScheduled = false;
    for (const slot of this.slots) {
      while (this.queue.length > 0 && (slot.outstanding === 0 || (this.queue.length >= BATCH && slot.outstanding < 2 * BATCH))) {
        const jobs = this.queue.splice(0, BATCH);
        slot.outstanding += jobs.length;
        slot.worker.postMessage(jobs, jobs.map((job) => job.bytes.buffer as ArrayBuffer));
      }
    }
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    if (reply.type === 'failed') {
      this.fail(new Error(`A lint worker thread could not start: ${reply.message}`));
      return;
    }
    slot.outstanding -= reply.results.length;
    for (const { id, result } of reply.results) {
      this.pending.get(id)?.resolve(result);
      this.pending.delete(id);
    }
    this.flush();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }
}
