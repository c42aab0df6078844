/** Sentences: splitting paragraphs at sentence ends, not at abbreviations, initials or clock times. */
import type { Paragraph } from "../../types.js";
import type { Sentence } from "../context.js";
import { UNDECIDED } from "../word-table.js";
import { isBmpLetter, isSpace } from "./chars.js";
import { lexicon } from "./lexicon.js";

/** Sentences of each paragraph; periods after abbreviations and initials do not end one. */
export function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    const content = paragraph.text;
    const length = content.length;
    let sentenceStart = 0;
    // Where each run of sentence-ending marks (".", "!", "?", "…") starts and ends, as `[.!?…]+`
    // would match it from `searchFrom`. Each mark's next place is found with indexOf, faster than
    // the regex, and kept until the reading passes it, so that the text is searched once per mark.
    let searchFrom = 0;
    let nextPeriod = -1;
    let nextExclamation = -1;
    let nextQuestion = -1;
    let nextEllipsis = -1;
    for (;;) {
      if (nextPeriod < searchFrom) nextPeriod = indexOrLength(content, ".", searchFrom);
      if (nextExclamation < searchFrom) nextExclamation = indexOrLength(content, "!", searchFrom);
      if (nextQuestion < searchFrom) nextQuestion = indexOrLength(content, "?", searchFrom);
      if (nextEllipsis < searchFrom) nextEllipsis = indexOrLength(content, "…", searchFrom);
      const runStart = Math.min(nextPeriod, nextExclamation, nextQuestion, nextEllipsis);
      if (runStart >= length) break;
      let runEnd = runStart + 1;
      while (runEnd < length && isSentenceEnd(content.charCodeAt(runEnd))) runEnd++;
      searchFrom = runEnd;
      let end = runEnd;
      while (end < length && isCloser(content.charCodeAt(end))) end++;
      // French spacing puts a space before the closing guillemet: « Nous verrons. »
      let spaced = end;
      while (spaced < length && isSpace(content.charCodeAt(spaced))) spaced++;
      if (spaced > end && (content.charCodeAt(spaced) === 0xbb || content.charCodeAt(spaced) === 0x203a)) end = spaced + 1;
      if (end < length && !isSpace(content.charCodeAt(end))) continue;
      let next = end;
      while (next < length && isSpace(content.charCodeAt(next))) next++;
      if (next >= length) break;
      if (!startsSentence(content.charCodeAt(next))) continue;
      if (end === runStart + 1 && content.charCodeAt(runStart) === 46 && isAbbreviation(content, runStart) && !clockEndsSentence(content, runStart, next)) continue;
      pushSentence(sentences, text, paragraph.start + sentenceStart, paragraph.start + end, paragraphIndex);
      sentenceStart = next;
      searchFrom = next;
    }
    pushSentence(sentences, text, paragraph.start + sentenceStart, paragraph.end, paragraphIndex);
  }
  return sentences;
}

/** Where `mark` next occurs in `content` from `from`, or the content's length when it does not. */
function indexOrLength(content: string, mark: string, from: number): number {
  const found = content.indexOf(mark, from);
  return found < 0 ? content.length : found;
}

/** ".", "!", "?", "…" */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** What may close a sentence after its period: », ”, ", ’, ', ), ], › */
function isCloser(code: number): boolean {
  return code === 0xbb || code === 0x201d || code === 34 || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0x203a;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, paragraphIndex: number): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end, paragraphIndex });
}

/** Per UTF-16 code: 0 not yet known, 1 may open a sentence, 2 not. */
const opensSentence = new Uint8Array(0x10000);

/** A digit, an opening quote, bracket or dash, or a capital letter. */
function startsSentence(code: number): boolean {
  let known = opensSentence[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const opens = (char >= "0" && char <= "9") || "«“\"‹‘'([—–-¿¡".includes(char) || (char !== char.toLowerCase() && char === char.toUpperCase());
    known = opens ? 1 : 2;
    opensSentence[code] = known;
  }
  return known === 1;
}

/** Whether the period at `dot` closes an abbreviation or an initial ("M.", "U.S.", "J.", "Jan."). */
const CLOCK_SUFFIX = /(?:^|[\s\d])[ap]\.m$/i;

const WORD_AT = /\p{L}+/uy;

/**
 * "…met at 2 p.m. He then left": the period of "a.m." or "p.m." also ends the sentence when a
 * function word opens the next ("He", "The"); before "Washington time" or "Friday" it does not.
 */
function clockEndsSentence(content: string, dot: number, next: number): boolean {
  if (!CLOCK_SUFFIX.test(content.slice(Math.max(0, dot - 4), dot))) return false;
  WORD_AT.lastIndex = next;
  const word = WORD_AT.exec(content)?.[0];
  // English words only: "a.m." is English, and "EST" is no French « est » after it.
  return word !== undefined && lexicon().functionWords.get(word.toLowerCase()) === "en";
}

function isAbbreviation(content: string, dot: number): boolean {
  let start = dot;
  let periods = false;
  for (; start > 0 && dot - start < 12; start--) {
    const code = content.charCodeAt(start - 1);
    if (code === 46) periods = true;
    else if (!isBmpLetter(code)) break;
  }
  if (start === dot) return false;
  if (periods) return INITIALS.test(content.slice(start, dot));
  if (dot - start === 1 && isUpperCaseAlone(content.charCodeAt(start))) return true;
  // Looked up in place: most words before a period are no abbreviation, and are not sliced.
  const { abbreviationTable, abbreviations } = lexicon();
  const found = abbreviationTable.find(content, start, dot);
  return found >= 0 || (found === UNDECIDED && abbreviations.has(content.slice(start, dot).toLowerCase()));
}

/** Initials before their last period ("U.S" of "U.S."): letters each followed by a period, then a letter. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Per UTF-16 code: 0 not yet known, 1 a character its upper case leaves as it is ("M", "É", "1"), 2 not. */
const upperCaseAlone = new Uint8Array(0x10000);

function isUpperCaseAlone(code: number): boolean {
  let known = upperCaseAlone[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char === char.toUpperCase() ? 1 : 2;
    upperCaseAlone[code] = known;
  }
  return known === 1;
}
