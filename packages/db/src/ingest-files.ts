import { collectDocumentPaths, readDocumentFile } from "./files.js";
import {
  type DocumentInput,
  type IngestResult,
  type ParsedInput,
  type WritableDb,
  contentHashOf,
  documentText,
  ingestParsed,
  storedByHash,
} from "./ingest.js";
import { type ParseOutcome, ParsePool, parseHere } from "./parse-pool.js";

export interface FileFailure {
  path: string;
  reason: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  failed: number;
}

export interface PipelineOptions {
  /** Documents per transaction (default 100). */
  batchSize?: number;
  /**
   * Parse in worker threads while the previous batch is written (default: when there are at least
   * 200 documents and the package runs from its build). Each worker loads its own parser.
   */
  parallel?: boolean;
}

export interface IngestFilesOptions extends PipelineOptions {
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

export interface PipelineItem<Key> {
  key: Key;
  input: DocumentInput;
}

export interface PipelineHandlers<Key> {
  stored(key: Key, result: IngestResult): void;
  failed(key: Key, reason: string): void;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/**
 * Parses and stores documents in batches of one transaction each, parsing the next batches in
 * worker threads while the current one is written. A document the parser rejects is reported and
 * skipped; when a batch fails as a whole, its documents are retried one by one so that only the
 * faulty ones are reported. Results are reported in input order.
 */
export async function ingestDocuments<Key>(
  db: WritableDb,
  items: Iterable<PipelineItem<Key>> | AsyncIterable<PipelineItem<Key>>,
  handlers: PipelineHandlers<Key>,
  options: PipelineOptions & { expectedCount?: number } = {},
): Promise<void> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const parallel = options.parallel ?? (options.expectedCount ?? 0) >= 200;
  // Opened on the first batch that needs parsing: a rerun over unchanged files starts no worker.
  let pool: ParsePool | null | undefined;
  const inFlight: Array<Promise<void>> = [];
  let previous: Promise<void> = Promise.resolve();

  const store = async (batch: PipelineItem<Key>[], known: Map<number, IngestResult>, outcomes: ParseOutcome[]) => {
    const parsed: Array<{ key: Key; input: ParsedInput }> = [];
    let next = 0;
    batch.forEach(({ key }, index) => {
      const unchanged = known.get(index);
      if (unchanged) {
        handlers.stored(key, unchanged);
        return;
      }
      const outcome = outcomes[next++] as ParseOutcome;
      if (outcome.ok) parsed.push({ key, input: outcome.value });
      else handlers.failed(key, `could not be parsed: ${outcome.reason}`);
    });
    if (parsed.length === 0) return;
    try {
      const results = await ingestParsed(db, parsed.map((item) => item.input));
      results.forEach((result, index) => handlers.stored((parsed[index] as { key: Key }).key, result));
    } catch {
      for (const item of parsed) {
        try {
          const [result] = await ingestParsed(db, [item.input]);
          handlers.stored(item.key, result as IngestResult);
        } catch (error) {
          handlers.failed(item.key, `not stored: ${firstLine(error)}`);
        }
      }
    }
  };

  const submit = async (batch: PipelineItem<Key>[]) => {
    // Documents already stored with this very content need no parsing.
    const hashes = batch.map(({ input }) => contentHashOf(documentText(input.text), input.meta ?? {}));
    const stored = await storedByHash(db, hashes);
    const known = new Map<number, IngestResult>();
    hashes.forEach((hash, index) => {
      const result = stored.get(hash);
      if (result) known.set(index, result);
    });
    const inputs = batch.filter((_, index) => !known.has(index)).map((item) => item.input);
    if (inputs.length > 0 && pool === undefined) pool = parallel ? ParsePool.open() : null;
    const outcomes = inputs.length === 0 ? Promise.resolve([]) : pool ? pool.parse(inputs) : Promise.resolve(parseHere(inputs));
    const after = previous;
    previous = Promise.all([after, outcomes]).then(([, parsed]) => store(batch, known, parsed));
    inFlight.push(previous);
    // Keep a bounded number of batches parsed ahead of the writes.
    if (inFlight.length > (pool?.size ?? 0) + 1) await inFlight.shift();
  };

  try {
    let batch: PipelineItem<Key>[] = [];
    for await (const item of items) {
      batch.push(item);
      if (batch.length >= batchSize) {
        await submit(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await submit(batch);
    await Promise.all(inFlight);
  } finally {
    await pool?.close();
  }
}

/**
 * Ingests the .txt/.md files named by `paths` (files or folders). Bad files are reported and
 * skipped; the others are still ingested.
 */
export async function ingestPaths(db: WritableDb, paths: readonly string[], options: IngestFilesOptions = {}): Promise<IngestFilesSummary> {
  const { files, failures: listingFailures } = await collectDocumentPaths(paths);
  const summary: IngestFilesSummary = { files: files.length + listingFailures.length, created: 0, replaced: 0, unchanged: 0, failures: [] };
  let done = 0;
  const report = () => options.onProgress?.({ done, total: summary.files, failed: summary.failures.length });
  const fail = (path: string, reason: string) => {
    summary.failures.push({ path, reason });
    done += 1;
    options.onFailure?.({ path, reason });
    report();
  };
  for (const failure of listingFailures) if (!failure.ok) fail(failure.path, failure.reason);
  report();

  async function* readable(): AsyncGenerator<PipelineItem<string>> {
    for (const path of files) {
      const read = await readDocumentFile(path);
      if (read.ok) yield { key: path, input: { text: read.text, meta: read.meta } };
      else fail(path, read.reason);
    }
  }

  await ingestDocuments(
    db,
    readable(),
    {
      stored(_path, result) {
        summary[result.status] += 1;
        done += 1;
        report();
      },
      failed: fail,
    },
    { ...options, expectedCount: files.length },
  );
  return summary;
}
