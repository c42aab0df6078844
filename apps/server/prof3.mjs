import { createDb } from "@newsgraph/db";
import { createNewsgraphYoga } from "./dist/yoga.js";
import { NESTED_QUERY } from "./dist/bench/nested-query.js";
const db = await createDb(`file:${process.argv[2]}`);
const yoga = createNewsgraphYoga({ db });
const body = JSON.stringify({ query: NESTED_QUERY, variables: { n: 10 } });
async function once() { const r = await yoga.fetch("http://x/graphql", { method: "POST", headers: { "content-type": "application/json" }, body }); return r.text(); }
for (let i = 0; i < 20; i++) await once();
let t = performance.now(); for (let i = 0; i < 100; i++) await once(); console.log("sequential ms/request", ((performance.now() - t) / 100).toFixed(2));
t = performance.now(); await Promise.all(Array.from({length: 100}, once)); console.log("concurrent ms/request", ((performance.now() - t) / 100).toFixed(2));
// raw prisma equivalent timing
t = performance.now(); for (let i = 0; i < 100; i++) await db.prisma.$queryRawUnsafe("SELECT 1"); console.log("prisma SELECT 1 ms", ((performance.now() - t) / 100).toFixed(3));
await db.close();
