import { MeetingKind as MeetingKindValues, MeetingStatus as MeetingStatusValues, QuoteKind as QuoteKindValues } from "@newsgraph/db";
import { builder } from "../builder.js";

export const QuoteKind = builder.enumType(QuoteKindValues, {
  name: "QuoteKind",
  description: "DIRECT: the speaker's own words in quotation marks; INDIRECT: reported speech.",
});

export const MeetingKind = builder.enumType(MeetingKindValues, { name: "MeetingKind" });

export const MeetingStatus = builder.enumType(MeetingStatusValues, {
  name: "MeetingStatus",
  description: "SCHEDULED: announced for later; HELD: reported as having taken place.",
});
