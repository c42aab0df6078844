import { afterAll, describe, expect, it } from "vitest";

// Worker threads run the built worker script, so the pool is taken from the build (`pnpm test`
// builds first); imported by address, as the typecheck runs before any build.
const built = new URL("../dist/parse-pool.js", import.meta.url).href;
const { ParsePool } = (await import(built)) as typeof import("./parse-pool.js");

const article = "Talks in Bergen\n\nHarbour master Ingrid Solberg will meet Tomas Berg in Bergen on 14 March 2024.\n";
/** Text that takes the parser far longer than a millisecond. */
const longText = "Le ministre Paul Arnaud a rencontré Claire Vidal à Lyon le 3 mars, a indiqué son porte-parole. ".repeat(20_000);

describe("ParsePool", () => {
  const pool = ParsePool.open(1);
  afterAll(async () => {
    await pool?.close();
  });

  it("parses on a worker thread", async () => {
    expect(pool).not.toBeNull();
    const [outcome] = await pool!.parse([{ text: article, meta: { publishedAt: "2024-03-01" } }]);
    expect(outcome?.ok).toBe(true);
    if (!outcome?.ok) return;
    expect(outcome.value.parsed.people.map((person) => person.name)).toContain("Ingrid Solberg");
  });

  it("fails a batch that outlasts its time limit, then parses the next one on a fresh worker", async () => {
    const outcomes = await pool!.parse([{ text: longText }, { text: article }], { timeoutMs: 1 });
    expect(outcomes).toEqual([
      { ok: false, reason: "parsing did not finish within 1 ms" },
      { ok: false, reason: "parsing did not finish within 1 ms" },
    ]);
    expect(pool!.size).toBe(1);
    const [next] = await pool!.parse([{ text: article }], { timeoutMs: 60_000 });
    expect(next?.ok).toBe(true);
  });

  it("fails a batch whose worker runs out of its memory, then parses the next one on a fresh worker", async () => {
    const small = ParsePool.open(1, { maxHeapMb: 64 });
    expect(small).not.toBeNull();
    try {
      const [outcome] = await small!.parse([{ text: `Titre\n\n${longText.repeat(2)}` }]);
      expect(outcome).toEqual({ ok: false, reason: "parsing needed more than the worker's 64 MB of memory" });
      const [next] = await small!.parse([{ text: article }]);
      expect(next?.ok).toBe(true);
    } finally {
      await small?.close();
    }
  });
});
