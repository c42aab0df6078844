/** Invented people, places and phrases for generated articles (no real news is copied). */

export interface GeneratedPersonSeed {
  first: string;
  last: string;
  role: { fr: string; en: string };
  country: { fr: string; en: string };
}

export const firstNames = [
  "Anna", "Boris", "Camille", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Ingrid", "Jonas",
  "Karim", "Lena", "Marek", "Nadia", "Oskar", "Pauline", "Quentin", "Rosa", "Stefan", "Tamara",
  "Ulrich", "Vera", "Walter", "Ximena", "Yann", "Zofia", "Andrés", "Béatrice", "Célia", "Émile",
];

export const lastNames = [
  "Halvorsen", "Kovalenko", "Desrosiers", "Marchetti", "Lindqvist", "Okonkwo", "Ferreira", "Novák",
  "Brandt", "Castellane", "Dubreuil", "Esterházy", "Fontaine", "Grünwald", "Haddad", "Ivanova",
  "Jaworski", "Kessler", "Laurentis", "Morozov", "Nieminen", "Orsini", "Petrescu", "Quiroga",
  "Rasmussen", "Sokolov", "Tremblay", "Ulyanova", "Valdés", "Wójcik", "Yilmaz", "Zeller",
  "Aubert", "Bélanger", "Cordier", "Delacroix", "Étienne", "Faure", "Girard", "Hébert",
];

export const roles = [
  { fr: "ministre des Affaires étrangères", en: "foreign minister" },
  { fr: "président", en: "president" },
  { fr: "Premier ministre", en: "prime minister" },
  { fr: "porte-parole du gouvernement", en: "government spokesperson" },
  { fr: "ministre de la Défense", en: "defence minister" },
  { fr: "ambassadeur", en: "ambassador" },
  { fr: "secrétaire général", en: "secretary general" },
  { fr: "ministre de l'Économie", en: "economy minister" },
];

export const countries = [
  { fr: "Norvège", en: "Norway", capital: { fr: "Oslo", en: "Oslo" }, city: { fr: "heure d'Oslo", en: "Oslo time" } },
  { fr: "Pologne", en: "Poland", capital: { fr: "Varsovie", en: "Warsaw" }, city: { fr: "heure de Varsovie", en: "Warsaw time" } },
  { fr: "Portugal", en: "Portugal", capital: { fr: "Lisbonne", en: "Lisbon" }, city: { fr: "heure de Lisbonne", en: "Lisbon time" } },
  { fr: "Finlande", en: "Finland", capital: { fr: "Helsinki", en: "Helsinki" }, city: { fr: "heure d'Helsinki", en: "Helsinki time" } },
  { fr: "Grèce", en: "Greece", capital: { fr: "Athènes", en: "Athens" }, city: { fr: "heure d'Athènes", en: "Athens time" } },
  { fr: "Japon", en: "Japan", capital: { fr: "Tokyo", en: "Tokyo" }, city: { fr: "heure de Tokyo", en: "Tokyo time" } },
  { fr: "Canada", en: "Canada", capital: { fr: "Ottawa", en: "Ottawa" }, city: { fr: "heure d'Ottawa", en: "Ottawa time" } },
  { fr: "Turquie", en: "Turkey", capital: { fr: "Ankara", en: "Ankara" }, city: { fr: "heure d'Ankara", en: "Ankara time" } },
];

export const organizations = [
  { fr: "Conseil nordique des ports", en: "Nordic Ports Council" },
  { fr: "Agence européenne de l'énergie", en: "European Energy Agency" },
  { fr: "Union des pêcheurs de l'Atlantique", en: "Atlantic Fishers Union" },
  { fr: "Banque de développement du Sud", en: "Southern Development Bank" },
  { fr: "Organisation du transport ferroviaire", en: "Rail Transport Organisation" },
];

export const topics = [
  { fr: "la sécurité énergétique", en: "energy security" },
  { fr: "les quotas de pêche", en: "fishing quotas" },
  { fr: "le commerce transfrontalier", en: "cross-border trade" },
  { fr: "la reconstruction des ports", en: "port reconstruction" },
  { fr: "les garanties de sécurité", en: "security guarantees" },
  { fr: "la coopération ferroviaire", en: "rail cooperation" },
  { fr: "les tarifs douaniers", en: "customs tariffs" },
  { fr: "la gestion des réfugiés climatiques", en: "climate refugees" },
  { fr: "le contrôle des armements", en: "arms control" },
  { fr: "les échanges universitaires", en: "university exchanges" },
];

export const sources = [
  { name: "Le Courrier du Nord", language: "fr" as const, host: "courrier-du-nord.example" },
  { name: "La Gazette des Ports", language: "fr" as const, host: "gazette-des-ports.example" },
  { name: "Harbour Ledger", language: "en" as const, host: "harbour-ledger.example" },
  { name: "The Meridian Post", language: "en" as const, host: "meridian-post.example" },
];

export const quoteOpenings = {
  fr: [
    "Nous avons besoin de résultats concrets",
    "Le dialogue reste la seule voie possible",
    "Personne n'a intérêt à une nouvelle escalade",
    "Nos positions se sont nettement rapprochées",
    "Il reste beaucoup de travail",
    "Nous ne signerons rien sous la pression",
    "Cette rencontre arrive au bon moment",
    "Les attentes de nos citoyens sont claires",
  ],
  en: [
    "We need concrete results",
    "Dialogue remains the only way forward",
    "Nobody has an interest in another escalation",
    "Our positions have moved much closer",
    "There is still a lot of work to do",
    "We will not sign anything under pressure",
    "This meeting comes at the right time",
    "What our citizens expect is clear",
  ],
};

export const quoteEndings = {
  fr: [
    "et nous le dirons franchement",
    "avant la fin de l'année",
    "sur chacun des points en suspens",
    "dans l'intérêt des deux pays",
    "même si le calendrier est serré",
  ],
  en: [
    "and we will say so frankly",
    "before the end of the year",
    "on every open point",
    "in the interest of both countries",
    "even if the timetable is tight",
  ],
};

export const cues = {
  fr: ["a déclaré", "a affirmé", "a souligné", "a ajouté", "a estimé"],
  en: ["said", "told reporters", "stressed", "added", "argued"],
};

export const fillers = {
  fr: [
    "Les observateurs jugent le contexte régional particulièrement tendu depuis le début de l'année.",
    "Plusieurs délégations techniques ont préparé le terrain au cours des dernières semaines.",
    "Les marchés ont accueilli la nouvelle avec prudence, selon plusieurs analystes.",
    "Le dernier accord de ce type remonte à plus de dix ans.",
    "Des organisations de la société civile ont demandé à être associées aux discussions.",
    "Le parlement doit encore se prononcer sur le budget correspondant.",
  ],
  en: [
    "Observers describe the regional context as particularly tense since the start of the year.",
    "Several technical delegations prepared the ground over recent weeks.",
    "Markets received the news cautiously, according to several analysts.",
    "The last agreement of this kind dates back more than ten years.",
    "Civil society groups have asked to be involved in the discussions.",
    "Parliament still has to vote on the corresponding budget.",
  ],
};

export const monthNames = {
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export const weekdays = {
  fr: ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
};
