#!/usr/bin/env node
import { createDb } from "../client.js";
import { redactUrl } from "../database-url.js";
import { migrate } from "../migrate.js";
import { seed } from "../seed.js";
import { IngestReporter } from "./progress.js";

async function main(): Promise<number> {
  await migrate(undefined, { quiet: true });
  const db = await createDb();
  const reporter = new IngestReporter();
  try {
    const summary = await seed(db, undefined, { onProgress: reporter.progress, onFailure: reporter.failure });
    reporter.summary(summary);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`seed failed: ${redactUrl(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = 1;
  },
);
