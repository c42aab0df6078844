import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import { type Provider, providerOf, redactUrl, resolveDatabaseUrl, sqliteFilePath } from "./database-url.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The folder holding `schema.prisma`, `prisma.config.ts` and `migrations/` for a provider. */
export function prismaFolder(provider: Provider): string {
  return join(packageRoot, "prisma", provider);
}

/** Names of the committed migrations not yet applied to the database at `url`. */
export async function pendingMigrations(url?: string): Promise<string[]> {
  const resolved = resolveDatabaseUrl(url);
  const provider = providerOf(resolved);
  const folder = join(prismaFolder(provider), "migrations");
  const committed = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const applied = new Set(await appliedMigrations(resolved, provider));
  return committed.filter((name) => !applied.has(name));
}

const appliedQuery = `SELECT "migration_name" AS name FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;

async function appliedMigrations(url: string, provider: Provider): Promise<string[]> {
  if (provider === "sqlite") {
    const path = sqliteFilePath(url);
    if (path === ":memory:" || !existsSync(path)) return [];
    const sqlite = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
      if (!table) return [];
      return (sqlite.prepare(appliedQuery).all() as Array<{ name: string }>).map((row) => row.name);
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const table = await client.query(`SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`);
    if (!table.rows[0]?.present) return [];
    return (await client.query<{ name: string }>(appliedQuery)).rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

/**
 * Applies the committed migrations (`prisma migrate deploy`) to the database at `url` (default:
 * DATABASE_URL, else the default SQLite file). Idempotent, and quick when nothing is pending: the
 * Prisma CLI only runs when a migration is missing. Returns the migrations that were pending.
 */
export async function migrate(url?: string, options: { quiet?: boolean } = {}): Promise<string[]> {
  const resolved = resolveDatabaseUrl(url);
  const provider = providerOf(resolved);
  const pending = await pendingMigrations(resolved);
  if (pending.length === 0) return [];
  const require = createRequire(import.meta.url);
  const prismaCli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const args = [prismaCli, "migrate", "deploy", "--config", join(prismaFolder(provider), "prisma.config.ts")];
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: packageRoot,
      env: { ...process.env, DATABASE_URL: resolved, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk: Buffer) => {
        output.push(chunk);
        if (!options.quiet) process.stderr.write(chunk);
      });
    }
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    const lines = Buffer.concat(output).toString("utf8").split("\n");
    const reason = lines.find((line) => line.startsWith("Error:")) ?? lines.filter(Boolean).slice(-3).join(" ");
    throw new Error(`Migrating ${redactUrl(resolved)} failed: ${reason}`);
  }
  return pending;
}
