import type { Prisma } from "@newsgraph/db";
import { builder } from "../builder.js";
import { textOf } from "../loaders.js";
import { Article, articleOf, meetingNode } from "./article.js";
import { Excerpt, stringList } from "./common.js";
import { MeetingKind, MeetingStatus } from "./enums.js";
import { Organization } from "./organization.js";
import { keysetConnection } from "./pages.js";
import { country, Participant } from "./participant.js";
import { Person } from "./person.js";
import { nameKey } from "./search-support.js";

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const Meeting = builder.prismaNode("Meeting", {
  id: { field: "id" },
  description: "A phone call, talk, summit, visit… that an article announces or reports.",
  fields: (t) => ({
    kind: t.expose("kind", { type: MeetingKind }),
    status: t.expose("status", { type: MeetingStatus }),
    date: t.field({
      type: "Date",
      nullable: true,
      description: "The calendar day, when its year is known (see dateText otherwise).",
      resolve: (meeting) => (meeting.date && FULL_DATE.test(meeting.date) ? meeting.date : null),
    }),
    dateText: t.exposeString("date", {
      nullable: true,
      description: 'The day as known: "YYYY-MM-DD", or "--MM-DD" when the year is not.',
    }),
    time: t.exposeString("time", { nullable: true, description: "Local time, HH:MM." }),
    timeZone: t.exposeString("timeZone", { nullable: true, description: "IANA zone, e.g. Europe/Moscow." }),
    startsAt: t.expose("startsAt", {
      type: "DateTime",
      nullable: true,
      description: "The start in UTC, when date, time and zone are all known.",
    }),
    durationMinutes: t.exposeInt("durationMinutes", { nullable: true }),
    topics: t.stringList({ resolve: (meeting) => stringList(meeting.topics) }),
    participants: t.field({
      type: [Participant],
      description: "The parties, in the order the article names them.",
      resolve: async (meeting, _args, ctx) =>
        (await ctx.loaders.participants.load(meeting.id)).map((participant) =>
          participant.person
            ? Person.addBrand(participant.person)
            : participant.organization
              ? Organization.addBrand(participant.organization)
              : country(participant.name),
        ),
    }),
    evidence: t.field({
      type: Excerpt,
      description: "The sentence of the article the meeting was read from.",
      resolve: async (meeting, _args, ctx) => ({
        text: (await textOf(ctx.loaders, "Meeting", meeting)).text,
        start: meeting.start,
        end: meeting.end,
      }),
    }),
  }),
});

builder.prismaObjectField(Meeting, "article", (t) =>
  t.field({ type: Article, resolve: (meeting, _args, ctx) => articleOf(ctx, meeting.articleId) }),
);

const MeetingFilter = builder.inputType("MeetingFilter", {
  fields: (t) => ({
    from: t.field({ type: "DateTime", description: "Inclusive; meetings with a date but no time compare by day." }),
    to: t.field({ type: "DateTime", description: "Exclusive." }),
    status: t.field({ type: MeetingStatus }),
    kind: t.field({ type: MeetingKind }),
    participant: t.string({ description: "Part of a participant's name (accents and case ignored for people and organizations)." }),
    participantId: t.globalID({ for: [Person, Organization] }),
  }),
});

function day(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

function meetingWhere(filter: typeof MeetingFilter.$inferInput | null | undefined): Prisma.MeetingWhereInput {
  if (!filter) return {};
  const where: Prisma.MeetingWhereInput[] = [];
  if (filter.from != null) {
    where.push({ OR: [{ startsAt: { gte: filter.from } }, { startsAt: null, date: { gte: day(filter.from) } }] });
  }
  if (filter.to != null) {
    // Full dates only: "--MM-DD" sorts below every year and would otherwise always match.
    where.push({ OR: [{ startsAt: { lt: filter.to } }, { startsAt: null, date: { lt: day(filter.to), gte: "0000" } }] });
  }
  if (filter.status != null) where.push({ status: filter.status });
  if (filter.kind != null) where.push({ kind: filter.kind });
  if (filter.participant != null && filter.participant.trim() !== "") {
    const key = nameKey(filter.participant);
    where.push({
      participants: {
        some: {
          OR: [
            { name: { contains: filter.participant.trim() } },
            { person: { key: { contains: key } } },
            { organization: { key: { contains: key } } },
          ],
        },
      },
    });
  }
  if (filter.participantId != null) {
    where.push({
      participants: {
        some:
          filter.participantId.typename === "Person"
            ? { personId: filter.participantId.id }
            : { organizationId: filter.participantId.id },
      },
    });
  }
  return { AND: where };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: "Meeting",
    cursor: "id",
    description:
      "Meetings in time order: by day, then by start time within a day; those without a date last. " +
      "Meetings whose year is unknown (dateText --MM-DD) come first: a `from` filter leaves them out.",
    args: { filter: t.arg({ type: MeetingFilter }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.meeting.findMany({
        ...query,
        where: meetingWhere(args.filter),
        orderBy: [
          { date: { sort: "asc", nulls: "last" } },
          { startsAt: { sort: "asc", nulls: "last" } },
          { id: "asc" },
        ],
      }),
    totalCount: (_root, args, ctx) => ctx.db.prisma.meeting.count({ where: meetingWhere(args.filter) }),
  }),
}));
