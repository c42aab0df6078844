import { createDb } from "@newsgraph/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultLimits } from "../src/limits.js";
import { graphql, openSqlite, ingestFixtures, testYoga, type TestDatabase, type TestYoga } from "./support.js";

describe("request limits and production hygiene", () => {
  let database: TestDatabase;
  let yoga: TestYoga;
  const logLines: string[] = [];

  beforeAll(async () => {
    database = await openSqlite();
    await ingestFixtures(database.db);
    yoga = testYoga(database.db, { log: (line) => logLines.push(line) });
  });

  afterAll(async () => {
    await database?.drop();
  });

  function codes(body: { errors?: Array<{ extensions?: Record<string, unknown> }> }): unknown[] {
    return (body.errors ?? []).map((error) => error.extensions?.code);
  }

  it("refuses a query nested deeper than the depth limit", async () => {
    const deep = `{ articles(first: 1) { edges { node { people(first: 1) { edges { node { articles(first: 1) { edges { node { people(first: 1) { edges { node { name } } } } } } } } } } } } }`;
    const { status, body } = await graphql(yoga, deep);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(codes(body)).toEqual(["QUERY_DEPTH"]);
    // The same document again is refused again (verdicts are remembered per document).
    expect(codes((await graphql(yoga, deep)).body)).toEqual(["QUERY_DEPTH"]);
    expect(body.errors?.[0]?.message).toBe(`Query depth of 13 exceeds max depth of ${defaultLimits.maxDepth}`);
  });

  it("costs connections by the page size they ask for", async () => {
    const nested = (size: number) =>
      `{ articles(first: ${size}) { edges { node { people(first: ${size}) { edges { node { quotes(first: ${size}) { edges { node { text } } } } } } } } } }`;
    const cheap = await graphql(yoga, nested(10));
    expect(cheap.body.errors).toBeUndefined();
    const { status, body } = await graphql(yoga, nested(100));
    expect(status).toBe(400);
    expect(codes(body)).toEqual(["QUERY_COMPLEXITY"]);
    expect(body.errors?.[0]?.message).toMatch(/^Query complexity of \d+ exceeds max complexity of 50000$/);
  });

  it("accepts first and last from 0 to 100 and refuses anything else, literal or variable", async () => {
    for (const size of [0, 1, 100]) {
      const { body } = await graphql(yoga, `query ($n: Int) { articles(first: $n) { edges { cursor } } }`, { n: size });
      expect(body.errors).toBeUndefined();
    }
    const variable = `query ($n: Int) { articles(first: $n) { totalCount } }`;
    expect((await graphql(yoga, variable, { n: 100 })).body.errors).toBeUndefined();
    expect(codes((await graphql(yoga, variable, { n: 101 })).body)).toEqual(["PAGE_SIZE_OUT_OF_RANGE"]);
    const tooMany = await graphql(yoga, `{ articles(first: 101) { totalCount } }`);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors?.[0]?.message).toBe('Argument "first" of Query.articles must be between 0 and 100; got 101.');
    expect(codes(tooMany.body)).toEqual(["PAGE_SIZE_OUT_OF_RANGE"]);
    const negative = await graphql(yoga, `query ($n: Int) { people { edges { node { quotes(last: $n) { totalCount } } } } }`, { n: -1 });
    expect(negative.body.errors?.[0]?.message).toBe('Argument "last" of Person.quotes must be between 0 and 100; got -1.');
  });

  it("refuses more aliases than allowed", async () => {
    const aliased = (count: number) =>
      Array.from({ length: count }, (_, index) => `a${index}: articles(first: 1) { totalCount }`).join(" ");
    const { status, body } = await graphql(yoga, `{ ${aliased(defaultLimits.maxAliases + 1)} }`);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toBe(`Syntax Error: Aliases limit of ${defaultLimits.maxAliases} exceeded, found ${defaultLimits.maxAliases + 1}.`);
    expect((await graphql(yoga, `{ ${aliased(defaultLimits.maxAliases)} }`)).body.errors).toBeUndefined();
  });

  it("refuses documents with too many tokens", async () => {
    const fields = Array.from({ length: defaultLimits.maxTokens }, () => "__typename").join(" ");
    const { status, body } = await graphql(yoga, `{ ${fields} }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toMatch(/token limit/i);
  });

  it("answers a body over 5 MB with 413 and a GraphQL error", async () => {
    const padding = "x".repeat(defaultLimits.maxBodyBytes + 1);
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { padding } }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toMatch(/too large/i);
  });

  it("refuses a Content-Length that is not a number with 400", async () => {
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", "content-length": "12, 12" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]?.message).toBe("Content-Length header is invalid.");
  });

  it("applies limits given to the factory", async () => {
    const strict = testYoga(database.db, { limits: { maxDepth: 2, maxAliases: 1 } });
    const { body } = await graphql(strict, `{ articles { edges { node { title } } } }`);
    expect(body.errors?.[0]?.message).toBe("Query depth of 4 exceeds max depth of 2");
  });

  it("refuses simple cross-site GET requests without the CSRF header", async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent("{ __typename }")}`;
    const refused = await yoga.fetch(url, { headers: { accept: "application/json" } });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).toContain("Required CSRF header");
    const allowed = await yoga.fetch(url, { headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("masks unexpected errors: no SQL, no stack, no Prisma details", async () => {
    const broken = await openSqlite();
    try {
      await ingestFixtures(broken.db);
      await broken.db.prisma.$executeRawUnsafe('DROP TABLE "MeetingParticipant"');
      const brokenYoga = testYoga(broken.db);
      const { body } = await graphql(brokenYoga, `{ meetings { edges { node { participants { name } } } } }`);
      const text = JSON.stringify(body);
      expect(body.errors?.[0]?.message).toBe("Unexpected error.");
      expect(text).not.toMatch(/prisma|sqlite|SELECT|MeetingParticipant|stack|\.ts:|\.js:/i);
    } finally {
      await broken.drop();
    }
  });

  it("answers /health always and /ready according to the database", async () => {
    expect((await yoga.fetch("http://localhost/health")).status).toBe(200);
    expect((await yoga.fetch("http://localhost/ready")).status).toBe(200);
    const unreachable = await createDb("postgresql://newsgraph@127.0.0.1:9/nowhere");
    try {
      const orphan = testYoga(unreachable, { readyTimeoutMs: 1500 });
      expect((await orphan.fetch("http://localhost/health")).status).toBe(200);
      expect((await orphan.fetch("http://localhost/ready")).status).toBe(503);
    } finally {
      await unreachable.close();
    }
  });

  it("logs one JSON line per request", async () => {
    logLines.length = 0;
    await graphql(yoga, `query Named { __typename }`);
    await yoga.fetch("http://localhost/health");
    await yoga.fetch(`http://localhost:4000/graphql?query=${encodeURIComponent("query Asked { __typename }")}#top`, {
      headers: { accept: "application/json", "x-graphql-yoga-csrf": "1" },
    });
    expect(logLines).toHaveLength(3);
    const [graphqlLine, healthLine, getLine] = logLines.map((line) => JSON.parse(line));
    expect(graphqlLine).toMatchObject({ method: "POST", path: "/graphql", status: 200, operation: "Named" });
    expect(typeof graphqlLine.ms).toBe("number");
    expect(healthLine).toMatchObject({ method: "GET", path: "/health", status: 200 });
    expect(getLine).toMatchObject({ method: "GET", path: "/graphql", status: 200, operation: "Asked" });
  });
});
