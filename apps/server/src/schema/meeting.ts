import type { MeetingQuery } from "@newsgraph/db";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import { textOf } from "../loaders.js";
import { Article, articleOf, meetingNode } from "./article.js";
import { Excerpt, stringList } from "./common.js";
import { MeetingKind, MeetingStatus } from "./enums.js";
import { Organization } from "./organization.js";
import { columnsSelection, meetingFieldColumns, organizationFieldColumns, personFieldColumns } from "./columns.js";
import { keysetConnection } from "./pages.js";
import { country, Participant } from "./participant.js";
import { Person } from "./person.js";
import { nameSearch } from "./search-support.js";

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const participantPersonColumns = columnsSelection(personFieldColumns, []);
const participantOrganizationColumns = columnsSelection(organizationFieldColumns, []);

/** The columns of the people and organizations among participants that the request selects. */
function participantColumns(info: GraphQLResolveInfo) {
  return { person: participantPersonColumns(info), organization: participantOrganizationColumns(info) };
}

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
      resolve: async (meeting, _args, ctx, info) =>
        (await ctx.loaders.participants(participantColumns(info)).load(meeting.id)).map((participant) =>
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

function meetingQuery(filter: typeof MeetingFilter.$inferInput | null | undefined): MeetingQuery {
  if (!filter) return {};
  return {
    from: filter.from ?? undefined,
    to: filter.to ?? undefined,
    status: filter.status ?? undefined,
    kind: filter.kind ?? undefined,
    participant: nameSearch(filter.participant),
    participantId: filter.participantId
      ? { entity: filter.participantId.typename === "Person" ? "person" : "organization", id: filter.participantId.id }
      : undefined,
  };
}

const meetingColumns = columnsSelection(meetingFieldColumns, ["edges", "node"]);

builder.queryFields((t) => ({
  meetings: t.connection({
    type: Meeting,
    description:
      "Meetings in time order: by day, then by start time within a day; then those whose year is unknown " +
      "(dateText --MM-DD), which a `from` or `to` filter leaves out; those without a date last.",
    args: { filter: t.arg({ type: MeetingFilter }) },
    resolve: (_root, args, ctx, info) => {
      const query = meetingQuery(args.filter);
      return keysetConnection({
        list: "Query.meetings",
        args,
        load: async (page) => ({ items: await ctx.db.read.meetings(query, page, meetingColumns(info)) }),
        node: meetingNode,
        totalCount: () => ctx.db.read.countMeetings(query),
      });
    },
  }),
}));
