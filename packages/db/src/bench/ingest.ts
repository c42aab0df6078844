#!/usr/bin/env node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createDb } from "../client.js";
import { generateArticles } from "../generator/index.js";
import { type ParsedInput, ingestParsed, parseInput } from "../ingest.js";
import { ingestDocuments } from "../ingest-files.js";
import { ParsePool } from "../parse-pool.js";
import { migrate } from "../migrate.js";

/**
 * `pnpm bench:ingest [COUNT]`: ingests COUNT (default 10,000) generated articles, 250 per
 * transaction, and prints articles/s for SQLite and PostgreSQL: storing already-parsed documents,
 * and end to end (parsing in worker threads beside the writes, as `pnpm ingest` does, each in a
 * fresh database), next to the parser alone on the main thread, measured in the same run.
 * PostgreSQL: BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else postgres@127.0.0.1:5432.
 */
const count = Number(process.argv[2] ?? 10_000);
const batchSize = 250;
const target = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

interface Timing {
  /** Milliseconds per batch. */
  batches: number[];
}

function rate(timing: Timing, sizes: number[]): { overall: number; median: number } {
  const total = timing.batches.reduce((sum, ms) => sum + ms, 0);
  const articles = sizes.reduce((sum, size) => sum + size, 0);
  return { overall: articles / (total / 1000), median: median(timing.batches.map((ms, index) => (sizes[index] as number) / (ms / 1000))) };
}

/** Parse and store together through the ingest pipeline; articles/s overall. */
async function endToEnd(url: string): Promise<number> {
  await migrate(url, { quiet: true });
  const db = await createDb(url);
  try {
    const started = performance.now();
    let failed = 0;
    await ingestDocuments(
      db,
      generated.map((article) => ({ key: article.slug, input: { text: article.text, meta: article.meta } })),
      { stored() {}, failed: () => (failed += 1) },
      { batchSize, parallel: true },
    );
    if (failed > 0) throw new Error(`${failed} generated articles failed to ingest`);
    return generated.length / ((performance.now() - started) / 1000);
  } finally {
    await db.close();
  }
}

const generated = generateArticles(count, 2026);
const batches: ParsedInput[][] = [];
const parseTiming: Timing = { batches: [] };
for (let from = 0; from < generated.length; from += batchSize) {
  const started = performance.now();
  batches.push(generated.slice(from, from + batchSize).map((article) => parseInput({ text: article.text, meta: article.meta })));
  parseTiming.batches.push(performance.now() - started);
}
const sizes = batches.map((batch) => batch.length);

async function storeAll(url: string): Promise<Timing> {
  await migrate(url, { quiet: true });
  const db = await createDb(url);
  const timing: Timing = { batches: [] };
  try {
    for (const batch of batches) {
      const started = performance.now();
      await ingestParsed(db, batch);
      timing.batches.push(performance.now() - started);
    }
  } finally {
    await db.close();
  }
  return timing;
}

async function postgresAdminUrl(): Promise<string | null> {
  const url = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch (error) {
    process.stdout.write(`PostgreSQL skipped: ${url} does not answer (${error instanceof Error ? error.message : String(error)})\n`);
    return null;
  }
}

const parser = rate(parseTiming, sizes);
function report(label: string, timing: Timing, note = ""): { overall: number; median: number } {
  const result = rate(timing, sizes);
  process.stdout.write(
    `${label.padEnd(30)} ${result.overall.toFixed(0).padStart(6)} articles/s  (median batch ${result.median.toFixed(0).padStart(6)}/s, ${(result.median / parser.median).toFixed(2)}× the parser alone)${note}\n`,
  );
  return result;
}
const probe = ParsePool.open();
const workers = probe?.size ?? 0;
await probe?.close();
function reportEndToEnd(label: string, articlesPerSecond: number): void {
  process.stdout.write(
    `${label.padEnd(30)} ${articlesPerSecond.toFixed(0).padStart(6)} articles/s  (${(articlesPerSecond / parser.overall).toFixed(2)}× the parser alone overall)\n`,
  );
}
process.stdout.write(`${count} generated articles (fr/en), ${batchSize} per transaction, ${workers} parse worker(s) end to end\n`);
process.stdout.write(`${"parser alone (baseline)".padEnd(30)} ${parser.overall.toFixed(0).padStart(6)} articles/s  (median batch ${parser.median.toFixed(0).padStart(6)}/s)\n`);

const folder = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
try {
  const sqlite = await storeAll(`file:${join(folder, "bench.db")}`);
  report("SQLite: storing parsed", sqlite, `  target ≥ ${target}: ${rate(sqlite, sizes).overall >= target ? "met" : "MISSED"}`);
  reportEndToEnd("SQLite: end to end", await endToEnd(`file:${join(folder, "end-to-end.db")}`));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const adminUrl = await postgresAdminUrl();
if (adminUrl) {
  const name = `newsgraph_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const postgres = await storeAll(url.toString());
    report("PostgreSQL: storing parsed", postgres);
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    reportEndToEnd("PostgreSQL: end to end", await endToEnd(url.toString()));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
