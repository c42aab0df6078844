import { describe, expect, it } from "vitest";
import { parseDocument } from "./index.js";

/** Builds about `bytes` characters by repeating `unit`. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Time of one parse of `text` in milliseconds: repeated until 100 ms have passed, median of 3. */
function parseTime(text: string): number {
  const samples: number[] = [];
  for (let sample = 0; sample < 3; sample++) {
    let runs = 0;
    const started = performance.now();
    do {
      parseDocument(text, { publishedAt: "2021-12-30" });
      runs++;
    } while (performance.now() - started < 100);
    samples.push((performance.now() - started) / runs);
  }
  return samples.sort((a, b) => a - b)[1] as number;
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
};

describe("parse time grows linearly with input size", () => {
  for (const [name, build] of Object.entries(adversarialInputs)) {
    it(`${name}: 2 MB takes at most 2.5× the time of 1 MB`, () => {
      const small = build(megabyte);
      const large = build(2 * megabyte);
      parseDocument(small);
      const ratio = parseTime(large) / parseTime(small);
      expect(ratio).toBeLessThanOrEqual(2.5);
    }, 120_000);
  }
});
