import { describe, expect, it } from "vitest";
import { findMarkedQuotes } from "./quote-marks.js";

describe("findMarkedQuotes", () => {
  it("reads nested, straight and unclosed marks", () => {
    const text = "« Il a dit « non » hier », puis \"oui\" et « rien.\nSuite « fin »";
    const quotes = findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end));
    expect(quotes).toEqual(["Il a dit « non » hier", "oui", "fin"]);
  });

  it("follows a quotation reopened in the next paragraph", () => {
    const text = "« Un.\n« Deux. »";
    expect(findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual(["Un.\n« Deux."]);
  });
});
