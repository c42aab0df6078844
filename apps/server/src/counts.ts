import { Prisma, type Db } from "@newsgraph/db";
import DataLoader from "dataloader";

type CountRow<Name extends string> = { id: string } & Record<Name, bigint | number>;

/**
 * Sizes of the growing lists of each parent (totalCount, mentionCount), loaded per request in one
 * statement for all parents asked about: indexed counts per parent id. Prisma's own relation
 * counts join an aggregate of the whole related table, which costs more the larger the database.
 */
function counter<Name extends string>(
  db: Db,
  names: readonly Name[],
  statement: (ids: Prisma.Sql) => Prisma.Sql,
): DataLoader<string, Record<Name, number>> {
  return new DataLoader(async (ids) => {
    const rows = await db.prisma.$queryRaw<CountRow<Name>[]>(statement(Prisma.join([...ids])));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => {
      const row = byId.get(id);
      return Object.fromEntries(names.map((name) => [name, Number(row?.[name] ?? 0)])) as Record<Name, number>;
    });
  });
}

export function createCounters(db: Db) {
  return {
    article: counter(db, ["quotes", "meetings", "people", "organizations"], (ids) => Prisma.sql`
      SELECT a."id" AS "id",
        (SELECT count(*) FROM "Quote" q WHERE q."articleId" = a."id") AS "quotes",
        (SELECT count(*) FROM "Meeting" m WHERE m."articleId" = a."id") AS "meetings",
        (SELECT count(*) FROM "ArticlePerson" p WHERE p."articleId" = a."id") AS "people",
        (SELECT count(*) FROM "ArticleOrganization" o WHERE o."articleId" = a."id") AS "organizations"
      FROM "Article" a WHERE a."id" IN (${ids})`),
    person: counter(db, ["articles", "quotes", "meetings", "mentions"], (ids) => Prisma.sql`
      SELECT p."id" AS "id",
        (SELECT count(*) FROM "ArticlePerson" a WHERE a."personId" = p."id") AS "articles",
        (SELECT count(*) FROM "Quote" q WHERE q."speakerPersonId" = p."id") AS "quotes",
        (SELECT count(*) FROM "MeetingParticipant" m WHERE m."personId" = p."id") AS "meetings",
        (SELECT count(*) FROM "Mention" n WHERE n."personId" = p."id") AS "mentions"
      FROM "Person" p WHERE p."id" IN (${ids})`),
    organization: counter(db, ["articles", "quotes", "meetings", "mentions"], (ids) => Prisma.sql`
      SELECT o."id" AS "id",
        (SELECT count(*) FROM "ArticleOrganization" a WHERE a."organizationId" = o."id") AS "articles",
        (SELECT count(*) FROM "Quote" q WHERE q."speakerOrganizationId" = o."id") AS "quotes",
        (SELECT count(*) FROM "MeetingParticipant" m WHERE m."organizationId" = o."id") AS "meetings",
        (SELECT count(*) FROM "Mention" n WHERE n."organizationId" = o."id") AS "mentions"
      FROM "Organization" o WHERE o."id" IN (${ids})`),
  };
}

export type Counters = ReturnType<typeof createCounters>;
