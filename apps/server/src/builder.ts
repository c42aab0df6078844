import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.js";
import type PrismaTypes from "./generated/pothos-types.js";
import { getDatamodel } from "./generated/pothos-types.js";
import { connectionComplexity } from "./limits.js";

/** Page size of a connection asked for without `first` or `last`. */
export const DEFAULT_PAGE_SIZE = 20;
/** Largest `first`/`last` accepted; larger values are refused, never silently cut. */
export const MAX_PAGE_SIZE = 100;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Connection: { totalCount: number | (() => number | Promise<number>) };
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  plugins: [ErrorsPlugin, ComplexityPlugin, RelayPlugin, PrismaPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: null,
  },
  complexity: { fieldComplexity: connectionComplexity<Context>(DEFAULT_PAGE_SIZE) },
  errors: { defaultTypes: [] },
});

builder.queryType({});
builder.mutationType({});

// Every connection in the API reports the size of the whole list it pages through.
builder.globalConnectionField("totalCount", (t) =>
  t.int({
    resolve: (connection) =>
      typeof connection.totalCount === "function" ? connection.totalCount() : connection.totalCount,
  }),
);
