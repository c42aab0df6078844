import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import Database from "better-sqlite3";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl, sqliteFilePath } from "../../src/database-url.js";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ".",
  migrations: { path: "migrations" },
  async adapter() {
    const factory = new PrismaBetterSQLite3({ url: sqliteFilePath(resolveDatabaseUrl()) });
    // `migrate dev` and `migrate diff --from-migrations` replay migrations in a scratch database.
    return Object.assign(factory, {
      async connectToShadowDb() {
        return new PrismaBetterSQLite3({ url: ":memory:" }).connect();
      },
    });
  },
});
