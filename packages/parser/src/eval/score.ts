import type { ParsedDocument } from "../types.js";
import { fold, foldedWords, jaccard, partyKey } from "./fold.js";

export interface GoldPerson {
  name: string;
  aliases?: string[];
  roles?: string[];
}

export interface GoldQuote {
  kind: "direct" | "indirect";
  speaker: string | null;
  text: string;
}

export interface GoldMeeting {
  kind: string;
  status: string;
  date: string | null;
  time?: string | null;
  timeZone?: string | null;
  startsAt?: string | null;
  durationMinutes?: number | null;
  participants: string[];
}

export type Area = "people" | "quotes" | "meetings";

/** One `NAME.gold.json`: what a careful reader extracts (see the eval folder's FORMAT.md). */
export interface GoldDocument {
  doc: string;
  scope?: Area[];
  publishedAt: string | null;
  title?: string | null;
  language?: string;
  source?: string | null;
  paragraphCount?: number;
  people: GoldPerson[];
  quotes?: GoldQuote[];
  meetings?: GoldMeeting[];
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface QuoteCounts extends Counts {
  /** Matched quotes whose speaker is right. */
  attributed: number;
}

export interface MeetingCounts extends Counts {
  kind: number;
  status: number;
  time: number;
  startsAt: number;
}

export interface FieldCounts {
  checked: number;
  correct: number;
}

/** Scores of one document, or of many added together. */
export interface Score {
  documents: number;
  people: Counts;
  direct: QuoteCounts;
  indirect: QuoteCounts;
  meetings: MeetingCounts;
  offsetErrors: number;
  title: FieldCounts;
  language: FieldCounts;
  source: FieldCounts;
  paragraphCount: FieldCounts;
  /** Human-readable misses, for `--verbose`. */
  misses: string[];
}

export function emptyScore(): Score {
  const counts = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  const fields = (): FieldCounts => ({ checked: 0, correct: 0 });
  return {
    documents: 0,
    people: counts(),
    direct: { ...counts(), attributed: 0 },
    indirect: { ...counts(), attributed: 0 },
    meetings: { ...counts(), kind: 0, status: 0, time: 0, startsAt: 0 },
    offsetErrors: 0,
    title: fields(),
    language: fields(),
    source: fields(),
    paragraphCount: fields(),
    misses: [],
  };
}

export function addScores(total: Score, part: Score): Score {
  const sum = <T extends object>(a: T, b: T): T => {
    const out = { ...a } as Record<string, number>;
    for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + (value as number);
    return out as T;
  };
  return {
    documents: total.documents + part.documents,
    people: sum(total.people, part.people),
    direct: sum(total.direct, part.direct),
    indirect: sum(total.indirect, part.indirect),
    meetings: sum(total.meetings, part.meetings),
    offsetErrors: total.offsetErrors + part.offsetErrors,
    title: sum(total.title, part.title),
    language: sum(total.language, part.language),
    source: sum(total.source, part.source),
    paragraphCount: sum(total.paragraphCount, part.paragraphCount),
    misses: [...total.misses, ...part.misses],
  };
}

export function precision(c: Counts): number {
  const predicted = c.truePositives + c.falsePositives;
  return predicted === 0 ? (c.falseNegatives === 0 ? 1 : 0) : c.truePositives / predicted;
}

export function recall(c: Counts): number {
  const expected = c.truePositives + c.falseNegatives;
  return expected === 0 ? (c.falsePositives === 0 ? 1 : 0) : c.truePositives / expected;
}

export function f1(c: Counts): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** F1 counting a match only when its speaker is right too. */
export function endToEndF1(c: QuoteCounts): number {
  const wrongSpeaker = c.truePositives - c.attributed;
  return f1({
    truePositives: c.attributed,
    falsePositives: c.falsePositives + wrongSpeaker,
    falseNegatives: c.falseNegatives + wrongSpeaker,
  });
}

/** The folded names a person goes by: name and aliases. */
function formsOf(person: { name: string; aliases?: string[] }): Set<string> {
  return new Set([person.name, ...(person.aliases ?? [])].map(fold));
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

/** Resolves a name to the forms of the person it names in a list, or just its own folded form. */
function namesFor(name: string, people: ReadonlyArray<{ name: string; aliases?: string[] }>): Set<string> {
  const folded = fold(name);
  const person = people.find((candidate) => fold(candidate.name) === folded);
  return person ? formsOf(person) : new Set([folded]);
}

/**
 * Pairs gold and predicted items one to one, greedily by score. `score` returns null when a pair
 * may not match at all.
 */
function pairUp<G, P>(gold: G[], predicted: P[], score: (g: G, p: P) => number | null): Array<[G, P]> {
  const candidates: Array<{ g: number; p: number; score: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const value = score(g, p);
      if (value !== null) candidates.push({ g: gi, p: pi, score: value });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<[G, P]> = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.g) || usedPredicted.has(candidate.p)) continue;
    usedGold.add(candidate.g);
    usedPredicted.add(candidate.p);
    pairs.push([gold[candidate.g] as G, predicted[candidate.p] as P]);
  }
  return pairs;
}

function counts(gold: readonly unknown[], predicted: readonly unknown[], pairs: readonly unknown[]): Counts {
  return {
    truePositives: pairs.length,
    falsePositives: predicted.length - pairs.length,
    falseNegatives: gold.length - pairs.length,
  };
}

const fullDate = /^\d{4}-\d{2}-\d{2}$/;

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Every span the output claims must be found in the document at its offsets. */
function offsetErrors(document: string, output: ParsedDocument): string[] {
  const errors: string[] = [];
  const check = (what: string, span: { start: number; end: number }, claimed: string) => {
    const valid = Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end >= span.start && span.end <= document.length;
    if (!valid || !collapseSpaces(document.slice(span.start, span.end)).includes(collapseSpaces(claimed))) {
      errors.push(`offset: ${what} [${span.start}, ${span.end}) does not hold ${JSON.stringify(claimed.slice(0, 60))}`);
    }
  };
  for (const paragraph of output.paragraphs) check("paragraph", paragraph, paragraph.text);
  for (const entity of [...output.people, ...output.organizations, ...output.places]) {
    for (const mention of entity.mentions) check(`mention of ${entity.name}`, mention, mention.text);
  }
  for (const quote of output.quotes) check("quote", quote, quote.text);
  for (const meeting of output.meetings) check("meeting evidence", meeting, meeting.text);
  return errors;
}

function checkField(score: FieldCounts, expected: unknown, actual: unknown, label: string, misses: string[]): void {
  score.checked++;
  const same = typeof expected === "string" && typeof actual === "string" ? fold(expected) === fold(actual) : expected === actual;
  if (same) score.correct++;
  else misses.push(`${label}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** Scores one parsed document against its gold annotation, following FORMAT.md's rules. */
export function scoreDocument(document: string, gold: GoldDocument, output: ParsedDocument): Score {
  const score = emptyScore();
  const misses = score.misses;
  score.documents = 1;
  const inScope = (area: Area) => !gold.scope || gold.scope.includes(area);

  const offsetProblems = offsetErrors(document, output);
  score.offsetErrors = offsetProblems.length;
  misses.push(...offsetProblems);

  if (!gold.scope) {
    if (gold.title !== undefined) checkField(score.title, gold.title, output.title, "title", misses);
    if (gold.language !== undefined) checkField(score.language, gold.language, output.language, "language", misses);
    if (gold.source !== undefined) checkField(score.source, gold.source, output.source, "source", misses);
    if (gold.paragraphCount !== undefined) {
      checkField(score.paragraphCount, gold.paragraphCount, output.paragraphs.length, "paragraph count", misses);
    }
  }

  if (inScope("people")) {
    const goldForms = gold.people.map(formsOf);
    const predictedForms = output.people.map(formsOf);
    const pairs = pairUp(gold.people.map((_, i) => i), output.people.map((_, i) => i), (g, p) => {
      const goldPerson = gold.people[g] as GoldPerson;
      const predicted = output.people[p];
      if (!predicted || !intersects(goldForms[g] as Set<string>, predictedForms[p] as Set<string>)) return null;
      return fold(goldPerson.name) === fold(predicted.name) ? 2 : 1;
    });
    score.people = counts(gold.people, output.people, pairs);
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPredicted = new Set(pairs.map(([, p]) => p));
    gold.people.forEach((person, i) => matchedGold.has(i) || misses.push(`person missed: ${person.name}`));
    output.people.forEach((person, i) => matchedPredicted.has(i) || misses.push(`person extra: ${person.name}`));
  }

  if (inScope("quotes")) {
    const speakerMatches = (goldSpeaker: string | null, predictedSpeaker: string | null): boolean => {
      if (goldSpeaker === null || predictedSpeaker === null) return goldSpeaker === predictedSpeaker;
      const goldNames = namesFor(goldSpeaker, gold.people);
      const predictedNames = namesFor(predictedSpeaker, output.people);
      return goldNames.has(fold(predictedSpeaker)) || predictedNames.has(fold(goldSpeaker)) || intersects(goldNames, predictedNames);
    };
    for (const kind of ["direct", "indirect"] as const) {
      const goldQuotes = (gold.quotes ?? []).filter((quote) => quote.kind === kind);
      const predictedQuotes = output.quotes.filter((quote) => quote.kind === kind);
      const goldWords = goldQuotes.map((quote) => foldedWords(quote.text));
      const predictedWords = predictedQuotes.map((quote) => foldedWords(quote.text));
      const pairs = pairUp(goldQuotes.map((_, i) => i), predictedQuotes.map((_, i) => i), (g, p) => {
        const overlap = jaccard(goldWords[g] as Set<string>, predictedWords[p] as Set<string>);
        return overlap >= 0.6 ? overlap : null;
      });
      const attributed = pairs.filter(([g, p]) => {
        const goldQuote = goldQuotes[g] as GoldQuote;
        const predicted = predictedQuotes[p];
        const right = predicted !== undefined && speakerMatches(goldQuote.speaker, predicted.speaker);
        if (!right) {
          misses.push(`${kind} quote speaker: expected ${JSON.stringify(goldQuote.speaker)}, got ${JSON.stringify(predicted?.speaker)} for "${goldQuote.text.slice(0, 60)}…"`);
        }
        return right;
      }).length;
      score[kind] = { ...counts(goldQuotes, predictedQuotes, pairs), attributed };
      const matchedGold = new Set(pairs.map(([g]) => g));
      const matchedPredicted = new Set(pairs.map(([, p]) => p));
      goldQuotes.forEach((quote, i) => matchedGold.has(i) || misses.push(`${kind} quote missed: "${quote.text.slice(0, 80)}"`));
      predictedQuotes.forEach((quote, i) => matchedPredicted.has(i) || misses.push(`${kind} quote extra: "${quote.text.slice(0, 80)}"`));
    }
  }

  if (inScope("meetings")) {
    const goldMeetings = (gold.meetings ?? []).filter((meeting) => meeting.date !== null && fullDate.test(meeting.date));
    const predictedMeetings = output.meetings.filter((meeting) => meeting.date !== null && fullDate.test(meeting.date));
    const partyNames = (name: string, people: ReadonlyArray<{ name: string; aliases?: string[] }>) => {
      const names = namesFor(name, people);
      names.add(partyKey(name));
      return names;
    };
    const pairs = pairUp(goldMeetings, predictedMeetings, (g, p) => {
      if (g.date !== p.date) return null;
      const predictedParties = p.participants.map((name) => partyNames(name, output.people));
      const found = g.participants.filter((name) => {
        const goldNames = partyNames(name, gold.people);
        return predictedParties.some((names) => intersects(goldNames, names));
      }).length;
      return found * 2 >= g.participants.length ? found + (g.kind === p.kind ? 0.5 : 0) : null;
    });
    score.meetings = {
      ...counts(goldMeetings, predictedMeetings, pairs),
      kind: 0,
      status: 0,
      time: 0,
      startsAt: 0,
    };
    for (const [g, p] of pairs) {
      const label = `meeting ${g.date} ${g.participants.join(" + ")}`;
      const field = (name: "kind" | "status" | "time" | "startsAt") => {
        const expected = g[name] ?? null;
        const actual = p[name] ?? null;
        if (expected === actual) score.meetings[name]++;
        else misses.push(`${label}: ${name} expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
      };
      field("kind");
      field("status");
      field("time");
      field("startsAt");
    }
    const matchedGold = new Set(pairs.map(([g]) => g));
    const matchedPredicted = new Set(pairs.map(([, p]) => p));
    for (const meeting of goldMeetings) {
      if (!matchedGold.has(meeting)) misses.push(`meeting missed: ${meeting.kind} ${meeting.date} ${meeting.participants.join(" + ")}`);
    }
    for (const meeting of predictedMeetings) {
      if (!matchedPredicted.has(meeting)) misses.push(`meeting extra: ${meeting.kind} ${meeting.date} ${meeting.participants.join(" + ")} — "${meeting.text.slice(0, 80)}"`);
    }
  }
  return score;
}
