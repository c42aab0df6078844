import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlConnection } from "./client.js";
import type { Keyed, KeysetPage } from "./read.js";
import { insertSearchEntries } from "./search.js";
import { type TestDatabase, testProviders } from "./test-support/databases.js";

const providers = await testProviders();

/** Articles with ties and gaps on purpose: two share a timestamp, two have none. */
const articles = [
  { id: "a1", title: "Delta", publishedAt: "2030-01-03T10:00:00.000Z", language: "en", wordCount: 30 },
  { id: "a2", title: "alpha", publishedAt: "2030-01-01T08:00:00.000Z", language: "fr", wordCount: 10 },
  { id: "a3", title: "Charlie", publishedAt: null, language: "en", wordCount: 20 },
  { id: "a4", title: "Bravo", publishedAt: "2030-01-03T10:00:00.000Z", language: "en", wordCount: 20 },
  { id: "a5", title: "Echo", publishedAt: "2030-01-02T09:30:15.250Z", language: "fr", wordCount: 50 },
  { id: "a6", title: "Foxtrot", publishedAt: null, language: "fr", wordCount: 40 },
];

async function fill(db: TestDatabase["db"]): Promise<void> {
  await db.prisma.article.createMany({
    data: articles.map((article) => ({
      ...article,
      publishedAt: article.publishedAt === null ? null : new Date(article.publishedAt),
      slug: article.id,
      body: `Body of ${article.title}.`,
      contentHash: `hash-${article.id}`,
      paragraphs: [{ text: `Body of ${article.title}.`, start: 0, end: 9 + article.title.length }],
    })),
  });
  await db.prisma.person.createMany({
    data: [
      { id: "p1", name: "Ada Berg", key: "ada berg", surnameKey: "berg", aliases: ["Berg"], roles: ["minister"] },
      { id: "p2", name: "Olav Lind", key: "olav lind", surnameKey: "lind", aliases: [], roles: [] },
    ],
  });
  await db.prisma.articlePerson.createMany({
    data: ["a1", "a2", "a3", "a4", "a5", "a6"].map((articleId, index) => ({ articleId, personId: "p1", mentionCount: index + 1, roles: [], firstMention: 5 })),
  });
  await db.prisma.articlePerson.create({ data: { articleId: "a1", personId: "p2", mentionCount: 1, roles: [], firstMention: 2 } });
  await db.prisma.mention.createMany({
    data: [0, 1].map((index) => ({ id: `n${index}`, articleId: "a1", personId: "p2", start: index, end: index + 1, text: "Lind" })),
  });
  await db.prisma.organization.createMany({
    data: [
      { id: "o1", name: "Ports_Council", key: "ports council", aliases: [] },
      { id: "o2", name: "Portsmouth 100% Club", key: "portsmouth 100 club", aliases: [] },
    ],
  });
  await db.prisma.quote.createMany({
    data: Array.from({ length: 5 }, (_, index) => ({
      id: `q${index}`,
      articleId: index < 3 ? "a1" : "a5",
      text: `quote ${index}`,
      kind: "DIRECT" as const,
      speakerPersonId: "p1",
      start: index < 3 ? 30 - index * 10 : index,
      end: 40,
      sentence: `The sentence of quote ${index}.`,
      sentenceStart: 0,
      sentenceEnd: 10,
    })),
  });
  await db.prisma.meeting.createMany({
    data: [
      { id: "m1", date: "2030-02-01", startsAt: null },
      { id: "m2", date: null, startsAt: null },
      { id: "m3", date: "2030-01-15", startsAt: new Date("2030-01-15T08:00:00Z") },
      { id: "m4", date: "2030-01-15", startsAt: null },
      { id: "m5", date: "--01-10", startsAt: null },
    ].map((meeting, index) => ({ ...meeting, articleId: "a1", kind: "MEETING" as const, status: "HELD" as const, topics: ["ports"], text: `evidence ${index}`, start: index, end: index + 1 })),
  });
  await db.prisma.meetingParticipant.createMany({
    data: ["m1", "m2", "m3", "m4", "m5"].map((meetingId, index) => ({ id: `mp${index}`, meetingId, position: 0, kind: "PERSON" as const, name: "Ada Berg", personId: "p1" })),
  });
  await db[sqlConnection].transaction((session) =>
    insertSearchEntries(session, [
      { entity: "article", entityId: "a4", articleId: "a4", title: "Bravo", content: "Fishing quotas in the Baltic" },
      { entity: "article", entityId: "a6", articleId: "a6", title: "Foxtrot", content: "Quotas for fishermen" },
      { entity: "quote", entityId: "q0", articleId: "a1", title: "", content: "fishing quotas" },
    ]),
  );
  await db.prisma.meetingParticipant.create({ data: { id: "mp-country", meetingId: "m3", position: 1, kind: "COUNTRY", name: "Nor_way 100%" } });
}

/**
 * Walks a list page by page (forwards with `after`, backwards with `before` and `inverted`) and
 * returns the ids in list order both ways, to compare with the list read in one go.
 */
async function walk<Row>(load: (page: KeysetPage) => Promise<Array<Keyed<Row>>>, idOf: (row: Row) => string, size = 2) {
  const forwards: string[] = [];
  let after: Keyed<Row>["key"] | undefined;
  for (;;) {
    const page = await load({ after, limit: size });
    forwards.push(...page.map((item) => idOf(item.row)));
    if (page.length < size) break;
    after = page.at(-1)?.key;
  }
  const backwards: string[] = [];
  let before: Keyed<Row>["key"] | undefined;
  for (;;) {
    const page = await load({ before, limit: size, inverted: true });
    backwards.unshift(...page.map((item) => idOf(item.row)).reverse());
    if (page.length < size) break;
    before = page.at(-1)?.key;
  }
  const whole = (await load({ limit: 100 })).map((item) => idOf(item.row));
  return { forwards, backwards, whole };
}

describe.each(providers)("db.read on $name", (provider) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await provider.open();
    await fill(test.db);
  }, 120_000);
  afterAll(async () => {
    await test?.drop();
  });

  it("pages articles newest first, undated last, ties by id, the same forwards and backwards", async () => {
    const order = { field: "publishedAt", direction: "desc" } as const;
    const { forwards, backwards, whole } = await walk((page) => test.db.read.articles({}, order, page), (row) => row.id);
    expect(whole).toEqual(["a4", "a1", "a5", "a2", "a6", "a3"]);
    expect(forwards).toEqual(whole);
    expect(backwards).toEqual(whole);
  });

  it("pages articles oldest first with the undated ones first, and by other columns", async () => {
    const oldest = await walk((page) => test.db.read.articles({}, { field: "publishedAt", direction: "asc" }, page), (row) => row.id);
    expect(oldest.whole).toEqual(["a3", "a6", "a2", "a5", "a1", "a4"]);
    expect(oldest.forwards).toEqual(oldest.whole);
    expect(oldest.backwards).toEqual(oldest.whole);
    const byWords = await walk((page) => test.db.read.articles({}, { field: "wordCount", direction: "asc" }, page), (row) => row.id, 1);
    expect(byWords.whole).toEqual(["a2", "a3", "a4", "a1", "a6", "a5"]);
    expect(byWords.forwards).toEqual(byWords.whole);
    expect(byWords.backwards).toEqual(byWords.whole);
  });

  it("filters articles and counts what the filter keeps", async () => {
    const order = { field: "publishedAt", direction: "desc" } as const;
    const ids = async (query: Parameters<typeof test.db.read.articles>[0]) =>
      (await test.db.read.articles(query, order, { limit: 100 })).map((item) => item.row.id);
    expect(await ids({ language: "fr" })).toEqual(["a5", "a2", "a6"]);
    expect(await ids({ publishedAfter: new Date("2030-01-02T09:30:15.250Z"), publishedBefore: new Date("2030-01-03T10:00:00Z") })).toEqual(["a5"]);
    expect(await ids({ personId: "p2" })).toEqual(["a1"]);
    expect(await ids({ ids: ["a6", "a2", "missing"] })).toEqual(["a2", "a6"]);
    expect(await ids({ search: "quota" })).toEqual(["a4", "a6"]);
    expect(await ids({ search: "Fishing QUOTAS", language: "en" })).toEqual(["a4"]);
    expect(await ids({ search: "!!" })).toEqual([]);
    expect(await test.db.read.countArticles({ language: "en" })).toBe(3);
    expect(await test.db.read.countArticles({})).toBe(6);
  });

  it("gives rows the shapes Prisma gives, without the long texts, which texts() reads", async () => {
    const [first] = await test.db.read.articles({}, { field: "publishedAt", direction: "desc" }, { limit: 1 });
    const row = first?.row;
    expect(row?.publishedAt).toEqual(new Date("2030-01-03T10:00:00Z"));
    expect(row?.ingestedAt).toBeInstanceOf(Date);
    expect(row && "body" in row).toBe(false);
    const texts = await test.db.read.texts("Article", ["a4", "missing"]);
    expect(texts.get("a4")).toEqual({ id: "a4", body: "Body of Bravo.", paragraphs: [{ text: "Body of Bravo.", start: 0, end: 14 }] });
    expect(texts.has("missing")).toBe(false);
    const people = await test.db.read.peopleByIds(["p1"]);
    expect(people.get("p1")).toEqual({ id: "p1", name: "Ada Berg", key: "ada berg", surnameKey: "berg", aliases: ["Berg"], roles: ["minister"] });
  });

  it("pages each parent's list alike in one statement: per-parent limits, after and before keys", async () => {
    const all = await test.db.read.quotesOfArticles(["a1", "a5", "a2"], { limit: 10 });
    expect(all.get("a1")?.items.map((item) => item.row.id)).toEqual(["q2", "q1", "q0"]);
    expect(all.get("a5")?.items.map((item) => item.row.id)).toEqual(["q3", "q4"]);
    expect(all.get("a2")).toEqual({ items: [], size: 0 });
    const askedTwice = await test.db.read.quotesOfArticles(["a5", "a5"], { limit: 10 });
    expect(askedTwice.get("a5")?.items.map((item) => item.row.id)).toEqual(["q3", "q4"]);
    const firstOfEach = await test.db.read.quotesOfArticles(["a1", "a5"], { limit: 1 });
    expect([...firstOfEach.values()].map((page) => [page.items.map((item) => item.row.id), page.size])).toEqual([[["q2"], 3], [["q3"], 2]]);
    const afterFirst = await test.db.read.quotesOfArticles(["a1"], { after: all.get("a1")?.items[0]?.key, limit: 10 });
    expect(afterFirst.get("a1")?.items.map((item) => item.row.id)).toEqual(["q1", "q0"]);
    // After a key only the rest is read: the whole list's size is not known then.
    expect(afterFirst.get("a1")?.size).toBeUndefined();
    const lastOne = await test.db.read.quotesOfArticles(["a1"], { limit: 1, inverted: true });
    expect(lastOne.get("a1")?.items.map((item) => item.row.id)).toEqual(["q0"]);
  });

  it("reads each first page with its own parents and shape when the statement text is kept for reuse", async () => {
    const ids = (pages: Awaited<ReturnType<typeof test.db.read.quotesOfArticles>>) =>
      [...pages].map(([parent, page]) => [parent, page.items.map((item) => item.row.id), page.size]);
    // Same shape (two parents, limit 2) with other parents: the statement is reused, the rows are not.
    expect(ids(await test.db.read.quotesOfArticles(["a1", "a2"], { limit: 2 }))).toEqual([["a1", ["q2", "q1"], 3], ["a2", [], 0]]);
    expect(ids(await test.db.read.quotesOfArticles(["a5", "a1"], { limit: 2 }))).toEqual([["a5", ["q3", "q4"], 2], ["a1", ["q2", "q1"], 3]]);
    // Other limits, directions and columns are other statements.
    expect(ids(await test.db.read.quotesOfArticles(["a5", "a1"], { limit: 1 }))).toEqual([["a5", ["q3"], 2], ["a1", ["q2"], 3]]);
    expect(ids(await test.db.read.quotesOfArticles(["a5", "a1"], { limit: 1, inverted: true }))).toEqual([["a5", ["q4"], 2], ["a1", ["q0"], 3]]);
    const texts = await test.db.read.quotesOfArticles(["a5", "a1"], { limit: 1 }, ["text"]);
    const row = texts.get("a1")?.items[0]?.row;
    expect(row).toMatchObject({ id: "q2", text: "quote 2" });
    expect(row && "kind" in row).toBe(false);
    const meetings = await test.db.read.meetingsOfArticles(["a5", "a1"], { limit: 1 });
    expect([...meetings.keys()]).toEqual(["a5", "a1"]);
  });

  it("reads quotes' speakers with the quotes when asked, only the columns asked", async () => {
    const speakers = { person: ["name"], organization: ["name"] };
    const pages = await test.db.read.quotesOfArticles(["a1", "a5"], { limit: 10 }, ["text", "speakerPersonId", "speakerOrganizationId"], speakers);
    const rows = [...pages.values()].flatMap((page) => page.items.map((item) => item.row));
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.speakerPerson).toEqual({ id: "p1", name: "Ada Berg" });
      expect(row.speakerOrganization).toBeNull();
    }
    const bySpeaker = await test.db.read.quotesOf("person", ["p1"], { limit: 2 }, undefined, speakers);
    expect(bySpeaker.get("p1")?.items.map((item) => [item.row.id, item.row.speakerPerson?.name])).toEqual([["q2", "Ada Berg"], ["q1", "Ada Berg"]]);
    expect(bySpeaker.get("p1")?.size).toBe(5);
    const plain = await test.db.read.quotesOfArticles(["a5"], { limit: 10 });
    expect(plain.get("a5")?.items.every((item) => !("speakerPerson" in item.row))).toBe(true);
  });

  it("lists a person's articles newest first (undated last) and meetings in time order (undated last)", async () => {
    const articlesOfBerg = await walk(async (page) => (await test.db.read.articlesOf("person", ["p1"], page)).get("p1")?.items ?? [], (row) => row.id);
    expect(articlesOfBerg.whole).toEqual(["a1", "a4", "a5", "a2", "a3", "a6"]);
    expect(articlesOfBerg.forwards).toEqual(articlesOfBerg.whole);
    expect(articlesOfBerg.backwards).toEqual(articlesOfBerg.whole);
    const meetings = await walk(async (page) => (await test.db.read.meetingsOf("person", ["p1"], page)).get("p1")?.items ?? [], (row) => row.id, 1);
    expect(meetings.whole).toEqual(["m3", "m4", "m1", "m5", "m2"]);
    expect(meetings.forwards).toEqual(meetings.whole);
    expect(meetings.backwards).toEqual(meetings.whole);
    const quotes = await test.db.read.quotesOf("person", ["p1", "p2"], { limit: 10 });
    expect(quotes.get("p1")?.items.map((item) => item.row.id)).toEqual(["q2", "q1", "q0", "q3", "q4"]);
    expect(quotes.get("p2")).toEqual({ items: [], size: 0 });
  });

  it("pages meetings in time order, year-less ones after the dated, and filters them", async () => {
    const all = await walk((page) => test.db.read.meetings({}, page), (row) => row.id);
    expect(all.whole).toEqual(["m3", "m4", "m1", "m5", "m2"]);
    expect(all.forwards).toEqual(all.whole);
    expect(all.backwards).toEqual(all.whole);
    const ids = async (query: Parameters<typeof test.db.read.meetings>[0]) => (await test.db.read.meetings(query, { limit: 10 })).map((item) => item.row.id);
    expect(await ids({ from: new Date("2030-01-15T09:00:00Z") })).toEqual(["m4", "m1"]);
    expect(await ids({ to: new Date("2030-02-01T00:00:00Z") })).toEqual(["m3", "m4"]);
    expect(await ids({ participant: { text: "ada", key: "ada" } })).toEqual(["m3", "m4", "m1", "m5", "m2"]);
    expect(await ids({ participant: { text: "r_way 100%", key: "r way 100" } })).toEqual(["m3"]);
    expect(await ids({ participant: { text: "r%way", key: "r way" } })).toEqual([]);
    // "%" is taken literally ("100%"), and its empty folded key matches no key.
    expect(await ids({ participant: { text: "%", key: "" } })).toEqual(["m3"]);
    expect(await ids({ participantId: { entity: "person", id: "p1" }, status: "HELD", kind: "MEETING" })).toHaveLength(5);
    expect(await test.db.read.countMeetings({ to: new Date("2030-02-01T00:00:00Z") })).toBe(2);
  });

  it("pages quotes newest article first, filters them and counts what the filter keeps", async () => {
    const all = await walk((page) => test.db.read.quotes({}, page), (row) => row.id);
    expect(all.whole).toEqual(["q2", "q1", "q0", "q3", "q4"]);
    expect(all.forwards).toEqual(all.whole);
    expect(all.backwards).toEqual(all.whole);
    const ids = async (query: Parameters<typeof test.db.read.quotes>[0]) => (await test.db.read.quotes(query, { limit: 10 })).map((item) => item.row.id);
    expect(await ids({ articleId: "a5" })).toEqual(["q3", "q4"]);
    expect(await ids({ speaker: { entity: "person", id: "p1" }, kind: "DIRECT" })).toHaveLength(5);
    expect(await ids({ speaker: { entity: "organization", id: "p1" } })).toEqual([]);
    expect(await ids({ search: "fishing" })).toEqual(["q0"]);
    expect(await test.db.read.countQuotes({ articleId: "a1" })).toBe(3);
  });

  it("lists people and organizations by name or mentions, matching a name search literally", async () => {
    const names = async (search: { text: string; key: string } | undefined, field: "name" | "mentionCount", direction: "asc" | "desc") =>
      (await test.db.read.people(search, { field, direction }, { limit: 10 })).map((item) => item.row.name);
    expect(await names(undefined, "name", "asc")).toEqual(["Ada Berg", "Olav Lind"]);
    expect(await names(undefined, "mentionCount", "desc")).toEqual(["Olav Lind", "Ada Berg"]);
    const walked = await walk((page) => test.db.read.people(undefined, { field: "mentionCount", direction: "asc" }, page), (row) => row.id, 1);
    expect(walked.forwards).toEqual(["p1", "p2"]);
    expect(walked.backwards).toEqual(["p1", "p2"]);
    expect(await names({ text: "LIND", key: "lind" }, "name", "asc")).toEqual(["Olav Lind"]);
    expect(await names({ text: "%", key: "" }, "name", "asc")).toEqual([]);
    expect(await test.db.read.countPeople({ text: "a", key: "a" })).toBe(2);
    const organizations = async (text: string, key: string) => (await test.db.read.organizations({ text, key }, { limit: 10 })).map((item) => item.row.id);
    expect(await organizations("s_c", "s c")).toEqual(["o1"]);
    expect(await organizations("100%", "100")).toEqual(["o2"]);
    expect(await organizations("_", "")).toEqual(["o1"]);
    expect(await test.db.read.countOrganizations(undefined)).toBe(2);
  });

  it("reads people of articles with their mention counts, participants, and list sizes", async () => {
    const people = await test.db.read.peopleOfArticles(["a1"], { limit: 10 });
    expect(people.get("a1")?.items.map((item) => [item.row.entity.name, item.row.mentionCount])).toEqual([["Olav Lind", 1], ["Ada Berg", 1]]);
    const participants = await test.db.read.participantsOfMeetings(["m1"]);
    expect(participants.get("m1")?.map((row) => [row.kind, row.person?.name, row.organization])).toEqual([["PERSON", "Ada Berg", null]]);
    const counts = await test.db.read.articleCounts(["a1", "a2"]);
    expect(counts.get("a1")).toEqual({ quotes: 3, meetings: 5, people: 2, organizations: 0 });
    expect(counts.get("a2")).toEqual({ quotes: 0, meetings: 0, people: 1, organizations: 0 });
    expect((await test.db.read.entityCounts("person", ["p1"])).get("p1")).toEqual({ articles: 6, quotes: 5, meetings: 5, mentions: 0 });
  });

  it("takes id lists longer than SQLite's listed-parameter bound", async () => {
    const ids = [...Array.from({ length: 200 }, (_, index) => `none-${index}`), "a2"];
    expect((await test.db.read.articles({ ids }, { field: "title", direction: "asc" }, { limit: 10 })).map((item) => item.row.id)).toEqual(["a2"]);
    const pages = await test.db.read.quotesOfArticles([...ids, "a5"], { limit: 10 });
    expect([...pages].filter(([, page]) => page.items.length > 0).map(([id, page]) => [id, page.size])).toEqual([["a5", 2]]);
  });

  it("reads every column as an own property of its row, whatever its name", async () => {
    const rows = await test.db[sqlConnection].read<Record<string, unknown>>(
      `SELECT 1 AS "__proto__", 'two' AS "constructor", 3 AS "a b", NULL AS "id" UNION ALL SELECT 4, 'five', 6, 'x'`,
    );
    expect(rows.map((row) => Object.entries(row))).toEqual([
      [["__proto__", 1], ["constructor", "two"], ["a b", 3], ["id", null]],
      [["__proto__", 4], ["constructor", "five"], ["a b", 6], ["id", "x"]],
    ]);
    expect(rows.every((row) => Object.getPrototypeOf(row) === Object.prototype)).toBe(true);
  });
});
