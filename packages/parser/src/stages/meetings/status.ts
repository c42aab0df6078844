/** Held or scheduled: the tense a meeting is told in, read around its cue and its weekday, against the publication day. */
import { type DateMention, type DateWords, type Day, dayToString, detectTense, parseDay, type Tense } from "../dates.js";
import { allMatches } from "../matches.js";
import { type Draft, letter, type Unit } from "./draft.js";
import { isMeetingNoun } from "./when.js";
import type { MeetingWords } from "./words.js";

/** A full date more than a month on the wrong side of publication for the clause's tense. */
export function contradictsTense(date: string | null, tense: Tense, publication: Day | null): boolean {
  const day = parseDay(date);
  if (!day || !publication || tense === "unknown") return false;
  const delta = Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(publication.year, publication.month - 1, publication.day);
  const month = 31 * 86400000;
  return tense === "future" ? delta < -month : delta > month;
}

/** Of two readings of one date, the one nearer publication (the earlier on a tie). */
export function nearestOf(past: string | null, future: string | null, publication: Day | null): string | null {
  const pastDay = parseDay(past);
  const futureDay = parseDay(future);
  if (!publication || !pastDay || !futureDay) return past ?? future;
  const from = Date.UTC(publication.year, publication.month - 1, publication.day);
  const distance = (day: Day) => Math.abs(Date.UTC(day.year, day.month - 1, day.day) - from);
  return distance(futureDay) < distance(pastDay) ? future : past;
}

export function nonUnknown(tense: Tense): Tense | null {
  return tense === "unknown" ? null : tense;
}

/** How many characters before a bare weekday hold the verb it dates ("s'est ouvert lundi", "collapsed on Monday"). */
const WEEKDAY_VERB_WINDOW = 30;
/** A word in "-ed" and the space after it, before another word. */
const participleBeforeWord = /(?<![\p{L}])\p{Ll}{3,}ed\s+(?=\p{Ll})/gu;

/**
 * The tense of the words just before a bare weekday: "s'est ouvert lundi et doit durer jusqu'à
 * vendredi" opens on the Monday past, whatever the rest of the clause says. Null when those words
 * tell no tense; a weekday with a modifier ("mardi prochain") or a date says its own.
 */
export function weekdayTense(mention: DateMention, text: string, dateWords: DateWords, words: MeetingWords): Tense | null {
  if (mention.weekday === null || mention.day !== null || mention.month !== null || mention.modifier !== null) return null;
  if (mention.fromPublication !== null || mention.fromPrevious !== null) return null;
  // From a word's start: "…duled for 11 a.m. on" is no past tense, "scheduled for 11 a.m. on" a future.
  let from = Math.max(0, mention.start - WEEKDAY_VERB_WINDOW);
  while (from > 0 && letter.test(text[from - 1]!)) from--;
  // "their final televised debate on Monday": a participle that qualifies a meeting noun is no past tense.
  const window = text
    .slice(from, mention.start)
    .replace(participleBeforeWord, (participle, offset: number, whole: string) =>
      isMeetingNoun(whole.slice(offset + participle.length, offset + participle.length + 20), words) ? " ".repeat(participle.length) : participle,
    );
  const tense = detectTense(window, dateWords);
  return tense === "unknown" ? null : tense;
}

/** Whether a verb cue of the unit is a past tense of the day's news ("s'est entretenu", "met"). */
export function dayNewsVerb(text: string, unit: Unit, words: MeetingWords): boolean {
  for (const cue of unit.cues) {
    if (!cue.cue.verb) continue;
    // Only the few words before the verb can make its tense: read just those.
    const from = Math.max(0, cue.start - 40);
    const window = text.slice(from, cue.end);
    for (const match of allMatches(words.dayNewsVerb, window)) {
      const end = from + (match.index ?? 0) + match[0].length;
      const verbStart = end - (match.groups?.verb?.length ?? 0);
      if (verbStart < cue.end && end > cue.start) return true;
    }
  }
  return false;
}

export function settleStatus(draft: Draft, publication: Day | null): void {
  const meeting = draft.meeting;
  if (meeting.status !== "unknown") return;
  const sameDay = publication && meeting.date === dayToString(publication);
  if (sameDay || !publication) {
    if (draft.tense === "future") meeting.status = "scheduled";
    else if (draft.tense === "past" || sameDay) meeting.status = "held";
  }
}
