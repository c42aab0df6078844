import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaFile, schemaSdl } from "../src/print-schema.js";

describe("schema.graphql", () => {
  it("is what the code builds (run `pnpm --filter @newsgraph/server build` and commit it when this fails)", () => {
    expect(readFileSync(schemaFile, "utf8")).toBe(schemaSdl());
  });
});
