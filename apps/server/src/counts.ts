import type { Db } from "@newsgraph/db";
import DataLoader from "dataloader";

type Rows = Array<{ key: string | null; count: number }>;

function counter(run: (ids: string[]) => Promise<Rows>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (ids) => {
    const counts = new Map((await run([...ids])).map((row) => [row.key, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/**
 * Sizes of the growing lists (totalCount, mentionCount), loaded per request in one indexed
 * GROUP BY per relation for all parents asked about. Prisma's own relation counts join an
 * aggregate of the whole related table, which costs more the larger the database.
 */
export function createCounters(db: Db) {
  const { prisma } = db;
  return {
    articleQuotes: counter(async (ids) =>
      (await prisma.quote.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } })).map((row) => ({
        key: row.articleId,
        count: row._count._all,
      })),
    ),
    articleMeetings: counter(async (ids) =>
      (await prisma.meeting.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } })).map((row) => ({
        key: row.articleId,
        count: row._count._all,
      })),
    ),
    articlePeople: counter(async (ids) =>
      (await prisma.articlePerson.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } })).map((row) => ({
        key: row.articleId,
        count: row._count._all,
      })),
    ),
    articleOrganizations: counter(async (ids) =>
      (await prisma.articleOrganization.groupBy({ by: ["articleId"], where: { articleId: { in: ids } }, _count: { _all: true } })).map(
        (row) => ({ key: row.articleId, count: row._count._all }),
      ),
    ),
    personArticles: counter(async (ids) =>
      (await prisma.articlePerson.groupBy({ by: ["personId"], where: { personId: { in: ids } }, _count: { _all: true } })).map((row) => ({
        key: row.personId,
        count: row._count._all,
      })),
    ),
    personQuotes: counter(async (ids) =>
      (await prisma.quote.groupBy({ by: ["speakerPersonId"], where: { speakerPersonId: { in: ids } }, _count: { _all: true } })).map(
        (row) => ({ key: row.speakerPersonId, count: row._count._all }),
      ),
    ),
    personMeetings: counter(async (ids) =>
      (await prisma.meetingParticipant.groupBy({ by: ["personId"], where: { personId: { in: ids } }, _count: { _all: true } })).map(
        (row) => ({ key: row.personId, count: row._count._all }),
      ),
    ),
    personMentions: counter(async (ids) =>
      (await prisma.mention.groupBy({ by: ["personId"], where: { personId: { in: ids } }, _count: { _all: true } })).map((row) => ({
        key: row.personId,
        count: row._count._all,
      })),
    ),
    organizationArticles: counter(async (ids) =>
      (
        await prisma.articleOrganization.groupBy({ by: ["organizationId"], where: { organizationId: { in: ids } }, _count: { _all: true } })
      ).map((row) => ({ key: row.organizationId, count: row._count._all })),
    ),
    organizationQuotes: counter(async (ids) =>
      (
        await prisma.quote.groupBy({ by: ["speakerOrganizationId"], where: { speakerOrganizationId: { in: ids } }, _count: { _all: true } })
      ).map((row) => ({ key: row.speakerOrganizationId, count: row._count._all })),
    ),
    organizationMeetings: counter(async (ids) =>
      (
        await prisma.meetingParticipant.groupBy({ by: ["organizationId"], where: { organizationId: { in: ids } }, _count: { _all: true } })
      ).map((row) => ({ key: row.organizationId, count: row._count._all })),
    ),
    organizationMentions: counter(async (ids) =>
      (await prisma.mention.groupBy({ by: ["organizationId"], where: { organizationId: { in: ids } }, _count: { _all: true } })).map(
        (row) => ({ key: row.organizationId, count: row._count._all }),
      ),
    ),
  };
}

export type Counters = ReturnType<typeof createCounters>;
