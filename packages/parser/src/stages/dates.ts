import type { Chrono, ParsingContext, Parser } from "chrono-node";
import type { DocumentContext } from "./context.js";
import { allMatches } from "./matches.js";
import { foldPlaceName, placeZones, regionZones, toUtcInstant, zoneAbbreviations } from "./time-zones.js";

/** Which way a clause points in time, relative to publication. */
export type Tense = "past" | "future" | "unknown";

/**
 * Date, time, duration and tense words and patterns for one language.
 *
 * A word start is written `(?<![a-zA-Z])(?<![\p{L}])`: the same test as the second alone, but V8
 * settles most positions on the ASCII class, several times faster than on the Unicode one.
 */
export interface DateWords {
  /** A chrono-node instance for the language, with the locale's extra parsers added. */
  chrono: Chrono;
  /**
   * Cheap test for anything a day could be named by (month and weekday names, relative
   * words): chrono only reads text that passes it.
   */
  dateHint: RegExp;
  /** Number words ("deux" → 2, "an" → 1), lower case. */
  numbers: Readonly<Record<string, number>>;
  /** Relative day words chrono may resolve ("demain", "in two weeks"); other relative readings are dropped. */
  relativeDay: RegExp;
  /** Words that put a date on the day of publication ("ce soir", "today", "earlier in the day"). */
  sameDay: RegExp;
  /** "this week" style spans that mean publication day only for a past event (the day's news). Global. */
  sameWeekPast: RegExp;
  /** "this weekend", "ce week-end": read as its Saturday. Global. */
  weekend: RegExp;
  /** Weekday names: chrono's weekday readings of other words ("weekend") are dropped. */
  weekdayName: RegExp;
  /** A weekday qualified as the coming one ("mardi prochain", "next Tuesday"). */
  nextModifier: RegExp;
  /** A weekday qualified as the previous one ("jeudi dernier", "last Thursday"). */
  lastModifier: RegExp;
  /** The same time in a named place, in parentheses after a time: "(9 heures à Paris)", "(9 a.m. in Washington)". */
  placeEquivalent: RegExp;
  /** "ce jeudi", "this Thursday" (read on the date's own words): the day of the week of publication. */
  thisModifier: RegExp;
  /**
   * Whether "ce dimanche" may name last week's day in a past clause told before it (French on a Friday:
   * « s'est réuni ce dimanche »); "this Friday" told on a Monday is only ever the coming one.
   */
  thisMayPointBack?: boolean;
  /**
   * Dates counted from the date mentioned before ("dix jours plus tard", "le lendemain"): each
   * pattern has either a named group `n` (number) and `unit` (key of `units`), or fixed `days`,
   * and may name the event counted from in a group `event` ("le lendemain de cette annonce"). `sign` -1 counts the
   * number back ("cinq jours plus tôt").
   */
  chained: ReadonlyArray<{ pattern: RegExp; days?: number; sign?: number; notAfterNews?: boolean }>;
  /**
   * "Cette annonce intervient deux jours après", "this comes two days after": what is named next
   * was that long before the day's news. Named groups `n` and `unit` (a key of `units`); global.
   */
  beforeNews: RegExp;
  /** Day multiplier of chained units ("semaines" → 7), lower case. */
  units: Readonly<Record<string, number>>;
  /**
   * Clock times; named groups `hour`, `minute`, optional `meridiem` ("a"/"p"), or `fourDigitHour` and
   * `fourDigitMinute` ("1300 GMT"), or `noon` / `midnight`. Global flag.
   */
  times: RegExp;
  /** A time expression that is a duration or count, not a clock time, when it follows these words. */
  notTimeBefore: RegExp;
  /**
   * Zone named after a time by place, region or demonym ("heure de Moscou", "Eastern time", "heure
   * française"): group `place`; optional group `of`, the preposition, when the pattern may match without one.
   */
  zoneByPlace: RegExp;
  /** "heure locale", "local time". */
  localTime: RegExp;
  /** A clock-looking expression followed by these words is a length ("1h30 d'entretien"). Anchored at the start. */
  notTimeAfter?: RegExp;
  /** Durations: named groups `n` (number), `unit` (starts with h or m), optional `half…`/`quarter`/`extraMinutes` ("1 h 30"). */
  durations: ReadonlyArray<RegExp>;
  /**
   * Marks of a future clause ("auront lieu", "will", "prévu"). Only tested, and on every clause a
   * meeting is read from: a word known by its ending is found from that ending and checked
   * backwards (from each word's first letter, the engine backtracks at every letter).
   */
  future: RegExp;
  /** Marks of a past clause ("se sont entretenus", "met", "hier"), written as `future` is. */
  past: RegExp;
  /**
   * After a meeting's day, the opening of a relative clause about another event (", during which they
   * agreed", « , au cours de laquelle ils ont convenu »): its tense is not the meeting's. Anchored at the start.
   */
  relativeClause: RegExp;
  /** A reporting verb just before a date: that date is when it was said, not when it happens. */
  reportedOn: RegExp;
  /** Words just before a date that make it the day an event was first set for ("initialement prévue le", "originally scheduled for"). Anchored at the end. */
  formerDate?: RegExp;
  /**
   * A past participle just before a date ("assassiné le", "killed on"), not under a future
   * auxiliary ("sera reçu le") nor one of planning ("scheduled on"): the date of a past event.
   */
  participleBefore: RegExp;
  /** A month and its year alone ("December 2004", "décembre 2004"): named groups `month` (a key of `months`) and `year`. */
  monthYear: RegExp;
  /** Month names and abbreviations, lower case, to their number. */
  months: Readonly<Record<string, number>>;
  /**
   * A day of the month written without its month ("on the 6th", « le 14 à 11 heures »): group `day`,
   * optional `last` / `next` / `current` when the month is named relative to publication ("the 28th of
   * last month"). Global; word start checked by the pattern.
   */
  dayOfMonth?: RegExp;
}

/** A date expression found in a piece of text, before resolution. Offsets are into that text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  modifier: "next" | "last" | "this" | null;
  /** Relative to publication: 0 for "ce soir", -1 for "hier"… (resolved by chrono). */
  fromPublication: number | null;
  /** Relative to the previous date in the text ("dix jours plus tard" → 10). */
  fromPrevious: number | null;
  /** The noun of the event a chained date counts from ("annonce" in "le lendemain de cette annonce"). */
  fromEvent: string | null;
  /** Only meaningful as publication day when the event is past ("this week"). */
  sameWeekPast: boolean;
  /** Introduced by a reporting verb ("said on Tuesday"). */
  reported: boolean;
  /** The day an event was first set for ("initialement prévue le 2 avril"), not the one it keeps. */
  former?: boolean;
  /** Dates only what is named after it ("deux jours après la visite"), not a cue written before. */
  pointsAhead: boolean;
  /** Introduced by a past participle ("Hariri, assassiné le 14 février"): a past event, whatever the clause's tense. */
  participle: boolean;
  /** "this Friday" that names the day of publication's week, whatever the clause's tense. */
  thisWeekOnly?: boolean;
  /** For a day of the month without its month: the month relative to publication's when the text names it ("of last month" → -1). */
  monthShift: number | null;
  /** Counted from the date told last only when that day is not after publication ("earlier in the day" of the telling). */
  notAfterNews?: boolean;
}

export interface TimeMention {
  start: number;
  end: number;
  /** HH:MM. */
  time: string;
  /** IANA zone, "local" when the text says local time, or null. */
  zone: string | null;
  /** "10 heures (9 heures à Paris)": the zone of a place and how many minutes this time runs ahead of it. */
  equivalent?: { zone: string; minutes: number };
}

export interface DurationMention {
  start: number;
  end: number;
  minutes: number;
}

/** A calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86400000;

export function dayToString(day: Day): string {
  return `${String(day.year).padStart(4, "0")}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

export function parseDay(value: string | null): Day | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function dayNumber(day: Day): number {
  return Math.floor(Date.UTC(day.year, day.month - 1, day.day) / DAY_MS);
}

function fromDayNumber(value: number): Day {
  const date = new Date(value * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(day: Day, days: number): Day {
  return fromDayNumber(dayNumber(day) + days);
}

function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1;
}

/**
 * A chrono parser for two days of one month joined by a conjunction ("les 12 et 13 janvier",
 * "12 and 13 January"): chrono reads the first number as a clock time. The pattern's named groups
 * are `first`, `second`, `month` (a key of `months`), optional `year`.
 */
export function dayPairParser(pattern: RegExp, months: Readonly<Record<string, number>>): Parser {
  return {
    pattern: () => pattern,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const groups = match.groups ?? {};
      const month = months[(groups.month ?? "").toLowerCase()];
      const first = Number(groups.first);
      const second = Number(groups.second);
      if (!month || !(first >= 1 && first <= 31) || !(second >= 1 && second <= 31)) return null;
      const start: Record<string, number> = { day: first, month };
      const end: Record<string, number> = { day: second, month };
      if (groups.year) {
        start.year = Number(groups.year);
        end.year = Number(groups.year);
      }
      return context.createParsingResult(match.index ?? 0, match[0], start, end);
    },
  };
}

/**
 * A chrono parser for a day counted from the reference day that chrono lacks ("dans quinze jours",
 * "après-demain"): `days` gives the count from the match's groups, or null to reject it.
 */
export function daysFromReferenceParser(pattern: RegExp, days: (groups: Record<string, string | undefined>) => number | null): Parser {
  return {
    pattern: () => pattern,
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const count = days(match.groups ?? {});
      if (count === null) return null;
      const reference = context.refDate;
      const day = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + count, 12);
      return context.createParsingResult(match.index ?? 0, match[0], {
        year: day.getFullYear(),
        month: day.getMonth() + 1,
        day: day.getDate(),
      });
    },
  };
}

/**
 * A chrono parser whose regex is built once: several chrono parsers compile a new RegExp on every
 * call, a cost far above that of reading a sentence. Safe because this package always calls chrono
 * with the same options.
 */
export function withCachedPattern(parser: Parser): Parser {
  let cached: RegExp | null = null;
  return {
    pattern: (context) => (cached ??= parser.pattern(context)),
    extract: (context, match) => parser.extract(context, match),
  };
}

export function numberValue(token: string | undefined, numbers: Readonly<Record<string, number>>): number | null {
  if (!token) return null;
  if (/^\d+$/.test(token)) return Number(token);
  return numbers[token.toLowerCase()] ?? null;
}

type ChronoResult = ReturnType<Chrono["parse"]>[number];

/** A chrono result and where it starts in the text it was read from. */
export interface ChronoReading {
  index: number;
  result: ChronoResult;
}

/** The longest stretch of one text that chrono reads, and about the most it reads in one call. */
const MAX_CHRONO_TEXT = 4000;

/** Between texts read in one chrono call: no chrono pattern or refiner reaches across it. */
const BATCH_SEPARATOR = "\n\u0000\n";

function referenceDate(reference: Day | null): Date {
  return reference ? new Date(reference.year, reference.month - 1, reference.day, 12) : new Date(2000, 0, 1, 12);
}

/**
 * chrono's readings of several texts in one call (each call has a fixed cost far above that of a
 * sentence), split back per text with text-relative offsets. Texts without a day word get null.
 */
export function parseWithChrono(
  texts: readonly string[],
  words: DateWords,
  reference: Day | null,
): Array<ChronoReading[] | null> {
  const perText: Array<ChronoReading[] | null> = texts.map(() => null);
  let starts: number[] = [];
  let wanted: number[] = [];
  let joined = "";
  const flush = () => {
    if (joined) readBatch(joined, starts, wanted, texts, words, reference, perText);
    starts = [];
    wanted = [];
    joined = "";
  };
  texts.forEach((text, i) => {
    if (!words.dateHint.test(text)) return;
    perText[i] = [];
    if (joined.length > MAX_CHRONO_TEXT) flush();
    if (joined) joined += BATCH_SEPARATOR;
    starts.push(joined.length);
    wanted.push(i);
    // chrono slows down more than linearly on a huge text; no real sentence is this long.
    joined += text.length > MAX_CHRONO_TEXT ? text.slice(0, MAX_CHRONO_TEXT) : text;
  });
  flush();
  return perText;
}

/** One chrono call over joined texts; results go back to their text with text-relative offsets. */
function readBatch(
  joined: string,
  starts: readonly number[],
  wanted: readonly number[],
  texts: readonly string[],
  words: DateWords,
  reference: Day | null,
  perText: Array<ChronoReading[] | null>,
): void {
  let results: ChronoResult[] = [];
  try {
    results = words.chrono.parse(joined, referenceDate(reference));
  } catch {
    results = [];
  }
  let part = 0;
  for (const result of results) {
    while (part + 1 < starts.length && starts[part + 1]! <= result.index) part++;
    const text = texts[wanted[part]!]!;
    const index = result.index - starts[part]!;
    if (index < 0 || index + result.text.length > text.length) continue;
    perText[wanted[part]!]!.push({ index, result });
  }
}

/**
 * Regexes that match wherever one of `patterns` does, one per set of flags: one pass of them tells
 * whether running each pattern can find anything. Named groups are made plain, as names repeat,
 * and Unicode-class look-behinds left out (their ASCII twin stays, so that no alternative starts
 * inside a word or number): V8 would test each at every position of every alternative. The union
 * may match where no pattern does, never the reverse.
 */
export function unionsOf(patterns: readonly RegExp[]): RegExp[] {
  const sourcesByFlags = new Map<string, string[]>();
  for (const pattern of patterns) {
    const flags = pattern.flags.replace(/[gy]/g, "");
    const source = pattern.source.replace(/\(\?<(?![=!])[^>]+>/g, "(?:").replace(/\(\?<!\[\\p\{[^\]]*\]\)/g, "");
    sourcesByFlags.set(flags, [...(sourcesByFlags.get(flags) ?? []), `(?:${source})`]);
  }
  return [...sourcesByFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
}

const globalSameDays = new WeakMap<DateWords, RegExp>();

function globalSameDay(words: DateWords): RegExp {
  let pattern = globalSameDays.get(words);
  if (!pattern) {
    pattern = new RegExp(words.sameDay.source, "giu");
    globalSameDays.set(words, pattern);
  }
  return pattern;
}

const wordedDateUnions = new WeakMap<DateWords, RegExp[]>();

/** Whether a day written in words ("aujourd'hui", "le lendemain", "this weekend") may be in `text`: most clauses have none. */
function mayHoldWordedDate(text: string, words: DateWords): boolean {
  let unions = wordedDateUnions.get(words);
  if (!unions) {
    unions = unionsOf([words.sameDay, ...words.chained.map((c) => c.pattern), words.beforeNews, words.sameWeekPast, words.weekend]);
    wordedDateUnions.set(words, unions);
  }
  return unions.some((union) => union.test(text));
}

/**
 * A day of the month right after a weekday ("jeudi 16", "Thursday 16th", « lundi (12) »), not an hour ("mardi 10 h",
 * "Monday 3 p.m.").
 */
const weekdayDayOfMonth = /^(?:\s+(?<day>\d{1,2})(?:er|st|nd|rd|th)?(?![\p{L}\d:]|\s*(?:h|heures?|[ap]\.?m)(?![\p{L}]))|\s*\(\s*(?<bracketed>\d{1,2})(?:er|st|nd|rd|th)?\s*\))/iu;

/** A weekday's abbreviation in lower case is a word of its own ("sat down", "the sun"), not a day. */
const lowerCaseAbbreviation = /^\p{Ll}{3}$/u;

const trailingComma = /[\s,]+$/u;

/** Bounds that keep a pathological sentence (thousands of dates) linear to read. */
const MAX_MENTIONS_PER_TEXT = 60;
const MAX_TIMES_PER_TEXT = 20;

/**
 * Every date expression in `text` (chrono's plus the chained ones it lacks). `reference` is the
 * publication day, or null: relative expressions then stay unresolved. `parsed` is chrono's
 * reading of `text` when the caller already has it (see `parseWithChrono`), null for a text
 * without a day word: such a text has no date.
 */
export function findDateMentions(
  text: string,
  words: DateWords,
  reference: Day | null,
  parsed: readonly ChronoReading[] | null = parseWithChrono([text], words, reference)[0] ?? null,
): DateMention[] {
  const mentions: DateMention[] = [];
  if (parsed === null) return [];
  const results = parsed.slice(0, MAX_MENTIONS_PER_TEXT);
  for (const { index, result } of results) {
    const start = result.start;
    const known = (c: "year" | "month" | "day" | "weekday") => start.isCertain(c);
    const hasYearInText = /\d{4}/.test(result.text);
    // chrono keeps the comma after a weekday ("on Thursday, the bloc said"): the words past it are not the date's.
    const own = result.text.replace(trailingComma, "");
    const base = emptyMention(index, index + own.length, own);
    if (known("day") && known("month")) {
      const month = start.get("month") ?? null;
      const day = start.get("day") ?? null;
      const weekday = known("weekday") ? (start.get("weekday") ?? null) : null;
      if (known("year") && !hasYearInText) {
        // chrono resolved a relative word ("demain", "in two weeks") against the reference.
        if (!reference || !words.relativeDay.test(result.text)) continue;
        const resolved: Day = { year: start.get("year") ?? reference.year, month: month ?? 1, day: day ?? 1 };
        mentions.push({ ...base, fromPublication: dayNumber(resolved) - dayNumber(reference) });
      } else {
        // « les 21 et 22 octobre prochains », « le 3 mai dernier »: the word after the date says which way it points.
        const nextWord = /^\s+\p{L}+/u.exec(text.slice(base.end, base.end + 14))?.[0] ?? "";
        const modifier = !nextWord ? null : words.nextModifier.test(nextWord) ? "next" : words.lastModifier.test(nextWord) ? "last" : null;
        mentions.push({ ...base, year: known("year") ? (start.get("year") ?? null) : null, month, day, weekday, modifier });
      }
    } else if (known("weekday") && words.weekdayName.test(result.text) && !lowerCaseAbbreviation.test(result.text)) {
      // « mardi prochain » puts it right after the day; "Friday, will last 30 minutes" has no "last Friday".
      const nextWord = /^\s+\p{L}+/u.exec(text.slice(base.end, base.end + 12))?.[0] ?? "";
      const modifierText = text.slice(Math.max(0, index - 6), base.end) + nextWord;
      const modifier = words.nextModifier.test(modifierText)
        ? "next"
        : words.lastModifier.test(modifierText)
          ? "last"
          : words.thisModifier.test(result.text)
            ? "this"
            : null;
      // "jeudi 16": the day of the month without the month.
      const dayAfter = weekdayDayOfMonth.exec(text.slice(base.end, base.end + 12));
      const dayOfMonth = dayAfter ? Number(dayAfter.groups?.day ?? dayAfter.groups?.bracketed) : null;
      const withDay = dayOfMonth !== null && dayOfMonth >= 1 && dayOfMonth <= 31;
      mentions.push({
        ...base,
        end: withDay ? base.end + dayAfter![0].length : base.end,
        text: withDay ? text.slice(index, base.end + dayAfter![0].length) : base.text,
        weekday: start.get("weekday") ?? null,
        day: withDay ? dayOfMonth : null,
        modifier,
        ...(modifier === "this" && !words.thisMayPointBack ? { thisWeekOnly: true } : {}),
      });
    } else if (words.sameDay.test(text.slice(index, base.end + 3))) {
      mentions.push({ ...base, fromPublication: 0 });
    }
  }
  const covered = (from: number, to: number) =>
    mentions.length >= MAX_MENTIONS_PER_TEXT || mentions.some((m) => from < m.end && to > m.start);
  if (words.dayOfMonth) {
    for (const match of allMatches(words.dayOfMonth, text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      const day = Number(match.groups?.day);
      if (!(day >= 1 && day <= 31) || covered(from, to)) continue;
      const groups = match.groups ?? {};
      const monthShift = groups.last ? -1 : groups.next ? 1 : groups.current ? 0 : null;
      mentions.push({ ...emptyMention(from, to, match[0]), day, monthShift });
    }
  }
  if (mayHoldWordedDate(text, words)) {
    for (const match of allMatches(globalSameDay(words), text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (!covered(from, to)) {
        mentions.push({ ...emptyMention(from, to, match[0]), fromPublication: 0 });
      }
    }
    for (const { pattern, days, sign, notAfterNews } of words.chained) {
      for (const match of allMatches(pattern, text)) {
        const from = match.index ?? 0;
        const to = from + match[0].length;
        if (covered(from, to)) continue;
        let offset = days ?? null;
        if (offset === null) {
          const count = numberValue(match.groups?.n, words.numbers);
          const unit = words.units[(match.groups?.unit ?? "").toLowerCase()];
          if (count === null || unit === undefined) continue;
          offset = count * unit * (sign ?? 1);
        }
        mentions.push({ ...emptyMention(from, to, match[0]), fromPrevious: offset, fromEvent: match.groups?.event ?? null, ...(notAfterNews ? { notAfterNews } : {}) });
      }
    }
    for (const match of allMatches(words.beforeNews, text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      const count = numberValue(match.groups?.n, words.numbers);
      const unit = words.units[(match.groups?.unit ?? "").toLowerCase()];
      if (count === null || unit === undefined || covered(from, to)) continue;
      mentions.push({ ...emptyMention(from, to, match[0]), fromPublication: -count * unit, pointsAhead: true });
    }
    for (const match of allMatches(words.sameWeekPast, text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (!covered(from, to)) mentions.push({ ...emptyMention(from, to, match[0]), sameWeekPast: true });
    }
    for (const match of allMatches(words.weekend, text)) {
      const from = match.index ?? 0;
      const to = from + match[0].length;
      if (!covered(from, to)) mentions.push({ ...emptyMention(from, to, match[0]), weekday: 6 });
    }
  }
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    mention.reported = words.reportedOn.test(before);
    mention.participle = !mention.reported && words.participleBefore.test(before);
    if (words.formerDate?.test(before)) mention.former = true;
  }
  mentions.sort((a, b) => a.start - b.start);
  // « hier mardi (13) », "yesterday, Tuesday 13th": the day written out holds when a story is published a day after it was written.
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    return !(m.fromPublication !== null && next && next.weekday !== null && next.day !== null && /^[\s,]*$/.test(text.slice(m.end, next.start)));
  });
}

function emptyMention(start: number, end: number, text: string): DateMention {
  return {
    start,
    end,
    text,
    year: null,
    month: null,
    day: null,
    weekday: null,
    modifier: null,
    fromPublication: null,
    fromPrevious: null,
    fromEvent: null,
    sameWeekPast: false,
    reported: false,
    pointsAhead: false,
    participle: false,
    monthShift: null,
  };
}

/** A month of a year, as a dateline without a day gives it. */
export interface Month {
  year: number;
  month: number;
}

/** The month a dateline gives when it is only a month and a year ("December 2004"), or null. */
export function monthOfDateline(dateline: string, words: DateWords): Month | null {
  const match = words.monthYear.exec(dateline);
  const month = match ? words.months[(match.groups?.month ?? "").toLowerCase()] : undefined;
  return match && month ? { year: Number(match.groups?.year), month } : null;
}

/**
 * The day a mention stands for: "YYYY-MM-DD", "--MM-DD" when no year can be known, or null.
 * Year-less dates and bare weekdays take the occurrence the tense points to from publication;
 * without one, a year-less date takes the year that puts it nearest the dateline's `month`.
 */
export function resolveMention(
  mention: DateMention,
  publication: Day | null,
  tense: Tense,
  previous: Day | null,
  month: Month | null = null,
): string | null {
  if (mention.fromPrevious !== null) {
    // "told reporters, where he had hosted X earlier in the day", after a meeting to come: the day of the telling.
    if (mention.notAfterNews && publication && (!previous || dayToString(previous) > dayToString(publication))) return dayToString(publication);
    return previous ? dayToString(addDays(previous, mention.fromPrevious)) : null;
  }
  // "assassiné le 14 février": the participle's event is past, whatever the clause says.
  const eventTense: Tense = mention.participle ? "past" : (datedModifierTense(mention) ?? tense);
  if (mention.sameWeekPast) return publication && eventTense === "past" ? dayToString(publication) : null;
  if (mention.fromPublication !== null) return publication ? dayToString(addDays(publication, mention.fromPublication)) : null;
  if (mention.month !== null && mention.day !== null) {
    if (mention.year !== null) {
      return isValidDay(mention.year, mention.month, mention.day)
        ? dayToString({ year: mention.year, month: mention.month, day: mention.day })
        : null;
    }
    if (!publication && month) return dayToString(yearNearMonth(mention.month, mention.day, mention.weekday, month, eventTense));
    if (!publication) return `--${String(mention.month).padStart(2, "0")}-${String(mention.day).padStart(2, "0")}`;
    return dayToString(nearestYear(mention.month, mention.day, mention.weekday, publication, eventTense));
  }
  if (mention.weekday === null && mention.day !== null) {
    const day = publication ? dayInNearbyMonth(mention.day, mention.monthShift, publication, eventTense) : null;
    return day ? dayToString(day) : null;
  }
  if (mention.weekday !== null && mention.day !== null && publication) {
    const day = weekdayInNearbyMonth(mention.weekday, mention.day, publication, eventTense);
    if (day) return dayToString(day);
  }
  if (mention.weekday !== null && publication) {
    return dayToString(resolveWeekday(mention.weekday, mention.modifier, publication, mention.thisWeekOnly && eventTense === "past" ? "unknown" : eventTense));
  }
  return null;
}

/** The way a dated mention's own word points ("le 3 mai dernier" → past), or null for none. */
export function datedModifierTense(mention: DateMention): Tense | null {
  if (mention.month === null || mention.day === null) return null;
  return mention.modifier === "next" ? "future" : mention.modifier === "last" ? "past" : null;
}

function nearestYear(month: number, day: number, weekday: number | null, publication: Day, tense: Tense): Day {
  const pub = dayNumber(publication);
  let candidates: Day[] = [];
  for (const year of [publication.year - 1, publication.year, publication.year + 1]) {
    if (isValidDay(year, month, day)) candidates.push({ year, month, day });
  }
  // "samedi 23 avril": the weekday settles the year better than the tense does.
  const sameWeekday = candidates.filter((d) => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() === weekday);
  if (weekday !== null && sameWeekday.length > 0) candidates = sameWeekday;
  const distance = (d: Day) => dayNumber(d) - pub;
  const future = candidates.filter((d) => distance(d) >= 0);
  const past = candidates.filter((d) => distance(d) <= 0);
  if (tense === "future" && future.length > 0) return future[0]!;
  if (tense === "past" && past.length > 0) return past[past.length - 1]!;
  return candidates.reduce((best, d) => (Math.abs(distance(d)) < Math.abs(distance(best)) ? d : best));
}

/** A day of the dateline's month is in its year; another takes the year the tense points to from the month's middle. */
function yearNearMonth(month: number, day: number, weekday: number | null, reference: Month, tense: Tense): Day {
  if (month === reference.month && isValidDay(reference.year, month, day)) return { year: reference.year, month, day };
  return nearestYear(month, day, weekday, { year: reference.year, month: reference.month, day: 15 }, tense);
}

/**
 * "on the 6th": that day of the month named ("of last month"), else of publication's month or one next
 * to it, the first the tense points to (the nearest when it points nowhere).
 */
function dayInNearbyMonth(dayOfMonth: number, monthShift: number | null, publication: Day, tense: Tense): Day | null {
  const candidates: Day[] = [];
  for (const shift of monthShift === null ? [-1, 0, 1] : [monthShift]) {
    const monthIndex = publication.month - 1 + shift;
    const year = publication.year + Math.floor(monthIndex / 12);
    const month = ((monthIndex % 12) + 12) % 12 + 1;
    if (isValidDay(year, month, dayOfMonth)) candidates.push({ year, month, day: dayOfMonth });
  }
  if (candidates.length === 0) return null;
  const pub = dayNumber(publication);
  if (monthShift === null && tense === "future") return candidates.find((d) => dayNumber(d) >= pub) ?? null;
  if (monthShift === null && tense === "past") return [...candidates].reverse().find((d) => dayNumber(d) <= pub) ?? null;
  return candidates.reduce((best, d) => (Math.abs(dayNumber(d) - pub) < Math.abs(dayNumber(best) - pub) ? d : best));
}

/** "jeudi 16": the 16th that is a Thursday in the month of publication or one next to it, the way the tense points. */
function weekdayInNearbyMonth(weekday: number, dayOfMonth: number, publication: Day, tense: Tense): Day | null {
  const candidates: Day[] = [];
  for (const shift of [-1, 0, 1]) {
    const monthIndex = publication.month - 1 + shift;
    const year = publication.year + Math.floor(monthIndex / 12);
    const month = ((monthIndex % 12) + 12) % 12 + 1;
    if (isValidDay(year, month, dayOfMonth) && new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDay() === weekday) {
      candidates.push({ year, month, day: dayOfMonth });
    }
  }
  if (candidates.length === 0) return null;
  const pub = dayNumber(publication);
  const fitting = candidates.filter((d) => (tense === "future" ? dayNumber(d) >= pub : tense === "past" ? dayNumber(d) <= pub : true));
  const pool = fitting.length > 0 ? fitting : candidates;
  return pool.reduce((best, d) => (Math.abs(dayNumber(d) - pub) < Math.abs(dayNumber(best) - pub) ? d : best));
}

function resolveWeekday(weekday: number, modifier: "next" | "last" | "this" | null, publication: Day, tense: Tense): Day {
  const pubWeekday = new Date(Date.UTC(publication.year, publication.month - 1, publication.day)).getUTCDay();
  // Weeks run Monday to Sunday.
  if (modifier === "this") {
    const inWeek = addDays(publication, ((weekday + 6) % 7) - ((pubWeekday + 6) % 7));
    // « rencontrera ce mardi » on a Friday: the Tuesday to come; « s'est réuni ce dimanche » on a Friday: the one past.
    const offset = dayToString(inWeek) < dayToString(publication) && tense === "future" ? 7 : dayToString(inWeek) > dayToString(publication) && tense === "past" ? -7 : 0;
    return addDays(inWeek, offset);
  }
  const ahead = (weekday - pubWeekday + 7) % 7;
  const behind = (pubWeekday - weekday + 7) % 7;
  if (modifier === "next") return addDays(publication, ahead === 0 ? 7 : ahead);
  if (modifier === "last") return addDays(publication, behind === 0 ? -7 : -behind);
  if (ahead === 0) return publication;
  return tense === "future" ? addDays(publication, ahead) : addDays(publication, -behind);
}

/** Whether the clause points to the future, the past, or does not say. */
export function detectTense(text: string, words: DateWords): Tense {
  if (words.future.test(text)) return "future";
  if (words.past.test(text)) return "past";
  return "unknown";
}

const abbreviationPattern = new RegExp(
  `^\\s*[,(]?\\s*\\(?\\s*(${Object.keys(zoneAbbreviations).filter((k) => k.length > 1).join("|")})(?![\\p{L}\\d])`,
  "u",
);

/** The IANA zone of a place name, or null. */
export function zoneOfPlace(name: string): string | null {
  return placeZones[foldPlaceName(name)] ?? null;
}

/**
 * The fixed-offset zone of a time given with its equivalent in a named place, on `date` (that
 * place's offset that day, DST included): "10 heures (9 heures à Paris)" on 29 March 2022 → "Etc/GMT-3".
 */
export function zoneFromEquivalent(date: string, mention: TimeMention): string | null {
  const equivalent = mention.equivalent;
  const match = /^(\d{2}):(\d{2})$/.exec(mention.time);
  if (!equivalent || !match) return null;
  const local = Number(match[1]) * 60 + Number(match[2]);
  const other = (((local - equivalent.minutes) % 1440) + 1440) % 1440;
  const otherTime = `${String(Math.floor(other / 60)).padStart(2, "0")}:${String(other % 60).padStart(2, "0")}`;
  const instant = toUtcInstant(date, otherTime, equivalent.zone);
  if (!instant) return null;
  const utc = Number(instant.slice(11, 13)) * 60 + Number(instant.slice(14, 16));
  return fixedOffsetZone(local, { hour: String(Math.floor(utc / 60)), minute: String(utc % 60) });
}

/** A time in parentheses in GMT or UTC, right after a local time: "(0700 GMT)", "(11 h GMT)", "(GMT 8:10)". */
const utcEquivalent =
  /^\s*\(\s*(?:(?<hour>\d{1,2})(?:\s?[hH:]\s?(?<minute>[0-5]\d)?|(?<fourDigitMinute>[0-5]\d))?\s*(?:GMT|UTC)|(?:GMT|UTC)\s+(?<hourAfterZone>\d{1,2})(?::(?<minuteAfterZone>[0-5]\d))?)\s*\)/u;

/**
 * The IANA fixed-offset zone ("Etc/GMT-3" is three hours ahead of UTC) that puts `localMinutes`
 * at the UTC time of `utc`'s groups; null for an offset of no whole hour, which no such zone has.
 */
function fixedOffsetZone(localMinutes: number, utc: Record<string, string | undefined>): string | null {
  const utcMinutes = Number(utc.hour ?? utc.hourAfterZone) * 60 + Number(utc.minute ?? utc.fourDigitMinute ?? utc.minuteAfterZone ?? 0);
  if (!(utcMinutes >= 0 && utcMinutes < 24 * 60)) return null;
  // Offsets run from UTC−12 to UTC+14: a difference past them crossed midnight.
  let offset = localMinutes - utcMinutes;
  if (offset > 14 * 60) offset -= 24 * 60;
  if (offset < -12 * 60) offset += 24 * 60;
  if (offset % 60 !== 0) return null;
  const hours = offset / 60;
  return hours === 0 ? "Etc/GMT" : `Etc/GMT${hours > 0 ? "-" : "+"}${Math.abs(hours)}`;
}

/** Clock times in `text`, each with the zone written right after it, if any. */
export function findTimes(text: string, words: DateWords): TimeMention[] {
  const times: TimeMention[] = [];
  for (const match of allMatches(words.times, text)) {
    if (times.length >= MAX_TIMES_PER_TEXT) break;
    const groups = match.groups ?? {};
    const from = match.index ?? 0;
    // "(0700 GMT)" already read as the UTC equivalent of the time before it.
    if (times.length > 0 && from < times[times.length - 1]!.end) continue;
    const meridiem = groups.meridiem?.toLowerCase();
    // "scheduled for 3 p.m.", "set for noon": with a.m., p.m. or as a word it is a clock time whatever precedes it.
    const clockOnly = meridiem || groups.noon || groups.midnight;
    if (!clockOnly && words.notTimeBefore.test(text.slice(Math.max(0, from - 20), from))) continue;
    let hour = groups.noon ? 12 : groups.midnight ? 0 : Number(groups.hour ?? groups.fourDigitHour);
    const minute = Number(groups.minute ?? groups.fourDigitMinute ?? 0);
    if (meridiem === "p" && hour < 12) hour += 12;
    if (meridiem === "a" && hour === 12) hour = 0;
    if (!(hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)) continue;
    const to = from + match[0].length;
    if (words.notTimeAfter?.test(text.slice(to, to + 30))) continue;
    const after = text.slice(to, to + 60);
    let zone: string | null = null;
    let zoneEnd = to;
    const abbreviation = abbreviationPattern.exec(after);
    const byPlace = words.zoneByPlace.exec(after);
    const local = words.localTime.exec(after);
    if (abbreviation?.[1]) {
      zone = zoneAbbreviations[abbreviation[1]] ?? null;
      zoneEnd = to + abbreviation[0].length;
    } else if (byPlace?.groups?.place) {
      zone = zoneOfPlace(byPlace.groups.place) ?? regionZones[foldPlaceName(byPlace.groups.place)] ?? null;
      // "heure de Kinshasa" is a zone even unknown; "15 heures Emmanuel Macron" is none.
      if (zone || byPlace.groups.of !== undefined || !("of" in byPlace.groups)) zoneEnd = to + byPlace[0].length;
    } else if (local) {
      zone = "local";
      zoneEnd = to + local[0].length;
    }
    if (zone === null || zone === "local") {
      // "à 14 h (11 h GMT)", "3 p.m. local time (0700 GMT)": the UTC equivalent gives the offset.
      const equivalent = utcEquivalent.exec(text.slice(zoneEnd, zoneEnd + 30));
      const offsetZone = equivalent ? fixedOffsetZone(hour * 60 + minute, equivalent.groups ?? {}) : null;
      if (equivalent && offsetZone) {
        zone = offsetZone;
        zoneEnd += equivalent[0].length;
      }
    }
    let equivalent: TimeMention["equivalent"];
    if (zone === null) {
      const inPlace = words.placeEquivalent.exec(text.slice(zoneEnd, zoneEnd + 40));
      const placeZone = inPlace?.groups?.place ? zoneOfPlace(inPlace.groups.place) : null;
      if (inPlace && placeZone) {
        let otherHour = Number(inPlace.groups?.hour);
        const otherMeridiem = inPlace.groups?.meridiem?.toLowerCase();
        if (otherMeridiem === "p" && otherHour < 12) otherHour += 12;
        if (otherMeridiem === "a" && otherHour === 12) otherHour = 0;
        let minutes = hour * 60 + minute - (otherHour * 60 + Number(inPlace.groups?.minute ?? 0));
        if (minutes > 14 * 60) minutes -= 24 * 60;
        if (minutes < -14 * 60) minutes += 24 * 60;
        equivalent = { zone: placeZone, minutes };
        zoneEnd += inPlace[0].length;
      }
    }
    times.push({
      start: from,
      end: zoneEnd,
      time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
      zone,
      ...(equivalent ? { equivalent } : {}),
    });
  }
  return times;
}

const durationUnions = new WeakMap<DateWords, RegExp[]>();

/** Stated durations in `text` ("pendant deux heures" → 120, "an hour and a half" → 90). */
export function findDurations(text: string, words: DateWords): DurationMention[] {
  const durations: DurationMention[] = [];
  let unions = durationUnions.get(words);
  if (!unions) {
    unions = unionsOf(words.durations);
    durationUnions.set(words, unions);
  }
  // Most clauses state no duration: one pass without the Unicode look-behinds tells.
  if (!unions.some((union) => union.test(text))) return durations;
  for (const pattern of words.durations) {
    for (const match of allMatches(pattern, text)) {
      if (durations.length >= MAX_TIMES_PER_TEXT) break;
      const groups = match.groups ?? {};
      // « une demi-heure », "half an hour": thirty minutes without a number.
      const count = groups.halfHour ? 0 : numberValue(groups.n, words.numbers);
      if (count === null) continue;
      const unit = (groups.unit ?? "").toLowerCase().startsWith("h") ? 60 : 1;
      const half = Object.entries(groups).some(([name, value]) => name.startsWith("half") && value);
      const extra = (groups.halfHour ? 30 : half ? unit / 2 : groups.quarter ? unit / 4 : 0) + Number(groups.extraMinutes ?? 0);
      const from = match.index ?? 0;
      if (durations.some((d) => from < d.end && from + match[0].length > d.start)) continue;
      durations.push({ start: from, end: from + match[0].length, minutes: Math.round(count * unit + extra) });
    }
  }
  return durations.sort((a, b) => a.start - b.start);
}

/**
 * Final pass over the meetings: UTC instant from date, local time and zone (with that date's
 * offset), and a status from the date when the text gave no cue.
 */
export function resolveDates(ctx: DocumentContext): void {
  const publication = parseDay(ctx.publishedAt);
  for (const meeting of ctx.meetings) {
    meeting.startsAt =
      meeting.date && meeting.time && meeting.timeZone ? toUtcInstant(meeting.date, meeting.time, meeting.timeZone) : null;
    const day = parseDay(meeting.date);
    if (meeting.status === "unknown" && day && publication) {
      const delta = dayNumber(day) - dayNumber(publication);
      if (delta < 0) meeting.status = "held";
      else if (delta > 0) meeting.status = "scheduled";
    }
  }
}
