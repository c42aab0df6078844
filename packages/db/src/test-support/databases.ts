import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Db, createDb } from "../client.js";
import { migrate } from "../migrate.js";

export interface TestDatabase {
  name: "sqlite" | "postgresql";
  url: string;
  db: Db;
  /** Deletes every row, so that each test starts from an empty database. */
  reset(): Promise<void>;
  /** Closes the client and deletes the database. */
  drop(): Promise<void>;
}

export interface TestProvider {
  name: "sqlite" | "postgresql";
  open(): Promise<TestDatabase>;
}

async function reset(db: Db): Promise<void> {
  const tables = ["MeetingParticipant", "Meeting", "Quote", "Mention", "ArticlePerson", "ArticleOrganization", "Article", "Person", "Organization", "SearchEntry"];
  for (const table of tables) await db.prisma.$executeRawUnsafe(`DELETE FROM "${table}"`);
}

/** A migrated SQLite database in a fresh temporary file. */
export async function openSqlite(): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), "newsgraph-db-test-"));
  const url = `file:${join(folder, "test.db")}`;
  await migrate(url, { quiet: true });
  const db = await createDb(url);
  return {
    name: "sqlite",
    url,
    db,
    reset: () => reset(db),
    async drop() {
      await db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migrated PostgreSQL database of its own, created on the server of `adminUrl`. */
export async function openPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `newsgraph_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString(), { quiet: true });
  const db = await createDb(url.toString(), { poolSize: 4 });
  return {
    name: "postgresql",
    url: url.toString(),
    db,
    reset: () => reset(db),
    async drop() {
      await db.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/**
 * SQLite always; PostgreSQL when TEST_POSTGRES_URL is set and answers. In CI (CI=true) a missing or
 * unreachable PostgreSQL is an error; elsewhere it is skipped with a message.
 */
export async function testProviders(): Promise<TestProvider[]> {
  const providers: TestProvider[] = [{ name: "sqlite", open: openSqlite }];
  const adminUrl = process.env.TEST_POSTGRES_URL;
  const inCi = process.env.CI === "true";
  if (!adminUrl) {
    if (inCi) throw new Error("TEST_POSTGRES_URL is not set: CI must test PostgreSQL too");
    console.warn("PostgreSQL tests skipped: set TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres to run them");
    return providers;
  }
  try {
    await adminQuery(adminUrl, "SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (inCi) throw new Error(`PostgreSQL at TEST_POSTGRES_URL does not answer: ${reason}`);
    console.warn(`PostgreSQL tests skipped: TEST_POSTGRES_URL does not answer (${reason})`);
    return providers;
  }
  providers.push({ name: "postgresql", open: () => openPostgres(adminUrl) });
  return providers;
}
