/** Language detection: words read straight from the text and counts of each language's function words. */
import type { Language, Paragraph, Span } from "../../types.js";
import { UNDECIDED, lowerCode } from "../word-table.js";
import { FUNCTION_WORD_HASH_MASK, lexicon } from "./lexicon.js";
import { LETTER_OR_DIGIT, letterOrDigitWidth } from "./words.js";

/**
 * What a UTF-16 code is to `detectLanguage`'s reading of words: a letter or digit as its lower-case
 * code (above 0), 0 for any other character, or one of the codes below, read on the slow path.
 */
const NOT_YET_KNOWN = -1;

/** An apostrophe, period or hyphen: part of a word when a letter or digit follows ("d'un", "U.S"). */
const JOINER = -2;

/** The first half of a surrogate pair: a letter or digit with the half after it, or none. */
const HIGH_SURROGATE = -3;

/** A letter that lower-cases only with its neighbours (a capital sigma…): the word is looked up as a string. */
const UNDECIDED_LETTER = -4;

const languageCodes = new Int32Array(0x10000).fill(NOT_YET_KNOWN);

function languageCode(code: number): number {
  if (code === 39 || code === 0x2019 || code === 46 || code === 45) return JOINER;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (!LETTER_OR_DIGIT.test(String.fromCharCode(code))) return 0;
  const lower = lowerCode(code);
  return lower >= 0 ? lower : UNDECIDED_LETTER;
}

/** fr, en, or und: which language's function words dominate (first 3,000 characters of the body). */
export function detectLanguage(text: string, paragraphs: Paragraph[], title: Span | null): Language {
  const { functionWords, functionWordTable, functionWordLanguages, longestFunctionWord, functionWordHashes } = lexicon();
  let french = 0;
  let english = 0;
  let budget = 3_000;
  /** Counts the word `text[end - length, end)` when it is a function word; `hash` is its lower case's, as `WordTable.find` makes it, when `decided` (the filter may let others by). */
  const count = (end: number, length: number, hash: number, decided: boolean): void => {
    const found = decided ? functionWordTable.findHashed(text, end - length, end, hash) : UNDECIDED;
    const language = found >= 0 ? functionWordLanguages[found] : found === UNDECIDED ? functionWords.get(text.slice(end - length, end).toLowerCase()) : undefined;
    if (language === "fr") french++;
    else if (language === "en") english++;
  };
  for (let p = title ? -1 : 0; p < paragraphs.length && budget > 0; p++) {
    const piece = p < 0 ? title! : paragraphs[p]!;
    const limit = Math.min(piece.end, piece.start + budget, text.length);
    budget -= Math.max(0, limit - piece.start);
    // Words as `wordEnd` reads them, in one pass: the word read so far is the `length` codes
    // before `at`, and `hash` its lower case's unless `undecided` is 1.
    let length = 0;
    let hash = 0;
    let undecided = 0;
    for (let at = piece.start; at < limit; at++) {
      const code = text.charCodeAt(at);
      const known = languageCodes[code]!;
      if (known >= 0) {
        // Letters, digits and spaces without a branch on which: the one branch taken is at the end
        // of a word short enough to be a function word, whose hash the filter holds.
        const inWord = -known >>> 31;
        const ended = length & (inWord - 1);
        const endedShort = (-ended & (ended - longestFunctionWord - 1)) >>> 31;
        if ((endedShort & (functionWordHashes[hash & FUNCTION_WORD_HASH_MASK]! | undecided)) !== 0) count(at, ended, hash, undecided === 0);
        hash = (Math.imul(hash, 31) + known) & -inWord;
        length = (length + 1) & -inWord;
        undecided &= -inWord;
        continue;
      }
      if (known === NOT_YET_KNOWN) {
        languageCodes[code] = languageCode(code);
        at--;
        continue;
      }
      if (known === UNDECIDED_LETTER) {
        undecided = 1;
        length++;
        continue;
      }
      const width = at + 1 < limit ? letterOrDigitWidth(text, known === JOINER ? at + 1 : at, limit) : 0;
      if (known === JOINER && length > 0 && width > 0) {
        hash = (Math.imul(hash, 31) + code) | 0;
        length++;
      } else if (known === HIGH_SURROGATE && width === 2) {
        undecided = 1;
        length += 2;
        at++;
      } else if (length > 0) {
        if (length <= longestFunctionWord) count(at, length, hash, undecided === 0);
        length = 0;
        hash = 0;
        undecided = 0;
      }
    }
    if (length > 0 && length <= longestFunctionWord) count(limit, length, hash, undecided === 0);
  }
  return languageOfCounts(french, english);
}

/** The language that counts of French and English function words point to. */
export function languageOfCounts(french: number, english: number): Language {
  const total = french + english;
  // A document of a line or two may hold a single function word: it is all there is to go by.
  if (total === 1) return french === 1 ? "fr" : "en";
  if (total < 2) return "und";
  if (french >= 2 * english && french >= 2) return "fr";
  if (english >= 2 * french && english >= 2) return "en";
  return "und";
}
