/** Whether a name is a sentence's subject: opening a clause, in apposition to its title, or after an adjunct. */
import type { QuoteEvidence } from "../quotes/index.js";
import { type Lexicon, startsLowerCase } from "../quotes/reporting-verbs.js";
import type { NamedMention } from "./speakers.js";
import { commaAfter, firstSpaceIn, foldApostrophes, isSentenceBreak, isSpace, opensSentence, wordRightAfter } from "./text.js";

/**
 * Whether the mention at `start` opens its sentence as its subject, perhaps behind a short adjunct and its comma
 * ("Lundi 23 janvier, Trump a signé …", "On Monday, Hale signed …"): then its verb follows it.
 */
export function opensClause(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (opensSentence(text, start)) return true;
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (text[i] !== ",") return false;
  const from = Math.max(0, i - LEAD_ADJUNCT_WINDOW);
  let words = 0;
  for (let k = i - 1; k >= from; k--) {
    const mark = text[k] as string;
    if (mark === "," || mark === ";" || mark === ":" || mark === "«" || mark === "“" || mark === '"') return false;
    if ((k === 0 || isSpace(text.charCodeAt(k - 1))) && !isSpace(text.charCodeAt(k))) words++;
    if (k === 0 || text[k - 1] === "\n" || isSentenceBreak(text, k - 1)) return words <= MAX_ADJUNCT_WORDS && isVerbLike(wordRightAfter(text, end)?.[1] ?? "", lexicon);
  }
  return false;
}

/** Characters read back for an adjunct before a sentence's subject ("Lundi 23 janvier, "). */
const LEAD_ADJUNCT_WINDOW = 60;

/** The title before a name in apposition, then the name, then a comma and the word after it. */
// ("Le maillot jaune, le Norvégien Lars Dahl, …": a determiner and a capitalised demonym or title may stand before the name.)
const TITLE_BEFORE = /(?:^|[.!?\n]\s*|,\s*)([\p{L}'’]+)[^,.!?\n«»“”"]{0,80},\s*(?:\p{Ll}+\s+\p{Lu}[\p{L}'’-]*\s+)?$/u;
const WORD_AFTER = /^\s*,\s*([\p{L}'’]+)/u;

/**
 * Whether a name is the subject of its sentence in apposition to a title that opens the clause
 * ("Son entraîneur, Julien Castex, loue …", "À Téhéran, le porte-parole, Esmaïl Baghaï, s'est
 * montré …"): a determiner opens the title, and a verb (not a relative, a preposition, a date) follows.
 */
export function isSubjectInApposition(text: string, mention: NamedMention, lexicon: Lexicon, roles: readonly string[]): boolean {
  if (isTitledSubject(text, mention, lexicon, roles)) return true;
  // "The mayor, Karen Holt, who did not vote, welcomed …": the relative clause on the name stands before the verb.
  const relative = setOffAfterName(text, mention.end, lexicon, false);
  const after = relative > 0 ? wordRightAfter(text, mention.end + relative) : commaAfter(text, mention.end, 40) ? WORD_AFTER.exec(text.slice(mention.end, mention.end + 40)) : null;
  if (!isVerbLike(after?.[1] ?? "", lexicon)) return false;
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 100), mention.start));
  const opener = foldApostrophes(before?.[1]?.toLowerCase() ?? "");
  // "Norvik's chief executive, Victor Hale, …": a name's possessive determines the title as an article does.
  return lexicon.articles.has(opener) || lexicon.possessives.has(opener) || /^(?:l|d)'/u.test(opener) || /\p{L}'s$/u.test(opener);
}

/** A sentence opening with a determiner and a title's words, up to the name: "La réalisatrice ", "Son avocat ", « Le Premier ministre ». */
// (An elided article makes one word of the article and the title: "L’écologiste Nadia Ferhat observe …".)
const TITLE_OPENING = /(?:^|[.!?:\n]\s*)(?:([\p{Lu}][\p{L}'’]*)(?:\s+[\p{L}][\p{L}'’-]*){1,4}|([LD]['’]\p{Ll}[\p{L}'’-]*)(?:\s+[\p{Ll}][\p{L}'’-]*){0,3})\s+$/u;
/** A relative clause set off by commas right after a name: ", who chairs the trust,", ", qui préside l'association,". */
const RELATIVE_SET_OFF = /^\s*,\s*([\p{L}]+)[^,.;!?«»“”"\n]{1,100},/u;

/**
 * Whether a name opens its sentence behind its title, then its verb: "La réalisatrice Camille Hervé présente …",
 * "Former minister Alastair Boyd, who lives there, spoke …" (a title without article is one the text gives the person).
 */
function isTitledSubject(text: string, mention: NamedMention, lexicon: Lexicon, roles: readonly string[]): boolean {
  // "Retired judge Maria Cole, who chairs the trust, backed …", « Le docteur Loïc Tanguy, chef du service, a été … ».
  let verbFrom = mention.end + setOffAfterName(text, mention.end, lexicon, true);
  let next = wordRightAfter(text, verbFrom);
  // ("Trade Minister Paul Varley on Monday held …": a time between the name and its verb.)
  for (let words = 0; words < MAX_TIME_WORDS && next && lexicon.audience.has(foldApostrophes((next[1] as string).toLowerCase())) && !lexicon.articles.has((next[1] as string).toLowerCase()); words++) {
    verbFrom += next[0].length;
    next = wordRightAfter(text, verbFrom);
  }
  if (!isVerbLike(next?.[1] ?? "", lexicon)) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const title = TITLE_OPENING.exec(before);
  const opener = foldApostrophes((title?.[1] ?? title?.[2])?.toLowerCase() ?? "");
  if (lexicon.articles.has(opener) || lexicon.possessives.has(opener) || /^(?:l|d)'/u.test(opener)) return true;
  const written = title ? title[0].replace(/^[.!?:\s]+/u, "").trim().toLowerCase() : "";
  return written !== "" && roles.includes(written);
}

/** Time words read past between a titled name and its verb ("on Monday", « mardi soir »), at most. */
const MAX_TIME_WORDS = 3;

/** How far after a name its relative clause and verb are read, in characters. */
const RELATIVE_WINDOW = 160;

/**
 * The length of a relative clause set off by commas right after a name (", who chairs the trust,"), or with
 * `apposition` of any lower-case apposition (", chef du service,"); 0 when none.
 */
function setOffAfterName(text: string, end: number, lexicon: Lexicon, apposition: boolean): number {
  // (The clause opens with a comma: without one the regex need not run.)
  const setOff = commaAfter(text, end, RELATIVE_WINDOW) ? RELATIVE_SET_OFF.exec(text.slice(end, end + RELATIVE_WINDOW)) : null;
  const first = setOff?.[1] ?? "";
  const word = first.toLowerCase();
  const relative = lexicon.relativePronouns.has(word) && !lexicon.complementizers.has(word) && !lexicon.locativeRelatives.has(word);
  const apposed = apposition && startsLowerCase(first) && !lexicon.functionWords.has(word) && !lexicon.relativePronouns.has(word);
  return setOff && (relative || apposed) ? setOff[0].length : 0;
}

/** Whether a word after a subject can be its verb: an auxiliary or copula, or a lower-case word that is no grammatical word. */
function isVerbLike(word: string, lexicon: Lexicon): boolean {
  const folded = foldApostrophes(word.toLowerCase());
  if (folded === "" || !startsLowerCase(word)) return false;
  if (lexicon.auxiliaries.has(folded) || lexicon.copulas.has(folded)) return true;
  return !(lexicon.functionWords.has(folded) || lexicon.relativePronouns.has(folded) || lexicon.prepositions.has(folded) || lexicon.audience.has(folded) || lexicon.articles.has(folded));
}

/** A circumstance before an inverted speaker is short (« à la barre », "devant la commission d'enquête"). */
const MAX_ADJUNCT_WORDS = 6;

/**
 * Where the speaker starts after a place or circumstance written between an inverted verb and it
 * (« a répété à la barre l'accusé », « a plaidé devant le tribunal son avocate »): a preposition,
 * its noun, then an article or possessive that opens the speaker. `start` when the phrase does not open so.
 */
export function afterAdjunct(text: string, start: number, end: number, lexicon: Lexicon): number {
  const firstSpace = firstSpaceIn(text, start, end);
  if (!lexicon.prepositions.has(text.slice(start, firstSpace < 0 ? end : start + firstSpace).toLowerCase())) return start;
  const words = [...text.slice(start, end).matchAll(/\S+/gu)];
  // "des", "du" after a noun open its complement ("le syndicat des enseignants"), not a new phrase.
  const determiner = (word: string) => (lexicon.articles.has(word) || lexicon.possessives.has(word)) && !lexicon.prepositions.has(word);
  for (let k = 2; k < words.length && k <= MAX_ADJUNCT_WORDS; k++) {
    const word = foldApostrophes((words[k] as RegExpMatchArray)[0].toLowerCase());
    const before = (words[k - 1] as RegExpMatchArray)[0].toLowerCase();
    const opens = (determiner(word) && k < words.length - 1) || /^l'./u.test(word);
    if (opens && !determiner(before) && !lexicon.functionWords.has(before)) return start + ((words[k] as RegExpMatchArray).index ?? 0);
  }
  return start;
}

/** An article and capitalised words at most, between an adjunct's comma and a name: "the United States |Supreme Court". */
const BEFORE_NAME = /^\s*,\s*(?:(\p{Ll}+)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The mention that opens the clause after the evidence phrase when that phrase is only an adjunct opened by a preposition
 * and closed by a comma ("On Tuesday, the Harlow Water Board issued …"), with its verb after it; undefined otherwise.
 */
export function subjectAfterAdjunct(text: string, entry: QuoteEvidence, inside: readonly NamedMention[], lexicon: Lexicon): NamedMention | undefined {
  const space = firstSpaceIn(text, entry.phraseStart, entry.phraseEnd);
  if (space <= 0 || !lexicon.prepositions.has(text.slice(entry.phraseStart, entry.phraseStart + space).toLowerCase()) || !commaAfter(text, entry.phraseEnd, 3)) return undefined;
  const named = inside.find((mention) => mention.start >= entry.phraseEnd);
  if (!named || named.start - entry.phraseEnd > MAX_BEFORE_NAME) return undefined;
  const before = BEFORE_NAME.exec(text.slice(entry.phraseEnd, named.start));
  if (!before || (before[1] !== undefined && !lexicon.articles.has(before[1]))) return undefined;
  return isVerbLike(wordRightAfter(text, named.end)?.[1] ?? "", lexicon) ? named : undefined;
}

/** Characters between an adjunct's end and the name after it, at most. */
const MAX_BEFORE_NAME = 60;
