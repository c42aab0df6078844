import type { Meeting, MeetingKind } from "../types.js";
import type { DocumentContext, Sentence } from "./context.js";
import {
  addDays,
  type DateMention,
  type DateWords,
  type Day,
  type DurationMention,
  type Tense,
  type TimeMention,
  dayToString,
  datedModifierTense,
  detectTense,
  findDateMentions,
  findDurations,
  findTimes,
  monthOfDateline,
  parseDay,
  parseWithChrono,
  resolveMention,
  unionsOf,
  zoneFromEquivalent,
  zoneOfPlace,
} from "./dates.js";
import { allMatches, literalAlternation } from "./matches.js";
import { foldPlaceName, placeZones } from "./time-zones.js";

/** One family of meeting words. */
export interface MeetingCue {
  kind: MeetingKind;
  /** Global regex. */
  pattern: RegExp;
  /** A verb ("met", "s'entretenir"): a noun cue met later in the clause names the kind better. */
  verb?: boolean;
  /** The channel of a conversation (phone, video): merges with the verb or noun it qualifies. */
  channel?: boolean;
  /** A body hearing a witness (« entendu par la commission »): never a game, whatever the sentence's sport. */
  hearing?: boolean;
  /** Only continues a meeting already in the text ("discuter", "round"); never starts one alone. */
  weak?: boolean;
  /** One sitting of talks ("session", "round", "séance"): it continues the last talks told, not merely the last meeting. */
  sitting?: boolean;
}

/**
 * Meeting nouns and verbs, status cues and participant patterns for one language.
 *
 * A word start is written `(?<![a-zA-Z])(?<![\p{L}])`: the same test as the second alone, but V8
 * settles most positions on the ASCII class, several times faster than on the Unicode one.
 */
export interface MeetingWords {
  /**
   * Cheap pre-filter, searched once over the whole document: stems of every cue word, without
   * look-behind (the stage checks that a hit starts a word). A sentence without a hit is not read.
   */
  cue: RegExp;
  /** Most specific first. Patterns need not check the start of the word: the stage does. */
  cues: ReadonlyArray<MeetingCue>;
  /** Spans that contain a cue word but are no meeting ("conférence de presse"). Global; word start checked by the stage. */
  notMeeting: RegExp;
  /** The meeting was called off. */
  cancelled: RegExp;
  /** The meeting was moved: the date written after this is its new date. Global. */
  postponed: RegExp;
  /** Parties named by reference to what came before ("les deux dirigeants", "the two leaders"). */
  anaphora: RegExp;
  /** Just before a noun cue: a plural possessive ("leur tête-à-tête", "their first meeting"), the people of the meeting before. Anchored at the end. */
  theirs: RegExp;
  /** In an anaphor, the nouns that name sides rather than people ("délégations", "teams"). */
  sides: RegExp;
  /** Countries named by their number ("les quatre pays", "both countries"): group `count`, a digit or a key of `counts`. */
  countriesByNumber: RegExp;
  /** Number words up to ten ("deux", "four", "both"). */
  counts: Readonly<Record<string, number>>;
  /** Ministers' meetings ("G7 finance ministers"): a group that meets at this level holds no summit. */
  ministerial: RegExp;
  /**
   * A person written without a name: a personal pronoun ("il", "she"), not an impersonal one ("il
   * y a"), or a title with its article ("le dirigeant chinois", "the president").
   */
  unnamedPerson: RegExp;
  /**
   * Who is said to come to a meeting told just before ("X and Y are expected to attend", « X et Y
   * ont confirmé leur présence »): the guests a host's meeting left unnamed ("the four leaders").
   */
  attendance: RegExp;
  /** A sentence that opens by listing who attends ("Also present were", « Seront présents aux côtés de la ministre : »); its parties follow. Anchored at the start. */
  attendeesListed?: RegExp;
  /**
   * Countries by their names, capitals, seats of power and demonyms, lower case as written
   * ("moscou" → "Russie", "les russes" → "Russie"). Values are the country's name in the language.
   */
  countries: Readonly<Record<string, string>>;
  /** Capitals and seats of power ("moscou", "kremlin" → "Russie"), lower case as written. */
  capitals: Readonly<Record<string, string>>;
  /** Adjectives of regions that end in a country's demonym ("south american", "sud-américain"): no party. */
  regions: ReadonlyArray<string>;
  /** A past-tense verb cue that reports the day's news ("s'est entretenu", "met"): group `verb`. Global. */
  dayNewsVerb: RegExp;
  /** A plural noun cue that names meetings in general ("des rencontres", "crisis meetings"). */
  pluralNoun: RegExp;
  /** Just before a weak cue: a plan that makes it a meeting of its own ("is scheduled to discuss"). */
  plannedWeak: RegExp;
  /** Between a verb cue and a noun cue: the noun is the verb's purpose ("pour une", "for a"). */
  purpose: RegExp;
  /** Between a verb cue and a noun cue: the noun is talks agreed on there, to come ("and agreed to restart", « et ont convenu de reprendre les »). Anchored at the end. */
  agreedToStart?: RegExp;
  /** After a cue: the meeting is held to settle an agreement ("to finalise the deal", « pour tenter de finaliser l'accord »), so it is a negotiation. */
  negotiationPurpose?: RegExp;
  /** Before a weak verb cue: two parties joined by "and" as its subject ("X and Y discussed", « X et Y ont discuté »). */
  joinedSubject?: RegExp;
  /** Sport and contest words: a sentence with them has fixtures, not meetings ("rencontrera la Suède en demi-finale"). */
  sports: RegExp;
  /** A determiner just before a cue that points back to a meeting already told ("la", "the"). */
  definite: RegExp;
  /** Between two dates of one clause: the second is one more meeting ("puis", "then"). */
  then: RegExp;
  /**
   * Just before a verb or channel cue, after a meeting told with its party: the same subject goes on to
   * another meeting ("… with X and later met Y", "… and held a video call with", « … et s'est entretenu »).
   * Anchored at the end.
   */
  coordinated: RegExp;
  /** Just after a verb cue: an object pronoun, the party of the meeting told before ("and met her"). Anchored at the start. */
  objectPronoun?: RegExp;
  /**
   * Between a meeting and the clause of another one: the second came just before the first ("came after", « intervient
   * après que »), the same day.
   */
  cameAfter: RegExp;
  /** Just before a noun cue: a number of meetings ("140 conversations", "dozens of meetings"), a count and no meeting. Anchored at the end. */
  tally: RegExp;
  /** Just before a noun cue: an indefinite plural (« des entretiens », "several meetings"), meetings on no one day. Anchored at the end. */
  indefinitePlural: RegExp;
  /** Between a meeting verb and a date: the date is when it opened (« sont réunis depuis », "have been meeting since"). Anchored at both ends. */
  sinceOpening: RegExp;
  /** Leaders named by the bloc they lead (« les chefs d'État et de gouvernement des Quinze »): group `bloc`. Global. */
  blocLeaders: RegExp;
  /** Just after a verb cue: its other sides are named next ("with", « avec »). Anchored at the start. */
  withFollows: RegExp;
  /** Meetings held apart with each side (« des discussions bilatérales », "bilateral talks"): one meeting per guest. */
  bilateral: RegExp;
  /** A sentence that places events in another time (a year, a month): no day's-news reading. */
  otherTime: RegExp;
  /**
   * Between a cue and a later date without a day: words that give that date to another event named after the cue
   * ("met …, their first meeting since their talks in July", "… for the summit to be held in September"). Global.
   */
  laterEvent: RegExp;
  /** What the meeting is about: named group `topic`, searched after the cue. */
  topic: RegExp;
  /** Bodies named by a common noun ("le comité exécutif du parti", "election commission"): global, group `body`. */
  bodies: RegExp;
  /**
   * The proper name of a body the text also calls by its bare head word ("the council" → "Arctic
   * Council", « le conseil » → « Conseil de l'Arctique »): global, group `name`, for a lower-case head.
   */
  namedBody: (head: string) => RegExp;
  /**
   * The proper name of an organization by its head word ("Waterside Workers' Federation"), for one the
   * entities left unread: a party still. Global, group `name`.
   */
  namedOrganization?: RegExp;
  /**
   * An organization named as the side people come from ("representatives of Unite the Union", "managers from Northern
   * Valley Buses"), for one the entities left unread: group `name`. Global.
   */
  sideOrganization?: RegExp;
  /** The owner of a body in the possessive ("Voltrane's supervisory board"): group `owner`, a party the entities may have left unread. Global. */
  bodyOwner?: RegExp;
  /**
   * A sentence that says again what the meeting just told was, up to the cue ("It was the third round of negotiations",
   * « Il s'agissait de la troisième séance de négociations »): the kind it names is that meeting's. Anchored at both ends.
   */
  restatement?: RegExp;
  /**
   * Just before a meeting verb: it is one more of the meetings just told ("also spoke with", « s'est également entretenu
   * avec »), so on their day when it gives none. Anchored at the end.
   */
  alsoMet?: RegExp;
  /** Just after a meeting noun, the body that holds it ("of the G7", « du G7 »). Anchored at the start. */
  bodyAfterCue?: RegExp;
  /** A verb of saying in the past, whose object clause may tell of another time than its own ("said", « a déclaré »). */
  pastSaying?: RegExp;
  /** After the cue, the guests were met one by one ("met X, Y and Z separately", « a reçu tour à tour X et Y »). */
  separately?: RegExp;
  /** A company's own bodies ("board", "shareholders", « conseil d'administration », « assemblée générale »): their meeting is the company's. */
  corporateBody?: RegExp;
  /**
   * The company such a body belongs to ("Arcadia shareholders", "the board of Northwind Energy", « les actionnaires
   * de Valtex », « le conseil d'administration du groupe Valtex »): group `owner` or `ownerAfter`. Global.
   */
  corporateOwner?: RegExp;
  /**
   * A group of people named by a common noun as a meeting's side ("coastal mayors", « associations
   * d'usagers »), after a word that introduces the side: group `group`, without its article.
   */
  groupParty: RegExp;
  /**
   * Sides named by common nouns as the subject just before a cue ("Union negotiators and management will
   * resume talks", « les syndicats et la direction reprendront »): global, group `group`, without its article.
   */
  groupSubject: RegExp;
  /**
   * An organization called by the common noun of its kind after a definite article ("the union", « la
   * fédération », « l'agence »): global, group `head`, lower case.
   */
  kindAnaphor?: RegExp;
  /**
   * Two organizations of a kind called by their number ("both carriers", « les deux groupes »): global,
   * group `head`, the plural; `pairKinds` gives the kind (a key of `kindNames`) of each plural.
   */
  pairAnaphor?: RegExp;
  pairKinds?: Readonly<Record<string, string>>;
  /** For each such head, what the name of an organization of that kind matches, and what it may not. */
  kindNames?: Readonly<Record<string, { name: RegExp; not?: RegExp }>>;
  /** Names that are never a meeting's party: news agencies, time zones, units. */
  notParties: ReadonlySet<string>;
  /** After the cue, the clause that says who tells of the meeting (", a indiqué", ", said"). */
  reportingClause: RegExp;
  /** Just before a place: it is where the meeting is ("à", "en", "in"), not who meets. */
  locative: RegExp;
  /** A date counted from an event a demonstrative points back to (« la veille de cet entretien »), at its end. */
  pointedEvent: RegExp;
  /** Bodies of leaders whose meetings are summits, besides the G7 and G20 ("European Council"). */
  summitBodies: readonly string[];
  /**
   * Words before a noun cue that make it the time frame of another meeting word ("lors de sa
   * visite", "during his visit"): the kind is then the other word's. Anchored at the end.
   */
  frame: RegExp;
  /** All that stands between two dates offered as alternatives ("le même jour ou le lendemain", "Monday or Tuesday"). */
  dateAlternative: RegExp;
  /** Combining forms of countries, lower case ("franco" → "France"), read before a hyphen. */
  combiningForms: Readonly<Record<string, string>>;
  /** A combining form and its hyphen, the form in group 1: global. */
  combiningForm: RegExp;
  /** Just after a cue: the sides are named next ("between", « entre »). Anchored at the start. */
  sidesFollow: RegExp;
  /** The head word of a body ("council", « comité »): before a sitting word, the body's own sitting. */
  sittingBody: RegExp;
  /** Words telling how a meeting told before goes on ("ends on", « se poursuivront jusqu'à »). */
  continues: RegExp;
  /** An ordinal before a cue: "their first debate" is another one than the debate told before. */
  ordinal: RegExp;
  /** The start of an apposition just before a cue (", his first trip", « , sa première visite »). */
  apposition: RegExp;
  /** What joins two days of one meeting ("lundi et mardi", "Monday and Tuesday"). */
  datePair: RegExp;
  /**
   * Words just before a noun cue that make its meeting what came before the clause's own event
   * ("après l'échec d'une réunion", "after a phone call"): a past meeting. Anchored at the end.
   */
  afterEvent: RegExp;
  /** Before a cue: the meeting is one still to come that the clause times itself by ("ahead of a visit"). */
  aheadOf: RegExp;
  /** Just before a verb cue: an infinitive of purpose ("to discuss", "pour rencontrer"), what the meeting before is for. Anchored at the end. */
  infinitivePurpose: RegExp;
  /** Just before a date: an event that is no meeting owns it ("les élections générales du", "the election on"). Anchored at the end. */
  otherEvent: RegExp;
  /** Just before a date that qualifies the noun after it ("the" in "the March 27 incident"). Anchored at the end. */
  attributiveDateBefore?: RegExp;
  /**
   * A person named by a title with its article among a meeting's parties ("with the Canadian minister",
   * « entre la ministre et »): group `title`, optional `qualifier` (a demonym, a portfolio). Global.
   */
  titledPerson: RegExp;
  /** Words that make a title another one just before it ("Prime" Minister, « Premier » ministre). Anchored at the end. */
  rankedTitle: RegExp;
  /** Plural titles in an anaphor ("the two ministers", « les deux présidents ») → the title each of them holds, lower case. */
  anaphorTitles: Readonly<Record<string, string>>;
  /** Titles that name whoever leads ("leader", « dirigeant »): only the qualifier tells who. Lower case. */
  leaderTitles: ReadonlySet<string>;
  /** An invitation up to its "to" ("invited X to", « a invité X à »): what it invites to is still to come when it was made. Global. */
  invitation: RegExp;
}

interface CueMatch {
  cue: MeetingCue;
  start: number;
  end: number;
}

interface Party {
  name: string;
  start: number;
  kind: "person" | "country" | "organization";
  /** A country written by its name or demonym, not by its capital or seat of power. */
  byName?: boolean;
  /** Written as where something happens ("à Bruxelles", "in Vienna"). */
  locative?: boolean;
}

/**
 * A meeting being built: the public fields plus what later sentences may still fill in. The
 * meeting itself is made when first asked for: most meetings left pending without a date are
 * never read again. A class rather than a literal with a getter, which V8 builds far more slowly.
 */
class Draft {
  private built: Meeting | null = null;

  constructor(
    private readonly build: () => Meeting,
    public sentenceIndex: number,
    public zoneIsLocal: boolean,
    /** The tense around the cue: decides held or scheduled for a meeting on publication day. */
    public tense: Tense,
    /** The time read for the meeting, when it gives its zone only through an equivalent ("9 heures à Paris"). */
    public readonly equivalentTime: TimeMention | null = null,
    /** Every kind its cue words name ("will meet … for peace talks": a meeting, and the talks named again later). */
    public readonly cueKinds: ReadonlySet<MeetingKind> = new Set(),
  ) {}

  get meeting(): Meeting {
    return (this.built ??= this.build());
  }
}

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

/** The "'s" of a day in the possessive ("Friday's"), read around the end of its mention. */
const possessiveEnd = /['’]s(?![\p{L}])/u;

/** The G7, G20…: the leaders' groups whose meetings are summits. */
const summitGroup = /^G\d{1,2}$/;
/** An ASCII lower-case letter or a space, never an acronym's first letter, is ruled out before the slow `\p{Lu}`. */
const acronymPattern = /(?![a-z\s])(?:\p{Lu}[\p{Lu}\d]{1,5}|G\d{1,2})(?![\p{L}\d])/gu;
const letterDigitOrDot = /[\p{L}\d.]/u;

let placePattern: RegExp | null = null;

function placeNamePattern(): RegExp {
  placePattern ??= new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:${literalAlternation(
      Object.keys(placeZones).sort((a, b) => b.length - a.length),
      "u",
    )})(?![\\p{L}])`,
    "u",
  );
  return placePattern;
}

/*
 * Bounds that keep the stage linear on any input: no real sentence names more meetings, dates or
 * parties than this, and a pathological one is read up to them.
 */
const MAX_CUES_PER_SENTENCE = 40;
/** Offsets where a cue may start: a few per real sentence; more only in a pathological one. */
const MAX_CUE_OFFSETS = 400;
const MAX_PARTIES_PER_REGION = 60;
const MAX_DRAFTS_LOOKED_BACK = 50;
const MAX_SENTENCES_LOOKED_BACK = 10;
/** The last paragraph of a story's lead (its first, or a standfirst and the first). */
const LEAD_PARAGRAPH = 1;
/** How far back the meetings "also" adds one to are looked for. */
const ALSO_REACH = 4;
const MAX_TITLED_PARTIES = 6;
const MAX_PARTICIPANTS = 60;
/** How far after a title a name is read as its holder's (« le secrétaire d'État Paul Vidal »). */
const NAME_AFTER_TITLE = 30;
/** How many days before publication a meeting told sets the story on its own day rather than the day's news. */
const RECENT_DAYS = 7;

/** A mention of a person, organization or place, for lookups by position. */
interface EntitySpan {
  start: number;
  end: number;
  kind: "person" | "organization" | "place";
  name: string;
  country: string | null;
}

/** Every entity mention of the document, sorted by start: built once, searched by range. */
interface EntityIndex {
  spans: EntitySpan[];
  people: ReadonlySet<string>;
  /** How often the text names each person: the most named is who the text is about. */
  mentionCounts: ReadonlyMap<string, number>;
}

const entityIndexes = new WeakMap<DocumentContext, EntityIndex>();

function entityIndexOf(ctx: DocumentContext): EntityIndex {
  let index = entityIndexes.get(ctx);
  if (!index) {
    index = indexEntities(ctx);
    entityIndexes.set(ctx, index);
  }
  return index;
}

function indexEntities(ctx: DocumentContext): EntityIndex {
  const spans: EntitySpan[] = [];
  for (const person of ctx.people) {
    for (const m of person.mentions) spans.push({ start: m.start, end: m.end, kind: "person", name: person.name, country: null });
  }
  for (const organization of ctx.organizations) {
    for (const m of organization.mentions) {
      spans.push({ start: m.start, end: m.end, kind: "organization", name: organization.name, country: null });
    }
  }
  for (const place of ctx.places) {
    for (const m of place.mentions) spans.push({ start: m.start, end: m.end, kind: "place", name: place.name, country: place.country });
  }
  spans.sort((a, b) => a.start - b.start);
  return {
    spans,
    people: new Set(ctx.people.map((p) => p.name)),
    mentionCounts: new Map(ctx.people.map((p) => [p.name, p.mentions.length])),
  };
}

/** Index of the first span starting at or after `offset`. */
function firstSpanFrom(spans: readonly EntitySpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an organization or person mention covers `offset` (overlaps are rare: a few steps back suffice). */
function insideEntity(spans: readonly EntitySpan[], offset: number): boolean {
  const at = firstSpanFrom(spans, offset + 1);
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const span = spans[i]!;
    if (span.kind !== "place" && span.start <= offset && offset < span.end) return true;
  }
  return false;
}

/**
 * Whether a person or organization mention overlaps the span between two offsets, or a place covers
 * it all (any place overlapping, with `anyPlace`).
 */
function overlapsEntity(spans: readonly EntitySpan[], start: number, end: number, anyPlace = false): boolean {
  for (let i = Math.max(0, firstSpanFrom(spans, start) - 4); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    // "Edinburgh Chamber of Commerce": a place inside the name leaves it a name.
    if (span.end > start && (span.kind !== "place" || anyPlace || (span.start <= start && span.end >= end))) return true;
  }
  return false;
}

/** Whether `offset` is inside an organization's name, after its first word. */
function insideNameOf(ctx: DocumentContext, offset: number): boolean {
  const spans = entityIndexOf(ctx).spans;
  for (let i = firstSpanFrom(spans, Math.max(0, offset - 80)); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= offset) break;
    if (span.kind === "organization" && offset < span.end) return true;
  }
  return false;
}

/** Two names joined by "and" / « et » ("National Nurses Alliance and Meridian Health Systems"). */
const joinedNames = /^(\p{Lu}.*?)\s+(?:and|et)\s+(\p{Lu}.*)$/u;
/**
 * Whether a half of a joined name is a name of its own: two capitalised words or more and no linking
 * word ("Organisation for Security and Co-operation in Europe", "Food and Drug Administration" stay whole).
 */
function namesOrganization(half: string): boolean {
  const parts = half.split(/\s+/u);
  return parts.length >= 2 && parts.every((part) => /^[\p{Lu}\d]/u.test(part));
}

/** A name made of a head and its complement ("Communications Workers of America", « Chambre de commerce de Lyon »). */
const headAndComplement =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:of|for|de|du|des)\s+(?:the\s+|la\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * Whether a name joined by "and" is two organizations: each half a name of its own, or each a head with its own
 * complement ("Communications Workers of America and International Brotherhood of Electrical Workers"; not
 * "Department of Health and Human Services", whose second half has no head).
 */
function twoOrganizations(first: string, second: string): boolean {
  return (namesOrganization(first) && namesOrganization(second)) || (headAndComplement.test(first) && headAndComplement.test(second));
}

/** How many mentions back "the union" looks for the union it stands for. */
const MAX_KIND_LOOKBACK = 80;

/** The organization of a kind named last before `offset` ("the union" → "Transport Workers Union"), or null. */
function organizationOfKindBefore(spans: readonly EntitySpan[], offset: number, kind: { name: RegExp; not?: RegExp }): string | null {
  return organizationsOfKindBefore(spans, offset, kind, 1)[0] ?? null;
}

/** The last `count` organizations of a kind named before `offset`, latest first ("both carriers"). */
function organizationsOfKindBefore(spans: readonly EntitySpan[], offset: number, kind: { name: RegExp; not?: RegExp }, count: number): string[] {
  const found: string[] = [];
  const at = firstSpanFrom(spans, offset);
  for (let i = at - 1; i >= 0 && i >= at - MAX_KIND_LOOKBACK && found.length < count; i--) {
    const span = spans[i]!;
    if (span.kind !== "organization") continue;
    const joined = joinedNames.exec(span.name);
    const names = joined && twoOrganizations(joined[1]!, joined[2]!) ? [joined[2]!, joined[1]!] : [span.name];
    for (const name of names) {
      if (found.length < count && !found.includes(name) && kind.name.test(name) && !kind.not?.test(name)) found.push(name);
    }
  }
  return found;
}

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
function partiesIn(ctx: DocumentContext, words: MeetingWords, from: number, to: number): Party[] {
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
function inDatelineDate(ctx: DocumentContext, start: number, end: number): boolean {
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
function storyStart(ctx: DocumentContext, sentenceStart: number): number {
  const dateline = ctx.dateline ?? null;
  if (dateline && dateline.start <= sentenceStart) return dateline.start;
  return inWireDateline(ctx.text, sentenceStart) ? sentenceStart : 0;
}

/** An organization named in full with its acronym after it, "(ECOFIN)", is the acronym the text goes on to call it by. */
const acronymAfter = /^\s*\((?<acronym>\p{Lu}[\p{Lu}\d&-]{1,9})\)/u;

function byAcronym(ctx: DocumentContext, party: Party): Party {
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

function addParticipant(meeting: Meeting, name: string): void {
  // A meeting that later sentences keep adding to is read up to the bound, so that it stays linear.
  if (meeting.participants.length < MAX_PARTICIPANTS && !meeting.participants.includes(name)) meeting.participants.push(name);
}

/**
 * Cue words in a sentence, most specific kept where two overlap, "press conference" spans left out.
 * No cue pattern matches before `from`.
 */
function findCues(text: string, words: MeetingWords, offsets: readonly number[]): { cues: CueMatch[]; excluded: Array<[number, number]> } {
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
function alternatives(first: DateMention, second: DateMention, text: string, words: MeetingWords): boolean {
  return first.end <= second.start && words.dateAlternative.test(text.slice(first.end, second.start));
}

/**
 * The kind a group of cues names: a channel wins, then a noun over a verb, then the first; a noun
 * that only frames the others ("au cours de sa visite, il a rencontré") names none.
 */
function kindOf(cues: CueMatch[], text: string, words: MeetingWords): MeetingKind {
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

interface Unit {
  cues: CueMatch[];
  /** Sentence-relative region the unit reads its date, participants and topics from. */
  from: number;
  to: number;
  /**
   * Where the words that join it to the meeting before start, when it shares that meeting's subject
   * ("X met Y on Monday and later called Z"): its own parties are read from there, its subject is the sentence's.
   */
  joinedAt?: number;
}

/** What a sentence holds that its meetings read from. */
interface SentenceReading {
  index: number;
  sentence: Sentence;
  text: string;
  mentions: DateMention[];
  excluded: Array<[number, number]>;
  tense: Tense;
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
        const leadSummit =
          !target &&
          publication !== null &&
          sentence.paragraphIndex <= LEAD_PARAGRAPH &&
          unit.cues.every((c) => !c.cue.verb && c.cue.kind === "summit") &&
          words.frame.test(text.slice(Math.max(0, firstCue.start - 40), firstCue.start)) &&
          (bodyBeforeCue.test(text.slice(0, firstCue.start)) || (words.bodyAfterCue?.test(text.slice(firstCue.end)) ?? false)) &&
          !toldOtherDay &&
          mentions.length === 0 &&
          !words.otherTime.test(text) &&
          detectTense(text.slice(firstCue.end), dateWords) === "past";
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

/**
 * « a mené des discussions bilatérales … avec X, Y et Z », "held bilateral talks with X, Y and Z": one meeting between
 * the first person and each of the others (taken out of the meeting told), when it names three people or more.
 */
function bilateralPairs(meeting: Meeting, words: MeetingWords, people: ReadonlySet<string>): Meeting[] | null {
  const named = meeting.participants.filter((name) => people.has(name));
  if (named.length < 3 || !words.bilateral.test(meeting.text)) return null;
  const [host, ...guests] = named;
  meeting.participants = meeting.participants.filter((name) => !guests.includes(name));
  return guests.map((guest) => ({ ...meeting, kind: "meeting", participants: [host!, guest], topics: [...meeting.topics] }));
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
function useFullNames(ctx: DocumentContext, meeting: Meeting): void {
  const fullNames = fullNamesOf(ctx);
  meeting.participants = meeting.participants.map((name) => fullNames.get(name) ?? name);
  meeting.participants = meeting.participants.filter((name, i) => meeting.participants.indexOf(name) === i);
}

/**
 * "Trump will host the four leaders on Wednesday. Thune, Johnson, Schumer and Jeffries are expected to
 * attend.": a meeting with one person only takes its guests from the next sentence when that one says
 * who will attend (before those words).
 */
function addAttendees(ctx: DocumentContext, words: MeetingWords, draft: Draft): void {
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
function addListedAttendees(ctx: DocumentContext, words: MeetingWords, meeting: Meeting, index: number): void {
  const sentence = ctx.sentences[index];
  if (!sentence || meeting.date === null || !words.attendeesListed) return;
  const listed = words.attendeesListed.exec(ctx.text.slice(sentence.start, sentence.end));
  if (!listed) return;
  for (const party of partiesIn(ctx, words, sentence.start + listed[0].length, sentence.end)) addParticipant(meeting, party.name);
}

/** The sentences with a meeting word, with their cues; fixtures left out. */
function meetingSentences(
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
function cueOffsets(text: string, words: MeetingWords): number[] {
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
const letter = /\p{L}/u;

/** Whether `at` starts a word: regexes are faster without a look-behind, so the check is here. */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !letter.test(text[at - 1]!);
}

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

/** How far back a company's board or shareholders look for the company they belong to. */
const MAX_SENTENCES_TO_OWNER = 40;

/** The company named last as owning a board or shareholders, in this sentence up to `to` or the few before. */
function corporateOwnerBefore(ctx: DocumentContext, words: MeetingWords, index: number, to: number): string | null {
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
const indefiniteBefore = /(?<![\p{L}])(?:an?|une?)\s+(?:\p{Ll}+\s+)?$/iu;

/** The latest meeting told within `reach` sentences before sentence `index` that `accepts`. */
function latestWithin(drafts: Draft[], index: number, reach: number, accepts: (meeting: Meeting) => boolean): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > reach) break;
    if (accepts(draft.meeting)) return draft;
  }
  return null;
}

/** How far back "la session précédente", "the first session" look for the talks they are a sitting of. */
const MAX_SENTENCES_TO_TALKS = 8;

/** The last talks told with two parties or more, not too far back; else the last consultations. */
function lastTalks(drafts: Draft[], index: number): Draft | null {
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
function lastOfKind(drafts: Draft[], kind: MeetingKind, index: number): Draft | null {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK; i--) {
    const draft = drafts[i]!;
    if (index - draft.sentenceIndex > MAX_SENTENCES_LOOKED_BACK) break;
    if (draft.meeting.kind === kind && draft.meeting.participants.length >= 2) return draft;
  }
  return null;
}

/** The meeting "les deux dirigeants" points back to: the last one with two parties or more. */
function referentOf(drafts: Draft[], pending: Draft | null, index: number): Draft | null {
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

/** A full date more than a month on the wrong side of publication for the clause's tense. */
function contradictsTense(date: string | null, tense: Tense, publication: Day | null): boolean {
  const day = parseDay(date);
  if (!day || !publication || tense === "unknown") return false;
  const delta = Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(publication.year, publication.month - 1, publication.day);
  const month = 31 * 86400000;
  return tense === "future" ? delta < -month : delta > month;
}

/** Of two readings of one date, the one nearer publication (the earlier on a tie). */
function nearestOf(past: string | null, future: string | null, publication: Day | null): string | null {
  const pastDay = parseDay(past);
  const futureDay = parseDay(future);
  if (!publication || !pastDay || !futureDay) return past ?? future;
  const from = Date.UTC(publication.year, publication.month - 1, publication.day);
  const distance = (day: Day) => Math.abs(Date.UTC(day.year, day.month - 1, day.day) - from);
  return distance(futureDay) < distance(pastDay) ? future : past;
}

function rememberDay(date: string | null, sentenceIndex: number): { day: Day; sentenceIndex: number } | null {
  const day = parseDay(date);
  return day ? { day, sentenceIndex } : null;
}

/** How many days before publication the day a story tells of may lie. */
const STORY_DAY_REACH = 7;

/**
 * The past day the sentence just before tells its story on (« Ils étaient à Rodez lundi 7 février »), not a day
 * something was said on ("the ministry said on Monday"): a meeting told next without a day of its own is on it.
 */
function storyDayBefore(ctx: DocumentContext, index: number, dateWords: DateWords, publication: Day): Day | null {
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
function lastDayBefore(
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
const EVENT_LOOKBACK_SENTENCES = 40;

/** Whether `noun` is a word for a meeting (« entretien », "talks"): its cue stem starts it. */
function isMeetingNoun(noun: string, words: MeetingWords): boolean {
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
function eventDayBefore(
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

/**
 * Splits a sentence's cues into meetings: a cue with no date of its own joins the one before when
 * either is a verb or it is a channel ("spoke with … in a call", "se sont entretenus par liaison vidéo").
 */
function groupCues(
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

function nonUnknown(tense: Tense): Tense | null {
  return tense === "unknown" ? null : tense;
}

/** "then" / « puis » / « avant de » among the last words before a cue, as a match at its place; or null. */
function thenAtEnd(between: string, words: MeetingWords): RegExpExecArray | null {
  const tail = between.slice(-25);
  const match = words.then.exec(tail);
  if (!match || /[.;:]/.test(tail.slice(match.index))) return null;
  match.index += between.length - tail.length;
  return match;
}

function hasDateBetween(mentions: DateMention[], from: number, to: number): boolean {
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
function pickDate(
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
function sayingAfterDate(text: string, date: DateMention, dateWords: DateWords, words: MeetingWords): number | null {
  if (!words.pastSaying) return null;
  const saying = words.pastSaying.exec(text.slice(date.end));
  if (!saying) return null;
  const at = date.end + saying.index;
  if (detectTense(text.slice(0, at), dateWords) === "future") return null;
  return detectTense(text.slice(at + saying[0].length), dateWords) === "future" ? at : null;
}

/** How far before a noun the words that make it a frame are looked for ("on the sidelines of the BRICS foreign ministers'"). */
const FRAME_REACH = 60;

/** Capitalised words just before a summit word: the body that holds it ("the 16th Saarc summit", "the Asean summit"). */
const bodyBeforeCue = /(?<![\p{L}\d])(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,2})\s+$/u;

/**
 * "met X on the margins of the 16th Saarc summit", "on the sidelines of the BRICS foreign ministers' meeting": the
 * body's meeting that frames the one told is a meeting of its own, on its day, with the body as participant. Null
 * when the frame names no body or the text already told that meeting.
 */
function framingBodyMeeting(
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

/** The people of a headline that tells of a meeting of this kind ("Macron et Poutine ont eu un entretien téléphonique"), when two or more. */
function headlinePeople(ctx: DocumentContext, words: MeetingWords, kind: MeetingKind): string[] {
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
function headlineChannel(ctx: DocumentContext, words: MeetingWords): { kind: MeetingKind; people: string[] } | null {
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

/** Where the first words that name another event after the cue start ("after their talks", "to be held"), or the text's end. */
function laterEventStart(text: string, cueEnd: number, words: MeetingWords): number {
  words.laterEvent.lastIndex = cueEnd;
  const found = words.laterEvent.exec(text);
  words.laterEvent.lastIndex = 0;
  return found ? found.index : text.length;
}

/** Whether a date without a day, past the cue, is that of another event the words after the cue name. */
function ofLaterEvent(mention: DateMention, text: string, cueEnd: number, words: MeetingWords): boolean {
  if (mention.day !== null || mention.weekday !== null || mention.fromPublication !== null || mention.fromPrevious !== null) return false;
  return mention.start > cueEnd && laterEventStart(text, cueEnd, words) < mention.start;
}

/**
 * The meeting left pending, told again by a weak cue ("discuter ce soir", "the next session"): the
 * sentence becomes its evidence and gives it what the cue adds. Returns it, settled.
 */
function toldAgain(
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
function meetingsOneByOne(draft: Draft, hosts: readonly string[], index: number, tense: Tense, publication: Day | null): Draft[] {
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

/** The new date after "reporté à", "postponed to" in the unit, if any. */
function movedTo(unit: Unit, reading: SentenceReading, words: MeetingWords): DateMention | null {
  const { mentions, text } = reading;
  words.postponed.lastIndex = 0;
  for (const match of allMatches(words.postponed, text)) {
    const at = match.index ?? 0;
    const after = at + match[0].length;
    const moved = mentions.find((m) => m.start >= after && m.start - after < 30);
    if (moved && at >= unit.from && at < unit.to) return moved;
  }
  return null;
}

/** How far after its cue a meeting's group of people may be named ("with the coastal mayors of the region"). */
const GROUP_REACH = 60;

/** A group of people named by a common noun after a cue, within its clause, without its article; or null. */
function groupAfter(text: string, from: number, to: number, words: MeetingWords): string | null {
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
function groupsBefore(text: string, from: number, to: number, words: MeetingWords): string[] {
  const start = Math.max(from, to - GROUP_SUBJECT_REACH);
  const window = text.slice(start, to);
  const clause = window.slice(Math.max(window.lastIndexOf(","), window.lastIndexOf(";"), window.lastIndexOf(":")) + 1);
  const matches = allMatches(words.groupSubject, clause);
  const last = matches[matches.length - 1];
  if (!last || clause.length - ((last.index ?? 0) + last[0].length) > GROUP_SUBJECT_GAP) return [];
  return matches.map((m) => m.groups!.group!.replace(/\s+/gu, " "));
}

/** How far an invitation may stand before the day of what it invites to ("invited the X Alliance to talks on"). */
const INVITATION_REACH = 90;

/** Where an invitation that leads, within its clause, to the date at `dateStart` ends ("invited the X to"), or -1. */
function invitedTo(text: string, from: number, dateStart: number, words: MeetingWords): number {
  const start = Math.max(from, dateStart - INVITATION_REACH);
  for (const match of allMatches(words.invitation, text.slice(start, dateStart))) {
    const end = start + (match.index ?? 0) + match[0].length;
    if (!/[;.!?]/.test(text.slice(end, dateStart))) return end;
  }
  return -1;
}

/** How many characters before a bare weekday hold the verb it dates ("s'est ouvert lundi", "collapsed on Monday"). */
const WEEKDAY_VERB_WINDOW = 30;
/** How far a noun of the same kind as the cue before, in the same clause, is still the same meeting. */
const SAME_CLAUSE_NOUN_GAP = 40;
/** A word in "-ed" and the space after it, before another word. */
const participleBeforeWord = /(?<![\p{L}])\p{Ll}{3,}ed\s+(?=\p{Ll})/gu;

/**
 * The tense of the words just before a bare weekday: "s'est ouvert lundi et doit durer jusqu'à
 * vendredi" opens on the Monday past, whatever the rest of the clause says. Null when those words
 * tell no tense; a weekday with a modifier ("mardi prochain") or a date says its own.
 */
function weekdayTense(mention: DateMention, text: string, dateWords: DateWords, words: MeetingWords): Tense | null {
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
function dayNewsVerb(text: string, unit: Unit, words: MeetingWords): boolean {
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

/**
 * The meeting of the same kind (any kind for a plain "meeting") told in the last sentences that a definite mention names again: on
 * the same day, or on any day when the mention tells how it goes on ("ends on Sunday").
 */
const consultationsOrTalks: ReadonlySet<MeetingKind> = new Set<MeetingKind>(["negotiations", "consultations"]);

function sameMeetingBefore(drafts: Draft[], draft: Draft, index: number, continues: boolean, weekday: number | null = null): Draft | null {
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
function firstDraftOf(drafts: Draft[], index: number): Draft | null {
  let first: Draft | null = null;
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - MAX_DRAFTS_LOOKED_BACK && drafts[i]!.sentenceIndex === index; i--) first = drafts[i]!;
  return first;
}

/** The day of the week of a full date (0 for Sunday), or null. */
function weekdayOf(date: string): number | null {
  const day = parseDay(date);
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() : null;
}

/** A later sentence about the same meeting adds its time, zone, duration, parties (people only, and only when asked). */
function fillFrom(target: Draft, source: Draft, ctx: DocumentContext, parties = true): void {
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
function mergeable(previous: Draft, next: Draft, index: number, refersBack: boolean): boolean {
  if (index === previous.sentenceIndex || index - previous.sentenceIndex > 2) return false;
  if (!next.meeting.date || next.meeting.date !== previous.meeting.date) return false;
  if (next.meeting.time && previous.meeting.time && next.meeting.time !== previous.meeting.time) return false;
  return refersBack || next.meeting.participants.every((name) => previous.meeting.participants.includes(name));
}

/**
 * "The UN Security Council will meet on Saturday. … The United Nations Security Council is to hold an emergency meeting on
 * Saturday": a body meeting again, named under another form, with nobody new: the sitting told just before.
 */
function sameBodyAgain(previous: Draft, next: Draft, people: ReadonlySet<string>): boolean {
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

function settleStatus(draft: Draft, publication: Day | null): void {
  const meeting = draft.meeting;
  if (meeting.status !== "unknown") return;
  const sameDay = publication && meeting.date === dayToString(publication);
  if (sameDay || !publication) {
    if (draft.tense === "future") meeting.status = "scheduled";
    else if (draft.tense === "past" || sameDay) meeting.status = "held";
  }
}

/** With one party only, the meeting's other side is the nearest one named just before, of the same sort. */
function addPrecedingParty(
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
function countriesReferredTo(
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
function firstPersonIn(ctx: DocumentContext, from: number, to: number): string | null {
  const spans = entityIndexOf(ctx).spans;
  for (let i = firstSpanFrom(spans, from), seen = 0; i < spans.length && seen < MAX_PARTIES_PER_REGION; i++, seen++) {
    const span = spans[i]!;
    if (span.start >= to) break;
    if (span.kind === "person") return span.name;
  }
  return null;
}

/** Of the people named between two offsets, the one the whole text names most often. */
function protagonistBefore(ctx: DocumentContext, from: number, to: number): string | null {
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
function roleHolderBefore(ctx: DocumentContext, title: string, from: number, to: number): string | null {
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
function anaphorTitleOf(anaphor: string, words: MeetingWords): string | null {
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
function titledReferent(ctx: DocumentContext, words: MeetingWords, drafts: Draft[], index: number, title: string): string[] | null {
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
function titleHolderBefore(
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
function soleTitleHolder(ctx: DocumentContext, words: MeetingWords, title: string, qualifier: string | null): string | null {
  const titleWord = title.toLowerCase().replace(/\s+/gu, " ");
  if (words.leaderTitles.has(titleWord)) return null;
  const holders = [...rolesOf(ctx)].filter(([, roles]) => roles.some((role) => roleHolds(role, titleWord, words) && (!qualifier || role.includes(qualifier.toLowerCase()))));
  return holders.length === 1 ? holders[0]![0] : null;
}

/**
 * The zone of the place the meeting's sentence names, for "heure locale" / "local time"; else of
 * the one the sentence before names ("arrived in Tokyo on Sunday. He will hold talks at 10 a.m. local time").
 */
function localZone(ctx: DocumentContext, draft: Draft): string | null {
  const meeting = draft.meeting;
  const before = ctx.sentences[draft.sentenceIndex - 1];
  const spans: Array<[number, number]> = [[meeting.start, meeting.end]];
  if (before && before.end <= meeting.start) spans.push([before.start, before.end]);
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

function findTopic(text: string, words: MeetingWords, mentions: DateMention[], offset: number): string | null {
  const match = words.topic.exec(text);
  const topic = match?.groups?.topic?.trim();
  if (!match || !topic || topic.length < 3) return null;
  const start = offset + (match.index ?? 0);
  if (mentions.some((m) => m.start < start + match[0].length && m.end > start)) return null;
  return topic;
}
