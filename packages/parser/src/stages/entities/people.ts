/** People built from the name candidates: which candidates are people, their forms, mentions and roles. */
import type { Span } from "../../types.js";
import type { DocumentContext, PersonEntity } from "../context.js";
import type { Token } from "../tokens.js";
import { candidateKeys, candidateSpan } from "./candidates.js";
import {
  bareSurname,
  draftFor,
  findOwner,
  mergeDrafts,
  nicknamed,
  PeopleIndex,
  type PersonDraft,
  withoutSuffix,
} from "./drafts.js";
import { ageAfter, personEvidence, plainNameShape, singleNameEvidence } from "./evidence.js";
import { type Lexicon, listed, WORD } from "./lexicon.js";
import { matchesAt } from "./organizations.js";
import { addRolesAround } from "./roles.js";
import {
  CONNECTORS,
  isHonorificWord,
  isPersonVerbAfter,
  type Label,
  LIST_JOINS,
  type NameCandidate,
  previousWord,
  spanOf,
  type TokenMarks,
} from "./words.js";

const QUOTED_FORM = /["“”«»]/;

/** The index of the token starting at offset `start` (tokens are in text order), or -1. */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = tokens[middle]!.start;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Decides which candidates are people, groups their forms and collects mentions and roles. */
export function buildPeople(
  ctx: DocumentContext,
  tokens: Token[],
  capitalisedAt: readonly number[],
  candidates: NameCandidate[],
  lexicon: Lexicon,
  labels: Label[],
  { inName, inRole, personAt }: TokenMarks,
  titleCase: boolean,
): PersonEntity[] {
  const text = ctx.text;
  const { byline, signOff } = ctx;
  // Keys of the words that stand alone as a candidate inside a sentence, or open one as a person does ("Raghunathan, 47, joins").
  const singleWords = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.to - candidate.from !== 1) continue;
    const token = tokens[candidate.from]!;
    if (!token.sentenceStart || isPersonVerbAfter(tokens, candidate.to) || ageAfter(tokens, candidate.to, text)) singleWords.add(token.key);
  }
  // 2 marks words of multi-word names, 1 single capitalised words (which may still be role words).
  for (const candidate of candidates) for (let k = candidate.from; k < candidate.to; k++) inName[k] = candidate.to - candidate.from > 1 ? 2 : 1;
  const people = new PeopleIndex();
  // An accepted candidate's words are a person's: the list evidence and the later passes read these marks.
  const accept = (candidate: NameCandidate) => {
    draftFor(people, tokens, candidate, text);
    for (let k = candidate.from; k < candidate.to; k++) {
      personAt[k] = 1;
      labels[k] = "person";
    }
  };
  const pending: NameCandidate[] = [];
  const rosterNames = rosterCandidates(text, tokens, candidates);
  for (const candidate of candidates) {
    // A title-case headline's groups are people only as the body names them (the surname pass below).
    if (titleCase && tokens[candidate.from]!.region === 0) continue;
    const score = personEvidence(tokens, candidate, lexicon, text, singleWords);
    if (score === null) continue;
    candidate.evidence += score;
    // A byline's names are its authors'; a credit line's ("Reporting by X", "With assistance from X") its reporters'.
    const first = tokens[candidate.from]!;
    if (byline && first.start >= byline.start && tokens[candidate.to - 1]!.end <= byline.end) candidate.evidence += 2;
    else if (signOff && first.start >= signOff.start && first.start < signOff.end && CREDITS.has(tokens[candidate.from - 1]?.key ?? "")) candidate.evidence += 2;
    if (rosterNames.has(candidate)) {
      candidate.evidence += 2;
      candidate.titled = true;
    }
    addRolesAround(tokens, candidate, lexicon, labels, inName, inRole);
    const words = candidate.to - candidate.from;
    if (words >= 2) {
      if (candidate.roles.length > 0) candidate.evidence += 2;
      if (candidate.evidence >= 2) {
        accept(candidate);
        continue;
      }
    }
    pending.push(candidate);
  }
  // Single words: a surname or given name of someone already named, or a person by evidence.
  const undecided: NameCandidate[] = [];
  for (const candidate of pending) {
    const keys = candidateKeys(tokens, candidate);
    const before = previousWord(tokens, candidate.from);
    const title = candidate.titled ? tokens[candidate.from - 1] : before;
    const titled = candidate.titled || (before !== undefined && (listed(before, WORD.roleNouns) || isHonorificWord(before)));
    // Royals go by their given name ("Princess Ubolratana"); a pope or a mayor with one does not. After a courtesy
    // title, the first word of a full name found is that person's ("Dr Rahman", « Mme Lin » for Lin Meiyu).
    const byGivenName = !titled || (title !== undefined && (ROYAL_TITLES.has(title.key) || isHonorificWord(title)));
    const owner = findOwner(people, keys, tokens[candidate.from]!.start, byGivenName, lexicon) ?? nicknamed(people, tokens, candidate, lexicon);
    if (owner) {
      owner.mentions.push(candidateSpan(text, tokens, candidate));
      owner.roles.push(...candidate.roles);
      continue;
    }
    if (candidate.to - candidate.from === 1 && singleNameEvidence(tokens, candidate, lexicon)) {
      accept(candidate);
    } else if (!candidate.titled && !inRole[candidate.from] && plainNameShape(tokens, candidate, lexicon)) {
      // A word of a role read by apposition ("Minister of Trade and Industry, Ravi Menon") is no name listed beside it.
      undecided.push(candidate);
    }
  }
  // "Powell, Blake et Ashmeade": a name listed next to a person is one too.
  // A few passes carry the evidence along a list ("A, B et C Dupont"), never back and forth forever.
  const joinedByList = new Set<NameCandidate>();
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const candidate of undecided) {
      if (joinedByList.has(candidate) || !listedWithPerson(tokens, candidate, personAt, candidate.to - candidate.from === 1)) continue;
      accept(candidate);
      joinedByList.add(candidate);
      changed = true;
    }
    if (!changed) break;
  }
  mergeDrafts(people);
  const live = people.live();
  const drafts = live.filter((draft) => !namesPairOfPeople(draft, live));
  // Later surname-only mentions of the people found (sentence openers included). Marks per token
  // rather than a set of numbers: a long text has hundreds of thousands of them. Every accepted
  // candidate's words are marked in `personAt` already.
  const mentioned = personAt;
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      const at = tokenStartingAt(tokens, mention.start);
      if (at >= 0) mentioned[at] = 1;
    }
  }
  // Surname (first word key) → the people whose surname starts with it.
  const bySurname = new Map<string, Array<{ draft: PersonDraft; surname: string[] }>>();
  for (const draft of drafts) {
    if (draft.keys.length < 2) continue;
    const surname = surnameKeys(draft.keys, lexicon);
    if (surname.length === 0) continue;
    const bare = surname.length === 1 ? bareSurname(surname[0]!) : null;
    for (const form of bare ? [surname, [bare]] : [surname]) {
      const list = bySurname.get(form[0]!) ?? [];
      list.push({ draft, surname: form });
      bySurname.set(form[0]!, list);
    }
  }
  // The first token not yet read: a mention found covers the words of its surname.
  let unread = 0;
  for (const i of capitalisedAt) {
    if (i < unread) continue;
    const token = tokens[i]!;
    const owners = bySurname.get(token.key);
    if (!owners || mentioned[i] === 1 || labels[i] === "organization") continue;
    // "He said" is no mention of He Lifeng.
    if (token.sentenceStart && listed(token, WORD.nonNames)) continue;
    for (const { draft, surname } of owners) {
      if (!matchesAt(tokens, i, surname)) continue;
      // "Le maire de Lyon" is no mention of Bruno Le Maire: a surname's words are written capitalised.
      if (!surname.every((key, k) => tokens[i + k]!.capitalised || lexicon.particles.has(key))) continue;
      const previous = tokens[i - 1];
      if (previous && previous.capitalised && previous.isWord && previous.region === token.region && previous.end + 1 >= token.start && !listed(previous, WORD.nonNames) && !listed(previous, WORD.roleNouns) && !isHonorificWord(previous) && !previous.sentenceStart) continue;
      const after = tokens[i + surname.length];
      if (after && after.capitalised && after.isWord && after.region === token.region && after.start <= tokens[i + surname.length - 1]!.end + 1 && labels[i + surname.length] === null) continue;
      draft.mentions.push(spanOf(text, tokens, i, i + surname.length));
      mentioned[i] = 1;
      unread = i + surname.length;
      break;
    }
  }
  let id = 0;
  const result: PersonEntity[] = [];
  drafts.sort((a, b) => a.firstMention - b.firstMention);
  for (const draft of drafts) {
    draft.mentions.sort((a, b) => a.start - b.start);
    const mentions = dedupeSpans(draft.mentions);
    // A person has few forms: a search of the list costs less than a set per person.
    const aliases: string[] = [];
    for (const mention of mentions) {
      const form = singleSpaced(mention.text);
      // Tom "Tiny" Okonjo is written so once: his forms are Tom Okonjo and Tiny.
      if (form !== draft.name && !aliases.includes(form) && !QUOTED_FORM.test(form)) aliases.push(form);
    }
    // "Lady Gaga": a one-word name after a title of nobility is also known with it.
    const titled = draft.keys.length === 1 ? titledForm(tokens, mentions, lexicon) : null;
    if (titled !== null && titled !== draft.name && !aliases.includes(titled)) aliases.push(titled);
    const roles = new Set<string>();
    for (const role of draft.roles) {
      const clean = singleSpaced(role).trim();
      if (clean) roles.add(clean);
    }
    result.push({ id: id++, name: draft.name, aliases, roles: [...roles], mentions });
  }
  return result;
}

/** The first mention with the title of nobility written right before it ("Lady Gaga"), or null. */
function titledForm(tokens: Token[], mentions: readonly Span[], lexicon: Lexicon): string | null {
  for (const mention of mentions) {
    const at = tokenStartingAt(tokens, mention.start);
    const title = at > 0 ? tokens[at - 1]! : undefined;
    if (title && title.capitalised && title.region === tokens[at]!.region && title.end + 1 === mention.start && lexicon.nobleTitles.has(title.key)) return `${title.text} ${singleSpaced(mention.text)}`;
  }
  return null;
}

/**
 * "the Tarun Velkar-Castagne meeting", "Dupont-Martin talks": a name whose last word joins two
 * other people's surnames with a hyphen names the pair, not a third person.
 */
function namesPairOfPeople(draft: PersonDraft, drafts: readonly PersonDraft[]): boolean {
  const last = draft.keys[draft.keys.length - 1]!;
  const hyphen = last.indexOf("-");
  if (hyphen <= 0 || hyphen === last.length - 1) return false;
  const ownerOf = (surname: string) => drafts.find((other) => other !== draft && other.keys.length >= 2 && other.keys[other.keys.length - 1] === surname);
  const left = ownerOf(last.slice(0, hyphen));
  const right = ownerOf(last.slice(hyphen + 1));
  return left !== undefined && right !== undefined && left !== right;
}

/**
 * `text.replace(/\s+/g, " ")`, without the regex for the usual text: its only spaces are single
 * ASCII spaces.
 */
function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) continue;
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : code < 128 || isWideSpace(code)) return text.replace(/\s+/g, " ");
  }
  return text;
}

/** Whether a character beyond ASCII is one of those `\s` matches. */
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function dedupeSpans(spans: Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    if (previous && previous.start === span.start) continue;
    result.push(span);
  }
  return result;
}

/** The surname part of a full name: the words after the given names ("Le Drian", "al-Abadi"), without "Jr.". */
function surnameKeys(fullKeys: string[], lexicon: Lexicon): string[] {
  const keys = withoutSuffix(fullKeys);
  if (keys.length < 2) return [];
  if (keys.length === 2 && lexicon.familyNamesFirst.has(keys[0]!)) return [keys[0]!];
  let start = keys.length - 1;
  while (start > 1 && (lexicon.particles.has(keys[start - 1]!) || keys[start - 1] === "le" || keys[start - 1] === "la")) start--;
  return keys.slice(start);
}

/** Words before the reporters' names in a credit line ("Reporting by", "With assistance from", « Avec la collaboration de »). */
const CREDITS = new Set(["by", "from", "par", "de"]);

const ROYAL_TITLES = new Set(["prince", "princess", "princesse", "queen", "king", "roi", "reine", "emperor", "empereur", "imperatrice", "empress", "duke", "duc", "duchess", "duchesse", "sheikh", "cheikh", "emir", "sultan"]);

/** Tokens a parenthesis after a listed name may hold ("Celso Amorim (Exterior Relations)"). */
const MAX_GLOSS_TOKENS = 8;

/** The index just past a parenthesis opening at `open` in `region`, or -1 when it does not close soon. */
function pastParenthesis(tokens: Token[], open: number, region: number): number {
  if (tokens[open]?.text !== "(") return -1;
  for (let k = open + 1; k <= open + MAX_GLOSS_TOKENS && k < tokens.length && tokens[k]!.region === region; k++) {
    if (tokens[k]!.text === ")") return k + 1;
    if (tokens[k]!.text === "(") return -1;
  }
  return -1;
}

/** The index of the parenthesis opening the one that closes at `close`, or -1. */
function parenthesisOpening(tokens: Token[], close: number, region: number): number {
  if (tokens[close]?.text !== ")") return -1;
  for (let k = close - 1; k >= close - MAX_GLOSS_TOKENS && k >= 0 && tokens[k]!.region === region; k--) {
    if (tokens[k]!.text === "(") return k;
    if (tokens[k]!.text === ")") return -1;
  }
  return -1;
}

/**
 * Whether a list separator joins the candidate to a word of a person's name, on either side. In a
 * list whose names each carry a short parenthesis ("Roberto Rodrigues (Agriculture), Celso Amorim
 * (Exterior Relations)"), the parentheses stay out of the way; a parenthesis on one side only
 * ("St. Petersburg (Floride), Kevin Loibl") makes no list.
 */
function listedWithPerson(tokens: Token[], candidate: NameCandidate, personAt: Uint8Array, single: boolean): boolean {
  const region = tokens[candidate.from]!.region;
  const before = tokens[candidate.from - 1];
  // "ministre de la Défense, Oleksiï Reznikov": the complement of a preposition is no comma list item.
  if (before && before.region === region && CONNECTORS.has(before.key) && !LIST_JOINS.has(before.key)) return false;
  const glossed = pastParenthesis(tokens, candidate.to, region);
  let previousEnd = candidate.from - 2;
  if (glossed > 0) previousEnd = parenthesisOpening(tokens, previousEnd, region) - 1;
  const beforeThat = tokens[previousEnd];
  // A lone word joined by "et" to a full name (« Georges Dumont et Vooruit ») is no name for it; in a comma list, mononyms mix with full names (« Juliette Gréco, Dalida, … »).
  // A given name shares the surname after it (« Thierry et Véronique Roy »).
  const unlike = (join: Token, fullName: boolean) => single && fullName && join.text !== "," && !listed(tokens[candidate.from]!, WORD.firstNames);
  if (before && beforeThat && before.region === region && beforeThat.region === region && LIST_JOINS.has(before.key) && personAt[previousEnd] && !unlike(before, personAt[previousEnd - 1] === 1)) return true;
  const next = glossed > 0 ? glossed : candidate.to;
  const after = tokens[next];
  const afterThat = tokens[next + 1];
  if (!(after !== undefined && afterThat !== undefined && after.region === region && afterThat.region === region && LIST_JOINS.has(after.key) && personAt[next + 1] === 1)) return false;
  if (unlike(after, personAt[next + 2] === 1)) return false;
  if (glossed < 0) return true;
  let personEnd = next + 1;
  while (personAt[personEnd] === 1) personEnd++;
  return pastParenthesis(tokens, personEnd, region) > 0;
}

/**
 * Line-up lists: three lines or more in one paragraph that each hold only a name, maybe followed
 * by figures in parentheses ("Dumoulin (7 arrêts)").
 */
function rosterCandidates(text: string, tokens: Token[], candidates: NameCandidate[]): Set<NameCandidate> {
  const byRegion = new Map<number, NameCandidate[]>();
  for (const candidate of candidates) {
    if (candidate.to - candidate.from > 3) continue;
    const first = tokens[candidate.from]!;
    const last = tokens[candidate.to - 1]!;
    let lineStart = first.start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && first.start - lineStart < 4) lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    if (text.slice(lineStart, first.start).trim() !== "") continue;
    let lineEnd = last.end;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && lineEnd - last.end < 60) lineEnd++;
    if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) continue;
    if (!ROSTER_TAIL.test(text.slice(last.end, lineEnd))) continue;
    const list = byRegion.get(first.region) ?? [];
    list.push(candidate);
    byRegion.set(first.region, list);
  }
  const roster = new Set<NameCandidate>();
  for (const list of byRegion.values()) if (list.length >= 3) for (const candidate of list) roster.add(candidate);
  return roster;
}

const ROSTER_TAIL = /^\s*(?:\([^()\n]{0,50}\)\s*)?$/;
