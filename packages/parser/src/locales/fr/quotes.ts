import type { QuoteWords } from "../../stages/quotes/index.js";

/**
 * A first-group (-er) reporting verb: its stem, and the stem its stressed forms take when it
 * differs ("répét" → "répèt" in "répète", "rappel" → "rappell" in "rappelle").
 */
type FirstGroupVerb = string | [stem: string, stressedStem: string];

const firstGroupVerbs: FirstGroupVerb[] = [
  "déclar", "affirm", "soulign", ["rappel", "rappell"], "indiqu", "précis", "expliqu", "assur", "ajout",
  "annonc", "confi", "lanc", ["martel", "martèl"], "estim", "répliqu",
  ["répét", "répèt"], "insist", "not", "observ", "confirm", "ni", "regrett", "dénonc", "fustig",
  "racont", ["révél", "révèl"], "signal", "comment", "proclam", "jur", "plaid", "réclam", "exhort",
  "témoign", "souhait", "demand", "relev", "constat", "ironis", "tweet", "avanc", "mentionn",
  ["espér", "espèr"], "déplor", "rétorqu", ["suggér", "suggèr"], "recommand", "avou", "concéd",
  "pens", "tranch", "argu", "interrog", "résum", "raill", "accus", ["appel", "appell"], "qualifi",
  "évoqu", "condamn", "félicit", "détaill", "nuanc", "gliss", "menac", "invit", "exig", "jug", "lâch",
  "tempêt", "soupir", "tacl", ["considér", "considèr"], ["tempér", "tempèr"],
  "justifi", "protest", "object", ["réitér", "réitèr"], "certifi", "clam", "rassur",
];

/** The third-person and participle forms of a first-group verb, for reported speech. */
function firstGroupForms(verb: FirstGroupVerb): { participles: string[]; finite: string[]; presentParticiples: string[] } {
  const [stem, stressed] = typeof verb === "string" ? [verb, verb] : verb;
  // Before a or o, c becomes ç and g becomes ge ("annonça", "jugeait").
  const soft = stem.endsWith("c") ? `${stem.slice(0, -1)}ç` : stem.endsWith("g") ? `${stem}e` : stem;
  return {
    participles: [`${stem}é`, `${stem}ée`, `${stem}és`, `${stem}ées`],
    finite: [
      `${stressed}e`, `${stressed}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`,
      `${stressed}era`, `${stressed}eront`, `${stressed}erait`, `${stressed}eraient`,
    ],
    presentParticiples: [`${soft}ant`],
  };
}

const irregular = {
  participles: [
    "dit", "dite", "écrit", "répondu", "reconnu", "admis", "promis", "démenti", "conclu", "poursuivi", "prévenu",
    "soutenu", "averti", "craint", "prédit", "renchéri", "garanti", "maintenu", "fait savoir", "fait valoir", "laissé entendre", "mis en garde",
    "fait état", "tenu à préciser", "tenu à rappeler", "tenu à souligner", "redit", "réaffirmé", "rapporté",
    "fait remarquer", "fait observer", "laissé prévoir", "laissé comprendre", "réagi", "exclu",
    // "a dit craindre que …": the opinion verb in the infinitive goes with the verb of saying.
    "dit craindre", "dit redouter", "dit espérer", "dit souhaiter", "dit croire", "dit penser",
    // Only with « on »: "a-t-on appris de source policière" (see impersonalOnlyVerbs).
    "appris",
  ],
  finite: [
    "dit", "disent", "disait", "disaient", "dira", "diront", "dirait", "dirent", "écrit", "écrivent", "écrivait",
    "écrira", "répond", "répondent", "répondait", "répondit", "reconnaît", "reconnait", "reconnaissait",
    "admet", "admettait", "promet", "promettait", "dément", "démentait", "conclut", "concluait", "poursuit",
    "poursuivait", "prévient", "prévenait", "soutient", "soutenait", "avertit", "avertissait", "craint",
    "craignait", "croit", "croyait", "fait savoir", "faisait savoir", "fait valoir", "laisse entendre",
    "met en garde", "fait état", "redit", "réaffirme", "rapporte", "rapportait", "font savoir", "faisaient savoir",
    "font valoir", "laissent entendre", "laissait entendre", "fait remarquer", "font remarquer", "faisait remarquer",
    "faisaient remarquer", "fait observer", "font observer", "réagit", "réagissait", "se réjouit", "s'est réjoui",
    "s'est réjouie", "se défend", "s'est défendu", "s'est défendue", "se plaint", "s'est plaint", "s'est plainte",
    "peut lire", "pouvait lire", "exclut", "excluait", "renchérit", "garantit", "maintient", "maintenait",
    "dit craindre", "dit redouter", "dit espérer", "dit souhaiter", "dit croire", "dit penser",
    "disent craindre", "disent redouter", "disent espérer", "disent souhaiter",
  ],
  presentParticiples: [
    "disant", "écrivant", "répondant", "reconnaissant", "admettant", "promettant", "démentant", "concluant",
    "poursuivant", "prévenant", "soutenant", "avertissant", "faisant savoir", "faisant valoir",
    "laissant entendre", "mettant en garde", "réaffirmant", "rapportant", "faisant remarquer", "faisant observer",
    "réagissant", "invoquant", "citant",
    // "…, avant d'ajouter que …": the sentence's subject goes on speaking.
    "avant d'ajouter", "avant de préciser", "avant de conclure", "avant de souligner", "avant d'expliquer",
    "avant d'assurer", "avant d'affirmer", "avant de rappeler", "avant de lancer", "avant de nuancer",
    "avant de reconnaître", "avant de dénoncer", "avant d'estimer", "avant d'indiquer", "avant de marteler",
  ],
};

const generated = firstGroupVerbs.map(firstGroupForms);

/** First-group verbs that report only in their pronominal form ("s'indigne", "se félicite"). */
const pronominalVerbs: FirstGroupVerb[] = [
  "indign", "insurg", "étonn", "amus", ["inquiét", "inquièt"], "exclam", "emport", "agac", "alarm", "interrog", "félicit", "offusqu",
];

/** "indigne" → "s'indigne", "félicite" → "se félicite". */
function reflexive(form: string): string {
  return /^[aeiouyàâéèêîôûh]/u.test(form) ? `s'${form}` : `se ${form}`;
}

/** A pronominal verb's forms, all with their pronoun: its compound past is written whole ("s'est indignée"). */
function pronominalForms(verb: FirstGroupVerb): { finite: string[]; presentParticiples: string[] } {
  const forms = firstGroupForms(verb);
  const [singular, ...others] = forms.participles;
  const plural = others.filter((form) => form.endsWith("s"));
  return {
    finite: [
      ...forms.finite.map(reflexive),
      ...[singular as string, ...others.filter((form) => !form.endsWith("s"))].map((form) => `s'est ${form}`),
      ...plural.map((form) => `se sont ${form}`),
    ],
    presentParticiples: forms.presentParticiples.map(reflexive),
  };
}

const pronominal = pronominalVerbs.map(pronominalForms);

export const quotes: QuoteWords = {
  participles: [...generated.flatMap((forms) => forms.participles), ...irregular.participles],
  finiteForms: [...generated.flatMap((forms) => forms.finite), ...pronominal.flatMap((forms) => forms.finite), ...irregular.finite],
  pluralForms: [],
  presentParticiples: [...generated.flatMap((forms) => forms.presentParticiples), ...pronominal.flatMap((forms) => forms.presentParticiples), ...irregular.presentParticiples],
  auxiliaries: [
    "a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "eût", "ayant", "avoir",
    "est", "sont",
  ],
  invertedPronouns: ["il", "elle", "ils", "elles", "on"],
  copulas: ["était", "étaient", "sera", "seront", "serait", "seraient", "fut", "reste", "restait", "semble", "semblait"],
  ageComplement: /,?\s+(?:âgée?s?\s+)?de\s+\d{1,3}\s+ans$/u,
  reflexiveNotSpeech: [
    "s'explique", "s'expliquent", "s'expliquait", "s'expliquaient", "s'expliquerait", "se rappelle", "se rappellent",
    "se rappelait",
  ],
  adverbs: [
    "également", "aussi", "ainsi", "encore", "déjà", "d'ailleurs", "toutefois", "cependant", "pourtant",
    "alors", "ensuite", "enfin", "notamment", "même", "bien", "plus", "tard", "aussitôt", "immédiatement",
    "récemment", "publiquement", "fermement", "clairement", "simplement", "seulement", "néanmoins", "par",
    "ailleurs", "pour", "sa", "son", "part", "en", "outre", "de", "côté", "lui-même", "elle-même", "auparavant",
    "souvent", "toujours", "jamais", "ne", "pas", "n'", "y", "l'", "le", "lui", "leur", "se", "s'", "vivement",
    "plutôt", "surtout", "désormais", "malgré", "tout", "un", "temps", "initialement", "précédemment", "revanche",
  ],
  complementizers: ["que", "qu'"],
  complementizerAfterAdverbials: true,
  notBeforeComplementizer: ["ainsi", "plus", "moins", "alors", "bien", "parce", "avant", "tandis", "autre", "autant", "sans", "pour", "dès", "pendant", "même", "tel", "telle", "si", "aussi"],
  bareClauseVerbs: [],
  clauseVerbs: [],
  accordingTo: ["selon", "d'après"],
  ownSources: ["nos", "notre"],
  accordingRelatives: ["laquelle", "lequel", "lesquelles", "lesquels"],
  as: ["comme"],
  subjectPronouns: ["il", "elle", "ils", "elles", "lui", "eux", "on"],
  singularPronouns: ["il", "elle", "lui", "son", "sa", "ses"],
  pluralPronouns: ["ils", "elles", "eux"],
  nonPersonPronouns: [],
  demonstratives: ["celui-ci", "celle-ci", "ceux-ci", "celles-ci", "ce dernier", "cette dernière", "ces derniers", "ces dernières"],
  passiveAgents: ["par"],
  passiveAuxiliaries: ["été"],
  gerundEnding: null,
  pastEnding: null,
  infinitive: /^(?:avoir|être|ne|n'|faire|dire|prendre|mettre|rendre|croire|vivre|suivre|attendre|répondre|défendre|permettre|reconnaître|connaître|paraître|[a-zàâçéèêëîïôûùüÿœ]{2,}(?:er|ir|oir))$/u,
  notInfinitives: [
    "premier", "dernier", "hier", "cher", "fier", "entier", "janvier", "février", "dossier", "quartier", "métier",
    "papier", "chantier", "danger", "foyer", "avenir", "plaisir", "désir", "loisir", "souvenir", "pouvoir", "devoir",
    "espoir", "soir", "noir", "miroir", "trottoir", "couloir", "plusieurs", "leur", "sur", "pour", "par", "hiver",
  ],
  possessives: ["son", "sa", "ses", "leur", "leurs"],
  relativePronouns: ["qui", "dont", "lequel", "laquelle", "lesquels", "où", "que", "qu'"],
  locativeRelatives: ["où"],
  // A second verb of the speaker shares the auxiliary and is read as a cue ("a estimé que … et dénoncé …").
  ownPredicates: [],
  commentParticiples: ["suscitant", "provoquant", "alimentant", "relançant", "déclenchant", "attisant", "ravivant", "illustrant", "témoignant", "reflétant", "traduisant", "marquant"],
  authorLinks: [],
  articles: ["le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "au", "aux"],
  indefiniteArticles: ["un", "une"],
  quantifiers: ["plusieurs", "certains", "certaines", "quelques", "divers", "diverses", "nombreux", "nombreuses", "maints", "maintes", "deux", "trois", "quatre", "cinq", "dix"],
  collectiveNouns: [],
  speechActs: [
    "évoque", "évoquait", "évoqué", "dénonce", "dénonçait", "dénoncé", "condamne", "condamnait", "condamné",
    "qualifie", "qualifié", "qualifiait", "félicite", "félicité", "félicitait", "salue", "salué", "appelle",
    "appelé", "promet", "promis", "accuse", "accusé", "juge", "jugé", "jugeait", "décrit", "réclame", "réclamé",
    "exhorte", "exhorté", "invite", "invité", "se dit", "s'est dit", "se disait", "est", "était", "serait",
    "parle", "parlé", "parlait", "insiste", "insisté", "souhaite", "souhaité", "espère", "espéré", "exprime",
    "exprimé", "veut", "voulait", "vouloir", "fier", "fière", "déterminé", "déterminée", "inquiet", "inquiète",
    "préoccupé", "préoccupée", "d'avoir", "pour avoir", "reproche", "reproché", "reprochait", "défend", "défendu",
    "défendait", "invoque", "invoqué", "invoquait", "invoquent",
  ],
  namingWords: [
    "baptisé", "baptisée", "intitulé", "intitulée", "surnommé", "surnommée", "nommé", "nommée", "dénommé",
    "dénommée", "signifie", "signifiant", "appelé", "appelée", "appelés", "mot", "terme", "slogan", "titre",
    "expression", "hashtag", "marque", "opération", "dite", "dits", "dites", "livre", "film", "journal", "émission", "programme",
    "métrage", "documentaire", "roman", "album", "série", "pièce", "spectacle", "exposition", "chanson", "ouvrage", "essai", "disque",
    "plan", "projet", "mouvement", "association", "campagne",
  ],
  impersonal: ["on"],
  spokespersonWords: ["porte-parole", "attache de presse", "attachee de presse", "charge de communication", "chargee de communication", "porte-voix"],
  roleSynonyms: [
    ["chef du gouvernement", "premier ministre"],
    ["chef de l'etat", "president"],
    ["cheffe de l'etat", "presidente"],
    ["chef de la diplomatie", "ministre des affaires etrangeres"],
  ],
  partitives: ["un des", "une des", "l'un des", "l'une des", "un de", "une de"],
  coordinators: ["et", "puis", "mais"],
  topicPrepositions: ["contre"],
  fusedPrepositions: ["au", "aux"],
  viewpointMarkers: ["pour"],
  predicateOpeners: ["va", "vont", "ne", "n'", "n’", "peut", "peuvent", "doit", "doivent", "devrait", "pourrait", "risque", "marque", "constitue"],
  irregularPast: [],
  demonstrativeDeterminers: ["ce", "cet", "cette"],
  documentAnaphors: ["texte", "document"],
  ownerVoices: ["cabinet", "entourage", "camp", "équipe", "services", "direction", "porte-parole", "délégation"],
  ownBodies: ["cabinet", "équipe", "services", "direction"],
  prepositions: ["à", "de", "du", "des", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans", "entre", "parmi", "vers", "chez", "selon", "contre", "après", "avant", "depuis", "pendant", "lors", "face", "malgré", "devant", "auprès", "durant", "envers"],
  clauseBreaks: ["tandis", "alors", "puis"],
  subordinators: ["quand", "lorsque", "lorsqu'", "puisque", "puisqu'", "parce"],
  audience: [
    "à", "au", "aux", "la", "le", "les", "l'", "presse", "journalistes", "journaliste", "télévision", "radio",
    "chaîne", "publique", "agence", "dans", "un", "une", "communiqué", "entretien", "interview", "lors", "d'",
    "de", "conférence", "déclaration", "devant", "parlement", "sénat", "assemblée", "mercredi", "lundi", "mardi",
    "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "hier", "aujourd'", "hui", "après-midi", "son",
    "sa", "ses", "leur", "compte", "twitter", "message", "lettre", "sur", "cette", "semaine", "fois", "quotidien",
    "micro", "antenne", "chaînes", "médias", "envoyé", "spécial", "afp", "reuters", "ap", "tass", "ria",
    "novosti", "correspondants", "correspondant", "également", "aussi", "encore", "ainsi", "déjà", "ensuite",
    "enfin", "par", "ailleurs", "ces", "derniers", "dernières", "jours", "semaines", "mois", "plusieurs", "reprises",
    "dernier", "dernière", "prochain", "publiquement", "récemment", "veille", "lendemain", "soirée", "matinée",
    "journée", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
  ],
  functionWords: [
    "et", "ou", "à", "au", "aux", "de", "des", "du", "d'", "en", "pour", "par", "sur", "sous", "avec", "sans",
    "dans", "qui", "que", "qu'", "dont", "comme", "mais", "ni", "car", "selon", "contre", "entre", "vers",
    "chez", "depuis", "pendant", "après", "avant", "a", "ont", "est", "sont", "était", "sera", "serait", "ce",
    "cette", "il", "elle", "ils", "elles", "on", "le", "la", "les", "l'", "un", "une", "y", "se", "s'",
    "ne", "n'", "lors", "puis", "tandis", "alors", "si", "quand", "lorsque", "parce", "afin", "ainsi", "devant",
  ],
  abbreviations: ["m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "av", "apr", "j.-c", "etc", "cf", "env", "no", "art"],
  genitives: ["de", "d'"],
  issuingParticiples: ["émanant", "provenant", "signé", "signée", "publié", "publiée", "diffusé", "diffusée"],
  recipientParticiples: ["reçu", "reçue", "obtenu", "obtenue", "consulté", "consultée", "cité", "citée", "relayé", "relayée", "vu", "vue"],
  documentNouns: [
    "rapport", "rapports", "communiqué", "communiqués", "déclaration", "déclarations", "estimation", "estimations",
    "chiffres", "données", "bilan", "étude", "enquête", "note", "lettre", "message", "décompte", "statistiques",
    "dires", "propos", "termes", "mots", "explications", "aveux", "témoignage", "version", "avis", "sources",
    "sondage", "sondages",
  ],
  anaphoricPersonNouns: ["élu", "élue", "édile", "dirigeant", "dirigeante", "intéressé", "intéressée", "patron", "patronne", "responsable", "syndicaliste", "magistrat", "magistrate", "diplomate", "technicien", "technicienne",
    "parlementaire", "militant", "militante", "prévenu", "prévenue", "accusé", "accusée", "ingénieur", "ingénieure", "chercheur", "chercheuse",
    "scientifique", "économiste", "universitaire", "défenseur", "attaquant", "attaquante", "membre", "plaignant", "plaignante",
  ],
  formerMarkers: ["ancien", "ancienne", "ex"],
  lowerRanks: ["vice", "adjoint", "adjointe", "délégué", "déléguée", "sous"],
  sameMarkers: ["même"],
  outletNouns: ["agence", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "radio", "télévision", "site"],
  closenessMarkers: ["proche de", "proches de", "proche du", "proches du", "proche des", "proches des", "proche d'", "proches d'"],
  electedTitles: ["député", "députée", "sénateur", "sénatrice", "maire", "conseiller", "conseillère", "élu", "élue", "parlementaire", "eurodéputé", "eurodéputée"],
  recordNouns: [
    "rapport", "rapports", "document", "documents", "note", "notes", "ordonnance", "expertise", "étude", "procès-verbal",
    "réquisitoire", "mémo", "dossier", "pièces", "archives",
  ],
  genericOrganizationNouns: ["organisation", "organisme"],
  impersonalOnlyVerbs: ["appris"],
  titleAcronyms: ["PDG", "DG", "DRH", "DGS", "PM"],
  honorificRoles: [["Me", ["avocat", "avocate"]], ["Maître", ["avocat", "avocate"]]],
  organizationNouns: ["ministère", "présidence", "agence", "entreprise", "société", "groupe", "syndicat", "compagnie", "constructeur", "fabricant", "opérateur", "parti", "association", "club", "banque", "firme", "enseigne", "organisation", "fédération", "institution", "instance", "organisme", "alliance", "coalition", "bloc"],
  modifiersPrecedeNoun: false,
  addresseeMarkers: ["à", "au", "aux"],
  femininePronouns: ["elle"],
  masculinePronouns: ["il"],
  feminineGivenNames: [
    "Marie", "Anne", "Sophie", "Catherine", "Isabelle", "Nathalie", "Christine", "Sylvie", "Martine", "Françoise",
    "Monique", "Valérie", "Sandrine", "Véronique", "Céline", "Julie", "Claire", "Hélène", "Élisabeth", "Elisabeth",
    "Caroline", "Aurélie", "Emmanuelle", "Ségolène", "Marine", "Rachida", "Najat", "Agnès", "Florence", "Laurence",
    "Brigitte", "Michèle", "Chantal", "Nicole", "Élise", "Elise", "Léa", "Manon", "Chloé", "Emma", "Inès", "Sarah",
    "Laura", "Pauline", "Marion", "Clémence", "Amélie", "Audrey", "Virginie", "Stéphanie", "Delphine", "Karine",
    "Corinne", "Patricia", "Jeanne", "Lucie", "Juliette", "Charlotte", "Alice", "Louise", "Margaux", "Élodie",
    "Elodie", "Mathilde", "Valentine", "Anne-Marie", "Marie-France", "Marie-Christine", "Ursula", "Angela", "Kamala",
    "Hillary", "Theresa", "Giorgia", "Jacinda", "Annalena", "Mette", "Fatima", "Aïcha", "Leila", "Nadia", "Samia",
    "Amina", "Yasmina", "Marina", "Olga", "Irina", "Anna", "Maria", "Elena", "Yulia", "Natalia", "Tatiana",
    "Svetlana", "Beata", "Ewa", "Agnieszka", "Katarzyna",
  ],
  masculineGivenNames: [
    "Jean", "Pierre", "Michel", "Philippe", "Alain", "Patrick", "Nicolas", "Christophe", "Daniel", "Bernard", "Éric",
    "Eric", "Laurent", "Frédéric", "Stéphane", "Pascal", "David", "Thierry", "Olivier", "François", "Julien",
    "Sébastien", "Vincent", "Jacques", "Thomas", "Emmanuel", "Édouard", "Edouard", "Bruno", "Gérald", "Gérard",
    "Jean-Luc", "Jean-Marie", "Jean-Yves", "Jean-Pierre", "Jean-Claude", "Jean-Michel", "Jean-Louis", "Jean-Paul",
    "Louis", "Paul", "Antoine", "Marc", "Henri", "André", "Georges", "Robert", "Yves", "Didier", "Benoît", "Arnaud",
    "Mathieu", "Matthieu", "Guillaume", "Hugo", "Lucas", "Gabriel", "Raphaël", "Maxime", "Alexandre", "Fabien",
    "Xavier", "Clément", "Jérôme", "Damien", "Florian", "Romain", "Karim", "Mohamed", "Mohammed", "Ahmed", "Ali",
    "Omar", "Youssef", "Vladimir", "Sergueï", "Dmitri", "Piotr", "Andrzej", "Mateusz", "Donald", "Joe", "Barack",
    "Boris", "Olaf", "Volodymyr", "Recep", "Benyamin", "Luiz", "Jair", "Franck", "Hervé", "Gilles", "Serge", "Roger",
    "René", "Claude", "Lionel", "Manuel",
  ],
};
