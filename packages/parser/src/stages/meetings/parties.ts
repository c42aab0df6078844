/** A meeting's participants read from its region of text: people, countries, organizations, with the datelines and acronyms that are none, and the attendees listed apart. */
import type { Meeting } from "../../types.js";
import type { DocumentContext } from "../context.js";
import { allMatches, literalAlternation } from "../matches.js";
import { placeZones } from "../time-zones.js";
import { type Draft, type Party, startsWord } from "./draft.js";
import {
  entityIndexOf,
  type EntitySpan,
  firstSpanFrom,
  insideEntity,
  joinedNames,
  organizationOfKindBefore,
  organizationsOfKindBefore,
  overlapsEntity,
  twoOrganizations,
} from "./entity-index.js";
import type { MeetingWords } from "./words.js";

const compiledCountries = new WeakMap<MeetingWords, RegExp>();

function countryPattern(words: MeetingWords): RegExp {
  let pattern = compiledCountries.get(words);
  if (!pattern) {
    // Regions are in the alternation so that their demonym is not read as the country.
    const keys = [...Object.keys(words.countries), ...Object.keys(words.capitals), ...words.regions].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?:${literalAlternation(keys, "giu")})(?![\\p{L}\\d])`, "giu");
    compiledCountries.set(words, pattern);
  }
  return pattern;
}
/** An ASCII lower-case letter or a space, never an acronym's first letter, is ruled out before the slow `\p{Lu}`. */
const acronymPattern = /(?![a-z\s])(?:\p{Lu}[\p{Lu}\d]{1,5}|G\d{1,2})(?![\p{L}\d])/gu;
const letterDigitOrDot = /[\p{L}\d.]/u;

let placePattern: RegExp | null = null;

export function placeNamePattern(): RegExp {
  placePattern ??= new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:${literalAlternation(
      Object.keys(placeZones).sort((a, b) => b.length - a.length),
      "u",
    )})(?![\\p{L}])`,
    "u",
  );
  return placePattern;
}
export const MAX_PARTIES_PER_REGION = 60;
const MAX_PARTICIPANTS = 60;

/**
 * What goes on with an organization's name the entities read short, when that name ends on a common word
 * (« Agence régionale de santé » + « Provence-Alpes-Côte d'Azur », « Confédération des syndicats médicaux » +
 * « français »): the place or the national adjective written right after it. Null otherwise.
 */
function restOfName(ctx: DocumentContext, words: MeetingWords, spans: readonly EntitySpan[], i: number, to: number): { text: string; end: number } | null {
  const span = spans[i]!;
  if (!/\s\p{Ll}[\p{L}-]*$/u.test(span.name) || ctx.text[span.end] !== " ") return null;
  const next = spans[i + 1];
  if (next && next.kind === "place" && next.start === span.end + 1 && next.end <= to) {
    return { text: ctx.text.slice(next.start, next.end), end: next.end };
  }
  const adjective = /^ (\p{Ll}[\p{L}-]*)(?![\p{L}])/u.exec(ctx.text.slice(span.end, Math.min(to, span.end + 40)));
  // « le ministère des Affaires étrangères russe »: the adjective may name the state too; it stays a party.
  if (adjective && words.countries[adjective[1]!]) return { text: adjective[1]!, end: span.end };
  return null;
}

/** Parties (people, countries, organizations) mentioned between two document offsets. */
export function partiesIn(ctx: DocumentContext, words: MeetingWords, from: number, to: number): Party[] {
  const parties: Party[] = [];
  if (to <= from) return parties;
  const index = entityIndexOf(ctx);
  // Where a name read short goes on ("Agence régionale de santé Provence-Alpes-Côte d'Azur"): no party of its own there.
  let nameGoesOnTo = -1;
  for (let i = firstSpanFrom(index.spans, from); i < index.spans.length && parties.length < MAX_PARTIES_PER_REGION; i++) {
    const span = index.spans[i]!;
    if (span.start >= to) break;
    if (span.end > to || span.start < nameGoesOnTo) continue;
    if (span.kind === "organization") {
      const rest = restOfName(ctx, words, index.spans, i, to);
      if (rest) {
        nameGoesOnTo = rest.end;
        parties.push({ name: `${span.name} ${rest.text}`, start: span.start, kind: "organization" });
        continue;
      }
    }
    // "the World Bank Board of Governors" read as two names: one body, named in full.
    const next = span.kind === "organization" ? index.spans[i + 1] : undefined;
    if (
      next &&
      next.kind === "organization" &&
      next.end <= to &&
      ctx.text.slice(span.end, next.start) === " " &&
      !words.notParties.has(span.name) &&
      !words.notParties.has(next.name) &&
      !words.capitals[span.name.toLowerCase()] &&
      !words.capitals[next.name.toLowerCase()]
    ) {
      nameGoesOnTo = next.end;
      parties.push({ name: ctx.text.slice(span.start, next.end), start: span.start, kind: "organization" });
      continue;
    }
    if (span.kind === "person") {
      parties.push({ name: span.name, start: span.start, kind: "person" });
    } else if (span.kind === "organization") {
      if (words.notParties.has(span.name)) continue;
      // "Kremlin", "Élysée": the seat of power stands for its country.
      const seatOf = words.capitals[span.name.toLowerCase()];
      if (seatOf) parties.push({ name: seatOf, start: span.start, kind: "country", byName: false });
      else {
        // "Skyward Airlines and Polar Air" read as one name: two organizations, each named in full.
        const joined = joinedNames.exec(span.name);
        if (joined && twoOrganizations(joined[1]!, joined[2]!)) {
          parties.push({ name: joined[1]!, start: span.start, kind: "organization" });
          parties.push({ name: joined[2]!, start: span.start + span.name.indexOf(joined[2]!, joined[1]!.length), kind: "organization" });
        } else parties.push({ name: span.name, start: span.start, kind: "organization" });
      }
    } else if (span.country) {
      parties.push({ name: span.country, start: span.start, kind: "country", byName: span.name === span.country });
    }
  }
  const text = ctx.text.slice(from, to);
  for (const match of allMatches(countryPattern(words), text)) {
    if (parties.length >= MAX_PARTIES_PER_REGION) break;
    if (!startsWord(text, match.index ?? 0) || /\d/.test(text[(match.index ?? 0) - 1] ?? "")) continue;
    if (from + (match.index ?? 0) < nameGoesOnTo) continue;
    // "Banque centrale européenne", "Réserve fédérale américaine": the body is the party, not the country.
    if (insideEntity(index.spans, from + (match.index ?? 0))) continue;
    const key = match[0].toLowerCase();
    const country = words.countries[key] ?? words.capitals[key];
    if (country) {
      const byName = words.countries[key] !== undefined;
      parties.push({ name: country, start: from + (match.index ?? 0), kind: "country", byName });
    }
  }
  // "franco-allemand", "Sino-American": the combining form before the hyphen names one more country.
  for (const match of allMatches(words.combiningForm, text)) {
    if (parties.length >= MAX_PARTIES_PER_REGION) break;
    const country = words.combiningForms[match[1]!.toLowerCase()];
    if (country && startsWord(text, match.index ?? 0)) parties.push({ name: country, start: from + (match.index ?? 0), kind: "country", byName: true });
  }
  for (const match of allMatches(words.bodies, text)) {
    if (parties.length >= MAX_PARTIES_PER_REGION) break;
    const body = match.groups?.body;
    // A body inside a name already read ("Commission sous-régionale des pêches") is that organization.
    if (body && !insideEntity(index.spans, from + (match.index ?? 0))) {
      const name = fullBodyName(ctx, words, body) ?? body;
      // "the Senate economics committee …, the committee's chair said": the bare head names the body just read.
      const lower = name.toLowerCase();
      if (parties.some((p) => p.kind === "organization" && p.name.toLowerCase().endsWith(` ${lower}`))) continue;
      parties.push({ name, start: from + (match.index ?? 0), kind: "organization" });
    }
  }
  if (words.convenedLegislature) {
    for (const match of allMatches(words.convenedLegislature, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const body = match.groups!.body!;
      const start = from + (match.index ?? 0);
      // A body the entities read already, in full, is that organization.
      if (overlapsEntity(index.spans, start, start + body.length)) continue;
      // "The Senate … the Eastvale Senate": a bare head is the one body of that name the text gives.
      parties.push({ name: fullBodyName(ctx, words, body.toLowerCase()) ?? body, start, kind: "organization" });
    }
  }
  // « les chefs d'État et de gouvernement des Quinze », "the leaders of the Twenty-Seven": the bloc they lead.
  for (const match of allMatches(words.blocLeaders, text)) {
    if (parties.length >= MAX_PARTIES_PER_REGION) break;
    const bloc = match.groups!.bloc!;
    const start = from + (match.index ?? 0) + match[0].lastIndexOf(bloc);
    const lower = bloc.toLowerCase();
    if (overlapsEntity(index.spans, start, start + bloc.length, true) || words.countries[lower] || words.capitals[lower]) continue;
    parties.push({ name: bloc, start, kind: "organization" });
  }
  if (words.namedOrganization) {
    for (const match of allMatches(words.namedOrganization, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const name = match.groups?.name;
      if (!name) continue;
      const start = from + (match.index ?? 0) + match[0].indexOf(name);
      const end = start + name.length;
      // A name the entities read as someone's or some body's, whole or in part, is theirs.
      if (overlapsEntity(index.spans, start, end) || words.countries[name.toLowerCase()]) continue;
      parties.push({ name: name.replace(/\s+/gu, " "), start, kind: "organization" });
    }
  }
  if (words.sideOrganization) {
    for (const match of allMatches(words.sideOrganization, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const name = match.groups?.name;
      if (!name) continue;
      const start = from + (match.index ?? 0) + match[0].lastIndexOf(name);
      const lower = name.toLowerCase();
      if (overlapsEntity(index.spans, start, start + name.length) || words.countries[lower] || words.capitals[lower] || words.notParties.has(name)) continue;
      if (parties.some((p) => p.name === name)) continue;
      parties.push({ name: name.replace(/\s+/gu, " "), start, kind: "organization" });
    }
  }
  if (words.bodyOwner) {
    for (const match of allMatches(words.bodyOwner, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const owner = match.groups?.owner;
      if (!owner) continue;
      const start = from + (match.index ?? 0) + match[0].indexOf(owner);
      // A person's, a country's or a known body's: already read as such.
      if (overlapsEntity(index.spans, start, start + owner.length, true) || words.countries[owner.toLowerCase()] || words.capitals[owner.toLowerCase()]) continue;
      if (words.notParties.has(owner)) continue;
      parties.push({ name: owner, start, kind: "organization" });
    }
  }
  if (words.kindAnaphor && words.kindNames) {
    for (const match of allMatches(words.kindAnaphor, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const kind = words.kindNames[match.groups!.head!.toLowerCase()];
      const start = from + (match.index ?? 0);
      if (!kind || insideEntity(index.spans, start)) continue;
      const name = organizationOfKindBefore(index.spans, start, kind);
      if (name && !parties.some((p) => p.name === name)) parties.push({ name, start, kind: "organization" });
    }
  }
  if (words.pairAnaphor && words.pairKinds && words.kindNames) {
    for (const match of allMatches(words.pairAnaphor, text)) {
      if (parties.length >= MAX_PARTIES_PER_REGION) break;
      const kind = words.kindNames[words.pairKinds[match.groups!.head!.toLowerCase()] ?? ""];
      const start = from + (match.index ?? 0);
      if (!kind) continue;
      const names = organizationsOfKindBefore(index.spans, start, kind, 2);
      if (names.length < 2) continue;
      for (const name of names) if (!parties.some((p) => p.name === name)) parties.push({ name, start, kind: "organization" });
    }
  }
  for (const match of allMatches(acronymPattern, text)) {
    if (parties.length >= MAX_PARTIES_PER_REGION) break;
    if ((match.index ?? 0) > 0 && letterDigitOrDot.test(text[(match.index ?? 0) - 1]!)) continue;
    const start = from + (match.index ?? 0);
    if (words.notParties.has(match[0]) || words.countries[match[0].toLowerCase()] || words.capitals[match[0].toLowerCase()]) continue;
    if (insideEntity(index.spans, start)) continue;
    parties.push({ name: match[0], start, kind: "organization" });
  }
  for (const party of parties) {
    if (party.kind === "country") party.locative = words.locative.test(ctx.text.slice(Math.max(0, party.start - 12), party.start));
  }
  const dateline = ctx.dateline ?? null;
  const inDateline = (start: number) => dateline !== null && dateline.start <= start && start < dateline.end;
  return parties.filter((party) => !inDateline(party.start) && !inWireDateline(ctx.text, party.start)).sort((a, b) => a.start - b.start);
}

const bodyNames = new WeakMap<DocumentContext, Map<string, string | null>>();

/** The one proper name the text gives a body it also calls by its bare head word, or null. */
function fullBodyName(ctx: DocumentContext, words: MeetingWords, body: string): string | null {
  if (/\s/.test(body)) return null;
  let names = bodyNames.get(ctx);
  if (!names) bodyNames.set(ctx, (names = new Map()));
  const head = body.toLowerCase();
  const known = names.get(head);
  if (known !== undefined) return known;
  const found = new Set<string>();
  for (const match of allMatches(words.namedBody(head), ctx.text)) {
    found.add(match.groups!.name!.replace(/\s+/gu, " "));
    if (found.size > 1) break;
  }
  // Two councils named: which one "the council" is, is not said.
  const name = found.size === 1 ? [...found][0]! : null;
  names.set(head, name);
  return name;
}

/** Capitals from a line's start up to an offset. */
const capitalsHead = /^[\p{Lu}\s.'’-]*$/u;
/** What ends a wire dateline's place: "GENEVA, Feb 18", "BRUSSELS, 3 March", "NEW DELHI -", "PARIS (AFP)", "MANILA:". */
const wirePlaceEnd = /^[\p{Lu}\s.'’-]*?(?:,\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d|\s+[-—–]\s|\s+\(|:\s)/u;

/** Whether `start` is in the place in capitals that opens a wire story ("GENEVA, Feb 18 (AFP) -"): where it is filed, not a party. */
function inWireDateline(text: string, start: number): boolean {
  const lineStart = lineStartWithin(text, start, 30);
  if (lineStart < 0) return false;
  const head = text.slice(lineStart, start);
  if (!capitalsHead.test(head)) return false;
  const word = /^\p{Lu}{2,}/u.exec(text.slice(lineStart, lineStart + 40));
  return word !== null && wirePlaceEnd.test(text.slice(start, start + 40));
}

/**
 * Where the line holding `offset` starts, when that is at most `reach` characters before it; else -1.
 * Only those characters are read: on a text of one long line, a search back to its start for every
 * offset would be quadratic.
 */
function lineStartWithin(text: string, offset: number, reach: number): number {
  const from = Math.max(0, offset - reach);
  const newline = text.slice(from, offset).lastIndexOf("\n");
  if (newline >= 0) return from + newline + 1;
  if (from === 0) return 0;
  return text[from - 1] === "\n" ? from : -1;
}

/** A wire dateline's places up to its date: "HALIFAX, Nova Scotia, " (the segmenter may not have read it as one). */
const wireDatelineHead = /^\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}){0,2},\s*$/u;
/** What closes a wire dateline after its date: the year, the agency, the dash. */
const wireDatelineTail = /^\s*(?:,?\s*\d{4})?\s*(?:\([^()\n]{1,40}\))?\s*[-—–]/u;

/** Whether a date between two document offsets is the day of the dateline. */
export function inDatelineDate(ctx: DocumentContext, start: number, end: number): boolean {
  const dateline = ctx.dateline ?? null;
  if (dateline && dateline.start <= start && end <= dateline.end) return true;
  const lineStart = lineStartWithin(ctx.text, start, 60);
  if (lineStart < 0) return false;
  return wireDatelineHead.test(ctx.text.slice(lineStart, start)) && wireDatelineTail.test(ctx.text.slice(end, end + 50));
}

/**
 * Where the story opens, for a sentence at `sentenceStart`: its dateline, written before it or opening it
 * ("PANAMA CITY, Dec 26 (Reuters) -"). The byline and headline lines above are no part of what it tells. 0 without one.
 */
export function storyStart(ctx: DocumentContext, sentenceStart: number): number {
  const dateline = ctx.dateline ?? null;
  if (dateline && dateline.start <= sentenceStart) return dateline.start;
  return inWireDateline(ctx.text, sentenceStart) ? sentenceStart : 0;
}

/** An organization named in full with its acronym after it, "(ECOFIN)", is the acronym the text goes on to call it by. */
const acronymAfter = /^\s*\((?<acronym>\p{Lu}[\p{Lu}\d&-]{1,9})\)/u;

export function byAcronym(ctx: DocumentContext, party: Party): Party {
  if (party.kind !== "organization") return party;
  const end = party.start + party.name.length;
  if (ctx.text.slice(party.start, end) !== party.name) return party;
  const acronym = acronymAfter.exec(ctx.text.slice(end, end + 16))?.groups?.acronym;
  if (!acronym) return party;
  return acronymUses(ctx, acronym) >= 2 ? { ...party, name: acronym } : party;
}

const acronymCounts = new WeakMap<DocumentContext, Map<string, number>>();

/** How often the text writes `acronym`, in parentheses or not (counted once per document). */
function acronymUses(ctx: DocumentContext, acronym: string): number {
  let counts = acronymCounts.get(ctx);
  if (!counts) {
    counts = new Map();
    acronymCounts.set(ctx, counts);
  }
  let count = counts.get(acronym);
  if (count === undefined) {
    count = ctx.text.match(new RegExp(`(?<![\\p{L}\\d])${acronym}(?![\\p{L}\\d])`, "gu"))?.length ?? 0;
    counts.set(acronym, count);
  }
  return count;
}

export function addParticipant(meeting: Meeting, name: string): void {
  // A meeting that later sentences keep adding to is read up to the bound, so that it stays linear.
  if (meeting.participants.length < MAX_PARTICIPANTS && !meeting.participants.includes(name)) meeting.participants.push(name);
}

const fullNameMaps = new WeakMap<DocumentContext, Map<string, string>>();

const countryNameSets = new WeakMap<MeetingWords, ReadonlySet<string>>();

/** The countries a locale's demonyms and capitals stand for, by name. Built once per locale. */
function countryNamesOf(words: MeetingWords): ReadonlySet<string> {
  let names = countryNameSets.get(words);
  if (!names) {
    names = new Set([...Object.values(words.countries), ...Object.values(words.capitals)]);
    countryNameSets.set(words, names);
  }
  return names;
}

/**
 * The first words of each organization's name ("Meridian", "Meridian Health") → that full name, when no other
 * organization's name opens with them and they name nothing else of the text themselves. Built once.
 */
function fullNamesOf(ctx: DocumentContext): Map<string, string> {
  let map = fullNameMaps.get(ctx);
  if (map) return map;
  map = new Map();
  const taken = new Set<string>();
  for (const entity of [...ctx.people, ...ctx.organizations, ...ctx.places]) taken.add(entity.name);
  // "France" is the country, not the opening of « France Télévisions ».
  const countries = countryNamesOf(ctx.locale.meetings);
  const ambiguous = new Set<string>();
  const names: string[] = [];
  for (const organization of ctx.organizations) {
    const joined = joinedNames.exec(organization.name);
    if (joined && twoOrganizations(joined[1]!, joined[2]!)) names.push(joined[1]!, joined[2]!);
    else names.push(organization.name);
  }
  for (const name of names) {
    const parts = name.split(" ");
    for (let n = 1; n < parts.length && n <= 3; n++) {
      const head = parts.slice(0, n).join(" ");
      // "Bank of …": a head must itself look like a name, not end on a linking word.
      if (!/^\p{Lu}/u.test(parts[n - 1]!)) break;
      if (taken.has(head) || countries.has(head)) continue;
      const known = map.get(head);
      if (known !== undefined && known !== name) ambiguous.add(head);
      else map.set(head, name);
    }
  }
  for (const head of ambiguous) map.delete(head);
  fullNameMaps.set(ctx, map);
  return map;
}

/** "Meridian's board … Meridian Health Systems": a short form is the one organization whose full name it opens. */
export function useFullNames(ctx: DocumentContext, meeting: Meeting): void {
  const fullNames = fullNamesOf(ctx);
  meeting.participants = meeting.participants.map((name) => fullNames.get(name) ?? name);
  meeting.participants = meeting.participants.filter((name, i) => meeting.participants.indexOf(name) === i);
}

/**
 * "Trump will host the four leaders on Wednesday. Thune, Johnson, Schumer and Jeffries are expected to
 * attend.": a meeting with one person only takes its guests from the next sentence when that one says
 * who will attend (before those words).
 */
export function addAttendees(ctx: DocumentContext, words: MeetingWords, draft: Draft): void {
  const meeting = draft.meeting;
  // One person named, maybe with the place that hosts them (« à Matignon »), and no guest; or nobody named
  // ("the four leaders will face each other in a debate").
  const people = entityIndexOf(ctx).people;
  if (meeting.date === null || meeting.participants.length > 2 || meeting.participants.filter((name) => people.has(name)).length > 1) return;
  if (meeting.participants.length > 0 && meeting.participants.every((name) => !people.has(name))) return;
  const next = ctx.sentences[draft.sentenceIndex + 1];
  if (!next) return;
  const said = words.attendance.exec(ctx.text.slice(next.start, next.end));
  if (!said) return;
  for (const party of partiesIn(ctx, words, next.start, next.start + said.index)) addParticipant(meeting, party.name);
}

/** « Seront présents aux côtés de la ministre : X, Y et Z », "Also present were X and Y" in sentence `index`: they attend a dated meeting told just before. */
export function addListedAttendees(ctx: DocumentContext, words: MeetingWords, meeting: Meeting, index: number): void {
  const sentence = ctx.sentences[index];
  if (!sentence || meeting.date === null || !words.attendeesListed) return;
  const listed = words.attendeesListed.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!listed) return;
  for (const party of partiesIn(ctx, words, sentence.start + listed[0].length, sentence.end)) addParticipant(meeting, party.name);
}

/** How far after its cue a meeting's group of people may be named ("with the coastal mayors of the region"). */
const GROUP_REACH = 60;

/** A group of people named by a common noun after a cue, within its clause, without its article; or null. */
export function groupAfter(text: string, from: number, to: number, words: MeetingWords): string | null {
  const clause = text.slice(from, Math.min(to, from + GROUP_REACH));
  const end = clause.search(/[,;.]/u);
  const match = words.groupParty.exec(end >= 0 ? clause.slice(0, end) : clause);
  return match?.groups?.group?.replace(/\s+/gu, " ") ?? null;
}

/** How far before its cue the clause naming a meeting's sides by common nouns is read. */
const GROUP_SUBJECT_REACH = 90;
/** How close to the cue the last of those sides must be: further, it is no subject of the cue. */
const GROUP_SUBJECT_GAP = 50;

/** The sides named by common nouns in the clause just before a cue, in text order. */
export function groupsBefore(text: string, from: number, to: number, words: MeetingWords): string[] {
  const start = Math.max(from, to - GROUP_SUBJECT_REACH);
  const window = text.slice(start, to);
  const clause = window.slice(Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf(":")) + 1);
  const matches = allMatches(words.groupSubject, clause);
  const last = matches[matches.length - 1];
  if (!last || clause.length - ((last.index ?? 0) + last[0].length) > GROUP_SUBJECT_GAP) return [];
  return matches.map((m) => m.groups!.group!.replace(/\s+/gu, " "));
}
