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
 * data, in alternating slices on loopback, and prints requests/s (median of per-second counts)
 * and p99 latency for both, and their ratio. Each server runs in its own process; the one not
 * being measured sits idle.
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
/** Each server is measured in this many alternating slices of SECONDS / ROUNDS, so drifting background load hits both alike. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
if (!(Number.isInteger(ROUNDS) && ROUNDS >= 1)) throw new Error(`BENCH_ROUNDS must be a whole number ≥ 1, got ${process.env.BENCH_ROUNDS}`);
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

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function report(name: string, slices: readonly Measure[]): Measure {
  const measured = {
    rps: median(slices.map((slice) => slice.rps)),
    p99: median(slices.map((slice) => slice.p99)),
    errors: slices.reduce((sum, slice) => sum + slice.errors, 0),
  };
  const range = `${Math.min(...slices.map((slice) => slice.rps)).toFixed(0)}–${Math.max(...slices.map((slice) => slice.rps)).toFixed(0)}`;
  log(`${name.padEnd(9)} ${measured.rps.toFixed(0).padStart(7)} req/s (median of ${slices.length} slices' per-second medians; ${range})   p99 ${measured.p99.toFixed(1).padStart(7)} ms   errors ${measured.errors}`);
  return measured;
}

const folder = mkdtempSync(join(tmpdir(), "newsgraph-bench-api-"));
const file = join(folder, "bench.db");
const children: ChildProcess[] = [];
try {
  log(`bench:api — ${ARTICLES} generated articles, nested query with first: ${PAGE}, ${CONNECTIONS} connections, ${SECONDS} s each in ${ROUNDS} alternating slices`);
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

  await hammer(graphqlUrl, WARMUP_SECONDS);
  await hammer(baselineUrl, WARMUP_SECONDS);
  const apiSlices: Measure[] = [];
  const baselineSlices: Measure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    apiSlices.push(await hammer(graphqlUrl, SECONDS / ROUNDS));
    baselineSlices.push(await hammer(baselineUrl, SECONDS / ROUNDS));
  }
  const api = report("graphql", apiSlices);
  const baseline = report("baseline", baselineSlices);
  const ratio = median(apiSlices.map((slice, index) => slice.rps / (baselineSlices[index] as Measure).rps));
  log(`ratio     ${ratio.toFixed(2)} of the baseline's requests/s (median of the slices' ratios; target ≥ ${TARGET_RATIO}); p99 ${api.p99.toFixed(1)} ms vs ${baseline.p99.toFixed(1)} ms`);
  process.exitCode = ratio >= TARGET_RATIO ? 0 : 1;
} finally {
  await Promise.all(children.map(stop));
  rmSync(folder, { recursive: true, force: true });
}
