import type { StructureWords } from "../../stages/segment/index.js";

export const structure: StructureWords = {
  months: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
    juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
    décembre: 12, decembre: 12, déc: 12,
  },
  weekdays: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
  datelineWords: ["publié", "publiée", "le", "à", "mis", "mise", "jour", "dernière", "modifié", "et", "h", "min", "heure", "heures"],
  functionWords: [
    "le", "la", "les", "des", "du", "une", "et", "est", "dans", "pour", "que", "qui", "sur", "au", "aux",
    "avec", "par", "pas", "été", "ont", "sont", "cette", "ces", "ses", "leur", "mais", "ou", "où", "il",
    "elle", "ils", "nous", "vous", "son", "sa", "plus", "aussi", "entre", "selon", "après", "avait", "était",
    "sera", "lors", "depuis", "contre", "très", "déjà", "d'un", "d'une", "l'a", "qu'il",
  ],
  abbreviations: [
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mgr", "st", "ste", "cf", "etc", "env", "av", "bd",
    "janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc", "p", "pp", "vol", "no", "n°", "art",
    "gén", "col", "lt", "cdt", "capt", "sgt",
  ],
  signOffs: [
    // « Photo : Jean Roux / Midi Libre », « (Crédit photo : AFP) »: the picture's credit, naming no outlet of the story.
    /^\(?(?:(?:Photos?|Illustration)\s?:?\s|(?:Crédits?(?:\sphotos?)?|Image|Source photo)\s?:\s?)\p{Lu}[^\n]{0,120}$/u,
    /^(?:Rejoignez|Suivez|Retrouvez)\s+(\p{Lu}[^\n]{0,60}?)\s+sur\s/u,
    /^Article publié par\s+(\p{Lu}[^\n]{0,60}?)[.,]/u,
    // « Publié par La Gazette du port », « La Gazette du port — bureau de Lyon »: the outlet signs, when the name is an outlet's and no reporter's.
    /^Publié par\s(?<signer>\p{Lu}[^\n\d]{0,60}?)\.?$/u,
    /^(?<signer>\p{Lu}[^\n—–]{0,50}?)\s[—–-]\s(?:bureau|rédaction|desk)\b[^\n]{0,40}$/u,
    /^(?:©|\(c\)|Copyright)(?:\s*(?:©|Copyright))?\s*(?:\d{4}\s*[-,]?\s*)?(\p{Lu}[^\n]{0,60}?)[.,]\s+Tous droits réservés/iu,
    // One pattern per closing phrase: a line is read for it only where the phrase occurs.
    /^(\p{Lu}[^\n]{0,60}?)\s*[-–—.,]\s*Tous droits réservés\.?$/u,
    /^(\p{Lu}[^\n]{0,60}?)\s*[-–—.,]\s*Reproduction interdite\.?$/u,
    /^(?:Source|Lire la suite sur|Lire l'article sur|Lire l’article sur)\s*:?\s+(\p{Lu}[^\n]{0,60}?)\.?$/u,
    /^Cet article a (?:(?:d['’]abord|initialement|originellement) )?été (?:(?:d['’]abord|initialement|originellement) )?publié (?:(?:d['’]abord|initialement|originellement) )?(?:par|dans|sur)\s+(\p{Lu}[^\n]{0,60}?)\.?$/u,
    // « Ce reportage de La Presse Canadienne a été publié pour la première fois le 4 mars 2025. »: the agency's closing line.
    /^Ce (?:reportage|texte|article) de\s+(\p{Lu}[^\n]{0,60}?)\s+a (?:d['’]abord |initialement )?été publié (?:pour la première fois |initialement )?[^\n]{0,60}$/u,
    // « Le Monde avec AFP »: the outlet, drawing on an agency; « Claire Moreau avec AFP »: the reporter, so the agency.
    /^(\p{Lu}[^\n]{0,50}?)\s+avec\s+(AFP|Reuters|AP|l['’]AFP|agences?)\.?$/u,
    // « Propos recueillis par Claire Moreau »: who took down an interview.
    /^Propos recueillis par\s+\p{Lu}[^\n]{0,120}$/u,
    // « Édité par Jean Morel », « Rédaction : Claire Moreau », « (Reportage Claire Moreau, édité par Jean Morel) »: the credits, no outlet.
    /^(?:Édité|Rédigé|Écrit|Traduit|Adapté|Mis en forme) par\s\p{Lu}[^\n]{0,150}$/u,
    /^(?:Rédaction|Texte|Reportage|Édition|Coordination|Traduction)\s?:\s?\p{Lu}[^\n]{0,150}$/u,
    /^\((?:Reportage|Rédaction|Édition|Texte|Avec la contribution de)\s[^\n()]{0,200}\)$/u,
    // « Contacter l'auteur : cmoreau@exemple.fr »: how to reach the reporter.
    /^(?:Contacter|Contactez|Joindre|Écrire à) (?:l['’]auteur|l['’]autrice|la rédaction|le journaliste|la journaliste)\b[^\n]{0,120}$/u,
    // « — Claire Moreau »: the reporter's signature.
    /^[—–-]\s?(?!(?:With|Avec)\s)\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u,
    // « (Avec agences) », « Avec les agences »: wires the story draws on, naming none (before « Avec AFP »).
    /^(?:[—–-]{1,2}\s?)?\(?[Aa]vec (?:les )?agences\)?\.?$/u,
    // "Avec AFP", "(avec Reuters)", « — Avec La Presse Canadienne »: the agency the story draws on, the only outlet the text names.
    /^(?:[—–-]{1,2}\s?)?\(?[Aa]vec\s+(\p{Lu}[\p{L}\p{N} .&-]{0,30}?)\)?\.?$/u,
    // « Avec des informations de La Presse Canadienne », « Avec la collaboration de Jean Morel »: a known outlet it names is the source, a reporter is not.
    /^(?:[—–-]{1,2}\s?)?\(?[Aa]vec (?:des informations|la collaboration|la contribution) (?:de (?:l['’])?|d['’])(?<known>\p{Lu}[^\n]{0,80}?)\)?\.?$/u,
    // « (FIN) », "(END)", "-30-", "###": a wire's end-of-story mark, naming no outlet (before the outlet in parentheses, for every language).
    /^(?:\((?:END|MORE|FIN)\)|-30-|#{3}|[-–—]{1,2}\s?(?:END|FIN)\s?[-–—]{1,2}|(?:END|ENDS|FIN|MORE)\.?)$/u,
    // « bur-cdb/jh », « ASD/MN »: the wire desk's initials closing a dispatch, naming no outlet.
    /^(?=[^\n]{0,40}\/)(?:[a-z]{2,6}(?:[-/][a-z]{1,6}){1,5}|[A-Z]{2,6}(?:[-/][A-Z]{1,6}){1,5})$/u,
    // « R.N », "J.K.": the editor's initials closing a dispatch, naming no outlet (for every language).
    /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u,
    // « APS », "— IANS": an agency's acronym alone closing the story signs it (after the end marks, for every language).
    /^(?:[—–-]{1,2}\s?)?(\p{Lu}{2,6})\.?$/u,
    // A last line that is only an outlet in parentheses (« (AFP) », « (Ouest-France) ») credits the story; two capitals at least, as outlets have (« (Photo) » is no outlet).
    /^\((?!(?:With|Avec)\s)(?=[^)]*\p{Lu}[^)]*\p{Lu})(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\)\.?$/u,
  ],
  // « …, a appris Le Messager. »: an outlet writes so only of its own reporting.
  selfReports: [/a appris (\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}&'’.-]{0,30}){0,3})/u],
  // "By Jane Doe" / « Par Claire Moreau »: a byline line, left out of the body.
  bylineOpeners: [/^Par\s+(?=\p{Lu})/u],
  bylineWords: ["et", "à", "avec", "pour", "envoyé", "envoyée", "spécial", "spéciale"],
  // « Par Le Messager Web », « Par la rédaction numérique du Messager »: the outlet's newsroom signs.
  newsroomWords: ["rédaction", "équipe", "web", "numérique", "desk"],
  outletWords: ["presse", "journal", "courrier", "écho", "gazette", "dépêche", "quotidien", "agence", "nouvelles", "infos", "info", "matin", "soir", "hebdo", "radio", "télévision", "télé", "médias", "média"],
  outletArticles: ["le", "la", "les", "l"],
  journalistTitles: ["journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice", "envoyé", "envoyée", "chroniqueur", "chroniqueuse", "éditorialiste", "reporter", "pigiste"],
  pageLines: [
    // « Lire aussi : … », « À lire également | … », « **Voir aussi** → … », a line alone « LIRE AUSSI ».
    /^(?:[>*_]{1,3}\s?)?(?:(?:[ÀA]\s)?(?:lire|voir)\s(?:aussi|également|egalement)|pour aller plus loin|sur le même sujet)(?:\s?[*_]{1,2})?(?:\s?[:|>→»]|\s[–—-]|$)/iu,
    // « Publicité », « La suite après cette publicité »: where the page put an advertisement.
    /^(?:publicité|la suite après (?:cette|la) publicité|contenu sponsorisé)\.?$/iu,
    // « Commentaires », « Photos », « Sources » alone on a line: a section of the page, not the outlet signing.
    /^(?:commentaires?|photos?|vidéos?|sources?|galerie)$/iu,
    // The page's share buttons alone on their lines ("Facebook", "WhatsApp", "Email").
    /^(?:facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|tweet|messenger)$/iu,
    // « Mots-clés : Vannes, budget », « Sujets associés : … »: the page's tags.
    /^(?:mots-clés|mots clés|sujets associés|tags)\s?:/iu,
    // « Suivez-nous sur Instagram », « Abonnez-vous à notre newsletter »: the page asking for readers.
    /^(?:(?:suivez|rejoignez|retrouvez)-nous\s|(?:abonnez|inscrivez)-vous\s[àa]\s)/iu,
    // « Temps de lecture : 3 min », « Partager », « Écouter cet article »: the page's reading tools.
    /^(?:(?:temps de )?lecture\s?:?\s?\d{1,2}\s?min(?:utes?)?\.?|\d{1,2}\s?min(?:utes?)? de lecture\.?|partager(?: (?:cet article|sur [\p{L} ]{1,30}))?|écouter (?:cet |l['’])article|imprimer(?: cet article)?)$/iu,
  ],
};
