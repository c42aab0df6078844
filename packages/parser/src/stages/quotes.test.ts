import { describe, expect, it } from "vitest";
import { parseDocument } from "../index.js";
import type { Quote } from "../types.js";
import { findMarkedQuotes } from "./quotes/quote-marks.js";

/** Parses a small article (title line, blank line, body) and returns its quotes. */
function quotesOf(body: string, language: "fr" | "en"): { document: string; quotes: Quote[] } {
  const document = `Titre de l'article\n\n${body}`;
  return { document, quotes: parseDocument(document, { language, publishedAt: "2024-03-05" }).quotes };
}

function expectExactSpans(document: string, quotes: Quote[]): void {
  for (const quote of quotes) expect(document.slice(quote.start, quote.end)).toBe(quote.text);
}

function only(quotes: Quote[], kind: "direct" | "indirect"): Quote[] {
  return quotes.filter((quote) => quote.kind === kind);
}

describe("quotation marks", () => {
  it("pairs guillemets with or without (narrow) no-break spaces and trims the spaces from the span", () => {
    const text = "Il a dit «\u00a0Nous viendrons demain\u00a0» puis «\u202fnous partirons\u202f» et «sans espace».";
    const found = findMarkedQuotes(text);
    expect(found.map((quote) => text.slice(quote.start, quote.end))).toEqual(["Nous viendrons demain", "nous partirons", "sans espace"]);
    expect(text[found[0]!.open]).toBe("«");
    expect(text[found[0]!.close - 1]).toBe("»");
  });

  it("reads curly, straight and single guillemets, keeping only the outermost of nested marks", () => {
    const text = `He said “we will “never” give up” and "straight ones" and ‹ chevrons here ›.`;
    expect(findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual([
      "we will “never” give up",
      "straight ones",
      "chevrons here",
    ]);
  });

  it("continues a quotation into a paragraph that reopens with the same mark", () => {
    const text = "« Premier paragraphe sans fin\n\n« Second paragraphe qui se termine. »\n\nSuite.";
    const [quote] = findMarkedQuotes(text);
    expect(text.slice(quote!.start, quote!.end)).toBe("Premier paragraphe sans fin\n\n« Second paragraphe qui se termine.");
  });

  it("drops an unclosed mark at the end of its paragraph and survives runs of opening marks", () => {
    expect(findMarkedQuotes("« jamais fermé\n\nAutre paragraphe.")).toEqual([]);
    expect(findMarkedQuotes("«".repeat(50_000))).toEqual([]);
    expect(findMarkedQuotes('"'.repeat(10_001))).toHaveLength(0);
  });

  it("keeps the quotations that follow an unclosed mark in the same paragraph", () => {
    const text = "Le titre anglais (« a bridge too far) fut traduit. Le maire a parlé d'un « pont de trop » puis d'une « erreur coûteuse ».\n\nSuite.";
    expect(findMarkedQuotes(text).map((quote) => text.slice(quote.start, quote.end))).toEqual(["pont de trop", "erreur coûteuse"]);
    const closed = "« Il a parlé d'un « pont de trop » hier. »";
    expect(findMarkedQuotes(closed).map((quote) => closed.slice(quote.start, quote.end))).toEqual(["Il a parlé d'un « pont de trop » hier."]);
  });
});

describe("direct quotes in French", () => {
  it("attributes a quotation followed by an inverted verb and its speaker", () => {
    const { document, quotes } = quotesOf("« Nous sommes prêts à discuter avec tout le monde », a déclaré Dmitri Peskov, porte-parole du Kremlin.", "fr");
    const [quote] = only(quotes, "direct");
    expect(quote).toMatchObject({ text: "Nous sommes prêts à discuter avec tout le monde", speaker: "Dmitri Peskov", cue: "a déclaré" });
    expect(quote!.start).toBe(document.indexOf("Nous sommes"));
    expectExactSpans(document, quotes);
  });

  it("attributes a quotation introduced by a colon, then a pronoun's quotation to the same speaker", () => {
    const { document, quotes } = quotesOf(
      "Emmanuel Macron a déclaré : « La France tiendra ses engagements jusqu'au bout. »\n\n« Nous ne céderons rien sur ce point », a-t-il ajouté.",
      "fr",
    );
    expect(only(quotes, "direct")).toMatchObject([
      { text: "La France tiendra ses engagements jusqu'au bout.", speaker: "Emmanuel Macron", cue: "a déclaré" },
      { text: "Nous ne céderons rien sur ce point", speaker: "Emmanuel Macron", cue: "a-t-il ajouté" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("keeps elisions in the quoted text", () => {
    const { document, quotes } = quotesOf("« L'heure <…> est tout à fait normale. […] Rien ne change », a rappelé Dmitri Peskov.", "fr");
    expect(only(quotes, "direct")[0]).toMatchObject({ text: "L'heure <…> est tout à fait normale. […] Rien ne change", speaker: "Dmitri Peskov", cue: "a rappelé" });
    expectExactSpans(document, quotes);
  });

  it("takes a partial quotation of two words or more in an attributed sentence", () => {
    const { document, quotes } = quotesOf("Donald Trump a félicité Emmanuel Macron pour sa « grande victoire » dimanche soir.", "fr");
    expect(only(quotes, "direct")).toMatchObject([{ text: "grande victoire", speaker: "Donald Trump", cue: "a félicité" }]);
    expectExactSpans(document, quotes);
  });

  it("leaves out scare quotes, names of things and single words", () => {
    const { quotes } = quotesOf(
      "Les « consultations citoyennes » reprendront en mai. La visite « historique » a duré deux jours. Le plan baptisé « Horizon Bleu Marine » est prêt.",
      "fr",
    );
    expect(quotes).toEqual([]);
  });

  it("leaves out a question quoted as the name of a survey item (“the question, \"…?\",”)", () => {
    const { quotes } = quotesOf('The board wants to add the question, "Do you own a boat in the harbour?", to the yearly survey.', "en");
    expect(only(quotes, "direct")).toEqual([]);
  });

  it("leaves out a single word even right after a verb of saying, unless it is the whole sentence", () => {
    const { quotes } = quotesOf("Le sénateur a qualifié le texte de « bâclé » hier soir. « Jamais ! », a répondu la ministre.", "fr");
    expect(only(quotes, "direct").map((quote) => quote.text)).toEqual(["Jamais !"]);
  });

  it("leaves out a quotation after a preposition or a word for a title when nobody is said to speak", () => {
    const { quotes } = quotesOf("La réforme sur « la sécurité des sols » sera votée en mai. L'étude, parue sous le titre « Des sols plus sûrs pour tous », fait date.", "fr");
    expect(only(quotes, "direct")).toEqual([]);
    const english = quotesOf("The vote on “the right to repair” was postponed. The paper ran under the headline “Water rising on every coast”.", "en");
    expect(only(english.quotes, "direct")).toEqual([]);
  });

    it("gives a partial quotation to whoever defends something in those words", () => {
    const { quotes } = quotesOf("La ministre de la Santé, Inès Carpentier, a défendu mardi une réforme « juste et nécessaire ».", "fr");
    expect(only(quotes, "direct")).toMatchObject([{ text: "juste et nécessaire", speaker: "Inès Carpentier" }]);
    const english = quotesOf("Health Secretary Ian Moss defended the plan as “fair and overdue”.", "en");
    expect(only(english.quotes, "direct")).toMatchObject([{ text: "fair and overdue", speaker: "Ian Moss" }]);
  });

    it("keeps a partial quotation followed by a participle, which no name would be", () => {
    const { quotes } = quotesOf("Le syndicat a affirmé que la grève faisait suite à « des sanctions injustes » infligées aux agents.", "fr");
    expect(only(quotes, "direct")).toMatchObject([{ text: "des sanctions injustes", speaker: "syndicat" }]);
  });

    it("leaves out the translation of a name glossed in parentheses, in French and in English", () => {
    const french = quotesOf(
      "Anton Graber, ancien président du Landesbund Tirol (LBT, « Ligue régionale du Tyrol ») de 1990 à 2002, a annoncé lundi son départ, « sans regret et sans amertume », a-t-il précisé.",
      "fr",
    );
    expect(only(french.quotes, "direct").map((quote) => quote.text)).toEqual(["sans regret et sans amertume"]);
    const english = quotesOf(
      'Anton Graber, who led the Landesbund Tirol (LBT, "Tyrol Regional League") until 2002, said on Monday he was leaving "without regret or bitterness."',
      "en",
    );
    expect(only(english.quotes, "direct").map((quote) => quote.text)).toEqual(["without regret or bitterness."]);
  });

  it("reads a quotation over two paragraphs as one, attributed after it", () => {
    const { document, quotes } = quotesOf(
      "« Nous avons beaucoup travaillé cette année sur la réforme des retraites.\n\n« Nous continuerons l'an prochain avec la même énergie », a promis Gabriel Attal.",
      "fr",
    );
    const [quote] = only(quotes, "direct");
    expect(quote).toMatchObject({ speaker: "Gabriel Attal", cue: "a promis" });
    expect(quote!.text.startsWith("Nous avons beaucoup travaillé")).toBe(true);
    expect(quote!.text.endsWith("avec la même énergie")).toBe(true);
    expectExactSpans(document, quotes);
  });
});

describe("indirect speech in French", () => {
  it("reads the clause after « que » with the subject as speaker", () => {
    const { document, quotes } = quotesOf("Dmitri Peskov a indiqué que la conversation aurait lieu jeudi soir.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "la conversation aurait lieu jeudi soir", speaker: "Dmitri Peskov", cue: "a indiqué" }]);
    expectExactSpans(document, quotes);
  });

  it("reads content placed before an inverted verb, and a pronoun for the last speaker", () => {
    const { document, quotes } = quotesOf(
      "La rencontre a été demandée par Moscou, a précisé Dmitri Peskov. Les deux présidents parleront aussi du gaz, a-t-il ajouté.",
      "fr",
    );
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "La rencontre a été demandée par Moscou", speaker: "Dmitri Peskov", cue: "a précisé" },
      { text: "Les deux présidents parleront aussi du gaz", speaker: "Dmitri Peskov", cue: "a-t-il ajouté" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("reads « selon X » and « Comme indiqué au ministère … » attributions", () => {
    const { document, quotes } = quotesOf(
      "Selon le ministère des Affaires étrangères, les négociations reprendront en janvier. Comme indiqué au ministère des Affaires étrangères, un nouveau cycle de confrontation est possible.",
      "fr",
    );
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "les négociations reprendront en janvier", speaker: "ministère des Affaires étrangères", cue: "Selon" },
      { text: "un nouveau cycle de confrontation est possible", speaker: "ministère des Affaires étrangères", cue: "indiqué" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("reads no quote from a source whose comma ends the text, in French and in English", () => {
    for (const [body, language] of [
      ["Selon le ministre,", "fr"],
      ["Comme l'a indiqué le ministre,", "fr"],
      ["According to the minister,", "en"],
      ["As the minister said,", "en"],
    ] as const) {
      expect(parseDocument(body, { language }).quotes).toEqual([]);
      expect(quotesOf(body, language).quotes).toEqual([]);
    }
  });

  it("reads « selon X » closing a sentence without a comma, and « selon laquelle » after a noun", () => {
    const { document, quotes } = quotesOf(
      "Les travaux du pont dureront jusqu'en juin selon le Directeur des routes. La mairie a diffusé une note selon laquelle la circulation sera rétablie lundi. La séance a été levée selon la procédure.",
      "fr",
    );
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "Les travaux du pont dureront jusqu'en juin", speaker: "Directeur des routes", cue: "selon" },
      { text: "la circulation sera rétablie lundi", speaker: "mairie", cue: "selon" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("keeps an aside in « alors que » when a second « et que » clause follows it, and stops at it otherwise", () => {
    const { quotes } = quotesOf(
      "Le syndicat a rappelé que la grève durerait, alors que la direction espérait un accord, et que les salariés resteraient mobilisés. Le maire a assuré que la piscine rouvrirait, alors que les travaux ont pris du retard.",
      "fr",
    );
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual([
      "la grève durerait, alors que la direction espérait un accord, et que les salariés resteraient mobilisés",
      "la piscine rouvrirait",
    ]);
  });

  it("reads pronominal verbs of saying and « a réagi » after a quotation", () => {
    const { document, quotes } = quotesOf(
      "« Le tracé coupe nos champs en deux », s'insurge Hélène Marchal. « Personne ne nous a consultés », s'est indignée Hélène Marchal. « Nous verrons en septembre », a réagi Bruno Lefort. Bruno Lefort se félicite que la concertation reprenne.",
      "fr",
    );
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker, quote.cue])).toEqual([
      ["direct", "Le tracé coupe nos champs en deux", "Hélène Marchal", "s'insurge"],
      ["direct", "Personne ne nous a consultés", "Hélène Marchal", "s'est indignée"],
      ["direct", "Nous verrons en septembre", "Bruno Lefort", "a réagi"],
      ["indirect", "la concertation reprenne", "Bruno Lefort", "se félicite"],
    ]);
    expectExactSpans(document, quotes);
  });

  it("reads « avant d'ajouter que » as the subject speaking on, and « peut-on lire dans » as the document's words", () => {
    const { quotes } = quotesOf(
      "Claire Vidal a confirmé que l'usine fermerait, avant d'ajouter que les salariés seraient reclassés. « Le site ne rouvrira pas », peut-on lire dans un communiqué de la préfecture de la Somme.",
      "fr",
    );
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker, quote.cue])).toEqual([
      ["indirect", "l'usine fermerait", "Claire Vidal", "a confirmé"],
      ["indirect", "les salariés seraient reclassés", "Claire Vidal", "avant d'ajouter"],
      ["direct", "Le site ne rouvrira pas", "préfecture de la Somme", "peut-on lire"],
    ]);
  });

  it("reads « juger que » and « ne pas exclure que » as verbs of saying, not « le juge »", () => {
    const { quotes } = quotesOf(
      "Le juge a ouvert l'audience à midi. Sophie Caron a jugé que le contrat était caduc. Sophie Caron n'a pas exclu que le chantier soit suspendu. Le retard est inévitable, juge Sophie Caron.",
      "fr",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["le contrat était caduc", "Sophie Caron"],
      ["le chantier soit suspendu", "Sophie Caron"],
      ["Le retard est inévitable", "Sophie Caron"],
    ]);
  });

  it("skips a relay between commas after « selon X »", () => {
    const { quotes } = quotesOf("Selon la gendarmerie, citée par Ouest-France, trois bateaux ont chaviré dans le port.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "trois bateaux ont chaviré dans le port", speaker: "gendarmerie", cue: "Selon" }]);
  });

  it("skips a relative clause between commas after « selon X »", () => {
    const { quotes } = quotesOf("Selon le préfet, qui s'est rendu sur place mardi, la digue a cédé vers minuit.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "la digue a cédé vers minuit", speaker: "préfet" }]);
  });

    it("ends the report before a closing comment on it (« , ce que X dément ») and gives it to the source", () => {
    const { quotes } = quotesOf("D'après la radio locale, le directeur aurait démissionné, ce que la direction n'a pas confirmé. Selon la police, elle a interpellé Marc Léger, qui a été relâché.", "fr");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["le directeur aurait démissionné", "radio locale"],
      ["elle a interpellé Marc Léger, qui a été relâché", "police"],
    ]);
  });

    it("does not read a name and its apposition as a clause reported by the verb's object", () => {
    const { quotes } = quotesOf(
      "Lucie Berthier, présidente du club, a annoncé sa démission. Les travaux reprendront lundi, a annoncé Lucie Berthier.",
      "fr",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["Les travaux reprendront lundi", "Lucie Berthier"]]);
  });

  it("reads « lâche », « a tempêté » and « soupire » after a quotation, not « la tempête »", () => {
    const { quotes } = quotesOf(
      "La tempête a coupé la route. « On nous a oubliés », lâche Odile Ferrand. « Trois jours sans courant », a tempêté Odile Ferrand. « Il faut patienter », soupire Yves Morel.",
      "fr",
    );
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.cue])).toEqual([
      ["On nous a oubliés", "Odile Ferrand", "lâche"],
      ["Trois jours sans courant", "Odile Ferrand", "a tempêté"],
      ["Il faut patienter", "Yves Morel", "soupire"],
    ]);
  });

  it("reads an inverted present tense with its pronoun and « selon lui »", () => {
    const { document, quotes } = quotesOf(
      "Ursula von der Leyen a annoncé que la Commission agirait vite. « Le calendrier reste très serré », ajoute-t-elle. Selon elle, les États membres suivront.",
      "fr",
    );
    expect(quotes).toMatchObject([
      { kind: "indirect", text: "la Commission agirait vite", speaker: "Ursula von der Leyen", cue: "a annoncé" },
      { kind: "direct", text: "Le calendrier reste très serré", speaker: "Ursula von der Leyen", cue: "ajoute-t-elle" },
      { kind: "indirect", text: "les États membres suivront", speaker: "Ursula von der Leyen", cue: "Selon" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("names an unnamed official by the noun without its article", () => {
    const { quotes } = quotesOf("Le préfet a estimé que la situation était sous contrôle.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "la situation était sous contrôle", speaker: "préfet", cue: "a estimé" }]);
  });

  it("reads a verb phrase split by an adverb and names a group after its quantifier", () => {
    const { document, quotes } = quotesOf("Plusieurs syndicats font pourtant valoir que la réforme pèsera sur les salaires.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "la réforme pèsera sur les salaires", speaker: "syndicats", cue: "font pourtant valoir" }]);
    expectExactSpans(document, quotes);
  });

  it("reads the clause after « que » when a medium or a time stands between it and the verb, not a relative after an object", () => {
    const { quotes } = quotesOf(
      "La maire, Odile Fabre, a jugé sur France Bleu que le chantier avait pris trop de retard. Le préfet a estimé dimanche après la crue que la digue avait tenu. Le préfet a annoncé lundi les aides que l'État compte verser.",
      "fr",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["le chantier avait pris trop de retard", "Odile Fabre"],
      ["la digue avait tenu", "préfet"],
    ]);
  });

    it("reads a second participle that shares the auxiliary of the first", () => {
    const { quotes } = quotesOf("Le club a aussitôt démenti toute vente et précisé que l'entraîneur restait en poste. Le stade est resté fermé et gardé.", "fr");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "l'entraîneur restait en poste", speaker: "club", cue: "précisé" }]);
  });

    it("gives a pronoun after a colon to the subject that opens the sentence", () => {
    const { quotes } = quotesOf("Pour l'économiste Hélène Royer, la croissance « reste fragile » : elle estime que le chômage remontera. Les éleveurs sont inquiets : ils affirment que les prix ont chuté.", "fr");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
      ["reste fragile", "Hélène Royer"],
      ["le chômage remontera", "Hélène Royer"],
      ["les prix ont chuté", "éleveurs"],
    ]);
  });

    it("ends a sentence after a one-letter name when a pronoun opens the next, not after an initial", () => {
    const { quotes } = quotesOf("La députée Anne Roux a dénoncé « une faute grave » sur X. Elle estime que « la loi doit être retirée sans délai ». Paul Marin a salué J. Le Pen pour sa « campagne très efficace ».", "fr");
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["une faute grave", "Anne Roux"],
      ["la loi doit être retirée sans délai", "Anne Roux"],
      ["campagne très efficace", "Paul Marin"],
    ]);
  });

    it("reads a stressed pronoun between commas as the subject repeated, not as the end of reported content", () => {
    const { quotes } = quotesOf("Les riverains, eux, réclament un mur antibruit depuis des années. Les commerçants, eux, ont affirmé que la rue resterait ouverte.", "fr");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["la rue resterait ouverte", "commerçants"]]);
  });

    it("does not repeat a quotation as indirect speech when it is the whole clause", () => {
    const { quotes } = quotesOf("François Fillon a précisé qu'il « se rendra à la convocation des juges ».", "fr");
    expect(only(quotes, "indirect")).toEqual([]);
    expect(only(quotes, "direct")).toMatchObject([{ text: "se rendra à la convocation des juges", speaker: "François Fillon" }]);
  });
});

describe("direct quotes in English", () => {
  it("attributes “…,” he said. “…” to the speaker named before", () => {
    const { document, quotes } = quotesOf(
      "Dmytro Kuleba urged Western capitals to act quickly.\n\n“Every day of delay is a gift to the Kremlin,” he said. “We cannot wait any longer.”",
      "en",
    );
    expect(only(quotes, "direct")).toMatchObject([
      { text: "Every day of delay is a gift to the Kremlin,", speaker: "Dmytro Kuleba", cue: "said" },
      { text: "We cannot wait any longer.", speaker: "Dmytro Kuleba" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("reads “…,” said X and X said: “…” with straight and curly marks", () => {
    const { document, quotes } = quotesOf(
      `"The talks were useful but hard," said Antony Blinken. Jen Psaki said: "A summit is certainly not on the table for now."`,
      "en",
    );
    expect(only(quotes, "direct")).toMatchObject([
      { text: "The talks were useful but hard,", speaker: "Antony Blinken", cue: "said" },
      { text: "A summit is certainly not on the table for now.", speaker: "Jen Psaki", cue: "said" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("continues a quotation into a paragraph that opens with “ when the first did not close", () => {
    const { document, quotes } = quotesOf(
      "Jake Sullivan described the call at length.\n\n“This was not a meeting about deliverables.\n\n“It was about keeping the lines open,” Sullivan told reporters.",
      "en",
    );
    const [quote] = only(quotes, "direct");
    expect(quote).toMatchObject({ speaker: "Jake Sullivan", cue: "told" });
    expect(quote!.text).toBe("This was not a meeting about deliverables.\n\n“It was about keeping the lines open,");
    expectExactSpans(document, quotes);
  });

  it("leaves out a quoted name used as a modifier", () => {
    const { quotes } = quotesOf("The White House said Biden had reaffirmed the “one China” policy on Monday.", "en");
    expect(only(quotes, "direct")).toEqual([]);
    expect(only(quotes, "indirect")).toMatchObject([{ text: "Biden had reaffirmed the “one China” policy on Monday", speaker: "White House", cue: "said" }]);
  });
});

describe("indirect speech in English", () => {
  it("reads a clause without \"that\" only when it has a verb of its own, not an object", () => {
    const { quotes } = quotesOf(
      "The utility reported a loss of nine million dollars on Monday. The club claimed the league title in Lyon. Officials confirmed the arrest of two suspects. Ghana previously announced it planned to join the pact. The envoy announced Togo was to join. Karen Holt said Chile supports the bid. The bank said the pact might help trade.",
      "en",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.cue])).toEqual([
      ["it planned to join the pact", "announced"],
      ["Togo was to join", "announced"],
      ["Chile supports the bid", "said"],
      ["the pact might help trade", "said"],
    ]);
  });

  it("reads “told reporters that …”, keeping a partial quotation inside as both kinds", () => {
    const { document, quotes } = quotesOf(`Kremlin spokesman Dmitry Peskov told reporters that Moscow remained "open to diplomacy" this week.`, "en");
    expect(only(quotes, "indirect")).toMatchObject([{ text: `Moscow remained "open to diplomacy" this week`, speaker: "Dmitry Peskov", cue: "told" }]);
    expect(only(quotes, "direct")).toMatchObject([{ text: "open to diplomacy", speaker: "Dmitry Peskov" }]);
    expectExactSpans(document, quotes);
  });

  it("reads a clause without “that”, a participle clause and “according to X”", () => {
    const { document, quotes } = quotesOf(
      "Antony Blinken cancelled the meeting on Tuesday, saying Moscow had chosen confrontation. According to Ned Price, the talks could resume in March.",
      "en",
    );
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "Moscow had chosen confrontation", speaker: "Antony Blinken", cue: "saying" },
      { text: "the talks could resume in March", speaker: "Ned Price", cue: "According to" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("skips the audience and the day of “told reporters today …”", () => {
    const { document, quotes } = quotesOf("Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be carried out.", "en");
    expect(quotes).toMatchObject([{ kind: "indirect", text: "psychiatric assessments will be carried out", speaker: "Krzysztof Sierak", cue: "told" }]);
    expectExactSpans(document, quotes);
  });

  it("reads content before “, X said” and stops a clause at “, while”", () => {
    const { document, quotes } = quotesOf(
      "The summit will take place in Geneva next month, Ned Price said. Peskov said the date was not fixed, while others disagreed.",
      "en",
    );
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "The summit will take place in Geneva next month", speaker: "Ned Price", cue: "said" },
      { text: "the date was not fixed", cue: "said" },
    ]);
    expectExactSpans(document, quotes);
  });

  it("reads a plural verb after an adverb, and takes neither a plural noun before its verb nor a noun after a modifier for a verb", () => {
    const { quotes } = quotesOf(
      "In Lyon, local unions also claim the strike will spread to the ports. The coastal states will vote in May. Both agencies reported a rally in support of Kurdish farmers.",
      "en",
    );
    expect(only(quotes, "indirect")).toMatchObject([{ text: "the strike will spread to the ports", speaker: "local unions", cue: "claim" }]);
  });

  it("takes a plural noun right before a reporting verb for that verb's subject, not for the verb", () => {
    const { quotes } = quotesOf(
      "The council delayed the vote after fishing groups in two coastal states complained that the quotas were too strict.",
      "en",
    );
    expect(only(quotes, "indirect")).toMatchObject([{ text: "the quotas were too strict", cue: "complained" }]);
  });

  it("starts the subject of a verb of saying after a subordinating conjunction", () => {
    const { quotes } = quotesOf(
      "Governor Ellen Moss vetoed the budget when teachers' unions complained that classrooms were overcrowded.",
      "en",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["classrooms were overcrowded", "teachers' unions"]]);
    const fr = quotesOf("Le maire Paul Girard a suspendu le chantier lorsque des riverains ont affirmé que le bruit était insupportable.", "fr");
    expect(only(fr.quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["le bruit était insupportable", "riverains"]]);
  });

  it("reports nothing when the words before the verb are its subject with a name in apposition", () => {
    const { quotes } = quotesOf("La présidente de la région, Martine Roussel, en visite à Brest, a promis une aide aux pêcheurs.", "fr");
    expect(only(quotes, "indirect")).toEqual([]);
    const en = quotesOf("The regional governor, Martin Ross, on a visit to Bristol, promised help for fishermen.", "en");
    expect(only(en.quotes, "indirect")).toEqual([]);
  });

  it("reads a clause after a verb that follows the subject's apposition, and keeps “…, said X” inverted", () => {
    const { quotes } = quotesOf(
      "Martha Lowe, speaking at a town hall in Dayton, said the plant would stay open. Martha Lowe, 61, said the union had been consulted. The plant will stay open, said the governor who brokered the deal.",
      "en",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["the plant would stay open", "Martha Lowe"],
      ["the union had been consulted", "Martha Lowe"],
      ["The plant will stay open", "governor"],
    ]);
  });

  it("gives a quotation to the subject before its apposition when only the audience follows the verb", () => {
    const { quotes } = quotesOf(
      "“The levee will hold,” Rita Gomez, the county engineer, told reporters. “We saw the water rise,” one farmer said. Three witnesses told reporters the car was speeding.",
      "en",
    );
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([
      ["direct", "The levee will hold,", "Rita Gomez"],
      ["direct", "We saw the water rise,", "farmer"],
      ["indirect", "the car was speeding", "witnesses"],
    ]);
  });

  it("reads “that” after an adverb following the verb", () => {
    const { quotes } = quotesOf("Greta Lind said afterwards that the vote had been fair. Greta Lind said repeatedly that the count was over.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the vote had been fair", "the count was over"]);
  });

  it("skips a month after the verb and ends a clause before “, further saying”", () => {
    const { quotes } = quotesOf(
      "The regulator said in October the tariff would rise. Dana Cole said the levy was \"simply unfair,\" further saying, \"Farmers will leave the region.\"",
      "en",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.cue])).toEqual([
      ["the tariff would rise", "said"],
      ['the levy was "simply unfair,"', "said"],
    ]);
    expect(only(quotes, "direct")).toMatchObject([{ text: "simply unfair,", speaker: "Dana Cole" }, { text: "Farmers will leave the region.", speaker: "Dana Cole" }]);
  });

  it("reads “police say …” and “was quoted as saying …”", () => {
    const { quotes } = quotesOf("Police say the driver lost control on the bridge. The mayor was quoted as saying the bridge would be closed for a week.", "en");
    expect(only(quotes, "indirect")).toMatchObject([
      { text: "the driver lost control on the bridge", speaker: "police", cue: "say" },
      { text: "the bridge would be closed for a week", speaker: "mayor", cue: "quoted as saying" },
    ]);
  });

  it("reads a clause after a medium or adverbs set off by commas between the verb and “that”", () => {
    const { quotes } = quotesOf(
      "The ministry said in a video message that the launch was delayed. Ella Brandt warned, however, that the repairs would take weeks. She wrote in the report that was leaked to the press.",
      "en",
    );
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["the launch was delayed", "ministry"],
      ["the repairs would take weeks", "Ella Brandt"],
    ]);
  });

  it("reads the clause after “told” and a named outlet, and keeps a possessive that opens the clause", () => {
    const { quotes } = quotesOf("Omar Vance told the Courier the plan was dead. The Riverside Growers' Union said its members would strike.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the plan was dead", "its members would strike"]);
  });

    it("gives an unattributed quotation to the speaker whose words the sentence before reported", () => {
    const { quotes } = quotesOf("Nadia Kress warned that the dam was at risk. “The water is still rising. We need more pumps tonight.”", "en");
    expect(only(quotes, "direct")).toMatchObject([{ text: "The water is still rising. We need more pumps tonight.", speaker: "Nadia Kress" }]);
  });

    it("ends the report before “, which X denied” but keeps a relative that describes a noun", () => {
    const { quotes } = quotesOf("According to the Tribune, the coach was fired, which the club denied. Officials said they questioned Ian Pryor, who is 52.", "en");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["the coach was fired", "Tribune"],
      ["they questioned Ian Pryor, who is 52", "Officials"],
    ]);
  });

    it("ends the report before “, citing …” or “, blaming …” and gives it to the subject before an apposition with an owner", () => {
    const { quotes } = quotesOf("Harlow Mills, Scotland's oldest paper maker, said it would close two plants, blaming the cost of energy. The board said it would sell the site, citing weak demand.", "en");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["it would close two plants", "Harlow Mills"],
      ["it would sell the site", "board"],
    ]);
  });

    it("reads no clause after “declared” when the verb that follows belongs to the subject (“… and said”)", () => {
    const { quotes } = quotesOf("The mayor declared a curfew for the old town on Friday and said the army would patrol. Officials announced Chad and Niger had left the bloc.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the army would patrol", "Chad and Niger had left the bloc"]);
  });

    it("ends a reported clause before “, as …” that sets the scene", () => {
    const { quotes } = quotesOf("The minister insisted that the tax would not rise, as thousands of farmers marched on the capital.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the tax would not rise"]);
  });

    it("leaves the conjunction that opens a sentence out of the subject (“But she cautioned that …”)", () => {
    const { quotes } = quotesOf("Rosa Hale praised the budget. But she cautioned that the deficit would \"grow again next year\" without cuts.", "en");
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["indirect", "Rosa Hale"],
      ["direct", "Rosa Hale"],
    ]);
  });

    it("reads a clause without “that” whose verb is an irregular past (“fell”, “grew”)", () => {
    const { quotes } = quotesOf("The retailer said profit fell 8% last year. Officials said the crowd grew after dark.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["profit fell 8% last year", "the crowd grew after dark"]);
  });

    it("reads content before “, X said Tuesday” and “, X told reporters.”", () => {
    const { quotes } = quotesOf("The dam held through the night, county officials said Tuesday. Water levels were falling, engineers told reporters.", "en");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["The dam held through the night", "county officials"],
      ["Water levels were falling", "engineers"],
    ]);
  });

    it("does not read an acronym that spells a relative pronoun (“WHO”) as one", () => {
    const { quotes } = quotesOf("In a briefing, WHO official Lara Menon said the outbreak was “under control”.", "en");
    expect(quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["indirect", "Lara Menon"],
      ["direct", "Lara Menon"],
    ]);
  });

    it("does not take a passive “reported by” for a report", () => {
    const { quotes } = quotesOf("The badge was used by the attacker, as reported by local media on Monday.", "en");
    expect(only(quotes, "indirect")).toEqual([]);
  });
});

describe("robustness", () => {
  it("never throws on unbalanced or adversarial quotation text", () => {
    for (const text of ["«", "»", "« »", '"', '""', "“”", "« a » , a-t-il", ", a déclaré", '"x," he said. "', "«".repeat(5000), "selon", "according to"]) {
      expect(() => parseDocument(text)).not.toThrow();
    }
  });
});

describe("a naming noun after a verb of judging", () => {
  it("takes a lower-case quotation as what it is judged to be, said by the subject", () => {
    const { quotes } = quotesOf("Nora Lind called the budget “a betrayal of the north” in a speech.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["a betrayal of the north", "Nora Lind"]]);
    const french = quotesOf("Nora Lind a qualifié le plan de « trahison du nord ».", "fr").quotes;
    expect(french.map((quote) => [quote.text, quote.speaker])).toEqual([["trahison du nord", "Nora Lind"]]);
  });

  it("still takes a capitalised one as the thing's name", () => {
    expect(quotesOf("The navy called the operation “Northern Shield” in its statement.", "en").quotes).toEqual([]);
  });
});

describe("reported clauses of everyday news", () => {
  const reported = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "indirect").map((quote) => [quote.text, quote.speaker]);

  it("reaches « que » past a time and a place between the verb and its clause", () => {
    expect(reported("La préfète, Anne Rivière, a annoncé jeudi soir en conseil municipal que la route serait rouverte avant l’été.", "fr")).toEqual([
      ["la route serait rouverte avant l’été", "Anne Rivière"],
    ]);
  });

  it("keeps a relative of place inside the report", () => {
    expect(reported("Le capitaine a expliqué que l’équipe logeait dans un hôtel près du port, où les joueurs se reposeraient jusqu’à vendredi.", "fr")).toEqual([
      ["l’équipe logeait dans un hôtel près du port, où les joueurs se reposeraient jusqu’à vendredi", "capitaine"],
    ]);
    expect(reported("The coach said the team was staying at a hotel near the airport, where the players would rest until Friday.", "en")).toEqual([
      ["the team was staying at a hotel near the airport, where the players would rest until Friday", "coach"],
    ]);
  });

  it("ends the report at the speaker's own second verb", () => {
    expect(reported("Officials insisted the plan was affordable and accused critics of spreading fear.", "en")).toEqual([["the plan was affordable", "Officials"]]);
  });

  it("reads past the one told and the medium after “told”", () => {
    expect(reported("The chief executive told staff in an email that the office would close in March.", "en")).toEqual([["the office would close in March", "chief executive"]]);
  });

  it("reads « a dit craindre que » as a verb of saying", () => {
    expect(reported("Le sénateur a dit craindre que la réforme ne pénalise les petites communes.", "fr")).toEqual([["la réforme ne pénalise les petites communes", "sénateur"]]);
  });

  it("gives a report to the author of a statement “from” an office named with a possessive", () => {
    expect(reported("The lane stays closed until May, according to a statement from the Lake County Sheriff's Office.", "en")).toEqual([
      ["The lane stays closed until May", "Lake County Sheriff's Office"],
    ]);
  });
});

describe("a partial quotation followed by a preposition", () => {
  it("is speech in the report, not a name's modifier", () => {
    const french = quotesOf("La capitaine, Léa Giraud, a déclaré que son équipe n’avait « aucune appréhension » face aux Lyonnaises.", "fr").quotes;
    expect(only(french, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["aucune appréhension", "Léa Giraud"]]);
    const english = quotesOf("The minister, Anna Berg, said the talks were “going nowhere” despite the new offer.", "en").quotes;
    expect(only(english, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["going nowhere", "Anna Berg"]]);
  });
});

describe("a relative clause on the speaker just named after the verb", () => {
  it("reports for that speaker", () => {
    const { quotes } = quotesOf("« Le bâtiment était vétuste », a expliqué l’élue, Claire Fabre, qui assure que les élèves seront accueillis au collège voisin.", "fr");
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([
      ["direct", "Le bâtiment était vétuste", "Claire Fabre"],
      ["indirect", "les élèves seront accueillis au collège voisin", "Claire Fabre"],
    ]);
    const unnamed = quotesOf("« Le bâtiment était vétuste », a expliqué le proviseur, qui assure que les élèves seront accueillis au collège voisin.", "fr").quotes;
    expect(unnamed.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["direct", "proviseur"],
      ["indirect", "proviseur"],
    ]);
  });
});

describe("an inverted speaker followed by an adjunct", () => {
  it("reads the clause before the verb, and the speaker up to the adjunct", () => {
    const french = only(quotesOf("Les négociations reprendront avant la fin du mois, a affirmé lundi la ministre néerlandaise du Commerce, Ilse Vermeer, après un entretien avec son homologue chinois.", "fr").quotes, "indirect");
    expect(french.map((quote) => [quote.text, quote.speaker])).toEqual([["Les négociations reprendront avant la fin du mois", "Ilse Vermeer"]]);
    const english = only(quotesOf("The talks will resume next week in Geneva, said the Austrian foreign minister, Jan Novak, after meeting his Iranian counterpart in Vienna on Tuesday.", "en").quotes, "indirect");
    expect(english.map((quote) => [quote.text, quote.speaker])).toEqual([["The talks will resume next week in Geneva", "Jan Novak"]]);
  });

  it("does not take a name in the adjunct for the speaker", () => {
    const quotes = only(quotesOf("Le dialogue reprendra bientôt, a indiqué le porte-parole du gouvernement, après un entretien avec Karim Benali.", "fr").quotes, "indirect");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["Le dialogue reprendra bientôt", "porte-parole du gouvernement"]]);
  });
});

describe("more shapes of reported speech", () => {
  const reported = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "indirect").map((quote) => [quote.text, quote.speaker]);

  it("reads a number with a thousands comma as one word of the source", () => {
    expect(reported("Most voters back the new tram line, according to a poll of 2,400 residents conducted by Civix Research.", "en")).toEqual([
      ["Most voters back the new tram line", "Civix Research"],
    ]);
  });

  it("keeps an age between commas inside a clause without “that”", () => {
    expect(reported("Investigators said Paul Hendry, 47, had moved the funds to an account in Cyprus.", "en")).toEqual([
      ["Paul Hendry, 47, had moved the funds to an account in Cyprus", "Investigators"],
    ]);
  });

  it("reads a clause without “that” after a participle of saying", () => {
    expect(reported("The mayor, Karen Doyle, defended the budget, insisting the cuts were needed to balance the books.", "en")).toEqual([
      ["the cuts were needed to balance the books", "Karen Doyle"],
    ]);
  });

  it("reads a report that opens with a quotation after « que »", () => {
    const quotes = quotesOf("Une porte-parole a confirmé à l’AFP que « tous les sites » de la région étaient concernés.", "fr").quotes;
    expect(quotes.map((quote) => [quote.kind, quote.text])).toEqual([
      ["indirect", "« tous les sites » de la région étaient concernés"],
      ["direct", "tous les sites"],
    ]);
  });

  it("reads no report from a fronted adverbial before the subject and its verb", () => {
    expect(reported("Sur place, les habitants s’inquiètent.", "fr")).toEqual([]);
    expect(reported("Dans la soirée, le ministère a réagi.", "fr")).toEqual([]);
  });

  it("reads no report from a fronted time adverb, nor from a long phrase of time and medium words", () => {
    expect(reported("Earlier on Friday, the Harbour Council confirmed him.", "en")).toEqual([]);
    expect(reported("Earlier this week on Wednesday on the local television, Mayor Ted Quill said — as reported by the Courier — \"We will run\".", "en")).toEqual([]);
    expect(reported("On Monday the town gets new buses, the mayor said.", "en")).toEqual([["On Monday the town gets new buses", "mayor"]]);
  });

  it("reads no report before a clause that a conjunction joins (“…, but the board had not confirmed it”)", () => {
    expect(reported("On Friday, the Harbour Council approved him, but the Senate had not confirmed him.", "en")).toEqual([]);
  });
});

describe("a one-letter name before a period", () => {
  it("ends the sentence when an article and a common noun follow", () => {
    const quotes = quotesOf("« Nous resterons », a-t-elle écrit sur le réseau social X. La gendarmerie a indiqué avoir interpellé deux suspects.", "fr").quotes;
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["avoir interpellé deux suspects", "gendarmerie"]]);
  });
});

describe("a subject followed by its acronym in parentheses", () => {
  it("still speaks", () => {
    const quotes = only(quotesOf("The National Transportation Safety Board (NTSB) said the pilot had not filed a flight plan.", "en").quotes, "indirect");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the pilot had not filed a flight plan", "National Transportation Safety Board"]]);
  });
});

describe("an impersonal « on » after a fronted place", () => {
  it("speaks for the place", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("À l’Élysée, on assure que le calendrier sera tenu.")).toEqual([["le calendrier sera tenu", "Élysée"]]);
    expect(reported("Au ministère de la Santé, on indique que les stocks de vaccins sont suffisants.")).toEqual([["les stocks de vaccins sont suffisants", "ministère de la Santé"]]);
  });
});

describe("a negation alone between a comma and the verb", () => {
  it("is no subject: what comes before is the subject's apposition, not a report", () => {
    const quotes = quotesOf("Interrogée jeudi au Sénat, la ministre de la Culture, Rima Haddad, n’a pas démenti.", "fr").quotes;
    expect(only(quotes, "indirect")).toEqual([]);
  });
});

describe("reports in English wire copy", () => {
  const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);

  it("takes “the agency” as the one who speaks", () => {
    expect(reported("Hikers should stay off the ridge trail, the agency said.")).toEqual([["Hikers should stay off the ridge trail", "agency"]]);
  });

  it("reads no report from a passive at the end of a report", () => {
    expect(reported("The firm said it had found 12 faulty units, though no injuries have been reported.")).toEqual([["it had found 12 faulty units", "firm"]]);
  });

  it("reads a gerund's object as a noun, not a verb of saying", () => {
    expect(reported("Brightline is recalling 40,000 kettles after receiving reports that the lids can fly off, the U.S. Consumer Product Safety Commission said Tuesday.")).toEqual([
      ["Brightline is recalling 40,000 kettles after receiving reports that the lids can fly off", "U.S. Consumer Product Safety Commission"],
    ]);
  });

  it("reads a clause without “that” after “estimated”", () => {
    expect(reported("Analysts at Kestrel Bank estimated the strike could cost the airline $30 million.")).toEqual([["the strike could cost the airline $30 million", "Analysts"]]);
  });
});

describe("a capitalised quotation in apposition to a naming noun", () => {
  it("is a title, not speech", () => {
    const quotes = quotesOf("Le cinéaste Paul Méric présente son premier documentaire, « Les Routes du sel ».", "fr").quotes;
    expect(only(quotes, "direct")).toEqual([]);
  });
});

describe("a long medium between the verb and « que »", () => {
  it("reaches the clause past « à l'issue du Conseil des ministres »", () => {
    const quotes = only(quotesOf("La porte-parole du gouvernement, Inès Morel, a indiqué à l’issue du Conseil des ministres que le projet serait présenté en mai.", "fr").quotes, "indirect");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["le projet serait présenté en mai", "Inès Morel"]]);
  });

  it("still reads « que » after an object as a relative", () => {
    expect(only(quotesOf("Le ministre a annoncé lundi des mesures que les syndicats jugent insuffisantes.", "fr").quotes, "indirect")).toEqual([]);
  });
});

describe("words around the speaker of a French verb", () => {
  const said = (body: string) => quotesOf(body, "fr").quotes.map((quote) => [quote.kind, quote.text, quote.speaker]);

  it("leaves an object pronoun before the verb out of the subject", () => {
    expect(said("La ministre l’a redit : « Aucune école ne fermera. »")).toEqual([["direct", "Aucune école ne fermera.", "ministre"]]);
  });

  it("does not take the outlet spoken to for the speaker", () => {
    expect(said("« Nous tiendrons », a déclaré au Figaro le ministre des Armées.")).toEqual([["direct", "Nous tiendrons", "ministre des Armées"]]);
  });

  it("reads « devant les députés » as a place between the verb and « que »", () => {
    expect(said("La Première ministre a assuré mercredi devant les sénateurs que le budget serait voté à temps.")).toEqual([["indirect", "le budget serait voté à temps", "Première ministre"]]);
  });
});

describe("a participle of judging after the report", () => {
  it("ends the report", () => {
    const quotes = only(quotesOf("The governor said Monday that she would sign the bill, calling it “long overdue.”", "en").quotes, "indirect");
    expect(quotes.map((quote) => quote.text)).toEqual(["she would sign the bill"]);
  });
});

describe("a sentence opening with a title and a name in apposition, before an inverted verb", () => {
  it("is reported content when a verb phrase follows the name", () => {
    const text = "Le ministre délégué chargé de l'Industrie, Paul Roux, doit recevoir les syndicats lundi prochain, a fait savoir son cabinet.";
    const quotes = parseDocument(text, { language: "fr", publishedAt: "2025-11-12" }).quotes;
    expect(quotes.map((quote) => [quote.kind, quote.cue])).toEqual([["indirect", "a fait savoir"]]);
  });
});

describe("an impersonal « on » after a fronted « de source … »", () => {
  it("speaks for the source the adverbial names", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("De source judiciaire, on confirme que deux suspects ont été interpellés.")).toEqual([["deux suspects ont été interpellés", "source judiciaire"]]);
    expect(reported("De source proche de l'enquête, on affirme que le véhicule a été retrouvé.")).toEqual([["le véhicule a été retrouvé", "source proche de l'enquête"]]);
  });
});

describe("an inverted verb of saying inside guillemets (« …, a-t-elle reconnu. … »)", () => {
  const direct = (body: string) => only(quotesOf(body, "fr").quotes, "direct").map((quote) => [quote.text, quote.speaker]);

  it("splits the quotation around the words that are not the speaker's", () => {
    expect(direct("La directrice de l'usine, Anne Morel, a reçu les salariés mardi. « Les commandes ont chuté de moitié, a-t-elle reconnu. Il faut réagir vite. »")).toEqual([
      ["Les commandes ont chuté de moitié", "Anne Morel"],
      ["Il faut réagir vite.", "Anne Morel"],
    ]);
    expect(direct("Le maire, Paul Vidal, a visité le chantier. « Le pont rouvrira, assure-t-il, avant la fin de l'été. »")).toEqual([
      ["Le pont rouvrira", "Paul Vidal"],
      ["avant la fin de l'été.", "Paul Vidal"],
    ]);
  });

  it("keeps a short quotation before an inverted verb of saying and its pronoun", () => {
    expect(direct("Le maire, Paul Vidal, a visité le chantier. « Le pont rouvrira », assure-t-il, « avant la fin de l'été ».")).toEqual([
      ["Le pont rouvrira", "Paul Vidal"],
      ["avant la fin de l'été", "Paul Vidal"],
    ]);
  });

  it("splits at an inverted verb followed by its audience or medium", () => {
    expect(direct("La sénatrice Laure Bastide a quitté la séance. « Ce texte est bâclé, a-t-elle dit aux journalistes. Nous voterons contre. »")).toEqual([
      ["Ce texte est bâclé", "Laure Bastide"],
      ["Nous voterons contre.", "Laure Bastide"],
    ]);
    expect(direct("Le gardien, Hugo Lenoir, a été blessé. « Je reviendrai vite, précise-t-il à l’Écho du Nord. La saison est longue. »")).toEqual([
      ["Je reviendrai vite", "Hugo Lenoir"],
      ["La saison est longue.", "Hugo Lenoir"],
    ]);
  });

  it("leaves a question with an inverted pronoun whole", () => {
    expect(direct("« Que veut-il, au fond, sinon gagner du temps ? », a lancé Marc Olive.")).toEqual([["Que veut-il, au fond, sinon gagner du temps ?", "Marc Olive"]]);
  });
});

describe("a verb of saying with its object before “that”", () => {
  it("reports the clause after the one reminded or warned (“reminded the board that …”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Councillor Ruth Abney reminded the board that the library had been closed for a year.")).toEqual([["the library had been closed for a year", "Ruth Abney"]]);
    expect(reported("The coach warned his players that the next match would be harder.")).toEqual([["the next match would be harder", "coach"]]);
  });

  it("reads \"advised X that\" like \"warned X that\", and nothing from \"advised X to\"", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Engineer Ruth Abney advised the council that the dam could fail.")).toEqual([["the dam could fail", "Ruth Abney"]]);
    expect(reported("Engineer Ruth Abney advised residents to stay indoors.")).toEqual([]);
  });
});

describe("« considère que »", () => {
  it("reports the clause like « estime que »", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("L'économiste Paul Renaud considère que la reprise sera lente.")).toEqual([["la reprise sera lente", "Paul Renaud"]]);
  });
});

describe("a subject with a relative clause set off by commas before a verb that can report", () => {
  it("is no reported content: the verb's object is no speaker", () => {
    expect(only(quotesOf("L'ancienne députée Anne Tanguy, qui préside l'association des riverains, soutient le projet de digue.", "fr").quotes, "indirect")).toEqual([]);
    expect(only(quotesOf("Le collectif Vélo Libre, qui rassemble des cyclistes, dénonce de son côté la suppression des pistes.", "fr").quotes, "indirect")).toEqual([]);
    expect(only(quotesOf("Le ministre partira jeudi pour Dakar, où il sera reçu par le président, a annoncé son cabinet.", "fr").quotes, "indirect").map((quote) => quote.speaker)).toEqual(["cabinet"]);
  });
});

describe("a second report after “while”", () => {
  it("has its own subject after the conjunction", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("The growers said the harvest was late, while an exporters' group said it expected prices to rise.")).toEqual([
      ["the harvest was late", "growers"],
      ["it expected prices to rise", "exporters' group"],
    ]);
  });
});

describe("a short full sentence quoted after a colon", () => {
  it("is speech of the clause before the colon", () => {
    const direct = (body: string) => only(quotesOf(body, "fr").quotes, "direct").map((quote) => [quote.text, quote.speaker]);
    expect(direct("La présidente du club, Sonia Marchal, reste prudente : « Rien n'est fait. »")).toEqual([["Rien n'est fait.", "Sonia Marchal"]]);
    expect(direct("Au menu du jour : « pâtes fraîches »")).toEqual([]);
  });
});

describe("a bare reported clause with a name as its subject and a quotation at its end", () => {
  it("is reported speech, not only the quotation (“said Dana Roy had been “a great servant.””)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Coach Maria Ortiz said Dana Roy had been “a great servant of the club.”")).toEqual([["Dana Roy had been “a great servant of the club.”", "Maria Ortiz"]]);
  });
});

describe("« a-t-on appris de source … »", () => {
  it("reports the clause before it for the source, while « X a appris que » reports nothing", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Deux adolescents ont été placés en garde à vue samedi, a-t-on appris de source judiciaire.")).toEqual([["Deux adolescents ont été placés en garde à vue samedi", "source judiciaire"]]);
    expect(reported("La maire a appris que le chantier prendrait du retard.")).toEqual([]);
  });
});

describe("an inverted reflexive verb of saying (« se réjouit-on »)", () => {
  it("reports what comes before it, said where the impersonal pronoun places it", () => {
    const { quotes } = quotesOf("Le chantier sera fini en juin, se félicite-t-on à la mairie de Brest.", "fr");
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([["indirect", "Le chantier sera fini en juin", "mairie de Brest"]]);
  });
});

describe("a quotation glued to the period before it", () => {
  it("opens a sentence of its own, so the sentence before is no report", () => {
    const { document, quotes } = quotesOf("La porte-parole a résumé l'entretien avec le maire.« La réunion a été utile. », a écrit Mme Léa Marchal sur son compte.", "fr");
    expectExactSpans(document, quotes);
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([["direct", "La réunion a été utile.", "Léa Marchal"]]);
  });
});

describe("a speaker after the report, then where it spoke", () => {
  it("reads a place phrase of several capitalised names up to the sentence's end as where it spoke", () => {
    const text = "The mayor will skip the parade, the city council announced during the Northern Regional Cities Forum in Port Elizabeth.";
    expect(only(quotesOf(text, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["The mayor will skip the parade", "city council"]]);
  });
});

describe("after “told”", () => {
  it("leaves the whole capitalised title and name of the one told out of the report", () => {
    const { document, quotes } = quotesOf("In March, Mark Doyle told Ghanaian President Kofi Mensah he would visit Accra in the autumn.", "en");
    expectExactSpans(document, quotes);
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["he would visit Accra in the autumn", "Mark Doyle"]]);
  });

  it("ends the report before a participle that comments on it", () => {
    const en = only(quotesOf("Mark Doyle told reporters he would visit Accra in the autumn, sparking talk of a new trade deal.", "en").quotes, "indirect").map((quote) => quote.text);
    expect(en).toEqual(["he would visit Accra in the autumn"]);
    const fr = only(quotesOf("Le maire a annoncé que la piscine fermerait en mai, suscitant la colère des riverains.", "fr").quotes, "indirect").map((quote) => quote.text);
    expect(fr).toEqual(["la piscine fermerait en mai"]);
  });

  it("ends the report before a participle that says what it shows (« illustrant », \"reflecting\")", () => {
    const fr = only(quotesOf("Le ministre Paul Garneau a précisé que les deux pays échangent chaque semaine, illustrant leur proximité.", "fr").quotes, "indirect").map((quote) => quote.text);
    expect(fr).toEqual(["les deux pays échangent chaque semaine"]);
    const en = only(quotesOf("Mark Doyle said that the two ports now share data daily, reflecting closer ties.", "en").quotes, "indirect").map((quote) => quote.text);
    expect(en).toEqual(["the two ports now share data daily"]);
  });
});

describe("a source after « selon », “according to” with an apposition set off by commas", () => {
  it("leaves the apposition out of the reported clause", () => {
    const en = only(quotesOf("According to Nadia Farah, an economist at Keel Bank, the slowdown will last until spring.", "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(en).toEqual([["the slowdown will last until spring", "Nadia Farah"]]);
    const fr = only(quotesOf("Selon la directrice de l'école, Inès Morel, les travaux seront finis en août.", "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(fr).toEqual([["les travaux seront finis en août", "Inès Morel"]]);
  });

  it("leaves out a title in apposition after a name, though it has no article", () => {
    const fr = only(quotesOf("Selon l'économiste Hélène Rival, professeure à l'université de Lyon, les chiffres sont crédibles.", "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(fr).toEqual([["les chiffres sont crédibles", "Hélène Rival"]]);
  });

  it("reads the clause before a source that follows a partial quotation and closes the sentence with its title", () => {
    const text = "The board called the deficit “a matter of real concern” according to the remarks of Lena Okafor, Mayor and Chair of the Board.";
    const { document, quotes } = quotesOf(text, "en");
    expectExactSpans(document, quotes);
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["The board called the deficit “a matter of real concern”", "Lena Okafor"]]);
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["a matter of real concern", "Lena Okafor"]]);
  });

  it("keeps a first clause that has its own verb", () => {
    const en = only(quotesOf("According to police, a man was arrested, and two others fled.", "en").quotes, "indirect").map((quote) => quote.text);
    expect(en).toEqual(["a man was arrested, and two others fled"]);
    const fr = only(quotesOf("Selon la police, une passante, blessée, a été hospitalisée.", "fr").quotes, "indirect").map((quote) => quote.text);
    expect(fr).toEqual(["une passante, blessée, a été hospitalisée"]);
  });
});

describe("a form of a verb of saying right after a past tense", () => {
  it("is its object, a plural noun (“demanded answers “…””)", () => {
    const text = "Parents said the school would stay shut, adding that families deserved answers “before the holidays.”";
    expect(only(quotesOf(text, "en").quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["before the holidays.", "Parents"]]);
  });
});

describe("« s'amuse » after a quotation", () => {
  it("is a verb of saying, its inverted subject the speaker", () => {
    const direct = (body: string) => only(quotesOf(body, "fr").quotes, "direct").map((quote) => [quote.text, quote.speaker]);
    expect(direct("« Ils se battent entre eux, tant mieux pour nous », s'amuse un élu de l'opposition.")).toEqual([["Ils se battent entre eux, tant mieux pour nous", "élu de l'opposition"]]);
  });
});

describe("a document's issuer set off by commas before the verb", () => {
  it("speaks (« Un communiqué, publié tard, émanant du ministère, a précisé que … »)", () => {
    const text = "Un second communiqué, bref celui-là, émanant du ministère de la Culture, a précisé que « le musée rouvrira en juin ».";
    expect(only(quotesOf(text, "fr").quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["le musée rouvrira en juin", "ministère de la Culture"]]);
  });
});

describe("“is quoted in … as saying that …”", () => {
  it("reports the clause for the one quoted, with the medium between", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Mayor Ruth Dale is quoted in the report as saying that the bridge would not reopen this year.")).toEqual([["the bridge would not reopen this year", "Ruth Dale"]]);
  });
});

describe("what a verb of saying is about, then a relative", () => {
  it("reports nothing for “warned of the risks that the trip posed” (English)", () => {
    const { quotes } = quotesOf("Doctors warned of the dangers that the heatwave posed to the elderly. Ann Lee warned in a letter that the clinic would close.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the clinic would close"]);
  });

  it("reports nothing for « ont mis en garde contre les risques que … » (French)", () => {
    const { quotes } = quotesOf("Les pompiers ont mis en garde contre les dangers que la sécheresse fait courir aux forêts. Le maire a indiqué dans un courrier que la piscine fermerait.", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["la piscine fermerait"]);
  });
});

describe("« selon » closing a sentence", () => {
  it("is a manner, not a source, when a verb follows it (« construits selon les plans … sont en service en France »)", () => {
    const { quotes } = quotesOf("Selon la mairie, trois écoles bâties selon les mêmes normes sont encore ouvertes en Bretagne. Le trafic reprendra lundi selon la SNCF.", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual([
      "trois écoles bâties selon les mêmes normes sont encore ouvertes en Bretagne",
      "Le trafic reprendra lundi",
    ]);
  });
});

describe("a plural possessive inside a source's name", () => {
  it("keeps the name whole after “according to” (“the Parents' Council”)", () => {
    const { quotes } = quotesOf("According to the Riverside Parents' Council, two schools will merge next year.", "en");
    expect(only(quotes, "indirect")).toMatchObject([{ text: "two schools will merge next year", speaker: "Riverside Parents' Council" }]);
  });
});

describe("a quotation standing as its own sentence, with no verb of saying", () => {
  const direct = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "direct").map((quote) => [quote.text, quote.speaker]);

  it("is the words of the person the sentence before it names first", () => {
    expect(direct("Asked about the defeat, coach Ingrid Solheim stayed calm. “We lost to a better side tonight.”", "en")).toEqual([["We lost to a better side tonight.", "Ingrid Solheim"]]);
    expect(direct("Pour Lucien Arnoult, maire de Vessac, la réforme arrive trop tard. « Nos écoles ont déjà fermé leurs classes. »", "fr")).toEqual([["Nos écoles ont déjà fermé leurs classes.", "Lucien Arnoult"]]);
  });

  it("takes no one from the paragraph before", () => {
    expect(direct("Coach Ingrid Solheim stayed calm.\n\n“We lost to a better side tonight.”", "en")).toEqual([["We lost to a better side tonight.", null]]);
  });
});

describe("a date between the verb and « que »", () => {
  it("leaves the clause reported (« a déclaré le 6 août que », « a annoncé mardi 12 mars que »)", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Le maire Paul Garneau a déclaré le 6 août que la piscine rouvrirait.")).toEqual([["la piscine rouvrirait", "Paul Garneau"]]);
    expect(reported("La ministre Odile Ferrand a annoncé ce mardi 12 mars que le budget serait voté.")).toEqual([["le budget serait voté", "Odile Ferrand"]]);
  });
});

describe("an adverbial opening with a fused preposition between the verb and « que »", () => {
  it("leaves the clause reported (« estime au contraire que », « a rappelé au passage que »)", () => {
    const reported = (body: string) => only(quotesOf(body, "fr").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("L'avocate Odile Ferrand estime au contraire que le dossier reste solide.")).toEqual([["le dossier reste solide", "Odile Ferrand"]]);
    expect(reported("Le syndic Marc Tellier a rappelé au passage que les travaux dureront deux ans.")).toEqual([["les travaux dureront deux ans", "Marc Tellier"]]);
  });
});

describe("a sentence opening with whose view it gives (« Pour X, … »)", () => {
  const direct = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "direct").map((quote) => [quote.text, quote.speaker]);

  it("gives its quotations to that one", () => {
    expect(direct("Pour Hélène Marsac, la hausse des loyers est « une bombe à retardement ».", "fr")).toEqual([["une bombe à retardement", "Hélène Marsac"]]);
    expect(direct("For Dana Whitlock, the new stadium is “a waste of public money”.", "en")).toEqual([["a waste of public money", "Dana Whitlock"]]);
  });

  it("gives them to that one when they open with a verb said of a noun that could name a plan", () => {
    expect(direct("Pour Hélène Marsac, le plan « va dans le bon sens ».", "fr")).toEqual([["va dans le bon sens", "Hélène Marsac"]]);
    expect(direct("Pour Hélène Marsac, le projet « ne va pas assez loin ».", "fr")).toEqual([["ne va pas assez loin", "Hélène Marsac"]]);
    expect(direct("For Dana Whitlock, the plan “doesn't go far enough”.", "en")).toEqual([["doesn't go far enough", "Dana Whitlock"]]);
    expect(direct("Pour Hélène Marsac, le plan « Vivre ensemble » a échoué.", "fr")).toEqual([]);
  });

  it("finds no view in a phrase that names no one, and no speech in a title quoted in parentheses", () => {
    expect(direct("Pour les élèves de terminale, les sujets portaient sur la liberté ( « La liberté est-elle une illusion ? » ).", "fr")).toEqual([]);
  });

  it("gives them to no one when no one is named", () => {
    expect(direct("Pour l'instant, la mairie parle d'une « pause technique » dans les travaux.", "fr").map(([, speaker]) => speaker)).not.toContain("instant");
  });
});

describe("less common verbs of saying before a clause without “that”", () => {
  it("report the clause (revealed, suggested, denied, conceded)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Coach Ryan Malloy revealed the team would move to a new stadium.")).toEqual([["the team would move to a new stadium", "Ryan Malloy"]]);
    expect(reported("Treasurer Ines Lowe suggested the budget might be cut.")).toEqual([["the budget might be cut", "Ines Lowe"]]);
    expect(reported("Director Paul Kemp denied the museum had sold any paintings.")).toEqual([["the museum had sold any paintings", "Paul Kemp"]]);
  });
});

describe("a report in a relative clause on the sentence's subject", () => {
  it("ends where the subject's own verb comes", () => {
    const reported = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Councillor Edith Brandt, who said the depot was unsafe, voted against the plan.", "en")).toEqual([["the depot was unsafe", "Edith Brandt"]]);
    expect(reported("Le maire Hervé Castan, qui a estimé que le dépôt était dangereux, a voté contre le projet.", "fr")).toEqual([["le dépôt était dangereux", "Hervé Castan"]]);
  });

  it("keeps a participle set off inside the report", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => quote.text);
    expect(reported("Councillor Edith Brandt, who said that the depot, opened in May, was unsafe, voted against the plan.")).toEqual(["the depot, opened in May, was unsafe"]);
  });
});

describe("a relative pronoun after a comma as the verb's subject", () => {
  it("speaks for the noun phrase right before the comma, after its verb or preposition", () => {
    const reported = (body: string, language: "fr" | "en") => only(quotesOf(body, language).quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("The plan was drafted with help from the Harbour Traders Guild, which said it would protect small shops.", "en")).toEqual([["it would protect small shops", "Harbour Traders Guild"]]);
    expect(reported("Le projet a été salué par le Collectif des Riverains du Port, qui a estimé qu'il protégerait les commerces.", "fr")).toEqual([["il protégerait les commerces", "Collectif des Riverains du Port"]]);
  });
});

describe("a speaker after the report, followed by where it was said", () => {
  it("leaves the clause before them reported (“…, X said on a call with analysts.”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Sales will recover by the autumn, Finance Director Ruth Okoro said on a call with investors.")).toEqual([["Sales will recover by the autumn", "Ruth Okoro"]]);
  });

  it("lets an adjunct set off by a comma follow the place (“…, X said in a statement, after …”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("The ferry line will reopen in March, Harbour Director Ruth Okoro said in a joint statement, after a survey of the pier was completed.")).toEqual([["The ferry line will reopen in March", "Ruth Okoro"]]);
  });

  it("reads nothing into an infinitive after the verb (“promised to buy more”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => quote.text);
    expect(reported("The deal covers grain and steel, and the buyer has promised to buy more steel.")).toEqual([]);
  });
});

describe("a report followed by its speaker with an apposition, then the verb", () => {
  it("reports the clause before them (“…, the bank's governor, Ivan Petrov, warned on Wednesday.”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Rents will keep rising through the winter, the housing agency's director, Mona Ellery, warned on Wednesday.")).toEqual([["Rents will keep rising through the winter", "Mona Ellery"]]);
    expect(reported("Rents will keep rising, Mona Ellery, the agency's director, said.")).toEqual([["Rents will keep rising", "Mona Ellery"]]);
  });

  it("leaves a name with its apposition and no report before it alone", () => {
    expect(only(quotesOf("Mona Ellery, the agency's director, announced her resignation.", "en").quotes, "indirect")).toEqual([]);
  });
});

describe("a comma and a conjunction before a past verb with no subject", () => {
  it("end the report: the verb is the speaker's next predicate", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => quote.text);
    expect(reported("Mayor Lena Osei told reporters the dam was safe, but gave no figures.")).toEqual(["the dam was safe"]);
    expect(reported("Mayor Lena Osei said the dam was safe, and declined to take questions.")).toEqual(["the dam was safe"]);
  });

  it("leave a second clause with its own subject to the report's end rules", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => quote.text);
    expect(reported("Mayor Lena Osei said the dam was safe and that the river had fallen.")).toEqual(["the dam was safe and that the river had fallen"]);
  });
});

describe("a name in apposition inside a clause reported without “that”", () => {
  it("is part of the clause's subject (“said the defendant, Greg Pell, had …”)", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Judge Irma Castell said the defendant, Leo Brandt, had lied to the court.")).toEqual([["the defendant, Leo Brandt, had lied to the court", "Irma Castell"]]);
  });
});

describe("« tempère » and a day word between the verb and « que »", () => {
  it("attribute and report as other verbs of saying do", () => {
    const { quotes } = quotesOf("« Il faut rester prudent », tempère le maire, Rémi Ostal.\n\nLa préfète Ana Lind avait affirmé la veille que les digues tiendraient.", "fr");
    expect(quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([
      ["direct", "Il faut rester prudent", "Rémi Ostal"],
      ["indirect", "les digues tiendraient", "Ana Lind"],
    ]);
  });
});

describe("more English verbs of saying (shot back, fired back, clarified, quipped)", () => {
  it("report and attribute", () => {
    const { quotes } = quotesOf("Mayor Tina Vries shot back that the council had approved the budget. Councilman Ray Olin later clarified that he accused no one. “We'll see,” Vries quipped.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker, quote.cue])).toEqual([
      ["the council had approved the budget", "Tina Vries", "shot back"],
      ["he accused no one", "Ray Olin", "clarified"],
      ["We'll see,", "Tina Vries", "quipped"],
    ]);
  });
});

describe("a report whose predicate is quoted", () => {
  it("keeps a clause with its subject and verb outside the marks, or a named subject before them", () => {
    const { quotes } = quotesOf("La présidente a jugé qu'il fallait « agir sans attendre ». Le porte-parole a averti que Berlin « ne signera rien en l'état ».", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["il fallait « agir sans attendre »", "Berlin « ne signera rien en l'état »"]);
  });

  it("still takes a clause that is only a quotation for the direct quote", () => {
    const { quotes } = quotesOf("Le maire a déclaré que « la route restera fermée tout l'hiver ».", "fr");
    expect(only(quotes, "indirect")).toEqual([]);
  });
});

describe("a reported clause before a colon and a quotation", () => {
  it("ends at the colon: the quotation after it is said, not reported", () => {
    const { document, quotes } = quotesOf("Le syndicaliste a laissé entendre qu'un accord restait possible : « Nous attendons un geste. Ensuite, nous verrons. »", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["un accord restait possible"]);
    expect(only(quotes, "direct").map((quote) => quote.text)).toEqual(["Nous attendons un geste. Ensuite, nous verrons."]);
    expectExactSpans(document, quotes);
  });
});

describe("a reported subject cut off from its predicate by an incise", () => {
  it("runs across the incise", () => {
    const { document, quotes } = quotesOf("La députée Inès Caron a pris la parole. Le projet, a-t-elle affirmé, ne passera pas l'hiver.", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["Le projet, a-t-elle affirmé, ne passera pas l'hiver"]);
    const english = quotesOf("The mayor Rita Olsen spoke at noon. The bridge, she said, would reopen in May.", "en");
    expect(only(english.quotes, "indirect").map((quote) => quote.text)).toEqual(["The bridge, she said, would reopen in May"]);
    expectExactSpans(document, quotes);
  });

  it("stays before the incise when an adjunct follows it", () => {
    const { quotes } = quotesOf("La députée Inès Caron a pris la parole. Le projet est mort, a-t-elle affirmé, avant de quitter la salle.", "fr");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["Le projet est mort"]);
  });
});

describe("a second reported clause coordinated by “and that”", () => {
  it("goes on with the report", () => {
    const { quotes } = quotesOf("The envoy Lars Moen said the ceasefire was holding, and that aid convoys would resume on Monday.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the ceasefire was holding, and that aid convoys would resume on Monday"]);
  });
});

describe("a British past form of a verb of saying", () => {
  it("reports its clause", () => {
    const { quotes } = quotesOf("Officials at the central bank signalled that they wanted more evidence before cutting rates.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["they wanted more evidence before cutting rates"]);
  });
});

describe("a possessive subject with a title and a name in apposition", () => {
  it("reads the person named in the apposition as the speaker, not the owner", () => {
    const { quotes } = quotesOf("Governor Alice Brandt spoke on Monday. Her challenger, state treasurer Omar Sayed, has argued that the budget is unsound.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the budget is unsound", "Omar Sayed"]]);
  });
});

describe("more French verbs of saying", () => {
  it("read « justifier », « maintenir », « renchérir » as reporting", () => {
    const { quotes } = quotesOf("La rectrice Anne Vidal a fermé l'école. « Le toit menaçait de tomber », a-t-elle justifié. Elle a maintenu que la rentrée aurait lieu. « Il fallait agir », renchérit son adjoint, Marc Tellier.", "fr");
    expect(quotes.map((quote) => [quote.kind, quote.cue])).toEqual([
      ["direct", "a-t-elle justifié"],
      ["indirect", "a maintenu"],
      ["direct", "renchérit"],
    ]);
  });
});

describe("an impersonal « on » placed by the words after its verb", () => {
  it("speaks for that place", () => {
    const { quotes } = quotesOf("Le préfet Luc Marin est arrivé hier. On indique à la mairie que le pont restera fermé.", "fr");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["le pont restera fermé", "mairie"]]);
  });
});

describe("a sign that ends a reported clause", () => {
  it("stays in the clause", () => {
    const { document, quotes } = quotesOf("Les ventes ont reculé de 4 %, a indiqué le directeur.", "fr");
    expect(quotes.map((quote) => quote.text)).toEqual(["Les ventes ont reculé de 4 %"]);
    expectExactSpans(document, quotes);
    expect(quotesOf("The director said margins fell 3%.", "en").quotes.map((quote) => quote.text)).toEqual(["margins fell 3%"]);
  });
});

describe("a reporting verb coordinated with the sentence's own predicate", () => {
  it("speaks for that predicate's subject, not for the object named before it", () => {
    const { quotes } = quotesOf("OSLO: Trade Minister Paul Varley on Friday held talks with his counterpart Anna Borg on farming, fishing and energy and said the two economies have grown closer.", "en");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([["the two economies have grown closer", "Paul Varley"]]);
  });

  it("reads the subject before an apposition, and after a fronted phrase", () => {
    expect(only(quotesOf("Paul Varley, the trade minister, met Tom Borg and said the talks went well.", "en").quotes, "indirect").map((quote) => quote.speaker)).toEqual(["Paul Varley"]);
    expect(only(quotesOf("Lundi, le ministre Paul Varel a reçu Tom Borel et a affirmé que la rencontre était utile.", "fr").quotes, "indirect").map((quote) => quote.speaker)).toEqual(["Paul Varel"]);
  });

  it("leaves a subordinate clause's own subject alone", () => {
    const { quotes } = quotesOf("Paul Varley left early because Anna Borg met the donors and said the fund was empty.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.speaker)).toEqual(["Anna Borg"]);
  });
});

describe("an adverb of order between a speaker and the verb", () => {
  it("is no part of the speaker's name", () => {
    const { quotes } = quotesOf("The report comes after Valley Herald first reported that the mill would close.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the mill would close", "Valley Herald"]]);
    const french = quotesOf("Le maire Paul Dumas a initialement affirmé que le pont était solide.", "fr");
    expect(french.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["le pont était solide", "Paul Dumas"]]);
  });
});

describe("a source after « selon », \"according to\" with an indefinite apposition closing the sentence", () => {
  it("reports the clause before it, said by the source", () => {
    const french = quotesOf("Le maire Paul Dumas a signé 40 arrêtés depuis janvier selon les déclarations faites à la presse mardi par Luc Morel, un adjoint du maire.", "fr");
    expect(french.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["Le maire Paul Dumas a signé 40 arrêtés depuis janvier", "Luc Morel"]]);
    const english = quotesOf("The mayor signed 40 orders since January, according to Luc Morel, an aide to the mayor.", "en");
    expect(english.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["The mayor signed 40 orders since January", "Luc Morel"]]);
  });

  it("reads a body or a document closing the sentence without a comma as the source (“… according to police.”)", () => {
    const english = quotesOf("Officers detained the driver near the depot, an hour after the crash according to police.", "en");
    expect(english.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["Officers detained the driver near the depot, an hour after the crash", "police"]]);
    expect(quotesOf("The depot will reopen in May according to the timetable.", "en").quotes).toEqual([]);
  });

  it("reads a title without article closing the sentence as the source's apposition too (“…, selon X, directeur de …”)", () => {
    const french = quotesOf("Le pont aurait cédé sous le poids des camions, selon Luc Morel, directeur des services techniques d' Ambrel .", "fr");
    expect(french.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["Le pont aurait cédé sous le poids des camions", "Luc Morel"]]);
  });
});

describe("a clause reported before an inverted speaker with an apposition", () => {
  it("ends before the verb: words with a verb of their own are no subject split by an incise", () => {
    const { document, quotes } = quotesOf("Le maire a parlé une heure, raconte Luc Morel, journaliste de Radio Nord.", "fr");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["Le maire a parlé une heure", "Luc Morel"]]);
    expectExactSpans(document, quotes);
  });
});

describe("an inverted speaker written with an honorific's period, after an adverb", () => {
  it("still closes the incise (« a en revanche rappelé M. Morel. »)", () => {
    const { quotes } = quotesOf("« Le dossier n'était pas au menu », a en revanche rappelé M. Luc Morel.", "fr");
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["Le dossier n'était pas au menu", "Luc Morel"]]);
    const english = quotesOf("\"The file was never on the table,\" said Mr. Luc Morel.", "en");
    expect(only(english.quotes, "direct").map((quote) => quote.speaker)).toEqual(["Luc Morel"]);
  });
});

describe("a quoted word inside the noun phrase that opens a clause reported without \"that\"", () => {
  it("leaves the clause reported, quotation and all", () => {
    const { quotes } = quotesOf("Hill said the “cordial” meeting lasted about an hour.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the “cordial” meeting lasted about an hour", "Hill"]]);
  });

  it("reports nothing when no verb follows the noun phrase, or only a relative's", () => {
    expect(quotesOf("Le maire a dénoncé les « provocations » de Kiev.", "fr").quotes).toEqual([]);
    expect(only(quotesOf("Le quotidien dénonce des « blocages scandaleux » dont le journal est victime.", "fr").quotes, "indirect")).toEqual([]);
  });
});

describe("whole sentences quoted after a conjunction that closes a report", () => {
  it("are said, not reported: the report stops before the conjunction", () => {
    const { quotes } = quotesOf("Hill spoke briefly, adding that the mayor “had ideas” but “that does not mean I agree with them. We will see.”", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the mayor “had ideas”"]);
    expect(only(quotes, "direct").map((quote) => quote.text)).toEqual(["had ideas", "that does not mean I agree with them. We will see."]);
  });

  it("keeps a quoted fragment that goes on with the report", () => {
    const { quotes } = quotesOf("Hill said the mayor “had ideas” but “would not push them,” and left.", "en");
    expect(only(quotes, "indirect").map((quote) => quote.text)).toEqual(["the mayor “had ideas” but “would not push them,”"]);
  });
});

describe("a short quotation before a later clause's verb of saying", () => {
  it("is not that clause's speaker's when a comma and a conjunction join the clauses", () => {
    const { quotes } = quotesOf("The “cordial and useful” talks between the two ministers raised hopes of a deal, but diplomats said the real test will come next week.", "en");
    expect(quotes.map((quote) => [quote.kind, quote.text])).toEqual([["indirect", "the real test will come next week"]]);
  });
});

describe("two coordinated words quoted before a noun in an attributed sentence", () => {
  it("are a partial quote of the speaker, not a thing's name", () => {
    const { quotes } = quotesOf("The talks were held in a \"calm and open\" spirit, said foreign secretary Anna Roth.", "en");
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["calm and open", "Anna Roth"]]);
  });

  it("still name a thing without a speaker", () => {
    expect(only(quotesOf("The \"calm and open\" policy was dropped in May.", "en").quotes, "direct")).toEqual([]);
  });
});

describe("a report relayed before an inverted verb", () => {
  it("is the inner speaker's report; the relaying verb reports nothing more", () => {
    const { quotes } = quotesOf("Smith told Jones that the plant was safe, said Anna Roth.", "en");
    expect(quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the plant was safe", "Smith"]]);
    const french = quotesOf("Le maire a assuré aux habitants que l'usine était sûre, a précisé Anna Roth.", "fr");
    expect(french.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["l'usine était sûre", "maire"]]);
  });
});

describe("a source after « selon », \"according to\" that a relative makes speak again", () => {
  it("reports the clause before it too", () => {
    const { quotes } = quotesOf("Tom Hill flew to Oslo on Monday to attend the meeting, according to the source, who said more talks are planned.", "en");
    expect(only(quotes, "indirect").map((quote) => [quote.text, quote.speaker])).toEqual([
      ["Tom Hill flew to Oslo on Monday to attend the meeting", "source"],
      ["more talks are planned", "source"],
    ]);
  });

  it("reports nothing when the relative only describes it", () => {
    const { quotes } = quotesOf("Le comité a été créé en mai, selon les accords de la conférence, à laquelle il avait délégué ses pouvoirs.", "fr");
    expect(only(quotes, "indirect")).toEqual([]);
  });
});

describe("a partial quote inside a clause that a source reports", () => {
  it("is the words of the clause's subject, relayed by the source", () => {
    const { quotes } = quotesOf("Mayor Paul Dumas \"urged\" his rival Luc Morel on Tuesday to choose the \"quiet path\", according to a statement from the council.", "en");
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["quiet path", "Paul Dumas"]]);
    expect(only(quotes, "indirect").map((quote) => quote.speaker)).toEqual(["council"]);
  });

  it("stays the source's in a sentence that opens another clause before it (« puisque »)", () => {
    const { quotes } = quotesOf("La journée sera longue puisque la séance doit commencer à 10h30 et pourrait durer « jusqu'au soir » selon le service de presse de la mairie.", "fr");
    expect(only(quotes, "direct").map((quote) => [quote.text, quote.speaker])).toEqual([["jusqu'au soir", "service de presse de la mairie"]]);
  });

  it("stays the source's when the clause has no verb of saying", () => {
    const { quotes } = quotesOf("Le plan du maire Tom Valet est « un désastre total », selon le syndicat.", "fr");
    expect(only(quotes, "direct").map((quote) => quote.speaker)).toEqual(["syndicat"]);
  });
});

describe("a quotation that closes a report and is followed by another verb inverted", () => {
  it("is the inverted speaker's, and the report ends before it", () => {
    const french = quotesOf("Le maire Paul Dumas a affirmé qu'il ne fermerait pas l'usine, « mais le préfet lui a demandé des garanties et il a refusé », raconte Luc Morel, journaliste.", "fr");
    expect(french.quotes.map((quote) => [quote.kind, quote.text, quote.speaker])).toEqual([
      ["indirect", "il ne fermerait pas l'usine", "Paul Dumas"],
      ["direct", "mais le préfet lui a demandé des garanties et il a refusé", "Luc Morel"],
    ]);
    const english = quotesOf("Mayor Paul Dumas said he would not close the plant, \"but the governor asked him for guarantees and he refused,\" explained Luc Morel, a reporter.", "en");
    expect(english.quotes.map((quote) => [quote.kind, quote.speaker])).toEqual([
      ["indirect", "Paul Dumas"],
      ["direct", "Luc Morel"],
    ]);
  });

  it("needs the comma that sets the verb off: a verb right after the marks may be the clause's own", () => {
    const { quotes } = quotesOf("Le collectif Paul Dumas souligne que ce caractère « non lucratif » exclut de fait toute utilisation commerciale.", "fr");
    expect(only(quotes, "direct").map((quote) => quote.speaker)).toEqual(["collectif Paul Dumas"]);
  });
});

describe("a medium between the verb and a clause without \"that\"", () => {
  it("is passed over when the clause opens with its subject and has no \"that\" of its own", () => {
    const reported = (body: string) => only(quotesOf(body, "en").quotes, "indirect").map((quote) => [quote.text, quote.speaker]);
    expect(reported("Mayor Ida Fenn said at a press conference yesterday morning the ferry should be rerouted.")).toEqual([["the ferry should be rerouted", "Ida Fenn"]]);
    expect(reported("Mayor Ida Fenn said in a statement she would not run again.")).toEqual([["she would not run again", "Ida Fenn"]]);
    const relative = reported("Mayor Ida Fenn said in a statement the council released that the ferry should be rerouted.");
    expect(relative.filter(([text]) => text?.startsWith("the council"))).toEqual([]);
  });
});

describe("the one told named after \"told\"", () => {
  it("is passed over, whether the report comes before or after it", () => {
    expect(quotesOf("The plant will close, Kate Vale told Channel Nine in an interview.", "en").quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["The plant will close", "Kate Vale"]]);
    expect(quotesOf("Kate Vale told Channel Nine the plant would close.", "en").quotes.map((quote) => [quote.text, quote.speaker])).toEqual([["the plant would close", "Kate Vale"]]);
  });

  it("is a noun phrase up to a preposition after an article (“told a weekly news conference”)", () => {
    const told = (body: string) => quotesOf(body, "en").quotes.map((quote) => [quote.text, quote.speaker]);
    expect(told("The plant will close in May, Kate Vale told a weekly news conference.")).toEqual([["The plant will close in May", "Kate Vale"]]);
    expect(told("The plant will close in May, Kate Vale told the committee in Leeds.")).toEqual([["The plant will close in May", "Kate Vale"]]);
    expect(told("The night was cold, Kate Vale told the children a story.")).toEqual([]);
  });
});
