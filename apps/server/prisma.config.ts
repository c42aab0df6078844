import { defineConfig } from "prisma/config";

// Only `prisma generate` runs here, for the Pothos types: no Prisma client is generated in this
// package, and the "client" engine type keeps the CLI from downloading a native query engine.
process.env.PRISMA_CLIENT_ENGINE_TYPE ??= "client";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma",
});
