/** A meeting's day and place in time: the date a unit is placed on, the story's day and the events dated before, the local zone. */
import type { DocumentContext } from "../context.js";
import {
  addDays,
  type DateMention,
  type DateWords,
  type Day,
  dayToString,
  detectTense,
  findDateMentions,
  parseDay,
  resolveMention,
  zoneOfPlace,
} from "../dates.js";
import { allMatches } from "../matches.js";
import { foldPlaceName, placeZones } from "../time-zones.js";
import type { CueMatch, Draft, SentenceReading, Unit } from "./draft.js";
import { inDatelineDate, placeNamePattern } from "./parties.js";
import type { MeetingWords } from "./words.js";

/** The "'s" of a day in the possessive ("Friday's"), read around the end of its mention. */
export const possessiveEnd = /['’]s(?![\p{L}])/u;

export function rememberDay(date: string | null, sentenceIndex: number): { day: Day; sentenceIndex: number } | null {
  const day = parseDay(date);
  return day ? { day, sentenceIndex } : null;
}

/** How many days before publication the day a story tells of may lie. */
const STORY_DAY_REACH = 7;

/**
 * The past day the sentence just before tells its story on (« Ils étaient à Rodez lundi 7 février »), not a day
 * something was said on ("the ministry said on Monday"): a meeting told next without a day of its own is on it.
 */
export function storyDayBefore(ctx: DocumentContext, index: number, dateWords: DateWords, publication: Day): Day | null {
  const sentence = ctx.sentences[index - 1];
  if (!sentence) return null;
  const text = ctx.text.slice(sentence.start, sentence.end);
  const tense = detectTense(text, dateWords);
  if (tense !== "past") return null;
  const mentions = findDateMentions(text, dateWords, publication).filter((m) => !m.reported && !inDatelineDate(ctx, sentence.start + m.start, sentence.start + m.end));
  const last = mentions[mentions.length - 1];
  const day = last ? parseDay(resolveMention(last, publication, tense, null)) : null;
  // A story's own day is recent: a day long past is another event's ("first met on March 3, 2019").
  return day && dayToString(day) < dayToString(publication) && dayToString(day) >= dayToString(addDays(publication, -STORY_DAY_REACH)) ? day : null;
}

/** The last full date, between `notBefore` and `notAfter`, written in the sentences before `index` (chrono is run on them only now). */
export function lastDayBefore(
  ctx: DocumentContext,
  index: number,
  known: number,
  dateWords: DateWords,
  publication: Day | null,
  notBefore: Day | null,
  notAfter: Day | null = null,
): { day: Day; sentenceIndex: number } | null {
  for (let back = index - 1; back > known && back >= index - 6; back--) {
    const sentence = ctx.sentences[back]!;
    const text = ctx.text.slice(sentence.start, sentence.end);
    const mentions = findDateMentions(text, dateWords, publication);
    if (mentions.length === 0) continue;
    const tense = detectTense(text, dateWords);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const day = parseDay(resolveMention(mentions[i]!, publication, tense, null));
      if (day && !(notBefore && dayToString(day) < dayToString(notBefore)) && !(notAfter && dayToString(day) > dayToString(notAfter))) {
        return { day, sentenceIndex: back };
      }
    }
  }
  return null;
}

/** Letters an event noun and its verb share ("annonce", "a annoncé"; "visite", "visited"). */
const EVENT_STEM_LENGTH = 5;
/** How far back "cette annonce" looks for its event: an article names it nearby, and a bound keeps long texts linear. */
export const EVENT_LOOKBACK_SENTENCES = 40;

/** Whether `noun` is a word for a meeting (« entretien », "talks"): its cue stem starts it. */
export function isMeetingNoun(noun: string, words: MeetingWords): boolean {
  const stem = words.cue.exec(noun);
  words.cue.lastIndex = 0;
  return stem !== null && stem.index === 0;
}

/**
 * The day of the event `noun` stands for, from the latest sentence that names it (a word with the
 * same stem) and dates it, the current one up to `within` first ("will meet on Friday for a summit,
 * with ministers meeting the day before the summit"): the date nearest after that word, else the
 * last one before it. A date the telling is on ("a annoncé jeudi", "said on Monday") is not a meeting's.
 */
export function eventDayBefore(
  ctx: DocumentContext,
  index: number,
  noun: string,
  dateWords: DateWords,
  publication: Day | null,
  within: number,
  words: MeetingWords,
): Day | null {
  const stem = noun.toLowerCase().slice(0, EVENT_STEM_LENGTH);
  // The day an announcement is told on is its own; a summit's is not.
  const meeting = isMeetingNoun(noun, words);
  for (let back = index; back >= Math.max(0, index - EVENT_LOOKBACK_SENTENCES); back--) {
    const sentence = ctx.sentences[back]!;
    const text = ctx.text.slice(sentence.start, back === index ? sentence.start + within : sentence.end);
    const lower = text.toLowerCase();
    let at = lower.indexOf(stem);
    while (at > 0 && /\p{L}/u.test(lower[at - 1]!)) at = lower.indexOf(stem, at + 1);
    if (at < 0) continue;
    const mentions = findDateMentions(text, dateWords, publication).filter((m) => m.fromPrevious === null && !(meeting && m.reported));
    if (mentions.length === 0) continue;
    const ordered = [...mentions.filter((m) => m.start >= at), ...mentions.filter((m) => m.start < at).reverse()];
    const tense = detectTense(back === index ? ctx.text.slice(sentence.start, sentence.end) : text, dateWords);
    for (const mention of ordered) {
      const day = parseDay(resolveMention(mention, publication, tense, null));
      if (day) return day;
    }
  }
  return null;
}

export function hasDateBetween(mentions: DateMention[], from: number, to: number): boolean {
  return mentions.some((m) => !m.reported && m.start >= from && m.start < to);
}

/** "the March 27 Capitol incident", "the Jan. 6 attack": a date between "the" and its noun is that noun's day; a meeting noun's is the meeting's. */
const attributiveNoun = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?<noun>\p{Ll}+)/u;

function qualifiesOtherNoun(mention: DateMention, text: string, words: MeetingWords): boolean {
  if (!words.attributiveDateBefore?.test(text.slice(Math.max(0, mention.start - 6), mention.start))) return false;
  const noun = attributiveNoun.exec(text.slice(mention.end, mention.end + 60))?.groups?.noun;
  return noun !== undefined && !isMeetingNoun(noun, words);
}

/**
 * The date a unit is placed on: the new one after "reporté à", else the first after the cue, else
 * the nearest before it (not across a press conference, not one already taken when the cue points
 * back with a definite article).
 */
export function pickDate(
  unit: Unit,
  firstCue: CueMatch,
  reading: SentenceReading,
  words: MeetingWords,
  claimed: Set<DateMention>,
  definite: boolean,
  afterEvent = false,
): DateMention | null {
  const { mentions, text, excluded } = reading;
  const moved = movedTo(unit, reading, words);
  if (moved) return moved;
  // "told reporters on Thursday after a meeting with X": what came just before the telling was that day too.
  if (afterEvent) {
    const told = mentions.find((m) => {
      if (!m.reported || m.end > firstCue.start || m.start < unit.from) return false;
      const between = text.slice(m.end, firstCue.start);
      const after = words.afterEvent.exec(between);
      return after !== null && between.slice(0, after.index).trim() === "";
    });
    if (told) return told;
  }
  // « sont réunis depuis jeudi soir »: "since" right after the meeting's own verb is when it opened, not another event's day.
  const ownedByOtherEvent = (m: DateMention) =>
    (words.otherEvent.test(text.slice(Math.max(0, m.start - 40), m.start)) && !(m.start >= firstCue.end && words.sinceOpening.test(text.slice(firstCue.end, m.start)))) ||
    qualifiesOtherNoun(m, text, words);
  // "se sont rencontrés …, lors d'un point de presse le 29 avril": a date past a press conference is the conference's.
  const after = mentions.find(
    (m) =>
      !m.reported &&
      !m.pointsAhead &&
      !ownedByOtherEvent(m) &&
      !ofLaterEvent(m, text, firstCue.end, words) &&
      m.start >= firstCue.start &&
      m.start < unit.to &&
      // "s'apprêtait à recevoir X ; le 26 février, une explosion …": a semicolon ends the cue's clause.
      !text.slice(firstCue.end, m.start).includes(";") &&
      !excluded.some(([s, e]) => s >= firstCue.end && e <= m.start),
  );
  if (after) return after;
  // "les négociations de la COP21 en décembre 2015": the cue has a time of its own, not the clause's day.
  if (words.otherTime.test(text.slice(firstCue.end, Math.min(unit.to, firstCue.end + 60)))) return null;
  if (words.aheadOf.test(text.slice(Math.max(0, firstCue.start - 40), firstCue.start))) return null;
  const floor = definite ? unit.from : 0;
  // "samedi au sommet, puis se rendra à Glasgow": what comes "then" is on a later day, unless the day
  // before is only a part of one (« dans l'après-midi …, puis être reçu à 18 h »).
  const afterThen = words.then.test(text.slice(unit.from, firstCue.start));
  const before = mentions.filter(
    (m) =>
      !m.reported &&
      (!afterThen || m.start >= unit.from || m.fromPrevious === 0 || m.fromPublication === 0) &&
      m.start >= floor &&
      m.start < firstCue.start &&
      !(definite && claimed.has(m)) &&
      // "Friday's talks were significant as it was Dai's last visit": a day in the possessive is the talks' alone.
      !(claimed.has(m) && possessiveEnd.test(text.slice(m.end - 2, m.end + 2))) &&
      !ownedByOtherEvent(m) &&
      !excluded.some(([s, e]) => (s >= m.end && e <= firstCue.start) || (e <= m.start && m.start - e < 30)),
  );
  const last = before[before.length - 1] ?? null;
  // "participeront mercredi et jeudi au sommet", "on Monday and Tuesday … a meeting": it opens on the first day.
  const first = before[before.length - 2];
  if (last && first && first.end <= last.start && words.datePair.test(text.slice(first.end, last.start))) return first;
  return last;
}

/**
 * Where a verb of saying in the past starts that follows `date` and opens a clause still to come ("said officials would
 * visit", « a déclaré que des responsables viendraient »), the clause of the date being no future: null when there is none.
 */
export function sayingAfterDate(text: string, date: DateMention, dateWords: DateWords, words: MeetingWords): number | null {
  if (!words.pastSaying) return null;
  const saying = words.pastSaying.exec(text.slice(date.end));
  if (!saying) return null;
  const at = date.end + saying.index;
  if (detectTense(text.slice(0, at), dateWords) === "future") return null;
  return detectTense(text.slice(at + saying[0].length), dateWords) === "future" ? at : null;
}

/** Where the first words that name another event after the cue start ("after their talks", "to be held"), or the text's end. */
export function laterEventStart(text: string, cueEnd: number, words: MeetingWords): number {
  words.laterEvent.lastIndex = cueEnd;
  const found = words.laterEvent.exec(text);
  words.laterEvent.lastIndex = 0;
  return found ? found.index : text.length;
}

/** Whether a date without a day, past the cue, is that of another event the words after the cue name. */
export function ofLaterEvent(mention: DateMention, text: string, cueEnd: number, words: MeetingWords): boolean {
  if (mention.day !== null || mention.weekday !== null || mention.fromPublication !== null || mention.fromPrevious !== null) return false;
  return mention.start > cueEnd && laterEventStart(text, cueEnd, words) < mention.start;
}

/** The new date after "reporté à", "postponed to" in the unit, if any. */
export function movedTo(unit: Unit, reading: SentenceReading, words: MeetingWords): DateMention | null {
  const { mentions, text } = reading;
  words.postponed.lastIndex = 0;
  for (const match of allMatches(words.postponed, text)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    const moved = mentions.find((m) => m.start >= after && m.start - after < 30);
    if (moved && at >= unit.from && at < unit.to) return moved;
  }
  // "la réunion, initialement prévue le 2 avril à Rabat, au lundi 14 avril": the day named next is the one it keeps.
  const formerAt = mentions.findIndex((m) => m.former && m.start >= unit.from && m.start < unit.to);
  const next = formerAt >= 0 ? mentions[formerAt + 1] : undefined;
  if (next && !next.reported && !next.former && next.start < unit.to && next.start - mentions[formerAt]!.end < MOVED_REACH && !/[;.!?]/.test(text.slice(mentions[formerAt]!.end, next.start))) {
    return next;
  }
  return null;
}

/** How far after the day first set the new one may stand. */
const MOVED_REACH = 80;

/** How far an invitation may stand before the day of what it invites to ("invited the X Alliance to talks on"). */
const INVITATION_REACH = 90;

/** Where an invitation that leads, within its clause, to the date at `dateStart` ends ("invited the X to"), or -1. */
export function invitedTo(text: string, from: number, dateStart: number, words: MeetingWords): number {
  const start = Math.max(from, dateStart - INVITATION_REACH);
  for (const match of allMatches(words.invitation, text.slice(start, dateStart))) {
    const end = start + (match.index ?? 0) + match[0].length;
    if (!/[;.!?]/.test(text.slice(end, dateStart))) return end;
  }
  return -1;
}

/** The day of the week of a full date (0 for Sunday), or null. */
export function weekdayOf(date: string): number | null {
  const day = parseDay(date);
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() : null;
}

/**
 * The zone of the place the meeting's sentence names, for "heure locale" / "local time"; else of
 * the one the sentence before names ("arrived in Tokyo on Sunday. He will hold talks at 10 a.m. local time");
 * else of the dateline's city.
 */
export function localZone(ctx: DocumentContext, draft: Draft): string | null {
  const meeting = draft.meeting;
  const before = ctx.sentences[draft.sentenceIndex - 1];
  // "SYDNEY, Dec 30 - … talks in Port Moresby … at 10 a.m. local time": the city the story is filed from is not where it happens.
  const dateline = ctx.dateline ?? null;
  const datelineEnd = dateline && dateline.start < meeting.end && dateline.end > meeting.start ? dateline.end : -1;
  const spans: Array<[number, number]> = [[Math.max(meeting.start, datelineEnd), meeting.end]];
  if (before && before.end <= meeting.start) spans.push([before.start, before.end]);
  if (datelineEnd >= 0) spans.push([meeting.start, datelineEnd]);
  for (const [start, end] of spans) {
    for (const place of ctx.places) {
      if (place.mentions.some((m) => m.start >= start && m.end <= end)) {
        const zone = zoneOfPlace(place.name) ?? (place.country ? zoneOfPlace(place.country) : null);
        if (zone) return zone;
      }
    }
    const match = placeNamePattern().exec(foldPlaceName(ctx.text.slice(start, end)));
    if (match) return placeZones[match[0]] ?? null;
  }
  return null;
}
