import * as chrono from "chrono-node";
import { dayPairParser, type DateWords, daysFromReferenceParser, numberValue, withCachedPattern } from "../../stages/dates.js";

const months: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7,
  août: 8, aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
};

const monthAlternation = Object.keys(months).join("|");

const numbers: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
  "dix-neuf": 19, vingt: 20, "vingt-quatre": 24, trente: 30, quarante: 40, "quarante-cinq": 45,
  cinquante: 50, soixante: 60, "quatre-vingt-dix": 90,
  // "une quarantaine de minutes": about forty.
  dizaine: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60,
};

const numberAlternation = `\\d+|${Object.keys(numbers)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;

/**
 * chrono's French parser without its clock-time parsers (times and zones are read by the dates
 * stage, and they are most of chrono's cost), plus "les 12 et 13 janvier" (two days of one month).
 */
const frenchChrono = chrono.fr.casual.clone();
frenchChrono.parsers = frenchChrono.parsers.filter(
  (parser) => !["FRTimeExpressionParser", "FRSpecificTimeExpressionParser", "FRCasualTimeParser"].includes(parser.constructor.name),
).map(withCachedPattern);
frenchChrono.parsers.unshift(
  dayPairParser(
    new RegExp(
      `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<first>\\d{1,2})(?:er)?\\s+et\\s+(?<second>\\d{1,2})\\s+(?<month>${monthAlternation})(?:\\s+(?<year>\\d{4}))?(?![\\p{L}])`,
      "iu",
    ),
    months,
  ),
  // chrono reads "après-demain" as "demain" and knows few number words ("dans quinze jours").
  daysFromReferenceParser(/(?<![\p{L}-])(?<word>après-demain|avant-hier)(?![\p{L}])/iu, (groups) =>
    groups.word?.toLowerCase() === "avant-hier" ? -2 : 2,
  ),
  daysFromReferenceParser(
    new RegExp(`(?<![\\p{L}])(?<ago>il\\s+y\\s+a|dans)\\s+(?<n>${numberAlternation})\\s+(?<unit>jours?|semaines?)(?![\\p{L}])`, "iu"),
    (groups) => {
      const count = numberValue(groups.n, numbers);
      if (count === null) return null;
      // « il y a deux semaines »: counted back.
      const sign = groups.ago?.toLowerCase() === "dans" ? 1 : -1;
      if (groups.unit?.toLowerCase().startsWith("semaine")) return sign * count * 7;
      // « dans huit jours », « dans quinze jours » in words: one week, two weeks (« dans 15 jours » is counted).
      const word = groups.n?.toLowerCase();
      return sign * (word === "huit" ? 7 : word === "quinze" ? 14 : count);
    },
  ),
);

export const dates: DateWords = {
  chrono: frenchChrono,
  dateHint: new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:${monthAlternation}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier|aujourd|ce\\s+(?:soir|matin|jour|midi|week-end)|cet\\s+après|cette\\s+(?:nuit|semaine)|lendemain|surlendemain|veille|jours?\\s+plus\\s+tôt|dans\\s+l['’]après-midi|dans\\s+la\\s+(?:soirée|matinée)|en\\s+fin\\s+de\\s+journée|même\\s+(?:jour|soir|matin)|(?:jour|soir)\\s+même|plus\\s+tard|dans\\s+[\\p{L}\\d]+\\s+(?:jours?|semaines?)|il\\s+y\\s+a\\s+[\\p{L}\\d]+\\s+(?:jours?|semaines?)|(?:jours|semaines)\\s+après|le\\s+\\d{1,2}(?:er)?\\s*[,.;:)]|le\\s+\\d{1,2}(?:er)?\\s+(?:à|au|du|dans|courant|pour|avec|lors)\\s)`,
    "iu",
  ),
  numbers,
  relativeDay:
    /(?<![a-zA-Z])(?<![\p{L}])(?:demain|après-demain|hier|avant-hier|aujourd['’]hui|ce\s+soir|ce\s+matin|cette\s+nuit|cet\s+après-midi|dans\s+(?!la\s|les\s)\S+\s+(?:jours?|semaines?)|il\s+y\s+a\s+\S+\s+(?:jours?|semaines?))(?![\p{L}])/iu,
  sameDay:
    /(?<![a-zA-Z])(?<![\p{L}])(?:aujourd['’]hui|ce\s+soir(?!-l)|ce\s+matin(?!-l)|cet\s+après-midi|cette\s+nuit|ce\s+midi|plus\s+tôt\s+dans\s+la\s+journée)(?![\p{L}])/iu,
  sameWeekPast: /(?<![a-zA-Z])(?<![\p{L}])cette\s+semaine(?![\p{L}])/giu,
  weekend: /(?<![a-zA-Z])(?<![\p{L}])ce\s+week-end(?![\p{L}])/giu,
  weekdayName: /lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche/iu,
  nextModifier: /prochaine?s?(?![\p{L}])/iu,
  lastModifier: /derni(?:er|ère)s?(?![\p{L}])/iu,
  placeEquivalent: /^\s*\(\s*(?<hour>\d{1,2})\s?(?:h|heures?)\s?(?<minute>[0-5]\d)?\s+(?:à|heure\s+de)\s+(?<place>\p{Lu}[\p{L}-]+)\s*\)/u,
  thisModifier: /^ce\s/iu,
  thisMayPointBack: true,
  chained: [
    {
      pattern: new RegExp(
        `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<n>${numberAlternation})\\s+(?<unit>jours?|semaines?)\\s+plus\\s+tard(?![\\p{L}])`,
        "giu",
      ),
    },
    {
      pattern: /(?<![a-zA-Z])(?<![\p{L}])le\s+lendemain(?:\s+(?:de\s+(?:cette|cet|ce|la)\s+|du\s+|de\s+l['’]\s*)(?<event>\p{L}+))?(?![\p{L}])/giu,
      days: 1,
    },
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])le\s+surlendemain(?![\p{L}])/giu, days: 2 },
    // « arrivé mardi matin … doit s'entretenir dans l'après-midi »: later the same day (not « dans la matinée du 25 avril »).
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:dans\s+l['’]après-midi|dans\s+la\s+(?:soirée|matinée)|en\s+fin\s+de\s+journée)(?![\p{L}])(?!\s+(?:du|de|d['’]))/giu, days: 0 },
    // « lors de leur tête-à-tête cinq jours plus tôt »: counted back from the date told last.
    {
      pattern: new RegExp(
        `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<n>${numberAlternation})\\s+(?<unit>jours|semaines)\\s+plus\\s+tôt(?![\\p{L}])`,
        "giu",
      ),
      sign: -1,
    },
    // « se rendra à Lima un jour plus tôt »: the day before the date told last.
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:un|1)\s+jour\s+plus\s+tôt(?![\p{L}])/giu, days: -1 },
    // « la veille de la réunion »: the day before the event named (not « à la veille des élections », « la veille de Noël »).
    {
      pattern: /(?<![a-zA-Z])(?<![\p{L}])la\s+veille(?:\s+(?:de\s+(?:cette|cet|ce|la)\s+|du\s+|de\s+l['’]\s*)(?<event>\p{L}+)|(?!\s+d))(?![\p{L}])/giu,
      days: -1,
    },
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:le\s+même\s+(?:jour|soir|matin)|le\s+(?:jour|soir)\s+même)(?![\p{L}])/giu, days: 0 },
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])ce\s+(?:jour|soir|matin)-là(?![\p{L}])/giu, days: 0 },
  ],
  beforeNews: new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:intervien(?:t|nent)|survien(?:t|nent)|arrive(?:nt)?)\\s+(?:seulement\\s+)?(?<n>${numberAlternation})\\s+(?<unit>jours?|semaines?)\\s+après(?![\\p{L}])`,
    "giu",
  ),
  units: { jour: 1, jours: 1, semaine: 7, semaines: 7 },
  // "14 h 30", "18H00", "à midi" (not "après-midi").
  times:
    /(?<![\d,.:])(?:(?<hour>\d{1,2})\s?(?:h|heures?|:)\s?(?<minute>[0-5]\d)?(?![\p{L}\d])|(?<=à\s)(?:(?<noon>midi)|(?<midnight>minuit))(?![\p{L}-]))/giu,
  notTimeBefore:
    /(?:pendant|durant|depuis|dans|en|plus\s+de|moins\s+de|près\s+de|environ|il\s+y\s+a|les|ces|des|sur|de\s+\d+\s+à)\s*$/iu,
  // "heure de Moscou", "heure normale de l'Est", "heure du Pacifique", "heure française".
  zoneByPlace:
    /^\s*[,(]?\s*\(?\s*heures?\s+(?<of>(?:normale\s+|avancée\s+)?(?:de\s+l['’]\s*|du\s+|de\s+|d['’]\s*))?(?<place>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)?|(?:française|belge|suisse|québécoise|britannique|allemande|japonaise|chinoise|israélienne|iranienne|ukrainienne|turque|italienne|espagnole|portugaise|polonaise|russe|marocaine|algérienne|tunisienne|sénégalaise|ivoirienne)(?![\p{L}]))/u,
  localTime: /^\s*[,(]?\s*\(?\s*heures?\s+locales?/iu,
  durations: [
    /(?<![a-zA-Z])(?<![\p{L}])(?:d['’]une|une|pendant\s+une|durant\s+une)\s+(?<halfHour>demi-heure)(?![\p{L}])/giu,
    new RegExp(
      `(?<![a-zA-Z])(?<![\\p{L}])(?:pendant|durant|a\\s+duré|ont\\s+duré|avait\\s+duré|avaient\\s+duré|durera|dureront|(?:doit|devrait|devra)\\s+durer|d['’]une\\s+durée\\s+de|d['’]|de)\\s*(?:près\\s+de\\s+|environ\\s+|plus\\s+de\\s+|moins\\s+de\\s+)?(?:une\\s+)?(?<n>${numberAlternation})(?:\\s+de)?\\s+(?<unit>heures?|minutes?)(?:\\s+et\\s+(?:(?<half>demie)|(?<quarter>quart)))?(?![\\p{L}])`,
      "giu",
    ),
    // "durant 1 h 30", "après 1h30 d'entretien".
    /(?<![a-zA-Z])(?<![\p{L}])(?:pendant|durant|a\s+duré|ont\s+duré)\s+(?:près\s+de\s+|environ\s+|plus\s+de\s+)?(?<n>\d{1,2})\s?(?<unit>h)\s?(?<extraMinutes>[0-5]\d)?(?![\p{L}\d])/giu,
    /(?<![\d,.:])(?<n>\d{1,2})\s?(?<unit>h)\s?(?<extraMinutes>[0-5]\d)?(?=\s+d['’](?:entretiens?|échanges?|discussions?|réunion|négociations?|conversation|débat|tête-à-tête)(?![\p{L}]))/giu,
  ],
  notTimeAfter: /^\s+d['’](?:entretiens?|échanges?|discussions?|réunion|négociations?|conversation|débat|tête-à-tête)(?![\p{L}])/iu,
  // « se réunissent mardi », « reçoit lundi », « accueille jeudi », « ont rendez-vous jeudi »: the present of a gathering announces it.
  // « aurait rencontré », « auraient eu »: the past conditional tells of something done, a rumour of the past.
  // « l'appel prévu … a finalement eu lieu »: what was planned and took place is past.
  future:
    /r(?:a|ont|ait|aient)(?![\p{L}])(?<=(?<![\p{L}])\p{Ll}{2,}r(?:a|ont|ait|aient))(?!(?<=(?<![\p{L}])aur(?:ait|aient))\s+(?:(?!lieu\s)\p{Ll}+\s+){0,2}?(?!lieu(?![\p{L}])|(?:lun|mar|mercre|jeu|vendre|same)di(?![\p{L}]))\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)(?![\p{L}]))|(?<![a-zA-Z])(?<![\p{L}])(?:(?:annonc|prévoi|compt|escompt|envisag|souhait|entend|esp[èé]r)\p{Ll}*\s+(?:de\s+|d['’])?(?:se\s+|s['’])?\p{Ll}+(?:er|ir|re)|doit|doivent|devait|devaient|devra|devront|devrait|devraient|va|vont|prévue?s?(?![\p{L}])(?![^.;!?]{0,200}?(?<![\p{L}])(?:(?:a|ont|avait|avaient)\s+(?:\p{Ll}+\s+)?eu\s+lieu|(?:s['’]est|se\s+sont)\s+(?:\p{Ll}+\s+)?(?:tenue?s?|déroulée?s?))(?![\p{L}]))|prévoi\p{L}*|attendue?s?|prochaine?s?|programmée?s?|envisag\p{L}*|se\s+retrouvent|se\s+réuni(?:t|ssent)|re[çc]oi(?:t|vent)|accueill(?:e|ent)|organis(?:e|ent)|s['’]ouvr(?:e|ent)|(?:a|ont)\s+rendez-vous)(?![\p{L}])/u,
  past:
    /ai(?:t|ent)(?![\p{L}])(?<=(?<![\p{L}])\p{Ll}{3,}ai(?:t|ent))|(?<![a-zA-Z])(?<![\p{L}])(?:a|ont|avait|avaient|eut|eurent|fut|furent|hier|derni(?:er|ère)s?|s['’]est|se\s+sont|s['’]était|s['’]étaient|étaient|était)(?![\p{L}])/iu,
  relativeClause:
    /^[^,;]{0,60}?,\s*(?:(?:au\s+cours|lors|à\s+l['’]issue|à\s+la\s+suite)\s+(?:de\s+|d['’]|du\s+|des\s+)?)?(?:laquelle|lequel|lesquelles|lesquels|duquel|desquel(?:le)?s|où)(?![\p{L}])/iu,
  // "a indiqué dans un communiqué lundi": still when it was said.
  reportedOn:
    /(?:a|ont|avait|avaient|ayant)\s+(?:annoncé|indiqué|déclaré|affirmé|précisé|fait\s+savoir|expliqué|estimé|assuré|souligné|confirmé|rapporté|dit|jugé)\s*,?\s*(?:dans\s+(?:un|une)\s+\p{L}+\s+(?:\p{L}+\s+)?)?(?:ce\s+)?$/iu,
  formerDate:
    /(?<![a-zA-Z])(?<![\p{L}])(?:initialement|d['’]abord|originellement|au\s+départ)\s+(?:été\s+)?(?:prévue?s?|programmée?s?|fixée?s?|annoncée?s?)(?:\s+(?:le|pour\s+le|pour|au|à|du))?\s*$/iu,
  participleBefore:
    /(?<![a-zA-Z])(?<![\p{L}])(?<!(?:sera|seront|serait|seraient|être)\s+(?:\p{Ll}+\s+){0,2})(?!programm)(?:\p{Ll}{3,}(?:é|ée|és|ées)|tenue?s?|réunie?s?|élue?s?|morte?s?|née?s?|atteinte?s?|conclue?s?|obtenue?s?|convenue?s?|survenue?s?|intervenue?s?|prise?s?|faite?s?|rendue?s?|émise?s?)\s+(?:le|du|dès\s+le)\s+$/u,
  monthYear: new RegExp(`(?<![a-zA-Z])(?<![\\p{L}])(?<month>${monthAlternation})\\.?,?\\s+(?<year>(?:1[89]|20)\\d\\d)\\s*$`, "iu"),
  months,
  // « le 14 à 11 heures », « le 6, … », « le 20 du mois dernier »; not « le 3 et le 4 mars » (the month comes later).
  dayOfMonth:
    /(?<![a-zA-Z])(?<![\p{L}])le\s+(?<day>\d{1,2})(?:er)?(?:\s+(?:(?<current>courant)|du\s+mois\s+(?:(?<last>dernier|précédent)|(?<next>prochain|suivant))))?(?=\s*(?:[,.;)]|$)|\s+(?:à|au|dans|pour|avec|lors)(?![\p{L}]))/giu,
};
