import { locales } from "../locales/index.js";
import type { DocumentContext } from "./context.js";

/** A word or punctuation mark of the title or body, with its place in the document. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents removed, typographic apostrophes folded: the key for word lists. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (or is a name particle glued to one: "al-Abadi"). */
  capitalised: boolean;
  /** A capital letter and a period ("E."), or dotted capitals ("U.S."). */
  dotted: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  sentenceStart: boolean;
  /** Which piece of text it belongs to (title = 0, paragraphs after): names never span two. */
  region: number;
  /** A line break stands between this token and the one before it. */
  lineBreakBefore: boolean;
  /** The document also writes this word in lower case: a common word, not a name (set by the entity stage). */
  alsoLowercase: boolean;
  /** The word lists of the entity lexicon that hold this word, as bits (set by the entity stage). */
  listedIn: number;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const DOTTED_CAPITALS = /(?:\p{Lu}\.){2,}/uy;
const INITIAL = /\p{Lu}\.(?=[\s\-‐]|$)/uy;
const HYPHENED_INITIAL = /\p{Lu}\.-\p{Lu}\.(?=\s|$)/uy;
const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "presqu", "quoiqu"]);
const CAPITAL_ELISIONS = new Set(["L", "D", "J", "N", "S", "C", "Qu", "Lorsqu", "Puisqu", "Jusqu"]);
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an|ben|bin|ibn|abu|abd|abdel|bou|ould|von|van|de|di|da|del|della|du|le|la|mc|mac|o)[-‐’']\p{Lu}/u;
/** Marks after which any word is capitalised, as one-character tokens. */
const OPENER_CODES = new Set([..."«“\"‹‘:([—–-…"].map((char) => char.charCodeAt(0)));

const keyCache = new Map<string, string>();

let titleAbbreviationSet: Set<string> | null = null;

/** Courtesy titles that keep their period ("Mr.", "Dr."), folded without it (built on first use). */
function titleAbbreviations(): Set<string> {
  if (!titleAbbreviationSet) {
    titleAbbreviationSet = new Set<string>();
    for (const locale of Object.values(locales)) {
      for (const title of locale.entities.honorifics) titleAbbreviationSet.add(foldKey(title.replace(/\.$/, "")));
    }
  }
  return titleAbbreviationSet;
}

/**
 * Below the Greek block, a word's key is its characters' keys put together: decomposition, mark
 * removal and lower case map one character at a time there (Greek's final sigma does not).
 */
const FOLDABLE_ONE_BY_ONE = 0x370;
/** Keys of single characters by UTF-16 code (filled on first use). */
const characterKeys = new Array<string | undefined>(0x10000).fill(undefined);

function characterKey(code: number): string {
  return (characterKeys[code] ??= foldUnicode(String.fromCharCode(code)));
}

/** The key of `text` read character by character, or null when a character needs the whole word. */
function foldByCharacters(text: string): string | null {
  let key = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLDABLE_ONE_BY_ONE || code === 0x2018 || code === 0x2019 || code === 0x2010) key += characterKey(code);
    else if (text.length === 1) return characterKey(code);
    else return null;
  }
  return key;
}

function foldUnicode(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").replace(/‐/g, "-").toLowerCase();
}

/** The folded form used for every word-list lookup. */
export function foldKey(text: string): string {
  let plain = true;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) {
      plain = false;
      break;
    }
    if (code >= 65 && code <= 90) upper = true;
  }
  if (plain) return upper ? text.toLowerCase() : text;
  const byCharacters = foldByCharacters(text);
  if (byCharacters !== null) return byCharacters;
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = foldUnicode(text);
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

const UPPER = /\p{Lu}/u;

/** A hyphen or apostrophe among the first letters, as in "al-Abadi" or "d’Estaing". */
function hasJoiner(value: string): boolean {
  for (let i = 1; i < 8 && i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 45 || code === 39 || code === 0x2019 || code === 0x2010) return true;
  }
  return false;
}

function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(value.charAt(0));
}

/** Tokens of the title and every paragraph, in document order. */
export function tokenise(ctx: DocumentContext): Token[] {
  const tokens: Token[] = [];
  const starts: number[] = ctx.sentences.map((sentence) => sentence.start);
  const regions: Array<{ start: number; end: number }> = [];
  if (ctx.title && ctx.title.end <= ctx.text.length && ctx.title.start < ctx.title.end) regions.push(ctx.title);
  for (const paragraph of ctx.paragraphs) {
    starts.push(paragraph.start);
    regions.push(paragraph);
  }
  starts.sort((a, b) => a - b);
  const sentenceStarts = { positions: starts, next: 0 };
  regions.forEach((region, regionIndex) => {
    tokeniseRegion(ctx.text, region.start, region.end, regionIndex, sentenceStarts, tokens);
  });
  return tokens;
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * End of the word at `position` when it is plain ASCII and ends before any character `WORD` could
 * go on with (a joiner or a non-ASCII letter), else -1: most words, read without the regex.
 */
function asciiWordEnd(text: string, position: number): number {
  if (!isAsciiLetterOrDigit(text.charCodeAt(position))) return -1;
  let end = position + 1;
  while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
  const next = text.charCodeAt(end);
  return next >= 128 || next === 39 || next === 45 ? -1 : end;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const bmpWordCharacter = new Uint8Array(0x10000);

/** Width in code units of the letter, mark or digit at `at`, or 0. */
function wordCharacterWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(at, at + 2);
    return pair.length === 2 && WORD_CHARACTER.test(pair) ? 2 : 0;
  }
  let known = bmpWordCharacter[code]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(text.charAt(at)) ? 1 : 2;
    bmpWordCharacter[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * End of the word at `position` (letters, marks and digits, joined by an apostrophe or hyphen
 * followed by more of them), or `position` when no word starts there.
 */
function wordEndAt(text: string, position: number): number {
  let end = position;
  for (;;) {
    for (let width = wordCharacterWidth(text, end); width > 0; width = wordCharacterWidth(text, end)) end += width;
    if (end === position) return end;
    const joiner = text.charCodeAt(end);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 0x2010) && end + 1 < text.length && wordCharacterWidth(text, end + 1) > 0) end++;
    else return end;
  }
}

/** Sentence start positions in ascending order, read with a cursor as the tokeniser moves on. */
interface StartCursor {
  positions: number[];
  next: number;
}

/** Length of an initial or dotted capitals at `position`, or 0. */
const DOTTED_PATTERNS = [HYPHENED_INITIAL, DOTTED_CAPITALS, INITIAL];

function matchDotted(text: string, position: number, to: number): number {
  if (text.charCodeAt(position + 1) !== 46) return 0;
  for (const pattern of DOTTED_PATTERNS) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match && position + match[0].length <= to) return match[0].length;
  }
  return 0;
}

/** Where the tokeniser stands in a region: what the next token inherits from the text before it. */
interface RegionState {
  text: string;
  region: number;
  atSentenceStart: boolean;
  lineBreak: boolean;
  tokens: Token[];
}

function pushToken(state: RegionState, start: number, end: number, isWord: boolean, dotted: boolean): void {
  const value = state.text.slice(start, end);
  const capitalised = isWord && (startsUpper(value) || (value.length > 3 && hasJoiner(value) && GLUED_PARTICLE.test(value)));
  state.tokens.push({
    text: value,
    key: foldKey(value),
    start,
    end,
    isWord,
    capitalised,
    dotted,
    sentenceStart: isWord && state.atSentenceStart,
    region: state.region,
    lineBreakBefore: state.lineBreak,
    alsoLowercase: false,
    listedIn: 0,
  });
  state.lineBreak = false;
  if (isWord) state.atSentenceStart = false;
  else if (end - start === 1 && OPENER_CODES.has(value.charCodeAt(0))) state.atSentenceStart = true;
}

/**
 * `pushToken` for a word of ASCII letters and digits (and maybe a title's period): no joiner, so
 * no glued particle, and a key that is the word itself unless it has capitals.
 */
function pushAsciiWord(state: RegionState, start: number, end: number): void {
  const text = state.text;
  let capitals = false;
  for (let i = start; i < end && !capitals; i++) {
    const code = text.charCodeAt(i);
    capitals = code >= 65 && code <= 90;
  }
  const value = text.slice(start, end);
  const first = text.charCodeAt(start);
  state.tokens.push({
    text: value,
    key: capitals ? value.toLowerCase() : value,
    start,
    end,
    isWord: true,
    capitalised: first >= 65 && first <= 90,
    dotted: false,
    sentenceStart: state.atSentenceStart,
    region: state.region,
    lineBreakBefore: state.lineBreak,
    alsoLowercase: false,
    listedIn: 0,
  });
  state.lineBreak = false;
  state.atSentenceStart = false;
}

function tokeniseRegion(
  text: string,
  from: number,
  to: number,
  region: number,
  sentenceStarts: StartCursor,
  tokens: Token[],
): void {
  const state: RegionState = { text, region, atSentenceStart: true, lineBreak: false, tokens };
  const titles = titleAbbreviations();
  let position = from;
  const { positions } = sentenceStarts;
  while (position < to) {
    while (sentenceStarts.next < positions.length && positions[sentenceStarts.next]! <= position) {
      if (positions[sentenceStarts.next] === position) state.atSentenceStart = true;
      sentenceStarts.next++;
    }
    const code = text.charCodeAt(position);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009) {
      if (code === 10 || code === 13) state.lineBreak = true;
      position++;
      continue;
    }
    const dotted = matchDotted(text, position, to);
    if (dotted > 0) {
      pushToken(state, position, position + dotted, true, true);
      position += dotted;
      continue;
    }
    const asciiEnd = asciiWordEnd(text, position);
    if (asciiEnd > 0 && asciiEnd <= to) {
      // No apostrophe: nothing elided, no possessive to split.
      const withPeriod = text.charCodeAt(asciiEnd) === 46 && asciiEnd < to && titles.has(foldKey(text.slice(position, asciiEnd)));
      const end = withPeriod ? asciiEnd + 1 : asciiEnd;
      pushAsciiWord(state, position, end);
      position = end;
      continue;
    }
    // An ASCII character other than a letter or digit starts no word: no need to try the regex.
    const wordEnd = code < 128 && !isAsciiLetterOrDigit(code) ? position : wordEndAt(text, position);
    if (wordEnd === position) {
      const width = code >= 0xd800 && code <= 0xdbff && position + 1 < to ? 2 : 1;
      pushToken(state, position, position + width, false, false);
      position += width;
      continue;
    }
    let word = text.slice(position, wordEnd);
    if (position + word.length > to) word = word.slice(0, to - position);
    const afterWord = position + word.length;
    const apostropheAfter = text.charCodeAt(afterWord);
    // "la ville d' Eagle Pass", "l' homme": an elision parted from its word by a space is still one.
    if ((apostropheAfter === 39 || apostropheAfter === 0x2019) && afterWord + 1 < to && (ELISIONS.has(word) || CAPITAL_ELISIONS.has(word))) {
      const next = text.charCodeAt(afterWord + 1);
      if (next === 32 || next === 0xa0 || next === 9) {
        pushToken(state, position, afterWord + 1, true, false);
        position = afterWord + 1;
        continue;
      }
    }
    let start = position;
    let apostrophe = word.indexOf("'");
    if (apostrophe < 0) apostrophe = word.indexOf("’");
    if (apostrophe > 0) {
      const prefix = word.slice(0, apostrophe);
      if (ELISIONS.has(prefix) || CAPITAL_ELISIONS.has(prefix)) {
        pushToken(state, start, start + apostrophe + 1, true, false);
        start += apostrophe + 1;
        word = word.slice(apostrophe + 1);
      }
    }
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word.charCodeAt(word.length - 2) === 39 || word.charCodeAt(word.length - 2) === 0x2019);
    if (possessive) {
      pushToken(state, start, start + word.length - 2, true, false);
      pushToken(state, start + word.length - 2, start + word.length, false, false);
    } else if (word.length > 0) {
      const withPeriod = text.charCodeAt(start + word.length) === 46 && start + word.length < to && titles.has(foldKey(word));
      pushToken(state, start, start + word.length + (withPeriod ? 1 : 0), true, false);
      if (withPeriod) word += ".";
    }
    position = start + word.length;
  }
}
