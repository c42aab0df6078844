#!/usr/bin/env node
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { parseDocument } from "@newsgraph/parser";
import { createDb } from "../client.js";
import { generateArticles } from "../generator/index.js";
import { ingestParsed, parseInput } from "../ingest.js";
import { migrate } from "../migrate.js";

/**
 * `pnpm bench:ingest [COUNT]`: ingests COUNT (default 10,000) generated articles into a fresh
 * SQLite file and a fresh PostgreSQL database and prints articles/s for each, next to a baseline
 * measured in the same run: the parser alone on the same articles (the floor ingestion cannot
 * beat). PostgreSQL: BENCH_POSTGRES_URL, else TEST_POSTGRES_URL, else postgres@127.0.0.1:5432.
 */
const count = Number(process.argv[2] ?? 10_000);
const batchSize = 250;
const target = 500;
const articles = generateArticles(count, 2026);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median articles/s over batches, and overall articles/s. */
async function measure(run: (batch: typeof articles) => Promise<void> | void): Promise<{ median: number; overall: number }> {
  const rates: number[] = [];
  const started = performance.now();
  for (let from = 0; from < articles.length; from += batchSize) {
    const batch = articles.slice(from, from + batchSize);
    const batchStarted = performance.now();
    await run(batch);
    rates.push(batch.length / ((performance.now() - batchStarted) / 1000));
  }
  return { median: median(rates), overall: articles.length / ((performance.now() - started) / 1000) };
}

async function benchDatabase(url: string): Promise<{ median: number; overall: number }> {
  await migrate(url, { quiet: true });
  const db = await createDb(url);
  try {
    return await measure(async (batch) => {
      await ingestParsed(db, batch.map((article) => parseInput({ text: article.text, meta: article.meta })));
    });
  } finally {
    await db.close();
  }
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

function line(label: string, result: { median: number; overall: number }, baseline: number): string {
  return `${label.padEnd(22)} ${result.overall.toFixed(0).padStart(7)} articles/s overall, median batch ${result.median.toFixed(0).padStart(7)}/s, ${(result.median / baseline).toFixed(2)}× the parser alone`;
}

const parserOnly = await measure((batch) => {
  for (const article of batch) parseDocument(article.text, { publishedAt: article.meta.publishedAt, source: article.meta.source, url: article.meta.url, language: article.language });
});
process.stdout.write(`${count} generated articles (fr/en), ${batchSize} per transaction\n`);
process.stdout.write(`${"parser alone".padEnd(22)} ${parserOnly.overall.toFixed(0).padStart(7)} articles/s overall, median batch ${parserOnly.median.toFixed(0).padStart(7)}/s (baseline)\n`);

const folder = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
try {
  const sqlite = await benchDatabase(`file:${join(folder, "bench.db")}`);
  process.stdout.write(`${line("SQLite ingest", sqlite, parserOnly.median)}  target ≥ ${target}: ${sqlite.overall >= target ? "met" : "MISSED"}\n`);
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
    const postgres = await benchDatabase(url.toString());
    process.stdout.write(`${line("PostgreSQL ingest", postgres, parserOnly.median)}\n`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}
