import { join } from "node:path";
import { repositoryRoot } from "./database-url.js";
import type { WritableDb } from "./ingest.js";
import { type IngestFilesOptions, type IngestFilesSummary, ingestPaths } from "./ingest-files.js";

/** The repository's `seeds/` folder. */
export function seedsFolder(): string {
  return join(repositoryRoot(), "seeds");
}

/** Ingests the seed documents (default: the repository's `seeds/`). Idempotent. */
export async function seed(db: WritableDb, folder: string = seedsFolder(), options: IngestFilesOptions = {}): Promise<IngestFilesSummary> {
  return ingestPaths(db, [folder], options);
}
