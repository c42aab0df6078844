import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "../../src/database-url.js";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: ".",
  migrations: { path: "migrations" },
  async adapter() {
    const url = resolveDatabaseUrl();
    const factory = new PrismaPg({ connectionString: url });
    // Prisma's own shadow database would reuse the main one: use a throw-away database instead.
    return Object.assign(factory, {
      async connectToShadowDb() {
        const name = `newsgraph_shadow_${process.pid}_${Date.now()}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`CREATE DATABASE "${name}"`);
        await admin.end();
        const shadowUrl = new URL(url);
        shadowUrl.pathname = `/${name}`;
        const adapter = await new PrismaPg({ connectionString: shadowUrl.toString() }).connect();
        const dispose = adapter.dispose.bind(adapter);
        return Object.assign(adapter, {
          async dispose() {
            await dispose();
            const dropper = new pg.Client({ connectionString: url });
            await dropper.connect();
            await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            await dropper.end();
          },
        });
      },
    });
  },
});
