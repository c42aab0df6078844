import { describe, expect, it } from "vitest";
import { frontMatterMeta } from "./files.js";
import { sentenceAround } from "./ingest.js";
import { fold, isInitialledForm, isTrailingPart, lastWord, slugify } from "./names.js";

describe("name folding", () => {
  it("folds accents, case, punctuation and hyphens", () => {
    expect(fold("  Jean-Yves LE DRIAN ")).toBe("jean yves le drian");
    expect(fold("Élisabeth Borne")).toBe(fold("elisabeth borne"));
    expect(fold("O'Brien")).toBe("o brien");
    expect(fold("Łukasz Wójcik")).toBe("łukasz wojcik");
    expect(lastWord("jean yves le drian")).toBe("drian");
  });

  it("recognises a trailing part of a name only at a word boundary", () => {
    expect(isTrailingPart("le drian", "jean yves le drian")).toBe(true);
    expect(isTrailingPart("drian", "jean yves le drian")).toBe(true);
    expect(isTrailingPart("rian", "jean yves le drian")).toBe(false);
    expect(isTrailingPart("le drian", "le drian")).toBe(false);
  });

  it("recognises given names written as initials, with the same surname", () => {
    expect(isInitialledForm("e macron", "emmanuel macron")).toBe(true);
    expect(isInitialledForm("j y le drian", "jean yves le drian")).toBe(true);
    expect(isInitialledForm("j le drian", "jean yves le drian")).toBe(false);
    expect(isInitialledForm("b macron", "emmanuel macron")).toBe(false);
    expect(isInitialledForm("e macron", "e macron")).toBe(false);
    expect(isInitialledForm("macron", "emmanuel macron")).toBe(false);
    expect(isInitialledForm("e macron", "emmanuel macronne")).toBe(false);
  });

  it("makes slugs from titles", () => {
    expect(slugify("Le Kremlin a parlé de la « prochaine » conversation !")).toBe("le-kremlin-a-parle-de-la-prochaine-conversation");
    expect(slugify("¿¡!?")).toBe("article");
    expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(80);
    expect(slugify("a ".repeat(100))).not.toMatch(/-$/);
  });
});

describe("sentence around a quote", () => {
  const text = "Title line\nFirst sentence here. He said “we will come back” to reporters. Last one!\nNext paragraph.";
  const paragraph = { start: 11, end: text.indexOf("\nNext") };
  it("extends a span to the sentence holding it, within its paragraph", () => {
    const start = text.indexOf("we will");
    const span = sentenceAround(text, [paragraph], start, start + "we will come back".length);
    expect(text.slice(span.start, span.end)).toBe("He said “we will come back” to reporters.");
  });
  it("stays within the line when no paragraph holds the span", () => {
    const start = text.indexOf("Next");
    const span = sentenceAround(text, [], start, start + 4);
    expect(text.slice(span.start, span.end)).toBe("Next paragraph.");
  });
});

describe("front matter", () => {
  it("reads the metadata fields", () => {
    const meta = frontMatterMeta("---\ntitle: Orchards bloom\ndate: 2031-03-02\nsource: Valley Post\nurl: https://valley.example.test/a\nlanguage: en\n---\nBody\n");
    expect(meta).toEqual({ title: "Orchards bloom", publishedAt: "2031-03-02", source: "Valley Post", url: "https://valley.example.test/a", language: "en" });
  });
  it("ignores text without front matter and names what is wrong in bad front matter", () => {
    expect(frontMatterMeta("Just a title\n\nBody")).toEqual({});
    expect(() => frontMatterMeta("---\ntitle: [unclosed\n---\n")).toThrow();
    expect(() => frontMatterMeta("---\npublishedAt: someday\n---\n")).toThrow('publishedAt "someday" is not a date');
    expect(() => frontMatterMeta("---\nlanguage: de\n---\n")).toThrow('language must be "fr" or "en", not "de"');
    expect(() => frontMatterMeta("---\n- a\n- b\n---\n")).toThrow("front matter must be an object of fields");
  });
});
