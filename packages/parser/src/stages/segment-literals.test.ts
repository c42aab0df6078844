import { describe, expect, it } from "vitest";
import { locales } from "../locales/index.js";
import { literalAfterRepeat } from "./segment/index.js";

describe("literalAfterRepeat: text every match of a pattern holds after a part that repeats", () => {
  it.each([
    [/^(\p{Lu}[^\n]{0,60}?)\s*[-–—.,]\s*All rights reserved\.?$/u, "All rights reserved"],
    [/^\p{Lu}[^\n]{0,200}?\scontributed (?:reporting|research)/u, "contributed "],
    [/^Article publié par\s+(\p{Lu}[^\n]{0,60}?)[.,]/u, null],
    [/^Read (?:more|also) on/u, null],
    [/x+colou?r/, "colo"],
    [/a{2}bc/, "bc"],
    [/.*😀?abc/u, "abc"],
    [/.*ab😀?/u, "ab"],
    [/^(?<known>\p{Lu}[^)]*) staff\)/u, " staff"],
    [/[(|]x+/, null],
    [/^x+|All rights/, null],
    [/^.*All rights/i, null],
    [/^.*All rights/g, null],
    [/.*\u00e9t\u00e9/u, null],
    [/(a)*\1bc/, null],
    [/^[^]{0,3}$/, null],
  ])("%s → %j", (pattern, literal) => {
    expect(literalAfterRepeat(pattern)).toBe(literal);
  });

  const lines = [
    "© 2022 Pacific Ledger. All rights reserved.",
    "Harbour Daily - All rights reserved.",
    "La Gazette du port — Tous droits réservés",
    "Suivez Le Fil du Nord sur Telegram pour ne rien manquer.",
    "Follow Harbour Daily on Telegram.",
    "Article publié par La Gazette du port.",
    "Cet article a d'abord été publié dans La Gazette du port.",
    "Ce reportage de La Gazette du port a été publié pour la première fois le 4 mars 2025.",
    "Le Courrier picard avec AFP",
    "Propos recueillis par Ysaline Corbière",
    "Édité par Joris Langlade",
    "Rédaction : Océane Ferrand",
    "Contacter l'auteur : oferrand@gazette.example",
    "— Avec La Presse Canadienne",
    "Avec des informations de l'Agence Belga",
    "Reporting by Tunde Olatunji; Editing by Maren Stoltz",
    "Contact Ilse Vandenbroucke at ivandenbroucke@harbourgazette.com",
    "Contact the reporter at reporter@ledger.example",
    "Our Standards: The Trust Principles.",
    "Jane Doe can be reached at jdoe@example.com.",
    "Harbour Gazette staff and agencies",
    "--With assistance from Jane Doe.",
    "Associated Press writer Jane Doe in Cairo contributed to this report.",
    "(Reporting by Jane Doe; Editing by John Roe)",
    "Read more at The Valley Times.",
    "This story was first published by The Valley Times.",
    "This report by The Valley Times was first published March 4, 2025.",
    "(With AP)",
    "With files from The Canadian Press",
    "— Reporting by the Harbour desk; editing by Pelican Wire",
    "Pelican Wire — Lagos bureau",
    "Published by The Pelican Courier",
    "Publié par La Gazette du Ponant",
    "La Gazette du Ponant — bureau de Brest",
  ];

  it("gives, for each sign-off of the locales, text that every line it matches holds", () => {
    let matched = 0;
    for (const locale of Object.values(locales)) {
      for (const pattern of locale.structure.signOffs) {
        const literal = literalAfterRepeat(pattern);
        for (const line of lines) {
          if (!pattern.test(line)) continue;
          matched++;
          if (literal !== null) expect(line, `${pattern} on ${line}`).toContain(literal);
        }
      }
    }
    expect(matched).toBeGreaterThanOrEqual(lines.length);
  });
});
