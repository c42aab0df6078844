import { describe, expect, it } from "vitest";
import { findMarkedQuotes } from "./quotes/quote-marks.js";

describe("findMarkedQuotes", () => {
  it("reads nested, straight and unclosed marks", () => {
    const text = "« Il a dit « non » hier », puis \"oui\" et « rien.\nSuite « fin »";
    const quotes = findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end));
    expect(quotes).toEqual(["Il a dit « non » hier", "oui", "fin"]);
  });

  it("reads two single marks as one double mark, closed by \"’’\" or \"’‘\", and leaves apostrophes and lone single marks alone", () => {
    const text = "Il salue des ‘‘liens très forts’’ et l’‘‘esprit de Lomé’‘, sans ‘nuance’ aucune.";
    const quotes = findMarkedQuotes(text);
    expect(quotes.map((quote) => text.slice(quote.start, quote.end))).toEqual(["liens très forts", "esprit de Lomé"]);
    expect(quotes.map((quote) => text.slice(quote.open, quote.close))).toEqual(["‘‘liens très forts’’", "‘‘esprit de Lomé’‘"]);
  });

  it("follows a quotation reopened in the next paragraph", () => {
    const text = "« Un.\n« Deux. »";
    expect(findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual(["Un.\n« Deux."]);
  });
});
