import { describe, expect, it } from "vitest";
import { createContext } from "./context.js";
import { segment } from "./segment/index.js";
import { tokenise, type WordLists } from "./tokens.js";

/** The tokens of `text`, read with `wordLists`. */
function tokensOf(text: string, wordLists: WordLists) {
  const ctx = createContext(text);
  segment(ctx);
  return tokenise(ctx, wordLists);
}

/** The capitalised words that the document also writes in lower case. */
function alsoLowercase(text: string, wordLists: WordLists = new Map()): string[] {
  return tokensOf(text, wordLists)
    .filter((token) => token.alsoLowercase)
    .map((token) => token.text);
}

describe("tokenise with word lists", () => {
  it("gives each token the lists of its key, however often and however it is written", () => {
    const wordLists: WordLists = new Map([
      ["election", 1],
      ["mr.", 2],
      [",", 4],
    ]);
    const tokens = tokensOf("Titre\n\nL'élection, Élection et ELECTION. Mr. Smith, election.", wordLists);
    expect(tokens.map((token) => [token.text, token.listedIn])).toEqual([
      ["Titre", 0],
      ["L'", 0],
      ["élection", 1],
      [",", 4],
      ["Élection", 1],
      ["et", 0],
      ["ELECTION", 1],
      [".", 0],
      ["Mr.", 2],
      ["Smith", 0],
      [",", 4],
      ["election", 1],
      [".", 0],
    ]);
  });

  it("marks a capitalised word whose key the document writes in lower case, under any spelling", () => {
    expect(alsoLowercase("Titre\n\nÉlection et Bureau. Le bureau de l'election.")).toEqual(["Élection", "Bureau"]);
  });

  it("marks nothing from another document's words", () => {
    const wordLists: WordLists = new Map();
    expect(alsoLowercase("Titre\n\nla maison brûle.", wordLists)).toEqual([]);
    expect(alsoLowercase("Titre\n\nMaison Blanche.", wordLists)).toEqual([]);
  });

  it("reads long words, kept or not, as any other", () => {
    const long = "anticonstitutionnellement";
    const longer = "a".repeat(70);
    const tokens = tokensOf(`Titre\n\n${long[0]!.toUpperCase()}${long.slice(1)} ${long} ${longer} ${longer.toUpperCase()}.`, new Map([[longer, 8]]));
    expect(tokens.map((token) => [token.text.length, token.key === long || token.key === longer, token.listedIn, token.alsoLowercase])).toEqual([
      [5, false, 0, false],
      [25, true, 0, true],
      [25, true, 0, false],
      [70, true, 8, false],
      [70, true, 8, true],
      [1, false, 0, false],
    ]);
  });
});
