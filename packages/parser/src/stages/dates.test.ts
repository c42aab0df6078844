import { describe, expect, it } from "vitest";
import { dates as en } from "../locales/en/dates.js";
import { dates as fr } from "../locales/fr/dates.js";
import {
  type DateWords,
  type Day,
  detectTense,
  findDateMentions,
  findDurations,
  findTimes,
  monthOfDateline,
  parseDay,
  resolveMention,
  zoneFromEquivalent,
} from "./dates.js";
import { toUtcInstant } from "./time-zones.js";

/** Every date written in `text`, resolved with the clause's own tense. */
function resolvedDates(text: string, words: DateWords, published: string | null, previous: Day | null = null): string[] {
  const publication = parseDay(published);
  const tense = detectTense(text, words);
  return findDateMentions(text, words, publication)
    .filter((m) => !m.reported)
    .map((m) => resolveMention(m, publication, tense, previous))
    .filter((d): d is string => d !== null);
}

describe("dates (fr)", () => {
  it("resolves a year-less past date before publication", () => {
    expect(resolvedDates("Le 7 décembre, les deux présidents se sont entretenus.", fr, "2021-12-30")).toEqual(["2021-12-07"]);
  });

  it("puts a year-less future date across the year boundary", () => {
    expect(resolvedDates("Les pourparlers auront lieu le 10 janvier.", fr, "2021-12-30")).toEqual(["2022-01-10"]);
  });

  it("reads « dans une semaine » with its singular unit", () => {
    expect(resolvedDates("Les deux ministres se reverront dans une semaine.", fr, "2025-03-14")).toEqual(["2025-03-21"]);
  });

  it("puts « ce mardi » to come after a Friday publication, and one past before it", () => {
    expect(resolvedDates("Les deux ministres se retrouveront ce mardi.", fr, "2025-03-14")).toEqual(["2025-03-18"]);
    expect(resolvedDates("Les deux ministres se sont retrouvés ce mardi.", fr, "2025-03-14")).toEqual(["2025-03-11"]);
  });

  it("counts « il y a deux semaines », « il y a 10 jours » back from publication", () => {
    expect(resolvedDates("Les deux ministres se sont vus il y a deux semaines.", fr, "2025-03-14")).toEqual(["2025-02-28"]);
    expect(resolvedDates("Les deux ministres se sont vus il y a 10 jours.", fr, "2025-03-14")).toEqual(["2025-03-04"]);
  });

  it("keeps month and day only without a publication date", () => {
    expect(resolvedDates("Les pourparlers auront lieu le 10 janvier.", fr, null)).toEqual(["--01-10"]);
  });

  it("reads « les 12 et 13 janvier » as a date, not as noon", () => {
    const mentions = findDateMentions("Les ministres se verront les 12 et 13 janvier.", fr, parseDay("2021-12-30"));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ month: 1, day: 12, text: "12 et 13 janvier" });
    expect(resolvedDates("Les ministres se verront les 12 et 13 janvier.", fr, "2021-12-30")).toEqual(["2022-01-12"]);
  });

  it("takes the first day of « du 7 au 9 mars »", () => {
    expect(resolvedDates("La visite se déroulera du 7 au 9 mars.", fr, "2023-02-20")).toEqual(["2023-03-07"]);
  });

  it("resolves ce soir, demain and hier against publication", () => {
    expect(resolvedDates("Ils se parleront ce soir.", fr, "2022-05-04")).toEqual(["2022-05-04"]);
    expect(resolvedDates("Ils se verront demain.", fr, "2022-05-04")).toEqual(["2022-05-05"]);
    expect(resolvedDates("Ils se sont vus hier.", fr, "2022-05-04")).toEqual(["2022-05-03"]);
  });

  it("counts « dans quinze jours », « dans 15 jours », « après-demain » and « avant-hier » from publication", () => {
    expect(resolvedDates("Ils se verront dans quinze jours.", fr, "2024-05-08")).toEqual(["2024-05-22"]);
    expect(resolvedDates("Ils se verront dans 15 jours.", fr, "2024-05-08")).toEqual(["2024-05-23"]);
    expect(resolvedDates("Ils se verront après-demain.", fr, "2024-05-08")).toEqual(["2024-05-10"]);
    expect(resolvedDates("Ils se sont vus avant-hier.", fr, "2024-05-08")).toEqual(["2024-05-06"]);
    expect(resolvedDates("They will meet in 10 days.", en, "2024-05-08")).toEqual(["2024-05-18"]);
  });

  it("reads a bare weekday in the direction of the tense", () => {
    // 2022-05-04 is a Wednesday.
    expect(resolvedDates("Le ministre se rendra lundi à Berlin.", fr, "2022-05-04")).toEqual(["2022-05-09"]);
    expect(resolvedDates("Le ministre s'est rendu lundi à Berlin.", fr, "2022-05-04")).toEqual(["2022-05-02"]);
    expect(resolvedDates("Le ministre recevra son homologue mardi prochain.", fr, "2022-05-04")).toEqual(["2022-05-10"]);
  });

  it("reads the present of a gathering that opens or receives as to come", () => {
    // 2024-04-05 is a Friday.
    expect(resolvedDates("Les ministres de l'Agriculture se réunissent mardi à Luxembourg.", fr, "2024-04-05")).toEqual(["2024-04-09"]);
    expect(resolvedDates("L'Union africaine accueille jeudi à Kigali les délégués du Sahel.", fr, "2024-04-05")).toEqual(["2024-04-11"]);
    expect(resolvedDates("Le maire reçoit lundi les représentants des commerçants.", fr, "2024-04-05")).toEqual(["2024-04-08"]);
  });

  it("reads « ce jeudi » and “this Thursday” as the day of the week of publication", () => {
    // 2024-10-09 is a Wednesday.
    expect(resolvedDates("Le président est à Paris ce jeudi pour rencontrer Emmanuel Macron.", fr, "2024-10-09")).toEqual(["2024-10-10"]);
    expect(resolvedDates("Les deux ministres se sont vus ce lundi à Berlin.", fr, "2024-10-09")).toEqual(["2024-10-07"]);
    expect(resolvedDates("The president is in Paris this Thursday to meet Emmanuel Macron.", en, "2024-10-09")).toEqual(["2024-10-10"]);
  });

  it("reads « jeudi 16 » as the 16th that is a Thursday, not as an hour", () => {
    // 2024-05-08 is a Wednesday.
    expect(resolvedDates("Le ministre recevra son homologue jeudi 16 à Bercy.", fr, "2024-05-08")).toEqual(["2024-05-16"]);
    expect(resolvedDates("Le ministre a reçu son homologue samedi 27 à Bercy.", fr, "2024-05-08")).toEqual(["2024-04-27"]);
    expect(resolvedDates("Le ministre recevra son homologue mardi 10 h à Bercy.", fr, "2024-05-08")).toEqual(["2024-05-14"]);
    expect(resolvedDates("The minister will host his counterpart on Thursday 16th.", en, "2024-05-08")).toEqual(["2024-05-16"]);
  });

  it("reads « lundi (12) » as the 12th, and lets « hier mardi (13) » keep the day written out", () => {
    expect(resolvedDates("Arrivé depuis le lundi (12) à Dakar, le ministre a rencontré le maire.", fr, "2017-06-15")).toEqual(["2017-06-12"]);
    expect(resolvedDates("Le ministre a rencontré hier mardi (13) les élus de la ville.", fr, "2017-06-15")).toEqual(["2017-06-13"]);
    expect(resolvedDates("The minister met them yesterday, Tuesday 13th, in Rome.", en, "2017-06-15")).toEqual(["2017-06-13"]);
    expect(resolvedDates("Le ministre a rencontré hier les élus.", fr, "2017-06-15")).toEqual(["2017-06-14"]);
  });

  it("lets the weekday settle the year of « samedi 23 avril »", () => {
    expect(resolvedDates("Le bureau, qui aura à trancher, s'est réuni samedi 23 avril.", fr, "2005-04-24")).toEqual(["2005-04-23"]);
  });

  it("chains « le surlendemain » two days from the date before", () => {
    expect(resolvedDates("Ils se reverront le surlendemain à Lyon.", fr, "2024-04-02", { year: 2024, month: 4, day: 12 })).toEqual(["2024-04-14"]);
  });

  it("reads « dans l'après-midi » as the day before it, but not « dans la matinée du 3 mai »", () => {
    expect(resolvedDates("Elle doit s'entretenir dans l'après-midi avec le maire.", fr, "2024-04-02", { year: 2024, month: 4, day: 2 })).toEqual(["2024-04-02"]);
    expect(resolvedDates("Ils se sont vus dans la matinée du vendredi 3 mai 2024.", fr, "2024-05-06")).toEqual(["2024-05-03"]);
  });

  it("chains « dix jours plus tard » and « le lendemain » from the date before", () => {
    expect(resolvedDates("Dix jours plus tard, ils se sont parlé.", fr, "2019-01-24", { year: 2018, month: 12, day: 1 })).toEqual([
      "2018-12-11",
    ]);
    expect(resolvedDates("Il sera à Moscou le lendemain.", fr, "2022-02-04", { year: 2022, month: 2, day: 14 })).toEqual(["2022-02-15"]);
  });

  it("reads “earlier in the day” as the day told last, or the day of the news when that one is still to come", () => {
    expect(resolvedDates("He said he had spoken to her earlier in the day.", en, "2023-06-20", { year: 2023, month: 6, day: 19 })).toEqual([
      "2023-06-19",
    ]);
    expect(resolvedDates("He said he had spoken to her earlier in the day.", en, "2023-06-20", { year: 2023, month: 6, day: 22 })).toEqual([
      "2023-06-20",
    ]);
  });

  it("chains « cinq jours plus tôt » and “three days earlier” back from the date before", () => {
    expect(resolvedDates("Ils s'étaient vus à Rome cinq jours plus tôt.", fr, "2023-06-20", { year: 2023, month: 6, day: 17 })).toEqual([
      "2023-06-12",
    ]);
    expect(resolvedDates("They had met in Rome three days earlier.", en, "2023-06-20", { year: 2023, month: 6, day: 17 })).toEqual([
      "2023-06-14",
    ]);
  });

  it("reads a date after a past participle as past, whatever the clause's tense", () => {
    expect(resolvedDates("Il devrait se recueillir devant le monument au soldat, tombé le 20 février.", fr, "2011-05-10")).toEqual([
      "2011-02-20",
    ]);
    expect(resolvedDates("Le ministre sera reçu le 20 février.", fr, "2011-05-10")).toEqual(["2012-02-20"]);
    expect(resolvedDates("Il escompte rencontrer le préfet le 20 février.", fr, "2011-05-10")).toEqual(["2012-02-20"]);
  });

  it("reads a date after an irregular past participle (« atteint le », « conclu le ») as past", () => {
    expect(resolvedDates("Ils se verront à Lyon, selon l'accord atteint le 10 avril par les deux partis.", fr, "2019-05-02")).toEqual([
      "2019-04-10",
    ]);
    expect(resolvedDates("He will honour the pact made on 10 April.", en, "2019-05-02")).toEqual(["2019-04-10"]);
  });

  it("reads « prochains » or « dernier » after a date as the way it points, whatever the verb", () => {
    expect(resolvedDates("Le bureau a préparé le congrès des 14 et 15 mai prochains.", fr, "2023-05-10")).toEqual(["2023-05-14"]);
    expect(resolvedDates("Le bureau évoquera le congrès du 2 mai dernier.", fr, "2023-05-10")).toEqual(["2023-05-02"]);
  });

  it("reads a planned event that took place as past", () => {
    expect(detectTense("La rencontre prévue entre les deux maires a finalement eu lieu ce lundi.", fr)).toBe("past");
    expect(detectTense("La rencontre prévue entre les deux maires aura lieu lundi.", fr)).toBe("future");
    expect(detectTense("The planned call between the two mayors finally took place on Monday.", en)).toBe("past");
    expect(detectTense("The call planned for Monday will focus on trade.", en)).toBe("future");
  });

  it("reads what a visit “is to” do as its purpose, not as a visit to come", () => {
    expect(detectTense("The minister's visit to Peru today is to deepen trade ties.", en)).toBe("unknown");
    expect(detectTense("The minister's visit to Peru is to take place on Monday.", en)).toBe("future");
    expect(detectTense("The minister is to visit Peru on Monday.", en)).toBe("future");
  });

  it("reads a participle after « sera » and an adverb as to come", () => {
    expect(resolvedDates("Le comité sera par ailleurs consulté le 20 février.", fr, "2011-05-10")).toEqual(["2012-02-20"]);
    expect(resolvedDates("The envoy will also be formally received on 20 February.", en, "2011-05-10")).toEqual(["2012-02-20"]);
  });

  it("dates what « intervient deux jours après » names that long before publication", () => {
    expect(resolvedDates("Cette décision intervient trois jours après la rencontre des ministres.", fr, "2014-09-12")).toEqual(["2014-09-09"]);
  });

  it("marks the day an event was first set for (« initialement prévue le », “originally scheduled for”)", () => {
    const fr1 = findDateMentions("La réunion, initialement prévue le 2 avril à Rabat, aura lieu le 14 avril.", fr, parseDay("2025-03-27"));
    expect(fr1.map((m) => Boolean(m.former))).toEqual([true, false]);
    const en1 = findDateMentions("The talks, originally scheduled for March 3, will open on March 10.", en, parseDay("2025-02-27"));
    expect(en1.map((m) => Boolean(m.former))).toEqual([true, false]);
    const fr2 = findDateMentions("La rencontre avait d'abord été fixée au lundi 1er décembre.", fr, parseDay("2025-11-28"));
    expect(fr2.map((m) => Boolean(m.former))).toEqual([true]);
  });

  it("ignores the day something was said", () => {
    expect(resolvedDates("Le sommet aura lieu le 3 juin, a annoncé jeudi le ministère.", fr, "2022-05-04")).toEqual(["2022-06-03"]);
  });
});

describe("dates (en)", () => {
  it("reads “this Friday” as the day of publication's week even in a past clause", () => {
    // 2025-03-10 is a Monday.
    expect(resolvedDates("A meeting planned for this Friday was called off.", en, "2025-03-10")).toEqual(["2025-03-14"]);
    expect(resolvedDates("The envoys met this Monday in Oslo.", en, "2025-03-14")).toEqual(["2025-03-10"]);
  });

  it("reads “a week ago”, “10 days ago” and “in a week” from publication", () => {
    expect(resolvedDates("The two ministers met 10 days ago in Lima.", en, "2025-03-14")).toEqual(["2025-03-04"]);
    expect(resolvedDates("The two ministers met a week ago.", en, "2025-03-14")).toEqual(["2025-03-07"]);
    expect(resolvedDates("The two ministers will meet again in a week.", en, "2025-03-14")).toEqual(["2025-03-21"]);
  });

  it("resolves next, last and on + weekday", () => {
    // 2022-02-22 is a Tuesday.
    expect(resolvedDates("They will meet next Tuesday.", en, "2022-02-22")).toEqual(["2022-03-01"]);
    expect(resolvedDates("They met last Thursday.", en, "2022-02-22")).toEqual(["2022-02-17"]);
    expect(resolvedDates("The meeting had been set for Thursday.", en, "2022-02-22")).toEqual(["2022-02-24"]);
    expect(resolvedDates("Blinken on Tuesday cancelled it.", en, "2022-02-22")).toEqual(["2022-02-22"]);
  });

  it("resolves in two weeks and ranges", () => {
    expect(resolvedDates("He is due to meet Saikawa in two weeks.", en, "2019-06-06")).toEqual(["2019-06-20"]);
    expect(resolvedDates("Leaders will gather on January 10-12.", en, "2021-12-30")).toEqual(["2022-01-10"]);
    expect(resolvedDates("Ministers will meet on 12 and 13 January.", en, "2021-12-30")).toEqual(["2022-01-12"]);
  });

  it("reads a date after a past participle as past, whatever the clause's tense", () => {
    expect(resolvedDates("He will lay a wreath for the mayor, killed on 20 February.", en, "2011-05-10")).toEqual(["2011-02-20"]);
    expect(resolvedDates("The envoy will be received on 20 February.", en, "2011-05-10")).toEqual(["2012-02-20"]);
  });

  it("dates what “comes two days after” names that long before publication", () => {
    expect(resolvedDates("The decision comes two days after a meeting of the ministers.", en, "2014-09-12")).toEqual(["2014-09-10"]);
    expect(resolvedDates("The ruling comes a week after the summit.", en, "2014-09-12")).toEqual(["2014-09-05"]);
  });

  it("reads the French past conditional (« aurait rencontré ») as past, « aurait lieu » still as future", () => {
    expect(detectTense("Selon la presse, le maire aurait par ailleurs rencontré les investisseurs.", fr)).toBe("past");
    expect(detectTense("Les deux ministres auraient déjà échangé sur le dossier.", fr)).toBe("past");
    expect(detectTense("La rencontre aurait lieu jeudi à Lille.", fr)).toBe("future");
    expect(detectTense("Elle aurait ensuite lieu mardi.", fr)).toBe("future");
    expect(detectTense("Le ministre les recevrait lundi.", fr)).toBe("future");
    expect(resolvedDates("Le maire aurait par ailleurs rencontré les investisseurs le 12 mars.", fr, "2025-03-20")).toEqual(["2025-03-12"]);
  });

  it("does not read a capitalised name ending in -ed as a past tense", () => {
    // 2024-04-05 is a Friday.
    expect(detectTense("Delegates of the United Nations and Ahmed Khan arrive on May 20.", en)).toBe("unknown");
    expect(resolvedDates("Envoys of the United Arab Emirates will gather in Oslo on April 2.", en, "2024-04-05")).toEqual(["2025-04-02"]);
  });

  it("reads “is due to” before a verb, and a body's present tense, as to come", () => {
    // 2024-04-05 is a Friday.
    expect(detectTense("The premiers are due to sign the accord in Oslo.", en)).toBe("future");
    expect(detectTense("The hearing is slated to open at noon in Bergen.", en)).toBe("future");
    expect(detectTense("The mayor is hosting the fishing board at City Hall on Friday.", en)).toBe("future");
    expect(detectTense("The refinery closed due to the strike.", en)).toBe("past");
    expect(resolvedDates("The board of governors meets on Wednesday in Basel.", en, "2024-04-05")).toEqual(["2024-04-10"]);
  });

  it("reads the present of a gathering that opens or begins as to come", () => {
    // 2024-04-05 is a Friday.
    expect(resolvedDates("The conference of Pacific fisheries ministers opens on Tuesday in Suva.", en, "2024-04-05")).toEqual(["2024-04-09"]);
    expect(resolvedDates("Nordic premiers gather in Tromsø on Monday for their yearly forum.", en, "2024-04-05")).toEqual(["2024-04-08"]);
    expect(resolvedDates("Leaders arrive for a regional summit opening on Sunday.", en, "2024-04-05")).toEqual(["2024-04-07"]);
  });

  it("reads the present of a trip (“heads to”, “arrives in”, “flies to”) as to come", () => {
    // 2024-04-05 is a Friday.
    expect(resolvedDates("The Chinese premier heads to Canberra on Sunday.", en, "2024-04-05")).toEqual(["2024-04-07"]);
    expect(resolvedDates("Chancellor Scholz arrives in Beijing on Monday for a three-day visit.", en, "2024-04-05")).toEqual(["2024-04-08"]);
    expect(resolvedDates("The foreign minister flies to Lima on Tuesday.", en, "2024-04-05")).toEqual(["2024-04-09"]);
  });

  it("ignores the day something was said in a statement or a video", () => {
    // 2024-04-05 is a Friday.
    expect(resolvedDates("The rebel commander said in a video on Thursday that he would attend.", en, "2024-04-05")).toEqual([]);
    expect(resolvedDates("Le ministère a indiqué dans un communiqué jeudi que la visite aurait lieu.", fr, "2024-04-05")).toEqual([]);
  });

  it("ends a weekday mention before the comma chrono reads with it", () => {
    const mentions = findDateMentions("The panel will meet on Thursday, the agency said.", en, parseDay("2025-09-08"));
    expect(mentions.map((m) => m.text)).toEqual(["on Thursday"]);
  });

  it("does not take a duration or a vague week for a day", () => {
    expect(resolvedDates("They talked for two hours.", en, "2022-02-22")).toEqual([]);
    expect(resolvedDates("It happened in the week leading up to the summit.", en, "2022-02-22")).toEqual([]);
  });
});

describe("dates near a month-only dateline", () => {
  const resolvedNear = (text: string, words: DateWords, dateline: string) => {
    const month = monthOfDateline(dateline, words);
    const tense = detectTense(text, words);
    return findDateMentions(text, words, null).map((m) => resolveMention(m, null, tense, null, month));
  };

  it("reads the month and year of a dateline that has no day", () => {
    expect(monthOfDateline("March 2011", en)).toEqual({ year: 2011, month: 3 });
    expect(monthOfDateline("janvier 1998", fr)).toEqual({ year: 1998, month: 1 });
    expect(monthOfDateline("Le 3 mars, la réunion a eu lieu", fr)).toBeNull();
  });

  it("gives a year-less date the year that puts it nearest the dateline's month", () => {
    expect(resolvedNear("The forum was held on 21 March in Lima.", en, "March 2011")).toEqual(["2011-03-21"]);
    expect(resolvedNear("Les ministres se sont réunis le 28 décembre.", fr, "janvier 1998")).toEqual(["1997-12-28"]);
    expect(resolvedNear("Les ministres se réuniront le 4 février.", fr, "janvier 1998")).toEqual(["1998-02-04"]);
  });
});

describe("times and zones", () => {
  it("reads « 23h30, heure de Moscou »", () => {
    const text = "Ils se parleront ce soir à 23h30, heure de Moscou.";
    const [time] = findTimes(text, fr);
    expect(time).toEqual({ start: 27, end: 49, time: "23:30", zone: "Europe/Moscow" });
    expect(text.slice(time!.start, time!.end)).toBe("23h30, heure de Moscou");
  });

  it("reads French times with spaces, UTC, local time and a parenthesised zone", () => {
    expect(findTimes("à 14 h UTC", fr)[0]).toMatchObject({ time: "14:00", zone: "Etc/UTC" });
    expect(findTimes("prévue à 18 h 30 heure locale", fr)[0]).toMatchObject({ time: "18:30", zone: "local" });
    expect(findTimes("doit commencer à 16 h (heure de Paris)", fr)[0]).toMatchObject({ time: "16:00", zone: "Europe/Paris" });
    expect(findTimes("pendant 2 heures", fr)).toEqual([]);
  });

  it("reads English times with meridiem and zone", () => {
    expect(findTimes("began at 3:35 p.m. Washington time", en)[0]).toMatchObject({ time: "15:35", zone: "America/New_York" });
    expect(findTimes("at 9 a.m. EST", en)[0]).toMatchObject({ time: "09:00", zone: "America/New_York" });
    expect(findTimes("at 10:00 GMT today", en)[0]).toMatchObject({ time: "10:00", zone: "Etc/GMT" });
    expect(findTimes("at 8 p.m. local time", en)[0]).toMatchObject({ time: "20:00", zone: "local" });
    expect(findTimes("at 12 a.m. CET", en)[0]).toMatchObject({ time: "00:00", zone: "Europe/Paris" });
  });

  it("reads a bare North American region after the hour, and British “7.30pm”", () => {
    expect(findTimes("the call is set for 9am Pacific on Friday", en)[0]).toMatchObject({ time: "09:00", zone: "America/Los_Angeles" });
    expect(findTimes("starting at 10:30 a.m. Eastern, aides said", en)[0]).toMatchObject({ time: "10:30", zone: "America/New_York" });
    expect(findTimes("a rally at 10 a.m. Central Park", en)[0]).toMatchObject({ time: "10:00", zone: null });
    expect(findTimes("the dinner begins at 7.30pm BST", en)[0]).toMatchObject({ time: "19:30", zone: "Europe/London" });
    expect(findTimes("inflation rose 3.5 percent", en)).toEqual([]);
  });

  it("reads North American zones by letters or by region, in both languages", () => {
    expect(findTimes("the forum opens at 6:30 p.m. CT in Tulsa", en)[0]).toMatchObject({ time: "18:30", zone: "America/Chicago" });
    expect(findTimes("at 11 a.m. Pacific time", en)[0]).toMatchObject({ time: "11:00", zone: "America/Los_Angeles" });
    expect(findTimes("at 9 a.m. Eastern Standard Time", en)[0]).toMatchObject({ time: "09:00", zone: "America/New_York" });
    expect(findTimes("dès 19 h (heure de l’Est)", fr)[0]).toMatchObject({ time: "19:00", zone: "America/New_York" });
    expect(findTimes("à 13 h HAE", fr)[0]).toMatchObject({ time: "13:00", zone: "America/Toronto" });
    expect(findTimes("vers 10 h, heure du Pacifique", fr)[0]).toMatchObject({ time: "10:00", zone: "America/Los_Angeles" });
  });

  it("reads « heure française » and more capitals, and no zone from a name after « heures »", () => {
    expect(findTimes("à 17 h 45, heure française", fr)[0]).toMatchObject({ time: "17:45", zone: "Europe/Paris" });
    expect(findTimes("à 8 h, heure de Dakar", fr)[0]).toMatchObject({ time: "08:00", zone: "Africa/Dakar" });
    expect(findTimes("at 4 p.m. Abu Dhabi time", en)[0]).toMatchObject({ time: "16:00", zone: "Asia/Dubai" });
    expect(findTimes("vers 9 heures (heure de Lomé)", fr)[0]).toMatchObject({ time: "09:00", zone: "Africa/Lome" });
    expect(findTimes("à 16 h, heure de Cotonou", fr)[0]).toMatchObject({ time: "16:00", zone: "Africa/Porto-Novo" });
    const [time] = findTimes("à 15 heures Amélie Durand a pris la parole", fr);
    expect(time).toMatchObject({ time: "15:00", zone: null, end: 11 });
  });

  it("reads noon and midnight, wire-style four-digit GMT times and a.m./p.m. after “for”", () => {
    expect(findTimes("the call is set for noon Berlin time", en)[0]).toMatchObject({ time: "12:00", zone: "Europe/Berlin" });
    expect(findTimes("Talks open at 1430 GMT on Monday", en)[0]).toMatchObject({ time: "14:30", zone: "Etc/GMT" });
    expect(findTimes("scheduled for 4 p.m. on Friday", en)[0]).toMatchObject({ time: "16:00" });
    expect(findTimes("elles se parleront à midi, heure de Paris", fr)[0]).toMatchObject({ time: "12:00", zone: "Europe/Paris" });
    expect(findTimes("ils se verront dans l’après-midi", fr)).toEqual([]);
  });

  it("reads zones written out in full: “East Africa Time”, “India Standard Time”", () => {
    expect(findTimes("the council sits at 4 p.m. East Africa Time", en)[0]).toMatchObject({ time: "16:00", zone: "Africa/Nairobi" });
    expect(findTimes("a call at 9:30 a.m. India Standard Time", en)[0]).toMatchObject({ time: "09:30", zone: "Asia/Kolkata" });
  });

  it("takes the offset from a GMT equivalent in parentheses", () => {
    const [time, ...others] = findTimes("à 16 h (13 h GMT) à Ankara", fr);
    expect(others).toEqual([]);
    expect(time).toMatchObject({ time: "16:00", zone: "Etc/GMT-3" });
    expect(findTimes("at 9 p.m. local time (0100 GMT)", en)[0]).toMatchObject({ time: "21:00", zone: "Etc/GMT+4" });
    expect(findTimes("began at 4:20 p.m. local time (GMT 7:20)", en)[0]).toMatchObject({ time: "16:20", zone: "Etc/GMT-9" });
    expect(toUtcInstant("2024-05-10", "21:00", "Etc/GMT+4")).toBe("2024-05-11T01:00:00Z");
  });

  it("takes the zone of a time from its equivalent in a named place, « 10 heures (9 heures à Paris) »", () => {
    const [time] = findTimes("Les discussions doivent débuter à 10 heures (9 heures à Paris).", fr);
    expect(time).toMatchObject({ time: "10:00", equivalent: { zone: "Europe/Paris", minutes: 60 } });
    // 29 March 2022: Paris is on summer time (UTC+2), so 10:00 there is UTC+3.
    expect(zoneFromEquivalent("2022-03-29", time!)).toBe("Etc/GMT-3");
    expect(zoneFromEquivalent("2022-03-22", time!)).toBe("Etc/GMT-2");
    const [english] = findTimes("talks begin at 3 p.m. (9 a.m. in Washington)", en);
    expect(zoneFromEquivalent("2024-06-03", english!)).toBe("Etc/GMT-2");
  });

  it("converts to UTC with the offset of that date (DST)", () => {
    expect(toUtcInstant("2021-12-30", "23:30", "Europe/Moscow")).toBe("2021-12-30T20:30:00Z");
    expect(toUtcInstant("2022-02-12", "11:04", "America/New_York")).toBe("2022-02-12T16:04:00Z");
    expect(toUtcInstant("2022-07-12", "11:04", "America/New_York")).toBe("2022-07-12T15:04:00Z");
    expect(toUtcInstant("2022-02-07", "16:00", "Europe/Paris")).toBe("2022-02-07T15:00:00Z");
    expect(toUtcInstant("2022-03-27", "03:30", "Europe/Paris")).toBe("2022-03-27T01:30:00Z");
    expect(toUtcInstant("2022-10-30", "01:30", "Europe/Paris")).toBe("2022-10-29T23:30:00Z");
    expect(toUtcInstant("2019-01-30", "14:00", "Etc/UTC")).toBe("2019-01-30T14:00:00Z");
  });

  it("gives null for an unknown zone or a partial date", () => {
    expect(toUtcInstant("2022-02-07", "16:00", "Mars/Olympus")).toBeNull();
    expect(toUtcInstant("--02-07", "16:00", "Europe/Paris")).toBeNull();
  });
});

describe("durations", () => {
  it("reads French durations in words", () => {
    expect(findDurations("ils ont discuté pendant deux heures", fr).map((d) => d.minutes)).toEqual([120]);
    expect(findDurations("pendant une heure et demie", fr).map((d) => d.minutes)).toEqual([90]);
    expect(findDurations("un entretien téléphonique d’une heure", fr).map((d) => d.minutes)).toEqual([60]);
    expect(findDurations("ont dîné ensemble pendant deux heures et demie", fr).map((d) => d.minutes)).toEqual([150]);
  });

  it("reads French lengths in hours and minutes, and approximate counts", () => {
    expect(findDurations("ils se sont parlé durant 1 h 45", fr).map((d) => d.minutes)).toEqual([105]);
    expect(findDurations("après 2h15 d’entretien", fr).map((d) => d.minutes)).toEqual([135]);
    expect(findTimes("après 2h15 d’entretien", fr)).toEqual([]);
    expect(findDurations("un échange d’une trentaine de minutes", fr).map((d) => d.minutes)).toEqual([30]);
  });

  it("reads a half hour in both languages", () => {
    expect(findDurations("un échange téléphonique d'une demi-heure", fr).map((d) => d.minutes)).toEqual([30]);
    expect(findDurations("ils ont parlé pendant une demi-heure", fr).map((d) => d.minutes)).toEqual([30]);
    expect(findDurations("a half-hour call, then they spoke for half an hour", en).map((d) => d.minutes)).toEqual([30, 30]);
  });

  it("reads “an hour-long” as an hour", () => {
    expect(findDurations("an hour-long call and an hourlong dinner", en).map((d) => d.minutes)).toEqual([60, 60]);
  });

  it("reads English durations", () => {
    expect(findDurations("a call that lasted 62 minutes", en).map((d) => d.minutes)).toEqual([62]);
    expect(findDurations("talks that lasted an hour and a half", en).map((d) => d.minutes)).toEqual([90]);
    expect(findDurations("lasted three and a half hours", en).map((d) => d.minutes)).toEqual([210]);
    expect(findDurations("a 90-minute phone conversation and a six-hour meeting", en).map((d) => d.minutes)).toEqual([90, 360]);
  });
});

describe("idioms of relative days", () => {
  it("reads « dans huit jours » and « dans quinze jours » as one and two weeks", () => {
    expect(resolvedDates("Les deux équipes se reverront dans quinze jours.", fr, "2025-04-02")).toEqual(["2025-04-16"]);
    expect(resolvedDates("Le conseil se réunira dans huit jours.", fr, "2025-04-02")).toEqual(["2025-04-09"]);
  });

  it("reads “last night” as the evening before the day of the news", () => {
    expect(resolvedDates("The two mayors dined together last night.", en, "2025-04-02")).toEqual(["2025-04-01"]);
  });
});

describe("a day of the month without its month", () => {
  it("reads “on the 4th” in the month the tense points to, across a month's end", () => {
    expect(resolvedDates("The envoys talked by phone on the 4th to fix the agenda.", en, "2024-08-19")).toEqual(["2024-08-04"]);
    expect(resolvedDates("The mayors will gather on the 3rd in Leeds.", en, "2024-08-19")).toEqual(["2024-09-03"]);
    expect(resolvedDates("A hearing is set for noon on the 27th.", en, "2024-08-19")).toEqual(["2024-08-27"]);
  });

  it("reads “the 30th of last month” in the month before publication", () => {
    expect(resolvedDates("A first round, held on the 30th of last month, failed.", en, "2024-08-19")).toEqual(["2024-07-30"]);
  });

  it("is no date before a noun: “the 5th floor”, “the 12th round”", () => {
    expect(resolvedDates("They met on the 5th floor of the tower.", en, "2024-08-19")).toEqual([]);
    expect(resolvedDates("Talks resumed for the 12th round.", en, "2024-08-19")).toEqual([]);
  });

  it("reads « le 9 à 15 heures » and « le 28 du mois dernier », not « le 3 et le 4 mars »", () => {
    expect(resolvedDates("Les maires seront reçus le 9 à 15 heures.", fr, "2024-08-19")).toEqual(["2024-09-09"]);
    expect(resolvedDates("Une réunion s'est tenue le 28 du mois dernier.", fr, "2024-08-19")).toEqual(["2024-07-28"]);
    expect(resolvedDates("Ils se verront le 3 et le 4 mars.", fr, "2024-08-19")).not.toContain("2024-09-03");
  });
});

describe("weekday abbreviations", () => {
  it("reads no Saturday in “sat down” nor Sunday in “the sun”", () => {
    expect(resolvedDates("The mayor sat down with the strikers on Monday.", en, "2025-06-11")).toEqual(["2025-06-09"]);
    expect(resolvedDates("They met in the sun on Monday.", en, "2025-06-11")).toEqual(["2025-06-09"]);
  });
});

describe("a weekday's modifier", () => {
  it("stands next to the day: “on Friday, will last an hour” is this week's Friday, « jeudi dernier » the last one", () => {
    expect(resolvedDates("The meeting, scheduled for 11 a.m. on Friday, will last an hour.", en, "2025-06-11")).toEqual(["2025-06-13"]);
    expect(resolvedDates("Ils se sont vus jeudi dernier.", fr, "2025-06-11")).toEqual(["2025-06-05"]);
  });
});
