import { ParsePool, createDb, migrate, redactUrl, resolveDatabaseUrl, seed } from "@newsgraph/db";
import { configFromEnv } from "./config.js";
import { listen } from "./http.js";
import { createNewsgraphYoga } from "./yoga.js";

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const config = configFromEnv();
  const databaseUrl = resolveDatabaseUrl(config.databaseUrl);
  await migrate(databaseUrl, { quiet: true });
  const db = await createDb(databaseUrl);
  await seed(db);
  // One worker: ingestion is an admin's occasional request, and parsing it must not stall reads.
  const parsePool = ParsePool.open(1, { maxHeapMb: config.parseMaxHeapMb });
  const yoga = createNewsgraphYoga({
    db,
    adminToken: config.adminToken,
    limits: config.limits,
    log: writeLine,
    parsePool,
    parseTimeoutMs: config.parseTimeoutMs,
  });
  const server = await listen(yoga, { port: config.port, host: config.host });
  console.log(`newsgraph GraphQL API on ${server.url} (database ${redactUrl(databaseUrl)})`);
  if (!config.adminToken) console.error("NEWSGRAPH_ADMIN_TOKEN is not set: the ingestArticle mutation is refused.");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: finishing requests in flight, then stopping.`);
    await server.close();
    await parsePool?.close();
    await db.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(`newsgraph server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
