import { createDb } from "@newsgraph/db";
import { listen } from "../http.js";
import { createNewsgraphYoga } from "../yoga.js";

/**
 * The API as `pnpm start` runs it (request log included, written to stdout), on a benchmark
 * database. Usage: node graphql-server.js DATABASE_URL PORT
 */
const [url, portText] = process.argv.slice(2);
if (!url || !portText) throw new Error("usage: graphql-server DATABASE_URL PORT");
const db = await createDb(url);
const yoga = createNewsgraphYoga({ db, log: (line) => process.stdout.write(`${line}\n`) });
const server = await listen(yoga, { port: Number(portText), host: "127.0.0.1" });
process.stderr.write("ready\n");
process.on("SIGTERM", () => {
  void server.close().then(() => db.close()).then(() => process.exit(0));
});
