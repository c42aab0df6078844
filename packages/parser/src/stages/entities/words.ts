/** The shapes the entity passes ask of a token (acronym, capitals, initials, name word) and the word sets and types several of them share. */
import type { Span } from "../../types.js";
import type { Token } from "../tokens.js";
import { HONORIFIC_WITH_PERIOD, type Lexicon, listed, WORD } from "./lexicon.js";

/** Auxiliaries that may stand between a name and its verb ("Valls a déclaré", "Obama has said"). */
export const AUXILIARIES = new Set(["a", "avait", "aurait", "est", "était", "s'", "se", "lui", "leur", "has", "had", "have", "was", "is", "also", "aussi", "then", "alors", "y"]);

/** The shape of a nationality noun ("Bermudienne", "Suissesse", "Hollandais") before a name. */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ienne|ien|aise|ais|aine|ain|esse|oise|ois|ote|ane|an|éen|éenne|ese|ish|ian)$/u;
/** Last letters of the endings of `DEMONYM_SHAPE`: e, n, s, h. */
const DEMONYM_SHAPE_LAST = new Set([101, 110, 115, 104]);

/** `DEMONYM_SHAPE.test(text)`; the first and last letters turn most words down before the regex. */
export function hasDemonymShape(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  return DEMONYM_SHAPE_LAST.has(lastCharCode(text)) && DEMONYM_SHAPE.test(text);
}

/** Prepositions inside a role phrase ("attaché de presse du chef de l'État", "Secretary of State"). */
export const PREPOSITIONS = new Set(["de", "d'", "du", "des", "à", "au", "aux", "of", "for", "to", "pour", "en", "in"]);
/** Articles merged with a preposition: they continue a role phrase, never open one. */
export const CONTRACTED_ARTICLES = new Set(["du", "des", "au", "aux"]);

/** Words that join the parts of a role or a name and can never end one. */
export const CONNECTORS = new Set(["de", "du", "des", "d'", "la", "le", "l'", "of", "the", "for", "et", "and", "a", "an", "un", "une", "en", "in", "au", "aux", "à"]);

/** What the stage decides each token is part of. */
export type Label = "person" | "organization" | "place" | "role" | null;

export interface NameCandidate {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Evidence that this is a person, not a thing: role, title, verb, known given name… */
  evidence: number;
  /** A courtesy title or a role word written in the name's group ("President Obama", "M. Haider"). */
  titled: boolean;
  roles: string[];
  /** Token indices [from, to) of a nickname in quotation marks inside the name (Tom "Tiny" Okonjo), marks included. */
  nickname?: [number, number];
  /** Characters of the last token after the name: the "-led" of "Dan Krieger-led". */
  adjectiveEnd?: number;
}

export interface Found {
  kind: "organization" | "place";
  name: string;
  country: string | null;
  from: number;
  to: number;
}

/** Marks per token (1 or 2), one array for each question the passes ask of every token. */
export interface TokenMarks {
  /** 2 for the words of a multi-word name candidate, 1 for a single capitalised word. */
  inName: Uint8Array;
  /** Words of a role phrase read by apposition. */
  inRole: Uint8Array;
  /** Words of an accepted person, then the starts of their mentions. */
  personAt: Uint8Array;
}

/** Storage for the marks, reused from one document to the next: clearing it costs less than allocating typed arrays per document. */
let markStore = new Uint8Array(0);

/** Clear marks for `tokenCount` tokens, valid until the next call. */
export function clearedMarks(tokenCount: number): TokenMarks {
  const size = 3 * tokenCount;
  if (markStore.length < size) markStore = new Uint8Array(Math.max(size, 2 * markStore.length));
  else markStore.fill(0, 0, size);
  return {
    inName: markStore.subarray(0, tokenCount),
    inRole: markStore.subarray(tokenCount, 2 * tokenCount),
    personAt: markStore.subarray(2 * tokenCount, size),
  };
}

const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** "OSCE", "AfCFTA", "U.N.": mostly capitals, not a roman numeral, not one letter. */
export function isAcronym(token: Token): boolean {
  const text = token.text;
  if (text.length < 2 || text.length > 8) return false;
  // Every acronym opens with a capital: most words are turned down here, before any regex.
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  // All but two characters are capitals: three lower-case letters turn a word down ("Paris").
  let lowercase = 0;
  for (let i = 1; i < text.length && lowercase <= 2; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) lowercase++;
  }
  if (lowercase > 2) return false;
  if (isRomanNumeral(text)) return false;
  if (token.dotted) return text.length >= 4 && DOTTED_ACRONYM.test(text);
  const upper = charactersChangedByLowerCase(text);
  return upper >= 2 && upper >= text.length - 2 && (first < 128 || STARTS_UPPER.test(text)) && !hasDigit(text);
}

/** `/^[IVXLCDM]+$/.test(text)`. */
function isRomanNumeral(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!ROMAN_NUMERAL_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

const ROMAN_NUMERAL_CODES = new Set([..."IVXLCDM"].map((letter) => letter.charCodeAt(0)));

/** `/\d/.test(text)`: an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 lower case leaves the character as it is, 2 it changes it. */
const bmpKeptByLowerCase = new Uint8Array(0x10000);

/** How many characters (code points) of `text` lower case changes, each read alone. */
function charactersChangedByLowerCase(text: string): number {
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) changed++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      if (pair !== pair.toLowerCase()) changed++;
      i++;
      continue;
    }
    let kept = bmpKeptByLowerCase[code]!;
    if (kept === 0) {
      const character = String.fromCharCode(code);
      kept = character.toLowerCase() === character ? 1 : 2;
      bmpKeptByLowerCase[code] = kept;
    }
    if (kept === 2) changed++;
  }
  return changed;
}

export function joinTokens(tokens: Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from && token.start > tokens[i - 1]!.end) text += " ";
    text += token.text;
  }
  return text;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 upper case leaves the character as it is, 2 it changes it. */
const bmpKeptByUpperCase = new Uint8Array(0x10000);

/**
 * `text === text.toUpperCase()`, without making any copy: upper case maps each character of the
 * basic plane on its own (a change, even to two letters as "ß" → "SS", changes its first), so the
 * answer per character is kept; a surrogate pair is left to the whole word's upper case.
 */
export function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code < 128) continue;
    if (code >= 0xd800 && code <= 0xdfff) return text === text.toUpperCase();
    let kept = bmpKeptByUpperCase[code]!;
    if (kept === 0) {
      const character = String.fromCharCode(code);
      kept = character.toUpperCase() === character ? 1 : 2;
      bmpKeptByUpperCase[code] = kept;
    }
    if (kept === 2) return false;
  }
  return true;
}

export function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * « Loïc KERGOAT », "Jane DOE": a word in capitals right after a known given name written in lower case
 * is the surname, as bylines and signatures write it, unless more capitals follow (a headline).
 */
export function isSurnameInCapitals(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const given = tokens[at - 1];
  const next = tokens[at + 1];
  if (!given || given.region !== word.region || !listed(given, WORD.firstNames) || isAllCapitals(given.text) || !isAllCapitals(word.text)) return false;
  return word.text.length > 3 && !word.dotted && !(next && next.region === word.region && next.isWord && isAllCapitals(next.text));
}

/**
 * "Vice President JD Vance", "Governor JB Pritzker": two capitals after a title, before a surname,
 * are the initials of given names, not an acronym.
 */
export function isInitialsOfGivenNames(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const title = tokens[at - 1];
  const surname = tokens[at + 1];
  if (word.text.length !== 2 || !title || !surname || title.region !== word.region || surname.region !== word.region) return false;
  return (listed(title, WORD.roleNouns) || isHonorificWord(title)) && surname.start === word.end + 1 && isNameWord(surname) && !isAllCapitals(surname.text) && !listed(surname, WORD.nonNames | WORD.organizationHeads);
}

/** A capital letter alone, without a period ("R" in "R D Ambekar"). */
export function isBareInitial(token: Token): boolean {
  return token.isWord && !token.dotted && token.text.length === 1 && token.capitalised;
}

/** Most initials a given name is written with ("A P J Kalam"). */
const MAX_BARE_INITIALS = 3;

/**
 * "R D Ambekar", "M K Pillai": how many initials without periods open a name at `at`, right
 * before a capitalised word inside `to`, or 0. One alone ("T Velkar") counts only when it is
 * no word or title ("A Velkar aide", "M Dupont").
 */
export function bareInitialsAt(tokens: Token[], at: number, to: number): number {
  let k = at;
  while (k < to && k - at < MAX_BARE_INITIALS && isBareInitial(tokens[k]!) && (k === at || tokens[k]!.start === tokens[k - 1]!.end + 1)) k++;
  const count = k - at;
  if (count === 0 || k >= to || tokens[k]!.start !== tokens[k - 1]!.end + 1 || !isCapitalisedWord(tokens[k]!.text)) return 0;
  return count === 1 && listed(tokens[at]!, WORD.nonNames | WORD.honorifics) ? 0 : count;
}

export function isNameWord(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return token.isWord && token.capitalised && !listed(token, WORD.months) && !(first >= 48 && first <= 57) && !(token.text.length > 3 && !token.dotted && isAllCapitals(token.text));
}

/** "Mr", "Mr.", "Mme", and the abbreviations that need their period ("Col.", "Gen."); not an acronym in capitals ("le MR", Belgium's party). */
export function isHonorificWord(token: Token): boolean {
  return listed(token, WORD.honorifics | HONORIFIC_WITH_PERIOD) && !(token.text.length >= 2 && ACRONYM_LETTERS.test(token.text));
}

const ACRONYM_LETTERS = /^\p{Lu}{2,}$/u;

/** A given name, or a hyphenated word whose first part is one ("Jean-Yves"). */
export function opensWithGivenName(token: Token, lexicon: Lexicon): boolean {
  const hyphen = token.key.indexOf("-");
  return hyphen > 0 ? lexicon.firstNames.has(token.key.slice(0, hyphen)) : listed(token, WORD.firstNames);
}

export function spanOf(text: string, tokens: Token[], from: number, to: number): Span {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

export function lastCharCode(text: string): number {
  return text.charCodeAt(text.length - 1);
}

export const LIST_JOINS = new Set([",", "et", "and", "ou", "or", "&"]);

export const CLOSING_QUOTES = new Set(["\"", "”", "»", "’", "›"]);

/** A capital and lower-case letters, marks, apostrophes or hyphens: "Dupont", "O’Neill". */
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/**
 * `CAPITALISED_WORD.test(text)`, decided by character codes for an ASCII word: no other ASCII
 * character is a capital, a lower-case letter or a mark.
 */
export function isCapitalisedWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 128 || text.length < 2) return CAPITALISED_WORD.test(text);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return CAPITALISED_WORD.test(text);
    if (!((code >= 97 && code <= 122) || code === 39 || code === 45)) return false;
  }
  return true;
}

export function previousWord(tokens: Token[], index: number): Token | undefined {
  const previous = tokens[index - 1];
  return previous && previous.region === tokens[index]?.region ? previous : undefined;
}

/**
 * "le Ministre de la Santé", "ministre du Travail": a word after a role noun and an article (de la,
 * de l', du, des) names the role's remit; "le conseiller de Macron", without one, names a person.
 */
export function namesRemitOfRole(tokens: Token[], at: number): boolean {
  const article = previousWord(tokens, at);
  if (!article) return false;
  let roleAt: number;
  if (article.key === "du" || article.key === "des") roleAt = at - 2;
  else if ((article.key === "la" || article.key === "l'") && previousWord(tokens, at - 1)?.key === "de") roleAt = at - 3;
  else return false;
  const role = tokens[roleAt];
  return role !== undefined && role.region === article.region && listed(role, WORD.roleNouns);
}

/** "X said", "X a déclaré", "X, 53, told": a speaking or acting verb within two words after. */
export function isPersonVerbAfter(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.region !== tokens[at]!.region) return false;
    if (listed(token, WORD.personVerbs)) return true;
    if (!token.isWord || !AUXILIARIES.has(token.key)) return false;
  }
  return false;
}
