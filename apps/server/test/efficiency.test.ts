import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NESTED_QUERY } from "../src/bench/nested-query.js";
import { seriesDocument } from "./fixtures.js";
import { data, ingestFixtures, providers, testYoga, type TestDatabase, type TestYoga } from "./support.js";

describe.each(providers)("query spreading on $name", ({ open }) => {
  let database: TestDatabase;
  let yoga: TestYoga;

  beforeAll(async () => {
    database = await open();
    await ingestFixtures(database.db, Array.from({ length: 60 }, (_, index) => seriesDocument(index)));
    yoga = testYoga(database.db);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  async function statementsFor(n: number): Promise<{ statements: string[]; articles: number; quotes: number }> {
    database.statements.length = 0;
    const result = await data(yoga, NESTED_QUERY, { n });
    const statements = [...database.statements];
    const nodes = result.articles.edges.map((edge: any) => edge.node);
    return { statements, articles: nodes.length, quotes: nodes.reduce((sum: number, node: any) => sum + node.quotes.edges.length, 0) };
  }

  it("issues the same number of SQL statements for 5 and for 50 articles", async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(50);
    expect(small.articles).toBe(5);
    expect(large.articles).toBe(50);
    expect(large.quotes).toBe(50);
    expect(small.statements.length).toBeGreaterThan(0);
    expect(large.statements.length).toBe(small.statements.length);
  });
});
