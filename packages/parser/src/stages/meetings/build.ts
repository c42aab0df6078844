/** Building and merging meetings: one per pair or guest, a frame's own meeting, a meeting told again, and when two sentences tell one meeting. */
import type { Meeting } from "../../types.js";
import type { DocumentContext } from "../context.js";
import { type Day, type Tense, zoneFromEquivalent } from "../dates.js";
import { type CueMatch, Draft, type Unit } from "./draft.js";
import { entityIndexOf } from "./entity-index.js";
import { addParticipant, partiesIn } from "./parties.js";
import { settleStatus } from "./status.js";
import { localZone } from "./when.js";
import type { MeetingWords } from "./words.js";

/**
 * « a mené des discussions bilatérales … avec X, Y et Z », "held bilateral talks with X, Y and Z": one meeting between
 * the first person and each of the others (taken out of the meeting told), when it names three people or more.
 */
export function bilateralPairs(meeting: Meeting, words: MeetingWords, people: ReadonlySet<string>): Meeting[] | null {
  const named = meeting.participants.filter((name) => people.has(name));
  if (named.length < 3 || !words.bilateral.test(meeting.text)) return null;
  const [host, ...guests] = named;
  meeting.participants = meeting.participants.filter((name) => !guests.includes(name));
  return guests.map((guest) => ({ ...meeting, kind: "meeting", participants: [host!, guest], topics: [...meeting.topics] }));
}

/** How far before a noun the words that make it a frame are looked for ("on the sidelines of the BRICS foreign ministers'"). */
const FRAME_REACH = 60;

/** The capitalised words of a name. */
const capitalisedName = /^\p{Lu}[\p{L}\d'’-]*(?:\s+\p{Lu}[\p{L}\d'’-]*){0,3}/u;

/** The name of the body a meeting noun is of (« réunion du Renouveau Civique », "meeting of the Harbour Board"), with its offsets in `text`. */
export function namedBodyAfter(text: string, cueEnd: number, words: MeetingWords): { name: string; start: number; end: number } | null {
  const of = words.bodyAfterCue?.exec(text.slice(cueEnd));
  if (!of) return null;
  const start = cueEnd + of[0].length - 1;
  const name = capitalisedName.exec(text.slice(start))?.[0];
  return name ? { name, start, end: start + name.length } : null;
}

export const bodyBeforeCue = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+$/u;

/**
 * "met X on the margins of the 16th Saarc summit", "on the sidelines of the BRICS foreign ministers' meeting": the
 * body's meeting that frames the one told is a meeting of its own, on its day, with the body as participant. Null
 * when the frame names no body or the text already told that meeting.
 */
export function framingBodyMeeting(
  ctx: DocumentContext,
  words: MeetingWords,
  unit: Unit,
  firstCue: CueMatch,
  text: string,
  sentenceStart: number,
  meeting: Meeting,
  drafts: Draft[],
): Meeting | null {
  if (!meeting.date) return null;
  for (const cue of unit.cues) {
    if (cue === firstCue || cue.cue.verb || cue.cue.weak) continue;
    const lookFrom = Math.max(0, cue.start - FRAME_REACH);
    const frame = words.frame.exec(text.slice(lookFrom, cue.start));
    if (!frame) continue;
    const frameStart = lookFrom + frame.index;
    let bodies = partiesIn(ctx, words, sentenceStart + frameStart, sentenceStart + cue.end)
      .filter((p) => p.kind === "organization")
      .map((p) => p.name);
    if (bodies.length === 0) {
      const named = bodyBeforeCue.exec(text.slice(frameStart, cue.start))?.[1];
      const lower = named?.toLowerCase() ?? "";
      if (named && !words.countries[lower] && !words.capitals[lower] && !entityIndexOf(ctx).people.has(named)) bodies = [named];
    }
    if (bodies.length === 0) return null;
    const told = drafts.some((d) => d.meeting !== meeting && d.meeting.date === meeting.date && bodies.every((b) => d.meeting.participants.includes(b)) && !d.meeting.participants.some((n) => entityIndexOf(ctx).people.has(n)));
    if (told) return null;
    return { ...meeting, kind: cue.cue.kind, time: null, timeZone: null, startsAt: null, durationMinutes: null, participants: bodies, topics: [] };
  }
  return null;
}

/**
 * The meeting left pending, told again by a weak cue ("discuter ce soir", "the next session"): the
 * sentence becomes its evidence and gives it what the cue adds. Returns it, settled.
 */
export function toldAgain(
  ctx: DocumentContext,
  earlier: Draft,
  draft: Draft,
  at: { text: string; sentence: { start: number; end: number }; index: number; tense: Tense },
  publication: Day | null,
): Draft {
  earlier.meeting.text = at.text;
  earlier.meeting.start = at.sentence.start;
  earlier.meeting.end = at.sentence.end;
  earlier.sentenceIndex = at.index;
  earlier.tense = at.tense;
  fillFrom(earlier, draft, ctx);
  if (earlier.meeting.status === "unknown") earlier.meeting.status = draft.meeting.status;
  settleStatus(earlier, publication);
  return earlier;
}

/**
 * "The minister met X, Y and Z separately": one meeting of the hosts (named before the cue) with each guest. The draft keeps
 * the first guest; the meetings with the others are returned.
 */
export function meetingsOneByOne(draft: Draft, hosts: readonly string[], index: number, tense: Tense, publication: Day | null): Draft[] {
  const meeting = draft.meeting;
  const ownHosts = meeting.participants.filter((name) => hosts.includes(name));
  const guests = meeting.participants.filter((name) => !hosts.includes(name));
  if (ownHosts.length === 0 || guests.length < 2) return [];
  meeting.participants = [...ownHosts, guests[0]!];
  return guests.slice(1).map((guest) => {
    const guestDraft = new Draft(() => ({ ...meeting, participants: [...ownHosts, guest], topics: [...meeting.topics] }), index, false, tense);
    settleStatus(guestDraft, publication);
    return guestDraft;
  });
}

/** A later sentence about the same meeting adds its time, zone, duration, parties (people only, and only when asked). */
export function fillFrom(target: Draft, source: Draft, ctx: DocumentContext, parties = true): void {
  const into = target.meeting;
  const from = source.meeting;
  if (!into.time && from.time) {
    into.time = from.time;
    into.timeZone = from.timeZone;
    // "Les discussions doivent débuter à 10 heures (9 heures à Paris)": the day is the meeting's, told before.
    if (!into.timeZone && source.equivalentTime && into.date) into.timeZone = zoneFromEquivalent(into.date, source.equivalentTime);
    if (source.zoneIsLocal && !from.timeZone) into.timeZone = localZone(ctx, source) ?? localZone(ctx, target);
  }
  into.durationMinutes ??= from.durationMinutes;
  // A sentence that only adds the hour names the same meeting: its other words are topics, not parties.
  if (parties) for (const name of from.participants) if (entityIndexOf(ctx).people.has(name)) addParticipant(into, name);
  for (const topic of from.topics) if (!into.topics.includes(topic)) into.topics.push(topic);
  if (from.status === "cancelled") into.status = "cancelled";
}

/** Two sentences about one meeting: same day, no clash of times, nobody new but by reference. */
export function mergeable(previous: Draft, next: Draft, index: number, refersBack: boolean): boolean {
  if (index === previous.sentenceIndex || index - previous.sentenceIndex > 2) return false;
  if (!next.meeting.date || next.meeting.date !== previous.meeting.date) return false;
  if (next.meeting.time && previous.meeting.time && next.meeting.time !== previous.meeting.time) return false;
  return refersBack || next.meeting.participants.every((name) => previous.meeting.participants.includes(name));
}

/**
 * "The UN Security Council will meet on Saturday. … The United Nations Security Council is to hold an emergency meeting on
 * Saturday": a body meeting again, named under another form, with nobody new: the sitting told just before.
 */
export function sameBodyAgain(previous: Draft, next: Draft, people: ReadonlySet<string>): boolean {
  const bodies = next.meeting.participants.filter((name) => !people.has(name));
  return (
    next.meeting.kind === previous.meeting.kind &&
    next.meeting.participants.every((name) => !people.has(name) || previous.meeting.participants.includes(name)) &&
    bodies.some((name) => previous.meeting.participants.some((earlier) => earlier === name || acronymVariant(earlier, name)))
  );
}

/** "UN Security Council" and "United Nations Security Council": one name's opening is the acronym of the other's. */
function acronymVariant(first: string, second: string): boolean {
  const a = first.split(" ");
  const b = second.split(" ");
  let shared = 0;
  while (shared < a.length && shared < b.length && a[a.length - 1 - shared] === b[b.length - 1 - shared]) shared++;
  if (shared === 0) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  const acronym = short.slice(0, short.length - shared);
  const expansion = long.slice(0, long.length - shared).filter((word) => /^\p{Lu}/u.test(word));
  return acronym.length === 1 && /^\p{Lu}{2,}$/u.test(acronym[0]!) && expansion.map((word) => word[0]).join("") === acronym[0];
}
