import { describe, expect, it } from "vitest";
import { createContext, type DocumentContext } from "./context.js";
import { segment } from "./segment/index.js";
import { tokenise } from "./tokens.js";

/** Each token as [text, key, region, its flags that are set], with its offsets checked against the text. */
function tokensOf(ctx: DocumentContext): Array<[string, string, number, string]> {
  return tokenise(ctx).map((token) => {
    expect(ctx.text.slice(token.start, token.end)).toBe(token.text);
    const flags = { word: token.isWord, capitalised: token.capitalised, dotted: token.dotted, sentenceStart: token.sentenceStart, lineBreakBefore: token.lineBreakBefore };
    const set = Object.entries(flags).filter(([, value]) => value).map(([name]) => name);
    return [token.text, token.key, token.region, set.join(" ")];
  });
}

describe("tokenise", () => {
  it("reads Markdown emphasis and links for their words alone, keeping brackets that open no link", () => {
    const ctx = createContext("Titre\n\nLe ministre [Paul Arnaud](https://exemple.fr/a) a vu **Marc** et _Anne_ [sic].");
    segment(ctx);
    expect(tokensOf(ctx).map(([text]) => text)).toEqual(["Titre", "Le", "ministre", "Paul", "Arnaud", "a", "vu", "Marc", "et", "Anne", "[", "sic", "]", "."]);
  });

  it("splits elisions, possessives and dotted capitals, keeps a title's period and folds keys", () => {
    const ctx = createContext(
      "Le président\n\nMr. Smith et l’homme d' Eagle Pass, aujourd'hui, qu'il dit. Trump's aide al-Abadi parle.\n\n" +
        "« Élysée » : U.S. E. Macron J.-P. Dupont 😀 O’Brien d’Estaing’s.",
    );
    segment(ctx);
    expect(tokensOf(ctx)).toEqual([
      ["Le", "le", 0, "word capitalised sentenceStart"],
      ["président", "president", 0, "word"],
      ["Mr.", "mr.", 1, "word capitalised sentenceStart"],
      ["Smith", "smith", 1, "word capitalised"],
      ["et", "et", 1, "word"],
      ["l’", "l'", 1, "word"],
      ["homme", "homme", 1, "word"],
      ["d'", "d'", 1, "word"],
      ["Eagle", "eagle", 1, "word capitalised"],
      ["Pass", "pass", 1, "word capitalised"],
      [",", ",", 1, ""],
      ["aujourd'hui", "aujourd'hui", 1, "word"],
      [",", ",", 1, ""],
      ["qu'", "qu'", 1, "word"],
      ["il", "il", 1, "word"],
      ["dit", "dit", 1, "word"],
      [".", ".", 1, ""],
      ["Trump", "trump", 1, "word capitalised sentenceStart"],
      ["'s", "'s", 1, ""],
      ["aide", "aide", 1, "word"],
      ["al-Abadi", "al-abadi", 1, "word capitalised"],
      ["parle", "parle", 1, "word"],
      [".", ".", 1, ""],
      ["«", "«", 2, ""],
      ["Élysée", "elysee", 2, "word capitalised sentenceStart"],
      ["»", "»", 2, ""],
      [":", ":", 2, ""],
      ["U.S.", "u.s.", 2, "word capitalised dotted sentenceStart"],
      ["E.", "e.", 2, "word capitalised dotted"],
      ["Macron", "macron", 2, "word capitalised"],
      ["J.-P.", "j.-p.", 2, "word capitalised dotted"],
      ["Dupont", "dupont", 2, "word capitalised"],
      ["😀", "😀", 2, ""],
      ["O’Brien", "o'brien", 2, "word capitalised"],
      ["d’", "d'", 2, "word"],
      ["Estaing", "estaing", 2, "word capitalised"],
      ["’s", "'s", 2, ""],
      [".", ".", 2, ""],
    ]);
  });

  it("cuts words at region ends and marks a sentence that starts on the space before a word", () => {
    const ctx = createContext("Titre coupé\nun mot\ncoupé ici, Dr. No.");
    ctx.title = { start: 0, end: 9, text: "Titre cou" };
    ctx.paragraphs = [
      { start: 12, end: 28, text: "un mot\ncoupé ici" },
      { start: 28, end: 36, text: ", Dr. No" },
    ];
    ctx.sentences = [{ start: 18, end: 28, text: "\ncoupé ici", paragraphIndex: 0 }];
    expect(tokensOf(ctx)).toEqual([
      ["Titre", "titre", 0, "word capitalised sentenceStart"],
      ["cou", "cou", 0, "word"],
      ["un", "un", 1, "word sentenceStart"],
      ["mot", "mot", 1, "word"],
      ["coupé", "coupe", 1, "word sentenceStart lineBreakBefore"],
      ["ici", "ici", 1, "word"],
      [",", ",", 2, ""],
      ["Dr.", "dr.", 2, "word capitalised sentenceStart"],
      ["No", "no", 2, "word capitalised"],
    ]);
  });
});
