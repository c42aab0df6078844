/** What `findMeetings` reads before it builds a meeting: the document's and the sentence's running state, and a unit's tense, date, hour and referents. */
import type { Meeting } from "../../types.js";
import type { DocumentContext } from "../context.js";
import {
  addDays,
  datedModifierTense,
  type DateMention,
  type DateWords,
  type Day,
  dayToString,
  detectTense,
  type DurationMention,
  findDateMentions,
  findDurations,
  findTimes,
  monthOfDateline,
  parseDay,
  type parseWithChrono,
  resolveMention,
  type Tense,
  type TimeMention,
} from "../dates.js";
import { alternatives, groupCues, type meetingSentences } from "./cues.js";
import { type CueMatch, type Draft, MAX_SENTENCES_LOOKED_BACK, type SentenceReading, type Unit } from "./draft.js";
import { inDatelineDate, partiesIn } from "./parties.js";
import { anaphorTitleOf, countriesReferredTo, indefiniteBefore, lastTalks, latestWithin, referentOf, titledReferent } from "./referents.js";
import { contradictsTense, nearestOf, nonUnknown, weekdayTense } from "./status.js";
import { eventDayBefore, invitedTo, isMeetingNoun, lastDayBefore, movedTo, pickDate, sayingAfterDate } from "./when.js";
import type { MeetingWords } from "./words.js";

/** What the meetings of a whole document share while its sentences are read. */
export interface DocumentRun {
  ctx: DocumentContext;
  words: MeetingWords;
  dateWords: DateWords;
  publication: Day | null;
  datelineMonth: ReturnType<typeof monthOfDateline>;
  drafts: Draft[];
  /** Meetings whose day the text tells relative to a publication day the document does not give. */
  undated: Draft[];
  pending: Draft | null;
  /** The last date the text mentioned, for "dix jours plus tard". */
  previousDay: { day: Day; sentenceIndex: number } | null;
  /** The company whose board or shareholders met last, for "the company's board". */
  lastCorporateOwner: string | null;
}

/** What the meetings of one sentence share: its reading, its hours and lengths, and what earlier units took of them. */
export interface SentenceRun {
  reading: SentenceReading;
  /** The day of the event a date counts from (« la veille du sommet »), by the mention. */
  eventDays: Map<DateMention, Day>;
  times: TimeMention[];
  durations: DurationMention[];
  claimed: Set<DateMention>;
  takenTimes: Set<TimeMention>;
  takenDurations: Set<DurationMention>;
  /** Where the dates taken by earlier meetings of the sentence end: their parties stay theirs. */
  lastClaimedEnd: number;
  pendingSetHere: boolean;
  units: Unit[];
}

/** A unit's words around its first cue and the tense its meeting is told in. */
export interface UnitTense {
  regionText: string;
  firstCue: CueMatch;
  before: string;
  told: RegExpExecArray | null;
  eventText: string;
  tellingAt: number;
  afterEvent: boolean;
  framesVerb: boolean;
  definite: boolean;
  saying: number | null;
  dateMention: DateMention | null;
  verbCue: CueMatch | undefined;
  verbTense: Tense;
  regionTense: Tense;
  tense: Tense;
}

/** A unit's day, hour, length and where its parties are read. */
export interface UnitWhen {
  undecided: boolean | null;
  date: string | null;
  time: TimeMention | undefined;
  clock: string | null;
  minutes: number | null;
  ownFrom: number;
  partiesFrom: number;
  absoluteFrom: number;
  absoluteTo: number;
}

/** The meetings told before that a unit may be one more of, or take its parties from. */
export interface UnitReferents {
  weakOnly: boolean;
  previous: Draft | null;
  talks: Draft | null;
  recent: Draft | null;
  recentKind: Meeting["kind"] | null;
  afterTold: Draft | null;
  anaphorMatch: RegExpExecArray | null;
  anaphor: string | null;
  anaphoric: boolean;
  referent: string[];
  referentKind: Meeting["kind"] | undefined;
  referredCountries: string[];
}

export type UnitReading = { unit: Unit } & UnitTense & UnitWhen & UnitReferents;

type Candidate = ReturnType<typeof meetingSentences>[number];
type ChronoReading = ReturnType<typeof parseWithChrono>[number];

/** Reads a sentence's dates, hours and lengths, moves the last day told, and groups its cues into units. */
export function readSentence(run: DocumentRun, candidate: Candidate, chronoReading: ChronoReading): SentenceRun {
  const { ctx, words, dateWords, publication } = run;
  const { index, text, cues, excluded } = candidate;
  const sentence = ctx.sentences[index]!;
  // The dateline's day is when the story was filed, not a meeting's.
  const mentions = findDateMentions(text, dateWords, publication, chronoReading).filter(
    (m) => !inDatelineDate(ctx, sentence.start + m.start, sentence.start + m.end),
  );
  const knownDay = run.previousDay;
  const sentenceTense = detectTense(text, dateWords);
  // « La veille, la ministre s'était entretenue … » after a meeting to come: what is past counts from a day not to come.
  const pastFromFuture =
    sentenceTense === "past" && publication !== null && knownDay !== null && dayToString(knownDay.day) > dayToString(publication);
  if (mentions.some((m) => m.fromPrevious !== null) && (!knownDay || knownDay.sentenceIndex < index - 1 || pastFromFuture)) {
    // "puis, le lendemain, avoir des entretiens": what is to come counts from a day not yet past.
    const notBefore = sentenceTense === "future" && publication ? addDays(publication, -1) : null;
    const notAfter = sentenceTense === "past" ? publication : null;
    run.previousDay = lastDayBefore(ctx, index, pastFromFuture ? -1 : (knownDay?.sentenceIndex ?? -1), dateWords, publication, notBefore, notAfter) ?? knownDay;
  }
  const reading: SentenceReading = { index, sentence, text, mentions, excluded, tense: sentenceTense };
  const eventDays = new Map<DateMention, Day>();
  const times = findTimes(text, dateWords);
  const durations = findDurations(text, dateWords);
  // « la veille de la réunion », « le lendemain du sommet »: the meeting named there dates another one.
  const ownCues = cues.filter((c) => !mentions.some((m) => m.fromEvent && m.start <= c.start && c.end <= m.end));
  const units = groupCues(ownCues, mentions, text, words, (from, to) => partiesIn(ctx, words, sentence.start + from, sentence.start + to).length > 0);
  return {
    reading,
    eventDays,
    times,
    durations,
    claimed: new Set<DateMention>(),
    takenTimes: new Set<TimeMention>(),
    takenDurations: new Set<DurationMention>(),
    lastClaimedEnd: 0,
    pendingSetHere: false,
    units,
  };
}

/** The day a mention names, counted from the last day told or from the event it names. */
export function resolveDate(run: DocumentRun, s: SentenceRun, mention: DateMention, tense: Tense): string | null {
  const { ctx, words, dateWords, publication, datelineMonth } = run;
  const { reading } = s;
  const { index, mentions } = reading;
  let anchor = run.previousDay?.day ?? null;
  if (mention.fromPrevious !== null) {
    const earlier = mentions.filter((m) => m.end <= mention.start && m.fromPrevious === null);
    const last = earlier[earlier.length - 1];
    anchor = (last && parseDay(resolveMention(last, publication, reading.tense, null, datelineMonth))) ?? anchor;
    // "le lendemain de cette annonce": counted from the day of the event named, not the last date.
    // An event the text gave no day to ("two days after the Capitol session") leaves the day unknown:
    // the last date told is most often another event's.
    if (mention.fromEvent) {
      const eventDay = eventDayBefore(ctx, index, mention.fromEvent, dateWords, publication, mention.start, words);
      // « la veille de cet entretien »: a meeting pointed back to, told without that word, is the last one dated.
      if (eventDay) {
        anchor = eventDay;
        s.eventDays.set(mention, eventDay);
      }
      else if (!words.pointedEvent.test(mention.text) || !isMeetingNoun(mention.fromEvent, words) || !run.previousDay) return null;
    }
  }
  // « s'est entretenu dans la soirée » with no day told before: the evening of the day's news.
  const sameDayPart = mention.fromPrevious === 0 && !mention.fromEvent;
  return resolveMention(mention, publication, tense, anchor ?? (sameDayPart ? publication : null), datelineMonth);
}

/** Everything a unit's meeting is built and placed with; null for a count of meetings, none of them told. */
export function readUnit(run: DocumentRun, s: SentenceRun, unit: Unit): UnitReading | null {
  const tense = unitTense(run, s, unit);
  if (!tense) return null;
  const when = unitWhen(run, s, unit, tense);
  const referents = unitReferents(run, s, unit, tense, when);
  return { unit, ...tense, ...when, ...referents };
}

/** The tense a unit's meeting is told in, and the date mention it takes; null for a count of meetings. */
function unitTense(run: DocumentRun, s: SentenceRun, unit: Unit): UnitTense | null {
  const { words, dateWords } = run;
  const { reading, claimed } = s;
  const { text, mentions } = reading;
  const regionText = text.slice(unit.from, unit.to);
  const firstCue = unit.cues[0]!;
  // "a eu au moins 140 conversations téléphoniques", "dozens of meetings": a count of meetings, none of them told.
  // ("the May 3 meeting": a number that is a date's day counts nothing.)
  const beforeStart = Math.max(0, firstCue.start - 40);
  const before = text.slice(beforeStart, firstCue.start);
  const tally = firstCue.cue.verb ? null : words.tally.exec(before);
  if (tally && !mentions.some((m) => m.start <= beforeStart + tally.index && beforeStart + tally.index < m.end)) return null;
  // ", the office said on Wednesday" is the tense of the telling, not of the meeting.
  const told = words.reportingClause.exec(text.slice(firstCue.end, unit.to));
  const eventText = told ? text.slice(unit.from, firstCue.end + told.index) : regionText;
  // "will hold a summit …, the ministry said, the first time the bloc has gathered": a verb past the telling is another event.
  const tellingAt = told ? firstCue.end + told.index : unit.to;
  const toldVerbCue = unit.cues.find((c) => c.cue.verb && c.start < tellingAt);
  const afterEvent = !toldVerbCue && words.afterEvent.test(text.slice(Math.max(0, firstCue.start - 40), firstCue.start));
  // « En amont de la réunion, le ministre a rencontré X »: the meeting named first only frames the one the verb tells.
  const framesVerb =
    !firstCue.cue.verb && words.frame.test(text.slice(Math.max(0, firstCue.start - 40), firstCue.start)) && unit.cues.some((c) => c.cue.verb && !c.cue.weak && c.start > firstCue.end);
  const definite = !framesVerb && words.definite.test(text.slice(Math.max(0, firstCue.start - 30), firstCue.start));
  const generic = unit.cues.every((c) => !c.cue.verb && words.pluralNoun.test(text.slice(c.start, c.end)));
  const picked = pickDate(unit, firstCue, reading, words, claimed, definite || generic, afterEvent);
  // "On February 11, during the summit, the minister said officials would visit soon": the day is the saying's, and
  // its clause's; what is reported to come has none.
  const saying = picked ? sayingAfterDate(text, picked, dateWords, words) : null;
  const dateMention = saying !== null && firstCue.start >= saying ? null : picked;
  // "held a video call … on Tuesday and agreed to pool stocks": past the meeting's day, the words tell of another event.
  const dayEnd = dateMention && dateMention.start >= firstCue.end ? dateMention.end : -1;
  // "agreed to set up a group, which held its first call on January 15": the words from the comma before the cue are the meeting's.
  const commaBeforeCue = text.lastIndexOf(",", firstCue.start) + 1;
  const clauseTense =
    dayEnd > unit.from && dayEnd - unit.from < eventText.length
      ? ((commaBeforeCue > unit.from ? nonUnknown(detectTense(text.slice(commaBeforeCue, dayEnd), dateWords)) : null) ??
        detectTense(text.slice(unit.from, dayEnd), dateWords))
      : "unknown";
  // "a call on October 22, during which they agreed to extend the truce": what follows is another event's tense.
  const relative = dayEnd > unit.from ? dateWords.relativeClause.exec(text.slice(dayEnd, unit.from + eventText.length)) : null;
  const otherClause = relative !== null;
  // « un entretien le 4 mai, au cours duquel ils ont dit qu'ils se reverraient »: a verb there is another event.
  const clauseEnd = relative ? dayEnd + relative.index + relative[0].length : tellingAt;
  const verbCue = unit.cues.find((c) => c.cue.verb && c.start < clauseEnd);
  // A verb carries its own tense ("had hosted", "recevra"); a noun takes the clause's.
  const verbTense = verbCue ? detectTense(text.slice(Math.max(0, verbCue.start - 15), verbCue.end), dateWords) : "unknown";
  // A unit that spans the whole sentence has the sentence's tense, already read.
  // "The meeting … in China today may have raised hopes, but diplomats said the real test will come": the verb just
  // after the meeting's day, up to the clause's end, tells its tense before the rest of the sentence does.
  const afterDay = dayEnd > unit.from && clauseTense === "unknown" && !otherClause ? /^[^,;.]*/u.exec(text.slice(dayEnd))![0] : "";
  const afterDayTense = afterDay ? nonUnknown(detectTense(afterDay, dateWords)) : null;
  const regionTense =
    clauseTense !== "unknown" || otherClause
      ? clauseTense
      : (afterDayTense ??
        (eventText.length === text.length
          ? reading.tense
          : detectTense(eventText, dateWords)));
  // « la réunion des 21 et 22 octobre prochains » under a past verb: the date's own word says which way it points.
  const tense = (dateMention ? datedModifierTense(dateMention) : null) ?? (saying !== null ? "past" : null) ?? (afterEvent
    ? "past"
    : verbTense !== "unknown"
      ? verbTense
      : regionTense !== "unknown" || otherClause
        ? regionTense
        : reading.tense);
  return { regionText, firstCue, before, told, eventText, tellingAt, afterEvent, framesVerb, definite, saying, dateMention, verbCue, verbTense, regionTense, tense };
}

/** The unit's day, hour and length, and where its parties are read (past the dates earlier units took). */
function unitWhen(run: DocumentRun, s: SentenceRun, unit: Unit, t: UnitTense): UnitWhen {
  const { words, dateWords, publication, drafts } = run;
  const { reading, claimed, times, durations, takenTimes, takenDurations, units } = s;
  const { index, sentence, text, mentions } = reading;
  const { regionText, firstCue, afterEvent, framesVerb, dateMention, verbCue, verbTense, regionTense, tense } = t;
  if (dateMention) claimed.add(dateMention);
  // "le même jour ou le lendemain": the text does not say which day, so the meeting has none.
  const undecided = dateMention && mentions.some((m) => alternatives(m, dateMention, text, words) || alternatives(dateMention, m, text, words));
  // "qui devait se tenir le 2 avril, a été annulée": calling a meeting off is past, the meeting need not be.
  // "ont été reportées au 12 juin": the new day of a meeting put off is still to come, whatever the verb's tense.
  const moved = dateMention !== null && dateMention === movedTo(unit, reading, words);
  // "invited the union to talks on January 8": the past tense is the invitation's; the talks are to come.
  const invitationEnd = dateMention ? invitedTo(text, unit.from, dateMention.start, words) : -1;
  // A verb of its own tense is another event, unless it is what the invitation is to ("invited to meet").
  const invited = invitationEnd >= 0 && (!verbCue || verbTense === "unknown" || (verbCue.start >= invitationEnd && verbCue.start - invitationEnd <= 2));
  // A meeting called off or put off sine die may have been due before the news or after it: its day is the nearest.
  // "asked to be received before the meeting of October 15": a meeting the clause times itself by has the clause's
  // tense no more than one called off; its day is the nearest.
  // So is one the clause's event still to come follows ("will hold a news conference after their meeting on Friday").
  const timesClause = words.aheadOf.test(text.slice(Math.max(0, firstCue.start - 40), firstCue.start)) || (afterEvent && regionTense === "future");
  const nearestDay = !moved && !invited && tense !== "unknown" && (timesClause || words.cancelled.test(regionText));
  const dateTense = moved || invited ? "future" : nearestDay ? "unknown" : tense;
  const ownTense = dateMention && !moved && !invited ? weekdayTense(dateMention, text, dateWords, words) : null;
  const resolved =
    dateMention && !undecided
      ? nearestDay && ownTense === null
        ? nearestOf(resolveDate(run, s, dateMention, "past"), resolveDate(run, s, dateMention, "future"), publication)
        : resolveDate(run, s, dateMention, ownTense ?? dateTense)
      : null;
  // "will pay tribute to what happened on September 11, 2001": a dated past under a future verb
  // (or the reverse) belongs to another event of the clause.
  // "held a separate meeting with X on the margins of the summit", with no day of its own: the day of the summit told before
  // (not when the sentence places its events in another month or year: « lors de la réunion de Rome, en mars 2017 »).
  const framing = dateMention ? null : unit.cues.find((c) => (c !== firstCue || framesVerb) && !c.cue.verb && words.frame.test(text.slice(Math.max(0, c.start - 40), c.start)));
  const framedDate = framing && !indefiniteBefore.test(text.slice(Math.max(0, framing.start - 30), framing.start)) && !words.otherTime.test(text) ? (latestWithin(drafts, index, MAX_SENTENCES_LOOKED_BACK, (meeting) => meeting.kind === framing.cue.kind && meeting.date !== null)?.meeting.date ?? null) : null;
  const date = contradictsTense(resolved, dateTense, publication) ? null : (resolved ?? framedDate);
  // A time or duration an earlier meeting of the sentence took is not this one's ("talks Tuesday at 10 a.m. after a call on Wednesday").
  // « Après un entretien qui durera 45 mn, les deux hommes seront face à la presse à 17h15 »: past the comma, the hour is
  // the clause's own event's, not that of the meeting it follows.
  const commaAfterCue = afterEvent ? text.indexOf(",", firstCue.end) : -1;
  const timeEnd = commaAfterCue >= 0 ? Math.min(unit.to, commaAfterCue) : unit.to;
  const time =
    times.find((t) => t.start >= unit.from && t.start < timeEnd && !takenTimes.has(t)) ??
    (units.length === 1 && (commaAfterCue < 0 || (times[0] && times[0].start < commaAfterCue)) ? times[0] : undefined);
  // "a 40-minute phone call": a duration just before another meeting's cue is that meeting's.
  const leadsOtherCue = (d: DurationMention) => units.some((u) => u !== unit && u.cues[0]!.start - d.end >= 0 && u.cues[0]!.start - d.end <= 2);
  const duration =
    durations.find((d) => d.start >= unit.from && d.start < unit.to && !takenDurations.has(d) && !leadsOtherCue(d)) ??
    (units.length === 1 ? durations[0] : undefined);
  if (time) takenTimes.add(time);
  if (duration) takenDurations.add(duration);
  const ownFrom = unit.joinedAt ?? unit.from;
  const partiesFrom = s.lastClaimedEnd <= firstCue.start ? Math.max(ownFrom, s.lastClaimedEnd) : ownFrom;
  if (dateMention) s.lastClaimedEnd = Math.max(s.lastClaimedEnd, dateMention.end);
  const absoluteFrom = sentence.start + partiesFrom;
  const absoluteTo = sentence.start + unit.to;
  const clock = time?.time ?? null;
  const minutes = duration?.minutes ?? null;
  return { undecided, date, time, clock, minutes, ownFrom, partiesFrom, absoluteFrom, absoluteTo };
}

/** The meetings told before the unit may be one more sitting of, or whose parties its anaphor names, read before it is built. */
function unitReferents(run: DocumentRun, s: SentenceRun, unit: Unit, t: UnitTense, w: UnitWhen): UnitReferents {
  const { ctx, words, drafts, pending } = run;
  const { reading, units } = s;
  const { index, text } = reading;
  const { regionText, firstCue } = t;
  const { date, absoluteFrom } = w;
  // "The Security Council will hold an emergency session": a body named before its sitting holds a meeting of its own,
  // not one more sitting of the talks told before.
  const bodySitting = unit.cues.some((c) => c.cue.sitting) && words.sittingBody.test(text.slice(unit.from, firstCue.start));
  const weakOnly = !bodySitting && unit.cues.every((c) => c.cue.weak);
  const previous = drafts[drafts.length - 1] ?? null;
  const talks = weakOnly && unit.cues.some((c) => c.cue.sitting) ? lastTalks(drafts, index) : null;
  const recent =
    talks ??
    [pending, previous]
      .filter((d): d is Draft => d !== null && index - d.sentenceIndex <= 3)
      .sort((a, b) => b.sentenceIndex - a.sentenceIndex)[0] ??
    null;
  // What the meeting takes from earlier ones is read now: they may change before it is built.
  const recentKind = weakOnly ? (recent?.meeting.kind ?? "meeting") : null;
  // "The two firms' negotiating teams will meet": the anaphor may hold a cue of its own, so an
  // earlier unit of the sentence, and is looked for from the sentence's start.
  // "The meeting between the two leaders came after X held talks with Y": what the meeting told last came after was
  // held that same day, by the people named after "after", not the two leaders.
  const lastTold = drafts[drafts.length - 1];
  const openingCue = units[0]!.cues[0]!;
  const afterTold =
    date === null &&
    unit !== units[0] &&
    lastTold !== undefined &&
    lastTold.meeting.date !== null &&
    index - lastTold.sentenceIndex <= MAX_SENTENCES_LOOKED_BACK &&
    words.definite.test(text.slice(Math.max(0, openingCue.start - 30), openingCue.start)) &&
    words.cameAfter.test(text.slice(unit.from, firstCue.start))
      ? lastTold
      : null;
  const anaphorMatch = afterTold ? null : words.anaphora.exec(text.slice(0, unit.to));
  const anaphor = anaphorMatch?.[0] ?? null;
  const anaphoric = anaphor !== null;
  // "both sides", "the two delegations": the sides of the last talks told, not of any meeting.
  const referentDraft = anaphoric
    ? ((words.sides.test(anaphor) ? lastTalks(drafts, index) : null) ?? referentOf(drafts, pending, index))
    : null;
  // "les deux ministres": the two people of a meeting told before who may hold that title, not a prime minister and a president.
  const anaphorTitle = anaphor ? anaphorTitleOf(anaphor, words) : null;
  const titled = anaphorTitle ? titledReferent(ctx, words, drafts, index, anaphorTitle) : null;
  const referent = titled ?? [...(referentDraft?.meeting.participants ?? [])];
  const referentKind = referentDraft?.meeting.kind;
  const referredCountries = countriesReferredTo(ctx, words, drafts, index, regionText, ctx.sentences[Math.max(0, index - MAX_SENTENCES_LOOKED_BACK)]!.start, absoluteFrom);
  return { weakOnly, previous, talks, recent, recentKind, afterTold, anaphorMatch, anaphor, anaphoric, referent, referentKind, referredCountries };
}
