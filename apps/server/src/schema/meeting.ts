import type { Prisma } from "@newsgraph/db";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import { Excerpt, orderings, stringList } from "./common.js";
import { MeetingKind, MeetingStatus } from "./enums.js";
import { Organization } from "./organization.js";
import { country, Participant } from "./participant.js";
import { Person } from "./person.js";
import { nameKey } from "./search-support.js";

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a participant's planned Person/Organization selection asks for more than its id and
 * name, which the participant row already holds (the canonical name): if not, no join is needed.
 */
function needsMoreThanName(selection: unknown): boolean {
  if (typeof selection !== "object" || selection === null) return true;
  const { select, ...rest } = selection as { select?: Record<string, unknown> };
  if (Object.keys(rest).length > 0 || !select) return true;
  return Object.keys(select).some((key) => key !== "id" && key !== "name");
}

export const Meeting = builder.prismaNode("Meeting", {
  id: { field: "id" },
  select: { id: true },
  description: "A phone call, talk, summit, visit… that an article announces or reports.",
  fields: (t) => ({
    kind: t.expose("kind", { type: MeetingKind }),
    status: t.expose("status", { type: MeetingStatus }),
    date: t.field({
      type: "Date",
      nullable: true,
      description: "The calendar day, when its year is known (see dateText otherwise).",
      select: { date: true },
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
    topics: t.stringList({ select: { topics: true }, resolve: (meeting) => stringList(meeting.topics) }),
    participants: t.field({
      type: [Participant],
      description: "The parties, in the order the article names them.",
      select: (_args, _ctx, nestedSelection) => {
        const person = nestedSelection(true, [], "Person");
        const organization = nestedSelection(true, [], "Organization");
        return {
          participants: {
            orderBy: { position: "asc" },
            select: {
              kind: true,
              name: true,
              personId: true,
              organizationId: true,
              person: needsMoreThanName(person) && person,
              organization: needsMoreThanName(organization) && organization,
            },
          },
        };
      },
      resolve: (meeting) =>
        meeting.participants.map((participant) =>
          participant.personId
            ? Person.addBrand(participant.person ?? { id: participant.personId, name: participant.name })
            : participant.organizationId
              ? Organization.addBrand(participant.organization ?? { id: participant.organizationId, name: participant.name })
              : country(participant.name),
        ),
    }),
    article: t.relation("article"),
    evidence: t.field({
      type: Excerpt,
      description: "The sentence of the article the meeting was read from.",
      select: { text: true, start: true, end: true },
      resolve: (meeting) => ({ text: meeting.text, start: meeting.start, end: meeting.end }),
    }),
  }),
});

/** Meeting rows of a participant (person or organization), in time order. */
const participantMeetings = prismaConnectionHelpers(builder, "MeetingParticipant", {
  cursor: "id",
  query: {
    orderBy: orderings<Prisma.MeetingParticipantOrderByWithRelationInput>([
      { meeting: { date: { sort: "asc", nulls: "last" } } },
      { meeting: { startsAt: { sort: "asc", nulls: "last" } } },
      { id: "asc" },
    ]),
  },
  select: (nodeSelection) => ({ meeting: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.meeting,
});

// Both kinds of named participant list their meetings through their MeetingParticipant rows.
for (const participant of [Person, Organization] as const) {
  builder.prismaObjectField(participant, "meetings", (t) =>
    t.connection({
      type: Meeting,
      description: "Meetings taken part in, in time order.",
      select: (args, ctx, nestedSelection) => ({
        meetingRoles: participantMeetings.getQuery(args, ctx, nestedSelection),
      }),
      resolve: (parent, args, ctx) => ({
        ...participantMeetings.resolve(parent.meetingRoles, args, ctx),
        totalCount: () =>
          (participant === Person ? ctx.counts.person : ctx.counts.organization).load(parent.id).then((counts) => counts.meetings),
      }),
    }),
  );
}

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
