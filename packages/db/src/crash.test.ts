import { readFile } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles, writeArticleFiles } from "./generator/index.js";
import { parseInput } from "./ingest.js";
import { runCli, startCli } from "./test-support/cli.js";
import { type TestDatabase, testProviders } from "./test-support/databases.js";

const providers = await testProviders();
const articleCount = 1200;

/** What each generated document must bring along when stored whole, by slug. */
async function expectedRows(paths: string[]): Promise<Map<string, { quotes: number; meetings: number; mentions: number }>> {
  const expected = new Map<string, { quotes: number; meetings: number; mentions: number }>();
  for (const path of paths) {
    const meta = JSON.parse(await readFile(path.replace(/\.txt$/, ".meta.json"), "utf8"));
    const { parsed } = parseInput({ text: await readFile(path, "utf8"), meta });
    const mentions = [...parsed.people, ...parsed.organizations].reduce((sum, entity) => sum + entity.mentions.length, 0);
    expected.set(meta.slug, { quotes: parsed.quotes.length, meetings: parsed.meetings.length, mentions });
  }
  return expected;
}

describe.each(providers)("a bulk ingest killed midway on $name", (provider) => {
  let test: TestDatabase;
  let folder: string;
  let paths: string[];

  beforeAll(async () => {
    test = await provider.open();
    folder = mkdtempSync(join(tmpdir(), "newsgraph-crash-test-"));
    paths = await writeArticleFiles(join(folder, "articles"), generateArticles(articleCount, 99));
  });
  afterAll(async () => {
    await test?.drop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  async function checkWholeDocuments(expected: Awaited<ReturnType<typeof expectedRows>>): Promise<number> {
    const stored = await test.db.prisma.article.findMany({
      select: { slug: true, _count: { select: { quotes: true, meetings: true, mentions: true } } },
    });
    for (const article of stored) {
      expect(article._count, article.slug).toEqual(expected.get(article.slug));
    }
    const indexed = await test.db.prisma.$queryRawUnsafe<Array<{ count: number | bigint }>>(
      `SELECT count(*) AS "count" FROM "SearchEntry" WHERE "entity" = 'article'`,
    );
    expect(Number(indexed[0]?.count)).toBe(stored.length);
    return stored.length;
  }

  it("keeps only whole documents, and a rerun completes without duplicates", async () => {
    const expected = await expectedRows(paths);
    const env = { DATABASE_URL: test.url };
    const { child, done } = startCli("cli/ingest.js", [join(folder, "articles")], env);
    const startedAt = Date.now();
    let storedBeforeKill = 0;
    while (Date.now() - startedAt < 90_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      storedBeforeKill = await test.db.prisma.article.count();
      if (storedBeforeKill >= 100) break;
    }
    child.kill("SIGKILL");
    const killed = await done;
    expect(killed.signal).toBe("SIGKILL");

    const survivors = await checkWholeDocuments(expected);
    expect(survivors).toBeGreaterThanOrEqual(100);
    expect(survivors).toBeLessThan(articleCount);

    const rerun = await runCli("cli/ingest.js", [join(folder, "articles")], env);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toContain(`${articleCount} files: ${articleCount - survivors} created, 0 replaced, ${survivors} unchanged, 0 failed`);
    expect(await checkWholeDocuments(expected)).toBe(articleCount);
    const people = await test.db.prisma.person.findMany({ select: { key: true } });
    expect(new Set(people.map((person) => person.key)).size).toBe(people.length);
  });
});
