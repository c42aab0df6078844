/** What a sentence points back to: the meeting told before ("the talks", "les deux dirigeants"), and the people, countries or companies a title, anaphor or headline stands for. */
import type { Meeting, MeetingKind } from "../../types.js";
import type { DocumentContext, Sentence } from "../context.js";
import { allMatches } from "../matches.js";
import { cueOffsets, findCues } from "./cues.js";
import { type Draft, letter, MAX_DRAFTS_LOOKED_BACK, MAX_SENTENCES_LOOKED_BACK } from "./draft.js";
import { entityIndexOf, firstSpanFrom } from "./entity-index.js";
import { MAX_PARTIES_PER_REGION, partiesIn, storyStart } from "./parties.js";
import { weekdayOf } from "./when.js";
import type { MeetingWords } from "./words.js";

/** How far back a company's board or shareholders look for the company they belong to. */
const MAX_SENTENCES_TO_OWNER = 40;

/** The company named last as owning a board or shareholders, in this sentence up to `to` or the few before. */
export function corporateOwnerBefore(ctx: DocumentContext, words: MeetingWords, index: number, to: number): string | null {
  if (!words.corporateOwner) return null;
  for (let back = index; back >= Math.max(0, index - MAX_SENTENCES_TO_OWNER); back--) {
    const sentence = ctx.sentences[back]!;
    let owner: string | null = null;
    for (const match of allMatches(words.corporateOwner, ctx.text.slice(sentence.start, back === index ? to : sentence.end))) {
      owner = (match.groups?.owner ?? match.groups?.ownerAfter ?? "").trim() || owner;
    }
    if (owner && !words.notParties.has(owner)) {
      // "Arcadia shareholders" after "Arcadia Pharmaceuticals Inc.": the company by the full name the text gives it.
      const full = ctx.organizations.find((o) => o.name.startsWith(`${owner} `));
      return full?.name ?? owner;
    }
  }
  return null;
}

/** An indefinite article just before a noun ("a summit", « un sommet »): a meeting not told before. */
export const indefiniteBefore = /(?<![\p{L}])(?:an?|une?)\s+(?:\p{Ll}+\s+)?$/iu;

/** The latest meeting told within `reach` sentences before sentence `index` that `accepts`. */
export function latestWithin(drafts: Draft[], index: number, reach: number, accepts: (meeting: Meeting) => boolean): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > reach) break;
    if (accepts(draft.meeting)) return draft;
  }
  return null;
}

/** How far back "la session précédente", "the first session" look for the talks they are a sitting of. */
export const MAX_SENTENCES_TO_TALKS = 8;

/** The last talks told with two parties or more, not too far back; else the last consultations. */
export function lastTalks(drafts: Draft[], index: number): Draft | null {
  let consultations: Draft | null = null;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > MAX_SENTENCES_TO_TALKS) break;
    if (draft.meeting.participants.length < 2) continue;
    if (draft.meeting.kind === "negotiations") return draft;
    if (draft.meeting.kind === "consultations") consultations ??= draft;
  }
  return consultations;
}

/** The last meeting of `kind` told with two parties or more in the sentences just before. */
export function lastOfKind(drafts: Draft[], kind: MeetingKind, index: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > MAX_SENTENCES_LOOKED_BACK) break;
    if (draft.meeting.kind === kind && draft.meeting.participants.length >= 2) return draft;
  }
  return null;
}

/** The meeting "les deux dirigeants" points back to: the last one with two parties or more. */
export function referentOf(drafts: Draft[], pending: Draft | null, index: number): Draft | null {
  // "Coalition talks between X and Y have stalled. Their negotiators met on Wednesday": the talks just told,
  // without a day, are nearer than any dated meeting before them.
  const nearPending =
    pending && index - pending.sentenceIndex <= 1 && pending.sentenceIndex < index && pending.meeting.participants.length >= 2 ? pending : null;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > 8) break;
    if (nearPending && draft.sentenceIndex < nearPending.sentenceIndex) return nearPending;
    if (draft.meeting.participants.length >= 2) return draft;
  }
  return pending;
}

/** The people of a headline that tells of a meeting of this kind ("Macron et Poutine ont eu un entretien téléphonique"), when two or more. */
export function headlinePeople(ctx: DocumentContext, words: MeetingWords, kind: MeetingKind): string[] {
  const title = ctx.title;
  if (!title) return [];
  const text = ctx.text.slice(title.start, title.end);
  const offsets = cueOffsets(text, words);
  if (offsets.length === 0) return [];
  const { cues } = findCues(text, words, offsets);
  if (!cues.some((c) => !c.cue.weak && (c.cue.kind === kind || c.cue.kind === "meeting"))) return [];
  const people = partiesIn(ctx, words, title.start, title.end).filter((p) => p.kind === "person").map((p) => p.name);
  const distinct = [...new Set(people)];
  return distinct.length >= 2 ? distinct : [];
}

/** The means a headline names for its meeting (a call, a video link) and the people it names, when two or more; else null. */
export function headlineChannel(ctx: DocumentContext, words: MeetingWords): { kind: MeetingKind; people: string[] } | null {
  const title = ctx.title;
  if (!title) return null;
  const text = ctx.text.slice(title.start, title.end);
  const offsets = cueOffsets(text, words);
  if (offsets.length === 0) return null;
  const channels = findCues(text, words, offsets).cues.filter((c) => c.cue.channel === true && !c.cue.weak);
  const kinds = new Set(channels.map((c) => c.cue.kind));
  if (kinds.size !== 1) return null;
  const people = [...new Set(partiesIn(ctx, words, title.start, title.end).filter((p) => p.kind === "person").map((p) => p.name))];
  return people.length >= 2 ? { kind: [...kinds][0]!, people } : null;
}

/**
 * The meeting of the same kind (any kind for a plain "meeting") told in the last sentences that a definite mention names again: on
 * the same day, or on any day when the mention tells how it goes on ("ends on Sunday").
 */
const consultationsOrTalks: ReadonlySet<MeetingKind> = new Set<MeetingKind>(["negotiations", "consultations"]);

export function sameMeetingBefore(drafts: Draft[], draft: Draft, index: number, continues: boolean, weekday: number | null = null): Draft | null {
  const { kind, date } = draft.meeting;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const earlier = drafts[i]!;
    if (index - earlier.sentenceIndex > MAX_SENTENCES_LOOKED_BACK) break;
    // A plain "meeting" word (« ces rencontres ») names talks or consultations as well as a meeting.
    // "will meet … for peace talks. The talks are due to open at 11 a.m.": the talks named again are that meeting.
    // "The latest talks were useful … today's consultations were constructive": talks and consultations name one another.
    const talksAgain = consultationsOrTalks.has(kind) && consultationsOrTalks.has(earlier.meeting.kind);
    // « l'entretien … (G20 oblige) »: the kind its cue words name counts, not only the one its parties made it.
    const sameKind =
      earlier.meeting.kind === kind || kind === "meeting" || earlier.cueKinds.has(kind) || draft.cueKinds.has("meeting") || draft.cueKinds.has(earlier.meeting.kind) || talksAgain;
    if (earlier.sentenceIndex === index || !sameKind || !earlier.meeting.date) continue;
    if (earlier.meeting.date === date || continues || (weekday !== null && weekdayOf(earlier.meeting.date) === weekday)) return earlier;
  }
  return null;
}

/** The first meeting read from sentence `index`, or null. */
export function firstDraftOf(drafts: Draft[], index: number): Draft | null {
  let first: Draft | null = null;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK && drafts[i]!.sentenceIndex === index; i--) first = drafts[i]!;
  return first;
}

/** With one party only, the meeting's other side is the nearest one named just before, of the same sort. */
export function addPrecedingParty(
  ctx: DocumentContext,
  words: MeetingWords,
  meeting: Meeting,
  sentences: Sentence[],
  index: number,
  before: number,
): void {
  const existing = meeting.participants[0];
  const from = Math.max(sentences[Math.max(0, index - 2)]!.start, storyStart(ctx, sentences[index]!.start));
  // A place written as where something happens ("in Brussels") is no side.
  const candidates = partiesIn(ctx, words, from, before).filter((p) => !p.locative && !meeting.participants.includes(p.name));
  const knownKind = existing
    ? partiesIn(ctx, words, sentences[index]!.start, sentences[index]!.end).find((p) => p.name === existing)?.kind
    : undefined;
  const sameKind = knownKind ? candidates.filter((p) => p.kind === knownKind) : candidates;
  const chosen = (sameKind.length > 0 ? sameKind : candidates)[(sameKind.length > 0 ? sameKind : candidates).length - 1];
  if (chosen) meeting.participants.unshift(chosen.name);
}

/**
 * "Experts from the four countries will meet": as many countries as the region's number says, those
 * of the last meeting told with that many ("the two countries" resume their talks), else the last
 * that many named between two offsets, in the order the text names them; none without a number.
 */
export function countriesReferredTo(
  ctx: DocumentContext,
  words: MeetingWords,
  drafts: readonly Draft[],
  index: number,
  regionText: string,
  from: number,
  to: number,
): string[] {
  const reference = words.countriesByNumber.exec(regionText)?.groups?.count;
  if (!reference) return [];
  const count = /^\d+$/.test(reference) ? Number(reference) : (words.counts[reference.toLowerCase()] ?? 0);
  const named = partiesIn(ctx, words, from, to).filter((party) => party.kind === "country");
  const countries = new Set([...Object.values(words.countries), ...Object.values(words.capitals)]);
  for (const place of ctx.places) if (place.country) countries.add(place.country);
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > MAX_SENTENCES_LOOKED_BACK) break;
    const met = draft.meeting.participants.filter((name) => countries.has(name));
    if (met.length === count) return met;
  }
  const inTextOrder = named.map((party) => party.name);
  const lastNamed = [...new Set([...inTextOrder].reverse())].slice(0, count);
  if (lastNamed.length < count) return [];
  return lastNamed.sort((a, b) => inTextOrder.indexOf(a) - inTextOrder.indexOf(b));
}

/** The first person named between two offsets. */
export function firstPersonIn(ctx: DocumentContext, from: number, to: number): string | null {
  const spans = entityIndexOf(ctx).spans;
  for (let i = firstSpanFrom(spans, from), seen = 0; i < spans.length && seen < MAX_PARTIES_PER_REGION; i++, seen++) {
    const span = spans[i]!;
    if (span.start >= to) break;
    if (span.kind === "person") return span.name;
  }
  return null;
}

/** Of the people named between two offsets, the one the whole text names most often. */
export function protagonistBefore(ctx: DocumentContext, from: number, to: number): string | null {
  const index = entityIndexOf(ctx);
  let best: string | null = null;
  let bestCount = 0;
  for (let i = firstSpanFrom(index.spans, from), seen = 0; i < index.spans.length && seen < MAX_PARTIES_PER_REGION; i++, seen++) {
    const span = index.spans[i]!;
    if (span.start >= to) break;
    const count = span.kind === "person" ? (index.mentionCounts.get(span.name) ?? 0) : 0;
    if (count > bestCount) {
      best = span.name;
      bestCount = count;
    }
  }
  return best;
}

const rolesByName = new WeakMap<DocumentContext, Map<string, string>>();

/** The last person named between two offsets whose roles hold `title` as a word ("ministre de l'Agriculture"). */
export function roleHolderBefore(ctx: DocumentContext, title: string, from: number, to: number): string | null {
  let roles = rolesByName.get(ctx);
  if (!roles) {
    roles = new Map(ctx.people.map((person) => [person.name, person.roles.join(" | ").toLowerCase()]));
    rolesByName.set(ctx, roles);
  }
  const word = new RegExp(`(?<![\\p{L}])${title.toLowerCase()}(?![\\p{L}])`, "u");
  const index = entityIndexOf(ctx);
  let holder: string | null = null;
  for (let i = firstSpanFrom(index.spans, from), seen = 0; i < index.spans.length && seen < MAX_PARTIES_PER_REGION; i++, seen++) {
    const span = index.spans[i]!;
    if (span.start >= to) break;
    if (span.kind === "person" && word.test(roles.get(span.name) ?? "")) holder = span.name;
  }
  return holder;
}

/** The title a plural anaphor names ("the two ministers" → "minister"), or null. */
export function anaphorTitleOf(anaphor: string, words: MeetingWords): string | null {
  const last = /\p{L}+$/u.exec(anaphor)?.[0]?.toLowerCase();
  return last ? (words.anaphorTitles[last] ?? null) : null;
}

/** Whether a role holds `title` as a word, not under a rank that makes it another title. */
function roleHolds(role: string, title: string, words: MeetingWords): boolean {
  for (let at = role.indexOf(title); at >= 0; at = role.indexOf(title, at + 1)) {
    const before = role[at - 1];
    const after = role[at + title.length];
    if ((before === undefined || !letter.test(before)) && (after === undefined || !letter.test(after)) && !words.rankedTitle.test(role.slice(0, at))) return true;
  }
  return false;
}

/**
 * The people of the last meeting told with two of them who may hold `title`: without a role, or with
 * one that holds it. Null when there is none close enough.
 */
export function titledReferent(ctx: DocumentContext, words: MeetingWords, drafts: Draft[], index: number, title: string): string[] | null {
  const people = entityIndexOf(ctx).people;
  const roles = rolesOf(ctx);
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > 8) break;
    const fitting = draft.meeting.participants.filter((name) => {
      if (!people.has(name)) return false;
      const held = roles.get(name) ?? [];
      return held.length === 0 || held.some((role) => roleHolds(role, title, words));
    });
    if (fitting.length >= 2) return fitting;
  }
  return null;
}

const lowerRoles = new WeakMap<DocumentContext, Map<string, string[]>>();

/** Each person's roles in lower case, built once per document. */
function rolesOf(ctx: DocumentContext): Map<string, string[]> {
  let roles = lowerRoles.get(ctx);
  if (!roles) {
    roles = new Map(ctx.people.map((person) => [person.name, person.roles.map((role) => role.toLowerCase())]));
    lowerRoles.set(ctx, roles);
  }
  return roles;
}

/**
 * The last person named between two offsets whose roles hold `title` as a word, not under a rank
 * that makes it another title ("Prime Minister" is not "the minister"), and the qualifier when one is
 * written ("the Canadian minister"); a title that only says who leads is settled by the qualifier alone.
 */
export function titleHolderBefore(
  ctx: DocumentContext,
  words: MeetingWords,
  title: string,
  qualifier: string | null,
  from: number,
  to: number,
): string | null {
  const titleWord = title.toLowerCase().replace(/\s+/gu, " ");
  const leader = words.leaderTitles.has(titleWord);
  if (leader && !qualifier) return null;
  const index = entityIndexOf(ctx);
  let holder: string | null = null;
  for (let i = firstSpanFrom(index.spans, from), seen = 0; i < index.spans.length && seen < MAX_PARTIES_PER_REGION; i++, seen++) {
    const span = index.spans[i]!;
    if (span.start >= to) break;
    if (span.kind !== "person") continue;
    const roles = rolesOf(ctx).get(span.name) ?? [];
    const fits = roles.some((role) => (leader || roleHolds(role, titleWord, words)) && (!qualifier || role.includes(qualifier.toLowerCase())));
    if (fits) holder = span.name;
  }
  return holder;
}

/** « Le maire de Québec … », its holder named only paragraphs later: the one person of the document with that title, or null. */
export function soleTitleHolder(ctx: DocumentContext, words: MeetingWords, title: string, qualifier: string | null): string | null {
  const titleWord = title.toLowerCase().replace(/\s+/gu, " ");
  if (words.leaderTitles.has(titleWord)) return null;
  const holders = [...rolesOf(ctx)].filter(([, roles]) => roles.some((role) => roleHolds(role, titleWord, words) && (!qualifier || role.includes(qualifier.toLowerCase()))));
  return holders.length === 1 ? holders[0]![0] : null;
}
