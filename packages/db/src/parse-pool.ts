import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type DocumentInput, type ParsedInput, parseInput } from "./ingest.js";

export type ParseOutcome = { ok: true; value: ParsedInput } | { ok: false; reason: string };

/** Parses on the calling thread: for a few documents, or where no built worker script exists. */
export function parseHere(inputs: readonly DocumentInput[]): ParseOutcome[] {
  return inputs.map((input) => {
    try {
      return { ok: true, value: parseInput(input) };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  });
}

/**
 * Worker threads that parse batches of documents, so that parsing (the slow part of ingestion)
 * runs beside the database writes instead of before them.
 */
export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: Array<(worker: Worker) => void> = [];
  private nextJob = 0;

  private constructor(
    private readonly script: URL,
    size: number,
    private readonly maxHeapMb: number | undefined,
  ) {
    for (let index = 0; index < size; index += 1) {
      const worker = this.start();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /**
   * A pool of `size` workers (default: one per core but one), or null when running from sources.
   * With `maxHeapMb`, a parse that needs more memory fails alone instead of taking the process down.
   */
  static open(size = Math.max(1, Math.min(4, availableParallelism() - 1)), { maxHeapMb }: { maxHeapMb?: number } = {}): ParsePool | null {
    const script = new URL("./parse-worker.js", import.meta.url);
    if (!existsSync(fileURLToPath(script))) return null;
    return new ParsePool(script, size, maxHeapMb);
  }

  private start(): Worker {
    const worker = new Worker(this.script, this.maxHeapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb } });
    worker.unref();
    return worker;
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Parses `inputs` on the next free worker. With `timeoutMs`, a batch still running after that
   * long fails as a whole: its worker is stopped and replaced, so one pathological document
   * cannot hold a worker (or the caller) for ever. A worker that dies (out of memory) is replaced
   * the same way, its batch failed.
   */
  async parse(inputs: readonly DocumentInput[], { timeoutMs }: { timeoutMs?: number } = {}): Promise<ParseOutcome[]> {
    let worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    const job = this.nextJob++;
    try {
      return await new Promise<ParseOutcome[]>((resolve) => {
        const onMessage = (message: { job: number; outcomes: ParseOutcome[] }) => {
          if (message.job !== job) return;
          cleanUp();
          resolve(message.outcomes);
        };
        // The worker is gone or stopped: a fresh one takes its place and the batch fails as a whole.
        const fail = (reason: string) => {
          cleanUp();
          const lost = worker;
          worker = this.replace(lost);
          void lost.terminate();
          resolve(inputs.map(() => ({ ok: false, reason })));
        };
        const onError = (error: Error & { code?: string }) =>
          fail(
            error.code === "ERR_WORKER_OUT_OF_MEMORY"
              ? `parsing needed more than the worker's ${this.maxHeapMb} MB of memory`
              : `the parse worker failed: ${error.message}`,
          );
        const timer = timeoutMs === undefined ? undefined : setTimeout(() => fail(`parsing did not finish within ${timeoutMs} ms`), timeoutMs);
        const cleanUp = () => {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onError);
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        try {
          worker.postMessage({ job, inputs });
        } catch (error) {
          cleanUp();
          throw error;
        }
      });
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  /** A fresh worker in the place of `lost`. */
  private replace(lost: Worker): Worker {
    const fresh = this.start();
    this.workers[this.workers.indexOf(lost)] = fresh;
    return fresh;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
