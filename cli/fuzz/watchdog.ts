import { Worker } from 'node:worker_threads';

/**
 * Catches a fuzz case that hangs. A synchronous endless loop in the core never returns to
 * the event loop, so no timer of the test (or Vitest's timeout) can fire; a worker thread
 * can. The case's description sits in shared memory while it runs; if it runs longer than
 * the limit, the worker writes it straight to stderr (fd 2, which needs no help from the
 * stuck thread) and kills the process, so the run fails and says which case hung.
 */
const TEXT_BYTES = 1 << 16;

export class Watchdog {
  /** [0] a case is running, [1] a counter per case, [2] the description's byte length. */
  private readonly state = new Int32Array(new SharedArrayBuffer(12));
  private readonly text = new Uint8Array(new SharedArrayBuffer(TEXT_BYTES));
  private readonly worker: Worker;
  private counter = 0;

  constructor(limitMs: number) {
    this.worker = new Worker(new URL('./watchdog-worker.mjs', import.meta.url), {
      // Plain JS: none of the parent's loaders or flags (tsx, --input-type) apply to it.
      execArgv: [],
      workerData: { state: this.state.buffer, text: this.text.buffer, limitMs },
    });
    this.worker.unref();
  }

  /** Runs one case under watch, with what the report would name (fixture, mutations, reproduce line). */
  run<T>(describe: () => string, body: () => T): T {
    const bytes = new TextEncoder().encode(describe().slice(0, TEXT_BYTES / 4));
    this.text.set(bytes);
    Atomics.store(this.state, 2, bytes.length);
    Atomics.store(this.state, 1, ++this.counter);
    Atomics.store(this.state, 0, 1);
    try {
      return body();
    } finally {
      Atomics.store(this.state, 0, 0);
    }
  }

  /** The same for a case that awaits (the CLI's run): watched until its promise settles. */
  async runAsync<T>(describe: () => string, body: () => Promise<T>): Promise<T> {
    const bytes = new TextEncoder().encode(describe().slice(0, TEXT_BYTES / 4));
    this.text.set(bytes);
    Atomics.store(this.state, 2, bytes.length);
    Atomics.store(this.state, 1, ++this.counter);
    Atomics.store(this.state, 0, 1);
    try {
      return await body();
    } finally {
      Atomics.store(this.state, 0, 0);
    }
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}
