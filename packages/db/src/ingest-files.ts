import type { WritableDb } from "./ingest.js";
import { type IngestResult, type ParsedInput, ingestParsed, parseInput } from "./ingest.js";
import { collectDocumentPaths, readDocumentFile } from "./files.js";

export interface FileFailure {
  path: string;
  reason: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  failed: number;
}

export interface IngestFilesOptions {
  /** Documents per transaction (default 100). */
  batchSize?: number;
  onProgress?(progress: IngestProgress): void;
  /** Called once per file that could not be ingested, as soon as it is known. */
  onFailure?(failure: FileFailure): void;
}

export interface IngestFilesSummary {
  files: number;
  created: number;
  replaced: number;
  unchanged: number;
  failures: FileFailure[];
}

/**
 * Ingests the .txt/.md files named by `paths` (files or folders), in batches of one transaction
 * each. Bad files are reported and skipped; the others are still ingested. When a batch fails as a
 * whole, its files are retried one by one so that only the faulty ones are reported.
 */
export async function ingestPaths(db: WritableDb, paths: readonly string[], options: IngestFilesOptions = {}): Promise<IngestFilesSummary> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const { files, failures: listingFailures } = await collectDocumentPaths(paths);
  const summary: IngestFilesSummary = { files: files.length + listingFailures.length, created: 0, replaced: 0, unchanged: 0, failures: [] };
  const fail = (path: string, reason: string) => {
    summary.failures.push({ path, reason });
    options.onFailure?.({ path, reason });
  };
  for (const failure of listingFailures) if (!failure.ok) fail(failure.path, failure.reason);
  let done = listingFailures.length;
  const report = () => options.onProgress?.({ done, total: summary.files, failed: summary.failures.length });
  const count = (results: IngestResult[]) => {
    for (const result of results) summary[result.status] += 1;
  };
  report();

  let batch: Array<{ path: string; input: ParsedInput }> = [];
  const flush = async () => {
    if (batch.length === 0) return;
    try {
      count(await ingestParsed(db, batch.map((item) => item.input)));
    } catch {
      for (const item of batch) {
        try {
          count(await ingestParsed(db, [item.input]));
        } catch (error) {
          fail(item.path, `not stored: ${(error instanceof Error ? error.message : String(error)).split("\n")[0]}`);
        }
      }
    }
    done += batch.length;
    batch = [];
    report();
  };

  for (const path of files) {
    const read = await readDocumentFile(path);
    if (!read.ok) {
      fail(path, read.reason);
      done += 1;
      report();
      continue;
    }
    try {
      batch.push({ path, input: parseInput({ text: read.text, meta: read.meta }) });
    } catch (error) {
      fail(path, `could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
      done += 1;
      continue;
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
