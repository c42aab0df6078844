import { describe, expect, it } from "vitest";
import { allMatches } from "./matches.js";

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
});
