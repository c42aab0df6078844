import { parentPort } from "node:worker_threads";
import { type DocumentInput, parseInput } from "./ingest.js";
import type { ParseOutcome } from "./parse-pool.js";

/** Parses batches of documents off the main thread (see parse-pool.ts). */
parentPort?.on("message", ({ job, inputs }: { job: number; inputs: DocumentInput[] }) => {
  const outcomes: ParseOutcome[] = inputs.map((input) => {
    try {
      return { ok: true, value: parseInput(input) };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage({ job, outcomes });
});
