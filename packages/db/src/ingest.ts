import { createHash } from "node:crypto";
import { type Language, type ParsedDocument, parseDocument } from "@newsgraph/parser";
import { type Db, sqlConnection } from "./client.js";
import type { MeetingKind, MeetingStatus, Prisma, QuoteKind } from "./generated/sqlite/client.js";
import { newId } from "./ids.js";
import { fold, lastWord, slugify } from "./names.js";
import { EntityResolver, type OrganizationRecord, type PersonRecord, organizationKeys, personKeys } from "./resolve.js";
import {
  type SearchEntry,
  deleteArticleSearchEntries,
  deletePersonSearchEntries,
  insertSearchEntries,
} from "./search.js";
import type { Column, ColumnType, SqlSession } from "./sql.js";

/** What is known about a document besides its text; every field is optional. */
export interface DocumentMeta {
  /** Publication date (YYYY-MM-DD or ISO 8601); relative dates in the text resolve against it. */
  publishedAt?: string | Date | null;
  source?: string | null;
  /** The article's address: its identity when present (new content for the same url replaces). */
  url?: string | null;
  title?: string | null;
  language?: Language | null;
  /**
   * Stable identity when there is no url (the ingest CLI passes the file name). Without it the
   * slug derives from the title.
   */
  slug?: string | null;
}

export interface DocumentInput {
  text: string;
  meta?: DocumentMeta;
}

/** A document already parsed: `document` is the text the offsets of `parsed` refer to. */
export interface ParsedInput {
  document: string;
  parsed: ParsedDocument;
  meta?: DocumentMeta;
}

export type IngestStatus = "created" | "replaced" | "unchanged";

export interface IngestResult {
  status: IngestStatus;
  articleId: string;
  slug: string;
  title: string;
}

/** The part of `Db` (from `createDb`) ingestion needs. */
export type WritableDb = Pick<Db, "prisma" | typeof sqlConnection>;

interface PreparedArticle {
  document: string;
  parsed: ParsedDocument;
  contentHash: string;
  title: string;
  slugBase: string;
  explicitSlug: boolean;
  url: string | null;
  source: string | null;
  publishedAt: Date | null;
}

/** The document as the parser's offsets see it: byte-order mark removed. */
export function documentText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parseOptions(meta: DocumentMeta) {
  return {
    publishedAt: meta.publishedAt ?? null,
    source: meta.source ?? null,
    url: meta.url ?? null,
    language: meta.language ?? null,
    title: meta.title ?? null,
  };
}

/** Parses a document with `@newsgraph/parser` (no database access). */
export function parseInput(input: DocumentInput): ParsedInput {
  const meta = input.meta ?? {};
  const document = documentText(input.text);
  return { document, parsed: parseDocument(document, parseOptions(meta)), meta };
}

/** The identity of a document's content: same hash, same article, nothing to do. */
export function contentHashOf(document: string, meta: DocumentMeta): string {
  const options = parseOptions(meta);
  const publishedAt = options.publishedAt instanceof Date ? options.publishedAt.toISOString() : options.publishedAt;
  return createHash("sha256")
    .update(JSON.stringify([document, publishedAt, options.source, options.url, options.language, options.title]))
    .digest("hex");
}

function dateOfDay(value: string | null): Date | null {
  if (!value) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function prepare({ document, parsed, meta = {} }: ParsedInput): PreparedArticle {
  const firstLine = document.split("\n").find((line) => line.trim() !== "")?.trim().slice(0, 200);
  const title = (parsed.title ?? meta.title ?? firstLine ?? "").trim() || "Untitled";
  const explicitSlug = typeof meta.slug === "string" && meta.slug.trim() !== "";
  const metaDate = meta.publishedAt instanceof Date ? meta.publishedAt.toISOString() : (meta.publishedAt ?? null);
  return {
    document,
    parsed,
    contentHash: contentHashOf(document, meta),
    title,
    slugBase: explicitSlug ? slugify(meta.slug as string) : slugify(title),
    explicitSlug,
    url: meta.url?.trim() || parsed.url || null,
    source: parsed.source ?? meta.source ?? null,
    publishedAt: dateOfDay(parsed.publishedAt ?? metaDate),
  };
}

/**
 * The stored articles among `hashes` (see `contentHashOf`), read without parsing anything, so that
 * re-running an ingest over unchanged files costs one query per batch.
 */
export async function storedByHash(db: WritableDb, hashes: readonly string[]): Promise<Map<string, IngestResult>> {
  const found = new Map<string, IngestResult>();
  for (let from = 0; from < hashes.length; from += 500) {
    const rows = await db.prisma.article.findMany({
      where: { contentHash: { in: hashes.slice(from, from + 500) } },
      select: { id: true, slug: true, title: true, contentHash: true },
    });
    for (const row of rows) found.set(row.contentHash, { status: "unchanged", articleId: row.id, slug: row.slug, title: row.title });
  }
  return found;
}

/**
 * Parses a document and stores it with everything extracted from it, in one transaction.
 * The same content again is a no-op ("unchanged"); new content for the url or slug of a stored
 * article replaces that article's rows, keeping its id ("replaced").
 */
export async function ingestDocument(db: WritableDb, text: string, meta: DocumentMeta = {}): Promise<IngestResult> {
  const [result] = await ingestParsed(db, [parseInput({ text, meta })]);
  return result as IngestResult;
}

/**
 * Stores already-parsed documents in one transaction (all or none), resolving people and
 * organizations against the database and across the batch. Results are parallel to `inputs`.
 */
export async function ingestParsed(db: WritableDb, inputs: readonly ParsedInput[]): Promise<IngestResult[]> {
  if (inputs.length === 0) return [];
  const prepared = inputs.map(prepare);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db[sqlConnection].transaction((session) => writeBatch(session, prepared));
    } catch (error) {
      // Another writer created the same person or article meanwhile, or held the lock: redo the batch.
      if (attempt >= 5 || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt * attempt));
    }
  }
}

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // PostgreSQL: unique violation, serialization failure, deadlock. SQLite: lock held too long.
  return code === "23505" || code === "40001" || code === "40P01" || code === "SQLITE_BUSY" || /database is locked/i.test(message);
}

interface ExistingArticle {
  id: string;
  slug: string;
  url: string | null;
  contentHash: string;
  title: string;
}

interface Planned {
  article: PreparedArticle;
  id: string;
  slug: string;
}

async function writeBatch(session: SqlSession, articles: PreparedArticle[]): Promise<IngestResult[]> {
  const slugCandidates = articles.flatMap((article) => [article.slugBase, `${article.slugBase}-${article.contentHash.slice(0, 8)}`]);
  const urls = articles.flatMap((article) => (article.url ? [article.url] : []));
  const existing = await session.all<ExistingArticle>(
    `SELECT "id", "slug", "url", "contentHash", "title" FROM "Article"
     WHERE ${session.inList("contentHash")} OR ${session.inList("slug")} OR ${session.inList("url")}`,
    [session.listParam(articles.map((article) => article.contentHash)), session.listParam(slugCandidates), session.listParam(urls)],
  );
  const byHash = new Map(existing.map((row) => [row.contentHash, row]));
  const bySlug = new Map(existing.map((row) => [row.slug, row]));
  const byUrl = new Map(existing.flatMap((row) => (row.url ? [[row.url, row] as const] : [])));
  const storedIds = new Set(existing.map((row) => row.id));
  const planned = new Map<string, Planned>();
  const replacedStored: string[] = [];
  const results: IngestResult[] = [];

  for (const article of articles) {
    const same = byHash.get(article.contentHash);
    if (same) {
      results.push({ status: "unchanged", articleId: same.id, slug: same.slug, title: same.title });
      continue;
    }
    const slugOwner = bySlug.get(article.slugBase);
    const differentUrl = slugOwner?.url && article.url && slugOwner.url !== article.url;
    const target = (article.url ? byUrl.get(article.url) : undefined) ?? (differentUrl ? undefined : slugOwner);
    let id: string;
    let slug: string;
    if (target) {
      id = target.id;
      slug = target.slug;
      if (storedIds.has(id)) replacedStored.push(id);
      if (byHash.get(target.contentHash) === target) byHash.delete(target.contentHash);
    } else {
      id = newId();
      slug = bySlug.has(article.slugBase) ? `${article.slugBase}-${article.contentHash.slice(0, 8)}` : article.slugBase;
      if (bySlug.has(slug)) slug = `${article.slugBase}-${article.contentHash.slice(0, 16)}`;
    }
    const row: ExistingArticle = { id, slug, url: article.url, contentHash: article.contentHash, title: article.title };
    byHash.set(article.contentHash, row);
    bySlug.set(slug, row);
    if (article.url) byUrl.set(article.url, row);
    planned.set(id, { article, id, slug });
    results.push({ status: target ? "replaced" : "created", articleId: id, slug, title: article.title });
  }
  if (planned.size === 0) return results;

  let formerPeople: string[] = [];
  let formerOrganizations: string[] = [];
  if (replacedStored.length > 0) {
    const replaced = [session.listParam(replacedStored)];
    formerPeople = (await session.all<{ id: string }>(`SELECT "personId" AS "id" FROM "ArticlePerson" WHERE ${session.inList("articleId")}`, replaced)).map((row) => row.id);
    formerOrganizations = (
      await session.all<{ id: string }>(`SELECT "organizationId" AS "id" FROM "ArticleOrganization" WHERE ${session.inList("articleId")}`, replaced)
    ).map((row) => row.id);
    // Mentions, quotes, meetings and links go with their article (ON DELETE CASCADE).
    await session.run(`DELETE FROM "Article" WHERE ${session.inList("id")}`, replaced);
    await deleteArticleSearchEntries(session, replacedStored);
  }
  await writeArticles(session, [...planned.values()]);
  await deleteOrphans(session, formerPeople, formerOrganizations);
  return results;
}

/** People and organizations that only replaced articles mentioned go with them. */
async function deleteOrphans(session: SqlSession, people: string[], organizations: string[]): Promise<void> {
  if (people.length > 0) {
    const orphans = await session.all<{ id: string }>(
      `SELECT "id" FROM "Person" WHERE ${session.inList("id")}
       AND NOT EXISTS (SELECT 1 FROM "ArticlePerson" WHERE "ArticlePerson"."personId" = "Person"."id")`,
      [session.listParam(people)],
    );
    const ids = orphans.map((row) => row.id);
    if (ids.length > 0) {
      await session.run(`DELETE FROM "Person" WHERE ${session.inList("id")}`, [session.listParam(ids)]);
      await deletePersonSearchEntries(session, ids);
    }
  }
  if (organizations.length > 0) {
    await session.run(
      `DELETE FROM "Organization" WHERE ${session.inList("id")}
       AND NOT EXISTS (SELECT 1 FROM "ArticleOrganization" WHERE "ArticleOrganization"."organizationId" = "Organization"."id")`,
      [session.listParam(organizations)],
    );
  }
}

async function loadResolver(session: SqlSession, items: Planned[]): Promise<EntityResolver> {
  const personKeySet = new Set<string>();
  const surnames = new Set<string>();
  const organizationKeySet = new Set<string>();
  for (const { article } of items) {
    for (const person of article.parsed.people) {
      for (const key of personKeys(person)) {
        personKeySet.add(key);
        surnames.add(lastWord(key));
      }
    }
    for (const organization of article.parsed.organizations) {
      for (const key of organizationKeys(organization)) organizationKeySet.add(key);
    }
  }
  type Row = { id: string; name: string; key: string; surnameKey: string; aliases: unknown; roles: unknown };
  const people = await session.all<Row>(
    `SELECT "id", "name", "key", "surnameKey", "aliases", "roles" FROM "Person" WHERE ${session.inList("key")} OR ${session.inList("surnameKey")}`,
    [session.listParam([...personKeySet]), session.listParam([...surnames])],
  );
  const organizations = await session.all<Omit<Row, "surnameKey" | "roles">>(
    `SELECT "id", "name", "key", "aliases" FROM "Organization" WHERE ${session.inList("key")}`,
    [session.listParam([...organizationKeySet])],
  );
  return new EntityResolver(
    people.map((person) => ({ ...person, aliases: stringList(person.aliases), roles: stringList(person.roles) })),
    organizations.map((organization) => ({ ...organization, aliases: stringList(organization.aliases) })),
  );
}

/** A JSON string list as the driver returns it: text on SQLite, already parsed on PostgreSQL. */
function stringList(value: unknown): string[] {
  const list = typeof value === "string" ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === "string") : [];
}

const quoteKinds: Record<string, QuoteKind> = { direct: "DIRECT", indirect: "INDIRECT" };
const meetingKinds: Record<string, MeetingKind> = {
  phone_call: "PHONE_CALL",
  video_conference: "VIDEO_CONFERENCE",
  meeting: "MEETING",
  negotiations: "NEGOTIATIONS",
  consultations: "CONSULTATIONS",
  summit: "SUMMIT",
  visit: "VISIT",
  debate: "DEBATE",
  other: "OTHER",
};
const meetingStatuses: Record<string, MeetingStatus> = {
  scheduled: "SCHEDULED",
  held: "HELD",
  cancelled: "CANCELLED",
  unknown: "UNKNOWN",
};

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Keeps a parser span inside the document. */
function clampSpan(document: string, start: number, end: number): { start: number; end: number } {
  const from = Math.max(0, Math.min(document.length, Math.trunc(start) || 0));
  return { start: from, end: Math.max(from, Math.min(document.length, Math.trunc(end) || 0)) };
}

/** The sentence (or sentences) holding `[start, end)`, within its paragraph or line. */
export function sentenceAround(
  document: string,
  paragraphs: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
): { start: number; end: number } {
  const paragraph = paragraphs.find((candidate) => candidate.start <= start && end <= candidate.end);
  const low = paragraph?.start ?? document.lastIndexOf("\n", Math.max(0, start - 1)) + 1;
  let high = paragraph?.end ?? document.indexOf("\n", end);
  if (high === -1) high = document.length;
  let from = start;
  while (from > low && !(/[.!?…]/.test(document[from - 2] ?? "") && /\s/.test(document[from - 1] ?? ""))) from -= 1;
  let to = end;
  while (to < high && !/[.!?…]/.test(document[to] ?? "")) to += 1;
  if (to < high) to += 1;
  while (to > from && /\s/.test(document[to - 1] ?? "")) to -= 1;
  while (from < to && /\s/.test(document[from] ?? "")) from += 1;
  return { start: from, end: to };
}

async function writeArticles(session: SqlSession, items: Planned[]): Promise<void> {
  const resolver = await loadResolver(session, items);
  const ingestedAt = new Date();
  const articleRows: Prisma.ArticleCreateManyInput[] = [];
  const articlePersonRows: Prisma.ArticlePersonCreateManyInput[] = [];
  const articleOrganizationRows: Prisma.ArticleOrganizationCreateManyInput[] = [];
  const mentionRows: Prisma.MentionCreateManyInput[] = [];
  const quoteRows: Prisma.QuoteCreateManyInput[] = [];
  const meetingRows: Prisma.MeetingCreateManyInput[] = [];
  const participantRows: Prisma.MeetingParticipantCreateManyInput[] = [];
  const searchEntries: SearchEntry[] = [];

  for (const { article, id: articleId, slug } of items) {
    const { document, parsed } = article;
    const people = resolver.resolvePeople(parsed.people);
    const organizations = resolver.resolveOrganizations(parsed.organizations);
    const personByName = new Map<string, PersonRecord>();
    const organizationByName = new Map<string, OrganizationRecord>();

    const links = new Map<string, Prisma.ArticlePersonCreateManyInput & { roles: string[] }>();
    parsed.people.forEach((person, index) => {
      const record = people[index] as PersonRecord;
      for (const key of personKeys(person)) if (!personByName.has(key)) personByName.set(key, record);
      let link = links.get(record.id);
      if (!link) {
        link = { articleId, personId: record.id, mentionCount: 0, roles: [], firstMention: document.length };
        links.set(record.id, link);
      }
      for (const role of person.roles) if (!link.roles.includes(role)) link.roles.push(role);
      for (const mention of person.mentions) {
        const span = clampSpan(document, mention.start, mention.end);
        link.mentionCount += 1;
        link.firstMention = Math.min(link.firstMention, span.start);
        mentionRows.push({ id: newId(), articleId, personId: record.id, ...span, text: mention.text });
      }
    });
    articlePersonRows.push(...links.values());

    const organizationLinks = new Map<string, Prisma.ArticleOrganizationCreateManyInput>();
    parsed.organizations.forEach((organization, index) => {
      const record = organizations[index] as OrganizationRecord;
      for (const key of organizationKeys(organization)) if (!organizationByName.has(key)) organizationByName.set(key, record);
      let link = organizationLinks.get(record.id);
      if (!link) {
        link = { articleId, organizationId: record.id, mentionCount: 0, firstMention: document.length };
        organizationLinks.set(record.id, link);
      }
      for (const mention of organization.mentions) {
        const span = clampSpan(document, mention.start, mention.end);
        link.mentionCount += 1;
        link.firstMention = Math.min(link.firstMention, span.start);
        mentionRows.push({ id: newId(), articleId, organizationId: record.id, ...span, text: mention.text });
      }
    });
    articleOrganizationRows.push(...organizationLinks.values());

    for (const quote of parsed.quotes) {
      const span = clampSpan(document, quote.start, quote.end);
      const sentence = sentenceAround(document, parsed.paragraphs, span.start, span.end);
      const speakerKey = quote.speaker ? fold(quote.speaker) : "";
      const quoteId = newId();
      quoteRows.push({
        id: quoteId,
        articleId,
        text: quote.text,
        kind: quoteKinds[quote.kind] ?? "DIRECT",
        cue: quote.cue,
        speakerText: quote.speakerText ?? null,
        speakerPersonId: personByName.get(speakerKey)?.id ?? null,
        speakerOrganizationId: personByName.has(speakerKey) ? null : (organizationByName.get(speakerKey)?.id ?? null),
        ...span,
        sentence: document.slice(sentence.start, sentence.end),
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      });
      searchEntries.push({ entity: "quote", entityId: quoteId, articleId, title: "", content: quote.text });
    }

    for (const meeting of parsed.meetings) {
      const meetingId = newId();
      const startsAt = meeting.startsAt ? new Date(meeting.startsAt) : null;
      meetingRows.push({
        id: meetingId,
        articleId,
        kind: meetingKinds[meeting.kind] ?? "OTHER",
        status: meetingStatuses[meeting.status] ?? "UNKNOWN",
        date: meeting.date,
        time: meeting.time,
        timeZone: meeting.timeZone,
        startsAt: startsAt && !Number.isNaN(startsAt.getTime()) ? startsAt : null,
        durationMinutes: meeting.durationMinutes,
        topics: meeting.topics,
        text: meeting.text,
        ...clampSpan(document, meeting.start, meeting.end),
      });
      meeting.participants.forEach((name, position) => {
        const key = fold(name);
        const person = personByName.get(key);
        const organization = person ? undefined : organizationByName.get(key);
        participantRows.push({
          id: newId(),
          meetingId,
          position,
          kind: person ? "PERSON" : organization ? "ORGANIZATION" : "COUNTRY",
          name: person?.name ?? organization?.name ?? name,
          personId: person?.id ?? null,
          organizationId: organization?.id ?? null,
        });
      });
    }

    const bodyText = parsed.paragraphs.length > 0 ? parsed.paragraphs.map((paragraph) => paragraph.text).join("\n") : document;
    articleRows.push({
      id: articleId,
      slug,
      url: article.url,
      title: article.title,
      body: document,
      language: parsed.language,
      source: article.source,
      publishedAt: article.publishedAt,
      contentHash: article.contentHash,
      paragraphs: parsed.paragraphs.map(({ text, start, end }) => ({ text, start, end })),
      wordCount: wordCount(bodyText),
      ingestedAt,
    });
    searchEntries.push({ entity: "article", entityId: articleId, articleId, title: article.title, content: bodyText });
  }

  const newPeople = resolver.people.filter((person) => person.created);
  const changedPeople = resolver.people.filter((person) => person.changed && !person.created);
  await insertRows(session, "Person", personColumns, newPeople);
  await session.update(
    "Person",
    personColumns.filter((column) => ["name", "key", "aliases", "roles"].includes(column.name)),
    changedPeople.map(({ id, name, key, aliases, roles }) => [id, name, key, aliases, roles]),
  );
  await deletePersonSearchEntries(session, changedPeople.map((person) => person.id));
  for (const person of [...newPeople, ...changedPeople]) {
    searchEntries.push({
      entity: "person",
      entityId: person.id,
      articleId: null,
      title: person.name,
      content: [...person.aliases, ...person.roles].join("\n"),
    });
  }

  await insertRows(session, "Organization", organizationColumns, resolver.organizations.filter((organization) => organization.created));
  await session.update(
    "Organization",
    [{ name: "aliases", type: "json" }],
    resolver.organizations.filter((organization) => organization.changed && !organization.created).map(({ id, aliases }) => [id, aliases]),
  );

  await insertRows(session, "Article", articleColumns, articleRows);
  await insertRows(session, "ArticlePerson", articlePersonColumns, articlePersonRows);
  await insertRows(session, "ArticleOrganization", articleOrganizationColumns, articleOrganizationRows);
  await insertRows(session, "Mention", mentionColumns, mentionRows);
  await insertRows(session, "Quote", quoteColumns, quoteRows);
  await insertRows(session, "Meeting", meetingColumns, meetingRows);
  await insertRows(session, "MeetingParticipant", participantColumns, participantRows);
  await insertSearchEntries(session, searchEntries);
}

function columnsOf<Row>(spec: { [Key in keyof Row]-?: ColumnType }): Column[] {
  return Object.entries(spec).map(([name, type]) => ({ name, type: type as ColumnType }));
}

async function insertRows(session: SqlSession, table: string, columns: Column[], rows: readonly object[]): Promise<void> {
  await session.insert(
    table,
    columns,
    rows.map((row) => columns.map((column) => (row as Record<string, unknown>)[column.name] ?? null)),
  );
}

// Every column of each table, typed against Prisma's generated inputs so a schema change shows here.
const personColumns = columnsOf<Prisma.PersonCreateManyInput>({
  id: "text",
  name: "text",
  key: "text",
  surnameKey: "text",
  aliases: "json",
  roles: "json",
});
const organizationColumns = columnsOf<Prisma.OrganizationCreateManyInput>({ id: "text", name: "text", key: "text", aliases: "json" });
const articleColumns = columnsOf<Prisma.ArticleCreateManyInput>({
  id: "text",
  slug: "text",
  url: "text",
  title: "text",
  body: "text",
  language: "text",
  source: "text",
  publishedAt: "timestamp",
  contentHash: "text",
  paragraphs: "json",
  wordCount: "int",
  ingestedAt: "timestamp",
});
const articlePersonColumns = columnsOf<Prisma.ArticlePersonCreateManyInput>({
  articleId: "text",
  personId: "text",
  mentionCount: "int",
  roles: "json",
  firstMention: "int",
});
const articleOrganizationColumns = columnsOf<Prisma.ArticleOrganizationCreateManyInput>({
  articleId: "text",
  organizationId: "text",
  mentionCount: "int",
  firstMention: "int",
});
const mentionColumns = columnsOf<Prisma.MentionCreateManyInput>({
  id: "text",
  articleId: "text",
  personId: "text",
  organizationId: "text",
  start: "int",
  end: "int",
  text: "text",
});
const quoteColumns = columnsOf<Prisma.QuoteCreateManyInput>({
  id: "text",
  articleId: "text",
  text: "text",
  kind: "enum:QuoteKind",
  cue: "text",
  speakerText: "text",
  speakerPersonId: "text",
  speakerOrganizationId: "text",
  start: "int",
  end: "int",
  sentence: "text",
  sentenceStart: "int",
  sentenceEnd: "int",
});
const meetingColumns = columnsOf<Prisma.MeetingCreateManyInput>({
  id: "text",
  articleId: "text",
  kind: "enum:MeetingKind",
  status: "enum:MeetingStatus",
  date: "text",
  time: "text",
  timeZone: "text",
  startsAt: "timestamp",
  durationMinutes: "int",
  topics: "json",
  text: "text",
  start: "int",
  end: "int",
});
const participantColumns = columnsOf<Prisma.MeetingParticipantCreateManyInput>({
  id: "text",
  meetingId: "text",
  position: "int",
  kind: "enum:ParticipantKind",
  name: "text",
  personId: "text",
  organizationId: "text",
});
