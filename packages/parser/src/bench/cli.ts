#!/usr/bin/env node
/**
 * `pnpm bench [DIR…] [--rounds N] [--stages]`: full extraction speed in MB/s on one core over a
 * corpus of documents, and in the same run chrono-node's own `fr.parse` over the same text as a
 * baseline. With `--stages`, also each pipeline stage's median time per round and share.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { parseDocument } from "../index.js";
import { contextFor, pipeline } from "../parse.js";
import { assemble } from "../stages/assemble.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const defaultCorpus = [resolve(repoRoot, "../shared/eval"), resolve(repoRoot, "seeds")];

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\nusage: pnpm bench [DIR…] [--rounds N] [--stages]\n`);
  process.exit(1);
}

function textFiles(path: string): string[] {
  if (statSync(path).isFile()) return path.endsWith(".txt") || path.endsWith(".md") ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => textFiles(join(path, name)));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs `work` over every document `rounds` times after two untimed passes (the JIT needs them: with
 * a shorter warm-up the first timed rounds read 25–40 % slow); returns each round's MB/s.
 */
function measure(documents: string[], megabytes: number, rounds: number, work: (text: string) => unknown): number[] {
  for (let pass = 0; pass < 2; pass++) for (const text of documents) work(text);
  const speeds: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (const text of documents) work(text);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    speeds.push(megabytes / seconds);
  }
  return speeds;
}

/**
 * Each stage's median milliseconds per round over the documents (after the same two untimed
 * passes), in pipeline order, assembling last.
 */
function measureStages(documents: string[], rounds: number): Array<{ stage: string; milliseconds: number }> {
  const stages = [...pipeline, assemble];
  const perRound = stages.map(() => [] as number[]);
  for (let round = -2; round < rounds; round++) {
    const spent = stages.map(() => 0n);
    for (const text of documents) {
      const ctx = contextFor(text, { publishedAt: "2020-01-01" });
      stages.forEach((stage, index) => {
        const started = process.hrtime.bigint();
        stage(ctx);
        spent[index] = (spent[index] as bigint) + (process.hrtime.bigint() - started);
      });
    }
    if (round >= 0) spent.forEach((nanoseconds, index) => perRound[index]?.push(Number(nanoseconds) / 1e6));
  }
  return stages.map((stage, index) => ({ stage: stage.name, milliseconds: median(perRound[index] as number[]) }));
}

const args = process.argv.slice(2);
let rounds = 5;
let byStage = false;
const folders: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  if (arg === "--rounds") {
    rounds = Number(args[++i]);
    if (!Number.isInteger(rounds) || rounds < 1) fail("--rounds takes a whole number ≥ 1");
  } else if (arg === "--stages") byStage = true;
  else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
  else folders.push(resolve(process.cwd(), arg));
}
for (const folder of folders) if (!existsSync(folder)) fail(`no such file or folder: ${folder}`);
const corpus = (folders.length > 0 ? folders : defaultCorpus.filter((folder) => existsSync(folder))).flatMap(textFiles);
if (corpus.length === 0) fail("no .txt or .md documents found");

const documents = corpus.map((file) => readFileSync(file, "utf8"));
const megabytes = documents.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
const referenceDate = new Date("2020-01-01T12:00:00Z");

// The baseline runs first: after the parser's hundreds of patterns, chrono's own, which it builds
// anew on every call, were measured up to 40 % slower (V8 keeps only so many compiled patterns).
const baseline = median(measure(documents, megabytes, rounds, (text) => chrono.fr.parse(text, referenceDate)));
const parser = median(measure(documents, megabytes, rounds, (text) => parseDocument(text, { publishedAt: "2020-01-01" })));

const lines = [
  `corpus: ${documents.length} documents, ${megabytes.toFixed(2)} MB, ${rounds} rounds, medians on one core`,
  `parseDocument (full extraction): ${parser.toFixed(2)} MB/s  target ≥ 10 MB/s ${parser >= 10 ? "met" : "MISSED"}`,
  `chrono-node fr.parse (baseline): ${baseline.toFixed(2)} MB/s`,
  `ratio parseDocument / chrono fr.parse: ${(parser / baseline).toFixed(2)}`,
];
if (byStage) {
  const stages = measureStages(documents, rounds);
  const total = stages.reduce((sum, { milliseconds }) => sum + milliseconds, 0);
  lines.push("stages (median ms per round, share of their sum):");
  for (const { stage, milliseconds } of stages) {
    lines.push(`  ${stage.padEnd(18)} ${milliseconds.toFixed(1).padStart(8)} ms  ${((100 * milliseconds) / total).toFixed(1).padStart(5)} %`);
  }
}
process.stdout.write(`${lines.join("\n")}\n`);
