import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "./index.js";
import type { ParsedDocument } from "./types.js";

/** Every span the output claims is found at its offsets in the document. */
function expectExactOffsets(text: string, output: ParsedDocument): void {
  const spans: Array<{ start: number; end: number; text: string }> = [
    ...output.paragraphs,
    ...output.quotes,
    ...output.meetings,
    ...[...output.people, ...output.organizations, ...output.places].flatMap((entity) => entity.mentions),
  ];
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(span.start, span.end).replace(/\s+/g, " ")).toContain(span.text.replace(/\s+/g, " ").trim());
  }
}

/** Pieces that drive every stage: quotation marks, names, dates, times, meeting words, newlines. */
const newsLikePieces = [
  "«", "»", "“", "”", '"', "‹", "›", " ", "\u00a0", "\u202f", "\n", "\n\n", ", ", ". ", " : ", "<…>", "[…]",
  "Vladimir Poutine", "Joe Biden", "M. Macron", "E. Macron", "Dmitri Peskov", "a déclaré", "said", "a-t-il ajouté",
  "selon", "according to", "que", "that", "le 10 janvier", "les 12 et 13 janvier", "du 10 au 12", "January 10-12",
  "ce soir", "demain", "next Tuesday", "23h30, heure de Moscou", "3:35 p.m. Washington time", "14 h UTC", "9 a.m. EST",
  "sommet", "talks", "conversation téléphonique", "visite", "met", "Kremlin", "OTAN", "Moscou", "PARIS, 3 mars 2023 (AFP) —",
  "Rejoignez News-Front sur Facebook", "© 2022 X. All rights reserved.", "---\ntitle: x\n---\n", "\ud800", "\udc00", "é", "🙂",
  "\nPar ", "\nBy ", " à ", " at ", " - ", " | ", "14h05", "2:05 p.m.", "\n## ", "\nLire aussi : ", "\nPhoto : ", "\nTags: ",
];

/** Words of the lines that open a story: bylines, datelines, publication times, authors' titles. */
const openingWords = [
  "By", "Par", "Jane Doe", "Jean Dupont", "and", "et", ",", "-", "|", "–", "à", "at", "le", "on", "il y a", "ago", "14h05",
  "2:05 p.m.", "Monday", "lundi", "12", "mars", "March", "2026", "Aujourd'hui", "Today", "(AFP)", "(Reuters)", "PARIS",
  "Updated", "Publié", "Staff writer", "Reuters", ".", ":",
];

describe("parseDocument on any input", () => {
  it("gives an empty result for an empty document", () => {
    const output = parseDocument("");
    expect(output).toMatchObject({
      title: null,
      paragraphs: [],
      people: [],
      organizations: [],
      places: [],
      quotes: [],
      meetings: [],
    });
  });

  it("never throws on random unicode and keeps its offsets exact (10k documents)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expectExactOffsets(text, parseDocument(text));
      }),
      { numRuns: 5_000, seed: 20211230 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expectExactOffsets(text, parseDocument(text, { publishedAt: "2021-12-30" }));
      }),
      { numRuns: 5_000, seed: 20220110 },
    );
  }, 300_000);

  it("never throws on news-like fragments in random order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...newsLikePieces), { maxLength: 80 }), fc.boolean(), (pieces, dated) => {
        const text = pieces.join("");
        expectExactOffsets(text, parseDocument(text, dated ? { publishedAt: "2021-12-30" } : {}));
      }),
      { numRuns: 2_000, seed: 7 },
    );
  }, 300_000);

  it("never throws on random opening lines (bylines, datelines, times) before a body", () => {
    const line = fc.array(fc.constantFrom(...openingWords), { minLength: 1, maxLength: 10 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 3 }), (lines) => {
        const text = `Un titre\n\n${lines.join("\n")}\n\nLe conseil a voté le budget mardi.`;
        expectExactOffsets(text, parseDocument(text));
      }),
      { numRuns: 2_000, seed: 14 },
    );
  }, 300_000);

  // The tokeniser and the reporting-verb reader keep caches of spellings from call to call.
  it("gives a document the same result after documents that write its words otherwise or fill the caches", () => {
    // A sentence-initial word that the document never writes in lower case may be a name.
    const text = "A title\n\nFenwick said the plan was good, and the White House agreed.";
    const alone = parseDocument(text);
    expect(alone.people.map((person) => person.name)).toEqual(["Fenwick"]);
    // Tens of thousands of distinct words, capitalised and not: more than either cache keeps.
    const manyWords = Array.from({ length: 40_000 }, (_, i) => (i % 2 === 0 ? `Mot${i.toString(36)}` : `mot${i.toString(36)}`)).join(" ");
    for (const before of ["The fenwick is a bird.", `${manyWords} said the fenwick.`, "Le fenwick est là.", `${manyWords}. Le président a dit qu'il viendrait.`]) {
      parseDocument(before);
      expect(parseDocument(text)).toEqual(alone);
    }
  }, 300_000);
});
