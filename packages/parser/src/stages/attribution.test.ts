import { describe, expect, it } from "vitest";
import { parseDocument } from "../index.js";

function speakers(text: string, language: "fr" | "en"): [string, string | null][] {
  return parseDocument(text, { language, publishedAt: "2024-03-05" }).quotes.map((quote) => [quote.text, quote.speaker]);
}

describe("personal pronouns", () => {
  it("stand for a person named after the body that spoke last (French)", () => {
    const text = "La commission d'enquête a conclu que l'accident était évitable. Jean Dupont, l'avocat des familles, a quitté la salle en silence. Selon lui, la procédure a été bâclée.";
    expect(speakers(text, "fr")).toEqual([
      ["l'accident était évitable", "commission d'enquête"],
      ["la procédure a été bâclée", "Jean Dupont"],
    ]);
  });

  it("stand for a person named after the body that spoke last (English)", () => {
    const text = "The review board said the crash could have been avoided. Mark Benson, a lawyer for the families, left the hearing in silence. According to him, the inquiry was rushed.";
    expect(speakers(text, "en")).toEqual([
      ["the crash could have been avoided", "review board"],
      ["the inquiry was rushed", "Mark Benson"],
    ]);
  });

  it("still stand for the body when no person is named since", () => {
    expect(speakers("La commission d'enquête a conclu que l'accident était évitable. Elle a ajouté que les secours étaient arrivés tard.", "fr")).toEqual([
      ["l'accident était évitable", "commission d'enquête"],
      ["les secours étaient arrivés tard", "commission d'enquête"],
    ]);
    expect(speakers("The review board said the crash could have been avoided. It added that rescuers arrived late.", "en")).toEqual([
      ["the crash could have been avoided", "review board"],
      ["rescuers arrived late", "review board"],
    ]);
  });
});
