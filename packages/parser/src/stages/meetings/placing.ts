/** Where a unit's draft goes: into a meeting told before, dated from the story, or kept as a new meeting with its sides and later stops. */
import type { Meeting } from "../../types.js";
import { addDays, dayToString, detectTense } from "../dates.js";
import { bodyBeforeCue, fillFrom, framingBodyMeeting, meetingsOneByOne, mergeable, namedBodyAfter, sameBodyAgain, toldAgain } from "./build.js";
import { kindOf } from "./cues.js";
import { Draft, MAX_SENTENCES_LOOKED_BACK } from "./draft.js";
import { entityIndexOf } from "./entity-index.js";
import { addAttendees, addListedAttendees, addParticipant, groupAfter, groupsBefore, partiesIn } from "./parties.js";
import { type DocumentRun, resolveDate, type SentenceRun, type UnitReading } from "./reading.js";
import { addPrecedingParty, corporateOwnerBefore, headlinePeople, lastOfKind, latestWithin, MAX_SENTENCES_TO_TALKS, sameMeetingBefore } from "./referents.js";
import { dayNewsVerb, settleStatus } from "./status.js";
import { EVENT_LOOKBACK_SENTENCES, isMeetingNoun, laterEventStart, ofLaterEvent, possessiveEnd, rememberDay, storyDayBefore } from "./when.js";

/** The last paragraph of a story's lead (its first, or a standfirst and the first). */
const LEAD_PARAGRAPH = 1;
/** How far back the meetings "also" adds one to are looked for. */
const ALSO_REACH = 4;
/** How many days before publication a meeting told sets the story on its own day rather than the day's news. */
const RECENT_DAYS = 7;

/** The words before `end` past the last quotation mark: what was said there has a tense of its own. */
function saidBefore(text: string, end: number): string {
  const before = text.slice(0, end);
  return before.slice(Math.max(before.lastIndexOf("»"), before.lastIndexOf("”"), before.lastIndexOf('"')) + 1);
}

/** A meeting without a day told just before, named again: whether the draft went into it. */
export function joinedUndated(run: DocumentRun, s: SentenceRun, u: UnitReading, draft: Draft): boolean {
  const { ctx, words, drafts } = run;
  const { units } = s;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue, definite, weakOnly, absoluteFrom, absoluteTo } = u;
  // "… met at the Acas offices from 2pm yesterday. It was the third round of negotiations since …": the meeting just
  // told, named by its kind.
  const lastDraft = drafts[drafts.length - 1];
  if (lastDraft && lastDraft.sentenceIndex === index - 1 && unit === units[0] && words.restatement?.test(text.slice(0, firstCue.start))) {
    const kind = draft.meeting.kind;
    if (lastDraft.meeting.kind === "meeting" && kind !== "meeting" && kind !== "visit") lastDraft.meeting.kind = kind;
    return true;
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
    return true;
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
      return true;
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
    return true;
  }
  return false;
}

/**
 * A meeting without a day of its own: the hour or length of the one before, the day of the story, or left pending.
 * Whether the draft is done with (it goes on to be kept as a meeting when false).
 */
export function datedFromStory(run: DocumentRun, s: SentenceRun, u: UnitReading, draft: Draft): boolean {
  const { ctx, words, dateWords, publication, drafts } = run;
  const { index, sentence, text } = s.reading;
  const { firstCue, weakOnly, talks, recent, previous, clock, minutes, dateMention, undecided, tense, afterTold } = u;
  const { pending } = run;
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
      run.pending = null;
    }
    return true;
  }
  if (target) {
    if (!(clock && target.meeting.time && clock !== target.meeting.time)) {
      fillFrom(target, draft, ctx);
      return true;
    }
    // "At 8:00 PM there was a dinner": another meeting the same day, between the same parties.
    draft.meeting.date = target.meeting.date;
    for (const name of target.meeting.participants) addParticipant(draft.meeting, name);
  }
  const { dayNews, leadSummit, bodyMeeting } = storyNews(run, s, u, target);
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
    // Both are only read with a publication day.
    draft.meeting.date = dayToString(storyDayBefore(ctx, index, dateWords, publication!) ?? publication!);
    if (leadSummit && bodyMeeting) {
      const body = namedBodyAfter(text, firstCue.end, words);
      if (body && !partiesIn(ctx, words, sentence.start + body.start, sentence.start + body.end).some((p) => p.kind === "organization")) {
        addParticipant(draft.meeting, body.name);
      }
    }
  } else if (!target) {
    if (!s.pendingSetHere) {
      run.pending = draft;
      s.pendingSetHere = true;
    }
    // « ce soir », "on Thursday" without a publication day: the text gives the day, which stays unknown (null).
    if (!publication && dateMention && !undecided) run.undated.push(draft);
    return true;
  }
  return false;
}

/** Whether a meeting without a day is the day's news, or the summit or body's meeting the story's lead is framed by. */
function storyNews(run: DocumentRun, s: SentenceRun, u: UnitReading, target: Draft | null): { dayNews: boolean; leadSummit: boolean; bodyMeeting: boolean } {
  const { words, dateWords, publication, drafts } = run;
  const { sentence, text, mentions } = s.reading;
  const { unit, firstCue, definite, afterEvent, before } = u;
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
  return { dayNews: !!dayNews, leadSummit, bodyMeeting };
}

/** A dated weak cue ("the session opened on Monday"): one more sitting of a meeting told before, when there is one. Whether the draft went into it. */
export function joinedWeakDated(run: DocumentRun, s: SentenceRun, u: UnitReading, draft: Draft): boolean {
  const { ctx, words, publication, drafts, pending } = run;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue, date, talks, recent, verbCue, absoluteFrom, tense } = u;
  // A dated sitting of talks told before is one more sitting of them, not the day of a meeting left pending.
  if (!talks && pending && index - pending.sentenceIndex <= 2) {
    pending.meeting.date = date;
    drafts.push(toldAgain(ctx, pending, draft, { text, sentence, index, tense }, publication));
    run.pending = null;
    run.previousDay = rememberDay(date, index) ?? run.previousDay;
    return true;
  }
  const planned = words.plannedWeak.test(text.slice(Math.max(0, firstCue.start - 25), firstCue.start));
  // "X and Y discussed the ban on Thursday": two parties joined as the subject of the weak verb met each other.
  const jointSubject =
    !recent && verbCue !== undefined && words.joinedSubject?.test(text.slice(unit.from, verbCue.start)) &&
    partiesIn(ctx, words, absoluteFrom, sentence.start + verbCue.start).length >= 2;
  // "The talks ended on Friday. … A final session began at 3 p.m. on Friday": a sitting on the day of a meeting
  // told shortly before (a few sentences back too) is part of it, and gives it its hour.
  const sameDay = unit.cues.some((c) => c.cue.sitting) ? latestWithin(drafts, index, MAX_SENTENCES_TO_TALKS, (meeting) => meeting.date === date) : null;
  if (!recent && !planned && !jointSubject && !sameDay) return true;
  if (sameDay) {
    fillFrom(sameDay, draft, ctx, false);
    run.previousDay = rememberDay(date, index) ?? run.previousDay;
    return true;
  }
  if (recent) for (const name of recent.meeting.participants) addParticipant(draft.meeting, name);
  return false;
}

/** A dated meeting named with its article and nobody by name: the people of the meeting just told, or of the headline. */
export function addKnownPeople(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting): void {
  const { ctx, words, drafts, pending } = run;
  const { index, text } = s.reading;
  const { firstCue, definite, weakOnly } = u;
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
    run.pending = null;
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
}

/** Settles the draft's tense and its day; whether it went into the meeting told just before or earlier. */
export function mergedWithToldBefore(run: DocumentRun, s: SentenceRun, u: UnitReading, draft: Draft): boolean {
  const { ctx, words, dateWords, drafts } = run;
  const { index, text } = s.reading;
  const { firstCue, verbCue, verbTense, previous, weakOnly, definite, anaphoric, dateMention } = u;
  const meeting = draft.meeting;
  // The words around the cue say best whether a meeting kept is held or to come.
  const around = detectTense(text.slice(Math.max(0, firstCue.start - 20), firstCue.end + 40), dateWords);
  // A verb keeps its own tense ("who arrived … on Tuesday, will meet"): the next verb is another meeting's.
  if (around !== "unknown" && !(verbCue && verbTense !== "unknown")) draft.tense = around;
  run.previousDay = rememberDay(meeting.date, index) ?? run.previousDay;
  if (previous && mergeable(previous, draft, index, weakOnly || definite || anaphoric || sameBodyAgain(previous, draft, entityIndexOf(ctx).people))) {
    fillFrom(previous, draft, ctx);
    return true;
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
    return true;
  }
  return false;
}

/** A new meeting with fewer than two parties of its own: the sides it borrows from the meetings and words around it. */
export function addOtherSides(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting): void {
  const { ctx, words, drafts } = run;
  const { sentences } = ctx;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue, definite, verbCue, dateMention, partiesFrom, absoluteFrom } = u;
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
  const eventDay = dateMention?.fromEvent && isMeetingNoun(dateMention.fromEvent, words) ? s.eventDays.get(dateMention) : undefined;
  const event = eventDay && meeting.participants.length === 0 ? latestWithin(drafts, index, EVENT_LOOKBACK_SENTENCES, (meeting) => meeting.date === dayToString(eventDay)) : null;
  if (event) for (const name of event.meeting.participants) addParticipant(meeting, name);
  if (meeting.participants.length < 2) for (const side of groupsBefore(text, partiesFrom, firstCue.start, words)) addParticipant(meeting, side);
  const group = meeting.participants.length < 2 ? groupAfter(text, firstCue.end, unit.to, words) : null;
  if (group) addParticipant(meeting, group);
  else if (meeting.participants.length < 2 && !sidesNamed && !bodyMeetsAlone) {
    addPrecedingParty(ctx, words, meeting, sentences, index, absoluteFrom);
  }
}

/**
 * "The company's board met on Monday", « les actionnaires … lors de l'assemblée générale du 28 mai »: the company meets,
 * named here or where its board or shareholders were named last, not the parties of the meeting told before.
 */
export function setCorporateParties(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting): void {
  const { ctx, words } = run;
  const { index, sentence } = s.reading;
  const { unit, firstCue, regionText, tellingAt, absoluteFrom, absoluteTo } = u;
  if (!words.corporateBody?.test(regionText)) return;
  // "Northwind will hold its shareholders' meeting": the company named before the cue; "… The company's board met on
  // Monday": the company of the last such meeting.
  const ownOrganization = partiesIn(ctx, words, absoluteFrom, absoluteTo).find(
    (p) => p.kind === "organization" && p.start < sentence.start + firstCue.start && !words.corporateBody!.test(p.name),
  );
  const owner: string | null = corporateOwnerBefore(ctx, words, index, sentence.start + unit.to) ?? ownOrganization?.name ?? run.lastCorporateOwner;
  if (owner) {
    run.lastCorporateOwner = owner;
    const people = partiesIn(ctx, words, absoluteFrom, absoluteTo).filter((p) => p.kind === "person" && p.start < sentence.start + tellingAt);
    meeting.participants = [];
    addParticipant(meeting, owner);
    for (const person of people) addParticipant(meeting, person.name);
  }
}

/** Keeps the draft as a meeting, with the hosts' guests one by one, its attendees and the body's meeting it frames. */
export function keepMeeting(run: DocumentRun, s: SentenceRun, u: UnitReading, draft: Draft): void {
  const { ctx, words, publication, drafts } = run;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue, tense, absoluteFrom } = u;
  const meeting = draft.meeting;
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
  if (run.pending && run.pending.meeting.kind === meeting.kind) run.pending = null;
}

/** "se rendra à Kiev dans dix jours, puis à Moscou le lendemain": one more meeting per later date. */
export function addLaterStops(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting): void {
  const { ctx, words, publication, drafts } = run;
  const { claimed } = s;
  const { index, sentence, text, mentions } = s.reading;
  const { unit, dateMention, tense, time, absoluteFrom } = u;
  let lastEnd = dateMention?.end ?? unit.to;
  for (const later of mentions) {
    if (!dateMention || later.start < lastEnd || later.start >= unit.to || later.reported || claimed.has(later)) continue;
    // "before Friday's meeting": a day in the possessive is the day of the noun it qualifies, not one more stop.
    if (possessiveEnd.test(text.slice(later.end - 2, later.end + 2))) continue;
    const connector = words.then.exec(text.slice(lastEnd, later.start));
    if (!connector) continue;
    const stopFrom = lastEnd + connector.index;
    const laterDate = resolveDate(run, s, later, tense);
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
    run.previousDay = rememberDay(laterDate, index) ?? run.previousDay;
    lastEnd = later.end;
  }
}
