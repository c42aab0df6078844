import type { Provider } from "./database-url.js";
import type { Article, Meeting, Organization, Person, Quote } from "./generated/sqlite/client.js";
import { fullTextCondition } from "./search.js";
import { postgresTimestamp, sqliteTimestamp, type ColumnType, type SqlConnection } from "./sql.js";

/**
 * Batched reads for the API's hot paths, written in SQL for both providers and run on the drivers
 * (see sql.ts for why not Prisma): a page of rows per parent for many parents in one statement,
 * keyset-paginated, plus lookups and counts by id. Rows have the shapes Prisma's client returns.
 */

/** One sort value: a column's stored value as the database compares it. */
export type SortValue = string | number | null;
/** The sort values of a row in its list's order; the last one is unique. Opaque to callers. */
export type SortKey = readonly SortValue[];

export interface KeysetPage {
  /** Rows after this key (exclusive), in the list's order. */
  after?: SortKey | undefined;
  /** Rows before this key (exclusive). */
  before?: SortKey | undefined;
  limit: number;
  /** Walk from the end backwards: the nearest rows to `before` come first. */
  inverted?: boolean | undefined;
}

/** A row with the key that pages after or before it. */
export interface Keyed<Row> {
  row: Row;
  key: SortKey;
}

/** Rows without their long texts, as lists read them; `Reader.texts` reads the texts. */
export type ArticleSummary = Omit<Article, (typeof articleText)[number]>;
export type QuoteSummary = Omit<Quote, (typeof quoteText)[number]>;
export type MeetingSummary = Omit<Meeting, (typeof meetingText)[number]>;

/** The long texts of rows, by table. */
export interface RowTexts {
  Article: Pick<Article, "id" | (typeof articleText)[number]>;
  Quote: Pick<Quote, "id" | (typeof quoteText)[number]>;
  Meeting: Pick<Meeting, "id" | (typeof meetingText)[number]>;
}

/** One parent's page of a list read for many parents. */
export interface ListPage<Row> {
  items: Array<Keyed<Row>>;
  /** The whole list's size, known when the page was read with no `after` or `before`. */
  size?: number | undefined;
}

export interface ArticleMention<Entity> {
  entity: Entity;
  mentionCount: number;
}

/** Which columns of quotes' speakers to read with the quotes; undefined for every column. */
export interface SpeakerColumns {
  person: readonly string[] | undefined;
  organization: readonly string[] | undefined;
}

/** A quote of a list; read with `speakers`, it holds them too (null where the quote has none). */
export type QuoteWithSpeaker = QuoteSummary & { speakerPerson?: Person | null; speakerOrganization?: Organization | null };

export interface ParticipantRow {
  kind: "PERSON" | "ORGANIZATION" | "COUNTRY";
  name: string;
  person: Person | null;
  organization: Organization | null;
}

/** A speaker or participant with its own rows: people and organizations. */
export type NamedEntity = "person" | "organization";

/**
 * Meetings in time order: dated ones by day, then start time; then those whose year is unknown
 * ("--MM-DD", which would otherwise sort before every year); then the undated.
 */
const meetingTimeOrder: readonly OrderColumn[] = [
  { column: `(CASE WHEN m."date" IS NULL THEN 2 WHEN m."date" LIKE '--%' THEN 1 ELSE 0 END)` },
  { column: `m."date"` },
  { column: `m."startsAt"`, nulls: "last", timestamp: true },
];

/** A LIKE pattern matching `text` anywhere, its wildcards taken literally (under ESCAPE with a backslash). */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Quotes newest article first (undated last), in reading order within an article. */
const quoteRecencyOrder: readonly OrderColumn[] = [
  { column: `a."publishedAt"`, descending: true, nulls: "last", timestamp: true },
  { column: `q."articleId"` },
  { column: `q."start"` },
  { column: `q."id"` },
];

/**
 * A name search over some name columns (its text as written) and key columns (its folded key),
 * each a literal LIKE match, with the params pushed. A text with no letters or digits folds to an
 * empty key, which would match every key: then only the names are searched.
 */
function nameMatch(search: NameSearch, nameColumns: readonly string[], keyColumns: readonly string[], params: unknown[]): string {
  const searched = [...nameColumns.map((column) => [column, search.text] as const), ...(search.key === "" ? [] : keyColumns.map((column) => [column, search.key] as const))];
  for (const [, text] of searched) params.push(containing(text));
  return `(${searched.map(([column]) => `${column} LIKE ? ESCAPE '\\'`).join(" OR ")})`;
}

/** Where each kind of named entity's rows and links live. */
const entityTables = {
  person: { table: "Person", articleLink: "ArticlePerson", column: "personId", speaker: "speakerPersonId" },
  organization: { table: "Organization", articleLink: "ArticleOrganization", column: "organizationId", speaker: "speakerOrganizationId" },
} as const;

export type ArticleOrderField = "publishedAt" | "title" | "ingestedAt" | "wordCount";

export interface ArticleQuery {
  language?: string | undefined;
  source?: string | undefined;
  /** Inclusive. */
  publishedAfter?: Date | undefined;
  /** Exclusive. */
  publishedBefore?: Date | undefined;
  /** Articles mentioning this person. */
  personId?: string | undefined;
  /** Full-text search over titles and bodies, as `searchFullText` matches (every match, not the best ones). */
  search?: string | undefined;
  /** Only these articles. */
  ids?: readonly string[] | undefined;
}

/** People or organizations whose name contains `text`: as written, or folded (see `fold`) against their keys. */
export interface NameSearch {
  text: string;
  key: string;
}

export type PersonOrderField = "name" | "mentionCount";

export interface QuoteQuery {
  /** Quotes attributed to this person or organization. */
  speaker?: { entity: NamedEntity; id: string } | undefined;
  articleId?: string | undefined;
  kind?: Quote["kind"] | undefined;
  /** Full-text search over quote texts, as `searchFullText` matches (every match). */
  search?: string | undefined;
}

export interface MeetingQuery {
  /** Inclusive; a meeting with a date but no start time compares by day. */
  from?: Date | undefined;
  /** Exclusive; meetings whose year is unknown never match. */
  to?: Date | undefined;
  status?: Meeting["status"] | undefined;
  kind?: Meeting["kind"] | undefined;
  /** Part of a participant's name: as written, or folded (see `fold`) against people's and organizations' keys. */
  participant?: NameSearch | undefined;
  /** Meetings this person or organization takes part in. */
  participantId?: { entity: NamedEntity; id: string } | undefined;
}

export interface ArticleOrder {
  field: ArticleOrderField;
  direction: "asc" | "desc";
}

type Columns = Record<string, ColumnType>;

// Each list names every column of its model: `satisfies` fails the build when the models change.
const articleColumns = {
  id: "text", slug: "text", url: "text", title: "text", body: "text", language: "text", source: "text",
  publishedAt: "timestamp", contentHash: "text", paragraphs: "json", wordCount: "int", ingestedAt: "timestamp",
} satisfies Record<keyof Article, ColumnType>;
const personColumns = { id: "text", name: "text", key: "text", surnameKey: "text", aliases: "json", roles: "json" } satisfies Record<keyof Person, ColumnType>;
const organizationColumns = { id: "text", name: "text", key: "text", aliases: "json" } satisfies Record<keyof Organization, ColumnType>;
const quoteColumns = {
  id: "text", articleId: "text", text: "text", kind: "text", cue: "text", speakerText: "text",
  speakerPersonId: "text", speakerOrganizationId: "text", start: "int", end: "int",
  sentence: "text", sentenceStart: "int", sentenceEnd: "int",
} satisfies Record<keyof Quote, ColumnType>;
const meetingColumns = {
  id: "text", articleId: "text", kind: "text", status: "text", date: "text", time: "text", timeZone: "text",
  startsAt: "timestamp", durationMinutes: "int", topics: "json", text: "text", start: "int", end: "int",
} satisfies Record<keyof Meeting, ColumnType>;

/**
 * Rows read in lists leave out their long texts (an article's body and paragraphs, a quote's
 * sentence, a meeting's evidence): copying them out of the database cost more than the rest of
 * the rows, and most lists never show them. `Reader.texts` reads them on demand.
 */
function without(columns: Columns, omitted: readonly string[]): Columns {
  return Object.fromEntries(Object.entries(columns).filter(([name]) => !omitted.includes(name)));
}

function only(columns: Columns, kept: readonly string[]): Columns {
  return Object.fromEntries(Object.entries(columns).filter(([name]) => name === "id" || kept.includes(name)));
}

/** The long-text columns of each table that lists leave out. */
export const longTexts = {
  Article: ["body", "paragraphs"],
  Quote: ["sentence"],
  Meeting: ["text"],
} as const;
const articleText = longTexts.Article;
const quoteText = longTexts.Quote;
const meetingText = longTexts.Meeting;
const articleSummaryColumns = without(articleColumns, articleText);
const quoteSummaryColumns = without(quoteColumns, quoteText);
const meetingSummaryColumns = without(meetingColumns, meetingText);

type Raw = Record<string, unknown>;

/** The lists of quotes by their parent (columns and alias added by quotePages). */
type QuoteList = Pick<ChildList, "from" | "parent" | "order">;

const articleQuotes: QuoteList = { from: `"Quote" q`, parent: `q."articleId"`, order: [{ column: `q."start"` }, { column: `q."id"` }] };

const articleMeetings: ChildList = {
  from: `"Meeting" m`, parent: `m."articleId"`, order: [{ column: `m."start"` }, { column: `m."id"` }], columns: meetingSummaryColumns, alias: "m",
};

/** The people or the organizations an article mentions, in order of first mention, with their mention counts. */
function articleMentions(entity: NamedEntity, columns: Columns, alias: string): ChildList {
  const { table, articleLink, column } = entityTables[entity];
  return {
    from: `"${articleLink}" l JOIN "${table}" ${alias} ON ${alias}."id" = l."${column}"`,
    parent: `l."articleId"`,
    order: [{ column: `l."firstMention"` }, { column: `l."${column}"` }],
    columns,
    alias,
    extra: `l."mentionCount" AS "mentionCount"`,
  };
}

const articlePeople = articleMentions("person", personColumns, "p");
const articleOrganizations = articleMentions("organization", organizationColumns, "o");

/** The lists of a person or an organization: articles naming them, their quotes, meetings they take part in. */
function entityLists(entity: NamedEntity): { articles: ChildList; quotes: QuoteList; meetings: ChildList } {
  const { articleLink, column, speaker } = entityTables[entity];
  return {
    articles: {
      from: `"${articleLink}" l JOIN "Article" a ON a."id" = l."articleId"`,
      parent: `l."${column}"`,
      order: [{ column: `a."publishedAt"`, descending: true, nulls: "last", timestamp: true }, { column: `a."id"` }],
      columns: articleSummaryColumns,
      alias: "a",
    },
    quotes: { from: `"Quote" q JOIN "Article" a ON a."id" = q."articleId"`, parent: `q."${speaker}"`, order: quoteRecencyOrder },
    meetings: {
      from: `"MeetingParticipant" mp JOIN "Meeting" m ON m."id" = mp."meetingId"`,
      parent: `mp."${column}"`,
      order: [...meetingTimeOrder, { column: `mp."id"` }],
      columns: meetingSummaryColumns,
      alias: "m",
    },
  };
}

const listsOf = { person: entityLists("person"), organization: entityLists("organization") };

/** Longest id list SQLite gets as separate parameters (see Reader.inList). */
const MAX_LISTED_IDS = 64;

const selectLists = new WeakMap<Columns, Map<string, string>>();

/** The select list of a table's columns, each named `<prefix><column>`; built once per use. */
function selectList(columns: Columns, alias: string, prefix: string): string {
  let byAlias = selectLists.get(columns);
  if (!byAlias) selectLists.set(columns, (byAlias = new Map()));
  let list = byAlias.get(`${alias} ${prefix}`);
  if (list === undefined) {
    list = Object.keys(columns).map((name) => `${alias}."${name}" AS "${prefix}${name}"`).join(", ");
    byAlias.set(`${alias} ${prefix}`, list);
  }
  return list;
}

/** A SQLite DATETIME as stored: ISO 8601 from the ingest path, "YYYY-MM-DD HH:MM:SS" (UTC) from CURRENT_TIMESTAMP. */
function sqliteDate(text: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text.replace(" ", "T")}Z`);
}

/**
 * Rows of a table from raw rows whose columns are named `<prefix><column>`. Without a prefix the
 * raw row becomes the row, its SQLite timestamps and JSON converted in place: one object less per
 * row, which showed in the collector's share of a request. Extra columns (sort keys, parent id)
 * stay on it, unseen by callers.
 */
function decoder<Row>(provider: Provider, columns: Columns, prefix: string): (raw: Raw) => Row {
  const fields = Object.entries(columns).map(([name, type]) => ({ name, rawName: `${prefix}${name}`, type }));
  const converted = provider === "sqlite" ? fields.filter((field) => field.type === "timestamp" || field.type === "json") : [];
  const sqlite = provider === "sqlite";
  const convert = (type: ColumnType, value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (sqlite && type === "timestamp") return sqliteDate(value as string);
    if (sqlite && type === "json") return JSON.parse(value as string);
    return value;
  };
  if (prefix === "") {
    return (raw) => {
      for (const field of converted) raw[field.name] = convert(field.type, raw[field.name]);
      return raw as Row;
    };
  }
  return (raw) => {
    const row: Raw = {};
    for (const field of fields) row[field.name] = convert(field.type, raw[field.rawName]);
    return row as Row;
  };
}

interface OrderColumn {
  /** A qualified column, e.g. a."publishedAt". */
  column: string;
  descending?: boolean;
  /** Where a nullable column's nulls go in the list's order. */
  nulls?: "first" | "last";
  /** PostgreSQL timestamps travel in keys as text; comparisons cast them back. */
  timestamp?: boolean;
}

/** The rows strictly after (`forward`) or before a key in the list's order. */
function beyond(columns: readonly OrderColumn[], key: SortKey, forward: boolean, params: unknown[]): string {
  const [first, ...rest] = columns;
  if (!first) return "FALSE";
  const value = key[0] ?? null;
  const tailParams: unknown[] = [];
  const tail = rest.length > 0 ? beyond(rest, key.slice(1), forward, tailParams) : "FALSE";
  // Whether a nullable column's nulls lie ahead of its values in the direction walked.
  const nullsAhead = first.nulls !== undefined && (first.nulls === "last") === forward;
  if (value === null) {
    params.push(...tailParams);
    const nulls = `(${first.column} IS NULL AND ${tail})`;
    return first.nulls !== undefined && !nullsAhead ? `(${nulls} OR ${first.column} IS NOT NULL)` : nulls;
  }
  params.push(value, value, ...tailParams);
  const op = forward !== (first.descending ?? false) ? ">" : "<";
  return `(${first.column} ${op} ?${nullsAhead ? ` OR ${first.column} IS NULL` : ""} OR (${first.column} = ? AND ${tail}))`;
}

function keysetWhere(columns: readonly OrderColumn[], page: KeysetPage, params: unknown[]): string[] {
  const where: string[] = [];
  if (page.after) where.push(beyond(columns, page.after, true, params));
  if (page.before) where.push(beyond(columns, page.before, false, params));
  return where;
}

/** ORDER BY for walking the list, backwards when `inverted`; NULLS spelled out where SQLite's default differs. */
function orderBy(provider: Provider, columns: readonly OrderColumn[], inverted: boolean): string {
  return columns
    .map((column) => {
      const descending = (column.descending ?? false) !== inverted;
      let nulls = "";
      if (column.nulls !== undefined) {
        const nullsFirst = (column.nulls === "first") !== inverted;
        // SQLite puts nulls first ascending and last descending; say so only when that is not wanted.
        if (provider === "postgresql" || nullsFirst === descending) nulls = nullsFirst ? " NULLS FIRST" : " NULLS LAST";
      }
      return `${column.column} ${descending ? "DESC" : "ASC"}${nulls}`;
    })
    .join(", ");
}

/** The key columns selected as "k0", "k1"…; PostgreSQL timestamps as text so the key survives a cursor. */
function keyList(provider: Provider, columns: readonly OrderColumn[]): string {
  return columns
    .map((column, index) => `${provider === "postgresql" && column.timestamp ? `CAST(${column.column} AS TEXT)` : column.column} AS "k${index}"`)
    .join(", ");
}

const keyColumns = Array.from({ length: 8 }, (_, index) => `k${index}`);

function keyOf(raw: Raw, count: number): SortKey {
  const key: SortValue[] = [];
  for (let index = 0; index < count; index++) key.push((raw[keyColumns[index] as string] ?? null) as SortValue);
  return key;
}

/** Groups rows by their "parentId" column, keeping order. */
function byParent<T>(raws: readonly Raw[], make: (raw: Raw) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const raw of raws) {
    const parent = raw.parentId as string;
    let list = grouped.get(parent);
    if (!list) grouped.set(parent, (list = []));
    list.push(make(raw));
  }
  return grouped;
}

/** A list of each parent's rows, paged alike for every parent. */
interface ChildList {
  from: string;
  parent: string;
  order: readonly OrderColumn[];
  /** The listed table's columns and its alias in `from`. */
  columns: Columns;
  alias: string;
  /** More select items, e.g. a link table's column. */
  extra?: string;
  /** Joins for `extra` only: the list's size is counted without them. */
  joins?: string;
}

/** The select list of a child list's page: its columns, extra items, sort keys and parent id. */
function childSelect(provider: Provider, list: ChildList, columns: Columns): string {
  return `${selectList(columns, list.alias, "")}${list.extra ? `, ${list.extra}` : ""}, ${keyList(provider, list.order)}, ${list.parent} AS "parentId"`;
}

function rowsOf(list: ChildList): string {
  return list.joins ? `${list.from} ${list.joins}` : list.from;
}

const quoteLists = new WeakMap<QuoteList, { plain: ChildList; withSpeakers: WeakMap<Columns, WeakMap<Columns, ChildList>> }>();

/**
 * A list of quotes as childPages reads it, with its speakers' columns joined when given: made
 * once per list and projection, so that its first-page statements are found by identity.
 */
function quoteListOf(list: QuoteList, people?: Columns, organizations?: Columns): ChildList {
  let known = quoteLists.get(list);
  if (!known) quoteLists.set(list, (known = { plain: { ...list, columns: quoteSummaryColumns, alias: "q" }, withSpeakers: new WeakMap() }));
  if (!people || !organizations) return known.plain;
  let byOrganizations = known.withSpeakers.get(people);
  if (!byOrganizations) known.withSpeakers.set(people, (byOrganizations = new WeakMap()));
  let joined = byOrganizations.get(organizations);
  if (!joined) {
    joined = {
      ...known.plain,
      joins: `LEFT JOIN "Person" sp ON sp."id" = q."speakerPersonId" LEFT JOIN "Organization" so ON so."id" = q."speakerOrganizationId"`,
      extra: `${selectList(people, "sp", "sp_")}, ${selectList(organizations, "so", "so_")}`,
    };
    byOrganizations.set(organizations, joined);
  }
  return joined;
}

/** First-page statement shapes kept per projection of a table's columns. */
const MAX_FIRST_PAGE_SHAPES = 200;

const projections = new WeakMap<Columns, Map<string, Columns>>();

/**
 * The columns of `columns` a caller wants, always with the id; all of them when it does not say.
 * Values carry a second of CPU per ~2 million, so a list reads only what will be shown.
 */
function projected(columns: Columns, wanted: readonly string[] | undefined): Columns {
  if (wanted === undefined) return columns;
  let byWanted = projections.get(columns);
  if (!byWanted) projections.set(columns, (byWanted = new Map()));
  const key = wanted.join(" ");
  let chosen = byWanted.get(key);
  if (!chosen) byWanted.set(key, (chosen = only(columns, wanted)));
  return chosen;
}

export class Reader {
  /** Decoders by column prefix and columns, each made once. */
  private readonly decoders = new Map<string, WeakMap<Columns, (raw: Raw) => unknown>>();
  /** SQLite first-page statements of child lists by list, projected columns and shape (see unionSql). */
  private readonly firstPageSql = new WeakMap<ChildList, WeakMap<Columns, Map<string, string>>>();

  constructor(private readonly connection: SqlConnection, readonly provider: Provider) {}

  /** The decoder of rows of these columns: in place without a prefix (see decoder). */
  private decoderFor<Row>(columns: Columns, prefix = ""): (raw: Raw) => Row {
    let byColumns = this.decoders.get(prefix);
    if (!byColumns) this.decoders.set(prefix, (byColumns = new WeakMap()));
    let decode = byColumns.get(columns);
    if (!decode) byColumns.set(columns, (decode = decoder(this.provider, columns, prefix)));
    return decode as (raw: Raw) => Row;
  }

  /**
   * `column IN` a list of ids, its params pushed: one array parameter on PostgreSQL; on SQLite one
   * `?` per id for short lists, which it runs faster than json_each (each length is one cached
   * statement, hence the bound).
   */
  private inList(column: string, ids: readonly string[], params: unknown[]): string {
    if (this.provider === "postgresql") {
      params.push([...ids]);
      return `${column} = ANY(?)`;
    }
    if (ids.length > MAX_LISTED_IDS) {
      params.push(JSON.stringify(ids));
      return `${column} IN (SELECT "value" FROM json_each(?))`;
    }
    params.push(...ids);
    return `${column} IN (${ids.map(() => "?").join(", ")})`;
  }

  private timestampParam(value: Date): string {
    return this.provider === "postgresql" ? postgresTimestamp(value) : sqliteTimestamp(value);
  }

  /**
   * A page of each parent's list, for every parent asked about (empty when it has none). A first
   * page also counts each whole list, sparing the caller a count: on PostgreSQL in the same
   * statement, on SQLite in a second one, since its count(*) OVER the parent cost four times a
   * GROUP BY on the parent's index (115 µs against 27 for ten articles' quotes).
   */
  private async childPages<Row, T = Row>(
    list: ChildList,
    parentIds: readonly string[],
    page: KeysetPage,
    wanted: readonly string[] | undefined,
    make: (row: Row & Raw) => T = (row) => row as T,
  ): Promise<Map<string, ListPage<T>>> {
    const pages = new Map<string, ListPage<T>>();
    if (parentIds.length === 0 || page.limit <= 0) return pages;
    const counted = !page.after && !page.before;
    const countedApart = counted && this.provider === "sqlite";
    for (const id of parentIds) pages.set(id, counted ? { items: [], size: 0 } : { items: [] });
    const columns = projected(list.columns, wanted);
    const decode = this.decoderFor<Row & Raw>(columns);
    const params: unknown[] = [];
    let sql: string;
    if (this.provider === "sqlite" && parentIds.length <= MAX_LISTED_IDS) {
      const distinctIds = [...new Set(parentIds)];
      const keysetParams: unknown[] = [];
      sql = this.unionSql(list, columns, page, distinctIds.length, keysetParams);
      for (const id of distinctIds) params.push(id, ...keysetParams);
    } else {
      const keysetParams: unknown[] = [];
      const keyset = keysetWhere(list.order, page, keysetParams);
      const where = [this.inList(list.parent, parentIds, params), ...keyset];
      params.push(...keysetParams, page.limit);
      sql =
        `SELECT * FROM (SELECT ${childSelect(this.provider, list, columns)}, row_number() OVER (PARTITION BY ${list.parent} ORDER BY ${orderBy(this.provider, list.order, page.inverted ?? false)}) AS "pageRank"` +
        `${counted && !countedApart ? `, count(*) OVER (PARTITION BY ${list.parent}) AS "listSize"` : ""} ` +
        `FROM ${rowsOf(list)} WHERE ${where.join(" AND ")}) AS page WHERE "pageRank" <= ? ORDER BY "parentId", "pageRank"`;
    }
    for (const raw of await this.connection.read<Raw>(sql, params)) {
      const parentPage = pages.get(raw.parentId as string);
      if (!parentPage) continue;
      if (counted && !countedApart) parentPage.size = Number(raw.listSize);
      parentPage.items.push({ row: make(decode(raw)), key: keyOf(raw, list.order.length) });
    }
    if (countedApart) {
      const countParams: unknown[] = [];
      const sizes = await this.connection.read<{ parentId: string; listSize: number }>(
        `SELECT ${list.parent} AS "parentId", count(*) AS "listSize" FROM ${list.from} WHERE ${this.inList(list.parent, parentIds, countParams)} GROUP BY ${list.parent}`,
        countParams,
      );
      for (const { parentId, listSize } of sizes) {
        const parentPage = pages.get(parentId);
        if (parentPage) parentPage.size = listSize;
      }
    }
    return pages;
  }

  /**
   * SQLite's statement for a page of `parents` lists: one arm per parent, each walking the
   * parent's index in list order and stopping at the limit. A row_number() window over all
   * parents cost more than twice as much (220 against 95 µs for ten articles' quotes) and reads
   * every parent's whole list. The limit is written out: bound as a parameter, it made each arm
   * three times slower. First pages keep their text: building and hashing a few kilobytes of SQL
   * per list showed in the allocation profile of a nested request. Pushes one arm's keyset params.
   */
  private unionSql(list: ChildList, columns: Columns, page: KeysetPage, parents: number, keysetParams: unknown[]): string {
    if (!Number.isSafeInteger(page.limit)) throw new RangeError(`a page limit must be a whole number, got ${page.limit}`);
    const firstPage = !page.after && !page.before;
    const shape = `${page.inverted ? "backwards" : "forwards"} ${page.limit} ${parents}`;
    let byColumns = this.firstPageSql.get(list);
    let byShape = byColumns?.get(columns);
    const known = firstPage ? byShape?.get(shape) : undefined;
    if (known !== undefined) return known;
    const keyset = keysetWhere(list.order, page, keysetParams);
    const arm =
      `SELECT * FROM (SELECT ${childSelect(this.provider, list, columns)} FROM ${rowsOf(list)} WHERE ${[`${list.parent} = ?`, ...keyset].join(" AND ")} ` +
      `ORDER BY ${orderBy(this.provider, list.order, page.inverted ?? false)} LIMIT ${page.limit})`;
    const sql = Array.from({ length: parents }, () => arm).join(" UNION ALL ");
    if (firstPage) {
      if (!byColumns) this.firstPageSql.set(list, (byColumns = new WeakMap()));
      if (!byShape) byColumns.set(columns, (byShape = new Map()));
      // Shapes vary with page sizes and list lengths; the oldest go first past the bound.
      if (byShape.size >= MAX_FIRST_PAGE_SHAPES) byShape.delete(byShape.keys().next().value as string);
      byShape.set(shape, sql);
    }
    return sql;
  }

  /**
   * Pages of a list of quotes (aliased q in `from`), with their speakers when `speakers` says which
   * columns to read of them: joined, they spare a statement and a round of loads per response.
   */
  private quotePages(
    list: QuoteList,
    parentIds: readonly string[],
    page: KeysetPage,
    columns: readonly string[] | undefined,
    speakers: SpeakerColumns | undefined,
  ): Promise<Map<string, ListPage<QuoteWithSpeaker>>> {
    if (!speakers) return this.childPages(quoteListOf(list), parentIds, page, columns);
    const people = projected(personColumns, speakers.person);
    const organizations = projected(organizationColumns, speakers.organization);
    const person = this.decoderFor<Person>(people, "sp_");
    const organization = this.decoderFor<Organization>(organizations, "so_");
    return this.childPages<QuoteSummary, QuoteWithSpeaker>(quoteListOf(list, people, organizations), parentIds, page, columns, (row) =>
      Object.assign(row, {
        speakerPerson: row.sp_id == null ? null : person(row),
        speakerOrganization: row.so_id == null ? null : organization(row),
      }),
    );
  }

  /**
   * Each article's quotes in reading order; `columns` chooses what to read of them (default: all
   * but long texts), `speakers` what to read of their speakers along with them.
   */
  quotesOfArticles(articleIds: readonly string[], page: KeysetPage, columns?: readonly string[], speakers?: SpeakerColumns): Promise<Map<string, ListPage<QuoteWithSpeaker>>> {
    return this.quotePages(articleQuotes, articleIds, page, columns, speakers);
  }

  /** Each article's meetings in reading order. */
  meetingsOfArticles(articleIds: readonly string[], page: KeysetPage, columns?: readonly string[]): Promise<Map<string, ListPage<MeetingSummary>>> {
    return this.childPages(articleMeetings, articleIds, page, columns);
  }

  /** Each article's people in order of first mention. */
  peopleOfArticles(articleIds: readonly string[], page: KeysetPage, columns?: readonly string[]): Promise<Map<string, ListPage<ArticleMention<Person>>>> {
    return this.childPages<Person, ArticleMention<Person>>(articlePeople, articleIds, page, columns, (row) => ({ entity: row, mentionCount: Number(row.mentionCount) }));
  }

  /** Each article's organizations in order of first mention. */
  organizationsOfArticles(articleIds: readonly string[], page: KeysetPage, columns?: readonly string[]): Promise<Map<string, ListPage<ArticleMention<Organization>>>> {
    return this.childPages<Organization, ArticleMention<Organization>>(articleOrganizations, articleIds, page, columns, (row) => ({
      entity: row,
      mentionCount: Number(row.mentionCount),
    }));
  }

  /** Articles naming each person or organization, newest first (undated last). */
  articlesOf(entity: NamedEntity, ids: readonly string[], page: KeysetPage, columns?: readonly string[]): Promise<Map<string, ListPage<ArticleSummary>>> {
    return this.childPages(listsOf[entity].articles, ids, page, columns);
  }

  /** Quotes spoken by each person or organization: newest article first, reading order within one (`speakers` as in quotesOfArticles). */
  quotesOf(entity: NamedEntity, ids: readonly string[], page: KeysetPage, columns?: readonly string[], speakers?: SpeakerColumns): Promise<Map<string, ListPage<QuoteWithSpeaker>>> {
    return this.quotePages(listsOf[entity].quotes, ids, page, columns, speakers);
  }

  /** Meetings each person or organization takes part in, in time order (undated last). */
  meetingsOf(entity: NamedEntity, ids: readonly string[], page: KeysetPage, columns?: readonly string[]): Promise<Map<string, ListPage<MeetingSummary>>> {
    return this.childPages(listsOf[entity].meetings, ids, page, columns);
  }

  /**
   * Each meeting's participants in the article's order; `columns` chooses what to read of the
   * people and organizations among them (default: everything).
   */
  async participantsOfMeetings(
    meetingIds: readonly string[],
    columns: { person?: readonly string[] | undefined; organization?: readonly string[] | undefined } = {},
  ): Promise<Map<string, ParticipantRow[]>> {
    if (meetingIds.length === 0) return new Map();
    const people = projected(personColumns, columns.person);
    const organizations = projected(organizationColumns, columns.organization);
    const person = this.decoderFor<Person>(people, "p_");
    const organization = this.decoderFor<Organization>(organizations, "o_");
    const params: unknown[] = [];
    const raws = await this.connection.read<Raw>(
      `SELECT mp."meetingId" AS "parentId", mp."kind" AS "kind", mp."name" AS "name", ` +
        `${selectList(people, "p", "p_")}, ${selectList(organizations, "o", "o_")} ` +
        `FROM "MeetingParticipant" mp LEFT JOIN "Person" p ON p."id" = mp."personId" LEFT JOIN "Organization" o ON o."id" = mp."organizationId" ` +
        `WHERE ${this.inList(`mp."meetingId"`, meetingIds, params)} ORDER BY mp."meetingId", mp."position"`,
      params,
    );
    return byParent(raws, (raw) => ({
      kind: raw.kind as ParticipantRow["kind"],
      name: raw.name as string,
      person: raw.p_id == null ? null : person(raw),
      organization: raw.o_id == null ? null : organization(raw),
    }));
  }

  private async byIds<T extends { id: string }>(table: string, alias: string, columns: Columns, ids: readonly string[]): Promise<Map<string, T>> {
    const make = this.decoderFor<T>(columns);
    if (ids.length === 0) return new Map();
    const params: unknown[] = [];
    const raws = await this.connection.read<Raw>(
      `SELECT ${selectList(columns, alias, "")} FROM "${table}" ${alias} WHERE ${this.inList(`${alias}."id"`, ids, params)}`,
      params,
    );
    return new Map(raws.map((raw) => make(raw)).map((row) => [row.id, row]));
  }

  /** People by id; `columns` chooses what to read of them (default: everything). */
  peopleByIds(ids: readonly string[], columns?: readonly string[]): Promise<Map<string, Person>> {
    return this.byIds("Person", "p", projected(personColumns, columns), ids);
  }

  organizationsByIds(ids: readonly string[], columns?: readonly string[]): Promise<Map<string, Organization>> {
    return this.byIds("Organization", "o", projected(organizationColumns, columns), ids);
  }

  articlesByIds(ids: readonly string[]): Promise<Map<string, ArticleSummary>> {
    return this.byIds("Article", "a", articleSummaryColumns, ids);
  }

  /** The long texts lists leave out, by id. */
  texts<Table extends keyof RowTexts>(table: Table, ids: readonly string[]): Promise<Map<string, RowTexts[Table]>> {
    const columns = projected({ Article: articleColumns, Quote: quoteColumns, Meeting: meetingColumns }[table], longTexts[table]);
    return this.byIds(table, "t", columns, ids);
  }

  private articleWhere(query: ArticleQuery, params: unknown[]): string[] {
    const where: string[] = [];
    if (query.language !== undefined) where.push(`a."language" = ?`), params.push(query.language);
    if (query.source !== undefined) where.push(`a."source" = ?`), params.push(query.source);
    if (query.publishedAfter !== undefined) where.push(`a."publishedAt" >= ?`), params.push(this.timestampParam(query.publishedAfter));
    if (query.publishedBefore !== undefined) where.push(`a."publishedAt" < ?`), params.push(this.timestampParam(query.publishedBefore));
    if (query.personId !== undefined) {
      where.push(`EXISTS (SELECT 1 FROM "ArticlePerson" l WHERE l."articleId" = a."id" AND l."personId" = ?)`);
      params.push(query.personId);
    }
    if (query.search !== undefined) where.push(fullTextCondition(this.provider, "article", `a."id"`, query.search, params));
    if (query.ids !== undefined) where.push(this.inList(`a."id"`, query.ids, params));
    return where;
  }

  /** A page of articles in `order` (ties broken by id in the same direction). */
  articles(query: ArticleQuery, order: ArticleOrder, page: KeysetPage, wanted?: readonly string[]): Promise<Array<Keyed<ArticleSummary>>> {
    const descending = order.direction === "desc";
    const columns: OrderColumn[] = [
      {
        column: `a."${order.field}"`,
        descending,
        // Undated articles sort as the oldest: last newest first, first oldest first.
        ...(order.field === "publishedAt" ? { nulls: descending ? "last" : "first" } : {}),
        timestamp: order.field === "publishedAt" || order.field === "ingestedAt",
      },
      { column: `a."id"`, descending },
    ];
    const params: unknown[] = [];
    return this.rootPage(`"Article" a`, "a", projected(articleSummaryColumns, wanted), columns, this.articleWhere(query, params), params, page);
  }

  countArticles(query: ArticleQuery): Promise<number> {
    const params: unknown[] = [];
    return this.countRows(`"Article" a`, this.articleWhere(query, params), params);
  }

  /**
   * A page of a root list: rows of `from` meeting `where` (whose params are in `params`), in
   * `order`, keyset-paged.
   */
  private async rootPage<Row>(
    from: string,
    alias: string,
    columns: Columns,
    order: readonly OrderColumn[],
    where: readonly string[],
    params: unknown[],
    page: KeysetPage,
  ): Promise<Array<Keyed<Row>>> {
    if (page.limit <= 0) return [];
    const conditions = [...where, ...keysetWhere(order, page, params)];
    params.push(page.limit);
    const raws = await this.connection.read<Raw>(
      `SELECT ${selectList(columns, alias, "")}, ${keyList(this.provider, order)} FROM ${from} ` +
        `${conditions.length > 0 ? `WHERE ${conditions.join(" AND ")} ` : ""}ORDER BY ${orderBy(this.provider, order, page.inverted ?? false)} LIMIT ?`,
      params,
    );
    const decode = this.decoderFor<Row>(columns);
    return raws.map((raw) => ({ row: decode(raw), key: keyOf(raw, order.length) }));
  }

  private async countRows(from: string, where: readonly string[], params: readonly unknown[]): Promise<number> {
    const [row] = await this.connection.read<{ total: number | string }>(
      `SELECT count(*) AS "total" FROM ${from}${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""}`,
      params,
    );
    return Number(row?.total ?? 0);
  }

  /** The condition that a row of `alias` (Person or Organization) has a name containing the search. */
  private nameWhere(alias: string, search: NameSearch | undefined, params: unknown[]): string[] {
    return search === undefined ? [] : [nameMatch(search, [`${alias}."name"`], [`${alias}."key"`], params)];
  }

  /** A page of people by name, or by their number of mentions (then by name). */
  people(search: NameSearch | undefined, order: { field: PersonOrderField; direction: "asc" | "desc" }, page: KeysetPage, wanted?: readonly string[]): Promise<Array<Keyed<Person>>> {
    const descending = order.direction === "desc";
    const columns: OrderColumn[] =
      order.field === "mentionCount"
        ? [{ column: `(SELECT count(*) FROM "Mention" c WHERE c."personId" = p."id")`, descending }, { column: `p."name"` }, { column: `p."id"` }]
        : [{ column: `p."name"`, descending }, { column: `p."id"`, descending }];
    const params: unknown[] = [];
    return this.rootPage(`"Person" p`, "p", projected(personColumns, wanted), columns, this.nameWhere("p", search, params), params, page);
  }

  countPeople(search: NameSearch | undefined): Promise<number> {
    const params: unknown[] = [];
    return this.countRows(`"Person" p`, this.nameWhere("p", search, params), params);
  }

  /** A page of organizations by name. */
  organizations(search: NameSearch | undefined, page: KeysetPage, wanted?: readonly string[]): Promise<Array<Keyed<Organization>>> {
    const params: unknown[] = [];
    const columns = [{ column: `o."name"` }, { column: `o."id"` }];
    return this.rootPage(`"Organization" o`, "o", projected(organizationColumns, wanted), columns, this.nameWhere("o", search, params), params, page);
  }

  countOrganizations(search: NameSearch | undefined): Promise<number> {
    const params: unknown[] = [];
    return this.countRows(`"Organization" o`, this.nameWhere("o", search, params), params);
  }

  private quoteWhere(query: QuoteQuery, params: unknown[]): string[] {
    const where: string[] = [];
    if (query.speaker !== undefined) where.push(`q."${entityTables[query.speaker.entity].speaker}" = ?`), params.push(query.speaker.id);
    if (query.articleId !== undefined) where.push(`q."articleId" = ?`), params.push(query.articleId);
    if (query.kind !== undefined) where.push(`q."kind" = ?`), params.push(query.kind);
    if (query.search !== undefined) where.push(fullTextCondition(this.provider, "quote", `q."id"`, query.search, params));
    return where;
  }

  /** A page of quotes, newest article first, in reading order within an article. */
  quotes(query: QuoteQuery, page: KeysetPage, wanted?: readonly string[]): Promise<Array<Keyed<QuoteSummary>>> {
    const params: unknown[] = [];
    const from = `"Quote" q JOIN "Article" a ON a."id" = q."articleId"`;
    return this.rootPage(from, "q", projected(quoteSummaryColumns, wanted), quoteRecencyOrder, this.quoteWhere(query, params), params, page);
  }

  countQuotes(query: QuoteQuery): Promise<number> {
    const params: unknown[] = [];
    return this.countRows(`"Quote" q`, this.quoteWhere(query, params), params);
  }

  private meetingWhere(query: MeetingQuery, params: unknown[]): string[] {
    const where: string[] = [];
    if (query.from !== undefined) {
      where.push(`(m."startsAt" >= ? OR (m."startsAt" IS NULL AND m."date" >= ?))`);
      params.push(this.timestampParam(query.from), query.from.toISOString().slice(0, 10));
    }
    if (query.to !== undefined) {
      where.push(`(m."startsAt" < ? OR (m."startsAt" IS NULL AND m."date" < ? AND m."date" >= '0000'))`);
      params.push(this.timestampParam(query.to), query.to.toISOString().slice(0, 10));
    }
    if (query.status !== undefined) where.push(`m."status" = ?`), params.push(query.status);
    if (query.kind !== undefined) where.push(`m."kind" = ?`), params.push(query.kind);
    if (query.participant !== undefined) {
      where.push(
        `EXISTS (SELECT 1 FROM "MeetingParticipant" mp LEFT JOIN "Person" p ON p."id" = mp."personId" ` +
          `LEFT JOIN "Organization" o ON o."id" = mp."organizationId" WHERE mp."meetingId" = m."id" ` +
          `AND ${nameMatch(query.participant, [`mp."name"`], [`p."key"`, `o."key"`], params)})`,
      );
    }
    if (query.participantId !== undefined) {
      where.push(`EXISTS (SELECT 1 FROM "MeetingParticipant" mp WHERE mp."meetingId" = m."id" AND mp."${entityTables[query.participantId.entity].column}" = ?)`);
      params.push(query.participantId.id);
    }
    return where;
  }

  /** A page of meetings in time order (see meetingTimeOrder), ties by id. */
  meetings(query: MeetingQuery, page: KeysetPage, wanted?: readonly string[]): Promise<Array<Keyed<MeetingSummary>>> {
    const params: unknown[] = [];
    const order = [...meetingTimeOrder, { column: `m."id"` }];
    return this.rootPage(`"Meeting" m`, "m", projected(meetingSummaryColumns, wanted), order, this.meetingWhere(query, params), params, page);
  }

  countMeetings(query: MeetingQuery): Promise<number> {
    const params: unknown[] = [];
    return this.countRows(`"Meeting" m`, this.meetingWhere(query, params), params);
  }

  /** Sizes of lists per parent id, e.g. `{ quotes: 3 }`, one statement for all ids. */
  private async counts<Name extends string>(table: string, counted: Record<Name, string>, ids: readonly string[]): Promise<Map<string, Record<Name, number>>> {
    if (ids.length === 0) return new Map();
    const names = Object.keys(counted) as Name[];
    const params: unknown[] = [];
    const raws = await this.connection.read<Raw>(
      `SELECT t."id" AS "id", ${names.map((name) => `(${counted[name]}) AS "${name}"`).join(", ")} FROM "${table}" t WHERE ${this.inList(`t."id"`, ids, params)}`,
      params,
    );
    return new Map(raws.map((raw) => [raw.id as string, Object.fromEntries(names.map((name) => [name, Number(raw[name] ?? 0)])) as Record<Name, number>]));
  }

  articleCounts(ids: readonly string[]) {
    return this.counts("Article", {
      quotes: `SELECT count(*) FROM "Quote" c WHERE c."articleId" = t."id"`,
      meetings: `SELECT count(*) FROM "Meeting" c WHERE c."articleId" = t."id"`,
      people: `SELECT count(*) FROM "ArticlePerson" c WHERE c."articleId" = t."id"`,
      organizations: `SELECT count(*) FROM "ArticleOrganization" c WHERE c."articleId" = t."id"`,
    }, ids);
  }

  /** Articles, quotes, meetings and mentions of each person or organization. */
  entityCounts(entity: NamedEntity, ids: readonly string[]) {
    const { table, articleLink, column, speaker } = entityTables[entity];
    return this.counts(table, {
      articles: `SELECT count(*) FROM "${articleLink}" c WHERE c."${column}" = t."id"`,
      quotes: `SELECT count(*) FROM "Quote" c WHERE c."${speaker}" = t."id"`,
      meetings: `SELECT count(*) FROM "MeetingParticipant" c WHERE c."${column}" = t."id"`,
      mentions: `SELECT count(*) FROM "Mention" c WHERE c."${column}" = t."id"`,
    }, ids);
  }
}
