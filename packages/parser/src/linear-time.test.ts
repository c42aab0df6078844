import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./index.js";

/** Builds about `bytes` characters by repeating `unit`. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

setFlagsFromString("--expose-gc");
/** V8's collector, so that no run pays for the garbage left by the one before. */
const collectGarbage = runInNewContext("gc") as () => void;

/**
 * CPU milliseconds one parse of `text` takes. CPU time rather than wall time: other test files run
 * in parallel on the same cores, and the time this process waits for a core is not its own.
 */
function parseTime(text: string): number {
  collectGarbage();
  const started = process.cpuUsage();
  parseDocument(text, { publishedAt: "2021-12-30" });
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

/**
 * Time of the large input over time of the small one. Runs alternate so that load from other
 * processes falls on both sizes alike, and each size keeps its fastest run: outside noise only
 * ever adds time. Nine runs: with five, a quiet machine still read 2.56 once where the usual is 2.0–2.2.
 */
function growth(small: string, large: string, rounds = 9): number {
  let fastestSmall = Infinity;
  let fastestLarge = Infinity;
  for (let round = 0; round < rounds; round++) {
    fastestSmall = Math.min(fastestSmall, parseTime(small));
    fastestLarge = Math.min(fastestLarge, parseTime(large));
  }
  return fastestLarge / fastestSmall;
}

const megabyte = 1_000_000;

/** Inputs that make backtracking or quadratic scans blow up. */
const adversarialInputs: Record<string, (size: number) => string> = {
  "unclosed quotes": (size) => repeatTo("« Il a dit que la réunion aura lieu demain, a déclaré M. Dupont ", size),
  "capitalised words": (size) => repeatTo("Jean Pierre Paul Marie Louise Dupont Martin ", size),
  "opening guillemets in a row": (size) => repeatTo("«", size),
  "one long line": (size) => repeatTo("Le sommet du 10 janvier entre Vladimir Poutine et Joe Biden, a indiqué Peskov, aura lieu à 14 h UTC, ", size),
  "dotted initials": (size) => repeatTo("A. B. C. D. E. F. ", size),
  "quote marks and verbs": (size) => repeatTo('"x," he said. "', size),
  "meetings dated from an earlier event": (size) =>
    repeatTo("Il s'est entretenu avec le ministre le lendemain de cette annonce. Il a annoncé le 3 mars une visite. ", size),
};

describe("parse time grows linearly with input size", () => {
  for (const [name, build] of Object.entries(adversarialInputs)) {
    it(`${name}: 2 MB takes at most 2.5× the time of 1 MB`, () => {
      const small = build(megabyte);
      const large = build(2 * megabyte);
      parseDocument(small);
      expect(growth(small, large)).toBeLessThanOrEqual(2.5);
    }, 300_000);
  }
});
