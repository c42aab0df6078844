import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** The built measuring script (`pnpm test` builds first): each input is timed in a process of its own. */
const growthScript = fileURLToPath(new URL("../dist/bench/growth.js", import.meta.url));

/** Measuring processes per input: one process's timings can sit high or low as a whole (2.2× in one, 2.55× in the next). */
const PROCESSES = 3;

/** Time of a 2 MB input over time of a 1 MB one, both made by repeating `unit`: the median over separate processes. */
function growth(unit: string): number {
  const ratios: number[] = [];
  for (let run = 0; run < PROCESSES; run++) {
    const output = execFileSync(process.execPath, [growthScript, unit, "1000000", "2000000"], { encoding: "utf8" });
    const { small, large } = JSON.parse(output) as { small: number; large: number };
    ratios.push(large / small);
  }
  return ratios.sort((a, b) => a - b)[Math.floor(PROCESSES / 2)] as number;
}

/** Inputs that make backtracking or quadratic scans blow up, as the unit each one repeats. */
const adversarialUnits: Record<string, string> = {
  "unclosed quotes": "« Il a dit que la réunion aura lieu demain, a déclaré M. Dupont ",
  "capitalised words": "Jean Pierre Paul Marie Louise Dupont Martin ",
  "opening guillemets in a row": "«",
  "opening brackets in a row (Markdown links never closed)": "[",
  "one long line": "Le sommet du 10 janvier entre Vladimir Poutine et Joe Biden, a indiqué Peskov, aura lieu à 14 h UTC, ",
  "dotted initials": "A. B. C. D. E. F. ",
  "quote marks and verbs": '"x," he said. "',
  "meetings dated from an earlier event": "Il s'est entretenu avec le ministre le lendemain de cette annonce. Il a annoncé le 3 mars une visite. ",
};

describe("parse time grows linearly with input size", () => {
  for (const [name, unit] of Object.entries(adversarialUnits)) {
    it(`${name}: 2 MB takes at most 2.5× the time of 1 MB`, () => {
      expect(growth(unit)).toBeLessThanOrEqual(2.5);
    }, 300_000);
  }
});
