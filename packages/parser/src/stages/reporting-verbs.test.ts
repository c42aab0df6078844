import { describe, expect, it } from "vitest";
import { locales } from "../locales/index.js";
import { findMarkedQuotes } from "./quotes/quote-marks.js";
import { findCues, lexiconFor, speechContent, tokeniseSpan } from "./quotes/reporting-verbs.js";

describe("speechContent", () => {
  const lexicon = lexiconFor(locales.fr.quotes);
  const read = (text: string) => speechContent(text, 0, text.length, findMarkedQuotes(text), 0, lexicon);

  it("reads the first word of a longer cue phrase alone as no speech", () => {
    expect(read("Il fait beau et se promène d'une rue à l'autre.")).toBe("no speech");
    expect(read("Le conseil se")).toBe("no speech");
  });

  it("tells a blank stretch from one with words", () => {
    expect(read("  \u00a0 ")).toBe("blank");
    expect(read("Le conseil municipal votera le budget lundi.")).toBe("no speech");
  });

  it("sees a reporting verb, an inverted one, and a quotation", () => {
    expect(read("Le maire a déclaré que le budget était prêt.")).toBe("maybe speech");
    expect(read("Le budget est prêt, ajoute-t-elle.")).toBe("maybe speech");
    expect(read("Il parle d'un « budget de combat » pour la ville.")).toBe("maybe speech");
  });

  it("never says no speech where the cue finder finds a cue", () => {
    const sentences = [
      "Selon le ministère, la réunion aura lieu jeudi.",
      "« Nous verrons », a-t-il ajouté.",
      "Les syndicats estiment que la réforme est injuste.",
      "La ville a-t-elle un plan ?",
      "Rien ne bouge à Paris ce matin.",
      "Le ministère fait savoir que la réunion aura lieu.",
      "Le ministère fait toutefois savoir que la réunion aura lieu.",
      "Le maire s'est indigné de la décision.",
      "Le maire se réjouit de la décision.",
      "D'après la préfecture, la route est coupée.",
    ];
    for (const sentence of sentences) {
      const marked = findMarkedQuotes(sentence);
      const cues = findCues(tokeniseSpan(sentence, 0, sentence.length, marked, 0, lexicon), lexicon);
      if (cues.length > 0 || marked.length > 0) expect(read(sentence), sentence).toBe("maybe speech");
    }
  });
});

describe("findCues after a word ending like a gerund", () => {
  const lexicon = lexiconFor(locales.en.quotes);
  const cueWords = (text: string) => {
    const tokens = tokeniseSpan(text, 0, text.length, findMarkedQuotes(text), 0, lexicon);
    return findCues(tokens, lexicon).map((cue) => tokens[cue.first]?.word);
  };

  it("reads a name ending in -ing as the verb's subject (“Senator Ada Golding said”)", () => {
    expect(cueWords("Senator Ada Golding said the vote was late.")).toEqual(["said"]);
  });

  it("still reads a verb form after a gerund as its object (“after receiving reports that”)", () => {
    expect(cueWords("The council acted after receiving reports that the bridge was unsafe.")).toEqual([]);
  });
});
