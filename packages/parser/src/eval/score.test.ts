import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../types.js";
import { endToEndF1, f1, scoreDocument, type GoldDocument } from "./score.js";

const document = "Marie Curie a dit : « La science est belle et utile. » Elle a rencontré Paul Langevin le 3 mai.";

function output(overrides: Partial<ParsedDocument>): ParsedDocument {
  return {
    title: null,
    language: "fr",
    source: null,
    url: null,
    publishedAt: "1910-05-01",
    paragraphs: [],
    people: [],
    organizations: [],
    places: [],
    quotes: [],
    meetings: [],
    ...overrides,
  };
}

const gold: GoldDocument = {
  doc: "example.txt",
  publishedAt: "1910-05-01",
  people: [
    { name: "Marie Curie", aliases: ["Curie"] },
    { name: "Paul Langevin", aliases: [] },
  ],
  quotes: [{ kind: "direct", speaker: "Marie Curie", text: "La science est belle et utile." }],
  meetings: [{ kind: "meeting", status: "held", date: "1910-05-03", participants: ["Marie Curie", "Paul Langevin"] }],
};

const quoteStart = document.indexOf("La science");
const quoteEnd = document.indexOf(" »");

describe("scoreDocument", () => {
  it("matches people by name or alias, folding case and accents", () => {
    const score = scoreDocument(document, gold, output({
      people: [
        { name: "CURIE", aliases: [], roles: [], mentions: [] },
        { name: "Pierre Dupont", aliases: [], roles: [], mentions: [] },
      ],
    }));
    expect(score.people).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(f1(score.people)).toBe(0.5);
    expect(score.misses).toContain("person missed: Paul Langevin");
  });

  it("matches quotes by word overlap and counts a wrong speaker against end-to-end F1 only", () => {
    const quote = { text: "La science est belle et utile", kind: "direct" as const, cue: "a dit", speakerText: null, start: quoteStart, end: quoteEnd };
    const right = scoreDocument(document, gold, output({ quotes: [{ ...quote, speaker: "Curie" }], people: [{ name: "Curie", aliases: [], roles: [], mentions: [] }] }));
    expect(right.direct.attributed).toBe(1);
    expect(endToEndF1(right.direct)).toBe(1);
    const wrong = scoreDocument(document, gold, output({ quotes: [{ ...quote, speaker: null }] }));
    expect(f1(wrong.direct)).toBe(1);
    expect(endToEndF1(wrong.direct)).toBe(0);
  });

  it("needs the same date and half the participants for a meeting, and skips partial dates", () => {
    const meeting = {
      kind: "meeting" as const,
      status: "held" as const,
      time: null,
      timeZone: null,
      startsAt: null,
      durationMinutes: null,
      topics: [],
      text: "Elle a rencontré Paul Langevin le 3 mai.",
      start: document.indexOf("Elle"),
      end: document.length,
    };
    const matched = scoreDocument(document, gold, output({ meetings: [{ ...meeting, date: "1910-05-03", participants: ["Paul Langevin"] }] }));
    expect(matched.meetings).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0, kind: 1, status: 1 });
    const wrongDay = scoreDocument(document, gold, output({ meetings: [{ ...meeting, date: "1910-05-04", participants: ["Paul Langevin"] }] }));
    expect(wrongDay.meetings).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    const partial = scoreDocument(document, gold, output({ meetings: [{ ...meeting, date: "--05-03", participants: ["Paul Langevin"] }] }));
    expect(partial.meetings).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
  });

  it("treats a capital and a demonym as their country", () => {
    const states: GoldDocument = { ...gold, people: [], quotes: [], meetings: [{ kind: "negotiations", status: "scheduled", date: "1910-05-03", participants: ["Russie", "États-Unis"] }] };
    const meeting = { kind: "negotiations" as const, status: "scheduled" as const, date: "1910-05-03", time: null, timeZone: null, startsAt: null, durationMinutes: null, topics: [], text: "Marie", start: 0, end: 5 };
    const score = scoreDocument(document, states, output({ meetings: [{ ...meeting, participants: ["Moscou", "Américains"] }] }));
    expect(score.meetings.truePositives).toBe(1);
  });

  it("reports every span that is not found at its offsets", () => {
    const score = scoreDocument(document, { ...gold, people: [], quotes: [], meetings: [] }, output({
      paragraphs: [{ text: document, start: 0, end: document.length }],
      quotes: [{ text: "La science est belle", kind: "direct", speaker: null, speakerText: null, cue: null, start: 0, end: 10 }],
    }));
    expect(score.offsetErrors).toBe(1);
  });
});
