import { describe, expect, it } from "vitest";
import { parseDocument } from "../parse.js";
import { mayBeDateline } from "./segment/index.js";

function spansAreExact(text: string, spans: Array<{ start: number; end: number; text: string }>): void {
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

describe("segment: title, paragraphs, dateline, sign-off", () => {
  it("takes the first line as title and blank-line separated paragraphs with exact offsets", () => {
    const text = "Un titre de test\n\nPremier paragraphe sur la mairie.\n\nDeuxième paragraphe, plus long,\nécrit sur deux lignes.\n";
    const result = parseDocument(text);
    expect(result.title).toBe("Un titre de test");
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Premier paragraphe sur la mairie.",
      "Deuxième paragraphe, plus long,\nécrit sur deux lignes.",
    ]);
    spansAreExact(text, result.paragraphs);
  });

  it("splits single-newline paragraphs when the text has no blank lines", () => {
    const text = "Titre\nLa première phrase se termine ici.\nLa seconde, coupée en deux,\ncontinue sur la ligne suivante.\nUne troisième.";
    expect(parseDocument(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "La première phrase se termine ici.",
      "La seconde, coupée en deux,\ncontinue sur la ligne suivante.",
      "Une troisième.",
    ]);
  });

  it.each([
    ["Le maire réélu\n\n7 mai 2017 . –\nLe conseil municipal a voté hier soir.", "2017-05-07"],
    ["A storm hits the coast\n\nFriday, January 4, 2019\n\nThe storm reached the coast at dawn.", "2019-01-04"],
    ["Le port rouvre\n\nPublié le 12/04/2022 à 18h05\n\nLe port a rouvert ce matin.", "2022-04-12"],
    ["Vote at the council\n\nPublished 30 December 2021, 17:10\n\nThe council voted on the budget.", "2021-12-30"],
    ["Le sommet\n\n1er janvier 2016, 14h30 . –\nLes délégués sont arrivés.", "2016-01-01"],
  ])("reads a dateline line as publishedAt and leaves it out of the body (%#)", (text, date) => {
    const result = parseDocument(text);
    expect(result.publishedAt).toBe(date);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.paragraphs[0]!.text).not.toMatch(/\d{4}/);
  });

  it("keeps a dateline that opens the first paragraph and reads the agency from it", () => {
    const text = "Talks resume\n\nGENEVA, 3 mars 2023 (AFP) — Les négociateurs se sont retrouvés ce matin.";
    const result = parseDocument(text);
    expect(result.publishedAt).toBe("2023-03-03");
    expect(result.source).toBe("AFP");
    expect(result.paragraphs[0]!.text.startsWith("GENEVA, 3 mars 2023 (AFP) —")).toBe(true);
  });

  it("leaves publishedAt null when the dateline has no year, but still takes the agency", () => {
    const result = parseDocument("Budget talks\n\nWASHINGTON, March 3 (Reuters) - Lawmakers met on Tuesday to discuss the budget.");
    expect(result.publishedAt).toBeNull();
    expect(result.source).toBe("Reuters");
  });

  it.each([
    ["Rejoignez Le Petit Courrier sur Facebook, Twitter et Telegram", "Le Petit Courrier"],
    ["© 2022 Harbour Daily. All rights reserved.", "Harbour Daily"],
    ["Read more at The Valley Times.", "The Valley Times"],
    ["© 2019 La Gazette du port. Tous droits réservés.", "La Gazette du port"],
    ["© 2024 Le Messager des Vallées. Tous droits réservés.", "Le Messager des Vallées"],
    ["© 2022 Pacific Ledger. All rights reserved.", "Pacific Ledger"],
    ["Suivez Le Fil du Nord sur Telegram pour ne rien manquer.", "Le Fil du Nord"],
    ["Copyright © 2021 Harbour Daily. All rights reserved.", "Harbour Daily"],
    ["© Copyright 2021 Harbour Daily. All rights reserved.", "Harbour Daily"],
    ["© Copyright 2019 La Gazette du port. Tous droits réservés.", "La Gazette du port"],
    ["© Copyright 2024 Harbour Daily", "Harbour Daily"],
    ["© La Gazette du port – 2023", "La Gazette du port"],
    ["© Harbour Daily", "Harbour Daily"],
    ["La Gazette du port — Tous droits réservés", "La Gazette du port"],
    ["Harbour Daily - All rights reserved.", "Harbour Daily"],
    ["Avec AFP", "AFP"],
    ["(avec Reuters)", "Reuters"],
    ["(With AP)", "AP"],
    ["(AFP)", "AFP"],
    ["(Ouest-France)", "Ouest-France"],
    ["(The Valley Times)", "The Valley Times"],
    ["This story was first published by The Valley Times.", "The Valley Times"],
    ["Cet article a d'abord été publié dans La Gazette du port.", "La Gazette du port"],
    ["— Avec La Presse Canadienne", "La Presse Canadienne"],
    ["— With The Canadian Press", "The Canadian Press"],
    ["La Presse Canadienne", "La Presse Canadienne"],
    ["With files from The Canadian Press", "The Canadian Press"],
    ["Avec des informations de l'Agence Belga", "Agence Belga"],
    ["This report by The Valley Times was first published March 4, 2025.", "The Valley Times"],
    ["Ce reportage de La Gazette du port a été publié pour la première fois le 4 mars 2025.", "La Gazette du port"],
  ])("turns a sign-off line into the source and removes it from the body (%#)", (signOff, outlet) => {
    const text = `Titre\n\nLe conseil a voté le budget de la ville.\n\n${signOff}`;
    const result = parseDocument(text);
    expect(result.source).toBe(outlet);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le conseil a voté le budget de la ville."]);
    // The outlet the line names is the source, not a person.
    expect(result.people).toEqual([]);
  });

  it("leaves a wire credit line out of the body, keeps the agency as source and its people", () => {
    const text = "Port strike ends\n\nROTTERDAM, May 4 (Reuters) - Dock workers went back to work on Thursday.\n\n(Reporting by Anna Kovacs; Editing by Mark Fielding)";
    const result = parseDocument(text);
    expect(result.source).toBe("Reuters");
    expect(result.paragraphs).toHaveLength(1);
    expect(result.people.map((person) => person.name)).toEqual(["Anna Kovacs", "Mark Fielding"]);
  });

  it("leaves a closing line crediting a reporter's files out of the body without making the reporter the source", () => {
    for (const line of ["— With files from Maren Stoltz", "Avec la collaboration de Ysaline Corbière"]) {
      const result = parseDocument(`Titre\n\nLe conseil a voté le budget de la ville.\n\n${line}`);
      expect(result.source).toBeNull();
      expect(result.paragraphs).toHaveLength(1);
    }
  });

  it("leaves wire end marks, desk initials, newsroom credits and emphasised credit lines out of the body, naming no source", () => {
    for (const line of ["(END)", "-30-", "bur-abc/xy", "LMN/PQ", "— Staff report", "*Reporting by Maren Stoltz; editing by Jon Bale.*"]) {
      const result = parseDocument(`Title\n\nThe council passed the budget.\n\nThe mayor left early.\n\n${line}`);
      expect([result.source, result.paragraphs.length], line).toEqual([null, 2]);
    }
  });

  it("reads a last line of a few capitalised words as a signature: a reporter's after a given name, else the outlet's", () => {
    const byReporter = parseDocument("Titre\n\nLe conseil a voté le budget.\n\nLe maire est parti tôt.\n\nThomas Kervellec");
    expect([byReporter.source, byReporter.paragraphs.length, byReporter.people.map((person) => person.name)]).toEqual([null, 2, ["Thomas Kervellec"]]);
    const byOutlet = parseDocument("Title\n\nThe council passed the budget.\n\nThe mayor left early.\n\nValley Broadcast News");
    expect([byOutlet.source, byOutlet.paragraphs.length]).toEqual(["Valley Broadcast News", 2]);
    // A short last paragraph that is a sentence stays in the body.
    expect(parseDocument("Title\n\nThe council passed the budget.\n\nThe mayor left early.\n\nPolls Close Soon.").paragraphs).toHaveLength(3);
  });

  it("reads the agency a byline or a dateline names as the source", () => {
    expect(parseDocument("Titre\n\nPar Jeanne Vachon, La Presse Canadienne\n\nMONTRÉAL — Les syndicats reprendront les négociations lundi.").source).toBe("La Presse Canadienne");
    expect(parseDocument("Title\n\nHALIFAX (The Canadian Press) — Teachers will resume talks on Monday.").source).toBe("The Canadian Press");
  });

  it("keeps a last line in parentheses that names no outlet in the body", () => {
    const text = "Titre\n\nLe conseil a voté le budget de la ville.\n\n(Applaudissements)";
    const result = parseDocument(text);
    expect(result.source).toBeNull();
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le conseil a voté le budget de la ville.", "(Applaudissements)"]);
  });

  it("reads the agency of a paragraph's dateline after a dateline line, and a \"Copyright YEAR outlet\" sign-off", () => {
    const withAgency = parseDocument("Port strike ends\n\nTuesday, May 5, 2026\n\nROTTERDAM, Netherlands (AP) — Dock workers returned to work on Tuesday.\n\nShips queued outside.");
    expect([withAgency.publishedAt, withAgency.source, withAgency.paragraphs.length]).toEqual(["2026-05-05", "AP", 2]);
    const signedOff = parseDocument("Port strike ends\n\nDock workers returned to work on Tuesday.\n\nShips queued outside.\n\nCopyright 2026 Harbour Ledger");
    expect([signedOff.source, signedOff.paragraphs.map((paragraph) => paragraph.text)]).toEqual(["Harbour Ledger", ["Dock workers returned to work on Tuesday.", "Ships queued outside."]]);
  });

  it("does not take a body line that starts with the word Copyright for a sign-off", () => {
    const text = "A court ruling\n\nThe judges heard the case on Monday.\n\nCopyright law protects the authors.";
    const result = parseDocument(text);
    expect(result.source).toBeNull();
    expect(result.paragraphs).toHaveLength(2);
  });


  it.each([
    ["Ferry fares to rise in spring\n\nBy Morag Lindqvist and Tomás Ferreira\n\nThe island council approved the new fares on Friday.", "Morag Lindqvist"],
    ["Le marché couvert rouvre\n\nPar Élodie Marchetti (à Sète)\n\n3 avril 2023\n\nLes commerçants ont retrouvé leurs étals mardi matin.", "Élodie Marchetti"],
    ["Ferry fares to rise in spring\n\nBy KWAME ASANTE, Coastal Herald\n\nThe island council approved the new fares on Friday.", null],
    ["Ferry fares to rise in spring\n\nBy Brannagh Oyelaran, Coastal Herald\n\nThe island council approved the new fares on Friday.", "Brannagh Oyelaran"],
  ])("leaves a byline line out of the body, but reads the people it names (%#)", (text, author) => {
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(1);
    if (author) expect(result.people.map((person) => person.name)).toContain(author);
    // The outlet after the names is no author.
    expect(result.people.map((person) => person.name)).not.toContain("Coastal Herald");
  });

  it("reads a known outlet after the byline's names as the source", () => {
    const result = parseDocument("Ferry fares to rise\n\nBy Brannagh Oyelaran, Associated Press\n\nThe island council approved the new fares on Friday.");
    expect(result.source).toBe("Associated Press");
    expect(result.paragraphs).toHaveLength(1);
  });

  it.each([
    ["Le maire a inauguré le pont lundi. (Belga)", "Belga"],
    ["The mayor opened the bridge on Monday. (HNA)", "HNA"],
    ["Le maire a déclaré : « Le pont est ouvert. » (AFP)", "AFP"],
    ["The mayor opened the bridge on Monday. (Photo)", null],
    ["The mayor opened the bridge (Kervella Street) on Monday.", null],
  ])("reads an agency in parentheses closing the last paragraph as the source, keeping the paragraph (%#)", (last, outlet) => {
    const result = parseDocument(`Bridge opens\n\nThe council voted the works in May.\n\n${last}`);
    expect(result.source).toBe(outlet);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The council voted the works in May.", last]);
  });

  it("reads a last line of one word as the outlet's signature, not a section heading or a wire mark", () => {
    const body = "Bridge opens\n\nThe council voted the works in May.\n\nThe bridge opened on Monday.\n\nTraffic was light.";
    expect([parseDocument(`${body}\n\nHarbournews`).source, parseDocument(`${body}\n\nHarbournews`).paragraphs.length]).toEqual(["Harbournews", 3]);
    for (const line of ["Sources", "Commentaires", "FIN", "Thomas", "Ends", "WhatsApp", "Twitter"]) expect(parseDocument(`${body}\n\n${line}`).source, line).toBeNull();
    // The page's share buttons are no paragraph.
    expect(parseDocument(`${body}\n\nFacebook\n\nWhatsApp`).paragraphs).toHaveLength(3);
    expect(parseDocument(`${body}\n\nSources`).paragraphs).toHaveLength(3);
  });

  it.each([
    ["PARIS, 30 juillet 2012/Harbour Press Network (HPN)/ — Le ministre est arrivé.", "Harbour Press Network"],
    ["GENÈVE, 3 mars 2023, Agence France-Presse (AFP) — Les délégués sont arrivés.", "Agence France-Presse"],
    ["ALBANY, Ga (AG) — The council met on Monday.", "AG"],
    ["HALIFAX, 3 mars 2023 (HPN) — Les délégués sont arrivés.", "HPN"],
  ])("reads an agency's full name spelt before its acronym in a dateline as the source (%#)", (first, outlet) => {
    expect(parseDocument(`Titre\n\n${first}`).source).toBe(outlet);
  });

  it.each([
    ["The two leaders spoke on Monday, Associated Press has learned, and agreed to meet.", "Associated Press"],
    ["Les deux dirigeants se sont parlé lundi, a appris Le Devoir de sources proches du dossier.", "Le Devoir"],
    ["The two leaders spoke on Monday, Harbour Tidings has learned.", null],
    ["The two leaders spoke on Monday, as Reuters reported.", null],
  ])("reads a known outlet that tells of its own reporting in the body as the source (%#)", (sentence, outlet) => {
    expect(parseDocument(`Leaders talk\n\n${sentence}\n\nNo date was set.`).source).toBe(outlet);
  });

  it.each([
    ["Harbourtown, Mar 4 (HNA) The minister met his counterpart on Monday.", "HNA", "2025-03-04"],
    ["HARBOURTOWN, MARCH 4, 2025 (HNA): The minister met his counterpart on Monday.", "HNA", "2025-03-04"],
    ["Port-Louis, 4 mars 2025 (HNA)- Le ministre a reçu son homologue lundi.", "HNA", "2025-03-04"],
  ])("reads a dateline that its agency closes without a spaced dash (%#)", (first, outlet, date) => {
    const result = parseDocument(`Talks\n\n${first}\n\nThey spoke of trade.`, { publishedAt: date });
    expect(result.source).toBe(outlet);
    expect(result.paragraphs).toHaveLength(2);
  });

  it.each([
    ["HNA-04 mars 2025: Le ministre a reçu son homologue lundi.", "HNA", "2025-03-04"],
    ["Port-Louis, le 4 mars 2025, HNA- Lundi, le ministre a reçu son homologue.", "HNA", "2025-03-04"],
    ["HARBOURTOWN (Harbour Ledger / HNA - 04th March, 2025) The minister met his counterpart on Monday.", "Harbour Ledger", "2025-03-04"],
    ["HARBOURTOWN, (HNA - Harbour Ledger / Port News - 04th Mar, 2025 ) :The minister met his counterpart on Monday.", "HNA", "2025-03-04"],
    ["PORT-LOUIS, 4 mars 2025 (HNA).- Le ministre a reçu son homologue lundi.", "HNA", "2025-03-04"],
    ["Port-Louis, 4 mars 2025 (HNA)-Le ministre a reçu son homologue lundi.", "HNA", "2025-03-04"],
    ["Port-Louis, 4 mars 2025 - (HNA) Le ministre a reçu son homologue lundi.", "HNA", "2025-03-04"],
    ["HARBOURTOWN, March 4, 2025 /Harbourwire/ -- The company said it met its suppliers.", "Harbourwire", "2025-03-04"],
  ])("reads an agency glued to the date of a dateline, after it, or in a dated credit (%#)", (first, outlet, date) => {
    const result = parseDocument(`Talks\n\n${first}\n\nThey spoke of trade.`);
    expect([result.source, result.publishedAt, result.paragraphs.length]).toEqual([outlet, date, 2]);
  });

  it("reads no agency in a place's abbreviation before the date of a dateline", () => {
    const result = parseDocument("Talks\n\nWashington, DC, March 4, 2025 - The minister met his counterpart on Monday.");
    expect([result.source, result.publishedAt]).toEqual([null, "2025-03-04"]);
  });

  it("leaves the editor's initials closing a dispatch out of the body, naming no source", () => {
    const result = parseDocument("Titre\n\nLe conseil a voté le budget.\n\nLe maire est parti tôt.\n\nLa séance est levée.\n\nR.N");
    expect([result.source, result.paragraphs.length]).toEqual([null, 3]);
  });

  it("reads no dateline in a sentence whose first parenthesis holds a party or a word, without a date", () => {
    expect(parseDocument("Talks\n\nMinister Tarun Velkar (HNP) met his counterpart on Monday.").source).toBeNull();
    expect(parseDocument("Talks\n\nOn Mar 4 (Monday) The minister met his counterpart.").source).toBeNull();
  });

  it.each([
    ["(With inputs from HNA)", "HNA"],
    ["(with inputs from agencies)", null],
    ["— HNA", "HNA"],
    ["HNA", "HNA"],
    ["END", null],
  ])("reads a closing agency credit as a sign-off (%#)", (line, outlet) => {
    const result = parseDocument(`Talks\n\nThe minister met his counterpart on Monday.\n\nThey spoke of trade.\n\nNo date was set.\n\n${line}`);
    expect([result.source, result.paragraphs.length]).toEqual([outlet, 3]);
  });

  it.each([
    ["By: HNA", "HNA", null],
    ["Reuters | Updated: Mar 4, 2025 09:12 IST", "Reuters", "2025-03-04"],
    ["Tuesday, 4 March 2025 | Reuters | Harbourtown", "Reuters", "2025-03-04"],
    ["Reuters", "Reuters", null],
    // An acronym the gazetteer does not know may be a place in capitals: the line is a dateline, naming no source.
    ["HNA | Updated: Mar 4, 2025 09:12 IST", null, "2025-03-04"],
    ["PARIS | Updated: Mar 4, 2025 09:12 IST", null, "2025-03-04"],
  ])("reads an agency credit line over the story as the source, and no paragraph (%#)", (line, outlet, date) => {
    const result = parseDocument(`Talks\n\n${line}\n\nThe minister met his counterpart on Monday.\n\nThey spoke of trade.`);
    expect([result.source, result.publishedAt, result.paragraphs.length]).toEqual([outlet, date, 2]);
  });

  it.each([
    ["(Avec agences)", null],
    ["— With agencies", null],
    ["Avec AFP et Reuters", "AFP"],
    ["Par La Rédaction", null],
    ["By Tarun Velkar", null],
  ])("reads closing credits that name wires, a list of agencies, a newsroom or a reporter (%#)", (line, outlet) => {
    const result = parseDocument(`Titre\n\nLe conseil a voté le budget.\n\nLe maire est parti tôt.\n\nLa séance est levée.\n\n${line}`);
    expect([result.source, result.paragraphs.length]).toEqual([outlet, 3]);
  });

  it.each([
    ["03/14/2025 | Press release | Distributed by Harbourwire on 03/14/2025 10:05", "2025-03-14", null],
    ["14/03/2025 – Valdoria – Présidé(e) par Ilse Marovic", "2025-03-14", "Ilse Marovic"],
    ["14 mars 2025 à 10h02 - Modifié : 14 mars 2025 à 11h16 par Gwenaëlle Kerbrat", "2025-03-14", "Gwenaëlle Kerbrat"],
  ])("leaves a metadata line that opens with a date out of the body, and keeps the author it names (%#)", (line, date, author) => {
    const result = parseDocument(`Le conseil vote\n\n${line}\n\nLe conseil a voté le budget.\n\nLe maire est parti tôt.`);
    expect([result.publishedAt, result.paragraphs.length]).toEqual([date, 2]);
    expect(result.people.map((person) => person.name)).toEqual(author ? [author] : []);
  });

  it.each([
    ["VALDORIA, March 3 (Harbourwire) - Council spokesman Ivo Marek said on Monday that Mayor Lena Dufort"],
    ["VALDORIA, March 3 - Council spokesman Ivo Marek said on Monday that Mayor Lena Dufort"],
    ["3 March 2025 - Council spokesman Ivo Marek said on Monday that Mayor Lena Dufort"],
    ["Updated March 3 - Council spokesman Ivo Marek said on Monday that Mayor Lena Dufort"],
  ])("keeps an opening paragraph whose sentence, after a dateline or a date, wraps onto the next line (%#)", (line) => {
    const result = parseDocument(`Council vote\n\n${line}\nwould present the budget on Tuesday.\n\nThe session was short.`, { publishedAt: "2025-03-04" });
    expect(result.paragraphs).toHaveLength(2);
    expect(result.people.map((person) => person.name)).toEqual(["Ivo Marek", "Lena Dufort"]);
  });

  it("keeps an opening paragraph that a date and a dash open, which ends a sentence", () => {
    const result = parseDocument("Le conseil vote\n\n14 mars 2025 - Le conseil a voté le budget.\n\nLe maire est parti tôt.");
    expect(result.paragraphs).toHaveLength(2);
  });

  it("keeps a heading in capitals that holds a function word as a paragraph, and reads a place in capitals as a dateline", () => {
    const heading = parseDocument("Le conseil vote\n\nLe conseil a voté le budget.\n\nSUR LE BUDGET\n\nLe maire est parti tôt.");
    expect(heading.paragraphs).toHaveLength(3);
    const place = parseDocument("Le conseil vote\n\nLA ROCHE-SUR-MER\n\nLe conseil a voté le budget.\n\nLe maire est parti tôt.");
    expect(place.paragraphs).toHaveLength(2);
  });

  it.each([["Updated 2 hours ago"], ["Dernière mise à jour à 09h18"], ["10:42 AM EST"]])("leaves a timestamp line without a date out of the body (%s)", (line) => {
    const result = parseDocument(`Talks\n\n${line}\n\nThe minister met his counterpart.\n\nThey spoke of trade.`);
    expect(result.paragraphs).toHaveLength(2);
  });

  it("leaves a last-update line without the year out of the body", () => {
    const result = parseDocument("Le conseil vote\n\nDernière mise à jour à 09h18 le 14/09\n\nLe conseil a voté le budget.", { publishedAt: "2025-09-14" });
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le conseil a voté le budget."]);
  });

  it("reads an outlet beside a known city on a line over the story as the source", () => {
    const cityFirst = parseDocument("Talks\n\nBrussels: The Harbour and the Sea\n\nThe minister met his counterpart on Monday.\n\nThey spoke of trade.");
    expect([cityFirst.source, cityFirst.paragraphs.length]).toEqual(["The Harbour and the Sea", 2]);
    const outletFirst = parseDocument("Talks\n\n4 March 2025\nHarbour Daily Tribune (Nairobi)\n\nThe minister met his counterpart on Monday.");
    expect(outletFirst.source).toBe("Harbour Daily Tribune");
    // Further down, a city and capitalised words make a heading.
    const heading = parseDocument("Talks\n\nThe minister met his counterpart on Monday.\n\nBrussels: Talks Resume\n\nThey spoke of trade.");
    expect([heading.source, heading.paragraphs.length]).toEqual([null, 3]);
  });

  it("reads an agency's part opening as a byline in a credit line over the story", () => {
    const result = parseDocument("Titre\n\nPublié le 12/04/2025 à 18h05 | Par AFP\n\nLe conseil a voté le budget.");
    expect([result.source, result.publishedAt, result.paragraphs.length]).toEqual(["AFP", "2025-04-12", 1]);
  });

  it("reads the agency a byline names after the author, before a dateline", () => {
    const result = parseDocument("Talks\n\nBy Tarun Velkar, Reuters | Updated: Mar 4, 2025\n\nThe minister met his counterpart on Monday.");
    expect([result.source, result.publishedAt, result.paragraphs.length]).toEqual(["Reuters", "2025-03-04", 1]);
    expect(parseDocument("Talks\n\nBy Tarun Velkar in HARBOURTOWN\n\nThe minister met his counterpart on Monday.").source).toBeNull();
    expect(parseDocument("Talks\n\nEdited By: Tarun Velkar\n\nThe minister met his counterpart on Monday.").paragraphs).toHaveLength(1);
  });

  it.each([
    ["By HNA", "HNA"],
    ["By The Canadian Press", "The Canadian Press"],
    ["Written By Harbour Ledger Web Team | Updated: May 3, 2024, 09:12 AM", "Harbour Ledger"],
    ["By Valley Times Staff", "Valley Times"],
    ["Written by Brannagh Oyelaran for Associated Press", "Associated Press"],
    ["Par Le Messager Web", "Le Messager"],
  ])("reads a byline that an outlet signs as the source, naming no author (%#)", (byline, outlet) => {
    const result = parseDocument(`Ferry fares to rise\n\n${byline}\n\nThe island council approved the new fares on Friday.`);
    expect(result.source).toBe(outlet);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The island council approved the new fares on Friday."]);
    expect(result.people.map((person) => person.name)).toEqual(byline.includes("Oyelaran") ? ["Brannagh Oyelaran"] : []);
  });

  it("keeps an author's byline whose last word reads like a newsroom's as the author's", () => {
    const result = parseDocument("Ferry fares to rise\n\nBy Emily Desk\n\nThe island council approved the new fares on Friday.");
    expect(result.source).toBeNull();
    expect(result.paragraphs).toHaveLength(1);
  });

  it.each([
    ["Tram line opens\n\nBy Oluwaseun Adeyemi | June 3, 2024\n\nThe new tram line opened on Monday.", "2024-06-03", "Oluwaseun Adeyemi"],
    ["Le tramway inauguré\n\nPar Gwenaëlle Kerbrat Publié le 14 février 2024 à 10h30\n\nLa nouvelle ligne a été inaugurée lundi.", "2024-02-14", "Gwenaëlle Kerbrat"],
    ["Tram line opens\n\nMarch 4, 2024 / 10:42 AM / Updated 2 hours ago\n\nThe new tram line opened on Monday.", "2024-03-04", null],
  ])("reads a byline and a dateline on one line (%#)", (text, date, author) => {
    const result = parseDocument(text);
    expect(result.publishedAt).toBe(date);
    expect(result.paragraphs).toHaveLength(1);
    if (author) expect(result.people.map((person) => person.name)).toEqual([author]);
  });

  it("reads Markdown emphasis around the title and the byline, and leaves image lines out of the body", () => {
    const text = "**Harbour crane collapses**\n\n*By Ifeoluwa Bankole*\n\nA crane fell onto the quay on Monday.\n\n![The fallen crane](crane.jpg)\n\nNobody was hurt.";
    const result = parseDocument(text);
    expect(result.title).toBe("Harbour crane collapses");
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["A crane fell onto the quay on Monday.", "Nobody was hurt."]);
    expect(result.people.map((person) => person.name)).toEqual(["Ifeoluwa Bankole"]);
  });

  it("tells the language of a very short document from a single function word", () => {
    expect(parseDocument("Crane collapses\nCrane fell onto a quay, said harbour master Ifeoluwa Bankole.").language).toBe("en");
  });

  it("reads an outlet alone before a double dash as the dateline, and a closing assistance line as a sign-off", () => {
    const text = "Copper hits a record\n\n(Bloomberg) -- Copper rose to a record on Tuesday as supplies tightened.\n\nTraders expect more gains.\n\n--With assistance from Haruto Kobayashi.";
    const result = parseDocument(text);
    expect(result.source).toBe("Bloomberg");
    expect(result.paragraphs).toHaveLength(2);
    expect(result.people.map((person) => person.name)).toEqual(["Haruto Kobayashi"]);
    // A parenthesis that names no outlet opens nothing.
    expect(parseDocument("Copper hits a record\n\n(Photo) -- Copper rose to a record on Tuesday.").source).toBeNull();
  });

  it("leaves the author's title on the line under a byline out of the body", () => {
    const text = "Library hours cut\n\nBy Oksana Baranyk\nEducation reporter\n\nThe county library will close on Sundays from March.\n\nStaff were told on Friday.";
    expect(parseDocument(text).paragraphs.map((paragraph) => paragraph.text)).toEqual(["The county library will close on Sundays from March.", "Staff were told on Friday."]);
  });

  it.each([
    ["Le Courrier picard avec AFP", "Le Courrier picard", []],
    ["Propos recueillis par Ysaline Corbière", null, ["Ysaline Corbière"]],
    ["Reporting by Tunde Olatunji; Editing by Maren Stoltz", null, ["Tunde Olatunji", "Maren Stoltz"]],
    ["Harbour Gazette staff and agencies", "Harbour Gazette", []],
    ["Contact Ilse Vandenbroucke at ivandenbroucke@harbourgazette.com.", null, null],
  ])("reads a closing credit without parentheses as a sign-off (%#)", (line: string, source: string | null, people: string[] | null) => {
    const text = `Un titre\n\nLe conseil municipal a voté mardi le budget de la ville.\n\nLe maire a salué un vote unanime.\n\n${line}`;
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(2);
    expect(result.source).toBe(source);
    if (people) expect(result.people.map((person) => person.name)).toEqual(people);
  });

  it("reads a known outlet after the title's last dash or bar as the source, and keeps the title whole", () => {
    const english = parseDocument("Port strike ends after six weeks | Reuters\n\nDock workers went back to work on Monday.");
    expect(english.source).toBe("Reuters");
    expect(english.title).toBe("Port strike ends after six weeks | Reuters");
    expect(parseDocument("Grève : le port rouvre - Le Figaro\n\nLes dockers ont repris le travail lundi.").source).toBe("Le Figaro");
    // An unknown name after a dash is no outlet.
    expect(parseDocument("Harbour reopens - Mayor Dana Whitcombe\n\nThe harbour reopened on Monday.").source).toBeNull();
  });

  it("reads the usual other keys of front matter for the date, the outlet and the language", () => {
    const text = "---\nheadline: ignored\ntitle: Le port rouvre\npubDate: 2024-06-03\npublisher: Le Télégramme\nlang: fr-FR\n---\n\nLes dockers ont repris le travail.";
    const result = parseDocument(text);
    expect(result.publishedAt).toBe("2024-06-03");
    expect(result.source).toBe("Le Télégramme");
    expect(result.language).toBe("fr");
  });

  it("keeps a first paragraph that opens with By and a time in the body", () => {
    const text = "Ferry fares to rise\n\nBy Friday, the island council had approved the new fares.\n\nThe ferry company welcomed the vote.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });

  it("leaves a wire story's closing contributor line out of the body", () => {
    const text = "Dam talks resume\n\nADDIS ABABA (AP) — Negotiators met again on Monday.\n\nAssociated Press writer Lena Oduya in Khartoum contributed to this report.";
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.source).toBe("AP");
    expect(result.people.map((person) => person.name)).toContain("Lena Oduya");
  });
  it("detects French, English and neither", () => {
    expect(parseDocument("Titre\n\nLe gouvernement a annoncé que les élections auront lieu dans les prochains mois.").language).toBe("fr");
    expect(parseDocument("Title\n\nThe government said that the elections would be held in the coming months.").language).toBe("en");
    expect(parseDocument("Titel\n\nDie Regierung hat angekündigt, dass die Wahlen bald stattfinden.").language).toBe("und");
  });

  it("reads YAML front matter, and options win over it", () => {
    const text = "---\ntitle: \"Front matter title\"\npublishedAt: 2024-05-06\nsource: Harbour Daily\nurl: https://example.org/a\nlanguage: en\n---\n# Front matter title\n\nThe harbour reopened on Monday.\n";
    const result = parseDocument(text);
    expect(result).toMatchObject({ title: "Front matter title", publishedAt: "2024-05-06", source: "Harbour Daily", url: "https://example.org/a", language: "en" });
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["The harbour reopened on Monday."]);
    spansAreExact(text, result.paragraphs);
    const overridden = parseDocument(text, { publishedAt: "2024-06-01", source: "Other", title: "Given", language: "fr" });
    expect(overridden).toMatchObject({ publishedAt: "2024-06-01", source: "Other", title: "Given", language: "fr" });
  });

  it("keeps the front matter title over a different Markdown heading, which leaves the body", () => {
    const text = "---\ntitle: Le vrai titre\n---\n# Un intertitre\n\nLe corps du texte.";
    const result = parseDocument(text);
    expect(result.title).toBe("Le vrai titre");
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le corps du texte."]);
  });

  it("ignores a byte-order mark and gives an empty result for an empty document", () => {
    const result = parseDocument("\uFEFFTitre\n\nUn paragraphe.");
    expect(result.title).toBe("Titre");
    expect(result.paragraphs[0]).toEqual({ text: "Un paragraphe.", start: 7, end: 21 });
    expect(parseDocument("")).toMatchObject({ title: null, paragraphs: [], people: [], quotes: [], meetings: [] });
  });
});

describe("mayBeDateline: the one-pass test before a line is read as a dateline", () => {
  it.each(["PARIS, 3 mars 2023 (AFP) —", "Friday, January 4, 2019", "BRASÍLIA, Brazil –", "MOSCOU (Reuters) -", "ÉTÉ", "𝐀𝐁𝐂, le soir"])(
    "lets %j through",
    (line) => expect(mayBeDateline(line)).toBe(true),
  );

  it.each(["Le conseil municipal a voté hier soir.", "The mayor spoke to reporters on Monday.", "Vladimir Poutine et Joe Biden", "UE, Union européenne", "𝐀𝐁 et 𝐂"])(
    "turns %j down: no digit, no parenthesis, no three capitals in a row",
    (line) => expect(mayBeDateline(line)).toBe(false),
  );
});


describe("segment: headings, pointers to other stories and picture credits are no paragraphs", () => {
  it("leaves Markdown headings out of the paragraphs but still reads them for names", () => {
    const text = "---\ntitle: Accord au port\n---\n\nLes dockers ont repris le travail jeudi.\n\n## Ce que dit Hélène Carvalho\n\nLa déléguée a salué « une vraie avancée pour tous ».\n";
    const result = parseDocument(text);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Les dockers ont repris le travail jeudi.",
      "La déléguée a salué « une vraie avancée pour tous ».",
    ]);
    expect(result.people.map((person) => person.name)).toEqual(["Hélène Carvalho"]);
    spansAreExact(text, result.people.flatMap((person) => person.mentions));
  });

  it("keeps line-per-paragraph grouping when a heading sits between lines with no blank line", () => {
    const text = "Le budget adopté\nLe conseil a voté le budget mardi.\n### Les écoles d'abord\nLa moitié des crédits iront aux écoles,\nselon le maire.";
    expect(parseDocument(text).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "Le conseil a voté le budget mardi.",
      "La moitié des crédits iront aux écoles,\nselon le maire.",
    ]);
  });

  it.each([
    ["Lire aussi : Grève au port, les raisons de la colère"],
    ["**À lire également** | Le port de commerce en chiffres"],
    ["LIRE AUSSI"],
    ["Sur le même sujet : la ligne de tramway prolongée"],
  ])("drops the French pointer line « %s » wherever it sits", (line) => {
    const text = `La grève prend fin\n\nLes dockers ont repris le travail jeudi.\n\n${line}\n\nLa direction a promis une prime.`;
    expect(parseDocument(text).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Les dockers ont repris le travail jeudi.", "La direction a promis une prime."]);
  });

  it.each([["Read more: Ferry strike hits holiday traffic"], ["RELATED: Port owner posts record profit"], ["> See also | How the ferry dispute began"], ["Related coverage"]])(
    "drops the English pointer line “%s” wherever it sits",
    (line) => {
      const text = `Ferry strike ends\n\nCrews returned to work on Thursday.\n\n${line}\n\nThe company promised a bonus.`;
      expect(parseDocument(text).paragraphs.map((paragraph) => paragraph.text)).toEqual(["Crews returned to work on Thursday.", "The company promised a bonus."]);
    },
  );

  it("keeps body lines that only begin like a pointer", () => {
    const text = "Ferry strike ends\n\nRelated-party loans at the ferry firm rose last year.\n\nPour aller plus loin, la mairie a voté une aide.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });

  it.each([
    ["Le port rouvre\n\nLes dockers ont repris le travail jeudi.\n\nPhoto : Jean Roux / Le Courrier du Port", null],
    ["Ferry strike ends\n\nCrews returned to work on Thursday.\n\nPhotograph: Jane Mills/Harbour Daily", null],
    ["Ferry strike ends\n\nCrews returned to work on Thursday.\n\n(Photo by Jane Mills)\n\n© 2026 Harbour Daily", "Harbour Daily"],
  ])("takes a closing picture credit out of the body without making its agency the source (%#)", (text, source) => {
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.source).toBe(source);
    expect(result.people.map((person) => person.name)).not.toContain("Le Courrier du Port");
  });

  it("keeps a last paragraph that opens with a company called Crédit", () => {
    const text = "La banque recrute\n\nLes agences ouvriront lundi.\n\nCrédit Agricole Alpes a annoncé 40 embauches.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });
});

describe("segment: bylines with a tail after the names", () => {
  it.each([
    ["Le budget voté\n\nPar Jean Dupont - Aujourd'hui à 14h05\n\nLe conseil a voté le budget.", "Jean Dupont"],
    ["Budget passed\n\nBy Jane Mills - Today at 2:05 p.m.\n\nThe council passed the budget.", "Jane Mills"],
    ["Budget passed\n\nBy Jane Mills | Staff writer\n\nThe council passed the budget.", "Jane Mills"],
    ["Le budget voté\n\nPar Jean Dupont, il y a 2 heures\n\nLe conseil a voté le budget.", "Jean Dupont"],
  ])("ends the names at the separator and leaves the line out of the body (%#)", (text, author) => {
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.people.map((person) => person.mentions.map((mention) => mention.text))).toEqual([[author]]);
  });

  it("keeps a sentence that opens with “By” and a name in the body", () => {
    const text = "Strike ends\n\nBy Jane Mills, a docker who led the strike for years, the deal was called fair.\n\nThe port reopened.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });
});

describe("segment: lines of the web page around the story are no paragraphs", () => {
  it.each([
    ["Le budget voté\n\nLe conseil a voté le budget.\n\nPublicité\n\nL'opposition a voté contre.\n\nMots-clés : Vannes, budget, conseil"],
    ["Budget passed\n\nThe council passed the budget.\n\nADVERTISEMENT\n\nThe opposition voted against.\n\nTags: budget, council"],
    ["Budget passed\n\nThe council passed the budget.\n\nStory continues below advertisement\n\nThe opposition voted against."],
  ])("drops advertisement markers and tag lists (%#)", (text) => {
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });
});

describe("segment: outlets the gazetteer knows", () => {
  it.each([
    ["Le port rouvre - Le Télégramme\n\nLes dockers ont repris le travail jeudi.", "Le Télégramme", 1],
    ["Le port rouvre\n\nLes dockers ont repris le travail jeudi.\n\nMidi Libre", "Midi Libre", 1],
    ["Port reopens\n\nDockers returned to work on Thursday.\n\n— The Boston Globe", "The Boston Globe", 1],
    ["Port reopens | The Irish Times\n\nDockers returned to work on Thursday.", "The Irish Times", 1],
  ])("reads the source from a title or a closing line that is only an outlet (%#)", (text, source, paragraphs) => {
    const result = parseDocument(text);
    expect(result.source).toBe(source);
    expect(result.paragraphs).toHaveLength(paragraphs);
  });

  it("reads a closing dash and a name alone as the reporter's signature: out of the body, no source", () => {
    const text = "Port reopens\n\nDockers returned to work on Thursday.\n\n— Jane Mills";
    const result = parseDocument(text);
    expect(result.source).toBeNull();
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Dockers returned to work on Thursday."]);
    expect(result.people.map((person) => person.name)).toEqual(["Jane Mills"]);
  });

  it.each([
    ["Océane Ferrand avec AFP", "AFP"],
    ["O.F. avec l'AFP", "AFP"],
    ["Cet article a été publié initialement sur La Gazette du port.", "La Gazette du port"],
    ["Édité par Joris Langlade", null],
    ["Rédaction : Océane Ferrand", null],
    ["(Reportage Océane Ferrand, édité par Joris Langlade)", null],
    ["Contacter l'auteur : oferrand@gazette.example", null],
    ["Edited by Tomasz Wrobel", null],
    ["Contact reporter Priya Natarajan at pnatarajan@ledger.example", null],
    ["Our Standards: The Trust Principles.", null],
    ["— Reporting by the Harbour desk; editing by Pelican Wire", "Pelican Wire"],
    ["Reporting by Odile Varga; editing by the Harbour desk", null],
    ["Pelican Wire — Lagos bureau", "Pelican Wire"],
    ["Odile Varga — Lagos bureau", null],
    ["Published by The Pelican Courier", "The Pelican Courier"],
    ["Publié par La Gazette du Ponant", "La Gazette du Ponant"],
    ["Publié par Océane Ferrand", null],
  ])("reads more closing credits as sign-offs (%#)", (line: string, source: string | null) => {
    const text = `Un titre\n\nLe conseil municipal a voté mardi le budget de la ville.\n\n${line}`;
    const result = parseDocument(text);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le conseil municipal a voté mardi le budget de la ville."]);
    expect(result.source).toBe(source);
  });

  it("keeps a last paragraph whose wrapped sentence puts a sign-off's words on its second line", () => {
    for (const tail of ["Le rapport a été\nPublié par La Gazette du Ponant", "The bulletin came from the\nPelican Wire — Lagos bureau"]) {
      const result = parseDocument(`Un titre\n\nLe conseil municipal a voté mardi le budget de la ville.\n\n${tail}`);
      expect(result.paragraphs).toHaveLength(2);
      expect(result.source).toBeNull();
    }
  });

  it("leaves three closing lines of wire copy out of the body", () => {
    const text = [
      "Dockers return",
      "Dock workers went back to work on Thursday after the union accepted the offer.",
      "Reporting by Priya Natarajan; Editing by Tomasz Wrobel",
      "Contact reporter Priya Natarajan at pnatarajan@ledger.example",
      "© 2025 Pacific Ledger. All rights reserved.",
    ].join("\n\n");
    const result = parseDocument(text);
    expect(result.paragraphs).toHaveLength(1);
    expect(result.source).toBe("Pacific Ledger");
  });

  it.each(["Suivez-nous sur Instagram et Facebook.", "Abonnez-vous à notre lettre d'information.", "Follow us on Twitter.", "Sign up for our daily newsletter."])(
    "leaves a line asking for readers out of the body, naming no source (%#)",
    (line) => {
      const text = `Un titre\n\nLe conseil municipal a voté mardi le budget de la ville.\n\n${line}\n\nLe maire a salué un vote unanime.`;
      const result = parseDocument(text);
      expect(result.paragraphs).toHaveLength(2);
      expect(result.source).toBeNull();
    },
  );

  it.each([
    ["Priya Natarajan, Staff Writer", "Priya Natarajan"],
    ["Océane Ferrand | Correspondante à Lyon", "Océane Ferrand"],
    ["Océane Ferrand\nJournaliste", "Océane Ferrand"],
  ])("reads an author named with a journalist's title but no “By” as the byline (%#)", (byline, author) => {
    const text = `Un titre\n\n${byline}\n\nLe conseil municipal a voté mardi le budget de la ville.`;
    const result = parseDocument(text);
    expect(result.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Le conseil municipal a voté mardi le budget de la ville."]);
    expect(result.people.map((person) => person.name)).toEqual([author]);
  });

  it("keeps a first line that names someone with a title other than a journalist's", () => {
    const text = "Un titre\n\nJoris Langlade, maire de Vannes\n\nLe conseil municipal a voté mardi le budget de la ville.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });

  it.each(["Temps de lecture : 3 min", "Partager", "Écouter cet article", "Reading time: 4 minutes", "5 min read", "Share this article"])(
    "leaves the page's reading tools out of the body (%#)",
    (line) => {
      const text = `Un titre\n\n${line}\n\nLe conseil municipal a voté mardi le budget de la ville.\n\nLe maire a salué un vote unanime.`;
      expect(parseDocument(text).paragraphs).toHaveLength(2);
    },
  );

  it("reads a role through Markdown link and emphasis syntax, with offsets in the Markdown", () => {
    const text = "Port talks\n\nTransport Minister [Paul Arnold](https://news.example/arnold) met *Mark Lyons*, **general secretary of the dockers union**, on Tuesday.";
    const people = parseDocument(text).people;
    expect(people.map((person) => [person.name, person.roles])).toEqual([
      ["Paul Arnold", ["Transport Minister"]],
      ["Mark Lyons", ["general secretary of the dockers union"]],
    ]);
    for (const mention of people.flatMap((person) => person.mentions)) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("keeps a body paragraph that opens with a dash and goes on past a name", () => {
    const text = "Un titre\n\nLe conseil a voté.\n\n— Jean Morel a salué le vote du conseil.";
    expect(parseDocument(text).paragraphs).toHaveLength(2);
  });
});
