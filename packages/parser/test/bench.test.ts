import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const bench = resolve(dirname(fileURLToPath(import.meta.url)), "../dist/bench/cli.js");
let folder = "";

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bench, ...args], { encoding: "utf8", cwd: folder });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  if (!existsSync(bench)) throw new Error(`${bench} is missing: build the package first (pnpm --filter @newsgraph/parser build)`);
  folder = mkdtempSync(join(tmpdir(), "newsgraph-bench-"));
  mkdirSync(join(folder, "corpus"));
  writeFileSync(join(folder, "corpus", "a.txt"), "Accord au port\n\nLe maire, Zorvan Kettleby, a déclaré que le port rouvrirait lundi.\n");
  writeFileSync(join(folder, "corpus", "b.md"), "---\ntitle: Harbour\n---\n\nThe harbour master, Ola Nygaard, will meet the mayor on Tuesday.\n");
  writeFileSync(join(folder, "corpus", "notes.csv"), "not,a,document\n");
  mkdirSync(join(folder, "empty"));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("pnpm bench", { timeout: 60_000 }, () => {
  it("measures the documents of a folder against chrono-node, and each stage with --stages", () => {
    const { code, stdout, stderr } = run(["corpus", "--rounds", "1", "--stages"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^corpus: 2 documents, 0\.00 MB, 1 rounds, medians on one core$/m);
    expect(stdout).toMatch(/^parseDocument \(full extraction\): \d+\.\d\d MB\/s {2}target ≥ 10 MB\/s (met|MISSED)$/m);
    expect(stdout).toMatch(/^chrono-node fr\.parse \(baseline\): \d+\.\d\d MB\/s$/m);
    expect(stdout).toMatch(/^ratio parseDocument \/ chrono fr\.parse: \d+\.\d\d$/m);
    const stages = [...stdout.matchAll(/^ {2}(\w+) +(\d+\.\d) ms +(\d+\.\d) %$/gm)];
    expect(stages.map((match) => match[1])).toEqual([
      "segment",
      "recogniseEntities",
      "findQuotes",
      "attributeQuotes",
      "findMeetings",
      "resolveDates",
      "assemble",
    ]);
    const shares = stages.reduce((sum, match) => sum + Number(match[3]), 0);
    expect(shares).toBeGreaterThan(99.5);
    expect(shares).toBeLessThan(100.5);
  });

  it("prints no stages without --stages", () => {
    const { code, stdout } = run(["corpus", "--rounds", "1"]);
    expect(code).toBe(0);
    expect(stdout).not.toContain("stages");
  });

  it("refuses bad arguments with one line naming the problem and the usage", () => {
    for (const [args, message] of [
      [["corpus", "--rounds", "0"], "bench: --rounds takes a whole number ≥ 1"],
      [["corpus", "--rounds"], "bench: --rounds takes a whole number ≥ 1"],
      [["corpus", "--rounds", "2.5"], "bench: --rounds takes a whole number ≥ 1"],
      [["corpus", "--fast"], "bench: unknown option --fast"],
      [["missing"], `bench: no such file or folder: ${join(folder, "missing")}`],
      [["empty"], "bench: no .txt or .md documents found"],
    ] as const) {
      const { code, stdout, stderr } = run([...args]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toBe(`${message}\nusage: pnpm bench [DIR…] [--rounds N] [--stages]\n`);
    }
  });
});
