import { ParsePool } from "@newsgraph/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, openSqlite, testYoga, type TestDatabase, type TestYoga } from "./support.js";

const TOKEN = "test-admin-token-4f1c";

const INGEST = `mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on Error { message }
    ... on NotAuthorizedError { reason }
    ... on InvalidInputError { field }
    ... on IngestArticlePayload {
      status
      article { id title source url publishedAt people { totalCount edges { node { name articles { totalCount } } } } }
    }
  }
}`;

const document = [
  "Harbour authority and fishermen agree on new quay",
  "",
  "Harbour master Ingrid Solberg met representatives of the fishermen on Tuesday in Bergen.",
  "",
  "\"The new quay will be ready before winter,\" Solberg said after the meeting.",
  "",
].join("\n");

const input = { text: document, publishedAt: "2024-02-13", source: "Harbour News", url: "https://news.example/quay" };

describe("Mutation.ingestArticle", () => {
  let database: TestDatabase;
  let yoga: TestYoga;

  beforeAll(async () => {
    database = await openSqlite();
    yoga = testYoga(database.db, { adminToken: TOKEN });
  });

  afterAll(async () => {
    await database?.drop();
  });

  async function articleCount(): Promise<number> {
    return database.db.prisma.article.count();
  }

  it("is refused when the server has no admin token configured", async () => {
    const closed = testYoga(database.db);
    const { body } = await graphql(closed, INGEST, { input }, { authorization: `Bearer ${TOKEN}` });
    expect(body.data?.ingestArticle).toEqual({
      __typename: "NotAuthorizedError",
      message: "Ingestion is disabled: the server has no NEWSGRAPH_ADMIN_TOKEN.",
      reason: "INGESTION_DISABLED",
    });
    expect(await articleCount()).toBe(0);
  });

  it("is refused without a token and with a wrong one", async () => {
    const none = await graphql(yoga, INGEST, { input });
    expect(none.body.data?.ingestArticle).toMatchObject({ __typename: "NotAuthorizedError", reason: "MISSING_TOKEN" });
    const wrong = await graphql(yoga, INGEST, { input }, { authorization: `Bearer ${TOKEN}x` });
    expect(wrong.body.data?.ingestArticle).toMatchObject({ __typename: "NotAuthorizedError", reason: "WRONG_TOKEN" });
    const notBearer = await graphql(yoga, INGEST, { input }, { authorization: TOKEN });
    expect(notBearer.body.data?.ingestArticle).toMatchObject({ reason: "WRONG_TOKEN" });
    expect(await articleCount()).toBe(0);
  });

  it("stores the article with the good token, and again is a no-op", async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const created = await graphql(yoga, INGEST, { input }, headers);
    expect(created.body.errors).toBeUndefined();
    const payload = created.body.data?.ingestArticle;
    expect(payload).toMatchObject({
      __typename: "IngestArticlePayload",
      status: "CREATED",
      article: {
        title: "Harbour authority and fishermen agree on new quay",
        source: "Harbour News",
        url: "https://news.example/quay",
        publishedAt: "2024-02-13T00:00:00.000Z",
      },
    });
    expect(payload.article.people.edges.map((edge: any) => edge.node.name)).toContain("Ingrid Solberg");
    expect(await articleCount()).toBe(1);

    const again = await graphql(yoga, INGEST, { input }, headers);
    expect(again.body.data?.ingestArticle).toMatchObject({ status: "UNCHANGED", article: { id: payload.article.id } });
    const replaced = await graphql(yoga, INGEST, { input: { ...input, text: `${document}\nThe quay opens in October.\n` } }, headers);
    expect(replaced.body.data?.ingestArticle).toMatchObject({ status: "REPLACED", article: { id: payload.article.id } });
    expect(await articleCount()).toBe(1);
  });

  it("answers invalid input with a typed error naming the field, storing nothing", async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const before = await articleCount();
    const empty = await graphql(yoga, INGEST, { input: { ...input, text: "   \n" } }, headers);
    expect(empty.body.data?.ingestArticle).toEqual({ __typename: "InvalidInputError", message: "text is empty.", field: "text" });
    const badUrl = await graphql(yoga, INGEST, { input: { ...input, url: "ftp://news.example/x" } }, headers);
    expect(badUrl.body.data?.ingestArticle).toMatchObject({ __typename: "InvalidInputError", field: "url" });
    const binary = await graphql(yoga, INGEST, { input: { ...input, text: "abc\u0000def" } }, headers);
    expect(binary.body.data?.ingestArticle).toMatchObject({ __typename: "InvalidInputError", field: "text" });
    const badDate = await graphql(yoga, INGEST, { input: { ...input, publishedAt: "13/02/2024" } }, headers);
    expect(badDate.body.data).toBeUndefined();
    expect(badDate.body.errors?.[0]?.message).toMatch(/publishedAt/);
    expect(await articleCount()).toBe(before);
  });
});

describe("Mutation.ingestArticle with a parse pool", () => {
  const headers = { authorization: `Bearer ${TOKEN}` };
  /** A document that takes the parser a few hundred milliseconds and leaves little to store. */
  const longDocument = `Long report\n\n${"Le vent souffle fort sur la plaine et les arbres plient sous la pluie. ".repeat(8_000)}`;
  let database: TestDatabase;
  let pool: ParsePool;

  beforeAll(async () => {
    database = await openSqlite();
    const opened = ParsePool.open(1);
    if (!opened) throw new Error("no built parse worker: build @newsgraph/db first");
    pool = opened;
  });

  afterAll(async () => {
    await pool?.close();
    await database?.drop();
  });

  it("stores what the worker parsed", async () => {
    const yoga = testYoga(database.db, { adminToken: TOKEN, parsePool: pool, parseTimeoutMs: 60_000 });
    const created = await graphql(yoga, INGEST, { input: { ...input, url: "https://news.example/pooled" } }, headers);
    expect(created.body.data?.ingestArticle).toMatchObject({ __typename: "IngestArticlePayload", status: "CREATED" });
    const names = created.body.data?.ingestArticle.article.people.edges.map((edge: any) => edge.node.name);
    expect(names).toContain("Ingrid Solberg");
  });

  // A parse on the request's own thread could not be stopped: the time limit shows it ran on the worker.
  it("stops a parse past the time limit with a typed error, stores nothing, and ingests the next document", async () => {
    const before = await database.db.prisma.article.count();
    const hurried = testYoga(database.db, { adminToken: TOKEN, parsePool: pool, parseTimeoutMs: 5 });
    const stopped = await graphql(hurried, INGEST, { input: { ...input, text: `${longDocument}Encore.\n`, url: "https://news.example/longer" } }, headers);
    expect(stopped.body.data?.ingestArticle).toEqual({
      __typename: "InvalidInputError",
      message: "text could not be parsed (parsing did not finish within 5 ms); nothing was stored.",
      field: "text",
    });
    expect(await database.db.prisma.article.count()).toBe(before);
    const patient = testYoga(database.db, { adminToken: TOKEN, parsePool: pool, parseTimeoutMs: 60_000 });
    const stored = await graphql(patient, INGEST, { input }, headers);
    expect(stored.body.data?.ingestArticle).toMatchObject({ __typename: "IngestArticlePayload", status: "CREATED" });
    expect(await database.db.prisma.article.count()).toBe(before + 1);
  });
});
