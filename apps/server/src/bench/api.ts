import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { createDb, ingestParsed, migrate, parseInput } from "@newsgraph/db";
import { generateArticles } from "@newsgraph/db/generator";
import { NESTED_QUERY } from "./nested-query.js";

/**
 * `pnpm bench:api`: loads generated articles into a fresh SQLite file, then runs the nested
 * query for BENCH_SECONDS at BENCH_CONNECTIONS connections against the GraphQL server and
 * against a raw baseline (hand-written SQL + JSON.stringify over node:http) serving the same
 * data, one after the other on loopback, and prints requests/s (median of per-second counts)
 * and p99 latency for both, and their ratio. Each server runs in its own process.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const PAGE = Number(process.env.BENCH_FIRST ?? 10);
const WARMUP_SECONDS = 3;
const TARGET_RATIO = 0.5;
const here = fileURLToPath(new URL(".", import.meta.url));

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function load(url: string): Promise<void> {
  const started = performance.now();
  await migrate(url, { quiet: true });
  const db = await createDb(url);
  try {
    const articles = generateArticles(ARTICLES, 2026);
    for (let from = 0; from < articles.length; from += 250) {
      await ingestParsed(db, articles.slice(from, from + 250).map((article) => parseInput({ text: article.text, meta: article.meta })));
    }
    const [count, quotes, meetings] = await Promise.all([db.prisma.article.count(), db.prisma.quote.count(), db.prisma.meeting.count()]);
    log(`loaded ${count} articles (${quotes} quotes, ${meetings} meetings) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

async function start(script: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(here, script), ...args], { stdio: ["ignore", "ignore", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`${script} exited with ${code}: ${output}`)));
  });
  return child;
}

async function startBaseline(file: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(here, "baseline-server.js"), file, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`baseline exited with ${code}`)));
  });
  return child;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

const body = JSON.stringify({ query: NESTED_QUERY, variables: { n: PAGE } });
const headers = { "content-type": "application/json" };

async function post(url: string): Promise<unknown> {
  const response = await fetch(url, { method: "POST", headers, body });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  return response.json();
}

interface Measure {
  rps: number;
  p99: number;
  errors: number;
}

async function hammer(url: string, seconds: number): Promise<Measure> {
  // A generous timeout: slow answers should count in the latency, not vanish as errors.
  const result = await autocannon({ url, method: "POST", headers, body, connections: CONNECTIONS, duration: seconds, timeout: 60 });
  return { rps: result.requests.p50, p99: result.latency.p99, errors: result.errors + result.non2xx + result.timeouts };
}

async function measure(name: string, url: string): Promise<Measure> {
  await hammer(url, WARMUP_SECONDS);
  const measured = await hammer(url, SECONDS);
  log(`${name.padEnd(9)} ${measured.rps.toFixed(0).padStart(7)} req/s (median of per-second counts)   p99 ${measured.p99.toFixed(1).padStart(7)} ms   errors ${measured.errors}`);
  return measured;
}

const folder = mkdtempSync(join(tmpdir(), "newsgraph-bench-api-"));
const file = join(folder, "bench.db");
const children: ChildProcess[] = [];
try {
  log(`bench:api — ${ARTICLES} generated articles, nested query with first: ${PAGE}, ${CONNECTIONS} connections, ${SECONDS} s each`);
  await load(`file:${file}`);
  const graphqlPort = 4401;
  const baselinePort = 4402;
  const graphqlServer = await start("graphql-server.js", [`file:${file}`, String(graphqlPort)]);
  children.push(graphqlServer);
  const graphqlUrl = `http://127.0.0.1:${graphqlPort}/graphql`;
  const baselineServer = await startBaseline(file, baselinePort);
  children.push(baselineServer);
  const baselineUrl = `http://127.0.0.1:${baselinePort}/`;

  const [fromApi, fromBaseline] = await Promise.all([post(graphqlUrl), post(baselineUrl)]);
  if (!isDeepStrictEqual(fromApi, fromBaseline)) throw new Error("the baseline and the API answer differently; the comparison would be meaningless");
  log(`both answer the same ${JSON.stringify(fromApi).length} bytes of JSON`);

  await stop(baselineServer);
  const api = await measure("graphql", graphqlUrl);
  await stop(graphqlServer);
  const restarted = await startBaseline(file, baselinePort);
  children.push(restarted);
  const baseline = await measure("baseline", baselineUrl);
  const ratio = api.rps / baseline.rps;
  log(`ratio     ${ratio.toFixed(2)} of the baseline's requests/s (target ≥ ${TARGET_RATIO}); p99 ${api.p99.toFixed(1)} ms vs ${baseline.p99.toFixed(1)} ms`);
  process.exitCode = ratio >= TARGET_RATIO ? 0 : 1;
} finally {
  await Promise.all(children.map(stop));
  rmSync(folder, { recursive: true, force: true });
}
