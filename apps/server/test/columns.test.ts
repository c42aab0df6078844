import { isObjectType, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleFieldColumns,
  columnsSelection,
  meetingFieldColumns,
  organizationFieldColumns,
  personFieldColumns,
  quoteFieldColumns,
} from "../src/schema/columns.js";
import { schema } from "../src/schema/index.js";
import { data, seededDatabase, testYoga, type TestDatabase, type TestYoga } from "./support.js";

const tables = {
  Article: articleFieldColumns,
  Quote: quoteFieldColumns,
  Meeting: meetingFieldColumns,
  Person: personFieldColumns,
  Organization: organizationFieldColumns,
};

/** Just what columnsSelection reads of a resolver's info: its field nodes and the fragments. */
function infoFor(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === "OperationDefinition");
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === "FragmentDefinition")
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const field = operation?.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe("columns read for a list's selection", () => {
  it("lists every field of each type read through db.read", () => {
    for (const [typeName, table] of Object.entries(tables)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      expect(Object.keys(table).sort(), typeName).toEqual(Object.keys(type.getFields()).sort());
    }
  });

  it("collects the selected fields through aliases and fragments, and reads all for an unknown one", () => {
    const quoteColumns = columnsSelection(quoteFieldColumns, ["edges", "node"]);
    const selected = quoteColumns(
      infoFor(`{ quotes { edges { node { said: text ... on Quote { kind } ...Who __typename } } } }
        fragment Who on Quote { speaker { __typename } span { start } }`),
    );
    expect(selected).toEqual(["end", "kind", "speakerOrganizationId", "speakerPersonId", "start", "text"]);
    expect(quoteColumns(infoFor(`{ quotes { totalCount pageInfo { hasNextPage } } }`))).toEqual([]);
    const withUnknown = columnsSelection({ text: ["text"] }, ["edges", "node"]);
    expect(withUnknown(infoFor(`{ quotes { edges { node { text kind } } } }`))).toBeUndefined();
  });
});

describe("lists that read only the selected columns", () => {
  let database: TestDatabase;
  let yoga: TestYoga;

  beforeAll(async () => {
    database = await seededDatabase();
    yoga = testYoga(database.db);
  }, 120_000);

  afterAll(async () => {
    await database?.drop();
  });

  it("answer every field as the whole rows do", async () => {
    const entityFields = "__typename ... on Person { id name aliases roles } ... on Organization { id name aliases }";
    const quoteFields = `id text kind cue speakerText speaker { ${entityFields} } article { title } span { start end } sentence { text span { start end } }`;
    const meetingFields = `id kind status date dateText time timeZone startsAt durationMinutes topics participants { name ${entityFields} } article { slug } evidence { text span { start end } }`;
    // Speakers and participants asked for by name alone come from rows read without their lists.
    const namesOnly = await data(
      yoga,
      `{ articles(first: 5) { edges { node { quotes(first: 50) { edges { node { speaker { ... on Person { name } ... on Organization { name } } } } }
          meetings(first: 50) { edges { node { participants { name } } } } } } } }`,
    );
    const articleFields = "id title slug language source publishedAt url body wordCount ingestedAt paragraphs { text span { start } }";
    const listed = await data(
      yoga,
      `{ articles(first: 5) { edges { node { ${articleFields}
          quotes(first: 50) { edges { node { ${quoteFields} } } }
          meetings(first: 50) { edges { node { ${meetingFields} } } }
          people(first: 50) { edges { node { id name aliases roles mentionCount } } } } } } }`,
    );
    const articles = listed.articles.edges.map((edge: any) => edge.node);
    expect(articles.length).toBeGreaterThan(0);
    const named = (entity: { name?: string } | null) => (entity ? { name: entity.name } : null);
    expect(namesOnly.articles.edges.map((edge: any) => edge.node.quotes.edges.map((quote: any) => quote.node.speaker))).toEqual(
      articles.map((article: any) => article.quotes.edges.map((quote: any) => named(quote.node.speaker))),
    );
    expect(namesOnly.articles.edges.map((edge: any) => edge.node.meetings.edges.map((meeting: any) => meeting.node.participants))).toEqual(
      articles.map((article: any) => article.meetings.edges.map((meeting: any) => meeting.node.participants.map(named))),
    );
    const speakersAndParticipants = articles.flatMap((article: any) => [
      ...article.quotes.edges.map((edge: any) => edge.node.speaker),
      ...article.meetings.edges.flatMap((edge: any) => edge.node.participants),
    ]);
    const entities = speakersAndParticipants.filter((entity: any) => entity?.id !== undefined);
    expect(new Set(entities.map((entity: any) => entity.__typename))).toEqual(new Set(["Person", "Organization"]));
    for (const entity of entities) {
      const one = await data(yoga, `query E($id: ID!) { node(id: $id) { ${entityFields} } }`, { id: entity.id });
      expect(entity).toEqual(one.node);
    }
    for (const article of articles) {
      const whole = await data(
        yoga,
        `query One($id: ID!) { node(id: $id) { ... on Article { ${articleFields}
            quotes(first: 50) { edges { node { id } } } meetings(first: 50) { edges { node { id } } } } } }`,
        { id: article.id },
      );
      const { quotes, meetings, people, ...fields } = article;
      expect(fields).toEqual(whole.node && Object.fromEntries(Object.entries(whole.node).filter(([key]) => key in fields)));
      for (const quote of quotes.edges.map((edge: any) => edge.node)) {
        const one = await data(yoga, `query Q($id: ID!) { node(id: $id) { ... on Quote { ${quoteFields} } } }`, { id: quote.id });
        expect(quote).toEqual(one.node);
      }
      for (const meeting of meetings.edges.map((edge: any) => edge.node)) {
        const one = await data(yoga, `query M($id: ID!) { node(id: $id) { ... on Meeting { ${meetingFields} } } }`, { id: meeting.id });
        expect(meeting).toEqual(one.node);
      }
      for (const person of people.edges.map((edge: any) => edge.node)) {
        const one = await data(yoga, `query P($id: ID!) { node(id: $id) { ... on Person { id name aliases roles mentionCount } } }`, { id: person.id });
        expect(person).toEqual(one.node);
      }
    }
  });
});
