/** Text helpers the attribution reads phrases with: words between white space, folded forms, sentence breaks. */
import { type Lexicon, startsUpperCase } from "../quotes/reporting-verbs.js";

/** The word with each "’" read as "'" (the replacement runs only where there is one). */
export function foldApostrophes(word: string): string {
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/** `text.slice(start, end).search(/\s/u)`: where the first white space is, from `start`; or -1. */
export function firstSpaceIn(text: string, start: number, end: number): number {
  for (let i = start; i < end && i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i - start;
  return -1;
}

/** `/^\s*,/u.test(text.slice(from, from + length))`: a comma after white space only, within `length` characters. */
export function commaAfter(text: string, from: number, length: number): boolean {
  const end = Math.min(text.length, from + length);
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 44;
}

/** `text.split(/\s+/u)`, read without a regular expression: the words between runs of white space. */
export function splitOnSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words.push(text.slice(start, i));
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    start = i;
  }
  words.push(text.slice(start));
  return words;
}

/** Whether the UTF-16 code is white space as `\s` reads it (space separators and line terminators). */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.split(/\s+|(?<=^l')/u)`: the words between runs of white space, an opening "l'" a word of its own. */
function elisionWords(text: string): string[] {
  if (text.length > 2 && text.startsWith("l'") && !isSpace(text.charCodeAt(2))) return ["l'", ...splitOnSpaces(text.slice(2))];
  return splitOnSpaces(text);
}

/** The phrase `lowerCaseWords` read last, and its words: the rules that try a phrase in turn read the same words. */
let wordedPhrase: string | null = null;
let lowerWords: string[] = [];
let foldedLowerWords: string[] = [];

/** The phrase's lower-case words between white space (with `folded`, "’" read as "'"); shared, so never to be changed. */
export function lowerCaseWords(phrase: string, folded: boolean): readonly string[] {
  if (phrase !== wordedPhrase) {
    const lowered = phrase.toLowerCase();
    lowerWords = splitOnSpaces(lowered);
    foldedLowerWords = lowered.includes("’") ? splitOnSpaces(lowered.replace(/’/g, "'")) : lowerWords;
    wordedPhrase = phrase;
  }
  return folded ? foldedLowerWords : lowerWords;
}

/** The text `descriptionWords` read last, and its words: several rules read the same description in turn. */
let describedText: string | null = null;
let describedWords: readonly string[] = [];

/** A description's words as they are compared: lower case, "’" read as "'", an opening "l'" apart ("l'élu" → "l'", "élu"). */
export function descriptionWords(text: string): readonly string[] {
  if (text !== describedText) {
    describedWords = elisionWords(foldApostrophes(text.toLowerCase()));
    describedText = text;
  }
  return describedWords;
}

/**
 * Whether the mention at `start` opens its sentence, as its subject does: another person who
 * spoke last gives way to one who has since become the subject ("Jim Doe watched. “…,” he said.").
 */
export function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  return i < 0 || ".!?\n".includes(text[i] as string);
}

/** Whether a sentence ends at `at`, white space after its mark: where /[.!?\n]\s/u matches. */
export function isSentenceBreak(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  return (mark === 46 || mark === 33 || mark === 63 || mark === 10) && isSpace(text.charCodeAt(at + 1));
}

/** An article right before a word, with the space after it or its elision ("la ", "l'"). */
export const ARTICLE_BEFORE = /(\p{L}+['’]|\p{L}+)\s*$/u;
/** Longest article with its space, in characters ("les ", "the "). */
export const MAX_ARTICLE_LENGTH = 5;
const WORD_RIGHT_AFTER = /^\s+([\p{L}'’]+)/u;

/** `WORD_RIGHT_AFTER` read at `from`: the regex runs only where white space opens the stretch. */
export function wordRightAfter(text: string, from: number): RegExpExecArray | null {
  return isSpace(text.charCodeAt(from)) ? WORD_RIGHT_AFTER.exec(text.slice(from, from + 40)) : null;
}

/** A locale's word list lower-cased, as a set: made once per list, not per quote. */
const lowerCaseSets = new WeakMap<readonly string[], Set<string>>();

export function lowerCaseSet(list: readonly string[]): Set<string> {
  let known = lowerCaseSets.get(list);
  if (!known) {
    known = new Set(list.map((word) => word.toLowerCase()));
    lowerCaseSets.set(list, known);
  }
  return known;
}

/** Whether a capital letter follows another character of the name (not a line break): `/.\p{Lu}/u.test(name)`, read from the table. */
export function hasInnerCapital(name: string): boolean {
  let previous = -1;
  for (let i = 0; i < name.length; ) {
    const code = name.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(name.charCodeAt(i + 1)) ? 2 : 1;
    if (previous >= 0 && !isLineTerminator(previous) && startsUpperCase(name.slice(i, i + width))) return true;
    previous = code;
    i += width;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The characters `.` does not match: line feed, carriage return, line and paragraph separators. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** Below this code, and in general punctuation, a character's accents come off on their own: its decomposition holds no mark that others would reorder. */
const FIRST_COMBINING_MARK = 0x300;
const GENERAL_PUNCTUATION_START = 0x2000;
const GENERAL_PUNCTUATION_END = 0x206f;
/** Those characters without their accents, lower-cased, by code (general punctuation after the rest); filled on first use. */
const unaccented: (string | undefined)[] = new Array(FIRST_COMBINING_MARK + GENERAL_PUNCTUATION_END - GENERAL_PUNCTUATION_START + 1).fill(undefined);

/** `text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()`, one character at a time where that gives the same. */
export function withoutAccents(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    ascii = false;
    if (code >= FIRST_COMBINING_MARK && (code < GENERAL_PUNCTUATION_START || code > GENERAL_PUNCTUATION_END)) return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  if (ascii) return text.toLowerCase();
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const slot = code < FIRST_COMBINING_MARK ? code : FIRST_COMBINING_MARK + code - GENERAL_PUNCTUATION_START;
    let piece = unaccented[slot];
    if (piece === undefined) {
      piece = text[i]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      unaccented[slot] = piece;
    }
    folded += piece;
  }
  return folded;
}

/** Whether the word is a number written in digits: `/^\d+$/u`. */
export function isNumber(word: string): boolean {
  if (word === "") return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A plural noun's ending: "avocats", "lawyers", "journaux". */
export const PLURAL_END = /[sx]$/u;

/** A phrase's lower-case words, without the punctuation that ends them. */
export function phraseWords(phrase: string): string[] {
  const words = splitOnSpaces(foldApostrophes(phrase.toLowerCase())).filter((word) => word !== "");
  // (Only a word that ends with punctuation has any to take off.)
  for (let k = 0; k < words.length; k++) if (PUNCTUATION_ENDS.has((words[k] as string).charCodeAt((words[k] as string).length - 1))) words[k] = (words[k] as string).replace(TRAILING_PUNCTUATION, "");
  return words;
}

export const TRAILING_PUNCTUATION = /[,;:.!?]+$/u;
/** The codes of the marks `TRAILING_PUNCTUATION` takes off. */
const PUNCTUATION_ENDS = new Set([",", ";", ":", ".", "!", "?"].map((mark) => mark.charCodeAt(0)));

/** Words that tie a noun to the one before as its complement, besides the genitives: "du", "des", "of". */
export const COMPLEMENT_ARTICLES = new Set(["du", "des", "of"]);

/** Words a phrase is read for, as `mayHoldWord` looks for them: null when lower-casing a stretch could hide one (a Greek sigma). */
export interface SoughtWords {
  words: readonly string[];
  longest: number;
}

/** A language's words of one kind, as `mayHoldWord` looks for them: made once per language. */
export function lexiconWords(known: WeakMap<Lexicon, SoughtWords | null>, lexicon: Lexicon, list: () => Iterable<string>): SoughtWords | null {
  let sought = known.get(lexicon);
  if (sought === undefined) {
    const words = [...list()];
    sought = words.some((word) => /[σς]/u.test(word)) ? null : { words, longest: Math.max(0, ...words.map((word) => word.length)) };
    known.set(lexicon, sought);
  }
  return sought;
}

/**
 * Whether a word starting in `text[from, before)` may be one of the sought words, as `foldedWord` reads it: each is
 * written there in lower case (lower case maps each character alone but for the Greek sigma).
 */
export function mayHoldWord(text: string, from: number, before: number, sought: SoughtWords | null): boolean {
  if (sought === null) return true;
  const lowered = foldApostrophes(text.slice(from, before + sought.longest).toLowerCase());
  return sought.words.some((word) => lowered.includes(word));
}

const foldedPhrases = new Map<string, string>();

export function foldPhrase(phrase: string, lexicon: Lexicon): string {
  const cached = foldedPhrases.get(phrase);
  if (cached !== undefined) return cached;
  const folded = foldPhraseUncached(phrase, lexicon);
  if (foldedPhrases.size > 10_000) foldedPhrases.clear();
  foldedPhrases.set(phrase, folded);
  return folded;
}

function foldPhraseUncached(phrase: string, lexicon: Lexicon): string {
  const words = phrase.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}']+/u);
  const kept = words.filter((word) => word !== "");
  while (kept.length > 0 && lexicon.articles.has(kept[0] as string)) kept.shift();
  if (kept[0]?.match(/^(?:l|d)'/)) kept[0] = (kept[0] as string).slice(2);
  return kept.join(" ");
}

/** `/^(?:l|d)['’]/iu.test(phrase)`: an elided article opens the phrase, in either case ("L'élu", "d’anciens"). */
export function opensWithArticleElision(phrase: string): boolean {
  const letter = phrase.charCodeAt(0);
  const mark = phrase.charCodeAt(1);
  return (letter === 108 || letter === 76 || letter === 100 || letter === 68) && (mark === 39 || mark === 0x2019);
}

/** `/^(?:l|d|qu)['’]/u.test(word)`: an elided article, preposition or pronoun opens the word. */
export function opensWithElision(word: string): boolean {
  const at = word.startsWith("qu") ? 2 : word.startsWith("l") || word.startsWith("d") ? 1 : -1;
  if (at < 0) return false;
  const code = word.charCodeAt(at);
  return code === 39 || code === 0x2019;
}
