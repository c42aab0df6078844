import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ParsedInput, ingestDocument, ingestParsed } from "./ingest.js";
import { searchFullText } from "./search.js";
import { type TestDatabase, testProviders } from "./test-support/databases.js";
import { type DocumentSketch, sketchDocument } from "./test-support/documents.js";

const providers = await testProviders();

function sketched(text: string, sketch: DocumentSketch, meta: ParsedInput["meta"] = {}): ParsedInput {
  return { document: text, parsed: sketchDocument(text, sketch), meta };
}

const summitText = [
  "Leaders of the harbour towns agree to meet in Tallinn",
  "The mayor of Tallinn, Kadri Västrik, said the meeting would take place on March 4 at 10:00.",
  "“We have waited long enough for this,” Västrik told reporters on Monday.",
  "The Baltic Ports Council welcomed the talks with Finland.",
].join("\n");

const summitSketch: DocumentSketch = {
  publishedAt: "2031-02-10",
  people: [{ name: "Kadri Västrik", aliases: ["Västrik"], roles: ["mayor of Tallinn"] }],
  organizations: ["Baltic Ports Council"],
  quotes: [
    { text: "We have waited long enough for this,", speaker: "Kadri Västrik", speakerText: "Västrik", cue: "told" },
    { text: "welcomed the talks with Finland", kind: "indirect", speaker: "Baltic Ports Council", cue: "welcomed" },
  ],
  meetings: [
    {
      kind: "meeting",
      status: "scheduled",
      evidence: "the meeting would take place on March 4 at 10:00.",
      date: "2031-03-04",
      time: "10:00",
      timeZone: "Europe/Tallinn",
      startsAt: "2031-03-04T08:00:00Z",
      participants: ["Kadri Västrik", "Baltic Ports Council", "Finland"],
      topics: ["harbour fees"],
    },
  ],
};

describe.each(providers)("storage on $name", (provider) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await provider.open();
  }, 120_000);
  afterAll(async () => {
    await test?.drop();
  });
  beforeEach(async () => {
    await test.reset();
  });

  it("stores an article with everything extracted, every span pointing into the body", async () => {
    const [result] = await ingestParsed(test.db, [sketched(summitText, summitSketch, { url: "https://example.test/tallinn", source: "Harbour News" })]);
    expect(result?.status).toBe("created");
    const article = await test.db.prisma.article.findUniqueOrThrow({
      where: { id: result?.articleId },
      include: {
        mentions: true,
        quotes: { orderBy: { start: "asc" } },
        meetings: { include: { participants: { orderBy: { position: "asc" } } } },
        people: { include: { person: true } },
      },
    });
    expect(article.slug).toBe("leaders-of-the-harbour-towns-agree-to-meet-in-tallinn");
    expect(article.source).toBe("Harbour News");
    expect(article.publishedAt?.toISOString()).toBe("2031-02-10T00:00:00.000Z");
    expect(article.body).toBe(summitText);
    const paragraphs = article.paragraphs as Array<{ text: string; start: number; end: number }>;
    expect(paragraphs).toHaveLength(3);
    for (const paragraph of paragraphs) expect(article.body.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    for (const mention of article.mentions) expect(article.body.slice(mention.start, mention.end)).toBe(mention.text);
    for (const quote of article.quotes) {
      expect(article.body.slice(quote.start, quote.end)).toBe(quote.text);
      expect(article.body.slice(quote.sentenceStart, quote.sentenceEnd)).toBe(quote.sentence);
      expect(quote.sentence).toContain(quote.text);
    }
    expect(article.quotes[0]?.sentence).toBe("“We have waited long enough for this,” Västrik told reporters on Monday.");

    const [direct, indirect] = article.quotes;
    expect(direct?.kind).toBe("DIRECT");
    expect(direct?.speakerPersonId).toBe(article.people[0]?.personId);
    expect(direct?.speakerText).toBe("Västrik");
    expect(indirect?.kind).toBe("INDIRECT");
    expect(indirect?.speakerPersonId).toBeNull();
    expect(indirect?.speakerOrganizationId).not.toBeNull();

    expect(article.people).toHaveLength(1);
    expect(article.people[0]?.person.name).toBe("Kadri Västrik");
    expect(article.people[0]?.person.roles).toEqual(["mayor of Tallinn"]);

    const meeting = article.meetings[0];
    expect(meeting?.kind).toBe("MEETING");
    expect(meeting?.status).toBe("SCHEDULED");
    expect(meeting?.date).toBe("2031-03-04");
    expect(meeting?.startsAt?.toISOString()).toBe("2031-03-04T08:00:00.000Z");
    expect(meeting?.topics).toEqual(["harbour fees"]);
    expect(meeting?.participants.map((participant) => [participant.kind, participant.name])).toEqual([
      ["PERSON", "Kadri Västrik"],
      ["ORGANIZATION", "Baltic Ports Council"],
      ["COUNTRY", "Finland"],
    ]);
    expect(meeting?.participants[0]?.personId).toBe(article.people[0]?.personId);
  });

  it("treats the same content again as a no-op", async () => {
    const input = sketched(summitText, summitSketch, { url: "https://example.test/tallinn" });
    const [first] = await ingestParsed(test.db, [input]);
    const [second] = await ingestParsed(test.db, [input]);
    expect(second).toEqual({ ...first, status: "unchanged" });
    expect(await test.db.prisma.article.count()).toBe(1);
    expect(await test.db.prisma.quote.count()).toBe(2);
    expect((await searchFullText(test.db, "waited")).hits.map((hit) => hit.entity).sort()).toEqual(["article", "quote"]);
  });

  it.runIf(provider.name === "postgresql")("keeps ingesting after the server ends its idle connections", async () => {
    await ingestParsed(test.db, [sketched(summitText, summitSketch, { url: "https://example.test/first" })]);
    const admin = new pg.Client({ connectionString: test.url });
    await admin.connect();
    try {
      const ended = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      expect(ended.rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [second] = await ingestParsed(test.db, [sketched(summitText.replace("Leaders of", "Mayors of"), summitSketch, { url: "https://example.test/second" })]);
    expect(second?.status).toBe("created");
    expect(await test.db.prisma.article.count()).toBe(2);
  });

  it("replaces an article atomically when its url comes with new content, keeping its id", async () => {
    const [first] = await ingestParsed(test.db, [sketched(summitText, summitSketch, { url: "https://example.test/tallinn" })]);
    const revised = summitText.replace("waited long enough", "waited far too long");
    const [second] = await ingestParsed(test.db, [
      sketched(revised, { ...summitSketch, quotes: [{ text: "We have waited far too long for this,", speaker: "Kadri Västrik" }] }, { url: "https://example.test/tallinn" }),
    ]);
    expect(second?.status).toBe("replaced");
    expect(second?.articleId).toBe(first?.articleId);
    expect(await test.db.prisma.article.count()).toBe(1);
    const quotes = await test.db.prisma.quote.findMany();
    expect(quotes.map((quote) => quote.text)).toEqual(["We have waited far too long for this,"]);
    expect(await test.db.prisma.meeting.count()).toBe(1);
    expect(await test.db.prisma.person.count()).toBe(1);
    expect((await searchFullText(test.db, "enough")).total).toBe(0);
    expect((await searchFullText(test.db, "far too long")).hits.map((hit) => hit.entity).sort()).toEqual(["article", "quote"]);
  });

  it("drops people and organizations that only a replaced version mentioned", async () => {
    const url = "https://example.test/council";
    await ingestParsed(test.db, [
      sketched("Council news\nMayor Ines Albuquerque met the Tram Guild.", { people: [{ name: "Ines Albuquerque" }], organizations: ["Tram Guild"] }, { url }),
      sketched("Other news\nInes Albuquerque opened a school.", { people: [{ name: "Ines Albuquerque" }] }),
    ]);
    await ingestParsed(test.db, [
      sketched("Council news\nDeputy Rui Sampaio met the Bus Guild.", { people: [{ name: "Rui Sampaio" }], organizations: ["Bus Guild"] }, { url }),
    ]);
    const people = await test.db.prisma.person.findMany({ orderBy: { key: "asc" } });
    expect(people.map((person) => person.name)).toEqual(["Ines Albuquerque", "Rui Sampaio"]);
    const organizations = await test.db.prisma.organization.findMany();
    expect(organizations.map((organization) => organization.name)).toEqual(["Bus Guild"]);
    expect((await searchFullText(test.db, "sampaio", { entities: ["person"] })).total).toBe(1);
    await ingestParsed(test.db, [sketched("Council news\nNobody came.", {}, { url })]);
    expect((await test.db.prisma.person.findMany()).map((person) => person.name)).toEqual(["Ines Albuquerque"]);
    expect((await searchFullText(test.db, "sampaio", { entities: ["person"] })).total).toBe(0);
  });

  it("replaces by slug when there is no url, and keeps different urls with one title apart", async () => {
    const text = "Ferry timetable changes\nThe ferry will leave at noon.";
    const [first] = await ingestParsed(test.db, [sketched(text, {}, { slug: "ferry-notice" })]);
    const [second] = await ingestParsed(test.db, [sketched(`${text}\nIt returns at six.`, {}, { slug: "ferry-notice" })]);
    expect(first?.slug).toBe("ferry-notice");
    expect(second).toMatchObject({ status: "replaced", articleId: first?.articleId, slug: "ferry-notice" });

    const [a] = await ingestParsed(test.db, [sketched(text, {}, { url: "https://a.example.test/ferry" })]);
    const [b] = await ingestParsed(test.db, [sketched(`${text}\nTickets are free.`, {}, { url: "https://b.example.test/ferry" })]);
    expect(a?.status).toBe("created");
    expect(b?.status).toBe("created");
    expect(a?.slug).toBe("ferry-timetable-changes");
    expect(b?.slug).toMatch(/^ferry-timetable-changes-[0-9a-f]{8}$/);
    expect(await test.db.prisma.article.count()).toBe(3);
  });

  it("stores a batch in one transaction and resolves duplicates inside it", async () => {
    const text = "Council vote postponed\nThe vote moves to Friday.";
    const results = await ingestParsed(test.db, [
      sketched(text, {}, { url: "https://example.test/vote" }),
      sketched(text, {}, { url: "https://example.test/vote" }),
      sketched(`${text}\nA quorum was missing.`, {}, { url: "https://example.test/vote" }),
    ]);
    expect(results.map((result) => result.status)).toEqual(["created", "unchanged", "replaced"]);
    const articles = await test.db.prisma.article.findMany();
    expect(articles).toHaveLength(1);
    expect(articles[0]?.body).toContain("quorum");
  });

  it("merges one person across articles: accents and case folded, surname alone, fuller name later", async () => {
    await ingestParsed(test.db, [
      sketched("Talks in Geneva\nVladimir Poutine arrived. Poutine spoke first.", {
        people: [{ name: "Vladimir Poutine", aliases: ["Poutine"], roles: ["président russe"] }],
      }),
      sketched("A second day\nPOUTINE left early.", { people: [{ name: "POUTINE" }] }),
      sketched("Another view\nVladimír Poutíne was tired.", { people: [{ name: "Vladimír Poutíne", roles: ["chef du Kremlin"] }] }),
      sketched("Berlin reacts\nScholz said nothing.", { people: [{ name: "Scholz" }] }),
    ]);
    await ingestParsed(test.db, [sketched("Berlin again\nOlaf Scholz spoke.", { people: [{ name: "Olaf Scholz", roles: ["chancellor"] }] })]);
    // The fuller name also comes with the short form as an alias, as the parser gives it.
    await ingestParsed(test.db, [sketched("Stage six\nDe Gendt attacked.", { people: [{ name: "De Gendt" }] })]);
    await ingestParsed(test.db, [
      sketched("Stage seven\nThomas De Gendt won. De Gendt smiled.", { people: [{ name: "Thomas De Gendt", aliases: ["De Gendt"] }] }),
    ]);

    const people = await test.db.prisma.person.findMany({ orderBy: { key: "asc" }, include: { _count: { select: { articles: true } } } });
    expect(people.map((person) => [person.name, person._count.articles])).toEqual([
      ["Olaf Scholz", 2],
      ["Thomas De Gendt", 2],
      ["Vladimir Poutine", 3],
    ]);
    const poutine = people[2];
    expect(poutine?.roles).toEqual(["président russe", "chef du Kremlin"]);
    expect(poutine?.aliases).toEqual(["Poutine"]);
    expect(people[0]?.aliases).toEqual(["Scholz"]);
    expect(people[1]?.aliases).toEqual(["De Gendt"]);
  });

  it("merges a surname alone only when it is unambiguous", async () => {
    await ingestParsed(test.db, [
      sketched("Family visit\nJoe Biden and Jill Biden travelled.", { people: [{ name: "Joe Biden" }, { name: "Jill Biden" }] }),
    ]);
    await ingestParsed(test.db, [sketched("Short note\nBiden waved.", { people: [{ name: "Biden" }] })]);
    // In one document, "Arnaud" next to "Marie Arnaud" is not given to the other, older Arnaud.
    await ingestParsed(test.db, [sketched("Lyon\nPaul Arnaud voted.", { people: [{ name: "Paul Arnaud" }] })]);
    await ingestParsed(test.db, [
      sketched("Lyon again\nMarie Arnaud and Arnaud argued.", { people: [{ name: "Marie Arnaud" }, { name: "Arnaud" }] }),
    ]);
    const names = (await test.db.prisma.person.findMany({ orderBy: { key: "asc" } })).map((person) => person.name);
    expect(names).toEqual(["Arnaud", "Biden", "Jill Biden", "Joe Biden", "Marie Arnaud", "Paul Arnaud"]);
  });

  it("merges initials with the one person whose given names they begin, in either order", async () => {
    await ingestParsed(test.db, [
      sketched("Lyon\nEmmanuel Maréchal and Brigitte Maréchal met.", { people: [{ name: "Emmanuel Maréchal" }, { name: "Brigitte Maréchal" }] }),
    ]);
    await ingestParsed(test.db, [sketched("Lyon again\nE. Maréchal spoke.", { people: [{ name: "E. Maréchal" }] })]);
    await ingestParsed(test.db, [sketched("Brest\nJ.-Y. Le Goff arrived.", { people: [{ name: "J.-Y. Le Goff" }] })]);
    await ingestParsed(test.db, [sketched("Brest again\nJean-Yves Le Goff left.", { people: [{ name: "Jean-Yves Le Goff" }] })]);
    // Two people the initials could stand for: neither takes them.
    await ingestParsed(test.db, [
      sketched("Nantes\nPaul Tanguy and Pierre Tanguy met.", { people: [{ name: "Paul Tanguy" }, { name: "Pierre Tanguy" }] }),
    ]);
    await ingestParsed(test.db, [sketched("Nantes again\nP. Tanguy spoke.", { people: [{ name: "P. Tanguy" }] })]);
    const people = await test.db.prisma.person.findMany({ orderBy: { key: "asc" }, include: { _count: { select: { articles: true } } } });
    expect(people.map((person) => [person.name, person._count.articles])).toEqual([
      ["Brigitte Maréchal", 1],
      ["Emmanuel Maréchal", 2],
      ["Jean-Yves Le Goff", 2],
      ["P. Tanguy", 1],
      ["Paul Tanguy", 1],
      ["Pierre Tanguy", 1],
    ]);
    expect(people[1]?.aliases).toEqual(["E. Maréchal"]);
    expect(people[2]?.aliases).toEqual(["J.-Y. Le Goff"]);
  });

  it("merges the Arabic article's transliterations of one name, not other names with the same surname", async () => {
    await ingestParsed(test.db, [sketched("Cairo\nAbdel Fattah el-Sissi spoke.", { people: [{ name: "Abdel Fattah el-Sissi" }] })]);
    await ingestParsed(test.db, [
      sketched("Cairo again\nAbdel Fattah al-Sissi and Amr al-Sissi met.", { people: [{ name: "Abdel Fattah al-Sissi" }, { name: "Amr al-Sissi" }] }),
    ]);
    await ingestParsed(test.db, [sketched("Cairo once more\nAbdel Fattah Al Sissi left.", { people: [{ name: "Abdel Fattah Al Sissi" }] })]);
    const people = await test.db.prisma.person.findMany({ orderBy: { key: "asc" }, include: { _count: { select: { articles: true } } } });
    expect(people.map((person) => [person.name, person._count.articles])).toEqual([
      ["Abdel Fattah el-Sissi", 3],
      ["Amr al-Sissi", 1],
    ]);
    expect(people[0]?.aliases).toEqual(["Abdel Fattah al-Sissi"]);
  });

  it("merges organizations across articles by folded name", async () => {
    await ingestParsed(test.db, [
      sketched("Brussels\nThe OTAN met.", { organizations: ["OTAN"] }),
      sketched("Brussels again\nThe Otan met again.", { organizations: ["Otan"] }),
      sketched("Vienna\nThe Agence spatiale européenne agreed.", { organizations: ["Agence spatiale européenne"] }),
      sketched("Vienna again\nThe AGENCE SPATIALE EUROPEENNE agreed.", { organizations: ["AGENCE SPATIALE EUROPEENNE"] }),
    ]);
    const organizations = await test.db.prisma.organization.findMany({ orderBy: { key: "asc" }, include: { _count: { select: { articles: true } } } });
    expect(organizations.map((organization) => [organization.name, organization._count.articles])).toEqual([
      ["Agence spatiale européenne", 2],
      ["OTAN", 2],
    ]);
  });

  it("merges an international organization's French and English names, and nothing else", async () => {
    await ingestParsed(test.db, [
      sketched("Brussels\nThe OTAN met.", { organizations: ["OTAN"] }),
      sketched("Brussels summit\nNATO leaders met.", { organizations: ["NATO"] }),
      sketched("Bruxelles\nL'Alliance atlantique s'est réunie.", { organizations: ["Alliance atlantique"] }),
      sketched("Genève\nL'Organisation mondiale de la santé a parlé.", { organizations: ["Organisation mondiale de la santé"] }),
      sketched("Geneva\nThe WHO spoke.", { organizations: ["WHO"] }),
      sketched("Harbour\nThe Harbour Guild spoke.", { organizations: ["Harbour Guild"] }),
    ]);
    const organizations = await test.db.prisma.organization.findMany({ orderBy: { key: "asc" }, include: { _count: { select: { articles: true } } } });
    expect(organizations.map((organization) => [organization.name, organization._count.articles])).toEqual([
      ["Harbour Guild", 1],
      ["Organisation mondiale de la santé", 2],
      ["OTAN", 3],
    ]);
    const nato = organizations.find((organization) => organization.name === "OTAN");
    expect(nato?.aliases).toEqual(["NATO", "Alliance atlantique"]);
  });

  it("searches titles, bodies, quotes and people, ignoring case and accents", async () => {
    await ingestParsed(test.db, [
      sketched(summitText, summitSketch, { url: "https://example.test/tallinn" }),
      sketched("Négociations à Genève\nLes négociations reprendront jeudi.", { people: [{ name: "Élodie Négrier" }] }, { url: "https://example.test/geneve" }),
    ]);
    const negotiations = await searchFullText(test.db, "NEGOCIATIONS");
    expect(negotiations.total).toBe(1);
    expect(negotiations.hits[0]).toMatchObject({ entity: "article" });

    const waited = await searchFullText(test.db, "waited enough", { entities: ["quote"] });
    expect(waited.hits).toHaveLength(1);
    expect(waited.hits[0]?.entity).toBe("quote");
    const quote = await test.db.prisma.quote.findUniqueOrThrow({ where: { id: waited.hits[0]?.id } });
    expect(quote.text).toContain("waited long enough");

    const person = await searchFullText(test.db, "elodie", { entities: ["person"] });
    expect(person.hits.map((hit) => hit.entity)).toEqual(["person"]);
    expect((await searchFullText(test.db, "Tallin")).total).toBeGreaterThan(0);
    expect((await searchFullText(test.db, "Tallinn")).hits[0]?.entity).toBe("article");
    expect(await searchFullText(test.db, "  ¿? ")).toEqual({ hits: [], total: 0 });
    const paged = await searchFullText(test.db, "the", { limit: 1 });
    expect(paged.hits).toHaveLength(1);
    expect(paged.total).toBeGreaterThan(1);
    expect(await searchFullText(test.db, "\"unbalanced' OR (quotes")).toEqual({ hits: [], total: 0 });
  });

  it("ingests raw text through the parser", async () => {
    const text = "Harbour strike ends\n\nDock workers in Rotterdam returned to work on Tuesday after a two-day strike.\n";
    const first = await ingestDocument(test.db, text, { publishedAt: "2031-05-06", source: "Port Daily" });
    expect(first.status).toBe("created");
    const article = await test.db.prisma.article.findUniqueOrThrow({ where: { id: first.articleId } });
    expect(article.body).toBe(text);
    expect(article.title).toBe("Harbour strike ends");
    expect(article.source).toBe("Port Daily");
    expect(article.wordCount).toBeGreaterThan(10);
    expect((await ingestDocument(test.db, `\uFEFF${text}`, { publishedAt: "2031-05-06", source: "Port Daily" })).status).toBe("unchanged");
    expect((await searchFullText(test.db, "rotterdam")).total).toBe(1);
  });
});
