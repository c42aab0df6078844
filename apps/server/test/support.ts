import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, ingestParsed, migrate, seed, type Db } from "@newsgraph/db";
import pg from "pg";
import { createNewsgraphYoga, type YogaOptions } from "../src/yoga.js";
import { asParsedInput, bergCall, osloTalks, type FixtureDocument } from "./fixtures.js";

export interface TestDatabase {
  provider: "sqlite" | "postgresql";
  db: Db;
  /** SQL statements sent since the last reset, by Prisma and by `db.read`. */
  statements: string[];
  drop(): Promise<void>;
}

async function withAdmin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function open(url: string, provider: TestDatabase["provider"], cleanup: () => Promise<void>): Promise<TestDatabase> {
  await migrate(url, { quiet: true });
  const statements: string[] = [];
  const db = await createDb(url, { log: [{ emit: "event", level: "query" }], onRead: (sql) => statements.push(sql) });
  db.prisma.$on("query", (event) => statements.push(event.query));
  return {
    provider,
    db: db as unknown as Db,
    statements,
    async drop() {
      await db.close();
      await cleanup();
    },
  };
}

export function openSqlite(): Promise<TestDatabase> {
  const folder = mkdtempSync(join(tmpdir(), "newsgraph-server-test-"));
  return open(`file:${join(folder, "api.db")}`, "sqlite", async () => rmSync(folder, { recursive: true, force: true }));
}

/** A database of its own on the server of TEST_POSTGRES_URL, dropped afterwards. */
export async function openPostgres(adminUrl: string): Promise<TestDatabase> {
  const name = `newsgraph_server_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await withAdmin(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return open(url.toString(), "postgresql", () => withAdmin(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set. */
export const providers: Array<{ name: TestDatabase["provider"]; open: () => Promise<TestDatabase> }> = [
  { name: "sqlite", open: openSqlite },
  ...(process.env.TEST_POSTGRES_URL
    ? [{ name: "postgresql" as const, open: () => openPostgres(process.env.TEST_POSTGRES_URL as string) }]
    : []),
];

export async function ingestFixtures(db: Db, docs: FixtureDocument[] = [osloTalks, bergCall]): Promise<void> {
  await ingestParsed(db, docs.map(asParsedInput));
}

/** The repository's seed plus this suite's own two articles. */
export async function seededDatabase(openDatabase: () => Promise<TestDatabase> = openSqlite): Promise<TestDatabase> {
  const database = await openDatabase();
  await seed(database.db);
  await ingestFixtures(database.db);
  return database;
}

export type TestYoga = ReturnType<typeof createNewsgraphYoga>;

export function testYoga(db: Db, options: Omit<YogaOptions, "db"> = {}): TestYoga {
  return createNewsgraphYoga({ db, log: process.env.NEWSGRAPH_TEST_LOG ? (line) => console.error(line) : undefined, ...options });
}

export interface GraphQLResponse<Data = Record<string, any>> {
  status: number;
  body: { data?: Data | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** POSTs an operation as a browser app would (JSON body, so no CSRF header is needed). */
export async function graphql<Data = Record<string, any>>(
  yoga: TestYoga,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<Data>["body"] };
}

/** The data of a response that must have succeeded. */
export async function data<Data = Record<string, any>>(
  yoga: TestYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const { status, body } = await graphql<Data>(yoga, query, variables);
  if (status !== 200 || body.errors || !body.data) {
    throw new Error(`GraphQL failed (${status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}
