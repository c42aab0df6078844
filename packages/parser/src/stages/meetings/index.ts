/** The meetings stage: `findMeetings` reads each sentence with a meeting word into meetings; the other modules hold what it reads with. */
import type { Meeting } from "../../types.js";
import type { DocumentContext } from "../context.js";
import {
  addDays,
  datedModifierTense,
  type DateMention,
  type Day,
  dayToString,
  detectTense,
  type DurationMention,
  findDateMentions,
  findDurations,
  findTimes,
  monthOfDateline,
  parseDay,
  parseWithChrono,
  resolveMention,
  type Tense,
  type TimeMention,
  zoneFromEquivalent,
} from "../dates.js";
import { allMatches } from "../matches.js";
import {
  bilateralPairs,
  bodyBeforeCue,
  fillFrom,
  framingBodyMeeting,
  meetingsOneByOne,
  mergeable,
  namedBodyAfter,
  sameBodyAgain,
  toldAgain,
} from "./build.js";
import { alternatives, findTopic, groupCues, kindOf, meetingSentences } from "./cues.js";
import { Draft, MAX_SENTENCES_LOOKED_BACK, type Party, type SentenceReading } from "./draft.js";
import { entityIndexOf } from "./entity-index.js";
import {
  addAttendees,
  addListedAttendees,
  addParticipant,
  byAcronym,
  groupAfter,
  groupsBefore,
  inDatelineDate,
  partiesIn,
  storyStart,
  useFullNames,
} from "./parties.js";
import {
  addPrecedingParty,
  anaphorTitleOf,
  corporateOwnerBefore,
  countriesReferredTo,
  firstDraftOf,
  firstPersonIn,
  headlineChannel,
  headlinePeople,
  indefiniteBefore,
  lastOfKind,
  lastTalks,
  latestWithin,
  MAX_SENTENCES_TO_TALKS,
  protagonistBefore,
  referentOf,
  roleHolderBefore,
  sameMeetingBefore,
  soleTitleHolder,
  titledReferent,
  titleHolderBefore,
} from "./referents.js";
import { contradictsTense, dayNewsVerb, nearestOf, nonUnknown, settleStatus, weekdayTense } from "./status.js";
import {
  EVENT_LOOKBACK_SENTENCES,
  eventDayBefore,
  invitedTo,
  isMeetingNoun,
  lastDayBefore,
  laterEventStart,
  localZone,
  movedTo,
  ofLaterEvent,
  pickDate,
  possessiveEnd,
  rememberDay,
  sayingAfterDate,
  storyDayBefore,
} from "./when.js";

export type { MeetingCue, MeetingWords } from "./words.js";

/** The G7, G20…: the leaders' groups whose meetings are summits. */
const summitGroup = /^G\d{1,2}$/;
/** The last paragraph of a story's lead (its first, or a standfirst and the first). */
const LEAD_PARAGRAPH = 1;
/** How far back the meetings "also" adds one to are looked for. */
const ALSO_REACH = 4;
const MAX_TITLED_PARTIES = 6;
/** How far after a title a name is read as its holder's (« le secrétaire d'État Paul Vidal »). */
const NAME_AFTER_TITLE = 30;
/** How many days before publication a meeting told sets the story on its own day rather than the day's news. */
const RECENT_DAYS = 7;

/** The words before `end` past the last quotation mark: what was said there has a tense of its own. */
function saidBefore(text: string, end: number): string {
  const before = text.slice(0, end);
  return before.slice(Math.max(before.lastIndexOf("»"), before.lastIndexOf("”"), before.lastIndexOf('"')) + 1);
}

/**
 * Finds phone calls, talks, summits, visits… with their kind, date, time, zone, duration,
 * participants, topics and status. Only sentences with a meeting word are read (chrono included).
 */
export function findMeetings(ctx: DocumentContext): void {
  const words = ctx.locale.meetings;
  const dateWords = ctx.locale.dates;
  const publication = parseDay(ctx.publishedAt);
  // "December 2004" heading a text without a publication day still gives year-less dates their year.
  const datelineMonth = publication || !ctx.dateline ? null : monthOfDateline(ctx.dateline.text, dateWords);
  const drafts: Draft[] = [];
  /** Meetings whose day the text tells relative to a publication day the document does not give. */
  const undated: Draft[] = [];
  let pending: Draft | null = null;
  /** The last date the text mentioned, for "dix jours plus tard". */
  let previousDay: { day: Day; sentenceIndex: number } | null = null;
  /** The company whose board or shareholders met last, for "the company's board". */
  let lastCorporateOwner: string | null = null;

  const sentences = ctx.sentences;
  const candidates = meetingSentences(ctx, words);
  const chronoReadings = parseWithChrono(
    candidates.map((c) => c.text),
    dateWords,
    publication,
  );
  for (let candidate = 0; candidate < candidates.length; candidate++) {
    const { index, text, cues, excluded } = candidates[candidate]!;
    const sentence = sentences[index]!;
    // The dateline's day is when the story was filed, not a meeting's.
    const mentions = findDateMentions(text, dateWords, publication, chronoReadings[candidate]!).filter(
      (m) => !inDatelineDate(ctx, sentence.start + m.start, sentence.start + m.end),
    );
    // TypeScript narrows `previousDay` to null here as it cannot follow the closures that set it.
    const knownDay = previousDay as { day: Day; sentenceIndex: number } | null;
    const sentenceTense = detectTense(text, dateWords);
    // « La veille, la ministre s'était entretenue … » after a meeting to come: what is past counts from a day not to come.
    const pastFromFuture =
      sentenceTense === "past" && publication !== null && knownDay !== null && dayToString(knownDay.day) > dayToString(publication);
    if (mentions.some((m) => m.fromPrevious !== null) && (!knownDay || knownDay.sentenceIndex < index - 1 || pastFromFuture)) {
      // "puis, le lendemain, avoir des entretiens": what is to come counts from a day not yet past.
      const notBefore = sentenceTense === "future" && publication ? addDays(publication, -1) : null;
      const notAfter = sentenceTense === "past" ? publication : null;
      previousDay = lastDayBefore(ctx, index, pastFromFuture ? -1 : (knownDay?.sentenceIndex ?? -1), dateWords, publication, notBefore, notAfter) ?? knownDay;
    }
    const reading: SentenceReading = { index, sentence, text, mentions, excluded, tense: sentenceTense };
    /** The day of the event a date counts from (« la veille du sommet »), by the mention. */
    const eventDays = new Map<DateMention, Day>();
    const resolve = (mention: DateMention, tense: Tense): string | null => {
      let anchor = previousDay?.day ?? null;
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
            eventDays.set(mention, eventDay);
          }
          else if (!words.pointedEvent.test(mention.text) || !isMeetingNoun(mention.fromEvent, words) || !previousDay) return null;
        }
      }
      // « s'est entretenu dans la soirée » with no day told before: the evening of the day's news.
      const sameDayPart = mention.fromPrevious === 0 && !mention.fromEvent;
      return resolveMention(mention, publication, tense, anchor ?? (sameDayPart ? publication : null), datelineMonth);
    };
    const times = findTimes(text, dateWords);
    const durations = findDurations(text, dateWords);
    const claimed = new Set<DateMention>();
    const takenTimes = new Set<TimeMention>();
    const takenDurations = new Set<DurationMention>();
    /** Where the dates taken by earlier meetings of the sentence end: their parties stay theirs. */
    let lastClaimedEnd = 0;
    let pendingSetHere = false;

    // « la veille de la réunion », « le lendemain du sommet »: the meeting named there dates another one.
    const ownCues = cues.filter((c) => !mentions.some((m) => m.fromEvent && m.start <= c.start && c.end <= m.end));
    const units = groupCues(ownCues, mentions, text, words, (from, to) => partiesIn(ctx, words, sentence.start + from, sentence.start + to).length > 0);
    for (const unit of units) {
      const regionText = text.slice(unit.from, unit.to);
      const firstCue = unit.cues[0]!;
      // "a eu au moins 140 conversations téléphoniques", "dozens of meetings": a count of meetings, none of them told.
      // ("the May 3 meeting": a number that is a date's day counts nothing.)
      const beforeStart = Math.max(0, firstCue.start - 40);
      const before = text.slice(beforeStart, firstCue.start);
      const tally = firstCue.cue.verb ? null : words.tally.exec(before);
      if (tally && !mentions.some((m) => m.start <= beforeStart + tally.index && beforeStart + tally.index < m.end)) continue;
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
            ? nearestOf(resolve(dateMention, "past"), resolve(dateMention, "future"), publication)
            : resolve(dateMention, ownTense ?? dateTense)
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
      const partiesFrom = lastClaimedEnd <= firstCue.start ? Math.max(ownFrom, lastClaimedEnd) : ownFrom;
      if (dateMention) lastClaimedEnd = Math.max(lastClaimedEnd, dateMention.end);
      const absoluteFrom = sentence.start + partiesFrom;
      const absoluteTo = sentence.start + unit.to;
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
      const clock = time?.time ?? null;
      const minutes = duration?.minutes ?? null;
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
      const referredCountries = countriesReferredTo(ctx, words, drafts, index, regionText, sentences[Math.max(0, index - MAX_SENTENCES_LOOKED_BACK)]!.start, absoluteFrom);

      const buildMeeting = (): Meeting => {
        const inTimes = (party: Party) => times.some((t) => party.start >= sentence.start + t.start && party.start < sentence.start + t.end);
        // ", a indiqué son porte-parole, X" / ", said X": who tells of the meeting is not in it.
        const tellerFrom = told ? sentence.start + firstCue.end + told.index : absoluteTo;
        let parties = partiesIn(ctx, words, absoluteFrom, absoluteTo).filter((party) => !inTimes(party)).map((party) => byAcronym(ctx, party));
        if (parties.some((p) => p.start < tellerFrom)) parties = parties.filter((p) => p.start < tellerFrom);
        // Between people, a capital is where they meet, not a party of its own; and a country
        // written as the venue is no party when two others meet there (a visit's place is).
        if (parties.filter((p) => p.kind === "person").length >= 2) {
          parties = parties.filter((p) => p.kind !== "country" || p.byName);
        }
        const visit = unit.cues.some((c) => c.cue.kind === "visit");
        // "NATO ministers will convene …, to prepare the summit, which will take place in Vilnius": with only its venue
        // in reach, a meeting's party is the organization the sentence opens with.
        if (!visit && parties.length > 0 && parties.every((p) => p.locative)) {
          const opening = partiesIn(ctx, words, sentence.start, sentence.start + unit.from).filter((p) => p.kind === "organization");
          if (opening.length > 0) parties = opening;
        }
        const venues = visit
          ? []
          : parties.filter((p) => p.locative && !parties.some((q) => q.name === p.name && !q.locative)).map((p) => p.name);
        const meeting: Meeting = {
          kind: recentKind ?? kindOf(unit.cues, text, words),
          status: "unknown",
          date,
          time: clock,
          timeZone: time?.zone && time.zone !== "local" ? time.zone : time?.equivalent && date ? zoneFromEquivalent(date, time) : null,
          startsAt: null,
          durationMinutes: minutes,
          participants: [],
          topics: [],
          text,
          start: sentence.start,
          end: sentence.end,
        };
        // "the two countries will hold talks in La Paz": the countries referred to are who meets, named first.
        for (const country of referredCountries) addParticipant(meeting, country);
        for (const party of parties) addParticipant(meeting, party.name);
        const people = entityIndexOf(ctx).people;
        if (anaphoric) {
          // "les deux dirigeants" are the people of the meeting told before, when it has two.
          const referentPeople = referent.filter((name) => people.has(name));
          const referentSides = referent.filter((name) => !people.has(name));
          // "both delegations", "the two companies' teams" are the sides, not the people who lead them.
          const sides = words.sides.test(anaphor) && referentSides.length >= 2 ? referentSides : null;
          for (const name of sides ?? (referentPeople.length >= 2 ? referentPeople : referent)) addParticipant(meeting, name);
          // "les deux délégations se sont retrouvées": one more round of the talks told before (when
          // "the two leaders met", they met: that is a meeting).
          // Not when the sides are named past the meeting ("met the union on Monday and urged both sides to …",
          // "in a meeting that both sides described as cordial"): that meeting is the one told.
          const sidesMeet = anaphorMatch!.index < firstCue.start || words.sidesFollow.test(text.slice(firstCue.end, anaphorMatch!.index));
          if (meeting.kind === "meeting" && sidesMeet && words.sides.test(anaphor) && (referentKind === "negotiations" || referentKind === "consultations" || referentKind === "summit")) {
            meeting.kind = referentKind;
          }
        }
        // "G7 was scheduled to meet": a group of leaders that meets as itself holds a summit (people
        // who dine "en marge du G20" hold a meeting of their own).
        const groupMeets = parties.some((p) => summitGroup.test(p.name) || words.summitBodies.includes(p.name)) && !parties.some((p) => p.kind === "person");
        if (meeting.kind === "meeting" && groupMeets && !words.ministerial.test(regionText)) {
          meeting.kind = "summit";
        }
        // "spoke with the Canadian minister", « entre la ministre et les syndicats »: the holder of the title named before.
        const titledFrom = sentences[Math.max(0, index - MAX_SENTENCES_LOOKED_BACK)]!.start;
        let titled = 0;
        for (const match of allMatches(words.titledPerson, text.slice(unit.from, unit.to))) {
          const at = sentence.start + unit.from + (match.index ?? 0);
          if (at >= tellerFrom || ++titled > MAX_TITLED_PARTIES) break;
          // "met Panama's commerce and industry minister on Monday … with the minister, Federico Alfaro": with no holder named
          // before, the one the next sentences name.
          const title = match.groups?.title ?? "";
          const qualifier = match.groups?.qualifier ?? null;
          // « le secrétaire d'État Paul Vidal »: a name right after the title is its holder, already a party.
          const titleEnd = at + match[0].length;
          const namedAfter = partiesIn(ctx, words, titleEnd, Math.min(sentence.end, titleEnd + NAME_AFTER_TITLE)).some((p) => p.kind === "person");
          const holder =
            titleHolderBefore(ctx, words, title, qualifier, titledFrom, at) ??
            (namedAfter ? null : (titleHolderBefore(ctx, words, title, qualifier, sentence.end, sentences[Math.min(sentences.length - 1, index + 2)]!.end) ?? soleTitleHolder(ctx, words, title, qualifier)));
          // « Le ministre s'est entretenu avec X »: a holder named before the cue comes first, as the text names them.
          if (holder && at < sentence.start + firstCue.start && !meeting.participants.includes(holder)) meeting.participants.unshift(holder);
          else if (holder) addParticipant(meeting, holder);
        }
        // "X met Y on Monday and later called Z": the subject of the sentence is in the meeting joined to the first.
        const subject =
          unit.joinedAt === undefined
            ? []
            : partiesIn(ctx, words, sentence.start, sentence.start + units[0]!.cues[0]!.start).filter((p) => p.kind === "person");
        for (const party of [...subject].reverse()) if (!meeting.participants.includes(party.name)) meeting.participants.unshift(party.name);
        // "She met X on Thursday and then spoke with Y": a pronoun subject is whoever the sentence's first meeting took it for.
        const sentenceFirst = unit.joinedAt !== undefined && subject.length === 0 ? firstDraftOf(drafts, index) : null;
        const pronounSubject = sentenceFirst && words.unnamedPerson.test(text.slice(0, units[0]!.cues[0]!.start)) ? sentenceFirst.meeting.participants[0] : undefined;
        if (pronounSubject && people.has(pronounSubject) && !meeting.participants.includes(pronounSubject)) meeting.participants.unshift(pronounSubject);
        // "… and met her in Brussels": the pronoun is the person the meeting before was with.
        const before = drafts[drafts.length - 1];
        if (subject.length > 0 && before && before.sentenceIndex === index && words.objectPronoun?.test(text.slice(firstCue.end, firstCue.end + 10))) {
          for (const name of before.meeting.participants) {
            if (people.has(name) && !subject.some((p) => p.name === name)) addParticipant(meeting, name);
          }
        }
        // "Il sera reçu par Emmanuel Macron": a subject without a name, whoever is named after the cue.
        const personBeforeCue = subject.length > 0 || pronounSubject !== undefined || parties.some((p) => p.kind === "person" && p.start < sentence.start + firstCue.start);
        const unnamed = personBeforeCue ? null : words.unnamedPerson.exec(text.slice(ownFrom, firstCue.start));
        if (unnamed) {
          // "il escompte … avoir des entretiens", "le futur président a reçu": most often the person the text is about;
          // « le ministre » is rather the last person called a minister.
          // The byline above the dateline names who wrote the story, not who is in it.
          const lookFrom = Math.max(sentences[Math.max(0, index - 3)]!.start, storyStart(ctx, sentence.start));
          const title = /\p{L}+$/u.exec(unnamed[0])?.[0] ?? "";
          // « Il doit rencontrer vendredi … » opening the sentence: the subject of the sentence before, named first there.
          const opensSentence = unit.from === 0 && unnamed.index === 0 && !/\s/u.test(unnamed[0]);
          const previousSentence = index > 0 && sentences[index - 1]!.start >= lookFrom ? sentences[index - 1]! : null;
          const protagonist =
            (opensSentence && previousSentence ? firstPersonIn(ctx, previousSentence.start, previousSentence.end) : null) ??
            (title.length > 3 ? roleHolderBefore(ctx, title, lookFrom, sentence.start + firstCue.start) : null) ??
            protagonistBefore(ctx, lookFrom, sentence.start + firstCue.start);
          if (protagonist && !meeting.participants.includes(protagonist)) meeting.participants.unshift(protagonist);
        }
        // "Les ministres de l'UE se réuniront à Bruxelles": a body meets at a venue; a person alone there meets its country.
        const others = parties.filter((p) => !venues.includes(p.name));
        const bodyMeets = others.length > 0 && others.every((p) => p.kind === "organization");
        if (bodyMeets || meeting.participants.filter((name) => !venues.includes(name)).length >= 2) {
          meeting.participants = meeting.participants.filter((name) => !venues.includes(name));
        }
        const topic = findTopic(regionText.slice(firstCue.end - unit.from), words, mentions, firstCue.end);
        if (topic) meeting.topics.push(topic);
        const statusText = units.length === 1 ? text : regionText;
        words.postponed.lastIndex = 0;
        const postponed = words.postponed.test(statusText);
        words.postponed.lastIndex = 0;
        // « La conférence de presse prévue à l'issue de la rencontre a été annulée »: what is called off is the no-meeting named first.
        const noMeetingFirst = excluded.some(([start]) => start < firstCue.start);
        if (words.cancelled.test(statusText) && !noMeetingFirst) meeting.status = "cancelled";
        else if (postponed) meeting.status = "scheduled";
        return meeting;
      };
      const draft = new Draft(
        buildMeeting,
        index,
        time?.zone === "local",
        tense,
        time?.equivalent ? time : null,
        new Set(unit.cues.filter((c) => !c.cue.weak).map((c) => c.cue.kind)),
      );

      if (date === null) {
        // "… met at the Acas offices from 2pm yesterday. It was the third round of negotiations since …": the meeting just
        // told, named by its kind.
        const lastDraft = drafts[drafts.length - 1];
        if (lastDraft && lastDraft.sentenceIndex === index - 1 && unit === units[0] && words.restatement?.test(text.slice(0, firstCue.start))) {
          const kind = draft.meeting.kind;
          if (lastDraft.meeting.kind === "meeting" && kind !== "meeting" && kind !== "visit") lastDraft.meeting.kind = kind;
          continue;
        }
        // "X spoke with Y on Tuesday. In a phone conversation, X stressed …": the means named next, with no day and no new person,
        // is how the meeting just told was held.
        // Building the draft's meeting is costly: only once the last draft could take its means.
        const means = lastDraft && lastDraft.sentenceIndex === index - 1 && lastDraft.meeting.kind === "meeting" ? draft.meeting.kind : null;
        if (
          lastDraft &&
          (means === "phone_call" || means === "video_conference") &&
          unit.cues.every((c) => c.cue.kind === means) &&
          draft.meeting.participants.every((name) => !entityIndexOf(ctx).people.has(name) || lastDraft.meeting.participants.includes(name))
        ) {
          lastDraft.meeting.kind = means;
          continue;
        }
        // « a effectué, du 26 au 28 juillet, sa première visite … le ministre s'est rendu à Niamey, au Niger »: a stop told
        // without a day, by the visitor of the visit told before, is part of that visit, and adds its country.
        const tour = firstCue.cue.kind === "visit" && firstCue.cue.verb ? latestWithin(drafts, index, MAX_SENTENCES_LOOKED_BACK, (m) => m.kind === "visit" && m.date !== null) : null;
        if (tour) {
          const cueAt = sentence.start + firstCue.start;
          const regionParties = partiesIn(ctx, words, absoluteFrom, absoluteTo);
          const visitors = regionParties.filter((p) => p.kind === "person" && p.start < cueAt);
          const stops = regionParties.filter((p) => p.kind === "country" && p.start > cueAt);
          if (stops.length > 0 && visitors.every((p) => tour.meeting.participants.includes(p.name))) {
            for (const stop of stops) addParticipant(tour.meeting, stop.name);
            continue;
          }
        }
        // « Cette réunion, à laquelle participera X »: the meeting told just before, with one more party.
        const toldJustBefore = definite && !weakOnly ? sameMeetingBefore(drafts, draft, index, true) : null;
        if (toldJustBefore && index - toldJustBefore.sentenceIndex <= 2) {
          fillFrom(toldJustBefore, draft, ctx, false);
          // Only who is named close after the cue takes part, not whoever the rest of the sentence names; after a verb
          // followed by its sides (« a échangé avec X, Y et Z »), the whole list does.
          const listed = firstCue.cue.verb && words.withFollows.test(text.slice(firstCue.end, firstCue.end + 12));
          const near = partiesIn(ctx, words, sentence.start + firstCue.start, sentence.start + (listed ? unit.to : Math.min(unit.to, firstCue.end + 100)));
          for (const party of near) if (party.kind === "person") addParticipant(toldJustBefore.meeting, party.name);
          addListedAttendees(ctx, words, toldJustBefore.meeting, index + 1);
          continue;
        }
        // Tested before the meeting is built: most meetings without a date are left pending and never read again.
        // The hour goes to the last meeting told with a day: one left pending without a day cannot take it.
        const target =
          clock || minutes ? ([recent, previous].find((d) => d && index - d.sentenceIndex <= 2 && d.meeting.date !== null) ?? null) : null;
        // "La première séance s'ouvrira à 9 h 30": a weak cue only adds the hour or length of the meeting before.
        if (weakOnly && !target) {
          // "X will chair the first session with Y and Z": who sits in the talks told just before.
          if (talks && index - talks.sentenceIndex <= 2) fillFrom(talks, draft, ctx);
          // « Les dirigeants prévoient de discuter ce soir » without a publication day: the meeting left pending is told
          // for a day the text gives, which stays unknown (null), as a dated sitting would be.
          else if (!publication && dateMention && !undecided && pending && index - pending.sentenceIndex <= 2) {
            drafts.push(toldAgain(ctx, pending, draft, { text, sentence, index, tense }, publication));
            pending = null;
          }
          continue;
        }
        if (target) {
          if (!(clock && target.meeting.time && clock !== target.meeting.time)) {
            fillFrom(target, draft, ctx);
            continue;
          }
          // "At 8:00 PM there was a dinner": another meeting the same day, between the same parties.
          draft.meeting.date = target.meeting.date;
          for (const name of target.meeting.participants) addParticipant(draft.meeting, name);
        }
        // "a effectué, du 26 au 28 juillet, sa première visite … Il a rencontré également": once the text has dated what it
        // tells to one of the days just before, a verb without a day is no longer the day's news (a meeting of long ago does
        // not move the story).
        const weekBefore = publication ? dayToString(addDays(publication, -RECENT_DAYS)) : null;
        const toldOtherDay =
          publication !== null &&
          drafts.some((d) => d.meeting.date !== null && d.meeting.date >= weekBefore! && d.meeting.date < dayToString(publication));
        // « il y a eu des conversations … lorsque ceux-ci se sont rendus à Moscou »: meetings in general, on no one day.
        const dayNews =
          !target &&
          publication &&
          !definite &&
          !(!firstCue.cue.verb && words.indefinitePlural.test(before)) &&
          !toldOtherDay &&
          // A time that dates another event named after the cue ("their first meeting since their talks in July") leaves
          // the verb the day's news.
          !mentions.some((m) => !m.reported && !ofLaterEvent(m, text, firstCue.end, words)) &&
          !words.otherTime.test(text.slice(0, laterEventStart(text, firstCue.end, words))) &&
          // « a ajouté M. Garnier à l'issue d'une réunion »: what came just before the day's words is the day's news too.
          (dayNewsVerb(text, unit, words) || (afterEvent && detectTense(text.slice(unit.from, firstCue.start), dateWords) === "past"));
        // "During the G20 summit, X urged leaders to act" opening the story: the named summit its news frames is the day's.
        // « a-t-elle déclaré lors d'une réunion du Renouveau Civique »: so is the meeting of a named body the lead's words were said at.
        const bodyAfter = words.bodyAfterCue?.test(text.slice(firstCue.end)) ?? false;
        const bodyMeeting = bodyAfter && unit.cues.every((c) => !c.cue.verb && c.cue.kind === "meeting");
        const frameAt = firstCue.start - Math.min(40, firstCue.start);
        const frameMatch = words.frame.exec(text.slice(frameAt, firstCue.start));
        const leadSummit =
          !target &&
          publication !== null &&
          sentence.paragraphIndex <= LEAD_PARAGRAPH &&
          (bodyMeeting || unit.cues.every((c) => !c.cue.verb && c.cue.kind === "summit")) &&
          frameMatch !== null &&
          (bodyAfter || bodyBeforeCue.test(text.slice(0, firstCue.start))) &&
          !toldOtherDay &&
          mentions.length === 0 &&
          !words.otherTime.test(text) &&
          (detectTense(text.slice(firstCue.end), dateWords) === "past" ||
            (bodyMeeting && detectTense(saidBefore(text, frameAt + frameMatch.index), dateWords) === "past"));
        // "Trump spoke with Putin on Saturday. … Trump also spoke with Abe": one more meeting of a person just told meeting
        // someone, on that day.
        const alsoOf =
          !target && !afterTold && firstCue.cue.verb && tense !== "future" && words.alsoMet?.test(text.slice(Math.max(0, firstCue.start - 30), firstCue.start))
            ? latestWithin(drafts, index, ALSO_REACH, (m) => m.date !== null && (!publication || m.date <= dayToString(publication)) && m.participants.some((name) => entityIndexOf(ctx).people.has(name) && draft.meeting.participants.includes(name)))
            : null;
        if (afterTold && !target) {
          draft.meeting.date = afterTold.meeting.date;
        } else if (alsoOf) {
          draft.meeting.date = alsoOf.meeting.date;
        } else if (dayNews || leadSummit) {
          // « Ils étaient à Rodez lundi 7 février. … Ils ont visité des sites »: the story's day told just before, not publication's.
          draft.meeting.date = dayToString(storyDayBefore(ctx, index, dateWords, publication) ?? publication);
          if (leadSummit && bodyMeeting) {
            const body = namedBodyAfter(text, firstCue.end, words);
            if (body && !partiesIn(ctx, words, sentence.start + body.start, sentence.start + body.end).some((p) => p.kind === "organization")) {
              addParticipant(draft.meeting, body.name);
            }
          }
        } else if (!target) {
          if (!pendingSetHere) {
            pending = draft;
            pendingSetHere = true;
          }
          // « ce soir », "on Thursday" without a publication day: the text gives the day, which stays unknown (null).
          if (!publication && dateMention && !undecided) undated.push(draft);
          continue;
        }
      } else if (weakOnly) {
        // A dated sitting of talks told before is one more sitting of them, not the day of a meeting left pending.
        if (!talks && pending && index - pending.sentenceIndex <= 2) {
          pending.meeting.date = date;
          drafts.push(toldAgain(ctx, pending, draft, { text, sentence, index, tense }, publication));
          pending = null;
          previousDay = rememberDay(date, index) ?? previousDay;
          continue;
        }
        const planned = words.plannedWeak.test(text.slice(Math.max(0, firstCue.start - 25), firstCue.start));
        // "X and Y discussed the ban on Thursday": two parties joined as the subject of the weak verb met each other.
        const jointSubject =
          !recent && verbCue !== undefined && words.joinedSubject?.test(text.slice(unit.from, verbCue.start)) &&
          partiesIn(ctx, words, absoluteFrom, sentence.start + verbCue.start).length >= 2;
        // "The talks ended on Friday. … A final session began at 3 p.m. on Friday": a sitting on the day of a meeting
        // told shortly before (a few sentences back too) is part of it, and gives it its hour.
        const sameDay = unit.cues.some((c) => c.cue.sitting) ? latestWithin(drafts, index, MAX_SENTENCES_TO_TALKS, (meeting) => meeting.date === date) : null;
        if (!recent && !planned && !jointSubject && !sameDay) continue;
        if (sameDay) {
          fillFrom(sameDay, draft, ctx, false);
          previousDay = rememberDay(date, index) ?? previousDay;
          continue;
        }
        if (recent) for (const name of recent.meeting.participants) addParticipant(draft.meeting, name);
      }

      const meeting = draft.meeting;
      // "Macron and Putin held a phone call" (the headline) … « l'entretien téléphonique entre les présidents français et
      // russe, samedi »: a dated meeting named with its article and nobody by name is the one just told without a day.
      const peopleKnown = entityIndexOf(ctx).people;
      if (
        definite &&
        !weakOnly &&
        pending &&
        index - pending.sentenceIndex <= 2 &&
        (pending.meeting.kind === meeting.kind || pending.cueKinds.has(meeting.kind)) &&
        pending.meeting.participants.filter((name) => peopleKnown.has(name)).length >= 2 &&
        !meeting.participants.some((name) => peopleKnown.has(name))
      ) {
        for (const name of pending.meeting.participants) if (peopleKnown.has(name)) addParticipant(meeting, name);
        pending = null;
      } else if (definite && !weakOnly && drafts.length === 0 && index <= 2 && !meeting.participants.some((name) => peopleKnown.has(name))) {
        // The headline is no sentence of the body: the first meeting so named is the one it tells.
        for (const name of headlinePeople(ctx, words, meeting.kind)) addParticipant(meeting, name);
      } else if (!firstCue.cue.verb && words.theirs.test(text.slice(Math.max(0, firstCue.start - 30), firstCue.start))) {
        // « l'entretien de samedi était le même que lors de leur tête-à-tête cinq jours plus tôt »: "their" are the people
        // of the meeting just told, when the clause names no two of its own.
        const last = drafts[drafts.length - 1];
        const lastPeople = last && index - last.sentenceIndex <= 2 ? last.meeting.participants.filter((name) => peopleKnown.has(name)) : [];
        if (lastPeople.length >= 2 && meeting.participants.filter((name) => peopleKnown.has(name)).length < 2) {
          for (const name of lastPeople) addParticipant(meeting, name);
        }
      }
      // The words around the cue say best whether a meeting kept is held or to come.
      const around = detectTense(text.slice(Math.max(0, firstCue.start - 20), firstCue.end + 40), dateWords);
      // A verb keeps its own tense ("who arrived … on Tuesday, will meet"): the next verb is another meeting's.
      if (around !== "unknown" && !(verbCue && verbTense !== "unknown")) draft.tense = around;
      previousDay = rememberDay(meeting.date, index) ?? previousDay;
      if (previous && mergeable(previous, draft, index, weakOnly || definite || anaphoric || sameBodyAgain(previous, draft, entityIndexOf(ctx).people))) {
        fillFrom(previous, draft, ctx);
        continue;
      }
      // Only the words between the cue and its day tell how it goes on ("ends on Sunday").
      const goesOn = !!dateMention && dateMention.start > firstCue.end && words.continues.test(text.slice(firstCue.end, dateMention.start));
      // "Friday's call will be…", "the summit ends on Sunday", « ces rencontres se poursuivront jusqu'à jeudi »:
      // the meeting told earlier, not a new one; it keeps its day and its parties.
      // "said the Monday talks could last all afternoon": a bare weekday naming the meeting is the day of one told before.
      const namingWeekday =
        dateMention && dateMention.weekday !== null && dateMention.day === null && dateMention.end <= firstCue.start && text.slice(dateMention.end, firstCue.start).trim() === ""
          ? dateMention.weekday
          : null;
      const toldBefore = definite && !words.ordinal.test(text.slice(Math.max(0, firstCue.start - 20), firstCue.start))
        ? sameMeetingBefore(drafts, draft, index, goesOn, namingWeekday)
        : null;
      if (toldBefore) {
        fillFrom(toldBefore, draft, ctx, false);
        // Talks named again as consultations are consultations: the narrower word.
        if (toldBefore.meeting.kind === "negotiations" && meeting.kind === "consultations") toldBefore.meeting.kind = "consultations";
        // Told again here, it is the meeting an hour told next belongs to ("The talks started at 5 p.m.").
        toldBefore.sentenceIndex = index;
        continue;
      }
      // "The last round of negotiations collapsed on Monday": a meeting named with its article and no party of its own
      // is one more of the same kind between the parties told before, not with the last name read.
      // "A first meeting, on March 6, lasted four hours": one of a series, between the parties told before.
      const ordinalCue = words.ordinal.test(text.slice(Math.max(0, firstCue.start - 20), firstCue.start));
      // "A meeting between state regulators and the company": the clause names its sides, even when no name is read there.
      const sidesNamed = words.sidesFollow.test(text.slice(firstCue.end, firstCue.end + 12));
      // « La réunion entre la direction et les contrôleurs »: sides of its own, not those of the last meeting of its kind.
      const sameKind =
        (definite || ordinalCue) && !sidesNamed && meeting.participants.length === 0 ? lastOfKind(drafts, meeting.kind, index) : null;
      if (sameKind) for (const name of sameKind.meeting.participants) addParticipant(meeting, name);
      // "The Nordic Council will meet on May 27": a body that meets as itself has no other side to borrow.
      const bodyMeetsAlone =
        verbCue !== undefined &&
        meeting.participants.length === 1 &&
        partiesIn(ctx, words, absoluteFrom, sentence.start + verbCue.start).some(
          (p) => p.kind === "organization" && p.name === meeting.participants[0],
        );
      // "a closed-door meeting with coastal mayors", « une table ronde réunissant les associations d'usagers »: a group
      // named by a common noun is the other side, not whoever the sentences before name last.
      // "Union negotiators and management will resume talks": the sides named by common nouns as the cue's subject.
      // "Their ministers will meet the day before the summit": with no sides of its own, a meeting dated from a meeting
      // told before is held by that meeting's parties.
      const eventDay = dateMention?.fromEvent && isMeetingNoun(dateMention.fromEvent, words) ? eventDays.get(dateMention) : undefined;
      const event = eventDay && meeting.participants.length === 0 ? latestWithin(drafts, index, EVENT_LOOKBACK_SENTENCES, (meeting) => meeting.date === dayToString(eventDay)) : null;
      if (event) for (const name of event.meeting.participants) addParticipant(meeting, name);
      if (meeting.participants.length < 2) for (const side of groupsBefore(text, partiesFrom, firstCue.start, words)) addParticipant(meeting, side);
      const group = meeting.participants.length < 2 ? groupAfter(text, firstCue.end, unit.to, words) : null;
      if (group) addParticipant(meeting, group);
      else if (meeting.participants.length < 2 && !sidesNamed && !bodyMeetsAlone) {
        addPrecedingParty(ctx, words, meeting, sentences, index, absoluteFrom);
      }
      // "The company's board met on Monday", « les actionnaires … lors de l'assemblée générale du 28 mai »: the company meets,
      // named here or where its board or shareholders were named last, not the parties of the meeting told before.
      if (words.corporateBody?.test(regionText)) {
        // "Northwind will hold its shareholders' meeting": the company named before the cue; "… The company's board met on
        // Monday": the company of the last such meeting.
        const ownOrganization = partiesIn(ctx, words, absoluteFrom, absoluteTo).find(
          (p) => p.kind === "organization" && p.start < sentence.start + firstCue.start && !words.corporateBody!.test(p.name),
        );
        const owner: string | null = corporateOwnerBefore(ctx, words, index, sentence.start + unit.to) ?? ownOrganization?.name ?? lastCorporateOwner;
        if (owner) {
          lastCorporateOwner = owner;
          const people = partiesIn(ctx, words, absoluteFrom, absoluteTo).filter((p) => p.kind === "person" && p.start < sentence.start + tellingAt);
          meeting.participants = [];
          addParticipant(meeting, owner);
          for (const person of people) addParticipant(meeting, person.name);
        }
      }
      settleStatus(draft, publication);
      drafts.push(draft);
      if (words.separately?.test(text.slice(firstCue.end, unit.to))) {
        const hosts = partiesIn(ctx, words, absoluteFrom, sentence.start + firstCue.start).map((p) => p.name);
        for (const guestDraft of meetingsOneByOne(draft, hosts, index, tense, publication)) drafts.push(guestDraft);
      }
      // Now, so that "the group" of the next sentences can refer to host and guests.
      addAttendees(ctx, words, draft);
      addListedAttendees(ctx, words, meeting, index + 1);
      // Only for a meeting held: a summit still to come is named for the meeting planned at it, not with its own days.
      const held = meeting.status === "held" || (meeting.status === "unknown" && draft.tense === "past");
      const framed = held ? framingBodyMeeting(ctx, words, unit, firstCue, text, sentence.start, meeting, drafts) : null;
      if (framed) {
        const framedDraft = new Draft(() => framed, index, false, tense);
        settleStatus(framedDraft, publication);
        drafts.push(framedDraft);
      }
      if (pending && pending.meeting.kind === meeting.kind) pending = null;

      // "se rendra à Kiev dans dix jours, puis à Moscou le lendemain": one more meeting per later date.
      let lastEnd = dateMention?.end ?? unit.to;
      for (const later of mentions) {
        if (!dateMention || later.start < lastEnd || later.start >= unit.to || later.reported || claimed.has(later)) continue;
        // "before Friday's meeting": a day in the possessive is the day of the noun it qualifies, not one more stop.
        if (possessiveEnd.test(text.slice(later.end - 2, later.end + 2))) continue;
        const connector = words.then.exec(text.slice(lastEnd, later.start));
        if (!connector) continue;
        const stopFrom = lastEnd + connector.index;
        const laterDate = resolve(later, tense);
        // "met X on Sunday, before Y leaves office on January 20", read in the past: a stop told "then" is not before the first.
        if (!laterDate || (meeting.date !== null && laterDate < meeting.date)) continue;
        claimed.add(later);
        const people = meeting.participants.filter((name) => entityIndexOf(ctx).people.has(name));
        // "talks in Tokyo on Monday, before travelling to Osaka the next day to meet X": the stop's own cue gives its kind.
        const ownCues = unit.cues.filter((c) => c.start >= stopFrom && c.start < later.end + 40);
        const kind = ownCues.length > 0 ? kindOf(ownCues, text, words) : meeting.kind;
        const extra: Meeting = { ...meeting, kind, date: laterDate, participants: [...people], topics: [] };
        // "the first on January 8 at 7.30pm and the second on January 15": an hour told before the stop is the first one's.
        if (time && time.start < stopFrom) {
          extra.time = null;
          extra.timeZone = null;
        }
        for (const party of partiesIn(ctx, words, sentence.start + stopFrom, sentence.start + later.end)) {
          addParticipant(extra, party.name);
        }
        // The later stop's place belongs to it alone.
        const ownBefore = partiesIn(ctx, words, absoluteFrom, sentence.start + stopFrom).map((p) => p.name);
        meeting.participants = meeting.participants.filter(
          (name) => ownBefore.includes(name) || !extra.participants.includes(name) || people.includes(name),
        );
        const extraDraft = new Draft(() => extra, index, false, tense);
        settleStatus(extraDraft, publication);
        drafts.push(extraDraft);
        previousDay = rememberDay(laterDate, index) ?? previousDay;
        lastEnd = later.end;
      }
    }
  }
  for (const draft of drafts) {
    if (draft.zoneIsLocal && !draft.meeting.timeZone) draft.meeting.timeZone = localZone(ctx, draft);
  }
  for (const draft of drafts) addAttendees(ctx, words, draft);
  // A meeting is between parties: one with none named is not told as such ("a declaration made at the summit").
  for (const draft of undated) {
    if (drafts.includes(draft) || draft.meeting.date !== null) continue;
    settleStatus(draft, publication);
    drafts.push(draft);
  }
  if (undated.length > 0) drafts.sort((a, b) => a.meeting.start - b.meeting.start);
  // Most texts tell no meeting: their entity index need not be built.
  if (drafts.length === 0) return;
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
