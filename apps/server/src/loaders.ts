import {
  longTexts,
  type Db,
  type KeysetPage,
  type ListPage,
  type NamedEntity,
  type Reader,
  type RowTexts,
  type SpeakerColumns,
} from "@newsgraph/db";
import DataLoader from "dataloader";

type ParticipantColumns = Parameters<Reader["participantsOfMeetings"]>[1];

/** One loader per parent id, batching every `load` of a tick into one statement. */
function byId<Value>(fetch: (ids: readonly string[]) => Promise<Map<string, Value>>, missing: Value): DataLoader<string, Value> {
  return new DataLoader(async (ids) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? missing);
  });
}

/**
 * Pages of each parent's list, batched per page, columns and joined rows: every parent asking for
 * the same page (the same field arguments and selection) shares one statement. Columns and joined
 * rows are told apart by identity: the schema remembers them per field node, so every parent of a
 * request passes the same objects, and a request asks once per parent (writing them out as a key
 * each time showed in its profile).
 */
function byPage<Row, Joined = undefined>(
  fetch: (ids: readonly string[], page: KeysetPage, columns: readonly string[] | undefined, joined: Joined | undefined) => Promise<Map<string, ListPage<Row>>>,
) {
  const loaders = new Map<readonly string[] | undefined, Map<Joined | undefined, Map<string, DataLoader<string, ListPage<Row>>>>>();
  return (page: KeysetPage, columns?: readonly string[], joined?: Joined): DataLoader<string, ListPage<Row>> => {
    let byJoined = loaders.get(columns);
    if (!byJoined) loaders.set(columns, (byJoined = new Map()));
    let byPageKey = byJoined.get(joined);
    if (!byPageKey) byJoined.set(joined, (byPageKey = new Map()));
    const key = page.after || page.before ? JSON.stringify([page.after, page.before, page.limit, page.inverted]) : `${page.limit} ${page.inverted ? "backwards" : "forwards"}`;
    let loader = byPageKey.get(key);
    if (!loader) byPageKey.set(key, (loader = byId((ids) => fetch(ids, page, columns, joined), { items: [] })));
    return loader;
  };
}

function byColumns<Value, Columns>(fetch: (ids: readonly string[], columns: Columns) => Promise<Map<string, Value>>, missing: Value) {
  const loaders = new Map<string, DataLoader<string, Value>>();
  return (columns: Columns): DataLoader<string, Value> => {
    const key = JSON.stringify(columns ?? null);
    let loader = loaders.get(key);
    if (!loader) loaders.set(key, (loader = byId((ids) => fetch(ids, columns), missing)));
    return loader;
  };
}

function entityLists(read: Reader, entity: NamedEntity) {
  return {
    articles: byPage((ids, page, columns) => read.articlesOf(entity, ids, page, columns)),
    quotes: byPage((ids, page, columns, speakers: SpeakerColumns | undefined) => read.quotesOf(entity, ids, page, columns, speakers)),
    meetings: byPage((ids, page, columns) => read.meetingsOf(entity, ids, page, columns)),
  };
}

const noArticleCounts = { quotes: 0, meetings: 0, people: 0, organizations: 0 };
const noEntityCounts = { articles: 0, quotes: 0, meetings: 0, mentions: 0 };

/** The request's loaders over `db.read`: rows and list sizes, one statement per kind per tick. */
export function createLoaders(db: Db) {
  const read = db.read;
  return {
    counts: {
      article: byId((ids) => read.articleCounts(ids), noArticleCounts),
      person: byId((ids) => read.entityCounts("person", ids), noEntityCounts),
      organization: byId((ids) => read.entityCounts("organization", ids), noEntityCounts),
    },
    /** The lists of people and of organizations: articles naming them, their quotes, their meetings. */
    entities: { person: entityLists(read, "person"), organization: entityLists(read, "organization") },
    article: byId((ids) => read.articlesByIds(ids), null),
    texts: {
      Article: byId((ids) => read.texts("Article", ids), null),
      Quote: byId((ids) => read.texts("Quote", ids), null),
      Meeting: byId((ids) => read.texts("Meeting", ids), null),
    },
    person: byColumns((ids, columns: readonly string[] | undefined) => read.peopleByIds(ids, columns), null),
    organization: byColumns((ids, columns: readonly string[] | undefined) => read.organizationsByIds(ids, columns), null),
    participants: byColumns((ids, columns: ParticipantColumns) => read.participantsOfMeetings(ids, columns), []),
    articleQuotes: byPage((ids, page, columns, speakers: SpeakerColumns | undefined) => read.quotesOfArticles(ids, page, columns, speakers)),
    articleMeetings: byPage((ids, page, columns) => read.meetingsOfArticles(ids, page, columns)),
    articlePeople: byPage((ids, page, columns) => read.peopleOfArticles(ids, page, columns)),
    articleOrganizations: byPage((ids, page, columns) => read.organizationsOfArticles(ids, page, columns)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A row's long texts: on the row when Prisma loaded it whole, otherwise (rows of db.read's lists)
 * read on demand, in one statement for all the rows of a response that ask.
 */
export async function textOf<Table extends keyof RowTexts>(
  loaders: Loaders,
  table: Table,
  row: { id: string } | RowTexts[Table],
): Promise<RowTexts[Table]> {
  if (longTexts[table].every((column) => column in row)) return row as RowTexts[Table];
  const text = await loaders.texts[table].load(row.id);
  if (!text) throw new Error(`${table} ${row.id} is missing`);
  return text as RowTexts[Table];
}
