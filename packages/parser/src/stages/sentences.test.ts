import { describe, expect, it } from "vitest";
import { createContext } from "./context.js";
import { segment } from "./segment/index.js";

function sentencesOf(text: string): string[] {
  const ctx = createContext(text);
  segment(ctx);
  for (const sentence of ctx.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  return ctx.sentences.map((sentence) => sentence.text);
}

describe("segment: sentences", () => {
  it("does not end a sentence after titles, initials or dotted abbreviations", () => {
    expect(sentencesOf("T\n\nMr. Smith met J. R. Doe in the U.S. on Jan. 5. They talked. It rained!")).toEqual([
      "Mr. Smith met J. R. Doe in the U.S. on Jan. 5.",
      "They talked.",
      "It rained!",
    ]);
    expect(sentencesOf("T\n\nM. Dupont a parlé. « Nous verrons. » Puis il est parti.")).toEqual([
      "M. Dupont a parlé.",
      "« Nous verrons. »",
      "Puis il est parti.",
    ]);
  });

  it("ends a sentence after a.m. or p.m. when an English function word opens the next, not before a zone or a day", () => {
    expect(sentencesOf("T\n\nThe board met at 2 p.m. He left early. The call began at 11:04 a.m. EST and ended at 9 p.m. Friday.")).toEqual([
      "The board met at 2 p.m.",
      "He left early.",
      "The call began at 11:04 a.m. EST and ended at 9 p.m. Friday.",
    ]);
  });

  it("keeps the paragraph index of each sentence", () => {
    const ctx = createContext("T\n\nUne phrase. Une autre.\n\nUn second paragraphe.");
    segment(ctx);
    expect(ctx.sentences.map((sentence) => sentence.paragraphIndex)).toEqual([0, 0, 1]);
  });
});
