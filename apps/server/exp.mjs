import { createDb } from "@newsgraph/db";
import { createYoga } from "graphql-yoga";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { schema } from "./dist/schema/index.js";
import { createLoaders } from "./dist/loaders.js";
import { createNewsgraphYoga } from "./dist/yoga.js";
import { NESTED_QUERY } from "./dist/bench/nested-query.js";
const db = await createDb("file:/tmp/prof/bench.db");
const ctx = ({ request }) => ({ db, adminToken: undefined, authorization: null, loaders: createLoaders(db) });
const variants = {
  full: createNewsgraphYoga({ db, log: () => {} }),
  jitOnly: createYoga({ schema, context: ctx, logging: false, maskedErrors: false, plugins: [useGraphQlJit()] }),
  noJit: createYoga({ schema, context: ctx, logging: false, maskedErrors: false, plugins: [] }),
};
const body = JSON.stringify({ query: NESTED_QUERY, variables: { n: 10 } });
const res = {};
for (let round = 0; round < 7; round++) for (const [name, y] of Object.entries(variants)) {
  const fn = async () => (await y.fetch("http://localhost/graphql", { method: "POST", headers: { "content-type": "application/json" }, body })).text();
  for (let i = 0; i < 20; i++) await fn();
  const t = performance.now(); for (let i = 0; i < 100; i++) await fn(); (res[name] ??= []).push((performance.now() - t) / 100 * 1000);
}
const med = (v) => v.sort((a, b) => a - b)[3];
console.log(Object.entries(res).map(([k, v]) => `${k} ${med(v).toFixed(0)}µs`).join("  "));
await db.close();
