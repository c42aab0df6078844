import { describe, expect, it } from "vitest";
import { findMarkedQuotes } from "./quote-marks.js";
import { hashOfWord, SpellingTable } from "./word-table.js";

/** The folded hash of `text[from, to)`, as a reader of the text makes it. */
function foldedHash(text: string, from: number, to: number): number {
  return hashOfWord(text.slice(from, to).toLowerCase().replace(/’/g, "'"));
}

describe("SpellingTable", () => {
  it("finds a filed word from any writing of it, and nothing else", () => {
    const table = new SpellingTable();
    table.add("l'avait", hashOfWord("l'avait"));
    const text = "Le maire L’AVAIT dit, l'avait-il ?";
    expect(table.find(text, 9, 16, foldedHash(text, 9, 16))).toBe("l'avait");
    expect(table.find(text, 22, 29, foldedHash(text, 22, 29))).toBe("l'avait");
    expect(table.find(text, 0, 2, foldedHash(text, 0, 2))).toBe("");
    expect(table.size).toBe(1);
  });

  it("keeps every word as it grows", () => {
    const table = new SpellingTable();
    const words = Array.from({ length: 5000 }, (_, i) => `mot${i}`);
    for (const word of words) table.add(word, hashOfWord(word));
    const text = words.join(" ").toUpperCase();
    let from = 0;
    for (const word of words) {
      expect(table.find(text, from, from + word.length, hashOfWord(word))).toBe(word);
      from += word.length + 1;
    }
    expect(table.find("motx", 0, 4, hashOfWord("motx"))).toBe("");
  });
});

describe("findMarkedQuotes", () => {
  it("reads nested, straight and unclosed marks", () => {
    const text = "« Il a dit « non » hier », puis \"oui\" et « rien.\nSuite « fin »";
    const quotes = findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end));
    expect(quotes).toEqual(["Il a dit « non » hier", "oui", "fin"]);
  });

  it("follows a quotation reopened in the next paragraph", () => {
    const text = "« Un.\n« Deux. »";
    expect(findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual(["Un.\n« Deux."]);
  });
});
