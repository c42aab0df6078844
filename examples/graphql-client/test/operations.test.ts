import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDb, migrate, seed, type Db } from "@newsgraph/db";
import { createNewsgraphYoga, listen, type ListeningServer } from "@newsgraph/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ArticlesByPersonDocument,
  IngestArticleDocument,
  MeetingsBetweenDocument,
  QuotesOfSpeakerDocument,
  SearchDocument,
} from "../src/generated/graphql.js";
import { request } from "../src/request.js";

const TOKEN = "example-token";

describe("the README's operations, typed, against a running server", () => {
  let folder: string;
  let db: Db;
  let server: ListeningServer;
  let endpoint: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "newsgraph-example-"));
    const url = `file:${join(folder, "example.db")}`;
    await migrate(url, { quiet: true });
    db = await createDb(url);
    await seed(db);
    server = await listen(createNewsgraphYoga({ db, adminToken: TOKEN }), { port: 0, host: "127.0.0.1" });
    endpoint = `http://127.0.0.1:${server.port}/graphql`;
  });

  afterAll(async () => {
    await server?.close();
    await db?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it("ingests an article with the admin token, then finds it by person, date range, speaker and search", async () => {
    const text = [
      "Marta Lindgren opens the fish market talks",
      "",
      "Fisheries minister Marta Lindgren will meet trawler owners in Tromsø on 4 March 2022.",
      "",
      "\"Quotas must follow the science,\" Lindgren said on Monday.",
      "",
    ].join("\n");
    const ingested = await request(
      endpoint,
      IngestArticleDocument,
      { input: { text, publishedAt: "2022-02-28", source: "Example Wire", url: "https://news.example/fish-market" } },
      { authorization: `Bearer ${TOKEN}` },
    );
    expect(ingested.ingestArticle.__typename).toBe("IngestArticlePayload");
    if (ingested.ingestArticle.__typename !== "IngestArticlePayload") return;
    expect(ingested.ingestArticle.status).toBe("CREATED");

    const byPerson = await request(endpoint, ArticlesByPersonDocument, { name: "marta lindgren" });
    expect(byPerson.person?.articles.edges.map(({ node }) => node.title)).toEqual(["Marta Lindgren opens the fish market talks"]);

    const between = await request(endpoint, MeetingsBetweenDocument, { from: "2022-03-01T00:00:00Z", to: "2022-03-31T00:00:00Z" });
    const dates = between.meetings.edges.map(({ node }) => node.date);
    expect(dates).toEqual([...dates].sort());

    const quotes = await request(endpoint, QuotesOfSpeakerDocument, { name: "Marta Lindgren" });
    expect(quotes.person?.quotes.edges.map(({ node }) => node.text).join(" ")).toContain("Quotas must follow the science");

    const found = await request(endpoint, SearchDocument, { text: "fish market" });
    const titles = found.search.edges.flatMap(({ node }) => (node.__typename === "Article" ? [node.title] : []));
    expect(titles).toContain("Marta Lindgren opens the fish market talks");
  });
});
