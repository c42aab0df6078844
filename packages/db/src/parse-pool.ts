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
  ) {
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(script);
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** A pool of `size` workers (default: one per core but one), or null when running from sources. */
  static open(size = Math.max(1, Math.min(4, availableParallelism() - 1))): ParsePool | null {
    const script = new URL("./parse-worker.js", import.meta.url);
    if (!existsSync(fileURLToPath(script))) return null;
    return new ParsePool(script, size);
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Parses `inputs` on the next free worker. With `timeoutMs`, a batch still running after that
   * long fails as a whole: its worker is stopped and replaced, so one pathological document
   * cannot hold a worker (or the caller) for ever.
   */
  async parse(inputs: readonly DocumentInput[], { timeoutMs }: { timeoutMs?: number } = {}): Promise<ParseOutcome[]> {
    let worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    const job = this.nextJob++;
    try {
      return await new Promise<ParseOutcome[]>((resolve, reject) => {
        const onMessage = (message: { job: number; outcomes: ParseOutcome[] }) => {
          if (message.job !== job) return;
          cleanUp();
          resolve(message.outcomes);
        };
        const onError = (error: Error) => {
          cleanUp();
          reject(error);
        };
        const timer =
          timeoutMs === undefined
            ? undefined
            : setTimeout(() => {
                cleanUp();
                const stuck = worker;
                worker = this.replace(stuck);
                void stuck.terminate();
                const reason = `parsing did not finish within ${timeoutMs} ms`;
                resolve(inputs.map(() => ({ ok: false, reason })));
              }, timeoutMs);
        const cleanUp = () => {
          clearTimeout(timer);
          worker.off("message", onMessage);
          worker.off("error", onError);
        };
        worker.on("message", onMessage);
        worker.on("error", onError);
        worker.postMessage({ job, inputs });
      });
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  /** A fresh worker in the place of `stuck`. */
  private replace(stuck: Worker): Worker {
    const fresh = new Worker(this.script);
    fresh.unref();
    this.workers[this.workers.indexOf(stuck)] = fresh;
    return fresh;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
