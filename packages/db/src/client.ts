import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgresql/client.js";
import { Prisma, PrismaClient } from "./generated/sqlite/client.js";
import { type Provider, providerOf, resolveDatabaseUrl, sqliteFilePath } from "./database-url.js";
import { Reader } from "./read.js";
import { type SqlConnection, openSqlConnection } from "./sql.js";

/** The ingest path's own driver connection (see sql.ts), opened on first use. */
export const sqlConnection = Symbol("newsgraph.sqlConnection");

/**
 * An open database. `prisma` is typed with the SQLite client's types; the PostgreSQL client is
 * generated from the same model files and has the same API for them (provider-only features such
 * as `mode: "insensitive"` are not used by this package and should not be by its users).
 */
export interface Db<LogLevel extends Prisma.LogLevel = never> {
  prisma: PrismaClient<LogLevel>;
  provider: Provider;
  /** Batched reads on the driver, for hot paths where Prisma's per-query cost shows (see read.ts). */
  read: Reader;
  /** The URL connected to (absolute file path for SQLite). */
  url: string;
  close(): Promise<void>;
  readonly [sqlConnection]: SqlConnection;
}

export interface CreateDbOptions<LogLevel extends Prisma.LogLevel = never> {
  /** Prisma's `log` option; `{ emit: "event", level: "query" }` lets `prisma.$on("query")` count statements. */
  log?: Array<LogLevel | { emit: "event" | "stdout"; level: LogLevel }>;
  /** PostgreSQL pool size (default 10), for Prisma and for `read` each. */
  poolSize?: number;
  /** Told each SQL statement `read` runs, as Prisma's query events tell its own. */
  onRead?: (sql: string) => void;
}

/**
 * Opens the database at `url` (default: DATABASE_URL, else `file:./data/newsgraph.db` from the
 * repository root). `file:` URLs use SQLite in WAL mode, `postgresql://` URLs PostgreSQL. The
 * schema must already be migrated (see `migrate`).
 */
export async function createDb<LogLevel extends Prisma.LogLevel = never>(
  url?: string,
  options: CreateDbOptions<LogLevel> = {},
): Promise<Db<LogLevel>> {
  const resolved = resolveDatabaseUrl(url);
  const provider = providerOf(resolved);
  const log = options.log ?? [];
  if (provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: resolved, max: options.poolSize ?? 10 });
    // Same models, other provider: the generated API is identical for everything used here.
    const prisma = new PostgresPrismaClient({ adapter, log }) as unknown as PrismaClient<LogLevel>;
    const sql = openSqlConnection(provider, resolved, "", { readPoolSize: options.poolSize ?? 10, onRead: options.onRead });
    return { prisma, provider, read: new Reader(sql, provider), url: resolved, close: () => closeBoth(prisma, sql), [sqlConnection]: sql };
  }
  const filePath = sqliteFilePath(resolved);
  const adapter = new PrismaBetterSQLite3({ url: filePath, timeout: 15_000 });
  const prisma = new PrismaClient({ adapter, log }) as PrismaClient<LogLevel>;
  // WAL lets readers (the API) run while an ingest writes; NORMAL sync is still crash-safe in WAL.
  await prisma.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  await prisma.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  const sql = openSqlConnection(provider, resolved, filePath, { readPoolSize: 1, onRead: options.onRead });
  return { prisma, provider, read: new Reader(sql, provider), url: resolved, close: () => closeBoth(prisma, sql), [sqlConnection]: sql };
}

async function closeBoth(prisma: { $disconnect(): Promise<void> }, sql: SqlConnection): Promise<void> {
  await sql.close();
  await prisma.$disconnect();
}
