import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultGraphiQLQuery } from "../src/graphiql.js";
import { data, graphql, providers, seededDatabase, testYoga, type TestDatabase, type TestYoga } from "./support.js";

describe.each(providers)("types and links on $name", ({ open }) => {
  let database: TestDatabase;
  let yoga: TestYoga;

  beforeAll(async () => {
    database = await seededDatabase(open);
    yoga = testYoga(database.db);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  async function personId(name: string): Promise<string> {
    const result = await data(yoga, `query ($name: String!) { person(name: $name) { id } }`, { name });
    return result.person.id;
  }

  it("opens GraphiQL's default query on the seed's meetings in time order with their participants", async () => {
    const result = await data(yoga, defaultGraphiQLQuery);
    const meetings = result.meetings.edges.map((edge: any) => edge.node);
    const seedMeetings = meetings.filter((meeting: any) => meeting.article.title.startsWith("Le Kremlin"));
    expect(seedMeetings.length).toBeGreaterThan(0);
    const days = meetings.map((meeting: any) => meeting.dateText ?? meeting.date);
    // Dated meetings in day order, then those whose year is unknown, then the undated.
    const rank = (day: string | null) => (day === null ? 2 : day.startsWith("--") ? 1 : 0);
    const inOrder = [...days].sort((a, b) => rank(a) - rank(b) || (a ?? "").localeCompare(b ?? ""));
    expect(days).toEqual(inOrder);
    for (const meeting of seedMeetings) expect(meeting.participants.length).toBeGreaterThan(0);
  });

  it("links Article → people, organizations, quotes, meetings and back", async () => {
    const result = await data(
      yoga,
      `{ article(slug: "lindqvist-and-berg-to-hold-talks-in-oslo") {
          __typename id title slug language source url publishedAt wordCount ingestedAt body
          paragraphs { text span { start end } }
          people { totalCount edges { cursor mentionCount node { name articles { totalCount edges { node { slug } } } } } }
          organizations { totalCount edges { node { name articles { edges { node { slug } } } } } }
          quotes { totalCount edges { node { text article { slug } } } }
          meetings { totalCount edges { node { kind article { slug } } } }
        } }`,
    );
    const article = result.article;
    expect(article).toMatchObject({
      __typename: "Article",
      title: "Lindqvist and Berg to hold talks in Oslo",
      language: "en",
      source: "Test Wire",
      url: "https://news.example/oslo-talks",
      publishedAt: "2023-03-06T00:00:00.000Z",
    });
    expect(article.wordCount).toBeGreaterThan(20);
    for (const paragraph of article.paragraphs) {
      expect(article.body.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
    }
    expect(article.people.totalCount).toBe(2);
    expect(article.people.edges.map((edge: any) => edge.node.name)).toEqual(["Greta Lindqvist", "Tomas Berg"]);
    expect(article.people.edges[0].mentionCount).toBe(3);
    for (const edge of article.people.edges) {
      expect(edge.node.articles.edges.map((back: any) => back.node.slug)).toContain(article.slug);
    }
    expect(article.organizations.edges[0].node.name).toBe("Nordic Council");
    expect(article.organizations.edges[0].node.articles.edges[0].node.slug).toBe(article.slug);
    expect(article.quotes.totalCount).toBe(2);
    for (const edge of article.quotes.edges) expect(edge.node.article.slug).toBe(article.slug);
    expect(article.meetings.edges).toEqual([{ node: { kind: "MEETING", article: { slug: article.slug } } }]);
  });

  it("merges the same person across articles and links Person → articles, quotes, meetings and back", async () => {
    const result = await data(
      yoga,
      `{ person(name: "tomas berg") {
          __typename name aliases roles mentionCount
          articles { totalCount edges { node { title people { edges { node { name } } } } } }
          quotes { totalCount edges { node { text speaker { ... on Person { name } } } } }
          meetings { totalCount edges { node { kind date participants { __typename name } } } }
        } }`,
    );
    const berg = result.person;
    expect(berg.__typename).toBe("Person");
    expect(berg.name).toBe("Tomas Berg");
    expect(berg.aliases).toContain("Berg");
    expect(berg.roles).toContain("Norwegian minister");
    expect(berg.articles.totalCount).toBe(2);
    // Newest article first.
    expect(berg.articles.edges.map((edge: any) => edge.node.title)).toEqual([
      "Appel entre Berg et la Suède",
      "Lindqvist and Berg to hold talks in Oslo",
    ]);
    for (const edge of berg.articles.edges) {
      expect(edge.node.people.edges.map((person: any) => person.node.name)).toContain("Tomas Berg");
    }
    expect(berg.quotes.totalCount).toBe(1);
    expect(berg.quotes.edges[0].node).toEqual({ text: "L'échange a été utile", speaker: { name: "Tomas Berg" } });
    expect(berg.meetings.totalCount).toBe(2);
    expect(berg.meetings.edges.map((edge: any) => [edge.node.kind, edge.node.date])).toEqual([
      ["MEETING", "2023-03-14"],
      ["PHONE_CALL", "2023-03-17"],
    ]);
    const call = berg.meetings.edges[1].node;
    expect(call.participants).toEqual([
      { __typename: "Person", name: "Tomas Berg" },
      { __typename: "Country", name: "Suède" },
    ]);
  });

  it("links Organization → articles, quotes, meetings and back", async () => {
    const result = await data(
      yoga,
      `{ organizations(search: "conseil") { totalCount edges { node {
          __typename name aliases mentionCount
          articles { totalCount edges { node { slug organizations { edges { node { name } } } } } }
          quotes { totalCount }
          meetings { totalCount edges { node { kind dateText date participants { __typename name } } } }
        } } } }`,
    );
    expect(result.organizations.totalCount).toBe(1);
    const council = result.organizations.edges[0].node;
    expect(council).toMatchObject({ __typename: "Organization", name: "Conseil nordique" });
    expect(council.articles.edges[0].node.organizations.edges.map((edge: any) => edge.node.name)).toContain("Conseil nordique");
    expect(council.meetings.edges).toEqual([
      { node: { kind: "SUMMIT", dateText: "--06-02", date: null, participants: [{ __typename: "Organization", name: "Conseil nordique" }] } },
    ]);

    const nordic = await data(yoga, `{ organizations(search: "nordic council") { edges { node { quotes { totalCount edges { node { kind speaker { __typename ... on Organization { name } } } } } } } } }`);
    expect(nordic.organizations.edges[0].node.quotes).toEqual({
      totalCount: 1,
      edges: [{ node: { kind: "INDIRECT", speaker: { __typename: "Organization", name: "Nordic Council" } } }],
    });
  });

  it("exposes Quote fields, its speaker (or none) and its article", async () => {
    const result = await data(
      yoga,
      `{ quotes(filter: { search: "sommet" }) { totalCount edges { node {
          __typename text kind cue speakerText speaker { __typename } span { start end }
          sentence { text span { start end } }
          article { body quotes { edges { node { text } } } }
        } } } }`,
    );
    expect(result.quotes.totalCount).toBe(1);
    const quote = result.quotes.edges[0].node;
    expect(quote).toMatchObject({
      __typename: "Quote",
      text: "Un sommet serait prévu le 2 juin",
      kind: "INDIRECT",
      cue: "selon",
      speakerText: "une source diplomatique",
      speaker: null,
    });
    expect(quote.article.body.slice(quote.span.start, quote.span.end)).toBe(quote.text);
    expect(quote.article.body.slice(quote.sentence.span.start, quote.sentence.span.end)).toBe(quote.sentence.text);
    expect(quote.sentence.text).toContain(quote.text);
    expect(quote.article.quotes.edges.map((edge: any) => edge.node.text)).toContain(quote.text);
  });

  it("exposes Meeting fields with UTC start, evidence span and article", async () => {
    const result = await data(
      yoga,
      `{ meetings(filter: { participant: "lindqvist" }) { totalCount edges { node {
          __typename kind status date dateText time timeZone startsAt durationMinutes topics
          participants { __typename name ... on Person { roles } }
          evidence { text span { start end } }
          article { body meetings { totalCount } }
        } } } }`,
    );
    expect(result.meetings.totalCount).toBe(1);
    const meeting = result.meetings.edges[0].node;
    expect(meeting).toMatchObject({
      __typename: "Meeting",
      kind: "MEETING",
      status: "SCHEDULED",
      date: "2023-03-14",
      time: "10:00",
      timeZone: "Europe/Oslo",
      startsAt: "2023-03-14T09:00:00.000Z",
      durationMinutes: null,
      topics: ["fishing quotas"],
    });
    expect(meeting.participants.map((participant: any) => participant.name)).toEqual(["Greta Lindqvist", "Tomas Berg"]);
    expect(meeting.participants[0].roles).toContain("Swedish trade minister");
    expect(meeting.article.body.slice(meeting.evidence.span.start, meeting.evidence.span.end)).toBe(meeting.evidence.text);
    expect(meeting.article.meetings.totalCount).toBe(1);
  });

  it("fetches every kind of node back by its global id through node and nodes", async () => {
    const listing = await data(
      yoga,
      `{ articles(first: 1, filter: { source: "Test Wire" }) { edges { node { id
          people(first: 1) { edges { node { id } } }
          organizations(first: 1) { edges { node { id } } }
          quotes(first: 1) { edges { node { id } } }
          meetings(first: 1) { edges { node { id } } }
        } } } }`,
    );
    const article = listing.articles.edges[0].node;
    const ids = [
      article.id,
      article.people.edges[0].node.id,
      article.organizations.edges[0].node.id,
      article.quotes.edges[0].node.id,
      article.meetings.edges[0].node.id,
    ];
    const result = await data(yoga, `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(result.nodes.map((node: any) => node.__typename)).toEqual(["Article", "Person", "Organization", "Quote", "Meeting"]);
    expect(result.nodes.map((node: any) => node.id)).toEqual(ids);
    const single = await data(yoga, `query ($id: ID!) { node(id: $id) { ... on Article { title } } }`, { id: article.id });
    expect(single.node.title).toBe("Lindqvist and Berg to hold talks in Oslo");
    const byId = await data(yoga, `query ($id: ID!) { article(id: $id) { slug } }`, { id: article.id });
    expect(byId.article.slug).toBe("lindqvist-and-berg-to-hold-talks-in-oslo");
  });

  it("filters and orders articles, and pages through them with cursors both ways", async () => {
    const berg = await personId("Tomas Berg");
    const byPerson = await data(yoga, `query ($id: ID!) { articles(filter: { personId: $id }) { totalCount edges { node { title } } } }`, { id: berg });
    expect(byPerson.articles.totalCount).toBe(2);
    const french = await data(yoga, `{ articles(filter: { language: "fr", source: "Dépêche Test" }) { totalCount edges { node { title } } } }`);
    expect(french.articles.edges.map((edge: any) => edge.node.title)).toEqual(["Appel entre Berg et la Suède"]);
    const range = await data(
      yoga,
      `{ articles(filter: { publishedAfter: "2023-03-01T00:00:00Z", publishedBefore: "2023-03-10T00:00:00Z" }) { totalCount edges { node { title } } } }`,
    );
    expect(range.articles.edges.map((edge: any) => edge.node.title)).toEqual(["Lindqvist and Berg to hold talks in Oslo"]);
    const searched = await data(yoga, `{ articles(filter: { search: "fishing quotas" }) { totalCount edges { node { slug } } } }`);
    expect(searched.articles.edges.map((edge: any) => edge.node.slug)).toEqual(["lindqvist-and-berg-to-hold-talks-in-oslo"]);

    const all = await data(yoga, `{ articles(orderBy: { field: PUBLISHED_AT, direction: ASC }) { totalCount edges { node { publishedAt } } } }`);
    const dates = all.articles.edges.map((edge: any) => edge.node.publishedAt);
    expect(dates).toEqual([...dates].sort());
    expect(all.articles.totalCount).toBe(3);

    const first = await data(yoga, `{ articles(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`);
    expect(first.articles.pageInfo.hasNextPage).toBe(true);
    const next = await data(yoga, `query ($after: String) { articles(first: 2, after: $after) { pageInfo { hasNextPage hasPreviousPage } edges { node { title } } } }`, {
      after: first.articles.pageInfo.endCursor,
    });
    expect(next.articles.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    const titles = [...first.articles.edges, ...next.articles.edges].map((edge: any) => edge.node.title);
    expect(new Set(titles).size).toBe(3);
    const last = await data(yoga, `{ articles(last: 1) { pageInfo { hasPreviousPage } edges { node { title } } } }`);
    expect(last.articles.edges[0].node.title).toBe(titles[2]);
  });

  it("pages an article's quotes with cursors both ways, and refuses a cursor that is not one of the list's", async () => {
    const seed = await data(yoga, `{ articles(filter: { source: "News-Front" }) { edges { node { slug quotes { totalCount edges { cursor node { text } } } } } } }`);
    const quotes = seed.articles.edges[0].node.quotes;
    expect(quotes.totalCount).toBeGreaterThan(3);
    const texts = quotes.edges.map((edge: any) => edge.node.text);
    const slug = seed.articles.edges[0].node.slug;
    const page = (args: string) =>
      data(yoga, `query ($slug: String) { article(slug: $slug) { quotes(${args}) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { text } } } } }`, { slug });
    const second = await page(`first: 2, after: "${quotes.edges[0].cursor}"`);
    expect(second.article.quotes.edges.map((edge: any) => edge.node.text)).toEqual(texts.slice(1, 3));
    expect(second.article.quotes.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const before = await page(`last: 2, before: "${second.article.quotes.pageInfo.endCursor}"`);
    expect(before.article.quotes.edges.map((edge: any) => edge.node.text)).toEqual(texts.slice(0, 2));

    const foreign = await graphql(yoga, `{ articles(first: 1, after: "${quotes.edges[0].cursor}") { edges { node { slug } } } }`);
    expect(foreign.body.errors?.[0]?.message).toBe("Invalid cursor for Query.articles: use a cursor this list returned.");
    const garbage = await graphql(yoga, `{ articles(first: 1, before: "not a cursor") { edges { node { slug } } } }`);
    expect(garbage.body.errors?.[0]?.message).toBe("Invalid cursor for Query.articles: use a cursor this list returned.");
  });

  it("lists people by search and order, and quotes by speaker, article and kind", async () => {
    const people = await data(yoga, `{ people(search: "lindqvist") { totalCount edges { node { name } } } }`);
    expect(people.people.edges.map((edge: any) => edge.node.name)).toEqual(["Greta Lindqvist"]);
    // Punctuation alone folds to nothing: it must not match every name.
    expect((await data(yoga, `{ people(search: "%") { totalCount } organizations(search: "--") { totalCount } }`))).toEqual({
      people: { totalCount: 0 },
      organizations: { totalCount: 0 },
    });
    const busiest = await data(yoga, `{ people(orderBy: { field: MENTION_COUNT, direction: DESC }) { edges { node { name mentionCount } } } }`);
    const counts = busiest.people.edges.map((edge: any) => edge.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));

    const lindqvist = await personId("Greta Lindqvist");
    const bySpeaker = await data(yoga, `query ($id: ID!) { quotes(filter: { speakerId: $id }) { totalCount edges { node { text } } } }`, { id: lindqvist });
    expect(bySpeaker.quotes.edges.map((edge: any) => edge.node.text)).toEqual(["We expect a frank discussion about fishing quotas,"]);
    const direct = await data(yoga, `{ quotes(filter: { kind: DIRECT }) { edges { node { kind } } } }`);
    expect(new Set(direct.quotes.edges.map((edge: any) => edge.node.kind))).toEqual(new Set(["DIRECT"]));
    const someQuote = await data(yoga, `{ quotes(first: 1) { edges { node { article { id } } } } }`);
    const articleId = someQuote.quotes.edges[0].node.article.id;
    const ofArticle = await data(yoga, `query ($id: ID!) { quotes(filter: { articleId: $id }) { totalCount edges { node { article { id } } } } }`, { id: articleId });
    expect(ofArticle.quotes.totalCount).toBe(ofArticle.quotes.edges.length);
    for (const edge of ofArticle.quotes.edges) expect(edge.node.article.id).toBe(articleId);
  });

  it("filters meetings by date range, status and kind", async () => {
    const march = await data(yoga, `{ meetings(filter: { from: "2023-03-15T00:00:00Z", to: "2023-04-01T00:00:00Z" }) { edges { node { kind date } } } }`);
    expect(march.meetings.edges.map((edge: any) => edge.node)).toEqual([{ kind: "PHONE_CALL", date: "2023-03-17" }]);
    const held = await data(yoga, `{ meetings(filter: { status: HELD, kind: PHONE_CALL }) { edges { node { status kind } } } }`);
    for (const edge of held.meetings.edges) expect(edge.node).toEqual({ status: "HELD", kind: "PHONE_CALL" });
    expect(held.meetings.edges.length).toBeGreaterThan(0);
    const berg = await personId("Tomas Berg");
    const withBerg = await data(yoga, `query ($id: ID!) { meetings(filter: { participantId: $id }) { totalCount edges { node { participants { name } } } } }`, { id: berg });
    expect(withBerg.meetings.totalCount).toBe(2);
    for (const edge of withBerg.meetings.edges) expect(edge.node.participants.map((participant: any) => participant.name)).toContain("Tomas Berg");
    const wildcard = await data(yoga, `{ meetings(filter: { participant: "%" }) { totalCount } }`);
    expect(wildcard.meetings.totalCount).toBe(0);
  });

  it("searches across articles, quotes and people, best first", async () => {
    const result = await data(
      yoga,
      `{ search(text: "lindqvist") { totalCount edges { score node { __typename ... on Person { name } ... on Article { title } ... on Quote { text } } } } }`,
    );
    const kinds = new Set(result.search.edges.map((edge: any) => edge.node.__typename));
    expect(kinds).toEqual(new Set(["Person", "Article"]));
    expect(result.search.totalCount).toBe(result.search.edges.length);
    const scores = result.search.edges.map((edge: any) => edge.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    const quotes = await data(yoga, `{ search(text: "frank discussion", kinds: [QUOTE]) { edges { node { ... on Quote { text } } } } }`);
    expect(quotes.search.edges.map((edge: any) => edge.node.text)).toEqual(["We expect a frank discussion about fishing quotas,"]);
  });

  it("finds a person by full name or surname alone, ignoring accents and case", async () => {
    const byKey = await data(yoga, `{ a: person(name: "TOMAS BERG") { name } b: person(name: "berg") { name } c: person(name: "Nobody Here") { name } }`);
    expect(byKey).toEqual({ a: { name: "Tomas Berg" }, b: { name: "Tomas Berg" }, c: null });
  });

  it("answers a lookup with both or neither key with a clear error", async () => {
    const { body } = await graphql(yoga, `{ article(id: "QXJ0aWNsZTp4", slug: "x") { title } }`);
    expect(body.errors?.[0]?.message).toBe("Give exactly one of id or slug to look up a article.");
  });
});
