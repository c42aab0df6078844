import type { MeetingWords } from "../../stages/meetings/index.js";
import { demonyms } from "./places.js";

/** A case-insensitive, global pattern ending a word (the stage checks that it starts one). */
const words = (source: string) => new RegExp(`(?:${source})(?![\\p{L}])`, "giu");

/** The same, case-sensitive: for patterns that look for a capitalised name after the verb. */
const casedWords = (source: string) => new RegExp(`(?:${source})(?![\\p{L}])`, "gu");

/** Countries by their names and demonyms, lower case as written. */
const countries: Record<string, string> = {
  "union européenne": "UE", "européen": "UE", "européens": "UE", "européenne": "UE", "européennes": "UE",
  "vingt-sept": "UE", russie: "Russie", "la russie": "Russie", russe: "Russie", russes: "Russie",
  "états-unis": "États-Unis", "etats-unis": "États-Unis", "américain": "États-Unis",
  "américaine": "États-Unis", "américains": "États-Unis", "américaines": "États-Unis", ukraine: "Ukraine",
  ukrainien: "Ukraine", ukrainienne: "Ukraine", ukrainiens: "Ukraine", chine: "Chine", chinois: "Chine",
  chinoise: "Chine", france: "France", allemagne: "Allemagne", allemand: "Allemagne", allemande: "Allemagne",
  allemands: "Allemagne", "royaume-uni": "Royaume-Uni", britannique: "Royaume-Uni",
  britanniques: "Royaume-Uni", iran: "Iran", iranien: "Iran", iranienne: "Iran", iraniens: "Iran",
  japon: "Japon", japonais: "Japon", japonaise: "Japon", italie: "Italie", italien: "Italie",
  italienne: "Italie", italiens: "Italie", espagne: "Espagne", pologne: "Pologne", polonais: "Pologne",
  turquie: "Turquie", "israël": "Israël", syrie: "Syrie", liban: "Liban", "égypte": "Égypte", inde: "Inde",
  canada: "Canada", "brésil": "Brésil", mexique: "Mexique", "corée du sud": "Corée du Sud",
  "corée du nord": "Corée du Nord", "taïwan": "Taïwan", "biélorussie": "Biélorussie",
  "bélarus": "Biélorussie", guyane: "Guyane", autriche: "Autriche", suisse: "Suisse", belgique: "Belgique",
  "pays-bas": "Pays-Bas", "grèce": "Grèce", portugal: "Portugal", irak: "Irak",
  "arabie saoudite": "Arabie saoudite", qatar: "Qatar", palestine: "Palestine",
  "république tchèque": "République tchèque", hongrie: "Hongrie",
  // Demonyms of more countries.
  "arménien": "Arménie", "arménienne": "Arménie", "arméniens": "Arménie", "arméniennes": "Arménie",
  "azerbaïdjanais": "Azerbaïdjan", "azerbaïdjanaise": "Azerbaïdjan", "azerbaïdjanaises": "Azerbaïdjan",
  soudanais: "Soudan", soudanaise: "Soudan", soudanaises: "Soudan", saoudien: "Arabie saoudite",
  saoudienne: "Arabie saoudite", saoudiens: "Arabie saoudite", saoudiennes: "Arabie saoudite",
  "émirien": "Émirats arabes unis", "émirienne": "Émirats arabes unis", "émiriens": "Émirats arabes unis",
  "émiriennes": "Émirats arabes unis", omanais: "Oman", omanaise: "Oman", omanaises: "Oman", qatarien: "Qatar",
  qatarienne: "Qatar", qatariens: "Qatar", qatariennes: "Qatar", "koweïtien": "Koweït", "koweïtienne": "Koweït",
  "koweïtiens": "Koweït", "koweïtiennes": "Koweït", jordanien: "Jordanie", jordanienne: "Jordanie",
  jordaniens: "Jordanie", jordaniennes: "Jordanie", libanais: "Liban", libanaise: "Liban", libanaises: "Liban",
  palestinien: "Palestine", palestinienne: "Palestine", palestiniens: "Palestine", palestiniennes: "Palestine",
  irakien: "Irak", irakienne: "Irak", irakiens: "Irak", irakiennes: "Irak", afghan: "Afghanistan",
  afghane: "Afghanistan", afghans: "Afghanistan", afghanes: "Afghanistan", pakistanais: "Pakistan",
  pakistanaise: "Pakistan", pakistanaises: "Pakistan", "népalais": "Népal", "népalaise": "Népal",
  "népalaises": "Népal", "sri-lankais": "Sri Lanka", "sri-lankaise": "Sri Lanka", "sri-lankaises": "Sri Lanka",
  vietnamien: "Viêt Nam", vietnamienne: "Viêt Nam", vietnamiens: "Viêt Nam", vietnamiennes: "Viêt Nam",
  "thaïlandais": "Thaïlande", "thaïlandaise": "Thaïlande", "thaïlandaises": "Thaïlande", "indonésien": "Indonésie",
  "indonésienne": "Indonésie", "indonésiens": "Indonésie", "indonésiennes": "Indonésie", philippin: "Philippines",
  philippine: "Philippines", philippins: "Philippines", philippines: "Philippines", malaisien: "Malaisie",
  malaisienne: "Malaisie", malaisiens: "Malaisie", malaisiennes: "Malaisie", australien: "Australie",
  australienne: "Australie", australiens: "Australie", australiennes: "Australie", "sud-africain": "Afrique du Sud",
  "sud-africaine": "Afrique du Sud", "sud-africains": "Afrique du Sud", "sud-africaines": "Afrique du Sud",
  "nigérian": "Nigeria", "nigériane": "Nigeria", "nigérians": "Nigeria", "nigérianes": "Nigeria", "kényan": "Kenya",
  "kényane": "Kenya", "kényans": "Kenya", "kényanes": "Kenya", "éthiopien": "Éthiopie", "éthiopienne": "Éthiopie",
  "éthiopiens": "Éthiopie", "éthiopiennes": "Éthiopie", "sénégalais": "Sénégal", "sénégalaise": "Sénégal",
  "sénégalaises": "Sénégal", "ghanéen": "Ghana", "ghanéenne": "Ghana", "ghanéens": "Ghana", "ghanéennes": "Ghana",
  marocain: "Maroc", marocaine: "Maroc", marocains: "Maroc", marocaines: "Maroc", "algérien": "Algérie",
  "algérienne": "Algérie", "algériens": "Algérie", "algériennes": "Algérie", tunisien: "Tunisie",
  tunisienne: "Tunisie", tunisiens: "Tunisie", tunisiennes: "Tunisie", libyen: "Libye", libyene: "Libye",
  libyens: "Libye", libyenes: "Libye", malien: "Mali", malienne: "Mali", maliens: "Mali", maliennes: "Mali",
  grec: "Grèce", grecque: "Grèce", grecs: "Grèce", grecques: "Grèce", "néerlandais": "Pays-Bas",
  "néerlandaise": "Pays-Bas", "néerlandaises": "Pays-Bas", belge: "Belgique", belges: "Belgique",
  autrichien: "Autriche", autrichienne: "Autriche", autrichiens: "Autriche", autrichiennes: "Autriche",
  hongrois: "Hongrie", hongroise: "Hongrie", hongroises: "Hongrie", "tchèque": "République tchèque",
  "tchèques": "République tchèque", slovaque: "Slovaquie", slovaques: "Slovaquie", roumain: "Roumanie",
  roumaine: "Roumanie", roumains: "Roumanie", roumaines: "Roumanie", bulgare: "Bulgarie", bulgares: "Bulgarie",
  serbe: "Serbie", serbes: "Serbie", croate: "Croatie", croates: "Croatie", kosovar: "Kosovo", kosovare: "Kosovo",
  kosovars: "Kosovo", kosovares: "Kosovo", albanais: "Albanie", albanaise: "Albanie", albanaises: "Albanie",
  moldave: "Moldavie", moldaves: "Moldavie", "biélorusse": "Biélorussie", "biélorusses": "Biélorussie",
  lituanien: "Lituanie", lituanienne: "Lituanie", lituaniens: "Lituanie", lituaniennes: "Lituanie",
  letton: "Lettonie", lettone: "Lettonie", lettons: "Lettonie", lettones: "Lettonie", estonien: "Estonie",
  estonienne: "Estonie", estoniens: "Estonie", estoniennes: "Estonie", finlandais: "Finlande",
  finlandaise: "Finlande", finlandaises: "Finlande", "suédois": "Suède", "suédoise": "Suède", "suédoises": "Suède",
  "norvégien": "Norvège", "norvégienne": "Norvège", "norvégiens": "Norvège", "norvégiennes": "Norvège",
  danois: "Danemark", danoise: "Danemark", danoises: "Danemark", irlandais: "Irlande", irlandaise: "Irlande",
  irlandaises: "Irlande", "géorgien": "Géorgie", "géorgienne": "Géorgie", "géorgiens": "Géorgie",
  "géorgiennes": "Géorgie", kazakh: "Kazakhstan", kazakhe: "Kazakhstan", kazakhs: "Kazakhstan",
  kazakhes: "Kazakhstan", portugais: "Portugal", portugaise: "Portugal", portugaises: "Portugal",
  argentin: "Argentine", argentine: "Argentine", argentins: "Argentine", argentines: "Argentine", chilien: "Chili",
  chilienne: "Chili", chiliens: "Chili", chiliennes: "Chili", "péruvien": "Pérou", "péruvienne": "Pérou",
  "péruviens": "Pérou", "péruviennes": "Pérou", colombien: "Colombie", colombienne: "Colombie",
  colombiens: "Colombie", colombiennes: "Colombie", "vénézuélien": "Venezuela", "vénézuélienne": "Venezuela",
  "vénézuéliens": "Venezuela", "vénézuéliennes": "Venezuela", cubain: "Cuba", cubaine: "Cuba", cubains: "Cuba",
  cubaines: "Cuba", "haïtien": "Haïti", "haïtienne": "Haïti", "haïtiens": "Haïti", "haïtiennes": "Haïti",
  mexicain: "Mexique", mexicaine: "Mexique", mexicains: "Mexique", mexicaines: "Mexique", "brésilien": "Brésil",
  "brésilienne": "Brésil", "brésiliens": "Brésil", "brésiliennes": "Brésil", canadien: "Canada",
  canadienne: "Canada", canadiens: "Canada", canadiennes: "Canada", indien: "Inde", indienne: "Inde",
  indiens: "Inde", indiennes: "Inde", "égyptien": "Égypte", "égyptienne": "Égypte", "égyptiens": "Égypte",
  "égyptiennes": "Égypte", "israélien": "Israël", "israélienne": "Israël", "israéliens": "Israël",
  "israéliennes": "Israël", syrien: "Syrie", syrienne: "Syrie", syriens: "Syrie", syriennes: "Syrie",
  turc: "Turquie", turque: "Turquie", turcs: "Turquie", turques: "Turquie", espagnol: "Espagne",
  espagnole: "Espagne", espagnols: "Espagne", espagnoles: "Espagne", "sud-coréen": "Corée du Sud",
  "sud-coréenne": "Corée du Sud", "sud-coréens": "Corée du Sud", "sud-coréennes": "Corée du Sud",
  "nord-coréen": "Corée du Nord", "nord-coréenne": "Corée du Nord", "nord-coréens": "Corée du Nord",
  "nord-coréennes": "Corée du Nord",
};
// Every nationality of the place list names its country too (« les délégations sénégalaise et mauritanienne »); the forms above come first.
for (const [demonym, country] of Object.entries(demonyms)) countries[demonym.toLowerCase()] ??= country;

/** Capitals and seats of power, standing for their country. */
const capitals: Record<string, string> = {
  moscou: "Russie", kremlin: "Russie", washington: "États-Unis", "maison blanche": "États-Unis",
  kiev: "Ukraine", kyiv: "Ukraine", "pékin": "Chine", paris: "France", "élysée": "France",
  "l'élysée": "France", berlin: "Allemagne", londres: "Royaume-Uni", "téhéran": "Iran", tokyo: "Japon",
  rome: "Italie", madrid: "Espagne", varsovie: "Pologne", ankara: "Turquie", damas: "Syrie",
  beyrouth: "Liban", "le caire": "Égypte", "new delhi": "Inde", ottawa: "Canada", "séoul": "Corée du Sud",
  pyongyang: "Corée du Nord", minsk: "Biélorussie", vienne: "Autriche", "athènes": "Grèce",
  lisbonne: "Portugal", bagdad: "Irak", riyad: "Arabie saoudite", prague: "République tchèque",
  budapest: "Hongrie",
};

/** Not a company: a union, a public body, a federation, a party. */
const companyNot =
  /(?<![\p{L}])(?:[Ss]yndica\p{L}*|[Cc]onfédération|[Ff]édération|[Ff]orce\s+ouvrière|CGT|CFDT|[Mm]inistère|[Aa]gence|[Aa]utorité|[Cc]ommission|[Cc]omité|[Cc]onseil|[Pp]réfecture|[Gg]ouvernement|[Aa]ssemblée|[Ss]énat|[Pp]arti|[Uu]nion|[Oo]rganisation|[Ii]nstitut|[Uu]niversité|[Tt]ribunal|[Cc]our|[Bb]ourse|[Cc]aisse)(?![\p{L}])/u;

export const meetings: MeetingWords = {
  // Grouped by first letter (the order within a group kept): a regex engine then tries one group per character.
  cue: /(?:mission\s+officielle|c[ée]r[ée]monies?\s+d|t(?:[ée]l[ée]phon|[ée]l[ée]conf|[êe]te-[àa]|ourn[ée]e|ables?\s+ronde)|v(?:id[ée]o|isio|isit|oyage)|s(?:ommet|e\s+rend|['’]est\s+rend|ont\s+rend|[ée]ance|ession|e\s+(?:re)?v(?:err|oi)|e\s+sont\s+(?:\p{Ll}+\s+)?(?:re)?vu|['’]étaient\s+(?:\p{Ll}+\s+)?(?:re)?vu)|n[ée]goci|p(?:ourparler|arlé)|c(?:onsult|ongr|ycle|onseil\s+(?:des|extra|restr|de\s+d)|onvoqu)|d(?:[ée]bat|în|[ée]jeun|iscut|iscussion|[ée]placement)|r(?:endra\s+visite|endez-vous|[ée]uni|encontr|etrouv|e[çc]u|ecev|e[çc]oi|ound)|ent(?:ret|endu)|a(?:ccueill|udience|udition|ppel|ttendu|rriv|ffront|ssembl[ée]es?\s+g[ée]n[ée]rale)|face-[àa]|échang|(?:est|sont)\s+(?:ensuite\s+|également\s+|aussi\s+)?all[ée])/iu,
  cues: [
    { kind: "video_conference", pattern: words("visioconférences?|vidéoconférences?|téléconférences?|visio|liaison\\s+vidéo|par\\s+vidéo|en\\s+vidéo|appel\\s+vidéo|sommet\\s+virtuel"), channel: true },
    // « a appelé mardi le chancelier Otto Brandt »: a person rung up (not « a appelé à la grève »).
    {
      kind: "phone_call",
      pattern: casedWords(
        "(?:a|avait|ont|avaient|aura)\\s+appelé(?=\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\\s+(?:matin|midi|soir))?\\s+)?(?:(?:le|la)\\s+(?:président|présidente|chancelier|chancelière|premier|première|ministre|roi|reine|secrétaire|pape)(?![\\p{L}])|(?:son|sa)\\s+homologue|\\p{Lu}\\p{Ll}+\\s+\\p{Lu}))",
      ),
      verb: true,
      channel: true,
    },
    { kind: "phone_call", pattern: words("(?:conversations?|entretiens?|appels?|échanges?|liaisons?)\\s+téléphoniques?|par\\s+téléphone|au\\s+téléphone|coup\\s+de\\s+(?:fil|téléphone)|téléphoné"), channel: true },
    // « L'appel, prévu à 14 heures, … »: the call told before, named again (weak: never a call of its own).
    { kind: "phone_call", pattern: words("l['’]appel(?=\\s*,|\\s+(?:prévu|doit|devrait|durera|a\\s+duré|aura|qui))"), weak: true },
    // « le sommet de la CEEC », « de la Francophonie »: a body's summit (« au sommet de la hiérarchie » is none).
    { kind: "summit", pattern: casedWords("[Ss]ommets?(?=\\s+de\\s+la\\s+\\p{Lu})") },
    { kind: "summit", pattern: words("sommets?(?!\\s+de\\s+(?:la|l['’]État|sa|son|leur))") },
    { kind: "negotiations", pattern: words("négociations?|pourparlers|tractations") },
    { kind: "negotiations", pattern: words("négoci(?:er|era|eront|ent|é|és|ait|aient)"), verb: true },
    { kind: "consultations", pattern: words("consultations") },
    // "sera consulté le 28 avril", "sera par ailleurs consulté", "consultera les maires": not "un document consulté par l'AFP".
    {
      kind: "consultations",
      pattern: words("consulter(?:a|ont|ait|aient)?|(?:sera|seront|serait|seraient|a\\s+été|ont\\s+été)\\s+(?:\\p{Ll}+\\s+){0,2}consulté(?:e|s|es)?(?!\\s+par)"),
      verb: true,
    },
    // "le débat des chefs", "le débat entre les deux finalistes", « s'affronteront lors d'un débat »: a debate between people, not a debate on an issue.
    {
      kind: "debate",
      pattern: words(
        "débats?\\s+(?:télévisés?|radiodiffusés?|diffusés?|retransmis)|(?:s['’]affronter(?:a|ont|ait|aient)?|se\\s+sont\\s+affronté(?:e|s|es)?|s['’]est\\s+affronté(?:e|s|es)?)(?=[^.;]{0,80}?\\sdébat)|débats?\\s+(?:des\\s+chefs|des\\s+candidats|présidentiels?|de\\s+l['’]entre-deux-tours|d['’]entre-deux-tours)|débats?(?=\\s+(?:[\\p{L}'’-]+\\s+){0,3}entre\\s)|face-à-face|débattr(?:a|ont|e)|débattu",
      ),
    },
    { kind: "visit", pattern: words("visites?|voyage\\s+officiel|tournée|déplacement|missions?\\s+officielles?") },
    { kind: "visit", pattern: words("visit(?:er|era|eront|é|ée|ait)|rendra\\s+visite"), verb: true },
    // « est arrivée lundi soir à Bamako », « arrivera mardi à Pékin »: the start of a visit.
    {
      kind: "visit",
      pattern: casedWords("(?:(?:est|sont|était|étaient)\\s+arrivée?s?|arriver(?:a|ont)|arrive(?:nt)?)(?=\\s+(?:[\\p{Ll}'’]+\\s+){0,3}(?:à|en|au|aux)\\s+\\p{Lu})"),
      verb: true,
    },
    // « est attendu vendredi à Kiev »: a visit announced by who awaits it.
    {
      kind: "visit",
      pattern: casedWords("(?:est|sont|sera|seront|était|étaient)\\s+attendue?s?(?=\\s+(?:[\\p{Ll}'’]+\\s+){0,3}(?:à|en|au|aux)\\s+\\p{Lu})"),
      verb: true,
    },
    {
      kind: "visit",
      pattern: casedWords(
        "(?:se\\s+rendr(?:a|ont|e|ait)|s['’]est\\s+rendue?|se\\s+sont\\s+rendus|se\\s+rend(?:ent)?|(?:est|sont)\\s+(?:ensuite\\s+|également\\s+|aussi\\s+)?allée?s?)(?=\\s+(?:[\\p{Ll}'’]+\\s+){0,4}(?:à|en|au|aux)\\s+\\p{Lu})",
      ),
      verb: true,
    },
    // « l'assemblée générale des actionnaires du 28 mai »: a company's shareholders convened (not the UN's Assemblée générale, capitalised).
    { kind: "meeting", pattern: casedWords("assemblées?\\s+générales?") },
    { kind: "meeting", pattern: words("réunions?|rencontres?|rendez-vous|entretiens?|tables?\\s+rondes?|tête-à-tête|dîner|déjeuner|audience|audition|séance\\s+de\\s+travail|congrès(?!\\s+(?:américain|des\\s+États-Unis))|session\\s+de\\s+travail|conseil\\s+(?:des\\s+ministres|extraordinaire|restreint|de\\s+défense)") },
    {
      kind: "meeting",
      pattern: words(
        "(?:a|ont|avait|avaient)\\s+(?:(?:ainsi|également|aussi|ensuite|notamment|longuement|par\\s+ailleurs)\\s+)?échangé(?=(?:\\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\\s+(?:matin|midi|soir))?|des\\s+vues|(?:par|au)\\s+téléphone|longuement|brièvement)){0,2}\\s+avec)|échanger(?:a|ont)(?=\\s+(?:\\p{Ll}+\\s+)?avec)|rencontr(?:er|era|eront|erait|é|ée|és|ait|aient|ent|e)|s['’]entretien(?:dra|dront|t|nent)|s['’]entretenir|entretenue?s?|(?:se\\s+)?réuni(?:r|ra|ront|e|es|s|ssent|ssait|ssaient)?|(?:se\\s+sont|s['’]étaient|s['’]est|s['’]était)\\s+(?:\\p{Ll}+\\s+)?retrouvée?s?|se\\s+retrouver(?:a|ont)?|accueilli(?:e|s|r|ra)?|dîné|déjeuné|dîner(?:a|ont)|déjeuner(?:a|ont)|(?:(?:se\\s+sont|s['’]étaient)\\s+(?:\\p{Ll}+\\s+)?(?:re)?vue?s|se\\s+(?:re)?verr(?:a|ont|ait|aient)|se\\s+(?:re)?voi(?:ent|r))(?!\\s+(?:contrainte?s?|obligée?s?|forcée?s?|privée?s?|\\p{Ll}+(?:er|ir|re))(?![\\p{L}]))",
      ),
      verb: true,
    },
    {
      kind: "meeting",
      pattern: casedWords(
        "(?:recevoir|recevr(?:a|ont|ait)|re[çc]oi(?:t|vent)|re[çc]u(?:e|s|es)?)(?=\\s+(?:(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?:prochain|dernier|matin|midi|soir|après-midi))?|en\\s+outre|également|aussi|ensuite|notamment|d['’]abord|le\\s+lendemain|la\\s+veille|dans\\s+la\\s+(?:matinée|soirée|journée)|hier|demain|aujourd['’]hui|ce\\s+\\p{Ll}+|(?:le\\s+)?\\d{1,2}(?:er)?\\s+\\p{Ll}+|(?:au|à\\s+la)\\s+(?:ministère|siège|préfecture|mairie|palais)\\s+(?:de\\s+l['’]|de\\s+la\\s+|des\\s+|du\\s+|de\\s+|d['’])?\\p{Lu}[\\p{L}-]*|à\\s+\\d{1,2}\\s?h(?:eures?)?(?:\\s?\\d\\d)?|heure\\s+(?:de\\s+|d['’]|du\\s+)?\\p{L}+|\\([^()]{1,25}\\)|à\\s+(?:l['’])?\\p{Lu}\\p{L}+|au\\s+\\p{Lu}\\p{L}+(?:\\s+d['’]\\p{Lu}\\p{L}+)?),?\\s+){0,3}(?:par|son\\s+(?:homologue|hôte)|une?\\s+(?:groupe|délégation)|le\\s+(?:président|premier|chef|roi|pape|ministre|secrétaire|chancelier|prince|vice-président|envoyé|émissaire)|la\\s+(?:présidente|chancelière|première|reine|ministre|vice-présidente|princesse)|l['’](?:ambassadeur|ambassadrice|envoyée?|émissaire|émir)|les\\s+(?:dirigeants|représentants|responsables|chefs|leaders|délégations)\\s+d(?:es|e|u)\\s|les\\s+(?:familles|syndicats|élus|maires|présidents|parlementaires|habitants|riverains|grévistes|victimes|organisations|partenaires\\s+sociaux|associations|agriculteurs|éleveurs|syndicalistes|patrons|partis|travailleurs|salariés|ouvriers|enseignants|soignants|commerçants|pêcheurs|étudiants)(?![\\p{L}])|\\p{Lu}(?!rix)(?!\\.\\p{Lu})))",
      ),
      verb: true,
    },
    // « Elle l'avait reçu il y a deux semaines », « il les a reçus lundi »: the guest is the pronoun before the verb.
    {
      kind: "meeting",
      pattern: words("re[çc]u(?:e|s|es)?(?<=(?:l['’]|les\\s+)(?:a|avait|ont|avaient)(?:\\s+(?:déjà|aussi|également|longuement))?\\s+re[çc]u(?:e|s|es)?)"),
      verb: true,
    },
    // « seront reçus le 3 mai », « sera reçue jeudi à l'Élysée »: the passive of a day's reception, its host unsaid.
    {
      kind: "meeting",
      pattern: words(
        "(?:sera|seront|serait|seraient|a\\s+été|ont\\s+été|être)\\s+(?:\\p{Ll}+\\s+){0,2}?re[çc]u(?:e|s|es)?(?=\\s+(?:le\\s+\\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|dans\\s+la\\s+(?:journée|matinée|soirée))(?![\\p{L}]))",
      ),
      verb: true,
    },
    // Read like a verb: its tense is that of the verb just before it (« ouvriront un nouveau cycle »), not of the clause.
    // A witness heard by a body: the body's hearing (« sera auditionné par la commission », « sera entendu par le conseil »).
    // Not by the police or a judge: « auditionné par les enquêteurs » is no meeting.
    {
      kind: "meeting",
      pattern: words(
        "(?:auditionn(?:é|ée|és|ées|er|era|eront|ait|aient)|(?:sera|seront|serait|seraient|été|être)\\s+(?:\\p{Ll}+\\s+){0,2}?entendue?s?)(?=[^.;]{0,60}?\\spar\\s+(?:la\\s+|le\\s+|les\\s+|l['’])?(?:commission|comité|mission|sénateurs|députés|parlementaires|élus|Sénat|Assemblée|Parlement|conseil|direction|autorité|haute\\s+autorité)(?![\\p{L}]))",
      ),
      verb: true,
      hearing: true,
    },
    { kind: "meeting", pattern: words("cycle|round|séances?|sessions?|cérémonies?\\s+d['’]ouverture|cérémonies?\\s+de\\s+clôture"), verb: true, weak: true, sitting: true },
    // « la commission sera convoquée le 3 mai »: a body convened sits; a person summoned (« convoqué par le juge », « au commissariat ») does not.
    {
      kind: "meeting",
      pattern: words("(?:sera|seront|serait|seraient|être|est|sont|a\\s+été|ont\\s+été)\\s+(?:\\p{Ll}+\\s+){0,2}?convoquée?s?(?!\\s+(?:par|à|au|aux|devant|chez)(?![\\p{L}]))"),
      verb: true,
      weak: true,
      sitting: true,
    },
    { kind: "meeting", pattern: words("discussions?|discut(?:er|eront|era|é|ait|aient|ent)|parlé|échang(?:er|é|eront)"), verb: true, weak: true },
  ],
  // Une rencontre niée (« n'a pas rencontré », « ne recevra pas », « aucune rencontre ») n'en est pas une.
  notMeeting: words("entretiens?\\s+(?:télévisés?|radiophoniques?|radiodiffusés?|diffusés?|exclusifs?|accordés?\\s+(?:à|au|aux))|par\\s+(?:la|le|des|voie\\s+de)\\s+(?:négociations?|dialogue|discussions?|concertation)|n['’](?:a|ont|avait|avaient|aura|auront)\\s+pas\\s+(?:\\p{Ll}+\\s+)?(?:rencontré|reçu|visité|parlé|téléphoné)|ne\\s+(?:(?:se\\s+)?\\p{Ll}+\\s+)?(?:rencontrer(?:a|ont)|recevr(?:a|ont)|visiter(?:a|ont)|rendr(?:a|ont)|verr(?:a|ont))\\s+pas|(?:aucune?|pas\\s+de|pas\\s+d['’])\\s*(?:\\p{Ll}+\\s+)?(?:rencontres?|réunions?|entretiens?|visites?|sommets?|appels?|discussions?)|parti\\s+du\\s+congrès|visites?\\s+médicales?|à\\s+la\\s+rencontre\\s+(?:de|des|du|d['’])|\\(la\\s+réunion\\)|île\\s+de\\s+la\\s+réunion|(?:ans|années|mois|semaines|(?:longs|longues|interminables|plusieurs|après)\\s+(?:jours|heures))\\s+de\\s+(?:négociations|discussions|pourparlers)|réuni\\p{L}*\\s+(?:les\\s+|plus\\s+de\\s+|près\\s+de\\s+)?\\d+(?!\\d|\\s+(?:et\\s+\\d+\\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))|(?:parlement|sénat|assemblée\\s+nationale|congrès)\\s+(?:se\\s+réuni\\p{L}*|siég\\p{L}*)(?![^.;,]{0,40}?\\s(?:pour|afin\\s+de)\\s+(?:décider|examiner|débattre|discuter|se\\s+prononcer|statuer|confirmer)|[^.;,]{0,40}?\\sen\\s+session\\s+extraordinaire)|conférences?\\s+de\\s+presse|points?\\s+de\\s+presse|visite\\s+guidée|rencontres?\\s+sportives?|au\\s+sommet\\s+de\\s+l['’]État|retour\\s+d['’]une?\\s+(?:visite|tournée|voyage|déplacement)|retour\\s+de\\s+(?:sa|son|leur|la|ce|cette)\\s+(?:visite|tournée|voyage|déplacement)"),
  // Put off with no new day is called off for that day ("reporté sine die"); "suspendues" talks are only paused.
  cancelled:
    /(?<![a-zA-Z])(?<![\p{L}])(?:annul(?:é|ée|és|ées|er|ation)|ajourn(?:é|ée)|n['’](?:aura|auront|a|ont)\s+pas\s+(?:eu\s+)?lieu|ne\s+se\s+tiendr(?:a|ont)\s+pas|report(?:é|ée|és|ées)\s+(?:sine\s+die|à\s+une\s+date\s+ultérieure))(?![\p{L}])/iu,
  // "reportée d'une semaine, au 15 avril": the new date may follow the delay.
  postponed: /(?<![a-zA-Z])(?<![\p{L}])(?:report(?:é|ée|és|ées)|repoussé(?:e|s)?|décalé(?:e|s)?)(?:\s+d['’]\s*(?:une?|\p{L}+|\d+)\s+(?:jours?|semaines?|mois)\s*,?|\s+de\s+(?:\p{L}+|\d+)\s+(?:jours|semaines|mois)\s*,?)?\s+(?:à|au|a)(?![\p{L}])/giu,
  sides: /(?:délégations|parties|camps|gouvernements|équipes)$/iu,
  countriesByNumber: /(?<![a-zA-Z])(?<![\p{L}])(?:les|des|aux|ces)\s+(?<count>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+pays(?![\p{L}])/iu,
  counts: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  theirs: /(?<![a-zA-Z])(?<![\p{L}])leurs?\s+(?:[\p{Ll}\d-]+\s+)?$/iu,
  anaphora:
    /(?<![a-zA-Z])(?<![\p{L}])(?:^(?:ils|elles)(?=\s)|les\s+deux\s+(?:dirigeants|dirigeantes|présidents|présidentes|hommes|femmes|candidats|candidates|rivaux|rivales|finalistes|adversaires|parties|délégations|équipes|(?:premiers\s+)?ministres|camps|gouvernements|chefs\s+d['’]État|chefs\s+de\s+(?:gouvernement|la\s+diplomatie)|homologues|responsables|diplomates|émissaires)|les\s+présidents\s+des\s+deux\s+pays|les\s+dirigeants(?!\s+\p{Ll}+s(?![\p{L}]))|les\s+parties|leurs?\s+homologues?|leurs?(?=\s+(?:\p{Ll}+\s+)?(?:rencontres?|réunions?|entretiens?|conversations?|échanges?|entrevues?)(?![\p{L}]))|une?\s+(?:rencontre|réunion|entretien|conversation|visioconférence)\s+(?:semblable|similaire|identique))(?![\p{L}])/iu,
  ministerial: /(?<![a-zA-Z])(?<![\p{L}])minist(?:re|res|ériel|érielle)(?![\p{L}])/iu,
  // « Seront présent·e·s aux côtés de la Première ministre : », « Étaient également présents ».
  attendeesListed: /^\s*(?:Seront|Sont|Étaient|Etaient|Seraient)\s+(?:également\s+|aussi\s+)?présent(?:[.·]?e)?(?:[.·]?s)?(?:\s+(?:aux\s+côtés|autour)\s+(?:de\s+|du\s+|des\s+|d['’])[^,:;]{0,60})?\s*[,:]/u,
  attendance:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:ont|a)\s+(?:déjà\s+)?confirmé\s+(?:leur|sa)\s+(?:présence|participation|venue)|(?:y\s+)?participeront|(?:y\s+)?seront\s+(?:également\s+)?présente?s|(?:sont|seront)\s+(?:également\s+)?(?:invitée?s|convié(?:e|s|es)?))(?![\p{L}])/iu,
  unnamedPerson:
    /(?<![a-zA-Z'’-])(?<![\p{L}'’-])(?:il|elle)(?!\s+(?:y|faut|fallait|s['’]agit|semble|semblait|para[iî]t|est\s+(?:prévu|question|possible|probable)))(?![\p{L}'’-])|(?<![a-zA-Z])(?<![\p{L}])(?:le|la)\s+(?:\p{Ll}+\s+)?(?:président|présidente|dirigeant|dirigeante|chef|cheffe|ministre|chancelier|chancelière|roi|reine|souverain|monarque|pape|secrétaire|leader|candidat|candidate|maire|gouverneur|préfet|préfète|commissaire|ambassadeur|ambassadrice|envoyé|envoyée|émissaire|médiateur|médiatrice|directeur|directrice|PDG|sénateur|sénatrice)(?![\p{L}])/iu,
  countries,
  capitals,
  regions: ["sud", "latino", "nord", "centre", "est", "ouest"].flatMap((prefix) =>
    ["américain", "américaine", "américains", "américaines", "européen", "européenne", "européens", "européennes"].map(
      (demonym) => `${prefix}-${demonym}`,
    ),
  ),
  // « à quelques semaines d'une visite », « avant le sommet »: an event still to come, whose day is not the clause's.
  aheadOf:
    /(?<![a-zA-Z])(?<![\p{L}])(?:à\s+(?:quelques|\p{L}+|\d+)\s+(?:jours|semaines|mois)\s+(?:de\s+|d['’]\s*|du\s+|des\s+)|en\s+prévision\s+(?:de\s+|d['’]\s*|du\s+)|avant\s+(?=une?\s|la\s|le\s|l['’]|sa\s|son\s|leur\s))(?:une?\s+|la\s+|le\s+|l['’]\s*|sa\s+|son\s+|leur\s+)?(?:\p{Ll}+\s+)?$/iu,
  dayNewsVerb:
    /(?<![a-zA-Z])(?<![\p{L}])(?:a|ont|s['’]est|se\s+sont|est|sont)\s+(?:\p{Ll}+\s+){0,2}(?<verb>entretenue?s?|rencontrée?s?|réunie?s?|reçue?s?|visitée?|rendue?s?|téléphoné|dîné|déjeuné)(?![\p{L}])/giu,
  pluralNoun: /(?:réunions|rencontres|entretiens|sommets|visites|débats|audiences)$/iu,
  plannedWeak: /(?<![a-zA-Z])(?<![\p{L}])(?:doi(?:t|vent)|devra(?:it)?|devront|devraient|va|vont|prévoi(?:t|ent))\s+$/iu,
  purpose: /(?<![a-zA-Z])(?<![\p{L}])(?:pour|en\s+vue\s+d['’]?)\s*(?:une?|des|de\s+nouvelles|de\s+nouveaux|d['’])?\s*(?:\p{Ll}+\s+)?$/u,
  joinedSubject: /(?<![a-zA-Z])(?<![\p{L}])et\s+(?:\p{Ll}+\s+){0,4}\p{Lu}/u,
  negotiationPurpose: /^[^.;]*?(?<![\p{L}])(?:pour|afin\s+de|en\s+vue\s+de)\s+(?:tenter\s+de\s+|essayer\s+de\s+)?(?:finaliser|négocier|renégocier|conclure|boucler|sceller)\s+(?:un|une|l['’]|la|le|leur|son|sa)\s*(?:[\p{L}-]+\s+){0,3}?(?:l['’]|d['’])?(?:accord|traité|pacte|compromis)(?![\p{L}])/u,
  agreedToStart: /(?<![a-zA-Z])(?<![\p{L}])(?:convenu|décidé|accepté)\s+(?:de\s+|d['’])(?:reprendre|relancer|rouvrir|ouvrir|lancer|entamer|engager|commencer)\s+(?:les|des|de\s+nouvelles|de\s+nouveaux|d['’])\s*(?:\p{Ll}+\s+)?$/u,
  sports:
    /(?<![a-zA-Z])(?<![\p{L}])(?:match(?:s|es)?|finale|demi-finale|quarts?\s+de\s+finale|championnat|tournoi|coupe\s+d|ligue|équipe|stade|buts?|concours|compétition|olympiques?|JO)(?![\p{L}])/iu,
  // « se sont parlé ce soir au téléphone »: a time of day is no meeting pointed back to.
  definite:
    /(?<![a-zA-Z])(?<![\p{L}])(?:les|la|le|l['’]|ces|cette|ce|cet)\s*(?!(?:soir|matin|midi|jour|week-end|mois|semaine|année|après-midi|nuit)\s)(?:\p{Ll}+\s+)?$/iu,
  coordinated:
    /(?<![a-zA-Z])(?<![\p{L}])(?:et|mais)\s+(?:(?:ensuite|aussi|également|plus\s+tard)\s+)?(?:(?:a|ont|avait|avaient)\s+(?:(?:ensuite|aussi|également)\s+)?(?:eu|tenu|organisé)\s+(?:une?\s+|la\s+|le\s+|l['’])?(?:\p{Ll}+\s+)?)?$/iu,
  then: /(?<![a-zA-Z])(?<![\p{L}])(?:puis|ensuite|avant\s+de|et\s+(?:le|la)\s+(?:deuxième|second|seconde|troisième|dernier|dernière|suivant|suivante))(?![\p{L}])/iu,
  laterEvent:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:après|depuis)\s+(?:leur|la|le|l['’]|sa|son|ses|les|une?)(?![\p{L}])|(?:se\s+tiendra|se\s+tiendront|aura\s+lieu|auront\s+lieu|prévue?s?\s+(?:en|pour))(?![\p{L}]))/giu,
  cameAfter: /(?<![a-zA-Z])(?<![\p{L}])(?:intervient|intervenait|est\s+intervenue?|survient|a\s+eu\s+lieu|s['’]est\s+tenue?)\s+(?:peu\s+|juste\s+|quelques\s+heures\s+)?après\s/iu,
  tally:
    /(?<![\p{L}\d])(?:\d+(?:\s\d{3})*|(?:des\s+)?(?:dizaines|centaines)\s+(?:de|d['’])|une\s+(?:dizaine|vingtaine|trentaine|centaine)\s+(?:de|d['’])|de\s+nombreu(?:x|ses))\s*$/iu,
  // « des entretiens », « des conversations en tête-à-tête ».
  indefinitePlural: /(?<![a-zA-Z])(?<![\p{L}])(?:des|plusieurs|quelques|d['’]autres|diverses|divers)\s+(?:\p{Ll}+s\s+(?:en\s+)?)?$/u,
  sinceOpening: /^\s+depuis\s+(?:le\s+)?$/iu,
  blocLeaders:
    /(?<![a-zA-Z])(?<![\p{L}])(?:chefs|dirigeants)\s+d['’][ÉE]tats?\s+(?:et\s+de\s+gouvernement\s+)?(?:des|de\s+l['’]|du)\s*(?<bloc>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?![\p{L}])/gu,
  bilateral: /(?<![a-zA-Z])(?<![\p{L}])(?:(?:discussions|rencontres|réunions|consultations)\s+bilatérales|entretiens\s+bilatéraux|(?:rencontres|entretiens)\s+séparé(?:e)?s)(?![\p{L}])/iu,
  withFollows: /^\s+avec\s/iu,
  otherTime: /(?<![a-zA-Z\d])(?<![\p{L}\d])(?:1[89]\d\d|20\d\d)(?![\p{L}\d])|(?<![a-zA-Z])(?<![\p{L}])(?:récemment|déjà|auparavant|naguère|le\s+week-end\s+dernier|la\s+semaine\s+(?:dernière|passée)|le\s+mois\s+dernier|en\s+début\s+de\s+semaine|tout\s+au\s+long\s+d(?:u|e\s+la|e\s+l['’]|es)\s*(?!journée|matinée|soirée|nuit|après-midi)\p{L}+|(?:au\s+cours|durant|pendant)\s+(?:du\s+mois|des\s+(?:derni\p{L}+\s+)?(?:semaines|mois))|ces\s+(?:dernières\s+semaines|derniers\s+(?:mois|jours))|depuis\s+des\s+(?:semaines|mois))(?![\p{L}])|(?<![a-zA-Z])(?<![\p{L}])en\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}])/iu,
  topic:
    /(?<![a-zA-Z])(?<![\p{L}])(?:sur|portant\s+sur|consacrée?s?\s+à|au\s+sujet\s+d[eu'’])\s+(?:les\s+|des\s+|la\s+|le\s+|l['’]\s*|du\s+)?(?<topic>\p{Ll}[\p{L}'’-]*(?:\s+(?:de|du|des)\s+\p{Ll}[\p{L}'’-]*|\s+d['’]\p{Ll}[\p{L}'’-]*){0,3})/u,
  // "le comité exécutif du parti"; capitalised only with its adjective ("le Conseil européen"), not "le Conseil" alone;
  // short words and verbs end the name ("le comité exécutif se réunira").
  bodies:
    /(?<![a-zA-Z])(?<![\p{L}])(?<body>syndicats|patronat|intersyndicale|(?:comité|conseil|commission|bureau|instances)(?:\s+d['’]\p{Ll}[\p{L}-]*|\s+(?:des|du|de\s+la|de\s+l['’])\s*(?!(?:demain|hier|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain|dernier|aujourd|lendemain|veille|semaine|mois|jour)(?![\p{L}]))\p{Ll}{4,}[\p{L}-]*)?(?:\s+(?!\p{Ll}{1,3}(?:\s|['’])|(?:sera|seront|doit|doivent|devait|devra|tiendra|tiendront|pour|avec|dans|sont|avait|était)\s|réuni|(?:demain|hier|matin|soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|prochain|dernier|aujourd)(?![\p{L}]))\p{Ll}[\p{L}-]*){0,3}(?:\s+(?:du|des)\s+(?:parti|gouverneurs|ministres|sécurité|FPÖ|\p{Lu}[\p{Lu}\p{L}-]*))?|(?:Comité|Conseil|Commission)(?:\s+(?!\p{Ll}{1,3}\s|(?:sera|seront|doit|doivent|devait|devra|tiendra|tiendront|pour|avec|dans|sont|avait|était)\s|réuni)\p{Ll}[\p{L}-]*){1,2})(?![\p{L}])/gu,
  convenedLegislature:
    /(?<![\p{L}'’-])(?<body>(?:[Pp]arlement|[Ss]énat|[Aa]ssemblée\s+nationale)(?:\s+(?!se\s)\p{Ll}[\p{L}-]+)?)(?=\s+(?:(?:doit|devait|devra|va|allait|vont)\s+)?(?:se\s+réuni|s['’](?:est|était)\s+réuni)\p{L}*)/gu,
  // « Conseil de l'Arctique », « Comité Nobel »: the capitalised head followed by a name.
  namedBody: (head) =>
    new RegExp(
      `(?<![\\p{L}'’-])(?<name>${head.charAt(0).toUpperCase()}${head.slice(1)}\\s+(?:de\\s+l['’]|de\\s+la\\s+|du\\s+|des\\s+|d['’])?\\p{Lu}[\\p{L}-]*)(?![\\p{L}])`,
      "gu",
    ),
  kindAnaphor: /(?<![\p{L}])(?:la|le|l['’])\s*(?<head>fédération|confédération|agence|syndicat|direction|entreprise|société|autorité)(?![\p{L}])/gu,
  pairAnaphor: /(?<![\p{L}])(?:les|des|aux)\s+deux\s+(?<head>groupes|entreprises|sociétés|compagnies|syndicats|fédérations)(?=\s*(?:$|[,.;)]|\s(?!de\s|d['’]|du\s|des\s)))/gu,
  pairKinds: { groupes: "entreprise", entreprises: "entreprise", sociétés: "entreprise", compagnies: "entreprise", syndicats: "syndicat", fédérations: "fédération" },
  kindNames: {
    fédération: { name: /(?<![\p{L}])[Ff]édération(?![\p{L}])/u },
    confédération: { name: /(?<![\p{L}])[Cc]onfédération(?![\p{L}])/u },
    agence: { name: /(?<![\p{L}])[Aa]gence(?![\p{L}])/u },
    autorité: { name: /(?<![\p{L}])[Aa]utorité(?![\p{L}])/u },
    syndicat: { name: /(?<![\p{L}])(?:[Ss]yndica\p{L}*|[Cc]onfédération\s+(?:\p{L}+\s+){1,3}du\s+travail|[Ff]orce\s+ouvrière|CGT|CFDT|CFTC|CFE-CGC|UNSA)(?![\p{L}])/u },
    direction: { name: /^\p{Lu}/u, not: companyNot },
    entreprise: { name: /^\p{Lu}/u, not: companyNot },
    société: { name: /^\p{Lu}/u, not: companyNot },
  },
  notParties: new Set(["AFP", "Reuters", "AP", "Xinhua", "TASS", "Tass", "RIA Novosti", "UTC", "GMT", "CET", "EST", "TV", "PIB", "MM", "M", "JO", "ONG"]),
  reportingClause:
    /,\s*(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|encore)\s+)?(?:annoncé|indiqué|déclaré|précisé|fait\s+savoir|affirmé|souligné|confirmé|expliqué|estimé|assuré|rapporté|ajouté|dit|jugé)(?![\p{L}])|,\s*selon\s/iu,
  frame:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:au\s+(?:\p{L}+\s+)?jour|au\s+cours|lors|à\s+l['’]occasion|en\s+marge|en\s+amont)\s+(?:de|d['’]|du|des)|pendant|durant)\s*(?:sa|son|leur|la|le|l['’]|ce|cet|cette|une?)?\s*(?:\p{L}+\s+)?\p{P}?\s*$/iu,
  dateAlternative: /^\s*,?\s*ou(?:\s+bien)?\s*$/iu,
  datePair: /^\s*,?\s*et\s*$/iu,
  apposition: /,\s*(?:sa|son|leur|ses)\s+(?:\p{Ll}+\s+){0,2}$/u,
  combiningForms: { "franco": "France", "germano": "Allemagne", "russo": "Russie", "sino": "Chine", "italo": "Italie", "hispano": "Espagne", "nippo": "Japon", "israélo": "Israël", "américano": "États-Unis", "turco": "Turquie", "gréco": "Grèce", "irano": "Iran", "syro": "Syrie", "libano": "Liban", "belgo": "Belgique", "polono": "Pologne", "ukraino": "Ukraine", "serbo": "Serbie", "austro": "Autriche", "luso": "Portugal", "saoudo": "Arabie saoudite", "algéro": "Algérie", "maroco": "Maroc", "tuniso": "Tunisie", "sénégalo": "Sénégal", "ivoiro": "Côte d’Ivoire" },
  combiningForm: /(franco|germano|russo|sino|italo|hispano|nippo|israélo|américano|turco|gréco|irano|syro|libano|belgo|polono|ukraino|serbo|austro|luso|saoudo|algéro|maroco|tuniso|sénégalo|ivoiro)-(?=\p{L})/giu,
  sidesFollow: /^\s+entre\s/iu,
  sittingBody: /(?<![a-zA-Z])(?<![\p{L}])(?:conseil|comité|commission|bureau|parlement|sénat|assemblée|congrès)(?![\p{L}])/iu,
  continues: /(?<![a-zA-Z])(?<![\p{L}])(?:se\s+poursui\p{L}*|se\s+termin\p{L}*|s['’]achèv\p{L}*|s['’]achever\p{L}*|prendr\p{L}*\s+fin|jusqu['’](?:à|au))(?![\p{L}])/iu,
  ordinal: /(?<![a-zA-Z])(?<![\p{L}])(?:premi(?:er|ère)|deuxième|second(?:e)?|troisième|dernier|dernière|précédente?|prochaine?|nouvelle|nouvel|autre)\s+$/iu,
  infinitivePurpose: /(?<![a-zA-Z])(?<![\p{L}])(?:pour|afin\s+de|afin\s+d['’])\s*$/iu,
  // « depuis mardi » dates a state, not a meeting.
  otherEvent:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:élections?|scrutin|vote|référendum|procès|législatives|présidentielle|municipales|primaire)(?:\s+[\p{L}-]+)?\s+(?:du|prévue?s?\s+le|fixée?s?\s+au)|depuis(?:\s+le)?)\s+$/iu,
  // « depuis leur rencontre »: what a state dates from is past too.
  afterEvent:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:après|depuis)\s+(?:(?:l['’]échec|la\s+fin|l['’]issue)\s+(?:de\s+|d['’]\s*|du\s+|des\s+))?|à\s+l['’]issue\s+(?:de\s+|d['’]\s*))(?:une?|la|le|l['’]|les|des|leur|sa|son|ses)\s*(?:[\p{L}\d-]+\s+){0,2}$/iu,
  locative: /(?<![a-zA-Z])(?<![\p{L}])(?:à|au|aux|en|dans\s+la\s+région\s+de)\s+(?:l['’])?$/iu,
  pointedEvent: /(?<![\p{L}])(?:cet|cette|ce)\s+\p{L}+$/iu,
  summitBodies: ["Conseil européen"],
  titledPerson:
    /(?<![a-zA-Z])(?<![\p{L}])(?:[Ll]e|[Ll]a)\s+(?<title>ministre|président|présidente|chancelier|chancelière|secrétaire|maire|gouverneur|ambassadeur|ambassadrice|émissaire|dirigeant|dirigeante)(?:\s+(?<qualifier>(?!de\s|du\s|des\s|et\s|a\s|avait\s|sera\s|est\s)\p{Ll}{4,}))?(?![\p{L}'’])/gu,
  rankedTitle: /(?:premier|première|vice|vice-|ancien|ancienne)\s*$/iu,
  anaphorTitles: { ministres: "ministre", présidents: "président", présidentes: "présidente", chanceliers: "chancelier", maires: "maire", gouverneurs: "gouverneur", secrétaires: "secrétaire" },
  leaderTitles: new Set(["dirigeant", "dirigeante"]),
  alsoMet: /(?<![a-zA-Z])(?<![\p{L}])(?:également|aussi)\s+$/iu,
  pastSaying: /(?<![a-zA-Z])(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:(?:aussi|également|encore|ensuite|alors)\s+)?(?:annoncé|indiqué|déclaré|précisé|fait\s+savoir|affirmé|souligné|confirmé|expliqué|estimé|assuré|rapporté|ajouté|dit)(?![\p{L}])/iu,
  bodyAfterCue: /^\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*\p{Lu}/u,
  restatement: /^(?:Il\s+s['’]agi(?:t|ssait)\s+(?:de\s+la|du|de\s+l['’]|d['’]une?|de\s+leur)\s*|C['’](?:est|était)\s+(?:la|le|l['’]|leur|une?)\s*)(?:[\p{L}-]+\s+){0,3}$/u,
  separately: /(?<![a-zA-Z])(?<![\p{L}])(?:séparément|tour\s+à\s+tour|l['’]un\s+après\s+l['’]autre|(?:lors\s+d['’]|au\s+cours\s+d['’]|dans\s+des\s+)?(?:entretiens|rencontres|réunions)\s+séparée?s)(?![\p{L}])/iu,
  corporateBody: /(?<![a-zA-Z])(?<![\p{L}])(?:conseil\s+d['’]administration|conseil\s+de\s+surveillance|actionnaires|assemblées?\s+générales?)(?![\p{L}])/u,
  // « les actionnaires de Valtex », « le conseil d'administration du groupe Valtex ».
  corporateOwner:
    /(?<![\p{L}])(?:conseil\s+d['’]administration|conseil\s+de\s+surveillance|actionnaires)\s+(?:du\s+groupe\s+|de\s+la\s+société\s+|de\s+l['’]entreprise\s+|d['’]|de\s+|du\s+)(?<ownerAfter>\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})(?![\p{L}])/gu,
  groupSubject:
    /(?<![\p{L}])(?:les|la|le|l['’]|des)\s*(?<group>(?:syndicats|direction|patronat|salariés|grévistes|négociateurs|employeurs|agriculteurs|enseignants|médecins|infirmiers|infirmières|chauffeurs|cheminots|pilotes|contrôleurs|élus|maires|étudiants|actionnaires|créanciers|intersyndicale|partenaires\s+sociaux|organisations\s+syndicales|représentants\s+syndicaux))(?![\p{L}])/giu,
  groupParty:
    /(?:^\s*(?:(?:en\s+outre|également|aussi|ensuite|notamment|d['’]abord)\s+)?|(?<![a-zA-Z])(?<![\p{L}])(?:avec|entre|et|réunissant|rassemblant)\s+)(?:les|des|plusieurs|quelques)\s+(?<group>(?:organisations|associations|syndicats|représentants|dirigeants|élus|maires|agriculteurs|éleveurs|familles|habitants|usagers|parents|enseignants|médecins|infirmières|patrons|investisseurs|bailleurs|chefs|responsables|partenaires|commerçants|artisans|salariés|étudiants|riverains|élus|contrôleurs|cheminots|conducteurs|pilotes|chauffeurs|grévistes|employés|ouvriers|policiers|pêcheurs)(?:\s+(?:d['’]\s*|de\s+|des\s+)?(?!(?:la|le|les|du|des|de|au|aux|et|à|en|dans|pour|avec|sur|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|hier)(?![\p{L}])|l['’])\p{Ll}[\p{L}-]+)?)(?![\p{L}])/u,
  invitation: /(?<![a-zA-Z])(?<![\p{L}])(?:invit(?:é|ée|és|ées|e|ent|ait|aient|er)|convi(?:é|ée|és|ées|e|ent|ait|aient|er))(?:\s+[^\s.;]+){0,6}?\s+(?:à|au|aux)(?=\s)/giu,
};
