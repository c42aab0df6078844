import { describe, expect, it } from "vitest";
import { parseDocument } from "../index.js";
import type { Meeting } from "../types.js";

function meetingsOf(text: string, publishedAt: string | null, language: "fr" | "en"): Meeting[] {
  const output = parseDocument(text, { publishedAt, language });
  for (const meeting of output.meetings) {
    expect(text.slice(meeting.start, meeting.end)).toBe(meeting.text);
  }
  return output.meetings;
}

/** The fields a reader checks, without evidence spans. */
function summary(meeting: Meeting) {
  const { kind, status, date, time, timeZone, startsAt, durationMinutes, participants } = meeting;
  return { kind, status, date, time, timeZone, startsAt, durationMinutes, participants };
}

describe("meetings (fr)", () => {
  const article = [
    "Entretien prévu entre deux dirigeants",
    "",
    "La conversation téléphonique entre Olaf Scholz et Justin Trudeau a été demandée par Berlin, a indiqué un porte-parole.",
    "",
    "Les dirigeants prévoient de discuter ce soir à 21h15, heure de Berlin.",
    "",
    "Le 3 décembre, les deux dirigeants s'étaient entretenus pendant une heure et demie par liaison vidéo.",
    "",
    "Des négociations avec le Canada sur le commerce du bois auront lieu le 11 janvier, des consultations entre les Allemands et l'OTAN le 14 janvier.",
  ].join("\n");

  it("finds each meeting with its kind, date, time, zone, duration and status", () => {
    const meetings = meetingsOf(article, "2021-12-20", "fr");
    expect(meetings.map(summary)).toEqual([
      {
        kind: "phone_call",
        status: "scheduled",
        date: "2021-12-20",
        time: "21:15",
        timeZone: "Europe/Berlin",
        startsAt: "2021-12-20T20:15:00Z",
        durationMinutes: null,
        participants: ["Olaf Scholz", "Justin Trudeau"],
      },
      {
        kind: "video_conference",
        status: "held",
        date: "2021-12-03",
        time: null,
        timeZone: null,
        startsAt: null,
        durationMinutes: 90,
        participants: ["Olaf Scholz", "Justin Trudeau"],
      },
      {
        kind: "negotiations",
        status: "scheduled",
        date: "2022-01-11",
        time: null,
        timeZone: null,
        startsAt: null,
        durationMinutes: null,
        participants: ["Allemagne", "Canada"],
      },
      {
        kind: "consultations",
        status: "scheduled",
        date: "2022-01-14",
        time: null,
        timeZone: null,
        startsAt: null,
        durationMinutes: null,
        participants: ["Allemagne", "OTAN"],
      },
    ]);
    expect(meetings[2]!.topics).toEqual(["commerce du bois"]);
  });

  it("gives the sentence that dates the meeting as evidence, at its exact offsets", () => {
    const [call] = meetingsOf(article, "2021-12-20", "fr");
    const sentence = "Les dirigeants prévoient de discuter ce soir à 21h15, heure de Berlin.";
    expect(call!.text).toBe(sentence);
    expect(call!.start).toBe(article.indexOf(sentence));
    expect(call!.end).toBe(article.indexOf(sentence) + sentence.length);
  });

  it("keeps year-less dates as --MM-DD without a publication date", () => {
    const meetings = meetingsOf(article, null, "fr");
    expect(meetings.map((m) => m.date)).toContain("--01-11");
    expect(meetings.every((m) => m.startsAt === null)).toBe(true);
  });

  it("moves a postponed meeting to its new date", () => {
    const text = "Reports\n\nLe sommet entre la Serbie et le Kosovo, prévu mardi, a été reporté au 14 mars, a annoncé Bruxelles.";
    const [meeting] = meetingsOf(text, "2023-03-06", "fr");
    expect(summary(meeting!)).toMatchObject({ kind: "summit", status: "scheduled", date: "2023-03-14" });
  });

  it("puts the new date of a postponed meeting ahead of publication, whatever the tense of « a été reportée »", () => {
    const text = "Reports\n\nLa rencontre entre Giorgia Meloni et Pedro Sánchez a été reportée au 9 mai, a annoncé Rome.";
    const [meeting] = meetingsOf(text, "2024-04-30", "fr");
    expect(summary(meeting!)).toMatchObject({ status: "scheduled", date: "2024-05-09" });
  });

  it("dates a meeting over « mercredi et jeudi » on its first day", () => {
    const text = "Vilnius\n\nLes dirigeants de l'OTAN participeront mercredi et jeudi au sommet de Vilnius, a indiqué l'Alliance.";
    const [summit] = meetingsOf(text, "2023-07-10", "fr");
    expect(summary(summit!)).toMatchObject({ kind: "summit", status: "scheduled", date: "2023-07-12" });
  });

  it("keeps one series of meetings told again as « ces rencontres … jusqu'à jeudi »", () => {
    const text = [
      "Budget",
      "",
      "La ministre Amélie de Montchalin recevra lundi Éric Coquerel et Claude Raynal, présidents des commissions des Finances.",
      "",
      "Ces rencontres doivent se poursuivre jusqu'à mercredi avec les rapporteurs généraux.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-10-04", "fr");
    expect(meetings.map((m) => m.date)).toEqual(["2024-10-07"]);
  });

  it("dates a meeting told « depuis leur rencontre » in the past, under a future verb", () => {
    const text = "Rome\n\nCe sera le premier échange entre les deux femmes depuis leur rencontre à Rome le 3 mars 2022.";
    const meetings = meetingsOf(text, "2024-02-02", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "meeting", status: "held", date: "2022-03-03" }]);
  });

  it("reads « a reçu … au Quai d'Orsay son homologue » and « avait reçu l'ambassadeur » as meetings", () => {
    const text = [
      "Diplomatie",
      "",
      "La ministre Catherine Colonna a reçu mardi au Quai d'Orsay son homologue indien Subrahmanyam Jaishankar.",
      "",
      "Lundi, le ministre marocain Nasser Bourita avait reçu l'ambassadeur d'Espagne, Enrique Ojeda.",
    ].join("\n");
    const meetings = meetingsOf(text, "2023-05-04", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "held", date: "2023-05-02", participants: expect.arrayContaining(["Catherine Colonna", "Subrahmanyam Jaishankar"]) },
      { kind: "meeting", status: "held", date: "2023-05-01", participants: expect.arrayContaining(["Nasser Bourita", "Enrique Ojeda"]) },
    ]);
  });

  it("reads « recevra vendredi prochain … les maires », « recevrait les syndicats » and the passive « seront reçus le 20 mars »", () => {
    const text = [
      "Intempéries",
      "",
      "La préfète Odile Marchand recevra vendredi prochain à Rouen les maires des communes sinistrées.",
      "",
      "Le ministre de l'Agriculture, Paul Renouard, recevrait les syndicats le 14 mars, selon son cabinet.",
      "",
      "Les représentants des pêcheurs seront reçus le 20 mars au ministère de la Mer, a indiqué Lucie Ferrand.",
    ].join("\n");
    // 2024-03-06 is a Wednesday.
    const meetings = meetingsOf(text, "2024-03-06", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "scheduled", date: "2024-03-08", participants: expect.arrayContaining(["Odile Marchand"]) },
      { kind: "meeting", status: "scheduled", date: "2024-03-14", participants: expect.arrayContaining(["Paul Renouard"]) },
      { kind: "meeting", status: "scheduled", date: "2024-03-20" },
    ]);
  });

  it("keeps a call or a video link in a sentence about a league or a team: no game is played by phone", () => {
    const text = [
      "Handball",
      "",
      "La présidente du club, Margot Vidal, s'est entretenue jeudi par téléphone avec le président de la Ligue, Simon Arnoux.",
      "",
      "Les deux équipes se rencontreront samedi au stade municipal.",
    ].join("\n");
    // 2024-03-09 is a Saturday.
    const meetings = meetingsOf(text, "2024-03-09", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "phone_call", status: "held", date: "2024-03-07", participants: ["Margot Vidal", "Simon Arnoux"] },
    ]);
  });

  it("reads « sera entendu … par la commission » as a hearing, even about a league, but not « entendu par les enquêteurs »", () => {
    const text = [
      "Basket",
      "",
      "Le directeur général du club, Hugo Lambert, sera entendu vendredi par la commission de discipline de la Ligue.",
      "",
      "Le trésorier, Marc Dutilleul, a été entendu jeudi par les enquêteurs.",
    ].join("\n");
    // 2024-03-06 is a Wednesday.
    const meetings = meetingsOf(text, "2024-03-06", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "scheduled", date: "2024-03-08", participants: expect.arrayContaining(["Hugo Lambert"]) },
    ]);
  });

  it("reads « la commission … sera convoquée le 18 mars » as the body's meeting, not « convoqué par le juge »", () => {
    const text = [
      "Budget régional",
      "",
      "La commission consultative régionale, chargée du suivi des travaux, sera convoquée le 18 mars si le budget est adopté.",
      "",
      "L'ancien adjoint Bernard Lesage a été convoqué par le juge d'instruction le 12 mars.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-03-06", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "scheduled", date: "2024-03-18", participants: ["commission consultative régionale"] },
    ]);
  });

  it("reads « X et Y s'affronteront mardi lors d'un débat » and « un débat retransmis » as debates, not « s'affronteront » alone", () => {
    const text = [
      "Municipales",
      "",
      "Les candidats Élodie Garnier et Thomas Rivière s'affronteront mardi soir lors d'un débat sur la radio locale.",
      "",
      "Les tenniswomen Inès Roussel et Chloé Masson s'affronteront jeudi en demi-finale.",
      "",
      "Paul Navarre et Karine Blum se retrouveront le 21 mars pour un débat retransmis en direct.",
    ].join("\n");
    // 2024-03-06 is a Wednesday.
    const meetings = meetingsOf(text, "2024-03-06", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "debate", status: "scheduled", date: "2024-03-12", participants: ["Élodie Garnier", "Thomas Rivière"] },
      { kind: "debate", status: "scheduled", date: "2024-03-21", participants: ["Paul Navarre", "Karine Blum"] },
    ]);
  });

  it("gives no day to a visit named « à quelques semaines d'une visite » after another meeting's day", () => {
    const text = "Appel\n\nOlaf Scholz s'entretiendra mardi par téléphone avec Narendra Modi, à quelques semaines d'une visite du dirigeant indien en Allemagne.";
    const meetings = meetingsOf(text, "2024-03-01", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "phone_call", status: "scheduled", date: "2024-03-05" }]);
    expect(meetings).toHaveLength(1);
  });

  it("gives a call told before the hour and length « l'appel, prévu à … » names", () => {
    const text = [
      "Appel",
      "",
      "Giorgia Meloni s'entretiendra mardi par téléphone avec Recep Tayyip Erdogan, a annoncé lundi le palais Chigi, à quelques jours d'une visite de la dirigeante italienne en Turquie.",
      "",
      "L'appel, prévu à 15 heures (heure de Rome), devrait durer une demi-heure.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-04-01", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "phone_call", status: "scheduled", date: "2024-04-02", time: "15:00", timeZone: "Europe/Rome", startsAt: "2024-04-02T13:00:00Z" },
    ]);
  });

  it("reads « ces rencontres » after consultations as the same consultations going on", () => {
    const text = [
      "Social",
      "",
      "La ministre Astrid Panosyan-Bouvet ouvrira lundi des consultations avec la CFDT et la CGT sur l'assurance chômage.",
      "",
      "Ces rencontres se poursuivront jusqu'à mercredi.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-02-07", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "consultations", date: "2025-02-10" }]);
    expect(meetings).toHaveLength(1);
  });

  it("reads « s'est entretenu jeudi par téléphone avec X, puis vendredi avec Y » as two calls", () => {
    const text = "Appels\n\nLe président kényan William Ruto s'est entretenu lundi par téléphone avec Cyril Ramaphosa, puis mardi avec Bola Tinubu.";
    const meetings = meetingsOf(text, "2024-06-13", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "phone_call", status: "held", date: "2024-06-10", participants: expect.arrayContaining(["William Ruto", "Cyril Ramaphosa"]) },
      { kind: "phone_call", status: "held", date: "2024-06-11", participants: expect.arrayContaining(["William Ruto", "Bola Tinubu"]) },
    ]);
  });

  it("takes no debate from the name of a body (« Commission des débats des chefs »)", () => {
    const text = "Débat\n\nFrançois Legault et Paul St-Pierre Plamondon participeront mardi à un débat télévisé, a annoncé vendredi la Commission des débats des chefs.";
    const meetings = meetingsOf(text, "2024-06-14", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "debate", status: "scheduled", date: "2024-06-18" }]);
    expect(meetings).toHaveLength(1);
  });

  it("dates « dans l'après-midi » on the day told before, and reads « recevoir le 25 novembre … le secrétaire général »", () => {
    const text = [
      "Visite",
      "",
      "La ministre Catherine Vautrin est arrivée mardi matin à Rabat pour une visite de deux jours. Elle doit s'entretenir dans l'après-midi avec son homologue marocain, Abdellatif Loudiyi.",
      "",
      "Le président Emmanuel Macron doit quant à lui recevoir le 25 novembre à l'Élysée le secrétaire général de l'ONU, António Guterres.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-11-12", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "visit", date: "2024-11-12" },
      { kind: "meeting", status: "scheduled", date: "2024-11-12", participants: expect.arrayContaining(["Catherine Vautrin", "Abdellatif Loudiyi"]) },
      { kind: "meeting", status: "scheduled", date: "2024-11-25", participants: expect.arrayContaining(["Emmanuel Macron", "António Guterres"]) },
    ]);
  });

  it("reads « s'entretenir lundi avec X, puis être reçu à 17 h, heure de Tallinn, par Y » as two meetings", () => {
    const text = "Visite\n\nLe ministre Jean-Noël Barrot doit s'entretenir lundi avec son homologue Margus Tsahkna, puis être reçu à 17 h, heure de Tallinn, par le président Alar Karis.";
    const meetings = meetingsOf(text, "2024-06-07", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", date: "2024-06-10", time: null, participants: expect.arrayContaining(["Jean-Noël Barrot", "Margus Tsahkna"]) },
      { kind: "meeting", date: "2024-06-10", time: "17:00", timeZone: "Europe/Tallinn", participants: expect.arrayContaining(["Alar Karis"]) },
    ]);
  });

  it("gives no day to what comes « puis » after a dated meeting", () => {
    const text = "Tournée\n\nLe Premier ministre Mark Carney participera lundi au sommet de l'OTAN à La Haye, puis se rendra à Bruxelles pour une réunion avec Ursula von der Leyen.";
    const meetings = meetingsOf(text, "2025-06-20", "fr").map(summary);
    expect(meetings.map((m) => m.date)).toEqual(["2025-06-23"]);
  });

  it("reads « en marge du sommet », « lors du sommet » as the frame of a meeting, and « est attendu vendredi à Kiev » as a visit", () => {
    const text = [
      "Sommet",
      "",
      "Pedro Sánchez et Giorgia Meloni se sont entretenus mardi en marge du sommet de l'OTAN.",
      "",
      "Le ministre Jean-Noël Barrot est attendu vendredi à Kiev, a indiqué le Quai d'Orsay.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-07-10", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "held", date: "2024-07-09", participants: expect.arrayContaining(["Pedro Sánchez", "Giorgia Meloni"]) },
      { kind: "visit", status: "scheduled", date: "2024-07-12", participants: expect.arrayContaining(["Jean-Noël Barrot", "Ukraine"]) },
    ]);
  });

  it("takes no meeting from one denied (« n'a pas rencontré », « aucune rencontre »)", () => {
    const text = [
      "Sommet",
      "",
      "Le président Emmanuel Macron n'a pas rencontré Donald Trump lundi, a précisé l'Élysée.",
      "",
      "Aucune rencontre n'est prévue jeudi entre Olaf Scholz et Viktor Orban.",
    ].join("\n");
    expect(meetingsOf(text, "2025-06-10", "fr")).toHaveLength(0);
  });

  it("reads « est arrivée lundi soir à Bamako » as a visit and « reçus mardi à 10 heures (10 h GMT) par » as a meeting", () => {
    const text = [
      "Mali",
      "",
      "Une délégation conduite par l'ancien président Mahamadou Issoufou est arrivée lundi soir à Niamey, au Niger, pour des discussions.",
      "",
      "Les émissaires doivent être reçus mardi à 10 heures (9 h GMT) par le général Abdourahamane Tiani.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-03-11", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "visit", status: "held", date: "2025-03-10" },
      { kind: "meeting", status: "scheduled", date: "2025-03-11", time: "10:00", startsAt: "2025-03-11T09:00:00Z", participants: expect.arrayContaining(["Abdourahamane Tiani"]) },
    ]);
  });

  it("reads « dîneront dimanche soir », gives « cette réunion » its new party and « le ministre » the minister told before", () => {
    const text = [
      "Réunion",
      "",
      "Le préfet du Finistère, Alain Espinasse, réunira mercredi à Quimper les maires des communes sinistrées, a annoncé lundi la préfecture.",
      "",
      "Cette réunion, à laquelle participera le ministre de l'Agriculture Marc Fesneau, doit permettre de faire le point sur les indemnisations que réclame depuis des semaines le député Jean-Charles Larsonneur. Le ministre s'est déjà entretenu dimanche par téléphone avec le président de la région, Loïg Chesnais-Girard.",
      "",
      "Emmanuel Macron et Olaf Scholz dîneront ensemble jeudi soir à Hambourg.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-01-08", "fr").map(summary);
    expect(meetings[0]!.participants).not.toContain("Jean-Charles Larsonneur");
    expect(meetings).toMatchObject([
      { kind: "meeting", date: "2024-01-10", participants: expect.arrayContaining(["Alain Espinasse", "Marc Fesneau"]) },
      { kind: "phone_call", date: "2024-01-07", participants: ["Marc Fesneau", "Loïg Chesnais-Girard"] },
      { kind: "meeting", status: "scheduled", date: "2024-01-11", participants: ["Emmanuel Macron", "Olaf Scholz"] },
    ]);
  });

  it("dates « la veille de la réunion » the day before the meeting told", () => {
    const text = [
      "Visite",
      "",
      "Le préfet Alain Espinasse réunira mercredi à Quimper les maires des communes sinistrées.",
      "",
      "La veille de la réunion, le Premier ministre Gabriel Attal doit se rendre à Brest.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-01-08", "fr").map(summary);
    expect(meetings.find((m) => m.kind === "visit")).toMatchObject({ status: "scheduled", date: "2024-01-09" });
  });

  it("reads « une rencontre semblable » as one between the people of the meeting told before", () => {
    const text = [
      "Réunion",
      "",
      "Le Premier ministre Justin Trudeau tiendra vendredi une visioconférence avec François Legault et Doug Ford.",
      "",
      "Une rencontre semblable, le 7 octobre, avait duré près de trois heures.",
    ].join("\n");
    const meetings = meetingsOf(text, "2021-10-28", "fr").map(summary);
    expect(meetings.find((m) => m.date === "2021-10-07")!.participants).toEqual(
      expect.arrayContaining(["Justin Trudeau", "François Legault", "Doug Ford"]),
    );
  });

  it("gives talks the UTC instant of « à 10 heures (9 heures à Paris) » told in the next sentence", () => {
    const text = [
      "Pourparlers",
      "",
      "Les négociations entre la Russie et l'Ukraine reprendront mardi à Istanbul, a annoncé la présidence turque.",
      "",
      "Les discussions doivent débuter à 10 heures (9 heures à Paris).",
    ].join("\n");
    const meetings = meetingsOf(text, "2022-03-25", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "negotiations", date: "2022-03-29", time: "10:00", startsAt: "2022-03-29T07:00:00Z" }]);
  });

  it("reads « ont rendez-vous jeudi » and « une téléconférence » as meetings", () => {
    const text = [
      "Agenda",
      "",
      "Emmanuel Macron et Olaf Scholz ont rendez-vous jeudi à Bruxelles.",
      "",
      "Giorgia Meloni participera mercredi à une téléconférence avec Keir Starmer.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-10-08", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", status: "scheduled", date: "2024-10-10", participants: ["Emmanuel Macron", "Olaf Scholz"] },
      { kind: "video_conference", status: "scheduled", date: "2024-10-09", participants: ["Giorgia Meloni", "Keir Starmer"] },
    ]);
  });

  it("takes no meeting from « a reçu le 13 octobre à Washington, D.C. le prix », nor a date past a semicolon", () => {
    const text = [
      "Prix",
      "",
      "Le journaliste Arnaud Dubus a reçu le 13 octobre à Washington, D.C. le Prix Albert-Londres.",
      "",
      "La ville s'apprêtait à recevoir le président turc Recep Tayyip Erdogan ; le 26 février, une explosion avait fait 14 morts.",
    ].join("\n");
    expect(meetingsOf(text, "2016-10-15", "fr")).toHaveLength(0);
  });

  it("moves a meeting put off by a stated delay to the date after it", () => {
    const text = "Reports\n\nLa réunion entre Élise Lucet et la SNCF, prévue lundi, a été repoussée d’une semaine, au 20 mars.";
    const [meeting] = meetingsOf(text, "2023-03-06", "fr");
    expect(summary(meeting!)).toMatchObject({ status: "scheduled", date: "2023-03-20" });
    const english = "Roads\n\nA hearing of the Zoning Board with Ruth Collins, first set for Monday, was pushed back by two weeks, to March 27.";
    expect(meetingsOf(english, "2023-03-06", "en").map((m) => m.date)).toEqual(["2023-03-27"]);
  });

  it("dates a called-off meeting by the nearest year, not by the tense of calling it off", () => {
    const text = "Annulation\n\nLa table ronde entre Airbus et la CGT, qui devait se tenir le 4 avril à Toulouse, a été annulée.";
    const [meeting] = meetingsOf(text, "2023-03-28", "fr");
    expect(summary(meeting!)).toMatchObject({ kind: "meeting", status: "cancelled", date: "2023-04-04" });
  });

  it("marks a called-off meeting as cancelled", () => {
    const text = "Annulation\n\nLa rencontre entre Giorgia Meloni et Rishi Sunak prévue jeudi à Rome a été annulée.";
    const [meeting] = meetingsOf(text, "2023-03-06", "fr");
    expect(summary(meeting!)).toMatchObject({ kind: "meeting", status: "cancelled", date: "2023-03-09" });
    expect(meeting!.participants).toEqual(expect.arrayContaining(["Giorgia Meloni", "Rishi Sunak"]));
  });

  it("dates a visit with local time of the place and a second stop the next day", () => {
    const text = [
      "Tournée",
      "",
      "Le chancelier Olaf Scholz se rendra mardi à Tokyo pour une rencontre prévue à 18 h 30 heure locale, puis à Séoul le lendemain.",
    ].join("\n");
    const meetings = meetingsOf(text, "2023-03-17", "fr");
    expect(meetings.map(summary)).toEqual([
      {
        kind: "meeting",
        status: "scheduled",
        date: "2023-03-21",
        time: "18:30",
        timeZone: "Asia/Tokyo",
        startsAt: "2023-03-21T09:30:00Z",
        durationMinutes: null,
        participants: expect.arrayContaining(["Olaf Scholz", "Japon"]),
      },
      expect.objectContaining({ date: "2023-03-22", participants: expect.arrayContaining(["Olaf Scholz", "Corée du Sud"]) }),
    ]);
  });

  it("takes publication day for the day's news and leaves press conferences out", () => {
    const text = [
      "Appel",
      "",
      "Le président Emmanuel Macron s'est entretenu par téléphone avec le chancelier Olaf Scholz.",
      "",
      "Il a ensuite tenu une conférence de presse mardi.",
    ].join("\n");
    const meetings = meetingsOf(text, "2023-03-08", "fr");
    expect(meetings.map(summary)).toEqual([
      expect.objectContaining({ kind: "phone_call", status: "held", date: "2023-03-08", participants: ["Emmanuel Macron", "Olaf Scholz"] }),
    ]);
  });

  it("reads a reception with the day and place before the guest, not an award received", () => {
    const text = [
      "Agenda",
      "",
      "Emmanuel Macron recevra mardi à l'Élysée le président brésilien Luiz Inácio Lula da Silva, a indiqué la présidence.",
      "",
      "La chanteuse Aya Nakamura a reçu mardi le prix de la meilleure artiste.",
    ].join("\n");
    const meetings = meetingsOf(text, "2023-06-15", "fr");
    expect(meetings.map(summary)).toEqual([
      expect.objectContaining({
        kind: "meeting",
        status: "scheduled",
        date: "2023-06-20",
        participants: expect.arrayContaining(["Emmanuel Macron", "Luiz Inácio Lula da Silva"]),
      }),
    ]);
  });

  it("reads an announced trip as to come, and leaves out who announced it", () => {
    const text = "Voyage\n\nLe président Emmanuel Macron a annoncé se rendre en Inde les 8 et 9 septembre, a précisé son porte-parole Olivier Véran.";
    const [visit] = meetingsOf(text, "2023-09-01", "fr");
    expect(summary(visit!)).toMatchObject({ kind: "visit", status: "scheduled", date: "2023-09-08" });
    expect(visit!.participants).toEqual(expect.arrayContaining(["Emmanuel Macron", "Inde"]));
    expect(visit!.participants).not.toContain("Olivier Véran");
  });

  it("is not fooled by elections or sittings", () => {
    const text = "Vote\n\nLes électeurs voteront dimanche 12 mars. Le Parlement se réunira le 14 mars en séance ordinaire.";
    expect(meetingsOf(text, "2023-03-06", "fr")).toEqual([]);
  });
});

describe("meetings (en)", () => {
  it("reads a call with zone, DST offset and duration", () => {
    const text = [
      "Leaders talk",
      "",
      "President Joe Biden spoke with Chancellor Olaf Scholz on July 12, in a call that began at 9:15 a.m. Washington time and lasted 45 minutes.",
    ].join("\n");
    const [call] = meetingsOf(text, "2022-07-14", "en");
    expect(summary(call!)).toEqual({
      kind: "phone_call",
      status: "held",
      date: "2022-07-12",
      time: "09:15",
      timeZone: "America/New_York",
      startsAt: "2022-07-12T13:15:00Z",
      durationMinutes: 45,
      participants: ["Joe Biden", "Olaf Scholz"],
    });
  });

  it("puts the new date of postponed talks ahead of publication, whatever the tense of “have been postponed”", () => {
    const text = "Talks delayed\n\nTalks between Serbia and Kosovo that were due on Friday have been postponed to April 7, the European Union said.";
    const [talks] = meetingsOf(text, "2025-03-25", "en");
    expect(summary(talks!)).toMatchObject({ kind: "negotiations", status: "scheduled", date: "2025-04-07" });
  });

  it("dates a meeting over “Monday and Tuesday” on its first day", () => {
    const text = "Arctic\n\nOn Monday and Tuesday, ministers of the Arctic Council will hold a meeting in Tromsø, Norway said.";
    const [meeting] = meetingsOf(text, "2023-07-07", "en");
    expect(summary(meeting!)).toMatchObject({ status: "scheduled", date: "2023-07-10" });
  });

  it("keeps one meeting told again later as “Friday's call” or “the summit … ends on”", () => {
    const text = [
      "Andean leaders",
      "",
      "President Gabriel Boric will speak by phone with President Dina Boluarte on Friday, the Chilean presidency said.",
      "",
      "Chile wants a new border crossing at Chacalluta. Peru has asked for more time.",
      "",
      "Trade between the two countries reached a record last year, customs figures show.",
      "",
      "Friday's call will be their first since Boluarte met Boric in Santiago on May 3.",
      "",
      "Pacific leaders will gather in Suva on Tuesday for a summit on fisheries. Fiji hosts it for the first time. Tonga has sent a delegation. The summit ends on Thursday with a joint statement.",
    ].join("\n");
    const meetings = meetingsOf(text, "2023-07-12", "en").map(summary);
    expect(meetings.filter((m) => m.date === "2023-07-14")).toHaveLength(1);
    expect(meetings.filter((m) => m.kind === "summit")).toHaveLength(1);
    expect(meetings.find((m) => m.date === "2023-05-03")).toMatchObject({ status: "held", participants: ["Dina Boluarte", "Gabriel Boric"] });
  });

  it("does not take “final” before a debate or a stretch for a sports final", () => {
    const text = [
      "Race",
      "",
      "Mayor Ana Ortiz and challenger Tom Reyes will meet in their final debate on Tuesday at 8 p.m. ET.",
      "",
      "Reyes had lunch with Governor Kathy Hochul on Sunday to plan the final stretch.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-10-17", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "debate", status: "scheduled", date: "2024-10-22", time: "20:00", startsAt: "2024-10-23T00:00:00Z" },
      { kind: "meeting", status: "held", date: "2024-10-13" },
    ]);
  });

  it("gives the hour of a “final plenary session” on the day of talks told before to those talks", () => {
    const text = [
      "Fishing talks",
      "",
      "Delegations from Norway and Iceland closed a round of fishing talks in Bergen on Thursday without a quota deal.",
      "",
      "The three-day round, which began on Tuesday, was chaired by Liv Hauge and Gunnar Olafsson. A final plenary session opened at 2 p.m. Oslo time on Thursday and ran late into the night.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-09-18", "en").map(summary);
    expect(meetings.filter((m) => m.date === "2025-09-18")).toMatchObject([
      { kind: "negotiations", status: "held", time: "14:00", timeZone: "Europe/Oslo", startsAt: "2025-09-18T12:00:00Z" },
    ]);
  });

  it("dates “the day before the summit” from the summit's day told earlier in the same sentence, with the summit's parties", () => {
    const text = [
      "Baltic leaders",
      "",
      "The prime ministers of Estonia, Latvia and Lithuania will hold a summit in Riga on Thursday, with their defence ministers meeting the day before the summit to agree on air defence.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-03-03", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "summit", status: "scheduled", date: "2025-03-06" },
      { kind: "meeting", status: "scheduled", date: "2025-03-05", participants: ["Estonia", "Latvia", "Lithuania"] },
    ]);
  });

  it("gives no day to a visit named “weeks ahead of a state visit” after another meeting's day", () => {
    const text = "Call\n\nChancellor Olaf Scholz will speak by phone with Narendra Modi on Tuesday, weeks ahead of a state visit by the Indian leader.";
    const meetings = meetingsOf(text, "2024-03-01", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "phone_call", status: "scheduled", date: "2024-03-05" }]);
    expect(meetings).toHaveLength(1);
  });

  it("adds to talks the people named in the next sentence's session without a day", () => {
    const text = [
      "Kashmir",
      "",
      "Informal talks between India and Pakistan will open in Geneva on May 5, the United Nations said.",
      "",
      "UN envoy Jean Arnault will chair the first session with Indian envoy Anil Kumar and Pakistani envoy Sara Ahmed.",
    ].join("\n");
    const [talks, ...rest] = meetingsOf(text, "2024-04-20", "en").map(summary);
    expect(talks).toMatchObject({ kind: "negotiations", date: "2024-05-05" });
    expect(talks!.participants).toEqual(expect.arrayContaining(["Jean Arnault", "Anil Kumar", "Sara Ahmed"]));
    expect(rest).toHaveLength(0);
  });

  it("does not take the place in capitals that opens a wire story for a party", () => {
    const text = [
      "Talks",
      "",
      "BRUSSELS, March 3 (Reuters) - Talks between Serbia and Kosovo will resume on Friday, the EU said.",
      "",
      "NEW DELHI - India and Japan will hold talks on maritime security on Monday.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-03-03", "en").map(summary);
    expect(meetings.map((m) => m.participants)).toEqual([
      ["Serbia", "Kosovo"],
      ["India", "Japan"],
    ]);
  });

  it("keeps a meeting of “the two leaders” a meeting after talks, and gives a later stop the kind of its own cue", () => {
    const text = [
      "Visit",
      "",
      "Prime Minister Christopher Luxon will hold talks with President Prabowo Subianto in Jakarta on Monday, before travelling to Bali the next day to meet Governor Wayan Koster.",
      "",
      "The two leaders last met in Lima on November 15.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-05-09", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "negotiations", date: "2025-05-12" },
      { kind: "meeting", date: "2025-05-13" },
      { kind: "meeting", status: "held", date: "2024-11-15" },
    ]);
  });

  it("gives talks the hour of “the talks … could run into Sunday”, not a new meeting", () => {
    const text = [
      "Trade",
      "",
      "Trade negotiators of Canada and Mexico will resume talks in Ottawa on Saturday, officials said.",
      "",
      "The talks are scheduled to start at 1400 GMT and could run into Sunday.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-04-04", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "negotiations", date: "2025-04-05", time: "14:00", startsAt: "2025-04-05T14:00:00Z" }]);
    expect(meetings).toHaveLength(1);
  });

  it("keeps the past of “who arrived … on Tuesday” for the visit when a later verb is future", () => {
    const text = "Visit\n\nGerman Chancellor Olaf Scholz, who arrived in Ottawa on Monday, will meet Prime Minister Justin Trudeau on Wednesday.";
    const meetings = meetingsOf(text, "2024-06-10", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "visit", status: "held", date: "2024-06-10" },
      { kind: "meeting", status: "scheduled", date: "2024-06-12" },
    ]);
  });

  it("takes no meeting from one denied (“did not meet”, “no bilateral meeting”) and reads “1530 BST”", () => {
    const text = [
      "Summit",
      "",
      "Prime Minister Keir Starmer did not meet Javier Milei on Friday, officials said.",
      "",
      "There will be no bilateral meeting between Anthony Albanese and Li Qiang on Monday.",
      "",
      "Keir Starmer will speak with Mark Carney by phone at 1530 BST on Thursday.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-06-10", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "phone_call", date: "2025-06-12", time: "15:30", startsAt: "2025-06-12T14:30:00Z" }]);
    expect(meetings).toHaveLength(1);
  });

  it("keeps apart a meeting and the talks “then” held elsewhere the following day", () => {
    const text = "Tour\n\nPedro Sánchez will meet Luís Montenegro in Lisbon on Monday and then fly to Paris for talks with Emmanuel Macron the following day.";
    const meetings = meetingsOf(text, "2024-03-20", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "meeting", date: "2024-03-25", participants: ["Pedro Sánchez", "Luís Montenegro"] },
      { kind: "negotiations", date: "2024-03-26", participants: expect.arrayContaining(["Emmanuel Macron"]) },
    ]);
    expect(meetings[1]!.participants).not.toContain("Luís Montenegro");
  });

  it("reads “a state visit …, his first trip to Europe” as one visit", () => {
    const text = "Visit\n\nBrazilian President Luiz Inácio Lula da Silva began a state visit to Japan on Monday, his first trip to Asia in two years.";
    const meetings = meetingsOf(text, "2024-05-15", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "visit", status: "held", date: "2024-05-13" }]);
    expect(meetings).toHaveLength(1);
  });

  it("reads “a debate hosted by ABC News” as the debate, not a meeting the network hosted", () => {
    const text = "Debate\n\nJosh Shapiro and Doug Mastriano will face off in a debate hosted by WPXI on Oct. 13 at 8 p.m. ET.";
    const meetings = meetingsOf(text, "2022-10-05", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "debate", status: "scheduled", date: "2022-10-13", time: "20:00", participants: expect.arrayContaining(["Josh Shapiro", "Doug Mastriano"]) },
    ]);
  });

  it("reads “local time” in a room of power (the Oval Office) in its city's zone", () => {
    const text = "Visit\n\nJoe Biden will host Olaf Scholz in the Oval Office on Thursday at 12:30 p.m. local time.";
    const meetings = meetingsOf(text, "2024-10-09", "en").map(summary);
    expect(meetings).toMatchObject([{ date: "2024-10-10", time: "12:30", timeZone: "America/New_York", startsAt: "2024-10-10T16:30:00Z" }]);
  });

  it("reads “the two Cypriot leaders” and “a similar meeting” as the people of the meeting told before", () => {
    const text = [
      "Talks",
      "",
      "António Guterres will chair talks with Nikos Christodoulides and Ersin Tatar in Geneva on March 3.",
      "",
      "A planned dinner on Wednesday between Guterres and the two Cypriot leaders was cancelled. A similar meeting, on February 2, had lasted three hours.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-02-18", "en").map(summary);
    expect(meetings.find((m) => m.date === "2025-02-19")!.participants).toEqual(
      expect.arrayContaining(["António Guterres", "Nikos Christodoulides", "Ersin Tatar"]),
    );
    expect(meetings.find((m) => m.date === "2025-02-02")!.participants).toEqual(
      expect.arrayContaining(["António Guterres", "Nikos Christodoulides", "Ersin Tatar"]),
    );
  });

  it("reads “X and Y spoke for 30 minutes on Wednesday” as a meeting of the two", () => {
    const text = "Call\n\nPresident Joe Biden and Prime Minister Benjamin Netanyahu spoke for about 30 minutes on Wednesday, the White House said.";
    const meetings = meetingsOf(text, "2024-10-10", "en").map(summary);
    expect(meetings).toMatchObject([
      { status: "held", date: "2024-10-09", durationMinutes: 30, participants: expect.arrayContaining(["Joe Biden", "Benjamin Netanyahu"]) },
    ]);
  });

  it("reads “held a phone call on Tuesday” as a call (only “call on someone” is no call)", () => {
    const text = [
      "Call",
      "",
      "Olaf Scholz and Emmanuel Macron held a video call on Tuesday.",
      "",
      "Pedro Sánchez and Giorgia Meloni held a phone call on March 3.",
      "",
      "Pedro Sánchez called on Giorgia Meloni to act on Friday.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-10-09", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "video_conference", date: "2024-10-08", participants: ["Olaf Scholz", "Emmanuel Macron"] },
      { kind: "phone_call", date: "2024-03-03", participants: ["Pedro Sánchez", "Giorgia Meloni"] },
    ]);
    expect(meetings).toHaveLength(2);
  });

  it("keeps “held talks via video link on Tuesday” one meeting with both people", () => {
    const text = "Talks\n\nOlaf Scholz and Emmanuel Macron held talks via video link on Tuesday. The video call followed a phone conversation between the two leaders on Sept. 9.";
    const meetings = meetingsOf(text, "2024-10-09", "en").map(summary);
    expect(meetings).toMatchObject([
      { kind: "video_conference", date: "2024-10-08", participants: ["Olaf Scholz", "Emmanuel Macron"] },
      { kind: "phone_call", date: "2024-09-09" },
    ]);
  });

  it("reads “will sit down with X on the sidelines of the APEC summit … on Saturday” as their meeting that day", () => {
    const text = "APEC\n\nJoe Biden will sit down with Xi Jinping on the sidelines of the APEC summit in Lima on Saturday.";
    const meetings = meetingsOf(text, "2024-11-13", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "meeting", status: "scheduled", date: "2024-11-16", participants: expect.arrayContaining(["Joe Biden", "Xi Jinping"]) }]);
  });

  it("resolves last Thursday, next Tuesday and cancellations", () => {
    const text = [
      "Diplomacy",
      "",
      "Secretary Antony Blinken met Foreign Minister Annalena Baerbock last Thursday in Berlin.",
      "",
      "A working session with Japanese Foreign Minister Yoshimasa Hayashi that had been planned for next Tuesday has been called off.",
    ].join("\n");
    const meetings = meetingsOf(text, "2022-06-08", "en");
    expect(meetings.map(summary)).toEqual([
      expect.objectContaining({ kind: "meeting", status: "held", date: "2022-06-02", participants: expect.arrayContaining(["Antony Blinken", "Annalena Baerbock"]) }),
      expect.objectContaining({ kind: "meeting", status: "cancelled", date: "2022-06-14" }),
    ]);
  });

  it("gives a time and a duration to one meeting of a sentence only", () => {
    // 2024-04-03 is a Wednesday.
    const text =
      "Trade\n\nNegotiators for Canada and Japan will resume talks on Tuesday at 9 a.m. ET, after a 40-minute phone call between Mary Ng and Yoko Kamikawa on Monday.";
    const meetings = meetingsOf(text, "2024-04-03", "en");
    expect(meetings.map(summary)).toEqual([
      expect.objectContaining({ kind: "negotiations", date: "2024-04-09", time: "09:00", startsAt: "2024-04-09T13:00:00Z", durationMinutes: null }),
      expect.objectContaining({ kind: "phone_call", date: "2024-04-01", time: null, startsAt: null, durationMinutes: 40 }),
    ]);
  });

  it("reads a meeting named after “after a” as past under a future clause", () => {
    // 2024-04-03 is a Wednesday.
    const text = "Trade\n\nAfter a phone call between Mary Ng and Yoko Kamikawa on Monday, the two ministers will meet in Osaka on Friday.";
    expect(meetingsOf(text, "2024-04-03", "en").map((m) => [m.kind, m.status, m.date])).toEqual([
      ["phone_call", "held", "2024-04-01"],
      ["meeting", "scheduled", "2024-04-05"],
    ]);
    const french =
      "Salaires\n\nAprès l’échec d’une réunion de six heures lundi, la direction d’Airbus et la CFDT reprendront les négociations vendredi à 9 h.";
    expect(meetingsOf(french, "2024-04-03", "fr").map((m) => [m.kind, m.status, m.date, m.time, m.durationMinutes])).toEqual([
      ["meeting", "held", "2024-04-01", null, 360],
      ["negotiations", "scheduled", "2024-04-05", "09:00", null],
    ]);
  });

  it("counts a body convened as such, with the body as participant", () => {
    const text = "Rates\n\nThe G20 finance ministers will gather in Bali on October 12-13 for a summit on debt relief.";
    const [summit] = meetingsOf(text, "2022-10-01", "en");
    expect(summary(summit!)).toMatchObject({ kind: "summit", status: "scheduled", date: "2022-10-12" });
    expect(summit!.participants).toContain("G20");
  });

  it("counts a legislature convened to decide a matter, with the legislature as participant", () => {
    const text = "Crisis\n\nPremier Anton Velk resigned on Monday. The Valdorian parliament will meet on Thursday to decide whether to accept his resignation.";
    const meetings = meetingsOf(text, "2024-05-06", "en");
    expect(meetings.map((m) => [m.status, m.date])).toEqual([["scheduled", "2024-05-09"]]);
    expect(meetings[0]!.participants).toContain("Valdorian parliament");
  });

  it("dates the meeting of a named body the lead's words were said at to the day's news, with the body as party", () => {
    const text = 'Vote\n\nThe premier Alan Strode announced a plan. "We will hold firm," he said during a meeting of the Harbour Alliance in the capital.';
    const meetings = meetingsOf(text, "2024-03-12", "en");
    expect(meetings.map((m) => [m.status, m.date])).toEqual([["held", "2024-03-12"]]);
    expect(meetings[0]!.participants).toContain("Harbour Alliance");
    const french =
      "Élection\n\n12 mars 2024 . – La ministre Odile Ferrand a annoncé un plan. « Nous tiendrons bon », a-t-elle déclaré lors d'une réunion du Renouveau Civique à l'Assemblée.";
    const [meeting] = meetingsOf(french, "2024-03-12", "fr");
    expect(meeting?.date).toBe("2024-03-12");
    expect(meeting?.participants).toContain("Renouveau Civique");
  });

  it("leaves a meeting of a named body told in another year without the day's news", () => {
    const text = 'Vote\n\nThe premier Alan Strode announced a plan. "We will hold firm," he said during a meeting of the Harbour Alliance in March 2019.';
    expect(meetingsOf(text, "2024-03-12", "en").filter((m) => m.date === "2024-03-12")).toEqual([]);
  });

  it("leaves a legislature's bare sitting out", () => {
    expect(meetingsOf("Recess\n\nParliament will meet on Thursday.", "2024-05-06", "en")).toEqual([]);
  });

  it("counts a legislature convened to decide a matter, in French, and leaves a bare sitting out", () => {
    const text = "Crise\n\nLe Parlement valdorien se réunira jeudi pour décider s'il accepte sa démission.";
    expect(meetingsOf(text, "2024-05-06", "fr").map((m) => [m.date, m.participants])).toEqual([["2024-05-09", ["Parlement valdorien"]]]);
    expect(meetingsOf("Crise\n\nLe Parlement se réunira jeudi.", "2024-05-06", "fr")).toEqual([]);
  });

  it("reads “the Senate” meeting as the one senate the text names in full", () => {
    const text = "Nomination\n\nThe Senate is set to meet on Monday to discuss the nomination of Clara Dunmore. The Eastvale Senate had delayed the vote.";
    const meetings = meetingsOf(text, "2024-05-04", "en");
    expect(meetings.map((m) => m.date)).toEqual(["2024-05-06"]);
    expect(meetings[0]!.participants).toContain("Eastvale Senate");
  });

  it("joins two names read apart into the body they name together", () => {
    const text = "Assembly\n\nThe annual meeting of the World Bank Board of Governors is set to open tomorrow.";
    const meetings = parseDocument(text, { publishedAt: "2024-09-23", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2024-09-24", ["World Bank Board of Governors"]]]);
  });

  it("completes a call left without a day from a later sentence, with the parties it was told with", () => {
    const text = [
      "Leaders plan a call",
      "",
      "A phone call between Olaf Scholz and Justin Trudeau was requested by Berlin, a spokesman said.",
      "",
      "The leaders are scheduled to discuss trade on Tuesday at 9:15 p.m. Berlin time.",
    ].join("\n");
    const meetings = meetingsOf(text, "2021-12-20", "en");
    expect(meetings.map(summary)).toEqual([
      {
        kind: "phone_call",
        status: "scheduled",
        date: "2021-12-21",
        time: "21:15",
        timeZone: "Europe/Berlin",
        startsAt: "2021-12-21T20:15:00Z",
        durationMinutes: null,
        participants: ["Olaf Scholz", "Justin Trudeau"],
      },
    ]);
  });

  it("adds a dinner's local time from the next sentence", () => {
    const text = [
      "Dinner",
      "",
      "Prime Minister Rishi Sunak will travel to Paris tomorrow for a dinner with President Emmanuel Macron.",
      "",
      "Officials said the dinner would begin at 8 p.m. local time.",
    ].join("\n");
    const [dinner] = meetingsOf(text, "2023-03-09", "en");
    expect(summary(dinner!)).toEqual({
      kind: "meeting",
      status: "scheduled",
      date: "2023-03-10",
      time: "20:00",
      timeZone: "Europe/Paris",
      startsAt: "2023-03-10T19:00:00Z",
      durationMinutes: null,
      participants: expect.arrayContaining(["Rishi Sunak", "Emmanuel Macron"]),
    });
  });

  it("takes the first day of a range and no news agency as a party", () => {
    const text = "Summit\n\nBRUSSELS, Jan 5 (Reuters) - European Union leaders will meet on January 10-12 in Brussels for a summit on energy prices.";
    const [summit] = meetingsOf(text, "2023-01-05", "en");
    expect(summary(summit!)).toMatchObject({ kind: "summit", status: "scheduled", date: "2023-01-10" });
    expect(summit!.participants).toContain("European Union");
    expect(summit!.participants).not.toContain("Reuters");
  });

  it("dates a meeting by the year of a month-only dateline, with no country read in a region's name", () => {
    const text = [
      "Andean forum",
      "",
      "June 2009",
      "",
      "Latin American ministers opened a summit on 14 June.",
      "",
      "The summit, held on 15-16 June in Quito, was attended by ministers from Chile, Peru and Bolivia.",
    ].join("\n");
    const meetings = meetingsOf(text, null, "en");
    // The opening names no party once "Latin American" is not read as the United States: it is left out.
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ date: "2009-06-15", participants: ["Chile", "Peru", "Bolivia"] });
  });

  it("never throws and finds nothing in text without meetings", () => {
    expect(meetingsOf("Weather\n\nIt rained in London on Tuesday at 3 p.m. GMT.", "2023-03-09", "en")).toEqual([]);
    expect(() => parseDocument("talks talks talks 99:99 p.m. on 45 Febtober, heure de \ud800", { publishedAt: "2023-03-09" })).not.toThrow();
  });
});

describe("meetings dated from a named event", () => {
  it("counts « le lendemain de cette annonce » from the day of the announcement, not the last date", () => {
    const text = [
      "Une ministre quitte le gouvernement",
      "",
      "La ministre Anne Dupuis a annoncé, mardi 8 mars 2011, sa démission du gouvernement.",
      "",
      "Son parti tiendra un congrès le 20 mars.",
      "",
      "Le lendemain de cette annonce, Mme Dupuis rencontrait le premier ministre François Fillon.",
    ].join("\n");
    expect(meetingsOf(text, "2011-03-12", "fr").map((m) => m.date)).toContain("2011-03-09");
  });

  it("counts “the day after this announcement” from the day of the announcement", () => {
    const text = [
      "Minister resigns",
      "",
      "Minister Jane Howard announced her resignation on Tuesday, March 8, 2011.",
      "",
      "Her party will hold a convention on March 20.",
      "",
      "The day after this announcement, Howard met Prime Minister David Cameron.",
    ].join("\n");
    expect(meetingsOf(text, "2011-03-12", "en").map((m) => m.date)).toContain("2011-03-09");
  });
});

describe("meetings held during a visit", () => {
  it("takes the kind of the meeting word when « visite » only frames it", () => {
    const text = "Diplomatie\n\nAu deuxième jour de sa visite à Rome, le président Emmanuel Macron s'est entretenu mardi avec Giorgia Meloni.";
    expect(meetingsOf(text, "2023-06-08", "fr").map((m) => m.kind)).toEqual(["meeting"]);
  });

  it("takes the kind of the meeting word when “visit” only frames it", () => {
    const text = "Diplomacy\n\nDuring his visit to Tokyo, President Joe Biden met Prime Minister Fumio Kishida on Tuesday.";
    expect(meetingsOf(text, "2023-06-08", "en").map((m) => m.kind)).toEqual(["meeting"]);
  });

  it("keeps a visit a visit when nothing else is said of it", () => {
    expect(meetingsOf("Diplomatie\n\nEmmanuel Macron effectuera mardi une visite officielle à Rome.", "2023-06-08", "fr").map((m) => m.kind)).toEqual(["visit"]);
  });
});

describe("meetings on one day or another", () => {
  it("gives no day to a meeting set « mardi ou mercredi »", () => {
    const dated = (text: string) => meetingsOf(`Europe\n\n${text}`, "2023-06-05", "fr").filter((m) => m.date !== null).map((m) => m.date);
    expect(dated("Le ministre Bruno Le Maire rencontrera son homologue Christian Lindner mardi ou mercredi à Bruxelles.")).toEqual([]);
    expect(dated("Le ministre Bruno Le Maire rencontrera son homologue Christian Lindner mardi à Bruxelles.")).toEqual(["2023-06-06"]);
  });

  it("gives no day to a meeting set “on Tuesday or Wednesday”", () => {
    const dated = (text: string) => meetingsOf(`Europe\n\n${text}`, "2023-06-05", "en").filter((m) => m.date !== null).map((m) => m.date);
    expect(dated("Chancellor Olaf Scholz will meet President Joe Biden on Tuesday or Wednesday in Washington.")).toEqual([]);
    expect(dated("Chancellor Olaf Scholz will meet President Joe Biden on Tuesday in Washington.")).toEqual(["2023-06-06"]);
  });
});

describe("dates that belong to something else", () => {
  it("leaves a date after a press conference or a return from a trip to them", () => {
    const dated = (text: string) => meetingsOf(`Diplomatie\n\n${text}`, "2023-05-12", "fr").filter((m) => m.date !== null);
    expect(
      dated("La ministre Catherine Colonna et Antony Blinken se sont rencontrés à Paris, a-t-elle dit lors d'une conférence de presse, le 9 mai."),
    ).toEqual([]);
    expect(dated("Le président Emmanuel Macron a parlé à la presse à son retour de sa tournée africaine, le 9 mai.")).toEqual([]);
  });

  it("leaves a date after the return from a visit to the return", () => {
    const dated = meetingsOf("Diplomacy\n\nChancellor Olaf Scholz spoke to reporters on his return from his visit to Canada, on May 9.", "2023-05-12", "en");
    expect(dated.filter((m) => m.date !== null)).toEqual([]);
  });
});

describe("meetings held for talks", () => {
  it("keeps a meeting held for talks a meeting", () => {
    const text = "Diplomacy\n\nChancellor Olaf Scholz and President Emmanuel Macron met in Berlin on Monday for talks on energy prices.";
    expect(meetingsOf(text, "2023-05-12", "en").map((m) => m.kind)).toEqual(["meeting"]);
  });

  it("keeps talks the delegations hold negotiations", () => {
    const text = "Diplomacy\n\nTalks between the delegations of Serbia and Kosovo will resume in Brussels on Monday.";
    expect(meetingsOf(text, "2023-05-12", "en").map((m) => m.kind)).toEqual(["negotiations"]);
  });
});

describe("meetings to come counted from an earlier day", () => {
  const text = [
    "Retour d'exil",
    "",
    "Le syndicaliste Marc Delorme a annoncé mardi qu'il rentrerait à Lyon le jeudi 12 mai.",
    "",
    "Marc Delorme veut d'abord se recueillir sur la tombe de son ami Paul Vernet, mort le 3 mars.",
    "",
    "Ensuite, il escompte avoir, le lendemain, une réunion avec des élus locaux.",
  ].join("\n");

  it("counts « le lendemain » of a plan from a day not yet past, and gives the pronoun's person as a party", () => {
    const meetings = meetingsOf(text, "2011-05-10", "fr");
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ kind: "meeting", status: "scheduled", date: "2011-05-13" });
    expect(meetings[0]!.participants).toContain("Marc Delorme");
  });
});

describe("a pronoun subject in English", () => {
  it("stands for the person the text is about", () => {
    const text = [
      "Senator travels",
      "",
      "Senator Laura Finch arrived in Ottawa on Monday for a two-day stay.",
      "",
      "Finch praised her hosts, and Laura Finch thanked the mayor Tom Reyes.",
      "",
      "On Tuesday she will hold a meeting with local business leaders.",
    ].join("\n");
    const meeting = meetingsOf(text, "2023-05-08", "en").find((m) => m.date === "2023-05-09");
    expect(meeting?.participants).toContain("Laura Finch");
  });
});

describe("meetings dated back from the day's news", () => {
  it("dates the meeting named after « intervient deux jours après », not the one before it", () => {
    const text = [
      "Agriculture",
      "",
      "Cette annonce intervient deux jours après la rencontre à Berlin de la ministre Julia Klöckner avec Didier Guillaume.",
    ].join("\n");
    expect(meetingsOf(text, "2019-03-14", "fr").map((m) => m.date)).toEqual(["2019-03-12"]);
  });

  it("leaves a meeting named before “comes two days after” undated by it", () => {
    const text = "Trade\n\nThe meeting of Olaf Scholz with Emmanuel Macron comes two days after the vote in parliament.";
    expect(meetingsOf(text, "2023-03-14", "en").filter((m) => m.date === "2023-03-12")).toEqual([]);
  });
});

describe("a person written by a title only", () => {
  it("stands for the person the text is about (fr)", () => {
    const text = [
      "Agriculture",
      "",
      "La ministre Agnès Roussel a présenté mardi son plan pour la filière laitière, et Agnès Roussel l'a défendu.",
      "",
      "Le plan est insuffisant, a réagi le syndicaliste Paul Girard.",
      "",
      "La ministre rencontrera jeudi des représentants des éleveurs.",
    ].join("\n");
    const meeting = meetingsOf(text, "2023-05-09", "fr").find((m) => m.date === "2023-05-11");
    expect(meeting?.participants).toContain("Agnès Roussel");
  });

  it("stands for the person the text is about (en)", () => {
    const text = [
      "Housing",
      "",
      "Governor Ellen Marsh signed the housing bill on Monday, and Marsh praised the lawmakers.",
      "",
      "The bill falls short, said the activist Paul Girard.",
      "",
      "The governor will meet tenant associations on Thursday.",
    ].join("\n");
    const meeting = meetingsOf(text, "2023-05-09", "en").find((m) => m.date === "2023-05-11");
    expect(meeting?.participants).toContain("Ellen Marsh");
  });
});

describe("groups of leaders", () => {
  const kinds = (text: string, language: "fr" | "en") => meetingsOf(`Diplomacy\n\n${text}`, "2023-05-09", language).map((m) => m.kind);

  it("reads the G20 meeting as itself as a summit, its ministers' meeting as a meeting", () => {
    expect(kinds("The G20 will meet on Friday in New Delhi.", "en")).toEqual(["summit"]);
    expect(kinds("G20 finance ministers will meet on Friday in New Delhi.", "en")).toEqual(["meeting"]);
  });

  it("keeps a dinner held on the sidelines of the G20 a meeting", () => {
    expect(kinds("En marge du G20, vendredi, Olaf Scholz et Fumio Kishida ont dîné ensemble.", "fr")).toEqual(["meeting"]);
  });
});

describe("more meeting verbs", () => {
  const found = (text: string, language: "fr" | "en") =>
    meetingsOf(`Diplomatie\n\n${text}`, "2023-05-10", language).map((m) => [m.kind, m.date, ...m.participants]);

  it("reads « se voir » between people, not « se voir contraint » or « se voir infliger »", () => {
    expect(found("Emmanuel Macron et Olaf Scholz se sont vus mardi à Berlin.", "fr")).toEqual([
      ["meeting", "2023-05-09", "Emmanuel Macron", "Olaf Scholz"],
    ]);
    expect(found("Emmanuel Macron et Olaf Scholz se verront lundi à Berlin.", "fr")).toEqual([
      ["meeting", "2023-05-15", "Emmanuel Macron", "Olaf Scholz"],
    ]);
    expect(found("Les éleveurs de Bretagne se sont vus contraints mardi de vendre.", "fr")).toEqual([]);
    expect(found("Les clubs de Lyon et de Nice se sont vu infliger mardi une amende.", "fr")).toEqual([]);
  });

  it("reads “received” with a guest, not with a thing received", () => {
    expect(found("On Tuesday, Vladimir Putin received Emmanuel Macron in Moscow.", "en")).toEqual([
      ["meeting", "2023-05-09", "Vladimir Putin", "Emmanuel Macron"],
    ]);
    expect(found("President Joe Biden received Chancellor Olaf Scholz on Tuesday.", "en")).toEqual([
      ["meeting", "2023-05-09", "Joe Biden", "Olaf Scholz"],
    ]);
    expect(found("Olaf Scholz received the Charlemagne Prize on Tuesday.", "en")).toEqual([]);
    expect(found("Angela Merkel received Nobel Prize nominations on Tuesday.", "en")).toEqual([]);
  });
});

describe("sittings of talks", () => {
  it("gives the talks the hour of their first « séance » told next", () => {
    const text = [
      "Diplomatie",
      "",
      "Les négociations entre la Serbie et le Kosovo reprendront le 9 février à Vienne.",
      "",
      "La première séance s’ouvrira à 10 h 15, heure de Vienne, selon les médiateurs.",
    ].join("\n");
    const [talks, ...others] = meetingsOf(text, "2024-01-25", "fr");
    expect(others).toEqual([]);
    expect(summary(talks!)).toMatchObject({ kind: "negotiations", date: "2024-02-09", time: "10:15", startsAt: "2024-02-09T09:15:00Z" });
  });

  it("reads a dated earlier round as one more sitting of the talks, with their parties", () => {
    const text = [
      "Diplomacy",
      "",
      "Armenia and Azerbaijan will resume peace talks in Oslo on March 4.",
      "",
      "Karen Sahakyan spoke by phone with Lars Nygaard on Monday, and both delegations will hold consultations in Oslo on March 1.",
      "",
      "The previous round, held in Oslo on January 30, ended without a deal.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-02-14", "en");
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([
      ["negotiations", "2024-03-04"],
      ["phone_call", "2024-02-12"],
      ["consultations", "2024-03-01"],
      ["negotiations", "2024-01-30"],
    ]);
    expect(meetings[3]!.participants).toEqual(expect.arrayContaining(["Armenia", "Azerbaijan"]));
  });
});

describe("more meeting words", () => {
  it("reads consultations told by a verb, not a document consulted", () => {
    const text = [
      "Énergie",
      "",
      "La préfète Claire Vidal consultera les élus de la métropole du 8 au 10 mai sur le futur parc éolien.",
      "",
      "Selon un rapport consulté par Le Monde le 2 mai, le projet coûterait 40 millions d’euros.",
    ].join("\n");
    expect(meetingsOf(text, "2024-04-29", "fr").map((m) => [m.kind, m.date])).toEqual([["consultations", "2024-05-08"]]);
    const english = "Energy\n\nPrime Minister Jonas Gahr Store will consult with opposition leaders on Thursday.";
    expect(meetingsOf(english, "2024-04-29", "en").map((m) => [m.kind, m.date])).toEqual([["consultations", "2024-05-02"]]);
  });

  it("reads a debate between candidates, not a debate on an issue", () => {
    const text = [
      "Présidentielle",
      "",
      "Le débat entre Julie Marchand et Paul Rivière aura lieu le 24 avril.",
      "",
      "Le débat sur les retraites a repris le 25 avril à l’Assemblée.",
    ].join("\n");
    expect(meetingsOf(text, "2024-04-10", "fr").map((m) => [m.kind, m.date, m.participants])).toEqual([
      ["debate", "2024-04-24", ["Julie Marchand", "Paul Rivière"]],
    ]);
  });

  it("reads a round table, and leaves out an earnings call", () => {
    const text = [
      "Business",
      "",
      "Farmers and retailers will hold a roundtable with Agriculture Secretary Tom Vilsack on Friday.",
      "",
      "Walmart will host an earnings call with analysts on Thursday.",
    ].join("\n");
    expect(meetingsOf(text, "2024-04-10", "en").map((m) => [m.kind, m.date])).toEqual([["meeting", "2024-04-12"]]);
  });

  it("reads “will visit” as a visit verb, a visit for talks staying a visit", () => {
    const text = "Asia\n\nPrime Minister Anwar Ibrahim will visit Jakarta on May 6 for talks with Prabowo Subianto, officials said.";
    const meetings = meetingsOf(text, "2024-04-10", "en");
    expect(meetings.map((m) => [m.kind, m.status, m.date])).toEqual([["visit", "scheduled", "2024-05-06"]]);
  });

  it("reads a company's board by its noun, not by the possessive's s", () => {
    const text = "Deals\n\nAcme's board met on Tuesday with bankers from Lazard.";
    const [meeting] = meetingsOf(text, "2024-04-10", "en");
    expect(meeting!.participants).not.toContain("s board");
  });
});

describe("an infinitive of purpose", () => {
  it("joins “to discuss” to the meeting before, not to a date of another clause", () => {
    // 2024-04-10 is a Wednesday.
    const text =
      "Sahel\n\nThe ECOWAS Mediation Council will meet on April 22 to discuss Niger, and the Senate is due to vote on Tuesday on the aid bill.";
    expect(meetingsOf(text, "2024-04-10", "en").map((m) => m.date)).toEqual(["2024-04-22"]);
  });

  it("keeps a trip to meet someone one visit, and a meeting agreed for another day its own", () => {
    const text =
      "Trade\n\nA planned trip to Ottawa by Gina Raimondo to meet Mélanie Joly, which had been set for May 2, has been called off.";
    expect(meetingsOf(text, "2024-04-10", "en").map((m) => [m.kind, m.status, m.date])).toEqual([["visit", "cancelled", "2024-05-02"]]);
    const agreed = "Trade\n\nMélanie Joly will host Gina Raimondo on Monday, with the two ministers set to meet again on May 2.";
    expect(meetingsOf(agreed, "2024-04-10", "en").map((m) => m.date)).toEqual(["2024-04-15", "2024-05-02"]);
  });

  it("joins « pour discuter » to the meeting before", () => {
    const text = "Agriculture\n\nLe ministre Marc Fesneau rencontrera la FNSEA le 22 avril pour discuter des prix, avant le vote du Sénat mardi.";
    expect(meetingsOf(text, "2024-04-10", "fr").map((m) => m.date)).toEqual(["2024-04-22"]);
  });
});

describe("parties named by reference", () => {
  it("reads “both delegations” as the parties of the talks told before", () => {
    const text = [
      "Sudan",
      "",
      "Sudan's army and the Rapid Support Forces will resume talks in Jeddah on May 6.",
      "",
      "Mediators will hold consultations with both delegations on May 3.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-04-10", "en");
    expect(meetings[1]).toMatchObject({ kind: "consultations", date: "2024-05-03" });
    expect(meetings[1]!.participants).toEqual(expect.arrayContaining(meetings[0]!.participants));
  });
});

describe("dates owned by another event", () => {
  it("does not give a meeting the date of an election named after its cue", () => {
    const text =
      "Élections\n\nLe débat entre Julie Marchand et Paul Rivière avant les élections législatives du 9 juin aura lieu le 4 juin.";
    expect(meetingsOf(text, "2024-05-20", "fr").map((m) => [m.kind, m.date])).toEqual([["debate", "2024-06-04"]]);
    const english = "Vote\n\nA debate between Ellen Marsh and Tom Reilly ahead of the election on Nov. 5 will take place on Oct. 22.";
    expect(meetingsOf(english, "2024-10-01", "en").map((m) => [m.kind, m.date])).toEqual([["debate", "2024-10-22"]]);
  });
});

describe("one meeting told by two nouns", () => {
  it("keeps « un entretien suivi d'un dîner » one meeting", () => {
    const text = "Visite\n\nLa présidente Sandra Lenoir recevra Olaf Scholz le 3 juin pour un entretien suivi d’un dîner de travail.";
    expect(meetingsOf(text, "2024-05-20", "fr").map((m) => m.date)).toEqual(["2024-06-03"]);
  });
});

describe("parties named as a pair", () => {
  it("reads « les deux femmes » and “the two women” as the parties told before", () => {
    const text = [
      "Diplomatie",
      "",
      "Giorgia Meloni recevra Ursula von der Leyen le 12 juin à Rome.",
      "",
      "Les deux femmes s’étaient déjà parlé au téléphone le 2 juin.",
    ].join("\n");
    const call = meetingsOf(text, "2024-06-05", "fr").find((m) => m.kind === "phone_call");
    expect(call).toMatchObject({ date: "2024-06-02", participants: expect.arrayContaining(["Giorgia Meloni", "Ursula von der Leyen"]) });
  });
});

describe("a pronoun subject with a named host", () => {
  it("reads « Il sera reçu par X » as a meeting of the person the text is about with X", () => {
    const text = [
      "Visite d'État",
      "",
      "Le président ghanéen John Mahama se rendra en Allemagne du 3 au 5 juin.",
      "",
      "Il sera reçu par Olaf Scholz le 4 juin à Berlin.",
    ].join("\n");
    const meetings = meetingsOf(text, "2024-05-20", "fr");
    expect(meetings.find((m) => m.date === "2024-06-04")!.participants).toEqual(expect.arrayContaining(["John Mahama", "Olaf Scholz"]));
  });
});

describe("bodies that meet", () => {
  it("reads « le Conseil européen » and a lower-case committee up to the verb, on a pair of days", () => {
    const text = [
      "Europe",
      "",
      "Le Conseil européen se réunira les 20 et 21 mars à Bruxelles.",
      "",
      "Le bureau politique se réunira le 25 mars.",
      "",
      "Le meeting de campagne a réuni 300 personnes le 2 mars à Lyon.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-03-10", "fr");
    expect(meetings.map((m) => m.date)).toEqual(["2025-03-20", "2025-03-25"]);
    expect(meetings[0]!.participants).toContain("Conseil européen");
    expect(meetings[1]!.participants).toContain("bureau politique");
  });

  it("reads “is expected in” as to come", () => {
    // 2025-03-10 is a Monday.
    const text = "Visit\n\nChancellor Friedrich Merz is expected in Washington on Friday for talks with Donald Trump.";
    expect(meetingsOf(text, "2025-03-10", "en").map((m) => [m.status, m.date])).toEqual([["scheduled", "2025-03-14"]]);
  });
});

describe("meetings placed in a vague span", () => {
  it("gives no day to a meeting held “over the weekend” or « la semaine dernière »", () => {
    expect(meetingsOf("Diplomacy\n\nAntony Blinken met Wang Yi over the weekend in Beijing.", "2024-05-08", "en")).toEqual([]);
    expect(meetingsOf("Diplomatie\n\nLe président Macron a reçu Olaf Scholz la semaine dernière à l’Élysée.", "2024-05-08", "fr")).toEqual([]);
  });
});

describe("meetings that will not take place", () => {
  it("reads « n'aura pas lieu », « reporté sine die », “will not take place”, “postponed indefinitely” as cancelled", () => {
    const french = [
      "Diplomatie",
      "",
      "La rencontre entre Pedro Sánchez et Giorgia Meloni prévue vendredi n’aura pas lieu.",
      "",
      "Le sommet entre le Mercosur et l’Union européenne, prévu le 20 mai, a été reporté sine die.",
    ].join("\n");
    expect(meetingsOf(french, "2024-05-08", "fr").map((m) => [m.status, m.date])).toEqual([
      ["cancelled", "2024-05-10"],
      ["cancelled", "2024-05-20"],
    ]);
    const english = "Diplomacy\n\nThe meeting between Pedro Sánchez and Giorgia Meloni set for Friday will not take place.";
    expect(meetingsOf(english, "2024-05-08", "en").map((m) => [m.status, m.date])).toEqual([["cancelled", "2024-05-10"]]);
  });

  it("keeps talks only paused to come on the day they resume", () => {
    const text = "Social\n\nLes négociations entre Stellantis et la CGT, suspendues depuis mardi, reprendront le 15 mai.";
    expect(meetingsOf(text, "2024-05-08", "fr").map((m) => [m.status, m.date])).toEqual([["scheduled", "2024-05-15"]]);
  });
});

describe("more countries as parties", () => {
  it("reads Oman, Nepal, Sri Lanka and their capitals or demonyms as countries", () => {
    const english = "Diplomacy\n\nOfficials from Oman and Nepal will hold consultations in Kathmandu on Monday.";
    expect(meetingsOf(english, "2024-05-08", "en")[0]!.participants).toEqual(expect.arrayContaining(["Oman", "Nepal"]));
    const french = "Diplomatie\n\nLe Sri Lanka et l’Uruguay tiendront des consultations le 20 mai à Colombo.";
    expect(meetingsOf(french, "2024-05-08", "fr")[0]!.participants).toEqual(expect.arrayContaining(["Sri Lanka", "Uruguay"]));
  });
});

describe("demonyms as parties", () => {
  it("reads the demonyms of more countries as the countries", () => {
    const english = "Diplomacy\n\nOmani and Armenian officials will hold consultations in Muscat on Monday.";
    expect(meetingsOf(english, "2024-05-08", "en")[0]!.participants).toEqual(expect.arrayContaining(["Oman", "Armenia"]));
    const french = "Diplomatie\n\nLes diplomates marocains et sénégalais tiendront des consultations le 20 mai à Rabat.";
    expect(meetingsOf(french, "2024-05-08", "fr")[0]!.participants).toEqual(expect.arrayContaining(["Maroc", "Sénégal"]));
  });
});

describe("a day counted from an event named by its noun", () => {
  it("counts « le lendemain du sommet » from the summit's day", () => {
    const text = [
      "G7",
      "",
      "Le sommet du G7 se tiendra le 13 juin à Bari.",
      "",
      "Le président argentin Javier Milei et Giorgia Meloni se retrouveront le lendemain du sommet.",
    ].join("\n");
    expect(meetingsOf(text, "2024-05-08", "fr").map((m) => m.date)).toEqual(["2024-06-13", "2024-06-14"]);
  });

  it("counts « la veille du sommet » from the summit's day, not from the day the summit was announced", () => {
    const text = [
      "Sommet nordique",
      "",
      "Les dirigeants de la Suède, de la Norvège et du Danemark se retrouveront le 20 octobre à Malmö pour un sommet sur l'énergie, a annoncé mardi le gouvernement suédois.",
      "",
      "La veille du sommet, leurs ministres de l'Énergie tiendront une réunion préparatoire.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-10-07", "fr").map(summary);
    expect(meetings.map((m) => m.date)).toEqual(["2026-10-20", "2026-10-19"]);
    expect(meetings[1]!.participants).toEqual(expect.arrayContaining(["Suède", "Norvège", "Danemark"]));
  });
});

describe("two countries named by reference", () => {
  it("reads “the two countries” as the countries of the meeting told before, not the last people named", () => {
    const text = [
      "Caucasus",
      "",
      "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in Prague on May 2.",
      "",
      "On Monday, Aliyev spoke by phone with Recep Tayyip Erdogan.",
      "",
      "Deputy ministers of the two countries will hold consultations in Geneva on May 20.",
    ].join("\n");
    const consultations = meetingsOf(text, "2024-05-08", "en").find((m) => m.kind === "consultations");
    expect(consultations!.participants).toEqual(expect.arrayContaining(["Armenia", "Azerbaijan"]));
  });
});

describe("the bargaining table", () => {
  it("is negotiations between the sides that return to it", () => {
    const text =
      "Port strike\n\nNegotiators for the International Longshore Union and Pacific Terminals Corp. returned to the bargaining table on Friday after a two-week pause.";
    const [talks] = parseDocument(text, { publishedAt: "2024-09-09", language: "en" }).meetings;
    expect(talks?.kind).toBe("negotiations");
    expect(talks?.date).toBe("2024-09-06");
  });
});

describe("a day counted from an event named", () => {
  it("reads \"two days after the summit\" from the summit's day", () => {
    const text =
      "Andean tour\n\nThe Andean summit opens in Lima on Monday. Two days after the summit, President Marta Quispe will meet President Tomás Ayala in Quito.";
    const meetings = parseDocument(text, { publishedAt: "2024-09-05", language: "en" }).meetings;
    const visit = meetings.find((m) => m.participants.includes("Tomás Ayala"));
    expect(visit?.date).toBe("2024-09-11");
  });
});

describe("a day counted from an event the text gives no day", () => {
  it("is unknown, not counted from the last date told", () => {
    const text =
      "Governor to host budget talks with legislative leaders\n\nHALIFAX — Governor Anne Lavoie will host the four legislative leaders at the Legislature on Thursday, her office said Monday, as a deadline to close a $4 billion shortfall draws near.\n\nSenate President Marc Tremblay, Assembly Speaker Sara Wong, and the two minority leaders, Ian Ross and Julie Chen, are expected to attend. The group last met on Feb. 26, when talks broke down over transit funding.\n\n\"Everything is on the table,\" Lavoie told reporters. A spokesman for Tremblay said the senator would bring a revised proposal.\n\nTwo days after the Legislature session, Lavoie is due to fly to Ottawa to meet Transportation Secretary Paul Girard.\n";
    const meetings = parseDocument(text, { publishedAt: "2026-03-09", language: "en" }).meetings;
    expect(meetings.some((m) => m.date === "2026-02-28")).toBe(false);
  });
});

describe("a bare weekday read by the verb just before it", () => {
  it("dates « s'est ouvert lundi » on the Monday past though the clause goes on in the future", () => {
    const text =
      "Pêche\n\nLe troisième cycle de négociations entre la Norvège et le Maroc s’est ouvert lundi à Rabat et doit durer jusqu’à jeudi.";
    const [talks] = parseDocument(text, { publishedAt: "2025-04-09", language: "fr" }).meetings;
    expect(talks?.date).toBe("2025-04-07");
  });

  it("dates a meeting that « devait » take place on a weekday, then called off, on the coming one", () => {
    const text =
      "Diplomatie\n\nLe voyage de la ministre Odile Ferrand à Lisbonne, où elle devait rencontrer samedi son homologue Rui Cardoso, a été annulé.";
    const [meeting] = parseDocument(text, { publishedAt: "2025-04-09", language: "fr" }).meetings;
    expect(meeting?.date).toBe("2025-04-12");
    expect(meeting?.status).toBe("cancelled");
  });

  it("reads a weekday after “agreed to” as still to come", () => {
    const text =
      "Bus drivers\n\nThe transit agency and the Metro Drivers Union had agreed to resume talks on Friday, mediator Carla Imre said.";
    const [talks] = parseDocument(text, { publishedAt: "2025-04-09", language: "en" }).meetings;
    expect(talks?.date).toBe("2025-04-11");
  });
});

describe("a meeting named as what comes after the clause's own", () => {
  it("gives “the last before the summit” and « avant le sommet » no day of the clause", () => {
    const en = "Trade\n\nThe Nordic Council’s ministers will convene on Sunday in Oslo, the last gathering before the summit.";
    const enMeetings = parseDocument(en, { publishedAt: "2025-05-14", language: "en" }).meetings;
    expect(enMeetings.some((m) => m.kind === "summit")).toBe(false);
    const fr =
      "Commerce\n\nLes ministres du Conseil nordique se retrouveront dimanche à Oslo, pour la dernière fois avant le sommet.";
    const frMeetings = parseDocument(fr, { publishedAt: "2025-05-14", language: "fr" }).meetings;
    expect(frMeetings.some((m) => m.kind === "summit")).toBe(false);
  });

  it("does not read “before Friday's meeting” as one more meeting of the clause on a past Friday", () => {
    const text =
      "Defence\n\nDutch Defence Minister Pieter Bosman and his Danish counterpart, Mette Holm, held a phone call on Monday to prepare their positions before Friday’s meeting.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-14", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-05-12"]);
  });
});

describe("hearings of a witness by a body", () => {
  it("reads “will testify before the committee” as the committee's hearing with the witness", () => {
    const text =
      "Rail safety\n\nThe head of Northern Freight Lines, Dana Whitcombe, will testify before the House Transportation Committee on Thursday at 2 p.m. ET.";
    const [hearing] = parseDocument(text, { publishedAt: "2025-03-10", language: "en" }).meetings;
    expect(hearing?.date).toBe("2025-03-13");
    expect(hearing?.time).toBe("14:00");
    expect(hearing?.participants).toContain("Dana Whitcombe");
  });

  it("reads « sera auditionnée par la commission » as the commission's hearing with the witness", () => {
    const text =
      "Assurances\n\nLa directrice générale de Mutalis, Sophie Garrigues, sera auditionnée jeudi 13 mars à 10 heures par la commission des finances de l’Assemblée nationale.";
    const [hearing] = parseDocument(text, { publishedAt: "2025-03-10", language: "fr" }).meetings;
    expect(hearing?.date).toBe("2025-03-13");
    expect(hearing?.participants).toContain("Sophie Garrigues");
  });
});

describe("a meeting named again by its kind, with no party of its own", () => {
  it("takes the parties of the last meeting of that kind, not the last name read", () => {
    const text =
      "Nurses\n\nThe Provincial Nurses Union and the Hospital Employers Council will return to the bargaining table on Thursday, the mediator said. Strikes have hit clinics from Halifax to Moncton. The previous round of negotiations broke down on Monday over overtime rules.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-12", language: "en" }).meetings;
    const broken = meetings.find((m) => m.date === "2025-03-10");
    expect(broken?.participants).toEqual(["Provincial Nurses Union", "Hospital Employers Council"]);
  });
});

describe("a plural pronoun as the subject of a meeting", () => {
  it("reads « Elles » and “They” opening the sentence as the people of the meeting told before", () => {
    const fr =
      "Diplomatie\n\nLa Première ministre danoise, Ida Thorsen, et la présidente finlandaise, Aino Virtanen, se sont entretenues lundi par téléphone. Elles tiendront une visioconférence vendredi avec le chancelier autrichien, Lukas Brandl.";
    const frMeetings = parseDocument(fr, { publishedAt: "2025-03-12", language: "fr" }).meetings;
    const frCall = frMeetings.find((m) => m.date === "2025-03-14");
    expect(frCall?.participants).toEqual(expect.arrayContaining(["Ida Thorsen", "Aino Virtanen", "Lukas Brandl"]));
    const en =
      "Diplomacy\n\nDanish Prime Minister Ida Thorsen and Finnish President Aino Virtanen spoke by phone on Monday. They will hold a video conference on Friday with Austrian Chancellor Lukas Brandl.";
    const enMeetings = parseDocument(en, { publishedAt: "2025-03-12", language: "en" }).meetings;
    const enCall = enMeetings.find((m) => m.date === "2025-03-14");
    expect(enCall?.participants).toEqual(expect.arrayContaining(["Ida Thorsen", "Aino Virtanen", "Lukas Brandl"]));
  });
});

describe("a venue is no party", () => {
  it("gives a meeting placed “in” a city the organization the sentence opens with, not the cities", () => {
    const text =
      "Fisheries\n\nOECD fisheries experts will gather in Lisbon on Tuesday to prepare the ministerial summit, which will be held in Tallinn on June 4.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-14", language: "en" }).meetings;
    const summit = meetings.find((m) => m.date === "2025-06-04");
    expect(summit?.participants).toEqual(["OECD"]);
  });
});

describe("local time of a place", () => {
  it("reads “local time” by the city of the sentence before when the meeting's own names none", () => {
    const text =
      "Trade\n\nAustralian Prime Minister Grace Holloway arrived in Jakarta on Sunday for a two-day visit. Holloway will hold talks with President Adi Wibowo at 10 a.m. local time on Monday.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-11", language: "en" }).meetings;
    const talks = meetings.find((m) => m.date === "2025-05-12");
    expect(talks?.timeZone).toBe("Asia/Jakarta");
    expect(talks?.startsAt).toBe("2025-05-12T03:00:00Z");
  });

  it("knows the zone of more cities of the United States", () => {
    const text =
      "Transit\n\nThe Philadelphia Transit Workers Union and the city will resume talks at 9 a.m. local time in Philadelphia on Monday.";
    const [talks] = parseDocument(text, { publishedAt: "2025-05-08", language: "en" }).meetings;
    expect(talks?.timeZone).toBe("America/New_York");
  });
});

describe("a part of the day with no day told before", () => {
  it("places « dans la soirée » on the day of the news", () => {
    const text =
      "Diplomatie\n\nLe Premier ministre belge, Hugo Peeters, s’est entretenu par téléphone dans la soirée avec la présidente lettone, Liga Ozola.";
    const [call] = parseDocument(text, { publishedAt: "2025-06-03", language: "fr" }).meetings;
    expect(call?.date).toBe("2025-06-03");
    expect(call?.kind).toBe("phone_call");
  });
});

describe("unions and employers named by common nouns", () => {
  it("reads « les syndicats et le patronat » as the sides of labour talks", () => {
    const fr = "Social\n\nLes syndicats et le patronat de la métallurgie se retrouveront mercredi pour une nouvelle séance de négociations.";
    const [frTalks] = parseDocument(fr, { publishedAt: "2025-06-03", language: "fr" }).meetings;
    expect(frTalks?.date).toBe("2025-06-04");
    expect(frTalks?.participants).toEqual(["syndicats", "patronat"]);
  });
});

describe("sides named by reference past a meeting of its own", () => {
  it("keeps a meeting a meeting when “both sides” come after it, not as its subject", () => {
    const text = [
      "Port dispute",
      "",
      "The Harbour Workers Federation and Coastline Terminals opened wage negotiations in Leith on Monday.",
      "",
      "Labour Secretary Ruth Ames met the federation's leaders on Wednesday and urged both sides to settle before the holidays.",
      "",
      "Ames and the terminal operator's chief, Colin Baird, last met on June 3, in a meeting that both sides called frank.",
    ].join("\n");
    const meetings = meetingsOf(text, "2025-07-10", "en").map(summary);
    expect(meetings.find((m) => m.date === "2025-07-09")).toMatchObject({ kind: "meeting", status: "held" });
    expect(meetings.find((m) => m.date === "2025-06-03")).toMatchObject({ kind: "meeting", status: "held" });
  });

  it("still reads “a meeting between the two delegations” as one more round of the talks told before", () => {
    const text = [
      "Usine",
      "",
      "La direction et les syndicats ont ouvert des négociations lundi.",
      "",
      "Une réunion entre les deux délégations a eu lieu mardi.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-04-17", "fr").map(summary);
    expect(meetings.map((m) => m.kind)).toEqual(["negotiations", "negotiations"]);
  });
});

describe("a company's board and shareholders", () => {
  it("reads « assemblée générale » as a meeting of the company whose shareholders were named", () => {
    const text = [
      "Rachat de Morvalis",
      "",
      "Le conseil de surveillance de Morvalis a examiné lundi l'offre du fonds Keystone.",
      "",
      "Le ministre de l'Industrie, Paul Verdier, recevra jeudi les syndicats du groupe.",
      "",
      "Les actionnaires trancheront lors de l'assemblée générale du 14 juin, convoquée à 15 heures à Nantes.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-05-06", "fr").map(summary);
    expect(meetings.find((m) => m.date === "2026-06-14")).toMatchObject({ kind: "meeting", status: "scheduled", time: "15:00", participants: ["Morvalis"] });
  });

  it("still reads “the final” as a noun for a sports final", () => {
    const text = "Cup\n\nThe Harbour Rovers met the Mill Lane Wanderers in the final on Sunday.";
    expect(meetingsOf(text, "2026-06-02", "en")).toEqual([]);
  });

  it("gives a board's or shareholders' meeting to its company, by the full name the text gives it", () => {
    const text = [
      "Deal",
      "",
      "Brightline Foods Corp. will hold its annual shareholders' meeting on June 20, the company said.",
      "",
      "The company's board of directors met on Monday to approve the final terms of the sale to Ostara Brands, chief financial officer Nina Petrov said in a statement.",
      "",
      "The sale still needs the approval of Brightline shareholders, who will vote at a special meeting on Friday, July 24.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-02", "en").map(summary);
    expect(meetings.find((m) => m.date === "2026-06-01")).toMatchObject({ kind: "meeting", status: "held" });
    expect(meetings.find((m) => m.date === "2026-06-01")!.participants).toContain("Brightline Foods Corp");
    expect(meetings.find((m) => m.date === "2026-07-24")).toMatchObject({ kind: "meeting", status: "scheduled", participants: ["Brightline Foods Corp"] });
  });
});

describe("the start of a visit", () => {
  it("reads “is due to arrive on Monday” as the first day of a visit", () => {
    const text = [
      "State visit",
      "",
      "Chilean President Rosa Valdés will travel to Canberra next week for a three-day visit, her office said on Friday.",
      "",
      "Valdés is due to arrive on Monday, March 9, and hold talks with Australian Prime Minister Hugh Carrick the following day.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-03-06", "en").map(summary);
    expect(meetings.find((m) => m.date === "2026-03-09")).toMatchObject({ kind: "visit", status: "scheduled" });
    expect(meetings.find((m) => m.date === "2026-03-09")!.participants).toContain("Rosa Valdés");
    expect(meetings.find((m) => m.date === "2026-03-10")).toMatchObject({ kind: "negotiations", status: "scheduled" });
  });

  it("reads « mission officielle » as a visit", () => {
    const text = "Mission\n\nLe président du Sénégal, Ousmane Faye, effectuera une mission officielle en Italie du 12 au 14 mai, a annoncé la présidence.";
    const meetings = meetingsOf(text, "2026-05-04", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "visit", status: "scheduled", date: "2026-05-12" }]);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["Ousmane Faye", "Italie"]));
  });
});

describe("debates between named candidates", () => {
  it("reads a bare weekday after “a televised debate” by the clause's tense, not the participle's", () => {
    const text = "Race\n\nMayor Ines Wolff and her challenger, Carl Brandt, are scheduled to meet for their second televised debate on Monday at 8 p.m. ET.";
    const meetings = meetingsOf(text, "2026-10-29", "en").map(summary);
    expect(meetings).toMatchObject([{ kind: "debate", status: "scheduled", date: "2026-11-02", time: "20:00" }]);
  });

  it("reads « les deux candidats » as the candidates of the debate told before, and one debate per clause", () => {
    const text = [
      "Régionales",
      "",
      "Marc Aubert et Sophie Lenoir s'affronteront jeudi à 20h30 dans un débat télévisé, a annoncé la chaîne.",
      "",
      "Un premier débat entre les deux candidats avait eu lieu le 2 juin.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-09", "fr").map(summary);
    expect(meetings).toMatchObject([
      { kind: "debate", status: "scheduled", date: "2026-06-11", time: "20:30", participants: ["Marc Aubert", "Sophie Lenoir"] },
      { kind: "debate", status: "held", date: "2026-06-02", participants: ["Marc Aubert", "Sophie Lenoir"] },
    ]);
  });
});

describe("sides named as where people come from, and a meeting named again by its kind", () => {
  it("reads “representatives of X and managers from Y” as the sides, and “It was the third round of negotiations” as the kind", () => {
    const text = [
      "Ferry strike talks",
      "",
      "Representatives of Seafarers Together and managers from Blue Strait Ferries met at a hotel in Dover on Tuesday.",
      "",
      "It was the second round of negotiations since the crews voted to strike.",
      "",
      "The first round of talks, on May 4, ended after an hour.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-05-13", "en").map(summary);
    expect(meetings.find((m) => m.date === "2026-05-12")).toMatchObject({ kind: "negotiations", status: "held" });
    expect(meetings.find((m) => m.date === "2026-05-12")!.participants).toEqual(expect.arrayContaining(["Seafarers Together", "Blue Strait Ferries"]));
    expect(meetings.find((m) => m.date === "2026-05-04")!.participants).toEqual(expect.arrayContaining(["Seafarers Together", "Blue Strait Ferries"]));
  });

  it("reads « Il s'agissait de la troisième séance de négociations » as the kind of the meeting just told", () => {
    const text = [
      "Grève",
      "",
      "La direction de la Compagnie des Bacs et les syndicats se sont réunis mardi à Nantes.",
      "",
      "Il s'agissait de la troisième séance de négociations depuis le début du conflit.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-05-13", "fr").map(summary);
    expect(meetings).toMatchObject([{ kind: "negotiations", status: "held", date: "2026-05-12" }]);
  });
});

describe("the opening ceremony of a meeting told before", () => {
  it("gives « la cérémonie d'ouverture » hour to the summit of that day", () => {
    const text = [
      "Sommet",
      "",
      "Une trentaine de chefs d'État sont attendus à Lomé les 9 et 10 juin pour le sommet de la Cédéao, a annoncé jeudi le gouvernement togolais.",
      "",
      "La cérémonie d'ouverture débutera le mardi 9 juin à 10 h, heure de Lomé, au centre international.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-04", "fr").map(summary);
    expect(meetings.filter((m) => m.date === "2026-06-09")).toMatchObject([{ kind: "summit", time: "10:00", timeZone: "Africa/Lome" }]);
  });

  it("gives “the opening ceremony” hour to the summit of that day", () => {
    const text = [
      "Summit",
      "",
      "Pacific island leaders will gather in Suva on Monday for a summit on fisheries, officials said.",
      "",
      "The opening ceremony will begin on Monday at 9 a.m. Fiji time.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-04", "en").map(summary);
    expect(meetings.filter((m) => m.date === "2026-06-08")).toMatchObject([{ kind: "summit", time: "09:00", timeZone: "Pacific/Fiji" }]);
  });
});

describe("a meeting on the margins of a summit told before", () => {
  it("takes the summit's day when it has none of its own", () => {
    const text = [
      "Nordic summit",
      "",
      "Nordic leaders gathered in Reykjavik on Tuesday for a summit on Arctic shipping.",
      "",
      "Finnish Prime Minister Aino Laine held a 20-minute meeting with Danish Prime Minister Mads Holm on the margins of the summit, her office said.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-09-09", "en").map(summary);
    expect(meetings.find((m) => m.participants.includes("Aino Laine"))).toMatchObject({ kind: "meeting", status: "held", date: "2026-09-08", durationMinutes: 20 });
  });

  it("does the same « en marge du sommet »", () => {
    const text = [
      "Sommet",
      "",
      "Les dirigeants de la Francophonie se sont réunis mardi à Kigali pour un sommet consacré à l'éducation.",
      "",
      "Le président sénégalais, Ousmane Faye, a eu un entretien avec la Première ministre canadienne, Claire Dubois, en marge du sommet.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-09-09", "fr").map(summary);
    expect(meetings.find((m) => m.participants.includes("Claire Dubois"))).toMatchObject({ kind: "meeting", date: "2026-09-08" });
  });
});

describe("a day early", () => {
  it("dates “a day early” the day before the date told last", () => {
    const text = [
      "Trade",
      "",
      "Pacific trade ministers are expected to meet in Lima on June 15-16 to close the deal.",
      "",
      "Canadian Trade Minister Paul Roy will travel to Peru a day early for a bilateral meeting with President Ana Soto.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-01", "en").map(summary);
    expect(meetings.find((m) => m.participants.includes("Ana Soto"))).toMatchObject({ status: "scheduled", date: "2026-06-14" });
  });

  it("dates « un jour plus tôt » the day before the date told last", () => {
    const text = [
      "Commerce",
      "",
      "Les ministres du Commerce doivent se réunir à Lima le 15 juin pour conclure l'accord.",
      "",
      "Le ministre canadien, Paul Roy, se rendra au Pérou un jour plus tôt pour un entretien avec la présidente Ana Soto.",
    ].join("\n");
    const meetings = meetingsOf(text, "2026-06-01", "fr").map(summary);
    expect(meetings.find((m) => m.participants.includes("Ana Soto"))).toMatchObject({ status: "scheduled", date: "2026-06-14" });
  });
});

describe("a body's own sitting after talks told before", () => {
  it("reads “the Council will hold an emergency session” as the council's meeting, not one more round of the talks", () => {
    const text =
      "Border dispute\n\nNegotiators from Guyana and Suriname held talks in Bridgetown on Monday. The Caribbean Community’s Regional Security Council will hold an emergency session on Thursday.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-11", language: "en" }).meetings;
    const session = meetings.find((m) => m.date === "2025-03-13");
    expect(session?.kind).toBe("meeting");
    expect(session?.participants).not.toContain("Guyana");
  });
});

describe("more words for meetings still to come", () => {
  it("reads “hope to reconvene” and « espèrent réunir » as ahead, and “will fly to … for talks” as a trip", () => {
    const en = "Peace talks\n\nMediators from Norway and Qatar hope to reconvene both delegations on Monday, an official said.";
    const [enTalks] = parseDocument(en, { publishedAt: "2025-03-12", language: "en" }).meetings;
    expect(enTalks?.date).toBe("2025-03-17");
    const fr = "Paix\n\nLes médiateurs norvégiens et qataris espèrent réunir les deux délégations lundi, selon un diplomate.";
    const [frTalks] = parseDocument(fr, { publishedAt: "2025-03-12", language: "fr" }).meetings;
    expect(frTalks?.date).toBe("2025-03-17");
    const trip = "Envoy\n\nSpecial envoy Maria Lund will fly to Khartoum on Friday for talks with army chief Hassan Omer.";
    const [visit] = parseDocument(trip, { publishedAt: "2025-03-12", language: "en" }).meetings;
    expect(visit?.date).toBe("2025-03-14");
  });

  it("does not read a parliament that will “not reconvene until” a day as a meeting", () => {
    const text = "Recess\n\nLawmakers in Ottawa will not reconvene until April 2, Speaker Anne Dubé said.";
    expect(parseDocument(text, { publishedAt: "2025-03-12", language: "en" }).meetings).toEqual([]);
  });
});

describe("a meeting that names its sides after “between”", () => {
  it("does not borrow a party from the sentences before when its own sides are no names", () => {
    const text =
      "Water rates\n\nMayor Denise Holt said the city would appeal. A meeting between county inspectors and the water utility’s engineers set for Friday was cancelled.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-10", language: "en" }).meetings;
    expect(meetings.some((m) => m.participants.includes("Denise Holt"))).toBe(false);
  });
});

describe("a body meeting at a venue", () => {
  it("does not make the venue's country a party of a body's meeting", () => {
    const text = "Santé\n\nLes ministres de la Santé de l’OMS se réuniront jeudi à Lisbonne.";
    const [meeting] = parseDocument(text, { publishedAt: "2025-03-10", language: "fr" }).meetings;
    expect(meeting?.participants).toEqual(["OMS"]);
  });
});

describe("countries named by a combining form", () => {
  it("reads « gréco-turques » and “Sino-Indian” as both countries", () => {
    const fr = "Égée\n\nLes consultations gréco-turques reprendront lundi à Ankara.";
    const [frTalks] = parseDocument(fr, { publishedAt: "2025-03-12", language: "fr" }).meetings;
    expect(frTalks?.participants).toEqual(expect.arrayContaining(["Grèce", "Turquie"]));
    const en = "Border\n\nSino-Indian border talks resumed on Tuesday.";
    const [enTalks] = parseDocument(en, { publishedAt: "2025-03-12", language: "en" }).meetings;
    expect(enTalks?.participants).toEqual(expect.arrayContaining(["China", "India"]));
  });
});

describe("a witness heard by a court or the police", () => {
  it("is no meeting: “testify before a grand jury”, « auditionné par les enquêteurs »", () => {
    const en = "Fraud case\n\nThe banker Paul Hale will testify before a grand jury on Tuesday.";
    expect(parseDocument(en, { publishedAt: "2025-03-12", language: "en" }).meetings).toEqual([]);
    const fr = "Fraude\n\nLe banquier Paul Hale a été auditionné lundi par les enquêteurs de la police judiciaire.";
    expect(parseDocument(fr, { publishedAt: "2025-03-12", language: "fr" }).meetings).toEqual([]);
  });
});

describe("a press conference called off after a meeting", () => {
  it("leaves the meeting to come, in French and English", () => {
    const fr =
      "Chypre\n\nLes délégations grecque et turque se retrouveront jeudi à Genève. La conférence de presse prévue à l’issue de la rencontre de jeudi a été annulée.";
    const [frTalks] = parseDocument(fr, { publishedAt: "2025-05-13", language: "fr" }).meetings;
    expect(frTalks?.status).toBe("scheduled");
    const en =
      "Cyprus\n\nGreek and Turkish delegations will meet in Geneva on Thursday. A press conference planned after Thursday’s meeting has been cancelled.";
    const [enTalks] = parseDocument(en, { publishedAt: "2025-05-13", language: "en" }).meetings;
    expect(enTalks?.status).toBe("scheduled");
  });
});

describe("a pronoun opening the sentence after another person's", () => {
  it("is the person the sentence before names first, not the one the text names most", () => {
    const text =
      "Chypre\n\nLe président turc, Kemal Oral, a reçu lundi le Premier ministre grec, Nikos Pappas. Kemal Oral a salué « un dialogue franc ». Le ministre allemand Jan Richter sera à Ankara jeudi. Il doit rencontrer vendredi son homologue turc, Murat Kaya.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-13", language: "fr" }).meetings;
    const friday = meetings.find((m) => m.date === "2025-05-16");
    expect(friday?.participants).toContain("Jan Richter");
    expect(friday?.participants).not.toContain("Kemal Oral");
  });
});

describe("a body that meets as itself", () => {
  it("borrows no party from the sentence before", () => {
    const text =
      "Arctic\n\nOn Friday, Prime Minister Lena Berg will travel to Tallinn to meet President Kaja Tamm. The Baltic Council will meet on May 27 in Riga.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-13", language: "en" }).meetings;
    const council = meetings.find((m) => m.date === "2025-05-27");
    expect(council?.participants).toEqual(["Baltic Council"]);
  });
});

describe("the day of a meeting called off", () => {
  it("is the nearest one, even under « prévue »", () => {
    const text =
      "Social\n\nLa ministre Léa Fontaine recevra la CFDT le 12 juin. Une précédente rencontre entre Léa Fontaine et la CFDT, prévue le 28 mai, avait été annulée.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-05", language: "fr" }).meetings;
    const cancelled = meetings.find((m) => m.status === "cancelled");
    expect(cancelled?.date).toBe("2025-05-28");
  });
});

describe("an invitation to a meeting still to come", () => {
  it("dates the meeting ahead of publication, whatever the tense of “invited”", () => {
    const text =
      "Docks\n\nMayor Tom Reyes on Monday invited the dockers union to talks on February 3 over night shifts. Guild leader Ines Moreau said the pilots had been invited to meet the board on Thursday afternoon.";
    const meetings = parseDocument(text, { publishedAt: "2025-11-24", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toContain("2026-02-03");
    expect(meetings.map((m) => m.date)).toContain("2025-11-27");
  });

  it("does the same for « a invité … à »", () => {
    const text =
      "Transports\n\nLe préfet Paul Garnier a invité lundi les syndicats de cheminots à une réunion le 6 janvier.";
    const meetings = parseDocument(text, { publishedAt: "2025-12-01", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toContain("2026-01-06");
  });
});

describe("the day of a wire dateline", () => {
  it("is when the story was filed, not the day of talks told without one", () => {
    const text =
      "Lakes\n\nDULUTH, Minnesota, June 3 (Wire) - The United States and Canada will resume talks on water levels next month, officials said.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-03", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).not.toContain("2025-06-03");
  });
});

describe("more English meeting verbs", () => {
  it("reads “would travel to”, “appear before the committee” and “receive the leaders of” as meetings", () => {
    const text =
      "Rail\n\nGovernor Alma Ruiz said she would travel to the headquarters of Trackline on March 9. Transport Secretary Ned Parr is due to appear before the Senate transport committee on March 11. President Lou Baines will receive the leaders of the rail unions on March 12.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-03", language: "en" }).meetings;
    const byDate = (date: string) => meetings.find((m) => m.date === date);
    expect(byDate("2025-03-09")?.kind).toBe("visit");
    expect(byDate("2025-03-11")?.participants).toContain("Ned Parr");
    expect(byDate("2025-03-12")?.participants).toContain("Lou Baines");
  });
});

describe("the sides of talks named by reference", () => {
  it("are those of the last talks, not of a hearing told in between, and a body's bare head is that body", () => {
    const text =
      "Ferries\n\nThe Ferry Workers Union and the Coastal Operators Group held talks on May 2. Minister Vera Holt will appear before the regional transport committee on May 6, the committee's chair said. Mediator Sam Otieno will meet both sides on May 9.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-05", language: "en" }).meetings;
    const hearing = meetings.find((m) => m.date === "2025-05-06");
    expect(hearing?.participants).toEqual(["Vera Holt", "regional transport committee"]);
    const mediation = meetings.find((m) => m.date === "2025-05-09");
    expect(mediation?.participants).toEqual(expect.arrayContaining(["Ferry Workers Union", "Coastal Operators Group"]));
  });
});

describe("a party named by its title", () => {
  it("is the person who holds that title, not a prime minister for “the minister”", () => {
    const text =
      "Fisheries\n\nDanish Fisheries Minister Karen Holm and Prime Minister Erik Vang visited Esbjerg on Monday. Norwegian envoy Ola Brekke spoke by phone with the Danish minister on May 6.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-12", language: "en" }).meetings;
    const call = meetings.find((m) => m.date === "2025-05-06");
    expect(call?.participants).toEqual(expect.arrayContaining(["Ola Brekke", "Karen Holm"]));
    expect(call?.participants).not.toContain("Erik Vang");
  });

  it("reads « entre la ministre et … » in French", () => {
    const text =
      "Santé\n\nLa ministre de la Santé, Inès Carrel, a visité lundi l'hôpital de Lens. Une réunion entre la ministre et les internes, le 2 mai, avait échoué.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-12", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-05-02")?.participants).toContain("Inès Carrel");
  });
});

describe("a meeting that came just before another event", () => {
  it("takes the day of the telling it came before: “told reporters on Tuesday after a meeting with”", () => {
    const text =
      "Water\n\nMayor Dora Quist told reporters on Tuesday after a meeting with Governor Abel Stroud in Fresno that the dam would stay open.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-11", language: "en" }).meetings;
    expect(meetings.find((m) => m.participants.includes("Abel Stroud"))?.date).toBe("2025-04-08");
  });

  it("is a call of its own before the meeting it led to: “agreed to the meeting after a short call on Monday”", () => {
    const text =
      "Water\n\nMayor Dora Quist will meet Governor Abel Stroud in Fresno on Friday. Quist said Stroud had agreed to the meeting after a short call on Monday.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-09", language: "en" }).meetings;
    const call = meetings.find((m) => m.kind === "phone_call");
    expect(call?.date).toBe("2025-04-07");
  });
});

describe("a series of debates whose speakers the next sentence names", () => {
  it("has one debate per day, the hour only on the day it is told, and the speakers who will take part", () => {
    const text =
      "Vote\n\nThe three candidates will face each other in two debates, the first on June 2 at 8pm and the second on June 9, the broadcaster said. Mayor Ada Lind, Piet Kroon and Saskia Vos will all take part.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-20", language: "en" }).meetings;
    const first = meetings.find((m) => m.date === "2025-06-02");
    const second = meetings.find((m) => m.date === "2025-06-09");
    expect(first).toMatchObject({ kind: "debate", time: "20:00" });
    expect(first?.participants).toEqual(expect.arrayContaining(["Ada Lind", "Piet Kroon"]));
    expect(second?.time).toBeNull();
  });

  it("reads « le premier le 2 juin et le second le 9 juin » as two debates", () => {
    const text =
      "Municipales\n\nLes candidates Ada Lind et Saskia Vos s'affronteront lors de deux débats télévisés, le premier le 2 juin à 20 h et le second le 9 juin.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-20", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(expect.arrayContaining(["2025-06-02", "2025-06-09"]));
  });

  it("takes no body from a determiner: “the last cabinet meeting” is the cabinet's", () => {
    const text = "Budget\n\nThe cabinet will meet at 9 a.m. on Tuesday, the last cabinet meeting of the year.";
    const meetings = parseDocument(text, { publishedAt: "2025-12-19", language: "en" }).meetings;
    expect(meetings[0]?.participants).toEqual(["cabinet"]);
  });
});

describe("an anaphor that names a title", () => {
  it("points to the last two people who may hold it, not to a prime minister and a president met since", () => {
    const text =
      "Frontière\n\nLes ministres des Affaires étrangères Lev Aronian et Kamal Rzayev se retrouveront le 9 mars à Vienne. Le Premier ministre Davit Sargis sera reçu le 12 mars par le président Marc Olivet. La dernière rencontre entre les deux ministres remonte au 2 février.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-01", language: "fr" }).meetings;
    const last = meetings.find((m) => m.date === "2025-02-02");
    expect(last?.participants).toEqual(expect.arrayContaining(["Lev Aronian", "Kamal Rzayev"]));
    expect(last?.participants).not.toContain("Davit Sargis");
  });

  it("does the same for “the two ministers”", () => {
    const text =
      "Border\n\nForeign ministers Lev Aronian and Kamal Rzayev will meet in Vienna on March 9. Prime Minister Davit Sargis will visit President Marc Olivet on March 12. The two ministers last met on February 2.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-01", language: "en" }).meetings;
    const last = meetings.find((m) => m.date === "2025-02-02");
    expect(last?.participants).toEqual(expect.arrayContaining(["Lev Aronian", "Kamal Rzayev"]));
    expect(last?.participants).not.toContain("Davit Sargis");
  });
});

describe("organizations the entities left unread", () => {
  it("are parties by the head of their name, a place inside it included", () => {
    const text =
      "Port\n\nThe Dockers' Federation and the Leith Chamber of Commerce will hold talks on March 4 in Leith.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-01", language: "en" }).meetings;
    expect(meetings[0]?.participants).toEqual(expect.arrayContaining(["Dockers' Federation", "Leith Chamber of Commerce"]));
  });

  it("are named again by their bare head: “the association”", () => {
    const text =
      "Port\n\nThe Northern Haulage Association wants a new contract. Its chief Rita Vale said the association had called off a meeting with the ferry lines set for March 7.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-04", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-03-07")?.participants).toContain("Northern Haulage Association");
  });
});

describe("a meeting called off that had been expected for a weekday", () => {
  it("takes the weekday ahead: “had expected for Thursday, will not take place”", () => {
    const text =
      "Talks\n\nA meeting between Senator Rosa Kemp and Governor Hal Brandt, which aides had expected for Thursday, will not take place.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-03", language: "en" }).meetings;
    expect(meetings[0]).toMatchObject({ status: "cancelled", date: "2025-03-06" });
  });
});

describe("more English cues for meetings", () => {
  const text =
    "Water\n\nThe regional water board will hold a briefing on the drought on May 20. Farmers' leaders were received by Governor Ilse Marr on Monday. Marr toured the reservoir with engineer Otto Fenn on Tuesday. Marr told the state water rights committee on Wednesday that rationing would end. Marr spoke with Mayor Tim Gale by phone on the weekend.";
  const meetings = parseDocument(text, { publishedAt: "2025-05-15", language: "en" }).meetings;
  const on = (date: string) => meetings.find((m) => m.date === date);

  it("reads a body's briefing, a passive reception and a tour in company", () => {
    expect(on("2025-05-20")?.participants).toContain("regional water board");
    expect(on("2025-05-12")?.participants).toContain("Ilse Marr");
    expect(on("2025-05-13")).toMatchObject({ kind: "visit" });
    expect(on("2025-05-13")?.participants).toEqual(expect.arrayContaining(["Ilse Marr", "Otto Fenn"]));
  });

  it("reads “told the … committee” as a hearing of the body named by up to two nouns", () => {
    expect(on("2025-05-14")?.participants).toEqual(expect.arrayContaining(["Ilse Marr", "water rights committee"]));
  });

  it("gives a call “on the weekend” no day of the news", () => {
    expect(meetings.filter((m) => m.participants.includes("Tim Gale")).map((m) => m.date)).not.toContain("2025-05-15");
  });
});

describe("the tense of a meeting's own clause", () => {
  it("stops at the meeting's day: “held a call … on Monday and agreed to share stocks”", () => {
    const text =
      "Grain\n\nMinister Abena Osei held a video call with her Togolese counterpart on Monday and agreed to share grain stocks, her office said.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings[0]).toMatchObject({ kind: "video_conference", date: "2025-06-09", status: "held" });
  });
});

describe("talks named again after a meeting held for them", () => {
  it("give their hour to that meeting, not to a call told in between", () => {
    const text =
      "Peace\n\nThe Lusa Front and the Kwango Alliance will meet in Luanda on March 3 for peace talks. Mediator Rui Neto spoke by phone with both leaders on Thursday. The talks are due to open at 11 a.m. local time.";
    const meetings = parseDocument(text, { publishedAt: "2025-02-21", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-03-03")?.time).toBe("11:00");
    expect(meetings.find((m) => m.date === "2025-02-20")?.time ?? null).toBeNull();
  });
});

describe("a meeting put off with no new day", () => {
  it("is called off, on the weekday nearest the news", () => {
    const text =
      "Floods\n\nA planned visit to Kisumu by a team of Red Cross experts, due on Friday, was postponed because of flooding.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-09", language: "en" }).meetings;
    expect(meetings[0]).toMatchObject({ status: "cancelled", date: "2025-04-11" });
  });
});

describe("a body's summit in French", () => {
  it("reads « le sommet de la CEDAO » as a summit, not « au sommet de la hiérarchie »", () => {
    const text =
      "Afrique\n\nLe sommet de la CEDAO, prévu le 10 juillet à Abuja, a été annulé. Le ministre Amadou Kane, au sommet de la hiérarchie depuis le 2 juillet, a rencontré le 4 juillet le président Ousmane Diallo.";
    const meetings = parseDocument(text, { publishedAt: "2025-07-06", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-07-10")).toMatchObject({ kind: "summit", status: "cancelled" });
    expect(meetings.map((m) => m.date)).not.toContain("2025-07-02");
  });
});

describe("French receptions of groups and a past day counted back", () => {
  it("reads « recevra mardi à 10 h les organisations syndicales »", () => {
    const text =
      "Grève\n\nLe ministre du Travail, Yves Carón, recevra mardi à 10 h les organisations syndicales de la RATP, a annoncé vendredi son cabinet.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-11", language: "fr" }).meetings;
    expect(meetings[0]).toMatchObject({ date: "2025-04-15", time: "10:00" });
  });

  it("counts « la veille » told in the past from a day not to come", () => {
    const text =
      "Grève\n\nLe ministre du Travail, Yves Carón, recevra mardi à 10 h les syndicats, a annoncé vendredi son cabinet. La veille, le ministre s'était entretenu par téléphone avec la secrétaire générale de la CGT, Lina Morel.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-11", language: "fr" }).meetings;
    expect(meetings.find((m) => m.kind === "phone_call")?.date).toBe("2025-04-10");
  });
});

describe("local time in a town named with its country", () => {
  it("takes the country's zone: « à Banfora, au Burkina Faso, à 9 heures (heure locale) »", () => {
    const text =
      "Sahel\n\nLe ministre Jean Kaboré rencontrera le 5 juin à Banfora, au Burkina Faso, à 9 heures (heure locale), son homologue Paul Sanou.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-02", language: "fr" }).meetings;
    expect(meetings[0]).toMatchObject({ time: "09:00", timeZone: "Africa/Ouagadougou", startsAt: "2025-06-05T09:00:00Z" });
  });
});

describe("meetings named by a possessive or an ordinal", () => {
  it("« Leur dernière rencontre » is between the two people of the meeting told before", () => {
    const text =
      "Santé\n\nLa ministre Léa Roy et le ministre Tom Beck se sont parlé au téléphone le 2 octobre. Leur dernière rencontre en personne remontait au 11 septembre, à Lyon.";
    const meetings = parseDocument(text, { publishedAt: "2025-10-08", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-09-11")?.participants).toEqual(expect.arrayContaining(["Léa Roy", "Tom Beck"]));
  });

  it("“their last meeting” too", () => {
    const text =
      "Health\n\nMinister Lea Roy and Minister Tom Beck spoke by phone on October 2. Their last meeting in person was on September 11 in Leeds.";
    const meetings = parseDocument(text, { publishedAt: "2025-10-08", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-09-11")?.participants).toEqual(expect.arrayContaining(["Lea Roy", "Tom Beck"]));
  });

  it("« Une première réunion » without parties is one of the series told before", () => {
    const text =
      "Grève\n\nLe ministre Yves Carón recevra mardi les syndicats de cheminots. Une première réunion, le 6 mars, avait duré quatre heures.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-03-06")?.participants).toContain("Yves Carón");
  });
});

describe("a meeting the clause times itself by", () => {
  it("falls on the day nearest the news: « a demandé à être reçue avant la rencontre du 15 octobre »", () => {
    const text =
      "Santé\n\nLa Fédération des pharmaciens a demandé à être reçue par la ministre Léa Roy avant la rencontre du 15 octobre.";
    const meetings = parseDocument(text, { publishedAt: "2025-10-08", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).not.toContain("2024-10-15");
  });

  it("reads « un conseil extraordinaire » as a meeting", () => {
    const text = "Québec\n\nLe premier ministre Luc Roy a convoqué ses ministres à un conseil extraordinaire demain matin.";
    const meetings = parseDocument(text, { publishedAt: "2025-10-08", language: "fr" }).meetings;
    expect(meetings[0]?.date).toBe("2025-10-09");
    expect(meetings[0]?.participants).toEqual(["Luc Roy", "conseil extraordinaire"]);
  });
});

describe("the owner of a body in the possessive", () => {
  it("is the party of the body's sitting: “Kestrel's supervisory board is due to meet”", () => {
    const text = "Cars\n\nKestrel's supervisory board is due to meet at 2 p.m. CET on Dec. 10 to approve the plan.";
    const meetings = parseDocument(text, { publishedAt: "2025-11-28", language: "en" }).meetings;
    expect(meetings[0]?.participants).toContain("Kestrel");
    expect(meetings[0]?.startsAt).toBe("2025-12-10T13:00:00Z");
  });
});

describe("a group of people named by a common noun", () => {
  it("is the other side, not the last person named before: “met business leaders”", () => {
    const text =
      "Vote\n\nMayor Ann Coyle praised the budget. Councillor Ben Rusk, who met business leaders in Perth on Dec. 12, said he would oppose it.";
    const meetings = parseDocument(text, { publishedAt: "2025-12-19", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-12-12")?.participants).toEqual(["Ben Rusk", "business leaders"]);
  });

  it("« une table ronde réunissant les associations d'usagers » has the associations as its side", () => {
    const text =
      "Transports\n\nLe président de région Paul Marty a salué l'accord. Une table ronde réunissant les associations d’usagers aura lieu le 24 mars.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-03-24")?.participants).toEqual(["associations d’usagers"]);
  });
});

describe("more English words for calls and visits", () => {
  it("reads “X called Y on Tuesday” as a call, not “a charity called Hope Now” nor “called for calm”", () => {
    const text =
      "Crisis\n\nPresident Anna Berg called Prime Minister Olaf Dane on Tuesday to discuss the crisis. A charity called Hope Now on Monday opened a shelter. Berg called for calm on Wednesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-12", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-06-10"]]);
  });

  it("reads “paid a courtesy call on” as a visit and “held a bilateral” as a meeting", () => {
    const text =
      "Gulf\n\nForeign Secretary Tom Hale paid a courtesy call on King Abdul Rahman on Monday. President Anna Berg and Premier Li Wen held a bilateral in Rome on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-12", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-06-09")).toMatchObject({ kind: "visit", participants: ["Tom Hale", "Abdul Rahman"] });
    expect(meetings.find((m) => m.date === "2025-06-10")?.participants).toEqual(["Anna Berg", "Li Wen"]);
  });
});

describe("more French words for calls and meetings", () => {
  it("reads « a appelé mardi le chancelier », not « a appelé à la grève »", () => {
    const text =
      "Crise\n\nLe président Marc Olivet a appelé mardi le chancelier Otto Brandt pour évoquer la crise. Le syndicat a appelé à la grève le 12 juin.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([["phone_call", "2025-06-10", ["Marc Olivet", "Otto Brandt"]]]);
  });

  it("reads « a échangé samedi avec les commerçants » and « le conseil d'administration »", () => {
    const text =
      "Ville\n\nLe maire Jean Cor a échangé samedi avec les commerçants du centre-ville. Le conseil d'administration de la régie se réunira le 18 juin.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-06-07")?.participants).toEqual(["Jean Cor", "commerçants"]);
    expect(meetings.find((m) => m.date === "2025-06-18")?.participants).toEqual(["conseil d'administration"]);
  });
});

describe("a guest welcomed", () => {
  it("reads “will welcome Prime Minister X to Oslo” and “welcomed her Chilean counterpart”, not “welcomed Tuesday's decision”", () => {
    const text =
      "Visits\n\nPrime Minister Ola Brun will welcome Indian Prime Minister Raj Mehta to Oslo on June 24. President Ana Gil welcomed her Chilean counterpart at the palace on Monday. The minister welcomed Tuesday's decision by the court.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-06-24")?.participants).toEqual(expect.arrayContaining(["Ola Brun", "Raj Mehta"]));
    expect(meetings.find((m) => m.date === "2025-06-09")?.participants).toEqual(expect.arrayContaining(["Ana Gil", "Chile"]));
    expect(meetings.map((m) => m.date)).not.toContain("2025-06-10");
  });
});

describe("a body named with the institution or people it belongs to", () => {
  it("keeps the capitalised word before a common-noun body: “the Senate finance committee”, “the Welsh cabinet”", () => {
    const text =
      "Budget\n\nMinister Ray Holm will appear before the Senate finance committee on June 12. The Welsh cabinet will meet at 9 a.m. on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-05", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-06-12")?.participants).toContain("Senate finance committee");
    expect(meetings.find((m) => m.date === "2025-06-10")?.participants).toEqual(["Welsh cabinet"]);
  });
});

describe("talks held on the sidelines of a summit", () => {
  it("are the talks, between the people named before, on the summit's day", () => {
    const text = "Rome\n\nPresident Anna Berg and Premier Li Wen held talks on the sidelines of the summit on Monday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([["negotiations", "2025-06-09", ["Anna Berg", "Li Wen"]]]);
  });
});

describe("the verb just before a bare weekday", () => {
  it("is read from a word's start: “…, scheduled for 11 a.m. Rome time on Friday,” is ahead", () => {
    const text = "Rome\n\nThe meeting with Pope Leo, scheduled for 11 a.m. Rome time on Friday, will be short, said envoy Ugo Rinaldi.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings[0]).toMatchObject({ date: "2025-06-13", time: "11:00", timeZone: "Europe/Rome", startsAt: "2025-06-13T09:00:00Z" });
  });
});

describe("a meeting after which something is still to come", () => {
  it("is still to come too: “will hold a news conference after their meeting on Friday”", () => {
    const text =
      "Paris\n\nPresident Anna Berg and Chancellor Otto Brandt will hold a joint news conference after their meeting on Friday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings[0]).toMatchObject({ date: "2025-06-13", status: "scheduled" });
  });
});

describe("a meeting told again and again on one long line", () => {
  it("keeps a bounded list of parties, so that reading stays linear", () => {
    const words = ["Alpha", "Beta", "Gamma", "Delta", "Omega", "Sigma"];
    const sentences: string[] = [];
    for (let i = 0; i < 300; i++) {
      const name = Array.from({ length: 8 }, (_, k) => words[(i * 7 + k * 5 + Math.floor(i / 6 ** (k % 4))) % 6]).join(" ");
      sentences.push(`The ${name} met the Council on Monday with the association and the minister and the leaders, who invited the union to talks on the 6th.`);
    }
    const meetings = parseDocument(`Talks\n\n${sentences.join(" ")}`, { publishedAt: "2025-06-11", language: "en" }).meetings;
    for (const meeting of meetings) expect(meeting.participants.length).toBeLessThan(100);
  });
});

describe("a meeting verb past the telling", () => {
  it("is another event: its tense does not date the meeting told before it", () => {
    const text =
      "Lagoon summit\n\nLeaders of the Coral Sea Council will hold a summit in Suva on February 3-5, the council's office said on Monday, the first time the group has gathered outside Port Moresby.";
    const meetings = parseDocument(text, { publishedAt: "2025-11-18", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.status, m.date])).toEqual([["summit", "scheduled", "2026-02-03"]]);
  });
});

describe("the tense of a meeting told in a clause of its own", () => {
  it("is read from the comma before its cue: “agreed to set up a group, which held its first call on May 4”", () => {
    const text =
      "Grid\n\nPresident Ana Ruiz and Premier Tomas Berg agreed to set up a joint task force on power lines, which held its first video conference on May 4.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["video_conference", "2025-05-04"]]);
  });

  it("is not that of a relative clause after its day: “a call on May 4, during which they agreed to extend”", () => {
    const text =
      "Grid\n\nThe visit follows a phone call between Ana Ruiz and Tomas Berg on May 4, during which they agreed to extend the truce.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-05-04"]]);
  });

  it("is not that of « au cours duquel » after its day", () => {
    const text =
      "Réseau\n\nCette visite fait suite à un entretien téléphonique entre Ana Ruiz et Tomas Berg le 4 mai, au cours duquel ils ont dit qu'ils se reverraient bientôt.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-05-04"]]);
  });
});

describe("one subject, two meetings in one sentence", () => {
  it("splits “spoke by phone with X and later met Y”, the subject in both", () => {
    const text =
      "Visits\n\nPresident Ana Ruiz spoke by phone on Tuesday with Chancellor Otto Brandt and later met Foreign Minister Lea Sorel at the palace.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([
      ["phone_call", "2025-05-06", ["Ana Ruiz", "Otto Brandt"]],
      ["meeting", "2025-05-06", ["Ana Ruiz", "Lea Sorel"]],
    ]);
  });

  it("reads “and met her” as the person of the call before", () => {
    const text = "Visits\n\nEnvoy Pia Lund spoke by phone with Mayor Ivo Kern yesterday and met her in Vienna on April 30.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([
      ["phone_call", "2025-05-08", ["Pia Lund", "Ivo Kern"]],
      ["meeting", "2025-04-30", ["Pia Lund", "Ivo Kern"]],
    ]);
  });

  it("gives « avant de s'entretenir avec Y » the subject, not the party met before", () => {
    const text =
      "Visites\n\nLa ministre Lina Morel a rencontré mardi le maire de Lyon, Paul Vidal, avant de s'entretenir au téléphone avec le président du Sénat, Marc Aubry.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([
      ["meeting", "2025-05-06", ["Lina Morel", "Paul Vidal"]],
      ["phone_call", "2025-05-06", ["Lina Morel", "Marc Aubry"]],
    ]);
  });
});

describe("sides named by common nouns before the cue", () => {
  it("are the parties: “Union negotiators and management will resume talks”", () => {
    const text = "Strike\n\nUnion negotiators and management will resume talks on Monday, the port authority said.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([["negotiations", "2025-05-12", ["Union negotiators", "management"]]]);
  });

  it("are the parties: « les syndicats et la direction reprendront les négociations »", () => {
    const text = "Grève\n\nÀ l'usine de Caen, les syndicats et la direction reprendront les négociations lundi.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([["negotiations", "2025-05-12", ["syndicats", "direction"]]]);
  });
});

describe("an adverb between « recevra » and its guests", () => {
  it("still reads the reception: « recevra en outre les syndicats mardi »", () => {
    const text = "Grève\n\nLe préfet, Marc Vernet, a parlé lundi.\n\nLe préfet recevra en outre les syndicats mardi à 10 h.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.time, m.participants])).toEqual([["2025-05-13", "10:00", ["Marc Vernet", "syndicats"]]]);
  });
});

describe("a day told relative to a publication day the document lacks", () => {
  it("keeps the meeting, its date null: « se parleront au téléphone ce soir à 21 h, heure de Rome »", () => {
    const text = "Appel\n\nLa présidente Ana Ruiz et le chancelier Otto Brandt se parleront au téléphone ce soir à 21 h, heure de Rome.";
    const meetings = parseDocument(text, { publishedAt: null, language: "fr" }).meetings;
    expect(meetings.map(summary)).toEqual([
      {
        kind: "phone_call",
        status: "scheduled",
        date: null,
        time: "21:00",
        timeZone: "Europe/Rome",
        startsAt: null,
        durationMinutes: null,
        participants: ["Ana Ruiz", "Otto Brandt"],
      },
    ]);
  });

  it("gives that day, unknown, to a call told first without one: « Les dirigeants prévoient de discuter ce soir »", () => {
    const text =
      "Appel\n\nLa conversation téléphonique entre la présidente Ana Ruiz et le chancelier Otto Brandt a été demandée par Rome.\n\nLes dirigeants prévoient de discuter ce soir à 22 h, heure de Rome.";
    const meetings = parseDocument(text, { publishedAt: null, language: "fr" }).meetings;
    expect(meetings.map(summary)).toEqual([
      {
        kind: "phone_call",
        status: "scheduled",
        date: null,
        time: "22:00",
        timeZone: "Europe/Rome",
        startsAt: null,
        durationMinutes: null,
        participants: ["Ana Ruiz", "Otto Brandt"],
      },
    ]);
  });

  it("keeps “will meet on Thursday” without a publication day, undated", () => {
    const text = "Talks\n\nPresident Ana Ruiz will meet Chancellor Otto Brandt on Thursday.";
    const meetings = parseDocument(text, { publishedAt: null, language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.status, m.date, m.participants])).toEqual([["meeting", "scheduled", null, ["Ana Ruiz", "Otto Brandt"]]]);
  });
});

describe("a part of the same day as the meeting before", () => {
  it("dates “He will also meet Y the same evening” and « Il rencontrera le soir même Y » on that day", () => {
    const en = "Trip\n\nChancellor Otto Brandt will travel to Warsaw next Tuesday for talks with Prime Minister Jan Nowak. He will also meet President Ewa Lis the same evening.";
    const fr = "Voyage\n\nLe chancelier Otto Brandt se rendra mardi prochain à Varsovie pour des entretiens avec le Premier ministre Jan Nowak. Il rencontrera le soir même la présidente Ewa Lis.";
    for (const [text, language] of [[en, "en"], [fr, "fr"]] as const) {
      const meetings = parseDocument(text, { publishedAt: "2025-01-17", language }).meetings;
      expect(meetings.find((m) => m.participants.includes("Ewa Lis"))).toMatchObject({ date: "2025-01-21", participants: ["Otto Brandt", "Ewa Lis"] });
    }
  });
});

describe("“their negotiators” after talks told without a day", () => {
  it("are the sides of those talks, not of an earlier dated meeting", () => {
    const text =
      "Coalition\n\nChancellor Otto Brandt will travel to Warsaw next Tuesday for talks with Prime Minister Jan Nowak.\n\nAt home, coalition talks between the Liberal Party and the Green Party have stalled. Their negotiators met for six hours on Wednesday without reaching agreement.";
    const meetings = parseDocument(text, { publishedAt: "2025-01-17", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-01-15")?.participants).toEqual(["Liberal Party", "Green Party"]);
  });
});

describe("a forum named by its bare head word", () => {
  it("is the forum the text names in full: “officials from the forum's members held a video conference”", () => {
    const text =
      "Islands\n\nThe Coral Reef Forum will meet in Apia next year, Samoa's government said.\n\nSenior officials from the forum's 12 members held a video conference on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-05-06")?.participants).toContain("Coral Reef Forum");
  });
});

describe("“the two officials”, « les deux responsables »", () => {
  it("are the people of the meeting told before", () => {
    const en =
      "Trade\n\nMinister Ana Ruiz and envoy Otto Brandt will hold talks in Lima on Monday.\n\nThe talks follow a video call between the two officials on May 2.";
    const fr =
      "Commerce\n\nLa ministre Ana Ruiz s'est entretenue mardi par téléphone avec l'envoyé Otto Brandt.\n\nLes deux responsables doivent se revoir le 20 mai à Lima.";
    expect(parseDocument(en, { publishedAt: "2025-05-09", language: "en" }).meetings.find((m) => m.date === "2025-05-02")?.participants).toEqual([
      "Ana Ruiz",
      "Otto Brandt",
    ]);
    expect(parseDocument(fr, { publishedAt: "2025-05-09", language: "fr" }).meetings.find((m) => m.date === "2025-05-20")?.participants).toEqual([
      "Ana Ruiz",
      "Otto Brandt",
    ]);
  });
});

describe("« la veille de cet entretien », \"the day before that meeting\"", () => {
  it("counts from the last meeting dated when the text named it by another word", () => {
    const text = "Visite\n\nLa première ministre Ana Ruiz recevra Otto Brandt le 3 avril à Paris. La veille de cet entretien, Otto Brandt doit rencontrer Luc Morel.";
    const meetings = parseDocument(text, { publishedAt: "2024-03-20", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([
      ["2024-04-03", ["Ana Ruiz", "Otto Brandt"]],
      ["2024-04-02", ["Otto Brandt", "Luc Morel"]],
    ]);
    const english = "Visit\n\nPrime Minister Ana Ruiz will host Otto Brandt on April 3. The day before that meeting, Brandt is due to meet Luc Morel.";
    expect(parseDocument(english, { publishedAt: "2024-03-20", language: "en" }).meetings.map((m) => [m.date, m.participants])).toEqual([
      ["2024-04-03", ["Ana Ruiz", "Otto Brandt"]],
      ["2024-04-02", ["Otto Brandt", "Luc Morel"]],
    ]);
    // An event that is no meeting and has no day of its own still leaves the day unknown.
    expect(parseDocument("Vote\n\nLe conseil a voté le 3 avril. La veille de cette annonce, Otto Brandt doit rencontrer Luc Morel.", { publishedAt: "2024-03-20", language: "fr" }).meetings).toEqual([]);
  });
});

describe("the European Council", () => {
  it("holds summits, as the G7 does", () => {
    const fr = parseDocument("Sommet\n\nLe Conseil européen se réunira les 23 et 24 octobre à Bruxelles.", { publishedAt: "2025-10-10", language: "fr" });
    expect(fr.meetings.map((m) => [m.kind, m.date])).toEqual([["summit", "2025-10-23"]]);
    const en = parseDocument("Summit\n\nThe European Council will meet in Brussels on October 23.", { publishedAt: "2025-10-10", language: "en" });
    expect(en.meetings.map((m) => [m.kind, m.date])).toEqual([["summit", "2025-10-23"]]);
  });
});

describe("“the two”, “the two prime ministers”, « les deux chefs de gouvernement »", () => {
  it("are the people of the meeting told before", () => {
    const en =
      "Trade\n\nPrime Minister Ana Ruiz met Prime Minister Otto Brandt in Lima on Friday.\n\nThe two last met in Quito on May 2. The two prime ministers will meet again on June 3.";
    const meetings = parseDocument(en, { publishedAt: "2025-05-12", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-05-02")?.participants).toEqual(["Ana Ruiz", "Otto Brandt"]);
    expect(meetings.find((m) => m.date === "2025-06-03")?.participants).toEqual(["Ana Ruiz", "Otto Brandt"]);
    const fr =
      "Commerce\n\nLa première ministre Ana Ruiz a reçu mardi le premier ministre Otto Brandt à Lima.\n\nLes deux chefs de gouvernement se retrouveront le 20 mai à Quito.";
    expect(parseDocument(fr, { publishedAt: "2025-05-09", language: "fr" }).meetings.find((m) => m.date === "2025-05-20")?.participants).toEqual([
      "Ana Ruiz",
      "Otto Brandt",
    ]);
  });
});

describe("a meeting that names its sides by common nouns after « entre »", () => {
  it("keeps its own sides, not those of the last meeting of its kind", () => {
    const text =
      "Grève\n\nLe ministre Paul Vidal a rencontré lundi les représentants des usagers.\n\nLa réunion entre la direction et les cheminots, prévue mercredi, a été reportée au 20 mai.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-05-20")?.participants).toEqual(["cheminots"]);
  });
});

describe("a reception whose guest is a pronoun before the verb", () => {
  it("reads « Il l'avait déjà reçue il y a dix jours » as a meeting with the guest told before", () => {
    const text =
      "Visite\n\nLe président Paul Vidal recevra mardi la chancelière Ana Ruiz. Il l'avait déjà reçue il y a dix jours à Lyon.";
    const meetings = parseDocument(text, { publishedAt: "2025-05-09", language: "fr" }).meetings;
    expect(meetings.find((m) => m.date === "2025-04-29")?.participants).toEqual(expect.arrayContaining(["Paul Vidal", "Ana Ruiz"]));
  });
});

describe("a bare weekday naming a meeting told before", () => {
  it("is that meeting's day: “said on Thursday that the Monday talks would be useful”", () => {
    const text =
      "Trade\n\nMinister Ana Ruiz and envoy Otto Brandt will hold talks in Lima on Monday.\n\nRuiz said on Thursday that the Monday talks would be useful.";
    const meetings = parseDocument(text, { publishedAt: "2025-10-31", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["negotiations", "2025-11-03"]]);
  });
});

describe("a pronoun subject shared by two meetings of one sentence", () => {
  it("is the same person in both: “She met X on Thursday and then spoke with Y on Friday”", () => {
    const text =
      "Visit\n\nForeign Minister Lina Morel arrived in Berlin on Wednesday. She met Chancellor Otto Brandt on Thursday and then spoke with Hans Vogel on Friday.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "en" }).meetings;
    expect(meetings.find((m) => m.date === "2025-03-14")?.participants).toEqual(["Lina Morel", "Hans Vogel"]);
  });
});

describe("a month past the cue that dates another event", () => {
  it("leaves “met” the day's news: “their first meeting since their talks in March”", () => {
    const text =
      "Talks\n\nPrime Minister Ravi Menon and President Ali Karim met in the capital on the margins of the 12th regional summit, their first meeting since their tense talks in Oslo in March last year.";
    const meetings = parseDocument(text, { publishedAt: "2024-11-20", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.status])).toEqual([["meeting", "2024-11-20", "held"]]);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["Ravi Menon", "Ali Karim"]));
  });

  it("leaves “met” the day's news: “… the summit to be held in September”", () => {
    const text =
      "Ministers\n\nDeputy Minister Lena Park met Foreign Minister Omar Haddad on the sidelines of a ministers' meeting to prepare the summit to be held in September.";
    const meetings = parseDocument(text, { publishedAt: "2024-06-16", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2024-06-16"]);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["Lena Park", "Omar Haddad"]));
  });

  it("reads « depuis leur rencontre de juillet » as another event's time, in French", () => {
    const text =
      "Entretien\n\nLe président Paul Vidal s'est entretenu avec le Premier ministre Marc Olsen, leur premier entretien depuis leur rencontre à Oslo en juillet.";
    const meetings = parseDocument(text, { publishedAt: "2024-11-20", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2024-11-20"]);
  });

  it("still gives no day to a meeting told in a month", () => {
    const text = "Talks\n\nPrime Minister Ravi Menon and President Ali Karim met in Oslo in March.";
    const meetings = parseDocument(text, { publishedAt: "2024-11-20", language: "en" }).meetings;
    expect(meetings.filter((m) => m.date !== null)).toEqual([]);
  });
});

describe("a dated meeting the body names only by its article", () => {
  it("takes the people of the headline that tells of it", () => {
    const text = [
      "Paul Vidal et Ana Ruiz ont eu un entretien téléphonique sur la pêche",
      "",
      "L'entretien téléphonique entre les présidents voisins, mardi 4 mars, a duré une heure.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-03-05", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2025-03-04", ["Paul Vidal", "Ana Ruiz"]]]);
  });

  it("keeps a country a country, not the first word of an outlet's name", () => {
    const text = [
      "Appel",
      "",
      "L'entretien téléphonique entre les présidents français et allemand a eu lieu samedi 8 mars.",
      "",
      "Des garanties ont été demandées, explique Marc Olsen, journaliste à France Télévisions.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-03-08", language: "fr" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([["France", "Allemagne"]]);
  });
});

describe("a time of day before a channel", () => {
  it("does not point back: « ce soir au téléphone » is another call between other people", () => {
    const text = [
      "Appels",
      "",
      "Paul Vidal et Ana Ruiz se sont entretenus samedi 8 mars par téléphone.",
      "",
      "Le ton est plus dur entre Ana Ruiz et Marc Olsen, qui se sont parlé ce soir au téléphone pendant une heure.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-03-08", language: "fr" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([
      ["Paul Vidal", "Ana Ruiz"],
      ["Ana Ruiz", "Marc Olsen"],
    ]);
  });

  it("does not point back in English: “spoke this morning by phone”", () => {
    const text = [
      "Calls",
      "",
      "Ana Ruiz and Paul Vidal spoke by phone on Saturday.",
      "",
      "Ruiz and Marc Olsen spoke this morning by phone for an hour.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-03-08", language: "en" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([
      ["Ana Ruiz", "Paul Vidal"],
      ["Ana Ruiz", "Marc Olsen"],
    ]);
  });
});

describe("a meeting told as the measure of another one", () => {
  it("reads « lors de leur tête-à-tête cinq jours plus tôt » as the same people's earlier meeting", () => {
    const text = [
      "Appel",
      "",
      "L'entretien téléphonique entre Paul Vidal et Ana Ruiz, mardi 10 juin, a été aussi froid que lors de leur tête-à-tête à Rome cinq jours plus tôt.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants.filter((p) => p !== "Italie")])).toEqual([
      ["2025-06-10", ["Paul Vidal", "Ana Ruiz"]],
      ["2025-06-05", ["Paul Vidal", "Ana Ruiz"]],
    ]);
  });

  it("reads “than during their meeting in Oslo three days earlier” the same way in English", () => {
    const text = [
      "Call",
      "",
      "The call between Paul Vidal and Ana Ruiz on Tuesday, June 10, was as cold as during their meeting in Oslo three days earlier.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants.filter((p) => p !== "Norway")])).toEqual([
      ["2025-06-10", ["Paul Vidal", "Ana Ruiz"]],
      ["2025-06-07", ["Paul Vidal", "Ana Ruiz"]],
    ]);
  });
});

describe("talks that a meeting told before came after", () => {
  const text = [
    "Talks",
    "",
    "Foreign Minister Ana Ruiz on Monday held a long meeting with Secretary of State Paul Vidal.",
    "",
    "The meeting between the two leaders came after Trade Minister Marc Olsen held talks with Commerce Secretary Lena Park.",
  ].join("\n");

  it("are held the same day, between their own people", () => {
    const meetings = parseDocument(text, { publishedAt: "2025-03-11", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.status])).toEqual([
      ["meeting", "2025-03-10", "held"],
      ["negotiations", "2025-03-10", "held"],
    ]);
    expect(meetings[1]!.participants).toEqual(["Marc Olsen", "Lena Park"]);
  });

  it("read « intervient après que » the same way in French", () => {
    const french = [
      "Entretiens",
      "",
      "La ministre Ana Ruiz a rencontré lundi le secrétaire d'État Paul Vidal.",
      "",
      "Cette rencontre intervient après que le ministre Marc Olsen s'est entretenu avec la secrétaire Lena Park.",
    ].join("\n");
    const meetings = parseDocument(french, { publishedAt: "2025-03-11", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-03-10", "2025-03-10"]);
    expect(meetings[1]!.participants).toEqual(expect.arrayContaining(["Marc Olsen", "Lena Park"]));
  });

  it("take no “bilateral” of “bilateral, regional and global issues” for a meeting", () => {
    const issues = "Talks\n\nAna Ruiz on Monday met Paul Vidal to discuss bilateral, regional and global issues.";
    const meetings = parseDocument(issues, { publishedAt: "2025-03-11", language: "en" }).meetings;
    expect(meetings).toHaveLength(1);
  });
});

describe("an exchange told with an adverb", () => {
  it("reads « a également échangé mardi avec » as a meeting", () => {
    const text = "Entretiens\n\nLe président Paul Vidal a également échangé mardi avec la chancelière Ana Ruiz.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-12", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2025-03-11", ["Paul Vidal", "Ana Ruiz"]]]);
  });
});

describe("a meeting date with its own word of direction", () => {
  it("dates « la réunion des 14 et 15 mai prochains » under a past verb to come", () => {
    const text = "Congrès\n\nLe bureau du parti a préparé la réunion du comité national des 14 et 15 mai prochains.";
    const meetings = parseDocument(text, { publishedAt: "2023-05-10", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.status])).toEqual([["2023-05-14", "scheduled"]]);
  });

  it("dates a planned call that « a finalement eu lieu ce lundi » on the Monday past", () => {
    // 2023-05-10 is a Wednesday.
    const text = "Appel\n\nL'appel téléphonique prévu entre le maire Paul Vidal et la ministre Ana Ruiz a finalement eu lieu ce lundi.";
    const meetings = parseDocument(text, { publishedAt: "2023-05-10", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.status])).toEqual([["phone_call", "2023-05-08", "held"]]);
  });
});

describe("a meeting without a day, told right after a sentence that dates the story", () => {
  it("takes that past day, not publication's", () => {
    // 2023-03-09 is a Thursday; « lundi 6 mars » is the Monday before.
    const text =
      "Tournée\n\nLa ministre Ana Ruiz et le secrétaire d’État Paul Vidal étaient dans le Cantal lundi 6 mars.\n\nAccompagnés du préfet Marc Delmas et de la députée Lise Caron, les deux ministres ont visité plusieurs fermes.";
    const meetings = parseDocument(text, { publishedAt: "2023-03-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["visit", "2023-03-06"]]);
  });

  it("keeps publication's day when the day before is only when something was said", () => {
    const text =
      "Tournée\n\nLe ministère a annoncé lundi 6 mars un plan pour l’élevage.\n\nAccompagnés du préfet Marc Delmas et de la députée Lise Caron, les deux ministres ont visité plusieurs fermes.";
    const meetings = parseDocument(text, { publishedAt: "2023-03-09", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["visit", "2023-03-09"]]);
  });
});

describe("a tour told stop by stop", () => {
  const text = [
    "Tournée",
    "",
    "La ministre Ana Ruiz a effectué, du 3 au 5 mars, sa première tournée dans la région.",
    "",
    "Elle a d'abord abordé la question de l'eau.",
    "",
    "La ministre s'est rendue en premier lieu à Lima, au Pérou.",
    "",
    "La ministre est ensuite allée à Quito, en Équateur.",
    "",
    "Elle a rencontré également des représentants des syndicats.",
  ].join("\n");

  it("adds each stop's country to the visit and takes no later meeting for the day's news", () => {
    const meetings = parseDocument(text, { publishedAt: "2025-03-07", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toEqual([["visit", "2025-03-03", ["Ana Ruiz", "Pérou", "Équateur"]]]);
  });

  it("still reads a meeting without a day as the day's news when what was told before is long past", () => {
    const news = "Talks\n\nThe two presidents first met on March 3, 2019 in Lima.\n\nPresident Ana Ruiz met President Paul Vidal in Quito.";
    const meetings = parseDocument(news, { publishedAt: "2025-03-07", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2019-03-03", "2025-03-07"]);
  });
});

describe("meetings counted or told in general", () => {
  it("takes no meeting from a count (« a eu au moins 80 conversations téléphoniques », “dozens of meetings”)", () => {
    const french =
      "Appels\n\nLa présidente Ana Ruiz a eu au moins 80 conversations téléphoniques avec des dirigeants depuis janvier, a dit mardi son conseiller Paul Vidal.";
    expect(parseDocument(french, { publishedAt: "2025-06-11", language: "fr" }).meetings).toEqual([]);
    const english = "Calls\n\nPresident Ana Ruiz has held dozens of meetings with foreign leaders, her adviser Paul Vidal said on Tuesday.";
    expect(parseDocument(english, { publishedAt: "2025-06-11", language: "en" }).meetings).toEqual([]);
  });

  it("reads « il y a eu des conversations en tête-à-tête … lorsqu'ils se sont rendus à Rome » as no day's news", () => {
    const text =
      "Visites\n\nIl y a aussi eu des conversations en tête-à-tête entre Ana Ruiz et d'autres dirigeants lorsque ceux-ci se sont rendus à Rome.";
    expect(parseDocument(text, { publishedAt: "2025-06-11", language: "fr" }).meetings.filter((m) => m.date !== null)).toEqual([]);
  });

  it("still reads « a eu des entretiens mardi avec » as a meeting", () => {
    const text = "Visite\n\nLa présidente Ana Ruiz a eu des entretiens mardi avec le Premier ministre Paul Vidal.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-11", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-06-10"]);
  });
});

describe("a day in the possessive", () => {
  it("dates only the noun it qualifies: “Friday's talks were key as it was her last visit”", () => {
    const text = [
      "Talks",
      "",
      "Minister Ana Ruiz and envoy Paul Vidal held talks in Lima on Friday.",
      "",
      "Friday's talks were also important as it was Vidal's last visit as envoy before he retires.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-06-13", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["negotiations", "2025-06-13"]]);
  });
});

describe("the verb just after a meeting's day", () => {
  it("tells its tense before the rest of the sentence: “… in Rome today may have eased tensions, but … will come”", () => {
    const text =
      "Talks\n\nThe meeting between Minister Ana Ruiz and her counterpart Paul Vidal in Rome today may have eased tensions, but officials said the real test will come next week.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-13", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.status])).toEqual([["2025-06-13", "held"]]);
  });
});

describe("an arrival and a means", () => {
  it("reads “arrived here on Monday to take part in talks” as a visit", () => {
    const text = "Visit\n\nLIMA: Ministers Ana Ruiz and Paul Vidal arrived here on Monday to take part in the trade dialogue.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["visit", "2025-06-16"]]);
    expect(meetings[0]!.participants).toEqual(expect.arrayContaining(["Ana Ruiz", "Paul Vidal"]));
  });

  it("takes no meeting from “settle their differences through negotiations” nor « par la négociation »", () => {
    const english = "Ties\n\nThe two countries resolved yesterday to settle all their differences through negotiations.";
    expect(parseDocument(english, { publishedAt: "2025-06-17", language: "en" }).meetings).toEqual([]);
    const french = "Relations\n\nLes deux pays ont résolu hier de régler leurs différends par la négociation.";
    expect(parseDocument(french, { publishedAt: "2025-06-17", language: "fr" }).meetings).toEqual([]);
  });
});

describe("talks named again as consultations", () => {
  it("are one meeting, of the narrower kind, and take the hour told next", () => {
    const text = [
      "Talks",
      "",
      "The latest talks between Norwegian and Chilean trade ministers were useful, Chilean minister Ana Ruiz said Tuesday.",
      "",
      '"Today\'s consultations were frank and useful," Ruiz told reporters after the talks.',
      "",
      "She noted that the talks started at 4:20 p.m. local time (GMT 9:20) and lasted two hours.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2024-06-11", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.time, m.startsAt])).toEqual([["consultations", "2024-06-11", "16:20", "2024-06-11T09:20:00Z"]]);
  });
});

describe("guests met one by one", () => {
  it("are one meeting each with the host: “met X, Y and Z separately”", () => {
    const text = "Visit\n\nForeign Minister Lina Morel met Prime Minister Otto Brandt, Finance Minister Hans Vogel and central banker Eva Lind separately on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "en" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([
      ["Lina Morel", "Otto Brandt"],
      ["Lina Morel", "Hans Vogel"],
      ["Lina Morel", "Eva Lind"],
    ]);
  });

  it("are one meeting each with the host: « s'est entretenu séparément avec X et Y »", () => {
    const text = "Visite\n\nLe président Paul Vidal s'est entretenu mardi séparément avec la ministre Ana Ruiz et le maire Marc Delmas.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "fr" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([
      ["Paul Vidal", "Ana Ruiz"],
      ["Paul Vidal", "Marc Delmas"],
    ]);
  });

  it("leaves a meeting told after « Separately, » whole", () => {
    const text = "Visit\n\nSeparately, Foreign Minister Lina Morel met Prime Minister Otto Brandt and Finance Minister Hans Vogel on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "en" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([["Lina Morel", "Otto Brandt", "Hans Vogel"]]);
  });
});

describe("talks agreed on at a meeting", () => {
  it("leave the meeting a meeting: “met with X on Sunday and agreed to resume talks”", () => {
    const text = "Strike\n\nThe pilots' union and Northgate Shipping met with mediator Ana Ruiz on Sunday and agreed to resume negotiations.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["meeting", "2025-03-09"]]);
  });

  it("leave the meeting a meeting: « se sont réunis … et ont convenu de reprendre les négociations »", () => {
    const text = "Grève\n\nLa direction de Valtex et les syndicats se sont réunis dimanche avec la médiatrice Ana Ruiz et ont convenu de reprendre les négociations.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-14", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["meeting", "2025-03-09"]]);
  });
});

describe("a meeting told over a stretch of time", () => {
  it("has no day: « se sont réunis tout au long du mois de mars »", () => {
    const text = "Pêche\n\nLes négociateurs des deux pays se sont réunis tout au long du mois de mars pour avancer sur les quotas.";
    const meetings = parseDocument(text, { publishedAt: "2025-04-04", language: "fr" }).meetings;
    expect(meetings.filter((m) => m.date !== null)).toEqual([]);
  });

  it("has no day: “met throughout the spring”, but one “throughout the day”", () => {
    const spring = "Fish\n\nNegotiators from Chile and Peru met throughout the spring to work on quotas.";
    expect(parseDocument(spring, { publishedAt: "2025-06-04", language: "en" }).meetings.filter((m) => m.date !== null)).toEqual([]);
    const day = "Fish\n\nNegotiators from Chile and Peru met throughout the day to work on quotas.";
    expect(parseDocument(day, { publishedAt: "2025-06-04", language: "en" }).meetings.map((m) => m.date)).toEqual(["2025-06-04"]);
  });
});

describe("the body's meeting that frames another", () => {
  it("is a meeting of its own: “met … on the margins of the 12th Andean summit”", () => {
    const text =
      "Talks\n\nPresident Ana Ruiz and Prime Minister Paul Vidal met in Quito on the margins of the 12th Andean summit on Monday.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants.filter((p) => p !== "Ecuador")])).toEqual([
      ["meeting", "2025-06-16", ["Ana Ruiz", "Paul Vidal"]],
      ["summit", "2025-06-16", ["Andean"]],
    ]);
  });

  it("takes the body the frame names: “on the sidelines of the OPEC oil ministers' meeting”", () => {
    const text = "Talks\n\nMinister Ana Ruiz met her counterpart Paul Vidal on Monday on the sidelines of the OPEC oil ministers' meeting in Vienna.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants])).toContainEqual(["meeting", "2025-06-16", ["OPEC"]]);
  });

  it("is not told twice when the text tells the summit itself", () => {
    const text =
      "Sommet\n\nLe sommet de l'OTAN s'est ouvert lundi 16 juin à Rome. Ana Ruiz et Paul Vidal se sont entretenus lundi en marge du sommet de l'OTAN.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "fr" }).meetings;
    expect(meetings.filter((m) => m.participants.length === 1 && m.participants[0] === "OTAN")).toHaveLength(1);
  });
});

describe("what follows a meeting in the same sentence", () => {
  const text = [
    "Visite",
    "",
    "Le président Paul Vidal recevra la présidente Ana Ruiz dimanche 15 juin à 16h30 à l'Élysée.",
    "",
    "Après un entretien qui durera 45 minutes, les deux dirigeants seront face à la presse à 17h15.",
    "",
    "Le fait que l'entretien soit programmé un dimanche (G7 oblige) n'enlève rien à son importance.",
  ].join("\n");

  it("keeps the hour past the comma for the clause's own event, and the meeting named again for the one told", () => {
    const meetings = parseDocument(text, { publishedAt: "2025-06-13", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.time, m.durationMinutes])).toEqual([["meeting", "2025-06-15", "16:30", 45]]);
  });
});

describe("a bloc's summit and what its members say after a meeting", () => {
  it("reads « les chefs d'État et de gouvernement des Douze sont réunis depuis jeudi en sommet » as the bloc's summit since Thursday", () => {
    const text = "Sommet\n\nLes chefs d'État et de gouvernement des Douze sont réunis depuis jeudi soir en sommet près de Lisbonne.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-13", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date, m.participants[0]])).toEqual([["summit", "2025-06-12", "Douze"]]);
  });

  it("reads “the leaders of the Twenty-Seven” the same way in English", () => {
    const text = "Summit\n\nThe leaders of the Twenty-Seven will meet in Lisbon on Friday for a summit.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-10", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants[0]])).toEqual([["2025-06-13", "Twenty-Seven"]]);
  });

  it("dates « a déclaré X à l'issue d'une réunion » to the day's news", () => {
    const text = "Pêche\n\n« Rien n'est réglé », a déclaré la ministre Ana Ruiz à l'issue d'une réunion des ministres de la Pêche à Oslo.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-13", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.status])).toEqual([["2025-06-13", "held"]]);
    expect(meetings[0]!.participants).toContain("Ana Ruiz");
  });
});

describe("bilateral talks with several leaders", () => {
  it("are one meeting per guest: “held bilateral talks on Monday with A, B and C”", () => {
    const text =
      "Summit\n\nPresident Ana Ruiz held bilateral talks on Monday with Prime Minister Paul Vidal, Chancellor Marc Olsen and President Lena Park.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([
      ["2025-06-16", ["Ana Ruiz", "Paul Vidal"]],
      ["2025-06-16", ["Ana Ruiz", "Marc Olsen"]],
      ["2025-06-16", ["Ana Ruiz", "Lena Park"]],
    ]);
  });

  it("take the guests listed in the next sentence, and leave the summit they were held at", () => {
    const text = [
      "Sommet",
      "",
      "La présidente Ana Ruiz a mené hier, lundi 16 juin, des discussions bilatérales en marge du sommet de l'OTAN avec plusieurs dirigeants.",
      "",
      "La cheffe de l'État a ainsi échangé avec son homologue français, Paul Vidal, le chancelier allemand, Marc Olsen, et le Premier ministre belge, Lena Park.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-06-17", language: "fr" }).meetings;
    const pairs = meetings.filter((m) => m.kind === "meeting").map((m) => [m.date, ...m.participants]);
    expect(meetings.filter((m) => m.kind === "summit").map((m) => m.participants)).toEqual([["Ana Ruiz", "OTAN"]]);
    expect(pairs).toEqual([
      ["2025-06-16", "Ana Ruiz", "Paul Vidal"],
      ["2025-06-16", "Ana Ruiz", "Marc Olsen"],
      ["2025-06-16", "Ana Ruiz", "Lena Park"],
    ]);
  });
});

describe("“take a call” as a decision", () => {
  it("is no phone call, while “took a call from X” is one", () => {
    const decision = "Sport\n\nThe minister Ana Ruiz said on Tuesday that the board will take a call on the stadium plan soon.";
    expect(parseDocument(decision, { publishedAt: "2025-06-04", language: "en" }).meetings).toEqual([]);
    const call = "Sport\n\nThe minister Ana Ruiz took a call from Chancellor Otto Brandt on Tuesday.";
    expect(parseDocument(call, { publishedAt: "2025-06-04", language: "en" }).meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-06-03"]]);
  });
});

describe("a date that qualifies a noun after “the”", () => {
  it("is that noun's day, not the meeting's: “discussed the May 3 Harbour Hall fire”", () => {
    const text = "Port\n\nMinister Ana Ruiz met harbour officials on Tuesday. They also discussed the May 3 Harbour Hall fire and the budget.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-04", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).not.toContain("2025-05-03");
  });

  it("is the meeting's when the noun is a meeting: “the May 3 meeting”", () => {
    const text = "Port\n\nMinister Ana Ruiz said the May 3 meeting with Chancellor Otto Brandt was useful.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-04", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-05-03"]);
  });
});

describe("a meeting framed by another one named first", () => {
  it("is a meeting of its own on that day: « En amont de la réunion, le ministre a rencontré X »", () => {
    const text = [
      "Conseil",
      "",
      "Le ministre Paul Vidal a participé à la réunion du Conseil des ministres de l'agriculture, qui s'est tenue le 14 mai à Bruxelles.",
      "",
      "En amont de la réunion, le ministre Vidal a rencontré son homologue espagnole, Ana Ruiz, pour faire le point sur la pêche.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-05-16", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-05-14", "2025-05-14"]);
    expect(meetings[1]?.participants).toEqual(expect.arrayContaining(["Paul Vidal", "Ana Ruiz"]));
    expect(meetings[0]?.participants).not.toContain("Ana Ruiz");
  });
});

describe("attendees listed after the meeting", () => {
  it("join it: « Seront présent·e·s aux côtés du ministre, X, Y et Z »", () => {
    const text = [
      "Réunion",
      "",
      "Le maire de Lyon, Paul Vidal, rencontrera mercredi 16 juillet 2025 la ministre Ana Ruiz.",
      "",
      "Cette réunion se tiendra à la préfecture à 15 heures. Seront présent·e·s aux côtés de la ministre, monsieur Marc Delmas, préfet, et madame Lise Caron, députée.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2025-07-16", language: "fr" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([["Paul Vidal", "Ana Ruiz", "Marc Delmas", "Lise Caron"]]);
  });

  it("join it: “Also present were X and Y”", () => {
    const text = "Talks\n\nMayor Paul Vidal met Minister Ana Ruiz on Tuesday at City Hall.\n\nAlso present were treasurer Marc Delmas and councillor Lise Caron.";
    const meetings = parseDocument(text, { publishedAt: "2025-07-16", language: "en" }).meetings;
    expect(meetings.map((m) => m.participants)).toEqual([["Paul Vidal", "Ana Ruiz", "Marc Delmas", "Lise Caron"]]);
  });
});

describe("a meeting held to settle an agreement", () => {
  it("is a negotiation: « se retrouveront le 12 juin pour tenter de conclure l'accord »", () => {
    const text = "Pêche\n\nLes ministres chilien et péruvien se retrouveront le 12 juin pour tenter de conclure la refonte de l’accord sur les quotas.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-04", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["negotiations", "2025-06-12"]]);
  });

  it("is a negotiation: “will meet on June 12 to finalise the fishing deal”, but a meeting “to discuss the deal”", () => {
    const settle = "Fish\n\nChilean and Peruvian ministers will meet on June 12 to finalise the fishing deal.";
    expect(parseDocument(settle, { publishedAt: "2025-06-04", language: "en" }).meetings.map((m) => m.kind)).toEqual(["negotiations"]);
    const discuss = "Fish\n\nChilean and Peruvian ministers will meet on June 12 to discuss the fishing deal.";
    expect(parseDocument(discuss, { publishedAt: "2025-06-04", language: "en" }).meetings.map((m) => m.kind)).toEqual(["meeting"]);
  });
});

describe("two parties joined as the subject of “discussed”", () => {
  it("met each other: “X and Y on Thursday discussed the ban”", () => {
    const text = "Fish\n\nFisheries Minister Ana Ruiz and a group of the Coastal Fishers Federation led by Paul Vidal on Thursday discussed the ban on trawling.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-05", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["meeting", "2025-06-05"]]);
    expect(meetings[0]?.participants).toEqual(expect.arrayContaining(["Ana Ruiz", "Paul Vidal"]));
  });

  it("met each other: « X et Y ont discuté jeudi de la pêche »", () => {
    const text = "Pêche\n\nLa ministre Ana Ruiz et le maire Paul Vidal ont discuté jeudi de la pêche au chalut.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-06", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2025-06-05", ["Ana Ruiz", "Paul Vidal"]]]);
  });

  it("is no meeting when one party alone discussed something", () => {
    const text = "Fish\n\nFisheries Minister Ana Ruiz on Thursday discussed the ban on trawling and the Coastal Fishers Federation.";
    expect(parseDocument(text, { publishedAt: "2025-06-05", language: "en" }).meetings).toEqual([]);
  });
});

describe("a visit named again before what will be discussed during it", () => {
  it("stays one visit: “During his visit to Chile, Vidal will discuss trade”", () => {
    const text = "Trip\n\nPresident Paul Vidal will visit Chile from June 12 to 14.\n\nDuring his visit to Chile, Vidal will discuss trade and mining.";
    const meetings = parseDocument(text, { publishedAt: "2025-06-04", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["visit", "2025-06-12"]]);
  });
});

describe("“the previous day” counted from the day told before it in the sentence", () => {
  it("dates “said on Wednesday he met X the previous day” on the Tuesday", () => {
    const text = "Talks\n\nFinance Minister Tom Varley said on Wednesday he met Lars Holm at a forum in Oslo the previous day.";
    const meetings = parseDocument(text, { publishedAt: "2022-12-21", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.status])).toEqual([["2022-12-20", "held"]]);
    expect(meetings[0]?.participants).toEqual(expect.arrayContaining(["Tom Varley", "Lars Holm"]));
  });
});

describe("one more meeting told with “also”, « également », and no day of its own", () => {
  it("takes the day of the meeting just told by the same person (en)", () => {
    const text = "Calls\n\nPresident Tom Varley spoke with his Danish counterpart Lars Holm on Saturday.\n\nA statement said Varley also spoke on the phone with Japan's Prime Minister Kenji Sato about trade.";
    const meetings = parseDocument(text, { publishedAt: "2017-01-29", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["meeting", "2017-01-28"], ["phone_call", "2017-01-28"]]);
    expect(meetings[1]?.participants).toEqual(expect.arrayContaining(["Tom Varley", "Kenji Sato"]));
  });

  it("takes the day of the meeting just told by the same person (fr)", () => {
    const text = "Entretiens\n\nLe président Tom Varley a rencontré samedi son homologue danois Lars Holm.\n\nVarley a également rencontré le Premier ministre japonais Kenji Sato.";
    const meetings = parseDocument(text, { publishedAt: "2017-01-29", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2017-01-28", "2017-01-28"]);
    expect(meetings[1]?.participants).toEqual(expect.arrayContaining(["Tom Varley", "Kenji Sato"]));
  });

  it("stays undated when the meeting told before has none of its people", () => {
    const text = "Calls\n\nPresident Tom Varley spoke with his Danish counterpart Lars Holm on Saturday.\n\nMinister Ana Ruiz also met the Japanese envoy Kenji Sato.";
    const meetings = parseDocument(text, { publishedAt: "2017-01-29", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2017-01-28"]);
  });
});

describe("a day told before a verb of saying whose clause is still to come", () => {
  it("dates the summit of the saying's clause in the past, not a year later", () => {
    const text = "Visits\n\nOn February 11 during the summit in Oslo, the foreign minister Tom Varley said officials would visit soon.";
    const meetings = parseDocument(text, { publishedAt: "2015-02-13", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.status, m.date])).toEqual([["summit", "held", "2015-02-11"]]);
  });

  it("gives the saying's day to no visit it reports (en, fr)", () => {
    const en = "Visits\n\nOn February 11, Tom Varley said Lars Holm would visit Oslo.";
    expect(parseDocument(en, { publishedAt: "2015-02-13", language: "en" }).meetings.map((m) => m.date)).toEqual([]);
    const fr = "Visites\n\nLe 11 février, Tom Varley a déclaré que Lars Holm se rendrait à Oslo.";
    expect(parseDocument(fr, { publishedAt: "2015-02-13", language: "fr" }).meetings.map((m) => m.date)).toEqual([]);
  });

  it("still dates a meeting of the saying's own clause: « Le 11 février, lors du sommet, il a déclaré que … viendraient »", () => {
    const text = "Visites\n\nLe 11 février, lors du sommet d'Oslo, le ministre Tom Varley a déclaré que des responsables viendraient bientôt.";
    const meetings = parseDocument(text, { publishedAt: "2015-02-13", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.status, m.date])).toEqual([["summit", "held", "2015-02-11"]]);
  });
});

describe("a later stop told after “before”, « avant de »", () => {
  it("is no stop when its date would come before the meeting's", () => {
    const text = "Talks\n\nTom Varley met Lars Holm on Sunday, before Varley steps down on January 20.";
    const meetings = parseDocument(text, { publishedAt: "2025-01-13", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2025-01-12"]);
  });
});

describe("a day or the means between “spoke” and its side", () => {
  it("finds “spoke on Sunday with X” and “talked by phone late on Monday to X”", () => {
    const first = "Call\n\nPresident Tom Varley spoke on Sunday with Danish Prime Minister Lars Holm, the palace said.";
    const call = parseDocument(first, { publishedAt: "2025-01-13", language: "en" }).meetings;
    expect(call.map((m) => [m.date, m.status])).toEqual([["2025-01-12", "held"]]);
    expect(call[0]?.participants).toEqual(expect.arrayContaining(["Tom Varley", "Lars Holm"]));
    const second = "Call\n\nTom Varley talked by phone late on Monday to Danish Prime Minister Lars Holm.";
    expect(parseDocument(second, { publishedAt: "2025-01-13", language: "en" }).meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-01-13"]]);
  });
});

describe("a named summit that frames the lead's news, with no day of its own", () => {
  it("is held on the day of publication (en, fr)", () => {
    const en = "Summit\n\nDuring the G7 Summit where leaders came together, President Tom Varley urged all the participants to act.";
    expect(parseDocument(en, { publishedAt: "2016-09-05", language: "en" }).meetings.map((m) => [m.kind, m.status, m.date, m.participants[0]])).toEqual([["summit", "held", "2016-09-05", "G7"]]);
    const fr = "Sommet\n\nLors du sommet du G7, le président Tom Varley a exhorté les participants à agir.";
    expect(parseDocument(fr, { publishedAt: "2016-09-05", language: "fr" }).meetings.map((m) => [m.kind, m.date, m.participants[0]])).toEqual([["summit", "2016-09-05", "G7"]]);
  });

  it("stays undated past the lead, or under a verb still to come", () => {
    const later = "Summit\n\nTom Varley spoke.\n\nHe was angry.\n\nDuring the G7 Summit, President Tom Varley urged all the participants to act.";
    expect(parseDocument(later, { publishedAt: "2016-09-05", language: "en" }).meetings).toEqual([]);
    const future = "Summit\n\nDuring the G7 Summit, President Tom Varley will urge the participants to act.";
    expect(parseDocument(future, { publishedAt: "2016-09-05", language: "en" }).meetings).toEqual([]);
  });
});

describe("a title opening the sentence, its holder named only paragraphs later", () => {
  it("is the one person of the document with that title (fr)", () => {
    const text = [
      "Rencontre à Lyon",
      "",
      "Le maire de Lyon et la ministre Ana Ruiz se sont rencontrés jeudi pour discuter de transports.",
      "",
      "La rencontre a duré une heure. Elle portait sur le métro.",
      "",
      "Les deux élus ont parlé du budget. Ils ont aussi évoqué les bus.",
      "",
      "« Nous avançons », a dit le maire Paul Vidal après l'entretien.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2023-03-02", language: "fr" }).meetings;
    expect(meetings[0]?.date).toBe("2023-03-02");
    expect(meetings[0]?.participants).toEqual(expect.arrayContaining(["Paul Vidal", "Ana Ruiz"]));
  });

  it("is nobody when two people of the document hold that title (en)", () => {
    const text = [
      "Talks",
      "",
      "The mayor and Minister Ana Ruiz met on Thursday to discuss transport.",
      "",
      "The talks lasted an hour. They were about the metro.",
      "",
      "The two discussed the budget. They also raised buses.",
      "",
      "Mayor Paul Vidal and Mayor Tom Varley welcomed the talks.",
    ].join("\n");
    const meetings = parseDocument(text, { publishedAt: "2023-03-02", language: "en" }).meetings;
    expect(meetings[0]?.participants).not.toContain("Paul Vidal");
    expect(meetings[0]?.participants).not.toContain("Tom Varley");
  });
});

describe("« a échangé des vues mardi avec », « a échangé mardi par téléphone avec »", () => {
  it("is a meeting, or a call, with the side named after « avec »", () => {
    const views = "Échanges\n\nLa ministre Ana Ruiz a échangé des vues mardi avec son homologue espagnol, Paul Vidal, sur la pêche.";
    const first = parseDocument(views, { publishedAt: "2016-09-14", language: "fr" }).meetings;
    expect(first.map((m) => [m.kind, m.date])).toEqual([["meeting", "2016-09-13"]]);
    expect(first[0]?.participants).toEqual(expect.arrayContaining(["Ana Ruiz", "Paul Vidal"]));
    const call = "Échanges\n\nLa ministre Ana Ruiz a échangé mardi par téléphone avec son homologue espagnol, Paul Vidal.";
    expect(parseDocument(call, { publishedAt: "2016-09-14", language: "fr" }).meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2016-09-13"]]);
  });
});

describe("the means named in the next sentence, with no day and no new person", () => {
  it("makes the meeting just told a call (fr, en)", () => {
    const fr = "Échanges\n\nLa ministre Ana Ruiz a échangé des vues mardi avec son homologue espagnol, Paul Vidal.\n\nDans une conversation téléphonique, Mme Ruiz a souligné l'importance de la pêche pour la Norvège.";
    expect(parseDocument(fr, { publishedAt: "2016-09-14", language: "fr" }).meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2016-09-13"]]);
    const en = "Talks\n\nMinister Ana Ruiz spoke with her Spanish counterpart Paul Vidal on Tuesday.\n\nIn a phone conversation, Ruiz stressed the weight of fishing for Norway.";
    expect(parseDocument(en, { publishedAt: "2016-09-14", language: "en" }).meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2016-09-13"]]);
  });

  it("is another meeting when it names someone new", () => {
    const en = "Talks\n\nMinister Ana Ruiz spoke with her Spanish counterpart Paul Vidal on Tuesday.\n\nIn a phone conversation on Wednesday, Ruiz and Tom Varley discussed fishing.";
    expect(parseDocument(en, { publishedAt: "2016-09-14", language: "en" }).meetings.map((m) => m.kind)).toEqual(["meeting", "phone_call"]);
  });
});

describe("a body's sitting told again under another form of its name", () => {
  it("is one sitting: “UN Security Council” then “United Nations Security Council”", () => {
    const text = "Arctic\n\nThe UN Security Council is set to meet on Tuesday to discuss the ice melt. Ambassador Paul Vidal confirmed the date.\n\nThe United Nations Security Council is due to hold an urgent meeting on Tuesday, as worries grow in Oslo.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-02", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants[0]])).toEqual([["2025-03-04", "UN Security Council"]]);
  });

  it("stays two sittings of two bodies whose names only end alike", () => {
    const text = "Arctic\n\nThe Nordic Security Council is set to meet on Tuesday to discuss the ice melt. Ambassador Paul Vidal confirmed the date.\n\nThe United Nations Security Council is due to hold an urgent meeting on Tuesday, as worries grow in Oslo.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-02", language: "en" }).meetings;
    expect(meetings).toHaveLength(2);
  });
});

describe("a sitting on the day of a meeting told several sentences before", () => {
  it("gives that meeting its hour: “The session is slated to begin at 3 p.m. on Tuesday”", () => {
    const text = "Arctic\n\nThe UN Security Council is set to meet on Tuesday to discuss the ice melt. Paul Vidal backed it. He wrote a note. He said states asked for it. The session is slated to begin at 3 p.m. on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-02", language: "en" }).meetings;
    expect(meetings.map((m) => [m.status, m.date, m.time])).toEqual([["scheduled", "2025-03-04", "15:00"]]);
  });
});

describe("a teller named with an apposition after the meeting", () => {
  it("is not in the meeting: “…, the chair of the council, Ambassador X of Chile, told reporters”", () => {
    const text = "Talks\n\nTom Varley met Lars Holm on Sunday, the current chair of the council, Ambassador Paul Vidal of Chile, told reporters.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-02", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.participants])).toEqual([["2025-03-02", ["Tom Varley", "Lars Holm"]]]);
  });
});

describe("“a presser”, a press conference", () => {
  it("is no meeting, and its day is not the day of the meeting it tells of", () => {
    const text = "Talks\n\nThe foreign ministers of Chile and Peru held a meeting in Lima on Sunday.\n\nSpeaking during a presser on Monday, spokesman Paul Vidal said, “The ministers of Chile and Peru had a useful meeting in Lima.”";
    const meetings = parseDocument(text, { publishedAt: "2021-12-20", language: "en" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2021-12-19"]);
  });
});

describe("a meeting framed by one placed in another month or year", () => {
  it("takes no day from the meeting told before: « lors de la réunion de Porto, en mars 2017 »", () => {
    const text = "Sommet\n\nLes dirigeants des 12 pays se sont réunis vendredi à Lisbonne pour parler du climat.\n\nLa feuille de route guidera leur action. Ces 12 dirigeants souhaitent se revoir à Rome en janvier 2017 et achever le travail lors de la réunion de Porto, en mars 2017.";
    const meetings = parseDocument(text, { publishedAt: "2016-09-16", language: "fr" }).meetings;
    expect(meetings.map((m) => m.date)).toEqual(["2016-09-16"]);
  });
});

describe("« un entretien télévisé », « un entretien accordé au journal »", () => {
  it("is an interview for the media, no meeting", () => {
    const tv = "Visite\n\nLe président Tom Varley l'a dit lors d'un entretien télévisé diffusé samedi soir.";
    expect(parseDocument(tv, { publishedAt: "2023-08-06", language: "fr" }).meetings).toEqual([]);
    const paper = "Visite\n\nDans un entretien accordé au journal Le Soir samedi, Tom Varley a défendu sa réforme.";
    expect(parseDocument(paper, { publishedAt: "2023-08-06", language: "fr" }).meetings).toEqual([]);
  });

  it("leaves « un entretien avec X » a meeting", () => {
    const text = "Visite\n\nLe président Tom Varley a eu samedi un entretien avec Paul Vidal.";
    expect(parseDocument(text, { publishedAt: "2023-08-06", language: "fr" }).meetings.map((m) => m.date)).toEqual(["2023-08-05"]);
  });
});

describe("« a reçu les travailleurs », « les enseignants »", () => {
  it("receives a group of people as guests: a meeting of the day's news", () => {
    const text = "Fête du travail\n\nLe président Tom Varley a reçu les travailleurs à l'occasion de la fête du travail.";
    const meetings = parseDocument(text, { publishedAt: "2023-05-01", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.kind, m.status, m.date, m.participants[0]])).toEqual([["meeting", "held", "2023-05-01", "Tom Varley"]]);
  });
});

describe("a headline that names a call between the people of the first meeting", () => {
  it("makes “spoke with” that call", () => {
    const text = "Varley urges a truce in call with Holm\n\nPresident Tom Varley spoke on Sunday with Prime Minister Lars Holm, the palace said.";
    const meetings = parseDocument(text, { publishedAt: "2025-01-13", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["phone_call", "2025-01-12"]]);
  });

  it("leaves a meeting of other people a meeting", () => {
    const text = "Varley urges a truce in call with Holm\n\nMinister Ana Ruiz met Paul Vidal on Sunday, the palace said.";
    const meetings = parseDocument(text, { publishedAt: "2025-01-13", language: "en" }).meetings;
    expect(meetings.map((m) => [m.kind, m.date])).toEqual([["meeting", "2025-01-12"]]);
  });
});

describe("a present progressive with the day of publication (“is hosting … Friday”)", () => {
  it("is a meeting still to come that day", () => {
    const text = "Board\n\nMayor Tom Varley is meeting Lars Holm at City Hall on Friday.";
    const meetings = parseDocument(text, { publishedAt: "2023-02-10", language: "en" }).meetings;
    expect(meetings.map((m) => [m.status, m.date])).toEqual([["scheduled", "2023-02-10"]]);
  });
});

describe("a weekday followed by a comma and a reporting clause (“on Thursday, the bloc said”)", () => {
  it("takes the tense of the meeting's verb, not of the saying", () => {
    const text = "Board\n\nThe Coastal Union's council will hold an emergency meeting on Varland in Ostrava on Thursday, the bloc said.";
    const meetings = parseDocument(text, { publishedAt: "2025-09-08", language: "en" }).meetings;
    expect(meetings.map((m) => [m.status, m.date])).toEqual([["scheduled", "2025-09-11"]]);
  });
});

describe("“local time” in a story filed from another city", () => {
  it("takes the zone of the place the meeting is in, not the dateline's", () => {
    const text =
      "Talks\n\nLIMA, March 3 (Andes Wire) - Negotiators of Varland and Ostia will resume talks in Montevideo on March 10, with the first session set to open at 10 a.m. local time, Minister Tom Varley said on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2026-03-03", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.time, m.timeZone, m.startsAt])).toEqual([["2026-03-10", "10:00", "America/Montevideo", "2026-03-10T13:00:00Z"]]);
  });

  it("keeps the dateline's city when the sentence names no other", () => {
    const text = "Talks\n\nLIMA, March 3 (Andes Wire) - Negotiators of Varland and Ostia will resume talks on March 10 at 10 a.m. local time, Minister Tom Varley said on Tuesday.";
    const meetings = parseDocument(text, { publishedAt: "2026-03-03", language: "en" }).meetings;
    expect(meetings.map((m) => [m.date, m.timeZone])).toEqual([["2026-03-10", "America/Lima"]]);
  });
});

describe("a meeting “planned for this Friday” that was called off", () => {
  it("is on the Friday of publication's week", () => {
    const text = "Talks\n\nThe two delegations will meet in Oslo on April 2, the ministry said on Monday, after a meeting planned for this Friday in Riga was called off.";
    const meetings = parseDocument(text, { publishedAt: "2025-03-10", language: "en" }).meetings;
    expect(meetings.map((m) => [m.status, m.date])).toContainEqual(["cancelled", "2025-03-14"]);
  });
});

describe("a meeting put off from the day it was first set for (« initialement prévue le … »)", () => {
  it("keeps the day named next", () => {
    const fr = "Comité\n\nLes deux ministres ont convenu de repousser la réunion du comité mixte, initialement prévue le 2 avril à Rabat, au lundi 14 avril.";
    const frMeetings = parseDocument(fr, { publishedAt: "2025-03-27", language: "fr" }).meetings;
    expect(frMeetings.map((m) => [m.status, m.date])).toEqual([["scheduled", "2025-04-14"]]);
    const en = "Talks\n\nThe talks between Varland and Ostia, originally scheduled for April 2 in Riga, will now open on April 14, the ministry said.";
    const enMeetings = parseDocument(en, { publishedAt: "2025-03-27", language: "en" }).meetings;
    expect(enMeetings.map((m) => [m.status, m.date])).toEqual([["scheduled", "2025-04-14"]]);
  });
});

describe("a meeting called off on the day it was first set for", () => {
  it("keeps that day", () => {
    const text = "Sommet\n\nLe président Tom Varley a annoncé l'annulation du sommet entre Varland et Ostia, qui était initialement prévu pour le 12 juin à Riga.";
    const meetings = parseDocument(text, { publishedAt: "2018-05-24", language: "fr" }).meetings;
    expect(meetings.map((m) => [m.status, m.date])).toEqual([["cancelled", "2018-06-12"]]);
  });
});
