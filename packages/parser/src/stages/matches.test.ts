import { describe, expect, it } from "vitest";
import { allMatches, literalAlternation } from "./matches.js";

describe("allMatches", () => {
  it("finds what matchAll finds, from the start whatever lastIndex was left at", () => {
    const pattern = /réunions?|sommets?/giu;
    const sentence = "Après le sommet de mardi, deux réunions ont suivi.";
    pattern.lastIndex = 20;
    const ours = allMatches(pattern, sentence).map((m) => [m.index, m[0]]);
    pattern.lastIndex = 0;
    expect(ours).toEqual([...sentence.matchAll(pattern)].map((m) => [m.index, m[0]]));
    expect(pattern.lastIndex).toBe(0);
  });

  it("steps over empty matches, whole astral characters included", () => {
    const pattern = /x*/gu;
    const text = "a😀xx";
    expect(allMatches(pattern, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(pattern)].map((m) => [m.index, m[0]]));
  });

  it("reads a regex without the global flag once instead of looping", () => {
    expect(allMatches(/talks/i, "Talks and more talks").map((m) => m.index)).toEqual([0]);
  });

  it("starts the search at a given offset, and refuses one for a pattern without the global flag", () => {
    const pattern = /talks/gi;
    expect(allMatches(pattern, "Talks and more talks, then talks", 1).map((m) => m.index)).toEqual([15, 27]);
    expect(pattern.lastIndex).toBe(0);
    expect(() => allMatches(/talks/i, "Talks and more talks", 1)).toThrow(RangeError);
  });
});

describe("literalAlternation", () => {
  const plain = (words: string[]) => words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const found = (source: string, flags: string, text: string) => allMatches(new RegExp(source, flags), text).map((m) => [m.index, m[0]]);

  it("writes shared beginnings once", () => {
    expect(literalAlternation(["paris", "pays-bas", "pékin"], "iu")).toBe("p(?:a(?:ris|ys-bas)|ékin)");
  });

  it("matches what the plain alternation matches, longer names first or not", () => {
    const text = "Le Caire, Le Mans et la Corée du Nord; new delhi, NEW YORK, new-delhi, Corée du Sud-Est.";
    for (const words of [
      ["corée du nord", "corée du sud", "corée", "le caire", "new delhi", "new york", "new"],
      ["new", "new delhi", "corée", "corée du sud", "le", "le caire"],
    ]) {
      for (const tail of ["", "(?![\\p{L}\\d])"]) {
        expect(found(`(?:${literalAlternation(words, "giu")})${tail}`, "giu", text)).toEqual(found(`(?:${plain(words)})${tail}`, "giu", text));
      }
    }
  });

  it("keeps a shorter word before a longer one where the list puts it first", () => {
    expect(literalAlternation(["ab", "a", "abc"], "u")).toBe("a(?:b||bc)");
    expect(found(literalAlternation(["a", "ab"], "gu"), "gu", "ab")).toEqual([[0, "a"]]);
  });

  it("escapes what a regex would read as syntax", () => {
    expect(found(literalAlternation(["u.s.", "u.k.", "(x)"], "giu"), "giu", "U.S. and u.k. and usa (x)")).toEqual([
      [0, "U.S."],
      [9, "u.k."],
      [22, "(x)"],
    ]);
  });
});
