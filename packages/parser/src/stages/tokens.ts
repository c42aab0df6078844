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
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/uy;
const DOTTED_CAPITALS = /(?:\p{Lu}\.){2,}/uy;
const INITIAL = /\p{Lu}\.(?=[\s\-‐]|$)/uy;
const HYPHENED_INITIAL = /\p{Lu}\.-\p{Lu}\.(?=\s|$)/uy;
const ELISIONS = new Set(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "presqu", "quoiqu"]);
const CAPITAL_ELISIONS = new Set(["L", "D", "J", "N", "S", "C", "Qu", "Lorsqu", "Puisqu", "Jusqu"]);
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an|ben|bin|ibn|abu|abd|abdel|bou|ould|von|van|de|di|da|del|della|du|le|la|mc|mac|o)[-‐’']\p{Lu}/u;
const OPENERS = new Set(["«", "“", '"', "‹", "‘", ":", "(", "[", "—", "–", "-", "…"]);

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
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").replace(/‐/g, "-").toLowerCase();
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

function isUpper(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
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

function wordAt(text: string, position: number): RegExpExecArray | null {
  WORD.lastIndex = position;
  return WORD.exec(text);
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

function tokeniseRegion(
  text: string,
  from: number,
  to: number,
  region: number,
  sentenceStarts: StartCursor,
  tokens: Token[],
): void {
  let atSentenceStart = true;
  let lineBreak = false;
  let position = from;
  const push = (start: number, end: number, isWord: boolean, dotted = false) => {
    const value = text.slice(start, end);
    const first = value.charAt(0);
    const capitalised = isWord && (isUpper(first) || (value.length > 3 && hasJoiner(value) && GLUED_PARTICLE.test(value)));
    tokens.push({
      text: value,
      key: foldKey(value),
      start,
      end,
      isWord,
      capitalised,
      dotted,
      sentenceStart: isWord && atSentenceStart,
      region,
      lineBreakBefore: lineBreak,
      alsoLowercase: false,
    });
    lineBreak = false;
    if (isWord) atSentenceStart = false;
    else if (OPENERS.has(value)) atSentenceStart = true;
  };
  const { positions } = sentenceStarts;
  while (position < to) {
    while (sentenceStarts.next < positions.length && positions[sentenceStarts.next]! <= position) {
      if (positions[sentenceStarts.next] === position) atSentenceStart = true;
      sentenceStarts.next++;
    }
    const code = text.charCodeAt(position);
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009) {
      if (code === 10 || code === 13) lineBreak = true;
      position++;
      continue;
    }
    const dotted = matchDotted(text, position, to);
    if (dotted > 0) {
      push(position, position + dotted, true, true);
      position += dotted;
      continue;
    }
    const asciiEnd = asciiWordEnd(text, position);
    if (asciiEnd > 0 && asciiEnd <= to) {
      // No apostrophe: nothing elided, no possessive to split.
      const withPeriod = text.charCodeAt(asciiEnd) === 46 && asciiEnd < to && titleAbbreviations().has(foldKey(text.slice(position, asciiEnd)));
      const end = withPeriod ? asciiEnd + 1 : asciiEnd;
      push(position, end, true);
      position = end;
      continue;
    }
    // An ASCII character other than a letter or digit starts no word: no need to try the regex.
    const match = code < 128 && !isAsciiLetterOrDigit(code) ? null : wordAt(text, position);
    if (!match) {
      const width = code >= 0xd800 && code <= 0xdbff && position + 1 < to ? 2 : 1;
      push(position, position + width, false);
      position += width;
      continue;
    }
    let word = match[0];
    if (position + word.length > to) word = word.slice(0, to - position);
    let start = position;
    let apostrophe = word.indexOf("'");
    if (apostrophe < 0) apostrophe = word.indexOf("’");
    if (apostrophe > 0) {
      const prefix = word.slice(0, apostrophe);
      if (ELISIONS.has(prefix) || CAPITAL_ELISIONS.has(prefix)) {
        push(start, start + apostrophe + 1, true);
        start += apostrophe + 1;
        word = word.slice(apostrophe + 1);
      }
    }
    const possessive = word.length > 2 && word.charCodeAt(word.length - 1) === 115 && (word.charCodeAt(word.length - 2) === 39 || word.charCodeAt(word.length - 2) === 0x2019);
    if (possessive) {
      push(start, start + word.length - 2, true);
      push(start + word.length - 2, start + word.length, false);
    } else if (word.length > 0) {
      const withPeriod = text.charCodeAt(start + word.length) === 46 && start + word.length < to && titleAbbreviations().has(foldKey(word));
      push(start, start + word.length + (withPeriod ? 1 : 0), true);
      if (withPeriod) word += ".";
    }
    position = start + word.length;
  }
}
