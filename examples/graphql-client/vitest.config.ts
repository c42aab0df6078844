import { createRequire } from "node:module";
import { defineProject } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineProject({
  // One copy of graphql for the in-process server and its CommonJS dependencies (see apps/server).
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: { name: "example-graphql-client", include: ["test/**/*.test.ts"], hookTimeout: 120_000 },
});
