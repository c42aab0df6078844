import { describe, expect, it } from "vitest";
import { parseDocument } from "../index.js";

function partiesOf(text: string, language: "fr" | "en"): string[][] {
  return parseDocument(text, { publishedAt: "2023-03-06", language }).meetings.map((meeting) => meeting.participants);
}

describe("countries as meeting parties", () => {
  it("names “the commission” by the full name the text gives it, words joined by “and” included", () => {
    const text = "Canal\n\nTraffic fell by a third, according to the Northern Harbour and Canal Commission. The commission will meet in Dunport on Monday to review the tolls.";
    expect(partiesOf(text, "en")).toEqual([["Northern Harbour and Canal Commission"]]);
  });

  it("reads the bloc whose leaders meet, also at the start of a sentence", () => {
    const text = "Islands\n\nLeaders of the Coral Sea Compact will meet in Nadi on Feb. 10, a spokeswoman said.";
    expect(partiesOf(text, "en")).toEqual([["Coral Sea Compact"]]);
  });

  it("reads any nationality of the place list as its country, in French", () => {
    const text = "Pêche\n\nLes délégations gambienne et guinéenne se retrouveront jeudi à Dakar pour des négociations sur les quotas, a indiqué un diplomate.";
    expect(partiesOf(text, "fr")).toEqual([["Gambie", "Guinée"]]);
  });

  it("reads any nationality of the place list as its country, in English", () => {
    const text = "Border talks\n\nNepali and Bhutanese officials will meet on Thursday to discuss the border, a spokesman said.";
    expect(partiesOf(text, "en")).toEqual([["Nepal", "Bhutan"]]);
  });

  it("counts smaller states named in the text as countries", () => {
    const text = "Energy\n\nThe presidents of Togo and Liberia spoke by phone on Thursday about the power line.";
    expect(partiesOf(text, "en")).toEqual([["Togo", "Liberia"]]);
    const french = "Énergie\n\nLes présidents du Togo et du Bénin se sont entretenus par téléphone jeudi au sujet de la ligne électrique.";
    expect(partiesOf(french, "fr")).toEqual([["Togo", "Bénin"]]);
  });

  it("takes countries named by their number from the sentences before", () => {
    const text = [
      "Rivers",
      "",
      "Ministers from Chile, Peru and Bolivia signed a water accord on Monday in Lima.",
      "",
      "Engineers from the three countries will hold a video conference next Friday.",
    ].join("\n");
    expect(partiesOf(text, "en")).toEqual([["Chile", "Peru", "Bolivia"]]);
    const french = [
      "Frontière",
      "",
      "Le Mali et le Niger ont signé lundi un accord sur la sécurité des frontières.",
      "",
      "Les ministres des deux pays se retrouveront le 20 mars à Niamey.",
    ].join("\n");
    expect(partiesOf(french, "fr")).toEqual([["Mali", "Niger"]]);
  });

  it("takes only as many countries as the number says, the last named", () => {
    const text = [
      "Rivers",
      "",
      "Chile ended its border dispute with Argentina last year.",
      "",
      "Peru and Bolivia signed a water accord on Monday. The two countries will hold talks in La Paz on March 20.",
    ].join("\n");
    expect(partiesOf(text, "en")).toEqual([["Peru", "Bolivia"]]);
  });

  it("takes a body named in full once, not also by its head", () => {
    const text = "Forêts\n\nUne réunion de la Commission régionale des forêts est prévue le 24 juillet à Rennes.";
    expect(partiesOf(text, "fr")).toEqual([["Commission régionale des forêts"]]);
  });

  it("leaves a nationality inside an organization's name to the organization", () => {
    const text = "Taux\n\nLes gouverneurs de la Banque centrale européenne se réuniront le 14 mars à Francfort pour fixer les taux.";
    expect(partiesOf(text, "fr")).toEqual([["Banque centrale européenne"]]);
  });
});

describe("sittings of talks", () => {
  it("reads the tense of the verb that opens a round, not the closing 'said'", () => {
    const text = "Trade\n\nIndia's trade minister Ravi Menon and EU commissioner Anna Berg will open a new round of trade negotiations in Geneva on Wednesday, officials said.";
    const [talks] = parseDocument(text, { publishedAt: "2025-02-10", language: "en" }).meetings;
    expect(talks?.date).toBe("2025-02-12");
  });
});

describe("teams referred to", () => {
  it("gives both negotiating teams the parties of the talks told before", () => {
    const text = [
      "Strike talks",
      "",
      "Negotiators of the IMF and the ECB resumed talks on Monday in Frankfurt.",
      "",
      "Mediator Claire Hollis met both negotiating teams on Tuesday.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2024-03-06", language: "en" }).meetings;
    expect(meetings.map((meeting) => [meeting.date, meeting.participants])).toEqual([
      ["2024-03-04", ["IMF", "ECB"]],
      ["2024-03-05", ["Claire Hollis", "IMF", "ECB"]],
    ]);
  });
});

describe("what the telling of a meeting does not decide", () => {
  it("does not read the tense of the meeting from the clause that reports it", () => {
    const text =
      "Talks\n\nThe prime minister will call his Danish counterpart on Friday, ahead of their summit in Oslo from March 3 to 5, the prime minister's office said on Wednesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-01-15", language: "en" }).meetings;
    expect(meetings.map((meeting) => meeting.date)).toContain("2025-03-03");
  });

  it("gives the teams of two sides the sides told before, not the people who lead them", () => {
    const text = [
      "Rescue talks",
      "",
      "IMF chief Ana Ruiz spoke by phone with ECB president Paul Kerr on Monday.",
      "",
      "The two institutions' negotiating teams will meet in Brussels on Thursday.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2024-03-05", language: "en" }).meetings;
    expect(meetings.map((meeting) => [meeting.date, meeting.participants])).toEqual([
      ["2024-03-04", ["IMF", "Ana Ruiz", "ECB", "Paul Kerr"]],
      ["2024-03-07", ["IMF", "ECB"]],
    ]);
  });
});

describe("talks counted in days", () => {
  it("reads a number of days of talks as talks held, and months of talks as their history", () => {
    const held = "Water\n\nMinisters from Laos and Cambodia agreed on Friday to share data, at the end of two days of talks that opened on Thursday in Vientiane.";
    expect(parseDocument(held, { publishedAt: "2024-10-12", language: "en" }).meetings.map((meeting) => [meeting.kind, meeting.date])).toEqual([
      ["negotiations", "2024-10-10"],
    ]);
    const history = "Water\n\nAfter months of negotiations, Laos and Cambodia signed the accord.";
    expect(parseDocument(history, { publishedAt: "2024-10-12", language: "en" }).meetings).toEqual([]);
  });
});

describe("the dateline opening the first paragraph", () => {
  it("names where the story is filed, no party, even after a dateline line", () => {
    const text = "Truce talks\n\nMonday, March 6, 2023\n\nDOHA, Qatar (AP) — Delegations of Sudan and Chad will meet on Thursday for talks on the border.";
    expect(partiesOf(text, "en")).toEqual([["Sudan", "Chad"]]);
  });
});

describe("guests named in the sentence after a host's meeting", () => {
  it("takes who is expected to attend as the guests, in English", () => {
    const text =
      "Harbor deal\n\nMayor Helen Ortiz will host the port's main unions at City Hall on Thursday. Dock union chief Raymond Kline and pilots' representative Nadia Brooks are expected to attend, aides said.";
    expect(partiesOf(text, "en")).toEqual([["Helen Ortiz", "Raymond Kline", "Nadia Brooks"]]);
  });
  it("takes who confirmed their presence as the guests, in French", () => {
    const text =
      "Agriculture\n\nLa ministre, Camille Ferrand, recevra jeudi les représentants des éleveurs bretons. Yann Le Goff et Maëlle Tanguy ont confirmé leur présence.";
    expect(partiesOf(text, "fr")).toEqual([["Camille Ferrand", "Yann Le Goff", "Maëlle Tanguy"]]);
  });
});

describe("a body called by its bare head word", () => {
  it("is the body the text names in full, in English", () => {
    const text =
      "Fishing quotas\n\nThe Baltic Fisheries Council has warned that cod stocks are collapsing. The council will meet on Thursday to set next year's limits.";
    expect(partiesOf(text, "en")).toEqual([["Baltic Fisheries Council"]]);
  });
  it("stays the head word when the text names two such bodies", () => {
    const text =
      "Fishing quotas\n\nThe Baltic Fisheries Council and the North Sea Advisory Council disagree. The council will meet on Thursday to set next year's limits.";
    expect(partiesOf(text, "en")[0]).toContain("council");
  });
  it("is the body the text names in full, in French", () => {
    const text =
      "Pêche\n\nLe Conseil de la Baltique s'inquiète de l'état des stocks. Le conseil se réunira jeudi pour fixer les quotas.";
    expect(partiesOf(text, "fr")).toEqual([["Conseil de la Baltique"]]);
  });
});

describe("a group that meets again", () => {
  it("is the host and guests of the meeting told before", () => {
    const text =
      "Harbor deal\n\nMayor Helen Ortiz will host the port's main unions at City Hall on Thursday. Dock union chief Raymond Kline and pilots' representative Nadia Brooks are expected to attend. The group last met on Feb. 20, without a deal.";
    expect(partiesOf(text, "en")).toEqual([
      ["Helen Ortiz", "Raymond Kline", "Nadia Brooks"],
      ["Helen Ortiz", "Raymond Kline", "Nadia Brooks"],
    ]);
  });
});

describe("guests received by someone named after the day and the place", () => {
  it("reads « seront reçus lundi 9 mars au ministère de l'Intérieur par … » as a meeting", () => {
    const text =
      "Sécurité\n\nLes représentants des syndicats de policiers seront reçus lundi 9 mars au ministère de l'Intérieur par le ministre, Hugo Carpentier.";
    const parties = partiesOf(text, "fr");
    expect(parties).toHaveLength(1);
    expect(parties[0]).toContain("Hugo Carpentier");
  });
});

describe("organizations as meeting parties", () => {
  it("splits two organizations the entities read as one joined name", () => {
    const text = "Ports\n\nNegotiators for the Coastal Nurses Union and Northgate Shipping Lines will resume talks on pay on Thursday, the union said.";
    expect(partiesOf(text, "en")).toEqual([["Coastal Nurses Union", "Northgate Shipping Lines"]]);
  });

  it("splits two names joined by “and” that each have a head and its complement", () => {
    const text = "Ports\n\nLeaders of the Federation of Dock Workers and National Union of Port Pilots met on Thursday with mediator Ana Ruiz.";
    expect(partiesOf(text, "en")[0]).toEqual(expect.arrayContaining(["Federation of Dock Workers", "National Union of Port Pilots"]));
  });

  it("keeps a head whose complement is two nouns joined by “and” whole", () => {
    const text = "Health\n\nThe Department of Health and Human Services will meet the makers of the vaccine on Thursday to discuss supplies.";
    expect(partiesOf(text, "en")[0]).toContain("Department of Health and Human Services");
  });

  it("reads the body of ministers named with their portfolio as the party, not the venue: “The Trade Ministers of the Coral Pact met in Geneva”", () => {
    const text = "Trade\n\nThe Trade Ministers of the Coral Pact met in Geneva on Friday to discuss tariffs.";
    expect(partiesOf(text, "en")).toEqual([["Coral Pact"]]);
  });

  it("reads no body in “the Ministers of Finance”", () => {
    const text = "Trade\n\nThe Ministers of Finance of Chile and Peru met in Lima on Friday to discuss tariffs.";
    expect(partiesOf(text, "en")).toEqual([["Chile", "Peru"]]);
  });

  it("names an organization by the acronym the text gives it in parentheses and goes on to use", () => {
    const text = "Fish\n\nThe Northern Fisheries Council (NFC) met the Coastal Trawlers Union in Geneva on Tuesday.\n\nThe NFC wants lower quotas.";
    expect(partiesOf(text, "en")[0]).toEqual(expect.arrayContaining(["NFC", "Coastal Trawlers Union"]));
    const once = "Fish\n\nThe Northern Fisheries Council (NFC) met the Coastal Trawlers Union in Geneva on Tuesday.";
    expect(partiesOf(once, "en")[0]).toEqual(expect.arrayContaining(["Northern Fisheries Council"]));
  });

  it("keeps a name whose halves are not names of their own whole", () => {
    const text = "Drugs\n\nThe Food and Drug Administration will meet the makers of the vaccine on Thursday to discuss supplies.";
    expect(partiesOf(text, "en")[0]).toContain("Food and Drug Administration");
  });
});

describe("organizations by their full name", () => {
  it("names a company called by its first word by the full name the text gave it", () => {
    const text = [
      "Mines",
      "",
      "The Western Miners Alliance and Westbrook Energy Systems will resume talks on Friday.",
      "",
      "Westbrook's board of directors will meet on Thursday to review the offer.",
    ].join("\n");
    expect(partiesOf(text, "en")[1]).toEqual(["Westbrook Energy Systems"]);
  });
});

describe("organizations called by the noun of their kind", () => {
  it("reads « la fédération » as the federation named before", () => {
    const text = [
      "Cyclisme",
      "",
      "La Fédération française de cyclisme a publié lundi ses comptes, que l'Agence nationale du sport juge inquiétants.",
      "",
      "Une assemblée générale extraordinaire de la fédération est prévue le 14 mars à Lyon.",
    ].join("\n");
    expect(partiesOf(text, "fr")[0]).toContain("Fédération française de cyclisme");
  });

  it("reads \"the union\" and \"the company\" as the union and the company named before", () => {
    const text = [
      "Docks",
      "",
      "Redcliffe Shipping Corporation rejected on Monday the pay claim of the Dock Workers Union.",
      "",
      "Talks between the union and the company will resume on Thursday.",
    ].join("\n");
    const parties = partiesOf(text, "en")[0]!;
    expect(parties).toContain("Dock Workers Union");
    expect(parties).toContain("Redcliffe Shipping Corporation");
  });
});

describe("two organizations called by their number", () => {
  it("reads \"both carriers\" as the two companies named last", () => {
    const text = [
      "Rail",
      "",
      "Passengers of Eastline Rail Services and Northbridge Rail Company faced delays for a third day.",
      "",
      "The Rail Safety Agency met managers of both carriers on Monday to discuss the signal failures.",
    ].join("\n");
    const parties = partiesOf(text, "en")[0]!;
    expect(parties).toContain("Eastline Rail Services");
    expect(parties).toContain("Northbridge Rail Company");
  });

  it("reads « les deux groupes » as the two companies named last", () => {
    const text = [
      "Chimie",
      "",
      "Les actions de Solvane Industries et de Chimalp Technologies ont bondi lundi à la Bourse de Paris.",
      "",
      "L'Autorité des marchés financiers recevra les dirigeants des deux groupes le 9 mars.",
    ].join("\n");
    const parties = partiesOf(text, "fr")[0]!;
    expect(parties).toContain("Solvane Industries");
    expect(parties).toContain("Chimalp Technologies");
  });
});

describe("an organization's name read short", () => {
  it("keeps the region and the national adjective that end the name", () => {
    const text =
      "Santé\n\nL'Agence régionale de santé Nouvelle-Aquitaine a reçu jeudi les représentants de la Fédération des médecins libéraux français pour parler des gardes.";
    const parties = partiesOf(text, "fr")[0]!;
    expect(parties).toContain("Agence régionale de santé Nouvelle-Aquitaine");
    expect(parties).toContain("Fédération des médecins libéraux français");
  });
});

describe("a committee named by what it deals with", () => {
  it("keeps « des affaires économiques du Sénat » in the committee's name", () => {
    const text =
      "Forêts\n\nL'Office national des forêts rencontrera le ministère de l'Agriculture le 5 avril, puis la commission des affaires économiques du Sénat auditionnera son directeur le 12 avril.";
    expect(partiesOf(text, "fr")[1]).toContain("commission des affaires économiques du Sénat");
  });
});

describe("a congress as a body convened", () => {
  it("reads a federation's congress as its meeting", () => {
    const text =
      "Rugby\n\nThe World Rugby League Federation published its accounts on Monday. An extraordinary congress of the federation will follow on March 20 in Dublin.";
    expect(partiesOf(text, "en")).toEqual([["World Rugby League Federation"]]);
  });
});

describe("what stands above a wire story's first words", () => {
  it("takes no party from a dateline written with a colon", () => {
    const text = "Talks\n\nLIMA: Foreign Minister Rosa Quispe on Tuesday held talks with her Chilean counterpart Tomas Rivas on fishing rights.";
    const meetings = parseDocument(text, { publishedAt: "2024-09-18", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2024-09-17", ["Rosa Quispe", "Chile", "Tomas Rivas"]]]);
  });

  it("takes no party from the byline above the dateline", () => {
    const text = [
      "Miner meets minister",
      "",
      "Written by Clara Benoit for Reuters",
      "",
      "QUITO, March 4 (Reuters) - The chief executive of Andean Copper met Ecuador's mining minister on Monday, a source said.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2024-03-04", language: "en" }).meetings;
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.participants).not.toContain("Clara Benoit");
  });

  it("leaves out the outlet that tells of the meeting (“, the Daily Ledger has learned”)", () => {
    const text = "Call\n\nGovernor Amy Hale and Mayor Ben Ortiz spoke by phone on Monday about the floods, the Daily Ledger has learned.";
    const meetings = parseDocument(text, { publishedAt: "2024-05-07", language: "en" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([["Amy Hale", "Ben Ortiz"]]);
  });
});

describe("a party named by its title before its name", () => {
  it("is the holder the next sentence names: “met Chile's mining and energy minister … with the minister, Rosa Vidal”", () => {
    const text = [
      "Mine",
      "",
      "The head of Andean Copper met Chile's mining and energy minister on Monday to discuss royalties, a source said.",
      "",
      "The company's chief flew to Santiago to attend the talks with the minister, Rosa Vidal, the source said.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2024-03-05", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2024-03-04"]);
    expect(meetings[0]!.participants).toContain("Rosa Vidal");
  });
});
