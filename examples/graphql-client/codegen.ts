import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and typed documents for the operations in src/operations, checked against the API's
// committed schema: an operation that no longer fits the schema fails generation.
const config: CodegenConfig = {
  schema: "../../apps/server/schema.graphql",
  documents: "src/operations/*.graphql",
  generates: {
    "src/generated/graphql.ts": {
      plugins: ["typescript-operations", "typed-document-node"],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string" },
      },
    },
  },
};

export default config;
