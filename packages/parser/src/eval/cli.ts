#!/usr/bin/env node
/**
 * `pnpm eval [DIR…] [--verbose] [--json]`: scores the parser against gold folders
 * (`NAME.txt` + `NAME.gold.json`) by the rules of the eval set's FORMAT.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "../index.js";
import { addScores, emptyScore, endToEndF1, f1, precision, recall, scoreDocument, type GoldDocument, type Score } from "./score.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const defaultFolders = ["dev", "winer-people"].map((name) => resolve(repoRoot, "../shared/eval", name));

/** Targets from the parser's issue, by gold folder name. */
const targets: Record<string, Partial<Record<"people" | "direct" | "indirect" | "meetings" | "startsAt", number>>> = {
  dev: { people: 0.95, direct: 0.95, indirect: 0.8, meetings: 0.9, startsAt: 0.95 },
  "winer-people": { people: 0.92 },
};

function usage(message: string): never {
  process.stderr.write(`eval: ${message}\nusage: pnpm eval [DIR…] [--verbose] [--json]\n`);
  process.exit(1);
}

function scoreFolder(folder: string): Score {
  let total = emptyScore();
  const goldFiles = readdirSync(folder).filter((name) => name.endsWith(".gold.json")).sort();
  for (const goldFile of goldFiles) {
    const gold = JSON.parse(readFileSync(join(folder, goldFile), "utf8")) as GoldDocument;
    const raw = readFileSync(join(folder, gold.doc ?? goldFile.replace(/\.gold\.json$/, ".txt")), "utf8");
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const output = parseDocument(text, { publishedAt: gold.publishedAt });
    const score = scoreDocument(text, gold, output);
    score.misses = score.misses.map((miss) => `${gold.doc}: ${miss}`);
    total = addScores(total, score);
  }
  return total;
}

const number = (value: number) => value.toFixed(3);
const ratio = (part: number, whole: number) => (whole === 0 ? "  n/a" : number(part / whole));
function verdict(value: number, target: number | undefined): string {
  if (target === undefined) return "";
  return `  target ≥ ${target.toFixed(2)} ${value >= target ? "met" : "MISSED"}`;
}

function report(folder: string, score: Score, verbose: boolean): string[] {
  const goals = targets[basename(folder)] ?? {};
  const lines = [`${basename(folder)} (${score.documents} documents)`];
  const prf = (c: Parameters<typeof f1>[0]) => `P ${number(precision(c))}  R ${number(recall(c))}  F1 ${number(f1(c))}`;
  lines.push(`  people          ${prf(score.people)}${verdict(f1(score.people), goals.people)}`);
  for (const kind of ["direct", "indirect"] as const) {
    const c = score[kind];
    if (c.truePositives + c.falsePositives + c.falseNegatives === 0) continue;
    lines.push(
      `  ${`${kind} quotes`.padEnd(15)} ${prf(c)}  attribution ${ratio(c.attributed, c.truePositives)}  end-to-end F1 ${number(endToEndF1(c))}${verdict(endToEndF1(c), goals[kind])}`,
    );
  }
  const m = score.meetings;
  if (m.truePositives + m.falsePositives + m.falseNegatives > 0) {
    lines.push(`  meetings        ${prf(m)}${verdict(f1(m), goals.meetings)}`);
    lines.push(
      `    over matched: kind ${ratio(m.kind, m.truePositives)}  status ${ratio(m.status, m.truePositives)}  time ${ratio(m.time, m.truePositives)}  startsAt ${ratio(m.startsAt, m.truePositives)}${verdict(m.truePositives === 0 ? 0 : m.startsAt / m.truePositives, goals.startsAt)}`,
    );
  }
  if (score.title.checked > 0) {
    lines.push(
      `  article         title ${ratio(score.title.correct, score.title.checked)}  language ${ratio(score.language.correct, score.language.checked)}  source ${ratio(score.source.correct, score.source.checked)}  paragraph count ${ratio(score.paragraphCount.correct, score.paragraphCount.checked)}`,
    );
  }
  lines.push(`  offsets         ${score.offsetErrors} errors${score.offsetErrors === 0 ? "" : "  target 0 MISSED"}`);
  if (verbose) lines.push(...score.misses.map((miss) => `    - ${miss}`));
  return lines;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const json = args.includes("--json");
const unknownFlag = args.find((arg) => arg.startsWith("--") && arg !== "--verbose" && arg !== "--json");
if (unknownFlag) usage(`unknown option ${unknownFlag}`);
const requested = args.filter((arg) => !arg.startsWith("--")).map((folder) => resolve(process.cwd(), folder));
for (const folder of requested) if (!existsSync(folder)) usage(`no such folder: ${folder}`);
const folders = requested.length > 0 ? requested : defaultFolders.filter((folder) => existsSync(folder));
if (folders.length === 0) usage("no gold folders given and none found at ../shared/eval");

const results = folders.map((folder) => ({ folder, score: scoreFolder(folder) }));
if (json) {
  process.stdout.write(`${JSON.stringify(results.map(({ folder, score }) => ({ folder: basename(folder), ...score })), null, 2)}\n`);
} else {
  process.stdout.write(`${results.flatMap(({ folder, score }) => report(folder, score, verbose)).join("\n")}\n`);
}
