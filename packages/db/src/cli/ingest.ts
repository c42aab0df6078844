#!/usr/bin/env node
import { resolve } from "node:path";
import { createDb } from "../client.js";
import { redactUrl } from "../database-url.js";
import { ingestPaths } from "../ingest-files.js";
import { migrate } from "../migrate.js";
import { IngestReporter } from "./progress.js";

const usage = `Usage: pnpm ingest PATH…

Ingests news documents into the database at DATABASE_URL (default file:./data/newsgraph.db).
PATH is a .txt or .md file or a folder (searched recursively). Metadata comes from Markdown front
matter and from NAME.meta.json beside NAME.txt ({ "publishedAt", "source", "url", "title", "slug" }).
Each file that cannot be ingested is reported on one line; the exit code is 1 if any failed.`;

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  // pnpm runs root scripts from the repository root: resolve paths from where the user typed them.
  const cwd = process.env.INIT_CWD || process.cwd();
  const paths = args.map((arg) => resolve(cwd, arg));
  await migrate(undefined, { quiet: true });
  const db = await createDb();
  const reporter = new IngestReporter();
  try {
    const summary = await ingestPaths(db, paths, { onProgress: reporter.progress, onFailure: reporter.failure });
    reporter.summary(summary);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ingest failed: ${redactUrl(message)}\n`);
    process.exitCode = 1;
  },
);
