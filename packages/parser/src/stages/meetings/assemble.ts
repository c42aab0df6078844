/** How a unit's meeting is put together from its reading: its parties, the holders of titles, the sentence's subject, its kind, topic and status. */
import type { Meeting } from "../../types.js";
import { zoneFromEquivalent } from "../dates.js";
import { allMatches } from "../matches.js";
import { findTopic, kindOf } from "./cues.js";
import { MAX_SENTENCES_LOOKED_BACK, type Party } from "./draft.js";
import { entityIndexOf } from "./entity-index.js";
import { addParticipant, byAcronym, partiesIn, storyStart } from "./parties.js";
import type { DocumentRun, SentenceRun, UnitReading } from "./reading.js";
import { firstDraftOf, firstPersonIn, protagonistBefore, roleHolderBefore, soleTitleHolder, titleHolderBefore } from "./referents.js";

/** The G7, G20…: the leaders' groups whose meetings are summits. */
const summitGroup = /^G\d{1,2}$/;
const MAX_TITLED_PARTIES = 6;
/** How far after a title a name is read as its holder's (« le secrétaire d'État Paul Vidal »). */
const NAME_AFTER_TITLE = 30;

/** The meeting a unit tells, built when its draft is first read. */
export function buildMeeting(run: DocumentRun, s: SentenceRun, u: UnitReading): Meeting {
  const { ctx, words } = run;
  const { sentence, text } = s.reading;
  const { unit, recentKind, date, clock, time, minutes, referredCountries, anaphoric, referent, anaphor, anaphorMatch, referentKind, regionText, firstCue } = u;
  // ", a indiqué son porte-parole, X" / ", said X": who tells of the meeting is not in it.
  const tellerFrom = u.told ? sentence.start + firstCue.end + u.told.index : u.absoluteTo;
  const parties = partiesOfUnit(run, s, u, tellerFrom);
  const visit = unit.cues.some((c) => c.cue.kind === "visit");
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
    const sides = words.sides.test(anaphor!) && referentSides.length >= 2 ? referentSides : null;
    for (const name of sides ?? (referentPeople.length >= 2 ? referentPeople : referent)) addParticipant(meeting, name);
    // "les deux délégations se sont retrouvées": one more round of the talks told before (when
    // "the two leaders met", they met: that is a meeting).
    // Not when the sides are named past the meeting ("met the union on Monday and urged both sides to …",
    // "in a meeting that both sides described as cordial"): that meeting is the one told.
    const sidesMeet = anaphorMatch!.index < firstCue.start || words.sidesFollow.test(text.slice(firstCue.end, anaphorMatch!.index));
    if (meeting.kind === "meeting" && sidesMeet && words.sides.test(anaphor!) && (referentKind === "negotiations" || referentKind === "consultations" || referentKind === "summit")) {
      meeting.kind = referentKind;
    }
  }
  // "G7 was scheduled to meet": a group of leaders that meets as itself holds a summit (people
  // who dine "en marge du G20" hold a meeting of their own).
  const groupMeets = parties.some((p) => summitGroup.test(p.name) || words.summitBodies.includes(p.name)) && !parties.some((p) => p.kind === "person");
  if (meeting.kind === "meeting" && groupMeets && !words.ministerial.test(regionText)) {
    meeting.kind = "summit";
  }
  addTitleHolders(run, s, u, meeting, tellerFrom);
  addSubject(run, s, u, meeting, parties);
  // "Les ministres de l'UE se réuniront à Bruxelles": a body meets at a venue; a person alone there meets its country.
  const others = parties.filter((p) => !venues.includes(p.name));
  const bodyMeets = others.length > 0 && others.every((p) => p.kind === "organization");
  if (bodyMeets || meeting.participants.filter((name) => !venues.includes(name)).length >= 2) {
    meeting.participants = meeting.participants.filter((name) => !venues.includes(name));
  }
  settleTopicAndStatus(run, s, u, meeting);
  return meeting;
}

/** The parties named in the unit's region, before whoever tells of it. */
function partiesOfUnit(run: DocumentRun, s: SentenceRun, u: UnitReading, tellerFrom: number): Party[] {
  const { ctx, words } = run;
  const { times } = s;
  const { sentence } = s.reading;
  const { unit } = u;
  const inTimes = (party: Party) => times.some((t) => party.start >= sentence.start + t.start && party.start < sentence.start + t.end);
  let parties = partiesIn(ctx, words, u.absoluteFrom, u.absoluteTo).filter((party) => !inTimes(party)).map((party) => byAcronym(ctx, party));
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
  return parties;
}

/** "spoke with the Canadian minister", « entre la ministre et les syndicats »: the holder of the title named before. */
function addTitleHolders(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting, tellerFrom: number): void {
  const { ctx, words } = run;
  const { sentences } = ctx;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue } = u;
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
}

/** The sentence's subject, named, a pronoun or a title, is in the meeting. */
function addSubject(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting, parties: Party[]): void {
  const { ctx, words, drafts } = run;
  const { sentences } = ctx;
  const { units } = s;
  const { index, sentence, text } = s.reading;
  const { unit, firstCue, ownFrom } = u;
  const people = entityIndexOf(ctx).people;
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
}

/** The topic after the cue, and a meeting called off or put off. */
function settleTopicAndStatus(run: DocumentRun, s: SentenceRun, u: UnitReading, meeting: Meeting): void {
  const { words } = run;
  const { units } = s;
  const { text, mentions, excluded } = s.reading;
  const { unit, firstCue, regionText } = u;
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
}
