import type { MeetingWords } from "../../stages/meetings.js";

/** A whole-word, case-insensitive, global pattern. */
const words = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, "giu");

const countries: Record<string, string> = {
  russie: "Russie", "la russie": "Russie", moscou: "Russie", kremlin: "Russie", russe: "Russie", russes: "Russie",
  "états-unis": "États-Unis", "etats-unis": "États-Unis", washington: "États-Unis", "maison blanche": "États-Unis",
  américain: "États-Unis", américaine: "États-Unis", américains: "États-Unis", américaines: "États-Unis",
  ukraine: "Ukraine", kiev: "Ukraine", kyiv: "Ukraine", ukrainien: "Ukraine", ukrainienne: "Ukraine", ukrainiens: "Ukraine",
  chine: "Chine", pékin: "Chine", chinois: "Chine", chinoise: "Chine",
  france: "France", paris: "France", élysée: "France", "l'élysée": "France",
  allemagne: "Allemagne", berlin: "Allemagne", allemand: "Allemagne", allemande: "Allemagne", allemands: "Allemagne",
  "royaume-uni": "Royaume-Uni", londres: "Royaume-Uni", britannique: "Royaume-Uni", britanniques: "Royaume-Uni",
  iran: "Iran", téhéran: "Iran", iranien: "Iran", iranienne: "Iran", iraniens: "Iran",
  japon: "Japon", tokyo: "Japon", japonais: "Japon", japonaise: "Japon",
  italie: "Italie", rome: "Italie", italien: "Italie", italienne: "Italie", italiens: "Italie",
  espagne: "Espagne", madrid: "Espagne", pologne: "Pologne", varsovie: "Pologne", polonais: "Pologne",
  turquie: "Turquie", ankara: "Turquie", israël: "Israël", syrie: "Syrie", damas: "Syrie", liban: "Liban",
  beyrouth: "Liban", égypte: "Égypte", "le caire": "Égypte", inde: "Inde", "new delhi": "Inde",
  canada: "Canada", ottawa: "Canada", brésil: "Brésil", mexique: "Mexique", "corée du sud": "Corée du Sud",
  séoul: "Corée du Sud", "corée du nord": "Corée du Nord", pyongyang: "Corée du Nord", taïwan: "Taïwan",
  biélorussie: "Biélorussie", bélarus: "Biélorussie", minsk: "Biélorussie", guyane: "Guyane",
  autriche: "Autriche", vienne: "Autriche", suisse: "Suisse", belgique: "Belgique", "pays-bas": "Pays-Bas",
  grèce: "Grèce", athènes: "Grèce", portugal: "Portugal", lisbonne: "Portugal", irak: "Irak", bagdad: "Irak",
  "arabie saoudite": "Arabie saoudite", riyad: "Arabie saoudite", qatar: "Qatar", palestine: "Palestine",
  "république tchèque": "République tchèque", prague: "République tchèque", hongrie: "Hongrie", budapest: "Hongrie",
};

export const meetings: MeetingWords = {
  cue: /t[ée]l[ée]phon|vid[ée]o|visio|sommet|n[ée]goci|pourparler|consultation|d[ée]bat|visit|rendr|rendu|rend |r[ée]uni|rencontr|entreti|entretien|t[êe]te-[àa]-t[êe]te|d[îi]n|d[ée]jeun|retrouv|re[çc]u|recev|re[çc]oi|accueill|audience|audition|s[ée]ance|discut|parl|cycle|round|face-[àa]-face|convoqu|tournée|déplacement/iu,
  cues: [
    { kind: "video_conference", pattern: words("visioconférences?|vidéoconférences?|visio|liaison\\s+vidéo|par\\s+vidéo|en\\s+vidéo|appel\\s+vidéo|sommet\\s+virtuel"), channel: true },
    { kind: "phone_call", pattern: words("(?:conversations?|entretiens?|appels?|échanges?|liaisons?)\\s+téléphoniques?|par\\s+téléphone|au\\s+téléphone|coup\\s+de\\s+(?:fil|téléphone)|téléphoné"), channel: true },
    { kind: "summit", pattern: words("sommets?(?!\\s+de\\s+(?:la|l['’]État|sa|son|leur))") },
    { kind: "negotiations", pattern: words("négociations?|pourparlers|tractations") },
    { kind: "negotiations", pattern: words("négoci(?:er|era|eront|ent|é|és|ait|aient)"), verb: true },
    { kind: "consultations", pattern: words("consultations?") },
    { kind: "debate", pattern: words("débats?\\s+télévisés?|face-à-face|débattr(?:a|ont|e)|débattu") },
    { kind: "visit", pattern: words("visites?|voyage\\s+officiel|tournée|déplacement") },
    { kind: "visit", pattern: words("visit(?:er|era|eront|é|ée|ait)|se\\s+rendr(?:a|ont|e|ait)|s['’]est\\s+rendue?|se\\s+sont\\s+rendus|se\\s+rend(?:ent)?|rendra\\s+visite"), verb: true },
    { kind: "meeting", pattern: words("réunions?|rencontres?|entretiens?|tête-à-tête|dîner|déjeuner|audience|audition|séance\\s+de\\s+travail|session\\s+de\\s+travail|conseil\\s+des\\s+ministres") },
    {
      kind: "meeting",
      pattern: words(
        "rencontr(?:er|era|eront|erait|é|ée|és|ait|aient|ent|e)|s['’]entretien(?:dra|dront|t|nent)|s['’]entretenir|entretenue?s?|(?:se\\s+)?réuni(?:r|ra|ront|e|es|s|ssent|ssait|ssaient)|retrouvée?s?|se\\s+retrouver(?:a|ont)?|recevr(?:a|ont)|reçue?s?|reçoi(?:t|vent)|accueilli(?:e|s|r|ra)?|dîné|déjeuné|convoqu(?:é|ée|és|er|era)",
      ),
      verb: true,
    },
    { kind: "meeting", pattern: words("discut(?:er|eront|era|é|ait|aient|ent)|parlé|cycle|round|échang(?:er|é|eront)"), verb: true, weak: true },
  ],
  notMeeting: words("conférences?\\s+de\\s+presse|points?\\s+de\\s+presse|visite\\s+guidée|rencontres?\\s+sportives?|au\\s+sommet\\s+de\\s+l['’]État"),
  cancelled: /(?<![\p{L}])(?:annul(?:é|ée|és|ées|er|ation)|ajourn(?:é|ée)|suspendue?s?)(?![\p{L}])/iu,
  postponed: /(?<![\p{L}])(?:report(?:é|ée|és|ées)|repoussé(?:e|s)?|décalé(?:e|s)?)\s+(?:à|au|a)(?![\p{L}])/giu,
  anaphora:
    /(?<![\p{L}])(?:les\s+deux\s+(?:dirigeants|présidents|hommes|parties|délégations|ministres|chefs\s+d['’]État)|les\s+présidents\s+des\s+deux\s+pays|les\s+dirigeants|les\s+parties|leurs?\s+homologues?)(?![\p{L}])/iu,
  countries,
  dayNewsVerb:
    /(?<![\p{L}])(?:a|ont|s['’]est|se\s+sont|est|sont)\s+(?:\p{Ll}+\s+){0,2}(?<verb>entretenue?s?|rencontrée?s?|réunie?s?|reçue?s?|visitée?|rendue?s?|téléphoné|dîné|déjeuné)(?![\p{L}])/giu,
  topic:
    /(?<![\p{L}])(?:sur|portant\s+sur|consacrée?s?\s+à|au\s+sujet\s+d[eu'’])\s+(?:les\s+|des\s+|la\s+|le\s+|l['’]\s*|du\s+)?(?<topic>\p{Ll}[\p{L}'’-]*(?:\s+(?:de|du|des)\s+\p{Ll}[\p{L}'’-]*|\s+d['’]\p{Ll}[\p{L}'’-]*){0,3})/u,
  notOrganizations: new Set(["AFP", "UTC", "GMT", "CET", "EST", "TV", "PIB", "MM", "M", "JO", "ONG"]),
};
