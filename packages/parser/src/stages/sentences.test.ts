import { describe, expect, it } from "vitest";
import { createContext } from "./context.js";
import { segment } from "./segment.js";

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

  it("keeps the paragraph index of each sentence", () => {
    const ctx = createContext("T\n\nUne phrase. Une autre.\n\nUn second paragraphe.");
    segment(ctx);
    expect(ctx.sentences.map((sentence) => sentence.paragraphIndex)).toEqual([0, 0, 1]);
  });
});
