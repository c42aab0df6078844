import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { printSchema } from "graphql";
import { schema } from "./schema/index.js";

/** The SDL committed as apps/server/schema.graphql, for front-end code generators. */
export function schemaSdl(): string {
  return `${printSchema(schema)}\n`;
}

export const schemaFile = fileURLToPath(new URL("../schema.graphql", import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaFile, schemaSdl());
}
