import type { Provider } from "./database-url.js";
import { fold } from "./names.js";
import type { SqlSession } from "./sql.js";

export type SearchEntity = "article" | "quote" | "person";

/** One row of the full-text index. */
export interface SearchEntry {
  entity: SearchEntity;
  entityId: string;
  articleId: string | null;
  /** Weighted above `content` when ranking. */
  title: string;
  content: string;
}

export interface SearchHit {
  entity: SearchEntity;
  /** Id of the Article, Quote or Person row. */
  id: string;
  /** The article an article or quote hit belongs to; null for people. */
  articleId: string | null;
  /** Higher is more relevant; comparable within one search only. */
  score: number;
}

export interface SearchOptions {
  /** Which kinds of rows to return (default: all). */
  entities?: readonly SearchEntity[];
  limit?: number;
  offset?: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Number of matching rows, regardless of limit and offset. */
  total: number;
}

/** What searching needs from a Prisma client. */
export interface RawQueryClient {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): PromiseLike<T>;
}

/** A `Db` (from `createDb`) or anything with a raw-capable Prisma client and its provider. */
export interface SearchableDb {
  prisma: RawQueryClient;
  provider: Provider;
}

/** Folded words of a search text, at most 16, each made of letters and digits only. */
function searchWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

export async function insertSearchEntries(session: SqlSession, entries: readonly SearchEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((entry) => [entry.entity, entry.entityId, entry.articleId, fold(entry.title), fold(entry.content)]);
  if (session.provider === "sqlite") {
    await session.insert("SearchEntry", ["entity", "entityId", "articleId", "title", "content"].map((name) => ({ name, type: "text" as const })), rows);
    return;
  }
  const columns = [0, 1, 2, 3, 4].map((index) => rows.map((row) => row[index]));
  await session.run(
    `INSERT INTO "SearchEntry" ("entity", "entityId", "articleId", "document")
     SELECT e, i, a, setweight(to_tsvector('simple', t), 'A') || setweight(to_tsvector('simple', c), 'B')
     FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(e, i, a, t, c)`,
    columns,
  );
}

/** Removes the index rows of the given articles (their own and their quotes'). */
export async function deleteArticleSearchEntries(session: SqlSession, articleIds: readonly string[]): Promise<void> {
  await deleteBy(session, "articleId", articleIds);
}

/** Removes the index rows of the given people (before re-indexing their new names). */
export async function deletePersonSearchEntries(session: SqlSession, personIds: readonly string[]): Promise<void> {
  await deleteBy(session, "entityId", personIds);
}

async function deleteBy(session: SqlSession, column: "articleId" | "entityId", ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  if (session.provider === "postgresql") {
    await session.run(`DELETE FROM "SearchEntry" WHERE "${column}" = ANY(?)`, [ids]);
    return;
  }
  // Ids are [0-9a-z] words, indexed by FTS5: a column MATCH finds the rows without a scan.
  for (let from = 0; from < ids.length; from += 200) {
    const match = `${column} : (${ids.slice(from, from + 200).map((id) => `"${id}"`).join(" OR ")})`;
    await session.run(`DELETE FROM "SearchEntry" WHERE rowid IN (SELECT rowid FROM "SearchEntry" WHERE "SearchEntry" MATCH ?)`, [match]);
  }
}

/** An FTS5 query: every word, the last one also as a prefix. */
function sqliteMatch(words: readonly string[]): string {
  return `{title content} : (${words.map((word, index) => `"${word}"${index === words.length - 1 ? "*" : ""}`).join(" ")})`;
}

/** A tsquery: every word, the last one also as a prefix. */
function postgresQuery(words: readonly string[]): string {
  return words.map((word, index) => (index === words.length - 1 ? `${word}:*` : word)).join(" & ");
}

/**
 * A SQL condition that `column` (an id of `entity`) matches `text` as `searchFullText` would, with
 * its parameters pushed on `params`: for filtering by a search without a cap on the matches.
 */
export function fullTextCondition(provider: Provider, entity: SearchEntity, column: string, text: string, params: unknown[]): string {
  const words = searchWords(text);
  if (words.length === 0) return "1 = 0";
  if (provider === "sqlite") {
    params.push(sqliteMatch(words), entity);
    return `${column} IN (SELECT "entityId" FROM "SearchEntry" WHERE "SearchEntry" MATCH ? AND "entity" = ?)`;
  }
  params.push(postgresQuery(words), entity);
  return `${column} IN (SELECT "entityId" FROM "SearchEntry" WHERE "document" @@ to_tsquery('simple', ?) AND "entity" = ?)`;
}

/**
 * Full-text search over article titles and bodies, quote texts and people's names, aliases and
 * roles. Every word of `text` must match (case and accents ignored; the last word also matches
 * as a prefix). Best matches first (title matches weigh more), then by id.
 */
export async function searchFullText(db: SearchableDb, text: string, options: SearchOptions = {}): Promise<SearchResult> {
  const words = searchWords(text);
  const entities = options.entities ?? ["article", "quote", "person"];
  if (words.length === 0 || entities.length === 0) return { hits: [], total: 0 };
  const limit = Math.max(0, Math.min(options.limit ?? 20, 1000));
  const offset = Math.max(0, options.offset ?? 0);
  type Row = { entity: SearchEntity; entityId: string; articleId: string | null; score: number; total: number | bigint };
  let rows: Row[];
  if (db.provider === "sqlite") {
    const match = sqliteMatch(words);
    const entityList = entities.map(() => "?").join(", ");
    // bm25() only works in the query that does the MATCH: rank there, count and page outside.
    rows = await db.prisma.$queryRawUnsafe<Row[]>(
      `WITH "hit" AS MATERIALIZED (
         SELECT "entity", "entityId", "articleId", -bm25("SearchEntry", 4.0, 1.0) AS "score"
         FROM "SearchEntry" WHERE "SearchEntry" MATCH ? AND "entity" IN (${entityList})
       )
       SELECT "entity", "entityId", "articleId", "score", count(*) OVER () AS "total"
       FROM "hit" ORDER BY "score" DESC, "entityId" LIMIT ? OFFSET ?`,
      match,
      ...entities,
      limit,
      offset,
    );
  } else {
    const query = postgresQuery(words);
    rows = await db.prisma.$queryRawUnsafe<Row[]>(
      `SELECT "entity", "entityId", "articleId", ts_rank("document", q)::float8 AS "score", count(*) OVER () AS "total"
       FROM "SearchEntry", to_tsquery('simple', $1) AS q
       WHERE "document" @@ q AND "entity" = ANY($2)
       ORDER BY "score" DESC, "entityId" LIMIT $3 OFFSET $4`,
      query,
      entities,
      limit,
      offset,
    );
  }
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) total = await countFullText(db, text, entities);
  return {
    hits: rows.map((row) => ({ entity: row.entity, id: row.entityId, articleId: row.articleId, score: Number(row.score) })),
    total,
  };
}

async function countFullText(db: SearchableDb, text: string, entities: readonly SearchEntity[]): Promise<number> {
  const { total } = await searchFullText(db, text, { entities, limit: 1, offset: 0 });
  return total;
}
