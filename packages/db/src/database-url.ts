import { existsSync, mkdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type Provider = "sqlite" | "postgresql";

/** The database used when DATABASE_URL is not set, relative to the repository root. */
export const defaultDatabaseUrl = "file:./data/newsgraph.db";

/** The repository root (the folder holding pnpm-workspace.yaml), or the working directory outside it. */
export function repositoryRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, "pnpm-workspace.yaml"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(
    `Unsupported DATABASE_URL "${redactUrl(url)}": expected file:PATH (SQLite) or postgresql://… (PostgreSQL)`,
  );
}

/** The SQLite file a `file:` URL names, relative paths taken from the repository root. */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:/i, "").replace(/\?.*$/, "");
  if (path === ":memory:") return path;
  return isAbsolute(path) ? path : resolve(repositoryRoot(), path);
}

/**
 * The URL to connect to: the argument, else DATABASE_URL, else the default file. For SQLite the
 * file's folder is created on demand and the URL made absolute.
 */
export function resolveDatabaseUrl(url: string | undefined = process.env.DATABASE_URL): string {
  const chosen = url && url.trim() !== "" ? url.trim() : defaultDatabaseUrl;
  if (providerOf(chosen) === "postgresql") return chosen;
  const path = sqliteFilePath(chosen);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  return `file:${path}`;
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, "$1***@");
}
