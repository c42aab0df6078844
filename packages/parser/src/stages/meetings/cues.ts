/** Finding meeting cues: the sentences with a meeting word, their cues and kind, and the units of one meeting each they are grouped into. */
import type { MeetingKind } from "../../types.js";
import type { DocumentContext } from "../context.js";
import { type DateMention, unionsOf } from "../dates.js";
import { allMatches } from "../matches.js";
import { type CueMatch, startsWord, type Unit } from "./draft.js";
import { insideNameOf } from "./entity-index.js";
import { hasDateBetween } from "./when.js";
import type { MeetingCue, MeetingWords } from "./words.js";

/*
 * Bounds that keep the stage linear on any input: no real sentence names more meetings, dates or
 * parties than this, and a pathological one is read up to them.
 */
const MAX_CUES_PER_SENTENCE = 40;
/** Offsets where a cue may start: a few per real sentence; more only in a pathological one. */
const MAX_CUE_OFFSETS = 400;

/**
 * Cue words in a sentence, most specific kept where two overlap, "press conference" spans left out.
 * No cue pattern matches before `from`.
 */
export function findCues(text: string, words: MeetingWords, offsets: readonly number[]): { cues: CueMatch[]; excluded: Array<[number, number]> } {
  const excluded: Array<[number, number]> = [];
  for (const match of allMatches(words.notMeeting, text)) {
    const start = match.index ?? 0;
    if (startsWord(text, start)) excluded.push([start, start + match[0].length]);
    if (excluded.length >= MAX_CUES_PER_SENTENCE) break;
  }
  const cues: CueMatch[] = [];
  const { sticky } = cueSearchOf(words);
  for (const cue of words.cues) {
    const pattern = sticky.get(cue)!;
    // As a global search would: the next match starts at the first offset past the last one's end.
    let after = 0;
    for (const offset of offsets) {
      if (offset < after) continue;
      pattern.lastIndex = offset;
      const match = pattern.exec(text);
      if (!match) continue;
      const start = offset;
      const end = start + match[0].length;
      after = Math.max(end, start + 1);
      if (!startsWord(text, start)) continue;
      if (excluded.some(([s, e]) => start < e && end > s)) continue;
      if (cues.some((c) => start < c.end && end > c.start)) continue;
      cues.push({ cue, start, end });
      if (cues.length >= MAX_CUES_PER_SENTENCE) break;
    }
    pattern.lastIndex = 0;
  }
  return { cues: cues.sort((a, b) => a.start - b.start), excluded };
}

/** `first` and `second` are two days offered as a choice ("mardi ou mercredi"). */
export function alternatives(first: DateMention, second: DateMention, text: string, words: MeetingWords): boolean {
  return first.end <= second.start && words.dateAlternative.test(text.slice(first.end, second.start));
}

/**
 * The kind a group of cues names: a channel wins, then a noun over a verb, then the first; a noun
 * that only frames the others ("au cours de sa visite, il a rencontré") names none.
 */
export function kindOf(cues: CueMatch[], text: string, words: MeetingWords): MeetingKind {
  const channel = cues.find((c) => c.cue.channel);
  if (channel) return channel.cue.kind;
  const framing = (c: CueMatch) => !c.cue.verb && words.frame.test(text.slice(Math.max(0, c.start - 40), c.start));
  const unframed = cues.filter((c) => !framing(c));
  const strong = (unframed.some((c) => !c.cue.weak) ? unframed : cues).filter((c) => !c.cue.weak);
  const noun = strong.find((c) => !c.cue.verb);
  // "met in Geneva for talks", "will visit Seoul for talks": the talks are what the meeting or visit is for, and it stays one.
  const meetingVerb = strong.find((c) => c.cue.verb && (c.cue.kind === "meeting" || c.cue.kind === "visit"));
  // "met with the mediator and agreed to restart negotiations": the talks come after the meeting.
  const between = noun && meetingVerb && meetingVerb.end <= noun.start ? text.slice(meetingVerb.end, noun.start) : null;
  if (noun?.cue.kind === "negotiations" && meetingVerb && between !== null && (words.purpose.test(between) || words.agreedToStart?.test(between))) {
    return meetingVerb.cue.kind;
  }
  const kind = (noun ?? strong[0] ?? cues[0])?.cue.kind ?? "other";
  // "will meet again on May 7 to try to finalise the trade agreement": a meeting held to settle an agreement is a negotiation.
  const lastCue = cues[cues.length - 1];
  if (kind === "meeting" && lastCue && words.negotiationPurpose?.test(text.slice(lastCue.end, lastCue.end + 120))) return "negotiations";
  return kind;
}

/** The sentences with a meeting word, with their cues; fixtures left out. */
export function meetingSentences(
  ctx: DocumentContext,
  words: MeetingWords,
): Array<{ index: number; text: string; cues: CueMatch[]; excluded: Array<[number, number]> }> {
  const found: Array<{ index: number; text: string; cues: CueMatch[]; excluded: Array<[number, number]> }> = [];
  const hits = cueHits(ctx.text, words);
  let hit = 0;
  for (let index = 0; index < ctx.sentences.length && hit < hits.length; index++) {
    const sentence = ctx.sentences[index]!;
    while (hit < hits.length && hits[hit]! < sentence.start) hit++;
    if (hit >= hits.length || hits[hit]! >= sentence.end) continue;
    const text = ctx.text.slice(sentence.start, sentence.end);
    const offsets = cueOffsets(text, words);
    if (offsets.length === 0) continue;
    const { cues, excluded } = findCues(text, words, offsets);
    // "la Commission des débats des chefs": a cue inside an organization's name is part of the name.
    const own = cues.filter((c) => !insideNameOf(ctx, sentence.start + c.start));
    // A game is played face to face, by teams: a call, a video link or a hearing is never a fixture, even with a league in the sentence.
    if (own.length === 0) continue;
    const fixture = !own.some((c) => c.cue.channel === true || c.cue.hearing === true) && words.sports.test(text);
    if (!fixture) found.push({ index, text, cues: own, excluded });
  }
  return found;
}

interface CueSearch {
  /** Every cue pattern in one regex per set of flags, global: a superset of where any cue matches. */
  unions: RegExp[];
  /** Each cue's pattern, sticky: tried only where a union matched. */
  sticky: Map<MeetingCue, RegExp>;
}

const cueSearches = new WeakMap<MeetingWords, CueSearch>();

function cueSearchOf(words: MeetingWords): CueSearch {
  let search = cueSearches.get(words);
  if (!search) {
    search = {
      unions: unionsOf(words.cues.map((cue) => cue.pattern)).map((union) => new RegExp(union.source, `${union.flags}g`)),
      sticky: new Map(words.cues.map((cue) => [cue, new RegExp(cue.pattern.source, `${cue.pattern.flags.replace(/[gy]/g, "")}gy`)])),
    };
    cueSearches.set(words, search);
  }
  return search;
}

/**
 * Every offset of `text` where a cue pattern may match, in order: one pass per set of flags
 * instead of one per pattern (most sentences with a cue stem hold no cue word). A cue matches
 * nowhere else, so its matches are found by trying it at these offsets only.
 */
export function cueOffsets(text: string, words: MeetingWords): number[] {
  const offsets = new Set<number>();
  for (const union of cueSearchOf(words).unions) {
    union.lastIndex = 0;
    for (let match = union.exec(text); match && offsets.size < MAX_CUE_OFFSETS; match = union.exec(text)) {
      offsets.add(match.index);
      union.lastIndex = match.index + 1;
    }
    union.lastIndex = 0;
  }
  return [...offsets].sort((a, b) => a - b);
}

const globalCues = new WeakMap<MeetingWords, RegExp>();
/** Where the document has a cue stem, in order: one regex pass instead of one per sentence. */
function cueHits(text: string, words: MeetingWords): number[] {
  let pattern = globalCues.get(words);
  if (!pattern) {
    pattern = new RegExp(words.cue.source, words.cue.flags.includes("g") ? words.cue.flags : `${words.cue.flags}g`);
    globalCues.set(words, pattern);
  }
  const hits: number[] = [];
  for (const match of allMatches(pattern, text)) {
    const at = match.index ?? 0;
    if (startsWord(text, at)) hits.push(at);
  }
  return hits;
}

/**
 * Splits a sentence's cues into meetings: a cue with no date of its own joins the one before when
 * either is a verb or it is a channel ("spoke with … in a call", "se sont entretenus par liaison vidéo").
 */
export function groupCues(
  cues: CueMatch[],
  mentions: DateMention[],
  text: string,
  words: MeetingWords,
  namesParty: (from: number, to: number) => boolean,
): Unit[] {
  const length = text.length;
  const units: Unit[] = [];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const previousUnit = units[units.length - 1];
    const previousCue = previousUnit?.cues[previousUnit.cues.length - 1];
    // "will convene on Sunday, the last time before the summit": a noun still to come after the clause's event is another meeting.
    if (previousUnit && !cue.cue.verb && words.aheadOf.test(text.slice(Math.max(0, cue.start - 40), cue.start))) {
      units.push({ cues: [cue], from: 0, to: length });
      continue;
    }
    if (previousUnit && previousCue?.cue.verb && !cue.cue.verb) {
      const between = text.slice(previousCue.end, cue.start);
      // "se rendra mardi à Tokyo pour une rencontre", "will travel to Paris for a dinner": one meeting.
      // Not across "then": "will meet X on Monday and then fly to Rabat for talks" are two meetings.
      const purpose = words.purpose.test(between) && !words.then.test(between);
      // "will sit down with X on the sidelines of the APEC summit … on Saturday": a noun that frames a verb's
      // meeting is where it takes place, and its day is the meeting's.
      const frame = !cue.cue.channel && words.frame.test(text.slice(Math.max(previousCue.end, cue.start - 40), cue.start));
      if (purpose || frame) {
        previousUnit.cues.push(cue);
        continue;
      }
    }
    // "held talks on the sidelines of the summit on Monday": a noun that frames the meeting named before is where it
    // takes place, and its day is that meeting's. Not when each has a day of its own (« l'entretien de samedi, le même
    // que lors de leur tête-à-tête cinq jours plus tôt »).
    const nextCueStart = cues[i + 1]?.start ?? length;
    const datedApart =
      previousUnit !== undefined &&
      hasDateBetween(mentions, previousUnit.cues[0]!.start, cue.start) &&
      mentions.some((m) => !m.reported && m.start >= cue.end && m.start < nextCueStart);
    if (
      previousUnit &&
      previousCue &&
      !previousCue.cue.verb &&
      !cue.cue.verb &&
      !cue.cue.channel &&
      !datedApart &&
      words.frame.test(text.slice(Math.max(previousCue.end, cue.start - 40), cue.start))
    ) {
      previousUnit.cues.push(cue);
      continue;
    }
    // "s'est entretenu jeudi par téléphone avec X, puis vendredi avec Y", "held talks via video link on Tuesday":
    // the channel just after a cue (and its day) is how that meeting was held, whatever day follows.
    if (
      previousUnit &&
      previousCue &&
      !previousCue.cue.channel &&
      cue.cue.channel &&
      cue.start - previousCue.end <= 25 &&
      !/[,;:.]/.test(text.slice(previousCue.end, cue.start)) &&
      // "agreed to the meeting after a short call on Wednesday": the call came before, it is another meeting.
      !words.afterEvent.test(text.slice(previousCue.end, cue.start))
    ) {
      previousUnit.cues.push(cue);
      continue;
    }
    const nextStart = cues[i + 1]?.start ?? length;
    const ownDate = mentions.some((m) => !m.reported && m.start >= cue.end && m.start < nextStart);
    const last = units[units.length - 1];
    const lastCue = last?.cues[last.cues.length - 1];
    // « Cette rencontre intervient après que X s'est entretenu avec Y »: what a meeting came after is another meeting.
    if (last && lastCue && words.cameAfter.test(text.slice(lastCue.end, cue.start))) {
      units.push({ cues: [cue], from: lastCue.end, to: length });
      continue;
    }
    // "will meet on Jan. 8 to discuss Sudan", "a trip to Brussels to meet X": the purpose of the meeting
    // before, unless that one has its day and this one another ("held talks on Monday and agreed to meet on May 5").
    if (
      last &&
      lastCue &&
      cue.cue.verb &&
      words.infinitivePurpose.test(text.slice(Math.max(lastCue.end, cue.start - 15), cue.start)) &&
      (cue.cue.weak || !ownDate || !hasDateBetween(mentions, last.cues[0]!.start, cue.start))
    ) {
      last.cues.push(cue);
      continue;
    }
    // "spoke by phone with X and later met Y", « a rencontré X, avant de s'entretenir avec Y »: once the meeting before
    // has named its party, the same subject goes on to a meeting of its own.
    if (last && lastCue && !cue.cue.weak && (cue.cue.verb || cue.cue.channel)) {
      const between = text.slice(lastCue.end, cue.start);
      const joined = words.coordinated.exec(between) ?? (cue.cue.verb ? thenAtEnd(between, words) : null);
      if (joined && namesParty(lastCue.end, lastCue.end + joined.index)) {
        units.push({ cues: [cue], from: lastCue.end, to: length, joinedAt: lastCue.end + joined.index });
        continue;
      }
    }
    // "un entretien suivi d'un dîner d'État": a noun a few words after another, without a day of its own, is the same meeting.
    const closeNoun = cue.start - (lastCue?.end ?? 0) <= 12 && !/[,;:.]/.test(text.slice(lastCue?.end ?? 0, cue.start));
    // "s'entretenir avec X, puis être reçu par Y": a verb after "puis" / "then" is a meeting of its own.
    const thenVerb = cue.cue.verb && !cue.cue.weak && lastCue !== undefined && words.then.test(text.slice(lastCue.end, cue.start));
    // "began a state visit to Japan on Monday, his first trip to Asia": a noun of the same kind without a day is the same meeting.
    // « s'affronteront mardi à 21 h dans un débat télévisé »: so is one of the same clause, a few words on.
    const sameKind =
      cue.cue.kind === lastCue?.cue.kind &&
      (words.apposition.test(text.slice(lastCue.end, cue.start).slice(-60)) ||
        (cue.start - lastCue.end <= SAME_CLAUSE_NOUN_GAP && !/[,;:.]/.test(text.slice(lastCue.end, cue.start))));
    if (
      last &&
      lastCue &&
      !ownDate &&
      !thenVerb &&
      (cue.cue.channel || cue.cue.verb || lastCue.cue.verb || cue.cue.weak || lastCue.cue.weak || closeNoun || sameKind)
    ) {
      last.cues.push(cue);
      continue;
    }
    if (last && lastCue && ownDate && lastCue.cue.verb && cue.start - lastCue.end < 40 && !hasDateBetween(mentions, last.cues[0]!.end, cue.start)) {
      last.cues.push(cue);
      continue;
    }
    units.push({ cues: [cue], from: last ? last.cues[last.cues.length - 1]!.end : 0, to: length });
  }
  for (let i = 0; i < units.length; i++) {
    const next = units[i + 1];
    if (next) units[i]!.to = next.cues[0]!.start;
    if (i > 0) units[i]!.from = units[i - 1]!.cues[units[i - 1]!.cues.length - 1]!.end;
  }
  return units;
}

/** "then" / « puis » / « avant de » among the last words before a cue, as a match at its place; or null. */
function thenAtEnd(between: string, words: MeetingWords): RegExpExecArray | null {
  const tail = between.slice(-25);
  const match = words.then.exec(tail);
  if (!match || /[.;:]/.test(tail.slice(match.index))) return null;
  match.index += between.length - tail.length;
  return match;
}
/** How far a noun of the same kind as the cue before, in the same clause, is still the same meeting. */
const SAME_CLAUSE_NOUN_GAP = 40;

export function findTopic(text: string, words: MeetingWords, mentions: DateMention[], offset: number): string | null {
  const match = words.topic.exec(text);
  const topic = match?.groups?.topic?.trim();
  if (!match || !topic || topic.length < 3) return null;
  const start = offset + (match.index ?? 0);
  if (mentions.some((m) => m.start < start + match[0].length && m.end > start)) return null;
  return topic;
}
