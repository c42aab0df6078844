/** The body's sentences as the stage reads them (a quotation never splits one), and the character tests that find their ends. */
import type { DocumentContext } from "../context.js";
import type { MarkedQuote } from "./quote-marks.js";
import { codePointStart, foldedWord, letterOrDigitLength, type Lexicon, type SpeechToken, startsLowerCase } from "./reporting-verbs.js";
import { UNDECIDED } from "../word-table.js";
import { MAX_SENTENCE_TOKENS } from "./limits.js";

/** A sentence of the body, quotations kept whole. */
export interface SpeechSentence {
  start: number;
  end: number;
  /** Index of the first quotation that opens in it. */
  firstQuote: number;
}

export const SENTENCE_END = /[.!?…]/;
const SENTENCE_BREAK = /[.!?…\n]/g;

/**
 * `pattern.test(char)` for one UTF-16 code, remembered per code: the sentence splitter asks it of
 * every character around a sentence end.
 */
function codeTest(pattern: RegExp): (char: string) => boolean {
  const known = new Uint8Array(0x10000);
  return (char) => {
    const code = char.charCodeAt(0);
    if (known[code] === 0) known[code] = pattern.test(char) ? 2 : 1;
    return known[code] === 2;
  };
}

const isSentenceEnd = codeTest(SENTENCE_END);
export const isSpace = codeTest(/\s/u);
const isLineSpace = codeTest(/[\s\u00a0\u202f]/);
const isCapitalOrDigit = codeTest(/[\p{Lu}\p{N}]/u);
const isLetterOrPeriod = codeTest(/[\p{L}.]/u);
export const isCapital = codeTest(/\p{Lu}/u);

const OPENING_MARKS = "«“\"‹‘([";

/** Longest stretch between two sentences read as one paragraph's, in characters: more is no sentence gap. */
const MAX_SENTENCE_GAP = 16;

/** Whether no line break stands between a sentence ending at `end` and one starting at `start`. */
export function sameParagraph(text: string, end: number, start: number): boolean {
  if (start - end > MAX_SENTENCE_GAP) return false;
  for (let i = end; i < start; i++) if (text[i] === "\n") return false;
  return true;
}

/** Where the first piece of an overlong sentence ends among its tokens: after a comma or semicolon in the second half of the bound, else at the bound. */
export function pieceEnd(tokens: readonly SpeechToken[]): number {
  for (let j = MAX_SENTENCE_TOKENS - 1; j > MAX_SENTENCE_TOKENS / 2; j--) {
    const word = (tokens[j] as SpeechToken).word;
    if (word === "," || word === ";") return j + 1;
  }
  return MAX_SENTENCE_TOKENS;
}

/** The body's sentences; a quotation never splits, and one running over paragraphs joins them. */
export function speechSentences(ctx: DocumentContext, marked: readonly MarkedQuote[], lexicon: Lexicon): SpeechSentence[] {
  const text = ctx.text;
  const datelineEnd = ctx.dateline?.end ?? 0;
  const ranges = ctx.paragraphs.length > 0 ? ctx.paragraphs.map((p) => [Math.max(p.start, Math.min(datelineEnd, p.end)), p.end] as const) : [[0, text.length] as const];
  const sentences: SpeechSentence[] = [];
  let q = 0;
  let reached = 0;
  let following = 0;
  let breakAt = -1;
  for (const [from, paragraphEnd] of ranges) {
    if (paragraphEnd <= reached) continue;
    let start = Math.max(from, reached);
    while (q < marked.length && (marked[q] as MarkedQuote).open < start) q++;
    let firstQuote = q;
    let end = paragraphEnd;
    const cut = (at: number, next: number) => {
      if (at > start) sentences.push({ start, end: at, firstQuote });
      start = next;
      firstQuote = q;
    };
    for (let i = start; i < end; i++) {
      const quote = marked[q];
      // Jump to the next character that can matter: a quotation, a sentence end or a line break.
      const nextQuote = quote !== undefined && quote.open < end ? quote.open : end;
      if (breakAt < i) {
        SENTENCE_BREAK.lastIndex = i;
        // `test` leaves `lastIndex` after the one-character match, and makes no match object.
        breakAt = SENTENCE_BREAK.test(text) ? SENTENCE_BREAK.lastIndex - 1 : text.length;
      }
      i = Math.min(nextQuote, breakAt, end);
      if (i >= end) break;
      if (quote !== undefined && quote.open === i) {
        q++;
        if (quote.close > end) {
          // The quotation runs into a later paragraph: the sentence goes on to that paragraph's end.
          while (following < ranges.length && (ranges[following] as readonly [number, number])[1] < quote.close) following++;
          end = Math.max(quote.close, ranges[following]?.[1] ?? quote.close);
        }
        i = quote.close - 1;
        let before = quote.open - 1;
        while (before >= start && isSpace(text[before] as string)) before--;
        const opensSentence = before < start;
        const endsInside = SENTENCE_END.test(text[quote.end - 1] ?? "") || (text[quote.end - 1] === "]" && SENTENCE_END.test(text[quote.end - 2] ?? ""));
        if (endsInside && startsSentence(text, quote.close) && !(opensSentence && speakerFollows(text, quote.close, lexicon))) {
          cut(quote.close, quote.close);
        }
        continue;
      }
      const char = text[i] as string;
      if (char === "\n") {
        cut(i, i + 1);
        continue;
      }
      // "… avec le président Trump.« La conversation … »": a quotation glued to the period still opens a sentence.
      const gluedQuotation = quote !== undefined && quote.open === i + 1 && (text[i + 1] === "«" || text[i + 1] === "“");
      if (isSentenceEnd(char) && (startsSentence(text, i + 1) || gluedQuotation) && !isAbbreviation(text, i, lexicon)) cut(i + 1, i + 1);
    }
    cut(end, end);
    reached = end;
  }
  return sentences;
}

/** Whether a short name and a reporting verb follow index `i` ("“…!” Macron told the world"). */
function speakerFollows(text: string, i: number, lexicon: Lexicon): boolean {
  const words = /\s*([\p{L}\p{N}.'’-]+)/uy;
  words.lastIndex = i;
  for (let k = 0; k < 5; k++) {
    const match = words.exec(text);
    if (!match) return false;
    const word = (match[1] as string).toLowerCase();
    if (k > 0 && (lexicon.finite.has(word) || lexicon.auxiliaries.has(word))) return true;
    if (!/^\p{Lu}/u.test(match[1] as string)) return false;
  }
  return false;
}

/** Whether a new sentence starts after index `i`: spaces, then a capital, a digit or an opening mark. */
function startsSentence(text: string, i: number): boolean {
  let j = i;
  if (j >= text.length) return true;
  if (!isLineSpace(text[j] as string)) return false;
  while (j < text.length && j < i + 8 && isLineSpace(text[j] as string)) j++;
  const next = text[j];
  if (next === undefined || next === "\n") return true;
  return OPENING_MARKS.includes(next) || isCapitalOrDigit(next);
}

/** Whether the period at `i` closes an abbreviation or an initial ("M.", "Dr.", "E.") rather than a sentence. */
function isAbbreviation(text: string, i: number, lexicon: Lexicon): boolean {
  if (text[i] !== ".") return false;
  let j = i;
  while (j > 0 && j > i - 12 && isLetterOrPeriod(text[j - 1] as string)) j--;
  // An initial ("E. Macron"), unless a pronoun or an article opens the next sentence: "publié sur X. Elle estime …".
  if (i - j === 1 && isCapital(text[j] as string) && !opensWithFunctionWord(text, i + 1, lexicon)) return true;
  const found = lexicon.abbreviations.find(text, j, i);
  // Letters and periods hold no "’": the folded word is the lower-cased one.
  return found >= 0 || (found === UNDECIDED && lexicon.abbreviations.words.includes(foldedWord(text, j, i)));
}

/** Longest pronoun or article looked for after an initial's period, in characters. */
const MAX_OPENER_LENGTH = 6;

/**
 * Whether the word after the spaces at `i` is a capitalised subject pronoun or article ("Elle",
 * "The"), which no name starts with; short articles may be name particles ("J. Le Pen", "A. De Vries").
 */
function opensWithFunctionWord(text: string, i: number, lexicon: Lexicon): boolean {
  let start = i;
  while (start < text.length && start < i + 3 && isLineSpace(text[start] as string)) start++;
  if (start === i || !isCapital(text[start] ?? "")) return false;
  let end = start;
  while (end < text.length && end - start <= MAX_OPENER_LENGTH && letterOrDigitLength(text, end) > 0) end++;
  // Every pronoun and long article has two letters or more: a lone capital is another initial ("A. B."), read no further.
  if (end - start < 2 || end - start > MAX_OPENER_LENGTH) return false;
  const word = foldedWord(text, start, end);
  if (lexicon.subjectPronouns.has(word) || (lexicon.articles.has(word) && word.length > 2)) return true;
  // A short article may be a name particle ("J. Le Pen"), but not before a common noun: "sur le réseau X. La police a …".
  return lexicon.articles.has(word) && text[end] === " " && startsLowerCase(text[end + 1] ?? "");
}

/**
 * Number of words that start in `text[start, end)`: runs of letters and digits joined by an
 * apostrophe or a hyphen ("aujourd'hui", "a-t-il"): the matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`, read
 * without a regular expression.
 */
export function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let i = codePointStart(text, start);
  for (;;) {
    let step = letterOrDigitLength(text, i);
    while (step === 0 && i < end) step = letterOrDigitLength(text, ++i);
    if (i >= end) return count;
    count++;
    for (;;) {
      while (step > 0) {
        i += step;
        step = letterOrDigitLength(text, i);
      }
      const joiner = text.charCodeAt(i);
      if ((joiner === 39 || joiner === 0x2019 || joiner === 45) && letterOrDigitLength(text, i + 1) > 0) step = letterOrDigitLength(text, ++i);
      else break;
    }
  }
}
