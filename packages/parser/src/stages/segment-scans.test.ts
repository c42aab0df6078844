// The hand-written scans of the segment stage agree with the plain regexes they stand for.
import { describe, expect, it } from "vitest";
import { locales } from "../locales/index.js";
import type { Language, Paragraph, Span } from "../types.js";
import { detectLanguage, isoDate, languageOfCounts, withoutClosingDash } from "./segment/index.js";

const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** detectLanguage as plainly as it can be written: `WORD` over each piece's first characters, each word lower-cased and looked up. */
function referenceLanguage(text: string, paragraphs: Paragraph[], title: Span | null): Language {
  const functionWords = new Map<string, "fr" | "en">();
  for (const locale of Object.values(locales)) for (const word of locale.structure.functionWords) functionWords.set(word, locale.code);
  let french = 0;
  let english = 0;
  let budget = 3_000;
  for (const piece of title ? [title, ...paragraphs] : paragraphs) {
    if (budget <= 0) break;
    const limit = Math.min(piece.end, piece.start + budget, text.length);
    budget -= Math.max(0, limit - piece.start);
    for (const [word] of text.slice(piece.start, Math.max(piece.start, limit)).matchAll(WORD)) {
      const language = functionWords.get(word.toLowerCase());
      if (language === "fr") french++;
      else if (language === "en") english++;
    }
  }
  return languageOfCounts(french, english);
}

/** The whole text as one paragraph. */
function asParagraph(text: string): Paragraph[] {
  return [{ text, start: 0, end: text.length }];
}

describe("detectLanguage reads words as the WORD pattern does", () => {
  it.each([
    "The port and the city",
    "Le port et la ville",
    "d'un côté, l'a dit, qu'il est là",
    "d’un côté, THE END, The-end, the.end",
    "the'",
    "'the",
    "the-",
    "x.the the.x ..the the..",
    "ΣΑ the Σthe theΣ İt İS it",
    "𝐀the the𝐀 𝐀 the 😀the the😀",
    "\ud835the \ud835",
    "the\ud835",
    "été ÉTÉ Été où OÙ très déjà",
  ])("%s", (text) => {
    expect(detectLanguage(text, asParagraph(text), null)).toBe(referenceLanguage(text, asParagraph(text), null));
  });

  it("counts a title and paragraphs within the first 3,000 characters, cutting a word at the limit", () => {
    const title = "The harbour";
    const body = `${"x".repeat(2_985)} le la les the`;
    const text = `${title}\n\n${body}\n\nle le le`;
    const paragraphs: Paragraph[] = [
      { text: body, start: title.length + 2, end: title.length + 2 + body.length },
      { text: "le le le", start: text.length - 8, end: text.length },
    ];
    const titleSpan = { text: title, start: 0, end: title.length };
    expect(detectLanguage(text, paragraphs, titleSpan)).toBe(referenceLanguage(text, paragraphs, titleSpan));
  });

  it("agrees with the reference on random text of words, joiners, capitals and surrogate pairs", () => {
    const pieces = ["the", "The", "THE", "le", "La", "est", "d'un", "d’un", "qu'il", "l'a", "été", "Σ", "İ", "x", "42", "'", "’", ".", "-", " ", "  ", ",", "\n", "𝐀", "😀", "\ud835", "é", "which", "depuis"];
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 400; round++) {
      // A few function words first, so that the answer turns on the exact counts of the rest.
      let text = ["", "the ", "the the ", "le ", "le le "][round % 5]!;
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const cut = Math.floor(random() * (text.length + 1));
      const paragraphs: Paragraph[] = [
        { text: text.slice(0, cut), start: 0, end: cut },
        { text: text.slice(cut), start: cut, end: text.length },
      ];
      expect(detectLanguage(text, paragraphs, null), JSON.stringify(text)).toBe(referenceLanguage(text, paragraphs, null));
    }
  });
});

describe("withoutClosingDash reads backwards what the closing-dash regex removes", () => {
  it("agrees with the regex on every short string of spaces, periods, dashes and letters", () => {
    const pieces = [" ", ".", "-", "–", "—", "a", "\u00a0", "\t", "\n", "\u2009", "\u3000"];
    const closingDash = /\s*(?:\.\s*)?[-–—]+\s*$/;
    const check = (text: string, depth: number): void => {
      expect(withoutClosingDash(text), JSON.stringify(text)).toBe(text.replace(closingDash, ""));
      if (depth > 0) for (const piece of pieces) check(text + piece, depth - 1);
    };
    check("", 5);
  });
});

describe("isoDate counts the days of each month as Date.UTC does", () => {
  it("agrees with a Date on every year, month and day around the edges", () => {
    const byDate = (year: number, month: number, day: number): string | null => {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
      return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    };
    const years = [0, 1, 4, 96, 99, 100, 400, 1600, 1899, 1900, 1904, 2000, 2023, 2024, 2100, 2400, 9999];
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) expect(isoDate(year, month, day), `${year}-${month}-${day}`).toBe(byDate(year, month, day));
      }
    }
  });
});
