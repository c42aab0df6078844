/** The meetings stage: `findMeetings` reads each sentence with a meeting word into meetings; the other modules hold what it reads with. */
import type { DocumentContext } from "../context.js";
import { monthOfDateline, parseDay, parseWithChrono } from "../dates.js";
import { buildMeeting } from "./assemble.js";
import { bilateralPairs } from "./build.js";
import { meetingSentences } from "./cues.js";
import { Draft, type Unit } from "./draft.js";
import { entityIndexOf } from "./entity-index.js";
import { addAttendees, useFullNames } from "./parties.js";
import {
  addKnownPeople,
  addLaterStops,
  addOtherSides,
  datedFromStory,
  joinedUndated,
  joinedWeakDated,
  keepMeeting,
  mergedWithToldBefore,
  setCorporateParties,
} from "./placing.js";
import { type DocumentRun, readSentence, readUnit, type SentenceRun } from "./reading.js";
import { headlineChannel } from "./referents.js";
import { settleStatus } from "./status.js";
import { localZone } from "./when.js";

export type { MeetingCue, MeetingWords } from "./words.js";

/**
 * Finds phone calls, talks, summits, visits… with their kind, date, time, zone, duration,
 * participants, topics and status. Only sentences with a meeting word are read (chrono included).
 */
export function findMeetings(ctx: DocumentContext): void {
  const run = startRun(ctx);
  const candidates = meetingSentences(ctx, run.words);
  const chronoReadings = parseWithChrono(
    candidates.map((c) => c.text),
    run.dateWords,
    run.publication,
  );
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    const s = readSentence(run, candidates[candidate]!, chronoReadings[candidate]!);
    for (const unit of s.units) readUnitMeeting(run, s, unit);
  }
  setLocalZonesAndAttendees(run);
  keepUndated(run);
  // Most texts tell no meeting: their entity index need not be built.
  if (run.drafts.length === 0) return;
  publishMeetings(run);
}

/** The document's running state: its words, publication day and the drafts read so far. */
function startRun(ctx: DocumentContext): DocumentRun {
  const words = ctx.locale.meetings;
  const dateWords = ctx.locale.dates;
  const publication = parseDay(ctx.publishedAt);
  // "December 2004" heading a text without a publication day still gives year-less dates their year.
  const datelineMonth = publication || !ctx.dateline ? null : monthOfDateline(ctx.dateline.text, dateWords);
  return { ctx, words, dateWords, publication, datelineMonth, drafts: [], undated: [], pending: null, previousDay: null, lastCorporateOwner: null };
}

/** Reads a unit of a sentence into a meeting: a new one, or more of one told before. */
function readUnitMeeting(run: DocumentRun, s: SentenceRun, unit: Unit): void {
  const u = readUnit(run, s, unit);
  if (!u) return;
  const { time } = u;
  const draft = new Draft(
    () => buildMeeting(run, s, u),
    s.reading.index,
    time?.zone === "local",
    u.tense,
    time?.equivalent ? time : null,
    new Set(unit.cues.filter((c) => !c.cue.weak).map((c) => c.cue.kind)),
  );
  if (u.date === null) {
    if (joinedUndated(run, s, u, draft) || datedFromStory(run, s, u, draft)) return;
  } else if (u.weakOnly && joinedWeakDated(run, s, u, draft)) return;
  const meeting = draft.meeting;
  addKnownPeople(run, s, u, meeting);
  if (mergedWithToldBefore(run, s, u, draft)) return;
  addOtherSides(run, s, u, meeting);
  setCorporateParties(run, s, u, meeting);
  keepMeeting(run, s, u, draft);
  addLaterStops(run, s, u, meeting);
}

/** Once every meeting is read: the zone of a local hour, and who attended. */
function setLocalZonesAndAttendees(run: DocumentRun): void {
  const { ctx, words, drafts } = run;
  for (const draft of drafts) {
    if (draft.zoneIsLocal && !draft.meeting.timeZone) draft.meeting.timeZone = localZone(ctx, draft);
  }
  for (const draft of drafts) addAttendees(ctx, words, draft);
}

/** Meetings told for a day the document gives no publication day to count from. */
function keepUndated(run: DocumentRun): void {
  const { publication, drafts, undated } = run;
  // A meeting is between parties: one with none named is not told as such ("a declaration made at the summit").
  for (const draft of undated) {
    if (drafts.includes(draft) || draft.meeting.date !== null) continue;
    settleStatus(draft, publication);
    drafts.push(draft);
  }
  if (undated.length > 0) drafts.sort((a, b) => a.meeting.start - b.meeting.start);
}

/** The headline's means for the first meeting between its people, full names, and bilateral talks told apart. */
function publishMeetings(run: DocumentRun): void {
  const { ctx, words, drafts } = run;
  const people = entityIndexOf(ctx).people;
  // "Biden pushes for a ceasefire in call with Netanyahu" … "Biden spoke on Sunday with Netanyahu": the headline tells how the
  // first meeting between its people was held.
  const channel = drafts.some((d) => d.meeting.date !== null && d.meeting.kind === "meeting") ? headlineChannel(ctx, words) : null;
  if (channel) {
    const first = drafts.find((d) => d.meeting.date !== null && channel.people.filter((name) => d.meeting.participants.includes(name)).length >= 2);
    if (first && first.meeting.kind === "meeting") first.meeting.kind = channel.kind;
  }
  for (const draft of drafts) {
    if (draft.meeting.participants.length === 0) continue;
    useFullNames(ctx, draft.meeting);
    const pairs = bilateralPairs(draft.meeting, words, people);
    // What is left once the talks with each are told apart: the summit they were held at, or nothing of its own.
    if (!pairs || draft.meeting.participants.some((name) => !people.has(name))) ctx.meetings.push(draft.meeting);
    if (pairs) ctx.meetings.push(...pairs);
  }
}
