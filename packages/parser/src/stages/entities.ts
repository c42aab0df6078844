import { locales } from "../locales/index.js";
import type { Span } from "../types.js";
import type { DocumentContext, OrganizationEntity, PersonEntity, PlaceEntity } from "./context.js";
import { zoneAbbreviations } from "./time-zones.js";
import { foldKey, tokenise, type Token } from "./tokens.js";

/** A place the gazetteer knows and the country it stands for ("Moscou" → "Russie"), or null. */
export interface PlaceEntry {
  name: string;
  country: string | null;
}

/** Word lists for recognising people, organizations, places and roles in one language. */
export interface EntityWords {
  /** Given names (any culture); every language's list is used, whatever the document's language. */
  firstNames: readonly string[];
  /** Family names written before the given name (Chinese, Korean, Vietnamese): "Chen" in "Chen Shui-bian". */
  familyNamesFirst: readonly string[];
  /** Courtesy titles written before a name ("M.", "Mme", "Mr.", "Dr."), without the final period. */
  honorifics: readonly string[];
  /** The honorifics that only address a person ("M.", "Mrs"): no role, unlike "Dr." or "Gen.". */
  formsOfAddress: readonly string[];
  /** Nouns that name a function ("président", "porte-parole", "spokesman", "secretary"). */
  roleNouns: readonly string[];
  /** Words that may qualify a role noun before it ("ancien", "premier", "deputy", "foreign", "press"). */
  roleModifiers: readonly string[];
  /** Groups of role nouns that can describe the same person ("porte-parole" ~ "attaché"). */
  roleClasses: readonly (readonly string[])[];
  /** Articles and possessives that open a role description ("le", "l'", "un", "the", "his"). */
  determiners: readonly string[];
  /** Capitalised words that never start or form a person's name (sentence openers, pronouns…). */
  nonNames: readonly string[];
  /** Words written between a given name and a surname ("de", "van", "bin"). */
  nameParticles: readonly string[];
  /** Words that make an adjective of the name hyphened before them ("Shah-led", "Moscow-backed"): no part of the name. */
  compoundAdjectiveEnds: readonly string[];
  /** Words before a name that make it the name of a thing ("rue", "prix", "avenue", "stade"). */
  thingsBefore: readonly string[];
  /** Words after a name that make it the name of a thing ("Street", "Prize", "Airport"). */
  thingsAfter: readonly string[];
  /** Kinds of place whose complement names one ("la ville de X", "the town of X", "les îles de X"). */
  placeNouns: readonly string[];
  /** Words that make a capitalised group an organization ("ministère", "Parti", "Council"). */
  organizationHeads: readonly string[];
  /**
   * Nouns of a kind of company whose name follows them, maybe after adjectives and complements
   * (« le fabricant de pompes Valmétal », "Shipping giant Norland", "tech firm Corvane").
   */
  companyNouns: readonly string[];
  /** Nouns of a company's parts and heads whose "de"/"of" complement is the company (« la direction d'Aérolis », "shares of Corvane"). */
  companyParts: readonly string[];
  /** Organizations known by name ("OTAN", "Kremlin", "State Department"). */
  organizations: readonly string[];
  /** Countries, capitals, cities and regions, with the country each stands for. */
  places: readonly PlaceEntry[];
  /** Nationality words and inhabitants ("russe", "Russes", "Russian") → country. */
  demonyms: Readonly<Record<string, string>>;
  /** Institutions that speak for their country ("Kremlin" → "Russie", "White House"). */
  seats: Readonly<Record<string, string>>;
  /** Verb forms after a name that show a person speaks or acts ("déclaré", "said", "told"). */
  personVerbs: readonly string[];
  /** Words before a name that introduce a speaker ("selon", "according"). */
  speakerIntroducers: readonly string[];
  /** Words between a name, its comma and the name it goes by ("widely known as" Hemedti, « dit », « surnommé »). */
  nicknameIntroducers: readonly string[];
  /** Prepositions of place of the language ("in", "near"): a lone capitalised word after one is a place, not a person. */
  placePrepositions: readonly string[];
  /** Prepositions between people named by their trade and their employer ("analysts at Jefferies", « les analystes de chez Oddo »). */
  employerPrepositions: readonly string[];
  /**
   * Words no person is named by that may still open an organization's name before its head
   * ("Atlantic Dockworkers Union", "Senate Commerce Committee", "United States Maritime Carriers Association").
   */
  organizationOpeners: readonly string[];
  /** Nouns of a ruler's time whose complement is the ruler ("règne", "reign"): "sous le règne de Mobutu". */
  reignNouns: readonly string[];
  /**
   * Nouns of a leader's government that name the leader by surname alone, right after the noun in
   * French (« le gouvernement Fabius ») and right before it in English ("the Trump administration").
   */
  leaderNouns: readonly string[];
  /** Nouns of a family named by its surname, right after it in English ("the Lindqvist family") and before it in French (« la famille Mulliez »): no one person. */
  familyNouns: readonly string[];
  /** Titles of nobility that a one-word name is also known by with them ("Lady Gaga", "Sir Elton"), lower case. */
  nobleTitles: readonly string[];
  /** Words that stop the search for a role before a name (conjunctions, auxiliaries). */
  roleStops: readonly string[];
  /** Common words that title case capitalises in names of works and things ("Red", "Story", "Rain"). */
  commonWords: readonly string[];
  /**
   * What a group of capitalised words that no list knows counts for by its shape alone (2 makes
   * it a person): French capitalises little besides names; English title-cases things too.
   */
  unknownNameWeight: number;
}

interface Lexicon {
  /** Word key → the word lists below that hold it, as `WORD` bits: one lookup per token tells them all. */
  listsOf: Map<string, number>;
  firstNames: Set<string>;
  familyNamesFirst: Set<string>;
  honorifics: Set<string>;
  formsOfAddress: Set<string>;
  roleNouns: Set<string>;
  roleModifiers: Set<string>;
  roleClassOf: Map<string, number>;
  determiners: Set<string>;
  nonNames: Set<string>;
  particles: Set<string>;
  compoundAdjectiveEnds: Set<string>;
  thingsBefore: Set<string>;
  thingsAfter: Set<string>;
  placeNouns: Set<string>;
  organizationHeads: Set<string>;
  companyNouns: Set<string>;
  companyParts: Set<string>;
  /** First word key → phrases (as word keys) starting with it, longest first. */
  phrases: Map<string, Phrase[]>;
  /** The same for the phrases also written in lower case: all that a word not capitalised can start. */
  lowercasePhrases: Map<string, Phrase[]>;
  /** The same two maps with each list narrowed by the word after the first: the phrases a text may hold there. */
  phraseChoices: Map<string, PhraseChoices>;
  lowercasePhraseChoices: Map<string, PhraseChoices>;
  demonyms: Map<string, string>;
  /** The nationality words as written, in lower case, accents kept. */
  demonymSpellings: Set<string>;
  /** Folded seat-of-power phrase → country. */
  seats: Map<string, string>;
  personVerbs: Set<string>;
  speakerIntroducers: Set<string>;
  reignNouns: Set<string>;
  /** Nickname introducers as word keys, longest first. */
  nicknameIntroducers: string[][];
  placePrepositions: Set<string>;
  employerPrepositions: Set<string>;
  organizationOpeners: Set<string>;
  leaderNouns: Set<string>;
  familyNouns: Set<string>;
  nobleTitles: Set<string>;
  roleStops: Set<string>;
  /** The document language's own articles and possessives: "a" is one in English, the auxiliary in French. */
  ownDeterminers: Set<string>;
  /** Courtesy titles that say the role themselves (« Me » for a lawyer): the quote stage reads the apposition before them. */
  roleGivingHonorifics: Set<string>;
  months: Set<string>;
  /** Month names and their abbreviations ("jan", "sept"). */
  monthWords: Set<string>;
  /** Common words in every language (function words included): never a name by shape alone. */
  commonWords: Set<string>;
  unknownNameWeight: number;
  /** Description text → what its words say, filled as descriptions are resolved ("le président" comes back in every document). */
  descriptions: Map<string, DescriptionWords | null>;
  /** Adjectives stand before the noun ("Syrian president"), so a lowercase word after the role noun is no part of it. */
  modifiersPrecedeNoun: boolean;
}

/** The phrases that start with one word, longest first, narrowed by the word after it. */
interface PhraseChoices {
  /** The one-word phrases only: all that can match before any other next word. */
  alone: Phrase[];
  /** Next word key → the one-word phrases and the longer ones whose second word it is. */
  byNext: Map<string, Phrase[]>;
}

/** The choices of each list of phrases, in the list's order. */
function phraseChoices(phrases: Map<string, Phrase[]>): Map<string, PhraseChoices> {
  const choices = new Map<string, PhraseChoices>();
  for (const [first, list] of phrases) {
    const byNext = new Map<string, Phrase[]>();
    for (const phrase of list) {
      const second = phrase.keys[1];
      if (second !== undefined && !byNext.has(second)) byNext.set(second, list.filter((other) => other.keys.length === 1 || other.keys[1] === second));
    }
    choices.set(first, { alone: list.filter((phrase) => phrase.keys.length === 1), byNext });
  }
  return choices;
}

interface Phrase {
  keys: string[];
  /** Written in lower case in running text too ("ministère des Affaires étrangères", "police"). */
  lowercase: boolean;
  /** Which words the name writes with a capital: the text must too ("Le Monde", not "le monde"). */
  capitals: boolean[];
  /** An acronym ("UN", "WHO"): the text must write it in capitals too, or "Un" and "Who" would be it. */
  acronym: boolean;
  kind: "organization" | "place";
  name: string;
  country: string | null;
}

/** One bit per word list of the lexicon that tokens are looked up in, named as the list. */
const WORD = {
  firstNames: 1 << 0,
  familyNamesFirst: 1 << 1,
  honorifics: 1 << 2,
  roleNouns: 1 << 3,
  roleModifiers: 1 << 4,
  determiners: 1 << 5,
  nonNames: 1 << 6,
  particles: 1 << 7,
  thingsBefore: 1 << 8,
  thingsAfter: 1 << 9,
  placeNouns: 1 << 10,
  organizationHeads: 1 << 11,
  phrases: 1 << 12,
  demonyms: 1 << 13,
  seats: 1 << 14,
  personVerbs: 1 << 15,
  speakerIntroducers: 1 << 16,
  reignNouns: 1 << 17,
  roleStops: 1 << 18,
  months: 1 << 19,
  monthWords: 1 << 20,
  commonWords: 1 << 21,
  lowercasePhrases: 1 << 22,
} as const;
type WordList = keyof typeof WORD;
/** An honorific written with its period ("Gen.", "Mr."). */
const HONORIFIC_WITH_PERIOD = 1 << 23;
/**
 * The lowercase words a pass may start from: a gazetteer phrase written in lower case, an
 * organization's head ("ministère"), a role noun of a description ("le porte-parole").
 */
const NOTABLE_LOWERCASE = WORD.lowercasePhrases | WORD.organizationHeads | WORD.roleNouns;

/** Whether the lexicon's word list `list` (a `WORD` bit) holds the token's word. */
function listed(token: Token, list: number): boolean {
  return (token.listedIn & list) !== 0;
}

/** The lexicon of each document language: its own lists first, the other language's as fallback. */
const lexicons = new Map<string, Lexicon>();

function lexiconFor(code: "fr" | "en"): Lexicon {
  const cached = lexicons.get(code);
  if (cached) return cached;
  const own = locales[code];
  const all = [own, ...Object.values(locales).filter((locale) => locale !== own)];
  const set = (pick: (words: EntityWords) => readonly string[]) => {
    const result = new Set<string>();
    for (const locale of all) for (const word of pick(locale.entities)) result.add(foldKey(word));
    return result;
  };
  const ownSet = (pick: (words: EntityWords) => readonly string[]) => new Set(pick(own.entities).map(foldKey));
  const roleClassOf = new Map<string, number>();
  let classIndex = 0;
  for (const locale of all) {
    for (const group of locale.entities.roleClasses) {
      for (const noun of group) if (!roleClassOf.has(foldKey(noun))) roleClassOf.set(foldKey(noun), classIndex);
      classIndex++;
    }
  }
  const phrases = new Map<string, Phrase[]>();
  const addPhrase = (text: string, kind: Phrase["kind"], name: string, country: string | null) => {
    const keys = phraseKeys(text);
    if (keys.length === 0) return;
    const list = phrases.get(keys[0]!) ?? [];
    if (list.some((phrase) => phrase.keys.join(" ") === keys.join(" "))) return;
    const lowercase = kind === "organization" && name.charAt(0) === name.charAt(0).toLowerCase();
    const capitals = phraseWords(text).map((word) => /^\p{Lu}/u.test(word));
    const acronym = keys.length === 1 && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
    list.push({ keys, kind, name, country, lowercase, capitals, acronym });
    list.sort((a, b) => b.keys.length - a.keys.length);
    phrases.set(keys[0]!, list);
  };
  for (const locale of all) {
    for (const place of locale.entities.places) {
      addPhrase(place.name, "place", place.name, place.country);
      // « Addis Abeba », "Tel Aviv": a place's hyphens are often written as spaces.
      if (place.name.includes("-")) addPhrase(place.name.replace(/-/g, " "), "place", place.name, place.country);
    }
    for (const organization of locale.entities.organizations) addPhrase(organization, "organization", organization, null);
  }
  const lowercasePhrases = new Map<string, Phrase[]>();
  for (const [first, list] of phrases) {
    const lowercase = list.filter((phrase) => phrase.lowercase);
    if (lowercase.length > 0) lowercasePhrases.set(first, lowercase);
  }
  const demonyms = new Map<string, string>();
  for (const locale of all) {
    for (const [word, country] of Object.entries(locale.entities.demonyms)) {
      if (!demonyms.has(foldKey(word))) demonyms.set(foldKey(word), country);
    }
  }
  const seats = new Map<string, string>();
  for (const locale of all) {
    for (const [seat, country] of Object.entries(locale.entities.seats)) {
      const key = phraseKeys(seat).join(" ");
      if (!seats.has(key)) seats.set(key, country);
    }
  }
  const months = new Set<string>();
  const monthWords = new Set<string>();
  // Full month names only: "Jan" and "Mar" are given names as often as abbreviations.
  for (const locale of all) {
    for (const [month, number] of Object.entries(locale.structure.months)) {
      const isAbbreviation = Object.entries(locale.structure.months).some(([other, value]) => value === number && other.length > month.length && other.startsWith(month));
      if (!isAbbreviation) months.add(foldKey(month));
      monthWords.add(foldKey(month));
    }
  }
  for (const locale of all) for (const day of locale.structure.weekdays) months.add(foldKey(day));
  const lexicon: Lexicon = {
    listsOf: new Map(),
    firstNames: set((words) => words.firstNames),
    familyNamesFirst: set((words) => words.familyNamesFirst),
    honorifics: set((words) => words.honorifics),
    formsOfAddress: set((words) => words.formsOfAddress),
    roleNouns: set((words) => words.roleNouns),
    roleModifiers: set((words) => words.roleModifiers),
    roleClassOf,
    determiners: set((words) => words.determiners),
    nonNames: set((words) => words.nonNames),
    particles: set((words) => words.nameParticles),
    compoundAdjectiveEnds: ownSet((words) => words.compoundAdjectiveEnds),
    thingsBefore: set((words) => words.thingsBefore),
    thingsAfter: set((words) => words.thingsAfter),
    placeNouns: set((words) => words.placeNouns),
    organizationHeads: set((words) => words.organizationHeads),
    companyNouns: set((words) => words.companyNouns),
    companyParts: set((words) => words.companyParts),
    phrases,
    lowercasePhrases,
    phraseChoices: phraseChoices(phrases),
    lowercasePhraseChoices: phraseChoices(lowercasePhrases),
    demonyms,
    demonymSpellings: new Set(all.flatMap((locale) => Object.keys(locale.entities.demonyms).map((word) => word.toLowerCase()))),
    seats,
    personVerbs: set((words) => words.personVerbs),
    speakerIntroducers: set((words) => words.speakerIntroducers),
    reignNouns: set((words) => words.reignNouns),
    nicknameIntroducers: [...ownSet((words) => words.nicknameIntroducers)].map((phrase) => phrase.split(" ")).sort((a, b) => b.length - a.length),
    placePrepositions: ownSet((words) => words.placePrepositions),
    employerPrepositions: ownSet((words) => words.employerPrepositions),
    organizationOpeners: ownSet((words) => words.organizationOpeners),
    leaderNouns: ownSet((words) => words.leaderNouns),
    familyNouns: ownSet((words) => words.familyNouns),
    nobleTitles: set((words) => words.nobleTitles),
    roleStops: ownSet((words) => words.roleStops),
    ownDeterminers: ownSet((words) => words.determiners),
    roleGivingHonorifics: new Set(all.flatMap((locale) => locale.quotes.honorificRoles.map(([honorific]) => foldKey(honorific)))),
    months,
    monthWords,
    unknownNameWeight: own.entities.unknownNameWeight,
    modifiersPrecedeNoun: own.quotes.modifiersPrecedeNoun,
    commonWords: set((words) => words.commonWords),
    descriptions: new Map(),
  };
  for (const locale of all) for (const word of locale.structure.functionWords) lexicon.commonWords.add(foldKey(word));
  // « Son président », « son concurrent »: a determiner of the document's language is never the
  // role noun another language spells the same ("son").
  for (const word of own.entities.determiners) lexicon.roleNouns.delete(foldKey(word));
  for (const word of set((words) => words.roleStops)) lexicon.roleStops.add(word);
  const mark = (word: string, bit: number) => lexicon.listsOf.set(word, (lexicon.listsOf.get(word) ?? 0) | bit);
  for (const list of Object.keys(WORD) as WordList[]) for (const word of lexicon[list].keys()) mark(word, WORD[list]);
  for (const word of lexicon.honorifics) mark(`${word}.`, HONORIFIC_WITH_PERIOD);
  lexicons.set(code, lexicon);
  return lexicon;
}

const phraseKeyCache = new Map<string, string[]>();

function cachedPhraseKeys(text: string): string[] {
  let keys = phraseKeyCache.get(text);
  if (!keys) {
    if (phraseKeyCache.size > 10_000) phraseKeyCache.clear();
    keys = phraseKeys(text);
    phraseKeyCache.set(text, keys);
  }
  return keys;
}

const ELIDED_ARTICLE = /^((?:l|d|qu)['’])(.+)$/i;

/** The words of a gazetteer phrase as written, split the way the tokeniser splits text. */
function phraseWords(text: string): string[] {
  const words: string[] = [];
  for (const part of text.split(/\s+/)) {
    if (!part) continue;
    // Only "l'", "d'" and "qu'" are split off: an apostrophe second or third lets most words pass without the regex.
    const second = part.charCodeAt(1);
    const third = part.charCodeAt(2);
    const elided = second === 39 || second === 0x2019 || third === 39 || third === 0x2019 ? ELIDED_ARTICLE.exec(part) : null;
    if (elided) words.push(elided[1]!, elided[2]!);
    else words.push(part);
  }
  return words;
}

/** The word keys of a gazetteer phrase. */
function phraseKeys(text: string): string[] {
  return phraseWords(text).map(foldKey);
}

function capitalsMatch(tokens: Token[], at: number, phrase: Phrase): boolean {
  for (let k = 1; k < phrase.capitals.length; k++) if (phrase.capitals[k] && !tokens[at + k]!.capitalised) return false;
  return true;
}

/** Words that end the names of things but are common surnames too. */
const SURNAME_LIKE = new Set(["hall", "lane", "park", "law", "church", "street", "tower", "bridge", "line", "station", "group", "plan", "day", "week", "fort", "young"]);

/** "saint Maximilien Kolbe" names a person, "rue Jean Jaurès" a street. */
const SAINTS = new Set(["saint", "sainte", "st", "st."]);

/** Auxiliaries that may stand between a name and its verb ("Valls a déclaré", "Obama has said"). */
const AUXILIARIES = new Set(["a", "avait", "aurait", "est", "était", "s'", "se", "lui", "leur", "has", "had", "have", "was", "is", "also", "aussi", "then", "alors", "y"]);

/** A model or serial number after a name ("Queen Mary 2", "Apollo 11"). */
function isSerialNumber(text: string): boolean {
  if (text.length === 0 || text.length > 4) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
/** What makes a number after a name a score or a time ("6-4", "1:32"), not a serial number. */
const SCORE_OR_TIME_AFTER = /^[-–:\/.,]\d/u;

/** The shape of a nationality noun ("Bermudienne", "Suissesse", "Hollandais") before a name. */
const DEMONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:ienne|ien|aise|ais|aine|ain|esse|oise|ois|ote|ane|an|éen|éenne|ese|ish|ian|i)$/u;
/** Last letters of the endings of `DEMONYM_SHAPE`: e, n, s, h, i. */
const DEMONYM_SHAPE_LAST = new Set([101, 110, 115, 104, 105]);

/** `DEMONYM_SHAPE.test(text)`; the first and last letters turn most words down before the regex. */
function hasDemonymShape(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  return DEMONYM_SHAPE_LAST.has(lastCharCode(text)) && DEMONYM_SHAPE.test(text);
}

/** Prepositions inside a role phrase ("attaché de presse du chef de l'État", "Secretary of State"). */
const PREPOSITIONS = new Set(["de", "d'", "du", "des", "à", "au", "aux", "of", "for", "to", "pour", "en", "in"]);
/** Articles merged with a preposition: they continue a role phrase, never open one. */
const CONTRACTED_ARTICLES = new Set(["du", "des", "au", "aux"]);

/** Words that join the parts of a role or a name and can never end one. */
const CONNECTORS = new Set(["de", "du", "des", "d'", "la", "le", "l'", "of", "the", "for", "et", "and", "a", "an", "un", "une", "en", "in", "au", "aux", "à"]);

/** What the stage decides each token is part of. */
type Label = "person" | "organization" | "place" | "role" | null;

interface NameCandidate {
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Evidence that this is a person, not a thing: role, title, verb, known given name… */
  evidence: number;
  /** A courtesy title or a role word written in the name's group ("President Obama", "M. Haider"). */
  titled: boolean;
  roles: string[];
  /** Token indices [from, to) of a nickname in quotation marks inside the name (Tom "Tiny" Okonjo), marks included. */
  nickname?: [number, number];
  /** Characters of the last token after the name: the "-led" of "Dan Krieger-led". */
  adjectiveEnd?: number;
}

interface Found {
  kind: "organization" | "place";
  name: string;
  country: string | null;
  from: number;
  to: number;
}

/**
 * The place in capitals that opens a wire dateline ("SYDNEY, March 5 (AAP) -", "WAGGA WAGGA, …"),
 * when the gazetteer did not know it: a place, written as a name ("Wagga Wagga"), not an acronym.
 */
function datelinePlace(ctx: DocumentContext, tokens: Token[], labels: Label[]): Found[] {
  const dateline = ctx.dateline;
  if (!dateline) return [];
  let from = 0;
  while (from < tokens.length && tokens[from]!.start < dateline.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= dateline.end && tokens[to]!.isWord && labels[to] === null && tokens[to]!.text.length > 1 && isAllCapitals(tokens[to]!.text)) to++;
  if (to === from || tokens[to]?.text !== ",") return [];
  for (let i = from; i < to; i++) labels[i] = "place";
  const name = joinTokens(tokens, from, to).toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return [{ kind: "place", name, country: null, from, to }];
}

/** Capitalised words on either side of "&" an ampersand name may hold ("Kessler & Lowe", "Brandt Hoyle & Partners"). */
const MAX_AMPERSAND_SIDE = 3;

/**
 * "Kessler & Lowe", « Dubois & Fils »: capitalised words joined by an ampersand name a firm, not
 * two people (nobody writes "&" between two people's names in running text).
 */
function findAmpersandNames(tokens: Token[], capitalisedAt: readonly number[], labels: Label[]): Found[] {
  const found: Found[] = [];
  const joinsName = (at: number, region: number) => {
    const token = tokens[at];
    return token !== undefined && token.isWord && token.capitalised && !token.sentenceStart && token.region === region && labels[at] === null;
  };
  let unread = 0;
  for (const i of capitalisedAt) {
    const ampersand = tokens[i + 1];
    if (i < unread || ampersand?.text !== "&" || labels[i] !== null) continue;
    const { region } = tokens[i]!;
    if (!joinsName(i + 2, region) || ampersand.start === tokens[i]!.end) continue;
    // "Marshal Jane Doe & Ambassador John Roe", "& Dr Roe": a title before a name after the ampersand opens a person's, not a firm's ("Dubois & Fils").
    if (isHonorificWord(tokens[i + 2]!) || (listed(tokens[i + 2]!, WORD.roleNouns) && joinsName(i + 3, region) && joinsName(i + 4, region))) continue;
    let from = i;
    // A sentence's first word may open the name ("Kessler & Lowe said"): only words after it need to be names.
    while (from > i - MAX_AMPERSAND_SIDE + 1 && joinsName(from - 1, region)) from--;
    let to = i + 3;
    while (to < i + 2 + MAX_AMPERSAND_SIDE && joinsName(to, region)) to++;
    found.push({ kind: "organization", name: joinTokens(tokens, from, to), country: null, from, to });
    for (let j = from; j < to; j++) labels[j] = "organization";
    unread = to;
  }
  return found;
}

/** Finds people (with aliases and roles), organizations and places. */
export function recogniseEntities(ctx: DocumentContext): void {
  const lexicon = lexiconFor(ctx.locale.code);
  const tokens = tokenise(ctx, lexicon.listsOf);
  // Names start with a capital: the passes that look only for names walk these indices, not every token.
  const capitalisedAt: number[] = [];
  // The passes for phrases, organizations and descriptions walk these: the capitalised tokens and the notable lowercase ones.
  const notableAt: number[] = [];
  const labels: Label[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    labels.push(null);
    if (token.capitalised) {
      capitalisedAt.push(i);
      notableAt.push(i);
    } else if ((token.listedIn & NOTABLE_LOWERCASE) !== 0 || startsWithSurrogate(ctx.text, token)) {
      notableAt.push(i);
    }
  }
  const found = findKnownPhrases(tokens, notableAt, lexicon, labels);
  found.push(...datelinePlace(ctx, tokens, labels));
  found.push(...findAmpersandNames(tokens, capitalisedAt, labels));
  found.push(...findOrganizationGroups(tokens, notableAt, labels, lexicon));
  found.push(...findIntroducedCompanies(tokens, capitalisedAt, labels, lexicon, found));
  found.push(...findShortNames(tokens, capitalisedAt, labels, found));
  const candidates = findNameCandidates(tokens, capitalisedAt, lexicon, labels);
  const marks = clearedMarks(tokens.length);
  const people = buildPeople(ctx, tokens, capitalisedAt, candidates, lexicon, labels, marks, isTitleCaseHeadline(ctx, tokens));
  ctx.people = withoutOutlet(ctx, people);
  const { organizations, places } = buildOrganizationsAndPlaces(ctx, tokens, found);
  ctx.organizations = personInitialsOutOfOrganizations(ctx, organizations);
  ctx.people = withoutOrganizationWords(ctx, lexicon);
  ctx.places = places;
  attachDescriptions(ctx, tokens, notableAt, labels, marks.inRole);
}

/**
 * "Corvane responded… the head of Human Resources for Corvane Canada": a one-word name without a
 * role or a given name that an organization's name writes before a country (a company's branch)
 * is that company's, no person; it becomes an organization of its own.
 */
function withoutOrganizationWords(ctx: DocumentContext, lexicon: Lexicon): PersonEntity[] {
  // Only a one-word name without a role or an alias may be such a word: most documents have none, and read no organization's words.
  const oneWordNames = new Set<string>();
  for (const person of ctx.people) if (!person.name.includes(" ") && person.roles.length === 0 && person.aliases.length === 0) oneWordNames.add(person.name);
  if (oneWordNames.size === 0) return ctx.people;
  const organizationWords = new Set<string>();
  for (const organization of ctx.organizations) {
    const words = organization.name.split(/\s+/u);
    for (let k = 0; k + 1 < words.length; k++) {
      if (oneWordNames.has(words[k]!) && /^\p{Lu}/u.test(words[k]!) && countryFor(ctx, words[k + 1]!) === words[k + 1]) organizationWords.add(words[k]!);
    }
  }
  if (organizationWords.size === 0) return ctx.people;
  return ctx.people.filter((person) => {
    const isWordOfBody = !person.name.includes(" ") && person.roles.length === 0 && person.aliases.length === 0 && organizationWords.has(person.name) && !lexicon.firstNames.has(foldKey(person.name));
    if (isWordOfBody) ctx.organizations.push({ id: ctx.organizations.length, name: person.name, aliases: [], mentions: person.mentions });
    return !isWordOfBody;
  });
}

/** "(MBS)" right after a person's name: the short form in parentheses. */
const INITIALS_IN_PARENTHESES = /^\s?\((\p{Lu}{2,6})\)/u;
/** What `INITIALS_IN_PARENTHESES` captures: no other organization's name can be a person's short form. */
const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;

/**
 * "Mohammed ben Salmane (MBS)", "Andrés Manuel López Obrador (AMLO)": an acronym in parentheses
 * right after a person's name that spells its words' initials is that person's short form, no
 * organization; its mentions become theirs.
 */
function personInitialsOutOfOrganizations(ctx: DocumentContext, organizations: OrganizationEntity[]): OrganizationEntity[] {
  // People by their initials, worked out once for the document and only when some organization's name is an acronym.
  let peopleByInitials: Map<string, PersonEntity[]> | null = null;
  return organizations.filter((organization) => {
    // The acronym must stand in parentheses somewhere in the text.
    if (!ACRONYM_NAME.test(organization.name) || !ctx.text.includes(`(${organization.name})`)) return true;
    if (!peopleByInitials) {
      peopleByInitials = new Map();
      for (const person of ctx.people) {
        const initials = person.name.split(/[\s-]+/u).map((word) => word.charAt(0).toUpperCase()).join("");
        const list = peopleByInitials.get(initials);
        if (list) list.push(person);
        else peopleByInitials.set(initials, [person]);
      }
    }
    const owner = peopleByInitials.get(organization.name)?.find((person) =>
      person.mentions.some((mention) => INITIALS_IN_PARENTHESES.exec(ctx.text.slice(mention.end, mention.end + 10))?.[1] === organization.name),
    );
    if (!owner) return true;
    if (!owner.aliases.includes(organization.name)) owner.aliases.push(organization.name);
    owner.mentions.push(...organization.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

/**
 * Whether the title is a headline in title case ("Harbour Board Chair Quits Over Dredging Row"):
 * every word of four letters or more after the first is capitalised, so capitals say nothing of
 * names there. The title is the first region.
 */
function isTitleCaseHeadline(ctx: DocumentContext, tokens: Token[]): boolean {
  // A headline is a line of a few words; a long first line is text.
  if (!ctx.title || ctx.title.end - ctx.title.start > 300) return false;
  let long = 0;
  for (const token of tokens) {
    if (token.region !== 0) break;
    if (!token.isWord || token.sentenceStart || token.text.length < 4 || startsWithDigit(token.text)) continue;
    if (!token.capitalised) return false;
    long++;
  }
  return long >= 3;
}

/**
 * The sign-off is read for the reporters a credit line names ("Reporting by Jane Doe"), but the
 * outlet it names ("© 2024 Le Courrier du Nord") is the source, not a person.
 */
function withoutOutlet(ctx: DocumentContext, people: PersonEntity[]): PersonEntity[] {
  const { source, signOff } = ctx;
  if (!source || !signOff) return people;
  const isOutletMention = (mention: Span) => mention.start >= signOff.start && mention.end <= signOff.end && source.includes(mention.text);
  return people.filter((person) => !person.mentions.every(isOutletMention));
}

/** Marks per token (1 or 2), one array for each question the passes ask of every token. */
interface TokenMarks {
  /** 2 for the words of a multi-word name candidate, 1 for a single capitalised word. */
  inName: Uint8Array;
  /** Words of a role phrase read by apposition. */
  inRole: Uint8Array;
  /** Words of an accepted person, then the starts of their mentions. */
  personAt: Uint8Array;
}

/** Storage for the marks, reused from one document to the next: clearing it costs less than allocating typed arrays per document. */
let markStore = new Uint8Array(0);

/** Clear marks for `tokenCount` tokens, valid until the next call. */
function clearedMarks(tokenCount: number): TokenMarks {
  const size = 3 * tokenCount;
  if (markStore.length < size) markStore = new Uint8Array(Math.max(size, 2 * markStore.length));
  else markStore.fill(0, 0, size);
  return {
    inName: markStore.subarray(0, tokenCount),
    inRole: markStore.subarray(tokenCount, 2 * tokenCount),
    personAt: markStore.subarray(2 * tokenCount, size),
  };
}

/**
 * A word opening with a character beyond the basic plane ("𝐀"): the tokeniser does not call it
 * capitalised, though the acronym test may read a capital there. (Read in the document's text,
 * where the token was just read, rather than in the token's own string.)
 */
function startsWithSurrogate(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  return first >= 0xd800 && first <= 0xdbff;
}

const HAS_LOWERCASE = /\p{Ll}/u;

/** `HAS_LOWERCASE.test(text)`, decided by character codes for an ASCII word. */
function hasLowercase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128) return HAS_LOWERCASE.test(text);
  }
  return false;
}

/** Gazetteer organizations and places (longest phrase wins), unless the words start a person's name. */
function findKnownPhrases(tokens: Token[], notableAt: readonly number[], lexicon: Lexicon, labels: Label[]): Found[] {
  const found: Found[] = [];
  // The first token not yet read: a phrase found covers its words.
  let unread = 0;
  for (const i of notableAt) {
    if (i < unread) continue;
    const token = tokens[i]!;
    // Gazetteer words must be written as names: "rose" is not a place, nor "union" an organization.
    if (!token.isWord || !listed(token, token.capitalised ? WORD.phrases : WORD.lowercasePhrases)) continue;
    const choices = (token.capitalised ? lexicon.phraseChoices : lexicon.lowercasePhraseChoices).get(token.key);
    if (!choices) continue;
    // Only the phrases whose second word is the next token's can match, besides those of one word.
    const options = (i + 1 < tokens.length && choices.byNext.get(tokens[i + 1]!.key)) || choices.alone;
    // "Lancashire Police": a word the gazetteer knows in lower case, capitalised after a name, ends a longer name.
    const previous = tokens[i - 1];
    const endsLongerName = token.capitalised && !token.sentenceStart && previous !== undefined && previous.capitalised && previous.isWord && previous.region === token.region && previous.end + 1 >= token.start;
    for (const phrase of options) {
      if (!matchesAt(tokens, i, phrase.keys) || !capitalsMatch(tokens, i, phrase) || (phrase.acronym && hasLowercase(token.text))) continue;
      if (phrase.lowercase && phrase.keys.length === 1 && endsLongerName) continue;
      const last = tokens[i + phrase.keys.length - 1]!;
      const next = tokens[i + 1];
      if (phrase.kind === "place" && phrase.keys.length === 1 && phrase.country !== phrase.name && listed(token, WORD.firstNames) && next && next.capitalised && next.isWord && next.region === token.region && !listed(next, WORD.phrases) && !listed(next, WORD.nonNames)) break;
      // "Jordan Bardella", "Israel Katz": a country that is a given name too, before a word no list knows that ends the group, opens a person's name.
      const after = tokens[i + 2];
      const surnameNext = next !== undefined && next.capitalised && next.isWord && next.region === token.region && next.listedIn === 0 && !isAllCapitals(next.text) && !(after?.capitalised && after.isWord && after.region === token.region);
      if (phrase.kind === "place" && phrase.keys.length === 1 && listed(token, WORD.firstNames) && surnameNext) break;
      if (phrase.kind === "place" && i > 0 && listed(tokens[i - 1]!, WORD.firstNames) && tokens[i - 1]!.capitalised && !tokens[i - 1]!.sentenceStart && phrase.keys.length === 1) break;
      // "Sen. Jordan Ellis", "Mme Florence Parly": between a courtesy title and a capitalised word, a place's name is a given name.
      if (phrase.kind === "place" && phrase.keys.length === 1 && i > 0 && isHonorificWord(tokens[i - 1]!) && tokens[i - 1]!.region === token.region && next && next.capitalised && next.isWord && next.region === token.region) break;
      if (last.region !== token.region) continue;
      found.push({ kind: phrase.kind, name: phrase.name, country: phrase.country, from: i, to: i + phrase.keys.length });
      for (let j = i; j < i + phrase.keys.length; j++) labels[j] = phrase.kind;
      unread = i + phrase.keys.length;
      break;
    }
  }
  return found;
}

function matchesAt(tokens: Token[], at: number, keys: string[]): boolean {
  if (at + keys.length > tokens.length) return false;
  for (let k = 0; k < keys.length; k++) {
    const token = tokens[at + k]!;
    if (token.key !== keys[k] || (k > 0 && token.region !== tokens[at]!.region)) return false;
  }
  return true;
}

/** A French adjective after a capitalised word of an organization name ("Affaires étrangères", "Assemblée nationale", « Service départemental », « exploitants agricoles »). */
const ORGANIZATION_ADJECTIVE = /^\p{Ll}[\p{Ll}-]*(?:ères|ère|aux|ale|ales|elle|elles|iques?|aires?|iennes?|aises?|ives?|ifs?|ées?|istes?|aines?|ains|naux|coles?)$|^\p{Ll}[\p{Ll}-]{3,}(?:al|el|els)$/u;

/** Last letters of the endings of `ORGANIZATION_ADJECTIVE`: s, e, x, f, l. */
const ORGANIZATION_ADJECTIVE_LAST = new Set([115, 101, 120, 102, 108]);

/** `ORGANIZATION_ADJECTIVE.test(text)`; the first and last letters turn most words down before the regex. */
function isOrganizationAdjective(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 97 && first <= 122)) return false;
  return ORGANIZATION_ADJECTIVE_LAST.has(lastCharCode(text)) && ORGANIZATION_ADJECTIVE.test(text);
}

/** Organization heads that open a name even in lower case (« ministère de l'Intérieur », « tribunal administratif de Rennes »). */
const LOWERCASE_HEADS = new Set(["ministere", "ministry", "parquet", "tribunal", "prefecture", "mairie", "conseil"]);

/** Whether the word at `at` follows a plural trade and a preposition of employer ("analysts at", « économistes chez »). */
function employerOfTrade(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const preposition = tokens[at - 1];
  const trade = tokens[at - 2];
  if (!preposition || !trade || !lexicon.employerPrepositions.has(preposition.key) || trade.region !== tokens[at]!.region || !PLURAL_ENDING.test(trade.key)) return false;
  return ((lexicon.listsOf.get(trade.key.slice(0, -1)) ?? 0) & WORD.roleNouns) !== 0;
}

/** Whether the token at `at` is the apostrophe of a plural possessive glued to the word before ("Pilots'"). */
function isPluralPossessiveMark(tokens: Token[], at: number): boolean {
  const mark = tokens[at]!;
  const owner = tokens[at - 1];
  return (mark.text === "'" || mark.text === "’") && owner !== undefined && owner.end === mark.start && owner.region === mark.region && /s$/u.test(owner.text);
}

/** Words joining two capitalised words of an organization's name before its head ("Food and Drug Administration"). */
const BACKWARD_JOINS = new Set(["and", "et", "&"]);

/**
 * Organizations the gazetteer does not know: a head word ("ministère", "Parti", "Council") with
 * the capitalised words and connectors around it, and acronyms in capitals ("OSCE", "AfCFTA").
 */
function findOrganizationGroups(tokens: Token[], notableAt: readonly number[], labels: Label[], lexicon: Lexicon): Found[] {
  const found: Found[] = [];
  /** Short forms a name defined in parentheses ("Acas"): the body wherever the text writes them, before or after. */
  const shortForms = new Set<string>();
  // The first token not yet read: an organization found covers its words.
  let unread = 0;
  for (const i of notableAt) {
    if (i < unread) continue;
    const token = tokens[i]!;
    if (!token.isWord || labels[i] !== null) continue;
    if (listed(token, WORD.organizationHeads) && (token.capitalised || LOWERCASE_HEADS.has(token.key))) {
      let from = i;
      // "Massachusetts Institute of Technology": a place's name may open an organization's.
      const opensName = (at: number) =>
        (labels[at] === null || labels[at] === "place") &&
        tokens[at]!.capitalised &&
        !tokens[at]!.dotted &&
        tokens[at]!.region === token.region &&
        (!listed(tokens[at]!, WORD.nonNames) || (lexicon.organizationOpeners.has(tokens[at]!.key) && !tokens[at]!.sentenceStart)) &&
        !listed(tokens[at]!, WORD.firstNames);
      for (;;) {
        if (from > 0 && opensName(from - 1) && i - from < 4) from--;
        // "Competition and Markets Authority", "Food and Drug Administration": two capitalised words joined by "and" before the head.
        else if (from > 1 && from < i && BACKWARD_JOINS.has(tokens[from - 1]!.key) && opensName(from - 2) && i - from < 4) from -= 2;
        // "British Airline Pilots' Association", "Prison Officers' Association": a plural possessive opens the head.
        else if (from > 1 && i - from < 4 && isPluralPossessiveMark(tokens, from - 1) && opensName(from - 2)) from -= 2;
        else break;
      }
      // "EU Foreign Affairs Council": a body's acronym may open the name of one of its organs.
      const before = tokens[from - 1];
      if (before && labels[from - 1] === "organization" && before.region === token.region && !before.sentenceStart && isAcronym(before) && i - from < 4) from--;
      if (from === i && tokens[from - 1]?.dotted && tokens[from - 1]!.region === token.region) from--;
      let to = i + 1;
      for (;;) {
        const next = tokens[to];
        if (!next || next.region !== token.region || !next.isWord) break;
        if (listed(next, WORD.firstNames) && labels[to] === null) break;
        // "Union Minister Rajeev Kelkar": a title after even a one-word head opens a person's name.
        if (next.capitalised && labels[to] === null && (to - from >= 2 || listed(next, WORD.roleNouns)) && opensPersonAfterOrganization(tokens, to, labels)) break;
        // Another head word ends the name further on ("Hospital Employers Council"), even one that alone is no name ("Council").
        const continuesName = !listed(next, WORD.nonNames) || listed(next, WORD.organizationHeads);
        if (next.capitalised && continuesName && (labels[to] === null || labels[to] === "place" || labels[to] === "organization")) {
          to++;
          continue;
        }
        // "ministère russe des Affaires étrangères", "ministère des Affaires étrangères italien": a nationality belongs to the name.
        if (!next.capitalised && listed(next, WORD.demonyms) && labels[to] === null) {
          to++;
          continue;
        }
        // « Centre régional opérationnel »: adjectives follow one another after the capitalised word.
        // A participle there opens the rest of the sentence (« Forces démocratiques syriennes appuyées par … »).
        // « le conseil départemental », « le tribunal correctionnel »: so do they after a head written in lower case.
        const afterName =
          (tokens[to - 1]!.capitalised && tokens[to - 1]!.isWord) || (to - 1 === i && LOWERCASE_HEADS.has(token.key)) || (to - 1 > i && isOrganizationAdjective(tokens[to - 1]!.text) && !PARTICIPLE.test(next.text));
        if (isOrganizationAdjective(next.text) && afterName) {
          to++;
          continue;
        }
        const connector = connectorLength(tokens, to);
        const afterConnector = tokens[to + connector];
        if (connector > 0 && afterConnector?.capitalised && afterConnector.region === token.region && !listed(afterConnector, WORD.nonNames) && !listed(afterConnector, WORD.firstNames)) {
          to += connector + 1;
          continue;
        }
        // French names bodies by a common noun after the head: « Cour des comptes », « Conseil de la fédération ».
        const namedByNoun =
          !lexicon.modifiersPrecedeNoun &&
          token.capitalised &&
          !token.sentenceStart &&
          connector > 0 &&
          tokens[to]!.key !== "et" &&
          afterConnector !== undefined &&
          afterConnector.isWord &&
          afterConnector.region === token.region &&
          labels[to + connector] === null &&
          !lexicon.commonWords.has(afterConnector.key) &&
          !listed(afterConnector, WORD.months);
        if (namedByNoun) {
          to += connector + 1;
          // « Haut Conseil des finances publiques »: the noun's adjectives belong to the name.
          while (tokens[to]?.isWord && tokens[to]!.region === token.region && labels[to] === null && isOrganizationAdjective(tokens[to]!.text)) to++;
          to = nounComplementsEnd(tokens, to, token.region, labels, lexicon);
        }
        break;
      }
      const capitalisedHead = token.capitalised && !token.sentenceStart;
      if (to - from < 2 && !capitalisedHead) continue;
      if (to - from < 2 && token.capitalised) continue;
      // "Advisory, Conciliation and Arbitration Service (Acas)": a short form in parentheses that spells the initials of
      // the name, read back across commas, is the body's, and the name starts at the first word it spells.
      const short = tokens[to + 1];
      const spelled = tokens[to]?.text === "(" && tokens[to + 2]?.text === ")" && short?.capitalised && labels[to + 1] === null ? initialsStart(short.key, tokens, to, token.region) : -1;
      if (spelled >= 0) {
        shortForms.add(short!.text);
        from = Math.min(from, spelled);
      }
      const name = joinTokens(tokens, from, to);
      found.push({ kind: "organization", name, country: null, from, to });
      for (let j = from; j < to; j++) labels[j] = "organization";
      unread = to;
      continue;
    }
    // "analysts at Jefferies said": people named by their trade work for a body, not for a person.
    if (token.capitalised && labels[i] === null && isNameWord(token) && employerOfTrade(tokens, i, lexicon)) {
      let to = i + 1;
      while (tokens[to]?.capitalised && tokens[to]!.region === token.region && labels[to] === null && isNameWord(tokens[to]!) && !listed(tokens[to]!, WORD.nonNames)) to++;
      found.push({ kind: "organization", name: joinTokens(tokens, i, to), country: null, from: i, to });
      for (let j = i; j < to; j++) labels[j] = "organization";
      unread = to;
      continue;
    }
    // "9 a.m. AEST", "14 h GMT": a time zone, not an organization's acronym.
    if (isAcronym(token) && !listed(token, WORD.months) && !listed(token, WORD.nonNames) && !isHonorificWord(token) && !Object.hasOwn(zoneAbbreviations, token.text) && !isSurnameInCapitals(tokens, i) && !isInitialsOfGivenNames(tokens, i)) {
      found.push({ kind: "organization", name: token.text, country: null, from: i, to: i + 1 });
      labels[i] = "organization";
    }
  }
  if (shortForms.size > 0) {
    for (const i of notableAt) {
      if (labels[i] !== null || !shortForms.has(tokens[i]!.text)) continue;
      found.push({ kind: "organization", name: tokens[i]!.text, country: null, from: i, to: i + 1 });
      labels[i] = "organization";
    }
  }
  return found;
}

/** Words read back from a name's end for the initials a short form spells. */
const MAX_INITIALS_WORDS = 10;

/**
 * Where the capitalised words ending just before `end` whose initials are `letters` start, read back
 * across commas and connectors ("Advisory, Conciliation and Arbitration Service" → "acas"); -1 when they spell no such thing.
 */
function initialsStart(letters: string, tokens: Token[], end: number, region: number): number {
  if (letters.length < 2 || !/^\p{Ll}+$/u.test(letters)) return -1;
  let initials = "";
  for (let k = end - 1; k >= 0 && end - k <= MAX_INITIALS_WORDS && tokens[k]!.region === region; k--) {
    const word = tokens[k]!;
    if (word.capitalised && word.isWord) initials = word.key[0] + initials;
    else if (word.text !== "," && !CONNECTORS.has(word.key)) return -1;
    if (initials === letters) return k;
    if (initials.length >= letters.length) return -1;
  }
  return -1;
}

const PLURAL_ENDING = /[sx]$/;
const PARTICIPLE = /ée?s?$/;

/** Bare prepositions that chain one more complement onto a body's name (« d'accidents », « de sauvetage »), without an article. */
const BARE_COMPLEMENTS = new Set(["de", "d'", "des"]);
/** Articles after "de" in a body's noun complement (« de la pêche », « de l'énergie »). */
const COMPLEMENT_ARTICLES = new Set(["la", "l'"]);
/** Complements chained after the noun that names a body: enough for « Fédération des syndicats d'exploitants agricoles ». */
const MAX_NAME_COMPLEMENTS = 3;

/**
 * The end of the lower-case complements that go on naming a body after its first noun: « Fédération
 * nationale des victimes d'accidents collectifs », « Centre … de surveillance et de sauvetage »,
 * « Syndicat autonome des infirmiers et soignants », and a body or place already named that closes it
 * (« Conseil des gouverneurs de la BCE », « Association des maires de France »). Any other complement
 * with an article (« de la semaine dernière ») or a date word is the sentence's, not the name's.
 */
function nounComplementsEnd(tokens: Token[], to: number, region: number, labels: Label[], lexicon: Lexicon): number {
  for (let links = 0; links < MAX_NAME_COMPLEMENTS; links++) {
    let at = to;
    const joined = tokens[at]?.key === "et";
    if (joined) at++;
    const preposition = tokens[at] !== undefined && BARE_COMPLEMENTS.has(tokens[at]!.key);
    if (preposition) at++;
    if (!joined && !preposition) break;
    // « de la BCE »: an article after "de" may open a complement that names a body (not « de la semaine dernière »).
    const withArticle = preposition && tokens[at - 1]!.key === "de" && COMPLEMENT_ARTICLES.has(tokens[at]?.key ?? "");
    if (withArticle) at++;
    const noun = tokens[at];
    if (!noun || !noun.isWord || noun.region !== region) break;
    // « Conseil des gouverneurs de la BCE », « Association des maires de France »: a body or place already named closes the name.
    const named = labels[at];
    if (preposition && noun.capitalised && (named === "organization" || named === "place")) {
      to = at + 1;
      while (tokens[to]?.region === region && labels[to] === named && tokens[to]!.isWord) to++;
      break;
    }
    if (withArticle || noun.capitalised || labels[at] !== null) break;
    // « des infirmiers et soignants »: without a preposition, "et" joins a second plural noun, not an adverb (« et enfin »).
    if (joined && !preposition && !(PLURAL_ENDING.test(noun.text) && PLURAL_ENDING.test(tokens[to - 1]!.text))) break;
    if (lexicon.commonWords.has(noun.key) || listed(noun, WORD.months | WORD.determiners | WORD.roleStops) || startsWithDigit(noun.text)) break;
    to = at + 1;
    while (tokens[to]?.isWord && tokens[to]!.region === region && labels[to] === null && isOrganizationAdjective(tokens[to]!.text)) to++;
  }
  return to;
}

/** Most words of a company's name that no list knows ("Hartwell Homes", "Kessler & Lowe" aside). */
const MAX_COMPANY_WORDS = 3;
/** Prepositions that open a complement of the company noun before the name (« fabricant de pompes à chaleur Valmétal »). */
const COMPANY_COMPLEMENTS = new Set(["de", "d'", "des", "à", "en", "of"]);
/** Prepositions between a company's part and its name (« la direction d'Aérolis », "shares of Corvane"). */
const PART_OF = new Set(["de", "d'", "du", "of"]);

/**
 * Companies named by words no list knows, which the text introduces by a kind of company
 * (« le fabricant Valmétal », "Shipping giant Norland") or as the complement of one of its
 * parts (« la direction d'Aérolis »); every other mention of the same words, on their own, is
 * the company's too (« Valmétal a annoncé »), and no person.
 */
function findIntroducedCompanies(tokens: Token[], capitalisedAt: readonly number[], labels: Label[], lexicon: Lexicon, known: readonly Found[]): Found[] {
  const found: Found[] = [];
  // "the shares of Harlow" for Harlow Foods: a known organization's first word is that organization's short name, no other company.
  const knownFirstWords = new Set<string>();
  for (const item of known) if (item.kind === "organization" && item.to - item.from > 1) knownFirstWords.add(tokens[item.from]!.key);
  // The names as their joined word keys, and their first words: one lookup per capitalised word.
  const names = new Set<string>();
  const firstWords = new Set<string>();
  const joinedKeys = (from: number, to: number) => tokens.slice(from, to).map((token) => token.key).join(" ");
  let unread = 0;
  for (const i of capitalisedAt) {
    if (i < unread) continue;
    const to = companyNameEnd(tokens, i, labels, lexicon);
    if (to < 0) continue;
    unread = to;
    if (opensWithGivenName(tokens[i]!, lexicon) || knownFirstWords.has(tokens[i]!.key) || !(introducedAsCompany(tokens, i, lexicon) || partOfCompany(tokens, i, lexicon) || partsAfter(tokens, to, lexicon))) continue;
    // « le directeur du Patrimoine Oumar Kelkaba »: three words after a title's article are its remit and a person's name.
    if (to - i === 3 && namesRemitOfRole(tokens, i)) continue;
    names.add(joinedKeys(i, to));
    firstWords.add(tokens[i]!.key);
  }
  if (names.size === 0) return found;
  unread = 0;
  for (const i of capitalisedAt) {
    if (i < unread || !firstWords.has(tokens[i]!.key)) continue;
    const to = companyNameEnd(tokens, i, labels, lexicon);
    if (to < 0 || !names.has(joinedKeys(i, to))) continue;
    found.push({ kind: "organization", name: joinTokens(tokens, i, to), country: null, from: i, to });
    for (let k = i; k < to; k++) labels[k] = "organization";
    unread = to;
  }
  return found;
}

/**
 * The end of a group of capitalised words at `at` that no list knows and that stands alone (no
 * capitalised word glued before or after it), or -1.
 */
function companyNameEnd(tokens: Token[], at: number, labels: Label[], lexicon: Lexicon): number {
  const token = tokens[at]!;
  if (labels[at] !== null || !isNameWord(token) || token.dotted || token.text.length < 2 || listed(token, WORD.nonNames | WORD.honorifics | WORD.roleNouns) || isHonorificWord(token)) return -1;
  if (token.sentenceStart && lexicon.companyNouns.has(token.key)) return -1;
  const previous = tokens[at - 1];
  // "Carmaker Rivian said": the kind of company opening the sentence is capitalised, but no part of the name.
  const kindOpening = previous !== undefined && previous.sentenceStart && lexicon.companyNouns.has(previous.key);
  if (previous && previous.capitalised && previous.isWord && previous.region === token.region && previous.end + 1 >= token.start && !kindOpening) return -1;
  let to = at + 1;
  for (;;) {
    const next = tokens[to];
    if (!next || next.region !== token.region || next.start > tokens[to - 1]!.end + 1 || !next.capitalised || !next.isWord) break;
    // « le directeur du Patrimoine Jean Morel »: a given name before another capitalised word opens a person's name.
    if (listed(next, WORD.firstNames) && labels[to] === null && isCapitalisedWord(tokens[to + 1]?.text ?? "") && tokens[to + 1]!.region === token.region) break;
    if (to - at >= MAX_COMPANY_WORDS || labels[to] !== null || next.sentenceStart || !isNameWord(next) || listed(next, WORD.nonNames)) return -1;
    to++;
  }
  return to;
}

/**
 * "Helix Biotherapeutics … Helix said": an organization's first word that no list knows, written
 * alone, is the organization's short name, not a person's.
 */
function findShortNames(tokens: Token[], capitalisedAt: readonly number[], labels: Label[], known: readonly Found[]): Found[] {
  const fullNames = new Map<string, string>();
  for (const item of known) {
    const first = tokens[item.from]!;
    if (item.kind === "organization" && item.to - item.from > 1 && first.listedIn === 0 && !fullNames.has(first.key)) fullNames.set(first.key, item.name);
  }
  const found: Found[] = [];
  if (fullNames.size === 0) return found;
  for (const i of capitalisedAt) {
    const token = tokens[i]!;
    const name = fullNames.get(token.key);
    if (name === undefined || labels[i] !== null || gluedToCapitalised(tokens, i - 1, token) || gluedToCapitalised(tokens, i + 1, token)) continue;
    found.push({ kind: "organization", name, country: null, from: i, to: i + 1 });
    labels[i] = "organization";
  }
  return found;
}

/** Whether the token at `at` is a capitalised word right beside `token`, in its region. */
function gluedToCapitalised(tokens: Token[], at: number, token: Token): boolean {
  const other = tokens[at];
  return other !== undefined && other.isWord && other.capitalised && other.region === token.region && (other.end + 1 === token.start || token.end + 1 === other.start);
}

/** A lower-case word in the region, or a sentence's capitalised first word. */
function plainWordAt(tokens: Token[], at: number, region: number): boolean {
  const token = tokens[at];
  return token !== undefined && token.region === region && token.isWord && (!token.capitalised || token.sentenceStart);
}

/** A preposition of `COMPANY_COMPLEMENTS`; « à » is read as written, its key being that of the auxiliary "a". */
function opensCompanyComplement(token: Token): boolean {
  return token.key === "a" ? token.text === "à" : COMPANY_COMPLEMENTS.has(token.key);
}

/** « le fabricant de pompes à chaleur Valmétal », « la société française Norvalis », "Shipping giant Norland". */
function introducedAsCompany(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const region = tokens[at]!.region;
  // "His firm, Hartwell Homes, won": the name in apposition to the kind.
  const kind = tokens[at - 2];
  if (tokens[at - 1]?.text === "," && kind !== undefined && plainWordAt(tokens, at - 2, region) && lexicon.companyNouns.has(kind.key) && tokens[at - 3] !== undefined && listed(tokens[at - 3]!, WORD.determiners)) return true;
  let k = at - 1;
  // (« sidérurgiste » ends like an adjective, « socialiste », but names the kind of company.)
  for (let adjectives = 0; adjectives < 2 && plainWordAt(tokens, k, region) && !lexicon.companyNouns.has(tokens[k]!.key) && (isOrganizationAdjective(tokens[k]!.text) || listed(tokens[k]!, WORD.demonyms)); adjectives++) k--;
  const complementWord = (at: number) => plainWordAt(tokens, at, region) && !listed(tokens[at]!, WORD.roleStops | WORD.personVerbs | WORD.determiners) && !opensCompanyComplement(tokens[at]!);
  for (let complements = 0; complements <= 2; complements++) {
    if (!plainWordAt(tokens, k, region)) return false;
    if (lexicon.companyNouns.has(tokens[k]!.key)) return true;
    // A complement of one or two words: « de pompes », « de volets roulants ».
    if (!complementWord(k)) return false;
    const twoWords = complementWord(k - 1) && plainWordAt(tokens, k - 2, region) && opensCompanyComplement(tokens[k - 2]!);
    if (!twoWords && !(plainWordAt(tokens, k - 1, region) && opensCompanyComplement(tokens[k - 1]!))) return false;
    k -= twoWords ? 3 : 2;
  }
  return false;
}

/** "Corvane employees", "Corvane shareholders": the company's name before its people or shares, where modifiers precede nouns. */
function partsAfter(tokens: Token[], to: number, lexicon: Lexicon): boolean {
  const part = tokens[to];
  // Plural parts only: "staff" and "founder" follow a person's name too ("Trump staff"). A sentence's
  // first word is capitalised whatever it is ("Bakery workers stopped").
  return lexicon.modifiersPrecedeNoun && part !== undefined && !tokens[to - 1]!.sentenceStart && plainWordAt(tokens, to, tokens[to - 1]!.region) && lexicon.companyParts.has(part.key) && part.key.endsWith("s") && part.key !== "staff";
}

/** « la direction d'Aérolis », « la présidente-directrice générale de Valmétal », "shares of Corvane". */
function partOfCompany(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const region = tokens[at]!.region;
  if (!PART_OF.has(tokens[at - 1]?.key ?? "") || tokens[at - 1]!.region !== region) return false;
  let k = at - 2;
  // « directrice générale de »: the part's adjectives stand between.
  if (plainWordAt(tokens, k, region) && isOrganizationAdjective(tokens[k]!.text) && !lexicon.companyParts.has(tokens[k]!.key)) k--;
  if (!plainWordAt(tokens, k, region) || !lexicon.companyParts.has(tokens[k]!.key)) return false;
  // The part is a noun after its article (« la direction d'Aérolis »), not a phrase (« en direction de Lyon »).
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    if (listed(tokens[j]!, WORD.determiners) || CONTRACTED_ARTICLES.has(tokens[j]!.key)) return true;
    if (!plainWordAt(tokens, j, region) || !(isOrganizationAdjective(tokens[j]!.text) || listed(tokens[j]!, WORD.roleNouns | WORD.roleModifiers))) return false;
  }
  return tokens[k]!.sentenceStart;
}

/**
 * Whether the capitalised word at `at`, after an organization's head, starts a person rather
 * than continuing the organization's name: a title before a name ("Institute Director Jane
 * Doe") or a lone surname that a speaking verb follows ("the Andean Community Smith said").
 */
/** Words read back from a name's word to its head. */
const MAX_WORDS_AFTER_HEAD = 6;

/** Whether a connector stands between the head and the word at `at`: "Studies" in "Institute for Fiscal Studies" ends the head's complement. */
function complementOfHead(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= MAX_WORDS_AFTER_HEAD; k--) {
    const word = tokens[k]!;
    if (listed(word, WORD.organizationHeads)) return false;
    if (CONNECTORS.has(word.key)) return true;
  }
  return false;
}

function opensPersonAfterOrganization(tokens: Token[], at: number, labels: Label[]): boolean {
  const word = tokens[at]!;
  const next = tokens[at + 1];
  if (listed(word, WORD.organizationHeads) || listed(word, WORD.thingsAfter) || listed(word, WORD.nonNames)) return false;
  if (listed(word, WORD.roleNouns)) {
    return next !== undefined && next.region === word.region && labels[at + 1] === null && isNameWord(next) && !listed(next, WORD.nonNames) && !listed(next, WORD.organizationHeads);
  }
  const nameEnds = next === undefined || !next.capitalised || next.region !== word.region;
  return nameEnds && !complementOfHead(tokens, at) && !word.alsoLowercase && !listed(word, WORD.commonWords) && !listed(word, WORD.phrases) && !isAcronym(word) && isNameWord(word) && isPersonVerbAfter(tokens, at + 1);
}

const DOTTED_ACRONYM = /^(?:\p{Lu}\.)+$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** "OSCE", "AfCFTA", "U.N.": mostly capitals, not a roman numeral, not one letter. */
function isAcronym(token: Token): boolean {
  const text = token.text;
  if (text.length < 2 || text.length > 8) return false;
  // Every acronym opens with a capital: most words are turned down here, before any regex.
  const first = text.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  // All but two characters are capitals: three lower-case letters turn a word down ("Paris").
  let lowercase = 0;
  for (let i = 1; i < text.length && lowercase <= 2; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) lowercase++;
  }
  if (lowercase > 2) return false;
  if (isRomanNumeral(text)) return false;
  if (token.dotted) return text.length >= 4 && DOTTED_ACRONYM.test(text);
  const upper = charactersChangedByLowerCase(text);
  return upper >= 2 && upper >= text.length - 2 && (first < 128 || STARTS_UPPER.test(text)) && !hasDigit(text);
}

/** `/^[IVXLCDM]+$/.test(text)`. */
function isRomanNumeral(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!ROMAN_NUMERAL_CODES.has(text.charCodeAt(i))) return false;
  return true;
}

const ROMAN_NUMERAL_CODES = new Set([..."IVXLCDM"].map((letter) => letter.charCodeAt(0)));

/** `/\d/.test(text)`: an ASCII digit. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 lower case leaves the character as it is, 2 it changes it. */
const bmpKeptByLowerCase = new Uint8Array(0x10000);

/** How many characters (code points) of `text` lower case changes, each read alone. */
function charactersChangedByLowerCase(text: string): number {
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) changed++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      const pair = text.slice(i, i + 2);
      if (pair !== pair.toLowerCase()) changed++;
      i++;
      continue;
    }
    let kept = bmpKeptByLowerCase[code]!;
    if (kept === 0) {
      const character = String.fromCharCode(code);
      kept = character.toLowerCase() === character ? 1 : 2;
      bmpKeptByLowerCase[code] = kept;
    }
    if (kept === 2) changed++;
  }
  return changed;
}

/** Length of "de", "de la", "of the", "d'", "for" at `at` in an organization name, or 0. */
function connectorLength(tokens: Token[], at: number): number {
  const first = tokens[at]?.key;
  const second = tokens[at + 1]?.key;
  if (first === undefined) return 0;
  if ((first === "de" || first === "of" || first === "for") && (second === "la" || second === "l'" || second === "the")) return 2;
  if (first === "de" || first === "du" || first === "des" || first === "d'" || first === "of" || first === "for" || first === "and" || first === "et") return 1;
  return 0;
}

function joinTokens(tokens: Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (i > from && token.start > tokens[i - 1]!.end) text += " ";
    text += token.text;
  }
  return text;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 upper case leaves the character as it is, 2 it changes it. */
const bmpKeptByUpperCase = new Uint8Array(0x10000);

/**
 * `text === text.toUpperCase()`, without making any copy: upper case maps each character of the
 * basic plane on its own (a change, even to two letters as "ß" → "SS", changes its first), so the
 * answer per character is kept; a surrogate pair is left to the whole word's upper case.
 */
function isAllCapitals(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 97 && code <= 122) return false;
    if (code < 128) continue;
    if (code >= 0xd800 && code <= 0xdfff) return text === text.toUpperCase();
    let kept = bmpKeptByUpperCase[code]!;
    if (kept === 0) {
      const character = String.fromCharCode(code);
      kept = character.toUpperCase() === character ? 1 : 2;
      bmpKeptByUpperCase[code] = kept;
    }
    if (kept === 2) return false;
  }
  return true;
}

function startsWithDigit(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/**
 * « Loïc KERGOAT », "Jane DOE": a word in capitals right after a known given name written in lower case
 * is the surname, as bylines and signatures write it, unless more capitals follow (a headline).
 */
function isSurnameInCapitals(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const given = tokens[at - 1];
  const next = tokens[at + 1];
  if (!given || given.region !== word.region || !listed(given, WORD.firstNames) || isAllCapitals(given.text) || !isAllCapitals(word.text)) return false;
  return word.text.length > 3 && !word.dotted && !(next && next.region === word.region && next.isWord && isAllCapitals(next.text));
}

/**
 * "Vice President JD Vance", "Governor JB Pritzker": two capitals after a title, before a surname,
 * are the initials of given names, not an acronym.
 */
function isInitialsOfGivenNames(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const title = tokens[at - 1];
  const surname = tokens[at + 1];
  if (word.text.length !== 2 || !title || !surname || title.region !== word.region || surname.region !== word.region) return false;
  return (listed(title, WORD.roleNouns) || isHonorificWord(title)) && surname.start === word.end + 1 && isNameWord(surname) && !isAllCapitals(surname.text) && !listed(surname, WORD.nonNames | WORD.organizationHeads);
}

/** A capital letter alone, without a period ("R" in "R D Ambekar"). */
function isBareInitial(token: Token): boolean {
  return token.isWord && !token.dotted && token.text.length === 1 && token.capitalised;
}

/** Most initials a given name is written with ("A P J Kalam"). */
const MAX_BARE_INITIALS = 3;

/**
 * "R D Ambekar", "M K Pillai": how many initials without periods open a name at `at`, right
 * before a capitalised word inside `to`, or 0. One alone ("T Velkar") counts only when it is
 * no word or title ("A Velkar aide", "M Dupont").
 */
function bareInitialsAt(tokens: Token[], at: number, to: number): number {
  let k = at;
  while (k < to && k - at < MAX_BARE_INITIALS && isBareInitial(tokens[k]!) && (k === at || tokens[k]!.start === tokens[k - 1]!.end + 1)) k++;
  const count = k - at;
  if (count === 0 || k >= to || tokens[k]!.start !== tokens[k - 1]!.end + 1 || !isCapitalisedWord(tokens[k]!.text)) return 0;
  return count === 1 && listed(tokens[at]!, WORD.nonNames | WORD.honorifics) ? 0 : count;
}

function isNameWord(token: Token): boolean {
  const first = token.text.charCodeAt(0);
  return token.isWord && token.capitalised && !listed(token, WORD.months) && !(first >= 48 && first <= 57) && !(token.text.length > 3 && !token.dotted && isAllCapitals(token.text));
}

/**
 * Groups of capitalised words (with particles such as "de", "al-", "van" between them) that are
 * not organizations or places. Leading titles and role words are left out of the name and
 * recorded as evidence ("President Joe Biden" → "Joe Biden", role "President").
 */
/** Longer runs of capitalised words are lists or headlines, not one name; capping them keeps the pass linear. */
const MAX_NAME_WORDS = 10;

function findNameCandidates(tokens: Token[], capitalisedAt: readonly number[], lexicon: Lexicon, labels: Label[]): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  // The first token not yet read: a name word is capitalised, so only those indices can open a candidate.
  let i = 0;
  for (const start of capitalisedAt) {
    if (start < i) continue;
    i = start;
    const token = tokens[i]!;
    if (labels[i] !== null || !isNameWord(token)) continue;
    let to = i + 1;
    for (;;) {
      const next = tokens[to];
      if (!next || next.region !== token.region || labels[to] !== null || to - i >= MAX_NAME_WORDS) break;
      if (next.start - tokens[to - 1]!.end > 2 || next.lineBreakBefore) break;
      // "Sidi Ould Cheikh Abdallahi": after a particle inside the name, a title's word is the father's name, not a title.
      if (isHonorificWord(next) && next.capitalised && !(to - 1 > i && listed(tokens[to - 1]!, WORD.particles))) break;
      const monthAsSurname = listed(next, WORD.months) && next.capitalised && to - i === 1 && listed(tokens[to - 1]!, WORD.firstNames);
      // "Liu He": after a surname written first, a capitalised two-letter word inside a sentence is the given name, not "he".
      const surname = tokens[to - 1]!;
      const givenNameAfterSurname = listed(surname, WORD.familyNamesFirst) && !surname.sentenceStart && next.text.length === 2;
      const joinsName = !listed(next, WORD.nonNames) || givenNameAfterSurname || spelledLikeFunctionWord(tokens, to) || (listed(next, WORD.particles) && tokens[to + 1] !== undefined && isNameWord(tokens[to + 1]!) && !listed(tokens[to + 1]!, WORD.nonNames));
      if (((isNameWord(next) && joinsName) || monthAsSurname || isSurnameInCapitals(tokens, to)) && !next.sentenceStart) {
        to++;
        continue;
      }
      if (listed(next, WORD.particles) && !next.capitalised) {
        let after = to + 1;
        // "de la", "van der", and "de La" (« Jean de La Fontaine »): a capitalised particle after a lower-case one.
        while (tokens[after] && listed(tokens[after]!, WORD.particles) && (!tokens[after]!.capitalised || after > to) && after - to < 2) after++;
        const following = tokens[after];
        // A given name after "de" opens another name; after "ben" or "bin" it is the father's, part of this one ("Tamim ben Hamad").
        if (following && following.region === token.region && labels[after] === null && isNameWord(following) && !following.dotted && (!listed(following, WORD.firstNames) || PATRONYMIC_PARTICLES.has(tokens[after - 1]!.key)) && !listed(following, WORD.nonNames)) {
          to = after + 1;
          continue;
        }
      }
      break;
    }
    // "la bombe H. La Corée": a name never ends with a particle that is an article or a preposition.
    while (to - i > 1 && CONNECTORS.has(tokens[to - 1]!.key) && listed(tokens[to - 1]!, WORD.particles)) to--;
    const nickname = quotedNicknameAt(tokens, to, lexicon);
    if (nickname) to = nickname.surnameEnd;
    const leadingRoles: string[] = [];
    let evidence = 0;
    let from = i;
    // Titles, role words and sentence openers before the name itself.
    let firstNameAt = -1;
    for (let k = i; k < to; k++) {
      // The given name comes before "ben": "Hamad" in "Tamim ben Hamad" is the father's.
      if (PATRONYMIC_PARTICLES.has(tokens[k]!.key)) break;
      // "Cheikh Tamim", « le Pape François »: a title that is a given name too is the title before another given name.
      if ((isHonorificWord(tokens[k]!) || listed(tokens[k]!, WORD.roleNouns)) && k + 1 < to && opensWithGivenName(tokens[k + 1]!, lexicon)) continue;
      // "Union leader Grace Kamau": inside a sentence, a given name that spells another language's function word (« grâce ») still opens the name.
      const givenNameInside = !listed(tokens[k]!, WORD.nonNames) || (!tokens[k]!.sentenceStart && listed(tokens[k]!, WORD.firstNames) && !listed(tokens[k + 1]!, WORD.nonNames));
      if (opensWithGivenName(tokens[k]!, lexicon) && givenNameInside && k + 1 < to) {
        firstNameAt = k;
        break;
      }
    }
    // "Oil Minister Hayan Abdul-Ghani": the capitalised words before a title inside the group qualify the title.
    let titleAt = -1;
    for (let k = i; k < (firstNameAt >= 0 ? firstNameAt : to - 1); k++) if (tokens[k]!.capitalised && listed(tokens[k]!, WORD.roleNouns) && !(k > i && listed(tokens[k - 1]!, WORD.particles))) titleAt = k;
    let roleFrom = -1;
    while (from < to - 1 || (from < to && to - i > 1)) {
      const word = tokens[from]!;
      if (from === firstNameAt) break;
      // "M. de Villepin", « Mme Le Guen »: after a courtesy title, a particle opens the surname.
      if (from > i && isHonorificWord(tokens[from - 1]!) && (word.listedIn & WORD.particles) !== 0 && (!word.capitalised || from + 1 < to)) break;
      // "spokesperson He Wenjun": inside a sentence, after a lower-case word or a title, a family name that spells a pronoun opens the name.
      if (from === i && familyNameNotPronoun(tokens, from, to)) break;
      // "M K Pillai", "A K Tamhane": initials open the name, even one that spells a title or a word.
      if (bareInitialsAt(tokens, from, to) > 0) break;
      // The key without a final period ("gen." → "gen") and the word lists that hold it.
      const endsWithPeriod = word.key.endsWith(".");
      const key = endsWithPeriod ? word.key.slice(0, -1) : word.key;
      const keyLists = endsWithPeriod ? (lexicon.listsOf.get(key) ?? 0) : word.listedIn;
      const roleNoun = (keyLists & WORD.roleNouns) !== 0;
      const roleModifier = (keyLists & WORD.roleModifiers) !== 0;
      // "Germán Juárez" folds like "German", but no nationality is written "Germán".
      const demonym = (keyLists & WORD.demonyms) !== 0 && lexicon.demonymSpellings.has(word.text.toLowerCase());
      const nextWord = tokens[from + 1];
      // « le Normand Baptiste Lemercier », « le Breton Yann Kerbellec »: after an article, a word that is no given name
      // before a given name and a surname describes the person, as a nationality does.
      const describesPerson = hasDemonymShape(word.text) || (nextWord !== undefined && from + 1 === firstNameAt && !opensWithGivenName(word, lexicon));
      const nationalityNoun =
        from === i && to - from >= 3 && describesPerson && tokens[from - 1] !== undefined && listed(tokens[from - 1]!, WORD.determiners) &&
        nextWord !== undefined && nextWord.capitalised && !listed(nextWord, WORD.particles) && !listed(word, WORD.thingsBefore);
      if (nationalityNoun && !demonym) evidence += 2;
      // "De Gendt", "Van Avermaet": a capitalised particle opening a two-word name belongs to it.
      const particleOfName = word.capitalised && FOREIGN_PARTICLES.has(key) && from + 1 < to && tokens[from + 1]!.capitalised && !listed(tokens[from + 1]!, WORD.firstNames);
      // "M K Varadan": a capital alone before another is an initial, not the French « M ».
      const initials = from + 2 < to && isBareInitial(word) && isBareInitial(tokens[from + 1]!);
      const strippable =
        !particleOfName &&
        !initials &&
        (nationalityNoun ||
        isPluralRole(key, lexicon) ||
        isHonorificWord(word) ||
        roleNoun ||
        roleModifier ||
        (keyLists & WORD.nonNames) !== 0 ||
        demonym ||
        // "U.S. President": dotted capitals are an abbreviation; "J.-P. Morel" opens with hyphened initials.
        (word.dotted && word.text.length > 2 && !word.text.includes("-")) ||
        from <= titleAt ||
        // « le ministre de l'Intérieur Oumar Kelkaba »: the role's remit, after its article, before a name of two words.
        (from === i && to - from >= 3 && namesRemitOfRole(tokens, from)) ||
        (firstNameAt > from && (keyLists & WORD.particles) === 0 && !nameRightAfterTitle(tokens, i, from) && (firstNameAt > from + 1 || isNotAName(word) || roleJustBefore(tokens, from))));
      if (!strippable) break;
      if (isHonorificWord(word) || roleNoun) {
        evidence += 2;
        if (roleFrom < 0) roleFrom = from;
      } else if ((roleModifier || demonym || word.dotted || from < titleAt) && roleFrom < 0) {
        roleFrom = from;
      }
      // "l'Américaine Gwen Jorgensen": a nationality noun introduces a person.
      if (demonym && from === i && tokens[from - 1] && listed(tokens[from - 1]!, WORD.determiners)) evidence += 2;
      from++;
    }
    // "M. le ministre Dupont": the form of address is no part of the role.
    while (roleFrom >= 0 && roleFrom < from && isFormOfAddress(tokens[roleFrom]!.key, lexicon)) roleFrom++;
    if (roleFrom >= 0 && from > roleFrom && hasRoleNoun(tokens, roleFrom, from, lexicon)) {
      // "Research Institute Director Jane Doe", "Nova Scotia Premier Ian Forsythe": the organization or place just before the title is part of the role.
      if (roleFrom === i) while (roleFrom > 0 && (labels[roleFrom - 1] === "organization" || labels[roleFrom - 1] === "place") && tokens[roleFrom - 1]!.region === token.region && tokens[roleFrom - 1]!.end + 1 >= tokens[roleFrom]!.start) roleFrom--;
      leadingRoles.push(joinTokens(tokens, roleFrom, from));
    }
    if (from < to && listed(tokens[from]!, WORD.nonNames) && to - from === 1) {
      i = to;
      continue;
    }
    // "Gen Alpha": an undotted rank needs a person's name after it; a given name alone is no one's.
    if (to - from === 1 && from > i && isUndottedRank(tokens[from - 1]!, lexicon) && listed(tokens[from]!, WORD.firstNames)) {
      i = to;
      continue;
    }
    let titled = from > i && evidence >= 2;
    // « le général de Gaulle »: after a military rank, a lower-case "de" opens the surname.
    if (from === i && from < to && rankBeforeParticle(tokens, i)) {
      from = i - 1;
      evidence += 2;
      titled = true;
    }
    // "the Dan Krieger-led team": the name ends before "-led"; a lone word so written is an adjective.
    const adjectiveEnd = compoundAdjectiveEndLength(tokens[to - 1]!, lexicon);
    if (from < to && !(adjectiveEnd > 0 && to - from === 1)) {
      candidates.push({ from, to, evidence, roles: leadingRoles, titled, ...(nickname ? { nickname: [nickname.open, nickname.close + 1] as [number, number] } : {}), ...(adjectiveEnd > 0 ? { adjectiveEnd } : {}) });
    }
    i = to;
  }
  return candidates;
}

/** The length of a hyphened ending that makes an adjective of the word ("-led" in "Krieger-led"), or 0. */
function compoundAdjectiveEndLength(token: Token, lexicon: Lexicon): number {
  const hyphen = token.key.lastIndexOf("-");
  if (hyphen <= 0 || !lexicon.compoundAdjectiveEnds.has(token.key.slice(hyphen + 1))) return 0;
  return token.key.length - hyphen;
}

/** The candidate's span, without a compound adjective's ending. */
function candidateSpan(text: string, tokens: Token[], candidate: NameCandidate): Span {
  const span = spanOf(text, tokens, candidate.from, candidate.to);
  if (!candidate.adjectiveEnd) return span;
  const end = span.end - candidate.adjectiveEnd;
  return { start: span.start, end, text: text.slice(span.start, end) };
}

/** The word keys of the candidate's name, without a compound adjective's ending. */
function candidateKeys(tokens: Token[], candidate: NameCandidate): string[] {
  const keys: string[] = [];
  const nickname = candidate.nickname;
  for (let k = candidate.from; k < candidate.to; k++) if (!nickname || k < nickname[0] || k >= nickname[1]) keys.push(tokens[k]!.key);
  if (candidate.adjectiveEnd) keys[keys.length - 1] = keys[keys.length - 1]!.slice(0, -candidate.adjectiveEnd);
  return keys;
}

const QUOTED_FORM = /["“”«»]/;
const OPENING_QUOTES = new Set(["\"", "“", "‘", "«"]);
/** Words a nickname in quotation marks may have ("El Chapo", "The Rock"). */
const MAX_NICKNAME_WORDS = 3;

/**
 * A nickname in quotation marks after a given name, then the surname: Tom "Tiny" Okonjo,
 * Joaquín "El Chapo" Guzmán. `at` is the index just past the given name.
 */
function quotedNicknameAt(tokens: Token[], at: number, lexicon: Lexicon): { open: number; close: number; surnameEnd: number } | null {
  const open = tokens[at];
  const givenName = tokens[at - 1];
  if (!open || !givenName || !OPENING_QUOTES.has(open.text) || !opensWithGivenName(givenName, lexicon) || open.region !== givenName.region) return null;
  let close = at + 1;
  while (close < at + 1 + MAX_NICKNAME_WORDS && tokens[close]?.isWord && tokens[close]!.capitalised && tokens[close]!.region === open.region) close++;
  if (close === at + 1 || !CLOSING_QUOTES.has(tokens[close]?.text ?? "")) return null;
  let surnameEnd = close + 1;
  // The closing mark makes the surname look like a sentence's first word.
  const surnameWord = (k: number) => tokens[k] !== undefined && tokens[k]!.region === open.region && isNameWord(tokens[k]!) && !listed(tokens[k]!, WORD.nonNames) && (k === close + 1 || !tokens[k]!.sentenceStart);
  while (surnameEnd < close + 3 && surnameWord(surnameEnd)) surnameEnd++;
  return surnameEnd > close + 1 ? { open: at, close, surnameEnd } : null;
}

/** Pronouns that a capital after a given name still leaves pronouns (a quote's "…, Jim," He said). */
const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "tu"]);

/**
 * "Masayoshi Son", "Chloe Grace Moretz": right after a given name, inside a sentence, a capitalised
 * word that spells a function word of some language ("son", « grâce ») is part of the name; a
 * connector or a pronoun is not ("Kate And William", "The").
 */
function spelledLikeFunctionWord(tokens: Token[], at: number): boolean {
  const word = tokens[at]!;
  const previous = tokens[at - 1];
  return !word.sentenceStart && previous !== undefined && listed(previous, WORD.firstNames) && !CONNECTORS.has(word.key) && !LIST_JOINS.has(word.key) && !PRONOUNS.has(word.key) && isCapitalisedWord(word.text);
}

/** Military ranks, after which « de » opens a surname (« le général de Gaulle », « le maréchal de Lattre »). */
const RANKS = new Set(["general", "generale", "marechal", "amiral", "colonel", "capitaine", "commandant", "lieutenant"]);

function rankBeforeParticle(tokens: Token[], at: number): boolean {
  const particle = tokens[at - 1];
  const rank = tokens[at - 2];
  // The rank is a noun after an article (« du général »), not an adjective (« directeur général de Sprint »).
  const article = tokens[at - 3];
  return (
    particle !== undefined && rank !== undefined && article !== undefined && (particle.key === "de" || particle.key === "d'") && !particle.capitalised && !rank.capitalised &&
    RANKS.has(rank.key) && listed(article, WORD.determiners) && article.region === tokens[at]!.region && rank.region === article.region && particle.region === rank.region
  );
}

/**
 * "Secretary-General Sok Vanna Rith": right after a title word of the same group, an unlisted
 * capitalised word before a given name opens the name (a family name written first), not the title.
 */
function nameRightAfterTitle(tokens: Token[], groupStart: number, at: number): boolean {
  const before = tokens[at - 1];
  if (at <= groupStart || !before || !before.capitalised || !(isHonorificWord(before) || listed(before, WORD.roleNouns))) return false;
  return !isNotAName(tokens[at]!);
}

/** A capitalised word before a given name that is no part of the name: an opener, a title word, a common noun. */
function isNotAName(token: Token): boolean {
  if (listed(token, WORD.firstNames)) return false;
  // "des Médias Nestor Kabarebe": a plural noun before a given name ends what comes before.
  return token.sentenceStart || PLURAL_WORD.test(token.text) || token.alsoLowercase || listed(token, WORD.commonWords) || listed(token, WORD.organizationHeads) || listed(token, WORD.thingsBefore) || listed(token, WORD.phrases) || listed(token, WORD.seats) || hasDemonymShape(token.text);
}

/**
 * A family name written first that also spells a pronoun or an opener ("He" in "He Lifeng"): a name
 * when a name word follows inside a sentence, after a lower-case word or a title ("spokesperson He
 * Wenjun", "Vice Premier He Lifeng"); after a capitalised word it is the pronoun of a title-case
 * headline ("Mayor Says He Will Run").
 */
function familyNameNotPronoun(tokens: Token[], at: number, to: number): boolean {
  const word = tokens[at]!;
  if (word.sentenceStart || !listed(word, WORD.familyNamesFirst) || !listed(word, WORD.nonNames) || at + 1 >= to) return false;
  const before = tokens[at - 1];
  if (!before || before.region !== word.region || !before.isWord) return false;
  return !before.capitalised || listed(before, WORD.roleNouns);
}

const PLURAL_WORD = /^\p{Lu}\p{Ll}+[sx]$/u;

/** A role noun among the three words before `index` ("ministre de l'Intérieur Bernard Cazeneuve"). */
function roleJustBefore(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    if (tokens[k]!.region !== tokens[index]!.region) return false;
    if (listed(tokens[k]!, WORD.roleNouns)) return true;
  }
  return false;
}

/** "Presidents Buhari and Talon", "les ministres": a role noun in the plural. */
function isPluralRole(key: string, lexicon: Lexicon): boolean {
  return key.length > 3 && (key.endsWith("s") || key.endsWith("x")) && lexicon.roleNouns.has(key.slice(0, -1));
}

/** "Mr", "Mr.", "Mme", and the abbreviations that need their period ("Col.", "Gen."); not an acronym in capitals ("le MR", Belgium's party). */
function isHonorificWord(token: Token): boolean {
  return listed(token, WORD.honorifics | HONORIFIC_WITH_PERIOD) && !(token.text.length >= 2 && ACRONYM_LETTERS.test(token.text));
}

const ACRONYM_LETTERS = /^\p{Lu}{2,}$/u;

/** A given name, or a hyphenated word whose first part is one ("Jean-Yves"). */
function opensWithGivenName(token: Token, lexicon: Lexicon): boolean {
  const hyphen = token.key.indexOf("-");
  return hyphen > 0 ? lexicon.firstNames.has(token.key.slice(0, hyphen)) : listed(token, WORD.firstNames);
}

function isFormOfAddress(key: string, lexicon: Lexicon): boolean {
  return lexicon.formsOfAddress.has(key.endsWith(".") ? key.slice(0, -1) : key);
}

function hasRoleNoun(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    const token = tokens[k]!;
    if (listed(token, WORD.roleNouns) || (isHonorificWord(token) && !isFormOfAddress(token.key, lexicon))) return true;
  }
  return false;
}

interface PersonDraft {
  name: string;
  /** Keys of the name's words, particles included. */
  keys: string[];
  mentions: Span[];
  roles: string[];
  firstMention: number;
  /** Written once as an adjective ("the Syed Ali Hassan Shah-led group"). */
  adjectival?: boolean;
}

/** Decides which candidates are people, groups their forms and collects mentions and roles. */
/** The index of the token starting at offset `start` (tokens are in text order), or -1. */
function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = tokens[middle]!.start;
    if (at === start) return middle;
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function buildPeople(
  ctx: DocumentContext,
  tokens: Token[],
  capitalisedAt: readonly number[],
  candidates: NameCandidate[],
  lexicon: Lexicon,
  labels: Label[],
  { inName, inRole, personAt }: TokenMarks,
  titleCase: boolean,
): PersonEntity[] {
  const text = ctx.text;
  const { byline, signOff } = ctx;
  // Keys of the words that stand alone as a candidate inside a sentence, or open one as a person does ("Raghunathan, 47, joins").
  const singleWords = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.to - candidate.from !== 1) continue;
    const token = tokens[candidate.from]!;
    if (!token.sentenceStart || isPersonVerbAfter(tokens, candidate.to) || ageAfter(tokens, candidate.to, text)) singleWords.add(token.key);
  }
  // 2 marks words of multi-word names, 1 single capitalised words (which may still be role words).
  for (const candidate of candidates) for (let k = candidate.from; k < candidate.to; k++) inName[k] = candidate.to - candidate.from > 1 ? 2 : 1;
  const people = new PeopleIndex();
  // An accepted candidate's words are a person's: the list evidence and the later passes read these marks.
  const accept = (candidate: NameCandidate) => {
    draftFor(people, tokens, candidate, text);
    for (let k = candidate.from; k < candidate.to; k++) {
      personAt[k] = 1;
      labels[k] = "person";
    }
  };
  const pending: NameCandidate[] = [];
  const rosterNames = rosterCandidates(text, tokens, candidates);
  for (const candidate of candidates) {
    // A title-case headline's groups are people only as the body names them (the surname pass below).
    if (titleCase && tokens[candidate.from]!.region === 0) continue;
    const score = personEvidence(tokens, candidate, lexicon, text, singleWords);
    if (score === null) continue;
    candidate.evidence += score;
    // A byline's names are its authors'; a credit line's ("Reporting by X", "With assistance from X") its reporters'.
    const first = tokens[candidate.from]!;
    if (byline && first.start >= byline.start && tokens[candidate.to - 1]!.end <= byline.end) candidate.evidence += 2;
    else if (signOff && first.start >= signOff.start && first.start < signOff.end && CREDITS.has(tokens[candidate.from - 1]?.key ?? "")) candidate.evidence += 2;
    if (rosterNames.has(candidate)) {
      candidate.evidence += 2;
      candidate.titled = true;
    }
    addRolesAround(tokens, candidate, lexicon, labels, inName, inRole);
    const words = candidate.to - candidate.from;
    if (words >= 2) {
      if (candidate.roles.length > 0) candidate.evidence += 2;
      if (candidate.evidence >= 2) {
        accept(candidate);
        continue;
      }
    }
    pending.push(candidate);
  }
  // Single words: a surname or given name of someone already named, or a person by evidence.
  const undecided: NameCandidate[] = [];
  for (const candidate of pending) {
    const keys = candidateKeys(tokens, candidate);
    const before = previousWord(tokens, candidate.from);
    const title = candidate.titled ? tokens[candidate.from - 1] : before;
    const titled = candidate.titled || (before !== undefined && (listed(before, WORD.roleNouns) || isHonorificWord(before)));
    // Royals go by their given name ("Princess Ubolratana"); a pope or a mayor with one does not. After a courtesy
    // title, the first word of a full name found is that person's ("Dr Rahman", « Mme Lin » for Lin Meiyu).
    const byGivenName = !titled || (title !== undefined && (ROYAL_TITLES.has(title.key) || isHonorificWord(title)));
    const owner = findOwner(people, keys, tokens[candidate.from]!.start, byGivenName, lexicon) ?? nicknamed(people, tokens, candidate, lexicon);
    if (owner) {
      owner.mentions.push(candidateSpan(text, tokens, candidate));
      owner.roles.push(...candidate.roles);
      continue;
    }
    if (candidate.to - candidate.from === 1 && singleNameEvidence(tokens, candidate, lexicon)) {
      accept(candidate);
    } else if (!candidate.titled && !inRole[candidate.from] && plainNameShape(tokens, candidate, lexicon)) {
      // A word of a role read by apposition ("Minister of Trade and Industry, Ravi Menon") is no name listed beside it.
      undecided.push(candidate);
    }
  }
  // "Powell, Blake et Ashmeade": a name listed next to a person is one too.
  // A few passes carry the evidence along a list ("A, B et C Dupont"), never back and forth forever.
  const joinedByList = new Set<NameCandidate>();
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (const candidate of undecided) {
      if (joinedByList.has(candidate) || !listedWithPerson(tokens, candidate, personAt, candidate.to - candidate.from === 1)) continue;
      accept(candidate);
      joinedByList.add(candidate);
      changed = true;
    }
    if (!changed) break;
  }
  mergeDrafts(people);
  const live = people.live();
  const drafts = live.filter((draft) => !namesPairOfPeople(draft, live));
  // Later surname-only mentions of the people found (sentence openers included). Marks per token
  // rather than a set of numbers: a long text has hundreds of thousands of them. Every accepted
  // candidate's words are marked in `personAt` already.
  const mentioned = personAt;
  for (const draft of drafts) {
    for (const mention of draft.mentions) {
      const at = tokenStartingAt(tokens, mention.start);
      if (at >= 0) mentioned[at] = 1;
    }
  }
  // Surname (first word key) → the people whose surname starts with it.
  const bySurname = new Map<string, Array<{ draft: PersonDraft; surname: string[] }>>();
  for (const draft of drafts) {
    if (draft.keys.length < 2) continue;
    const surname = surnameKeys(draft.keys, lexicon);
    if (surname.length === 0) continue;
    const bare = surname.length === 1 ? bareSurname(surname[0]!) : null;
    for (const form of bare ? [surname, [bare]] : [surname]) {
      const list = bySurname.get(form[0]!) ?? [];
      list.push({ draft, surname: form });
      bySurname.set(form[0]!, list);
    }
  }
  // The first token not yet read: a mention found covers the words of its surname.
  let unread = 0;
  for (const i of capitalisedAt) {
    if (i < unread) continue;
    const token = tokens[i]!;
    const owners = bySurname.get(token.key);
    if (!owners || mentioned[i] === 1 || labels[i] === "organization") continue;
    // "He said" is no mention of He Lifeng.
    if (token.sentenceStart && listed(token, WORD.nonNames)) continue;
    for (const { draft, surname } of owners) {
      if (!matchesAt(tokens, i, surname)) continue;
      // "Le maire de Lyon" is no mention of Bruno Le Maire: a surname's words are written capitalised.
      if (!surname.every((key, k) => tokens[i + k]!.capitalised || lexicon.particles.has(key))) continue;
      const previous = tokens[i - 1];
      if (previous && previous.capitalised && previous.isWord && previous.region === token.region && previous.end + 1 >= token.start && !listed(previous, WORD.nonNames) && !listed(previous, WORD.roleNouns) && !isHonorificWord(previous) && !previous.sentenceStart) continue;
      const after = tokens[i + surname.length];
      if (after && after.capitalised && after.isWord && after.region === token.region && after.start <= tokens[i + surname.length - 1]!.end + 1 && labels[i + surname.length] === null) continue;
      draft.mentions.push(spanOf(text, tokens, i, i + surname.length));
      mentioned[i] = 1;
      unread = i + surname.length;
      break;
    }
  }
  let id = 0;
  const result: PersonEntity[] = [];
  drafts.sort((a, b) => a.firstMention - b.firstMention);
  for (const draft of drafts) {
    draft.mentions.sort((a, b) => a.start - b.start);
    const mentions = dedupeSpans(draft.mentions);
    // A person has few forms: a search of the list costs less than a set per person.
    const aliases: string[] = [];
    for (const mention of mentions) {
      const form = singleSpaced(mention.text);
      // Tom "Tiny" Okonjo is written so once: his forms are Tom Okonjo and Tiny.
      if (form !== draft.name && !aliases.includes(form) && !QUOTED_FORM.test(form)) aliases.push(form);
    }
    // "Lady Gaga": a one-word name after a title of nobility is also known with it.
    const titled = draft.keys.length === 1 ? titledForm(tokens, mentions, lexicon) : null;
    if (titled !== null && titled !== draft.name && !aliases.includes(titled)) aliases.push(titled);
    const roles = new Set<string>();
    for (const role of draft.roles) {
      const clean = singleSpaced(role).trim();
      if (clean) roles.add(clean);
    }
    result.push({ id: id++, name: draft.name, aliases, roles: [...roles], mentions });
  }
  return result;
}

/** The first mention with the title of nobility written right before it ("Lady Gaga"), or null. */
function titledForm(tokens: Token[], mentions: readonly Span[], lexicon: Lexicon): string | null {
  for (const mention of mentions) {
    const at = tokenStartingAt(tokens, mention.start);
    const title = at > 0 ? tokens[at - 1]! : undefined;
    if (title && title.capitalised && title.region === tokens[at]!.region && title.end + 1 === mention.start && lexicon.nobleTitles.has(title.key)) return `${title.text} ${singleSpaced(mention.text)}`;
  }
  return null;
}

/**
 * "the Tarun Velkar-Castagne meeting", "Dupont-Martin talks": a name whose last word joins two
 * other people's surnames with a hyphen names the pair, not a third person.
 */
function namesPairOfPeople(draft: PersonDraft, drafts: readonly PersonDraft[]): boolean {
  const last = draft.keys[draft.keys.length - 1]!;
  const hyphen = last.indexOf("-");
  if (hyphen <= 0 || hyphen === last.length - 1) return false;
  const ownerOf = (surname: string) => drafts.find((other) => other !== draft && other.keys.length >= 2 && other.keys[other.keys.length - 1] === surname);
  const left = ownerOf(last.slice(0, hyphen));
  const right = ownerOf(last.slice(hyphen + 1));
  return left !== undefined && right !== undefined && left !== right;
}

/**
 * `text.replace(/\s+/g, " ")`, without the regex for the usual text: its only spaces are single
 * ASCII spaces.
 */
function singleSpaced(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code < 127) continue;
    if (code === 32 ? text.charCodeAt(i + 1) === 32 : code < 128 || isWideSpace(code)) return text.replace(/\s+/g, " ");
  }
  return text;
}

/** Whether a character beyond ASCII is one of those `\s` matches. */
function isWideSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function dedupeSpans(spans: Span[]): Span[] {
  const result: Span[] = [];
  for (const span of spans) {
    const previous = result[result.length - 1];
    if (previous && previous.start === span.start) continue;
    result.push(span);
  }
  return result;
}

function spanOf(text: string, tokens: Token[], from: number, to: number): Span {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

/** The surname part of a full name: the words after the given names ("Le Drian", "al-Abadi"), without "Jr.". */
function surnameKeys(fullKeys: string[], lexicon: Lexicon): string[] {
  const keys = withoutSuffix(fullKeys);
  if (keys.length < 2) return [];
  if (keys.length === 2 && lexicon.familyNamesFirst.has(keys[0]!)) return [keys[0]!];
  let start = keys.length - 1;
  while (start > 1 && (lexicon.particles.has(keys[start - 1]!) || keys[start - 1] === "le" || keys[start - 1] === "la")) start--;
  return keys.slice(start);
}

const INITIAL_KEY = /^\p{L}\.$/u;

/** `INITIAL_KEY.test(key)`: a letter and a period ("e."), two or three code units. */
function isInitialKey(key: string): boolean {
  return key.length <= 3 && lastCharCode(key) === 46 && INITIAL_KEY.test(key);
}

/**
 * The people found so far, indexed so that every lookup is a map access: by full name, by each
 * shorter tail of the name ("macron", "le drian"), by initial and surname ("e. macron"), and by
 * the first word (given name, or family name in "Chen Shui-bian").
 */
class PeopleIndex {
  readonly drafts: PersonDraft[] = [];
  private readonly byFull = new Map<string, PersonDraft>();
  private readonly byTail = new Map<string, PersonDraft[]>();
  private readonly byFirst = new Map<string, PersonDraft[]>();
  /** Surname spelt as `transliterationSkeleton` reads it → the people with that surname. */
  private readonly bySurnameSkeleton = new Map<string, PersonDraft[]>();

  add(draft: PersonDraft): void {
    this.drafts.push(draft);
    this.index(draft, 1);
  }

  private readonly removed = new Set<PersonDraft>();

  remove(draft: PersonDraft): void {
    this.index(draft, -1);
    this.removed.add(draft);
  }

  /** The people still standing after merges. */
  live(): PersonDraft[] {
    return this.removed.size === 0 ? this.drafts : this.drafts.filter((draft) => !this.removed.has(draft));
  }

  rekey(draft: PersonDraft, keys: string[], name: string): void {
    this.index(draft, -1);
    draft.keys = keys;
    draft.name = name;
    this.index(draft, 1);
  }

  /** The person whose name is these words joined by spaces ("le drian"). */
  full(joinedKeys: string): PersonDraft | undefined {
    return this.byFull.get(joinedKeys);
  }

  /** People with a longer name that ends with these words, or whose initial and surname they are. */
  longerForms(keys: string[]): readonly PersonDraft[] | undefined {
    return this.byTail.get(keys.length === 1 ? keys[0]! : keys.join(" "));
  }

  /** Another name the person goes by alone ("Hemedti"): later mentions of it are theirs. */
  addShortForm(draft: PersonDraft, key: string): void {
    update(this.byTail, key, draft, 1);
  }

  withFirstWord(key: string): readonly PersonDraft[] | undefined {
    return this.byFirst.get(key);
  }

  /** People whose last word is spelt like `key` but for the transliteration ("Kovalchyk" for "Kovalcyk"). */
  withSurnameSpeltLike(key: string): readonly PersonDraft[] | undefined {
    return this.bySurnameSkeleton.get(transliterationSkeleton(key));
  }

  private index(draft: PersonDraft, change: 1 | -1): void {
    const keys = draft.keys;
    const full = keys.join(" ");
    if (change > 0) this.byFull.set(full, draft);
    else if (this.byFull.get(full) === draft) this.byFull.delete(full);
    if (keys.length < 2) return;
    // "J. K. Rowling" is the fullest form the text may give: its surname leads to it, but its initials are no given name.
    const initialled = isInitialKey(keys[0]!);
    const initial = `${keys[0]!.charAt(0)}. `;
    // Each tail is the end of the full name: it starts after the words before it and their spaces.
    let tailStart = 0;
    for (let start = 1; start < keys.length; start++) {
      tailStart += keys[start - 1]!.length + 1;
      const tail = full.slice(tailStart);
      update(this.byTail, tail, draft, change);
      if (initialled) continue;
      update(this.byTail, initial + tail, draft, change);
      // "Lula" for Luiz Inácio Lula da Silva: the name a family particle follows is used alone.
      if (start >= 2 && FOREIGN_PARTICLES.has(keys[start]!) && start < keys.length - 1) update(this.byTail, keys[start - 1]!, draft, change);
    }
    // "Marcos" for Ferdinand Marcos Jr., "Burhan" for Abdel Fattah al-Burhan.
    const base = withoutSuffix(keys);
    if (base !== keys) update(this.byTail, base[base.length - 1]!, draft, change);
    const bare = bareSurname(base[base.length - 1]!);
    if (bare !== null) update(this.byTail, bare, draft, change);
    if (!initialled) update(this.byFirst, keys[0]!, draft, change);
    if (keys[keys.length - 1]!.length >= MIN_TRANSLITERATED_LENGTH) update(this.bySurnameSkeleton, transliterationSkeleton(keys[keys.length - 1]!), draft, change);
  }
}

/**
 * Adds the draft to the people under `key` (once), or takes it out. Lists, not sets: most keys
 * name one person, and a list keeps the order of a set (an entry added again goes last).
 */
function update(map: Map<string, PersonDraft[]>, key: string, draft: PersonDraft, change: 1 | -1): void {
  const list = map.get(key);
  if (change > 0) {
    if (!list) map.set(key, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  } else if (list) {
    const at = list.indexOf(draft);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) map.delete(key);
  }
}

/** The person a shorter form belongs to: same surname, "E. Macron", or a known person's given name. */
function findOwner(people: PeopleIndex, keys: string[], position: number, byGivenName: boolean, lexicon: Lexicon): PersonDraft | null {
  let best: PersonDraft | null = null;
  let bestDistance = Infinity;
  for (const draft of people.longerForms(keys) ?? []) {
    const distance = Math.abs(draft.firstMention - position);
    if (distance < bestDistance) {
      best = draft;
      bestDistance = distance;
    }
  }
  if (best) return best;
  // "Kovalchyk" for Irina Kovalcyk: one surname in two transliterations.
  if (keys.length === 1 && keys[0]!.length >= MIN_TRANSLITERATED_LENGTH) {
    const owners = people.withSurnameSpeltLike(keys[0]!);
    if (owners?.length === 1 && owners[0]!.keys.length >= 2) return owners[0]!;
  }
  // "Yun" for Yun Pyong-ho: a Korean given name after it shows the first word to be the family name, listed or not.
  if (keys.length === 1 && !byGivenName && !lexicon.familyNamesFirst.has(keys[0]!)) {
    const owners = people.withFirstWord(keys[0]!)?.filter((owner) => givenNameAfterFamilyName(owner.name));
    if (owners?.length === 1) return owners[0]!;
  }
  // "M. Chen" for Chen Shui-bian: the family name comes first in Chinese, Korean, Vietnamese names.
  if (keys.length === 1 && (byGivenName || lexicon.familyNamesFirst.has(keys[0]!))) {
    const owners = people.withFirstWord(keys[0]!);
    if (owners?.length === 1) return owners[0]!;
    // Li Chenggang, then "Li", then Li Qiang: a family name two people share stands for the one named before it.
    let before: PersonDraft | null = null;
    for (const owner of owners ?? []) {
      if (owner.firstMention >= position) continue;
      if (before) return null;
      before = owner;
    }
    return before;
  }
  return null;
}

/**
 * The person a one-word name is the nickname of ("Mohamed Hamdan Dagalo, widely known as Hemedti",
 * « Luiz Inácio Lula da Silva, dit Lula »): the name then goes by it in the rest of the text.
 */
function nicknamed(people: PeopleIndex, tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): PersonDraft | null {
  if (candidate.to - candidate.from !== 1) return null;
  for (const phrase of lexicon.nicknameIntroducers) {
    const comma = candidate.from - phrase.length - 1;
    if (comma < 1 || tokens[comma]!.text !== "," || !phrase.every((key, k) => tokens[comma + 1 + k]!.key === key)) continue;
    const nameEnd = tokens[comma - 1]!.end;
    const owner = people.live().find((draft) => draft.mentions.some((mention) => mention.end === nameEnd));
    if (!owner) return null;
    people.addShortForm(owner, tokens[candidate.from]!.key);
    return owner;
  }
  return null;
}

/** Records the candidate as a mention of the person its words name, found before or new. */
function draftFor(people: PeopleIndex, tokens: Token[], candidate: NameCandidate, text: string): void {
  const keys = candidateKeys(tokens, candidate);
  const nickname = candidate.nickname;
  const span = candidateSpan(text, tokens, candidate);
  // Tom "Tiny" Okonjo is Tom Okonjo, who goes by Tiny.
  // The name as written is needed only for a new person or a fuller form: most mentions are of someone found.
  const nameOf = (): string => {
    const joined = nickname ? `${joinTokens(tokens, candidate.from, nickname[0])} ${joinTokens(tokens, nickname[1], candidate.to)}` : joinTokens(tokens, candidate.from, candidate.to);
    return candidate.adjectiveEnd ? joined.slice(0, -candidate.adjectiveEnd) : joined;
  };
  const joinedKeys = keys.length === 1 ? keys[0]! : keys.join(" ");
  let draft = people.full(joinedKeys);
  if (!draft) {
    // A longer form of someone already found ("Poutine" then "Vladimir Poutine") takes over: the
    // shorter forms are the ends of the joined keys.
    let tailStart = 0;
    for (let start = 1; start < keys.length && !draft; start++) {
      tailStart += keys[start - 1]!.length + 1;
      draft = people.full(joinedKeys.slice(tailStart));
    }
    if (draft) people.rekey(draft, keys, nameOf());
  }
  const sameFirstWord = !draft && keys.length >= 2 ? people.withFirstWord(keys[0]!) : undefined;
  if (sameFirstWord) {
    // "Ana Lucia Pardo Vance" and "Ana Vance": a form without some middle names is the same person's; the fuller form names them.
    const owners = sameFirstWord.filter((owner) => owner.keys.length !== keys.length && (owner.keys.length > keys.length ? sameEndsWithin(keys, owner.keys) : sameEndsWithin(owner.keys, keys)));
    if (owners.length === 1) {
      draft = owners[0]!;
      if (draft.keys.length < keys.length) people.rekey(draft, keys, nameOf());
    }
  }
  if (!draft) {
    draft = { name: nameOf(), keys, mentions: [], roles: [], firstMention: span.start };
    people.add(draft);
  }
  draft.firstMention = Math.min(draft.firstMention, span.start);
  draft.mentions.push(span);
  if (candidate.adjectiveEnd) draft.adjectival = true;
  if (nickname) {
    draft.mentions.push(spanOf(text, tokens, nickname[0] + 1, nickname[1] - 1));
    people.addShortForm(draft, tokens.slice(nickname[0] + 1, nickname[1] - 1).map((token) => token.key).join(" "));
  }
  draft.roles.push(...candidate.roles);
}

/**
 * How strongly the words around a candidate say it is a person, or null when they say it is
 * not (the name of a street, a prize, a building; a month; a lone sentence opener).
 */
function personEvidence(
  tokens: Token[],
  candidate: NameCandidate,
  lexicon: Lexicon,
  text: string,
  singleWords: ReadonlySet<string>,
): number | null {
  const first = tokens[candidate.from]!;
  const last = tokens[candidate.to - 1]!;
  const before = previousWord(tokens, candidate.from);
  const after = tokens[candidate.to];
  const words = candidate.to - candidate.from;
  const saintly = before !== undefined && SAINTS.has(before.key) && words >= 2 && listed(first, WORD.firstNames);
  if (before && listed(before, WORD.thingsBefore) && before.region === first.region && !saintly) return null;
  // « l'hôpital européen Marcel Sembat », « le lycée professionnel Louis Armand »: an adjective between.
  if (before && !before.capitalised && isThingAdjective(before.text) && !listed(before, WORD.roleNouns | WORD.personVerbs | WORD.commonWords)) {
    const thing = previousWord(tokens, candidate.from - 1);
    // Not « l'homme d'affaires algérien Ali Haddad »: the noun completes another.
    const ofWhat = thing ? previousWord(tokens, candidate.from - 2) : undefined;
    if (thing && !thing.capitalised && listed(thing, WORD.thingsBefore) && !(ofWhat && (ofWhat.key === "d'" || ofWhat.key === "de"))) return null;
  }
  if (before && (before.key === "de" || before.key === "d'" || before.key === "of") && before.region === first.region) {
    const placeNoun = previousWord(tokens, candidate.from - 1);
    if (placeNoun && !placeNoun.capitalised && listed(placeNoun, WORD.placeNouns) && placeNoun.region === first.region) return null;
  }
  if (after && after.isWord && after.capitalised && listed(after, WORD.thingsAfter) && after.region === first.region) return null;
  // "Martin Luther King Jr. Way": the suffix's period parts the name from the thing named after the person.
  if (NAME_SUFFIXES.has(last.key) && after?.text === "." && thingHeadAfter(tokens, candidate.to + 1, first.region)) return null;
  // "Ronald Reagan Washington National Airport": a place's name between the name and the thing's head.
  if (after && after.capitalised && after.start <= last.end + 1 && thingHeadAfter(tokens, candidate.to, first.region)) return null;
  // "the Lindqvist family", « la famille Mulliez »: a family, no one person.
  const familyNoun = lexicon.modifiersPrecedeNoun ? after : before;
  if (words === 1 && familyNoun && !familyNoun.capitalised && familyNoun.region === first.region && lexicon.familyNouns.has(familyNoun.key)) return null;
  // "the Queen Mary 2", "Apollo 11": a number right after the name makes it a thing's (not a score, "Alcaraz 6-4", nor a time).
  if (after && after.start === last.end + 1 && after.region === first.region && isSerialNumber(after.text) && !SCORE_OR_TIME_AFTER.test(text.slice(after.end, after.end + 2))) return null;
  // "the Thai Raksa Chart party": the words before a lowercase "party" name the party.
  if (words >= 2 && after && after.key === "party" && !after.capitalised && after.region === first.region) return null;
  const startsWithGivenName = (listed(first, WORD.firstNames) || listed(first, WORD.familyNamesFirst) || isHyphenedGivenName(first.text)) && words >= 2;
  // "Park Geun-hye": a family name written first that also names a thing ("Park"), then a given name.
  const second = tokens[candidate.from + 1]!;
  const familyNameFirst = words === 2 && listed(first, WORD.familyNamesFirst) && (listed(second, WORD.firstNames) || isHyphenedGivenName(second.text));
  // "Sports Minister said", "Foreign Secretary": a group ending with the head noun of a role, and opened by no given name, is the role.
  if (words >= 2 && !startsWithGivenName && lexicon.roleClassOf.has(last.key)) return null;
  // "Tony Awards", "Ford Foundation" — but "Matt Hall" and "Geun-hye Park" are people.
  // Only two words may end with a surname-like head: "George Washington Bridge" is a bridge.
  if (startsWithGivenName && listed(last, WORD.thingsAfter) && (!SURNAME_LIKE.has(last.key) || words > 2)) return null;
  for (let k = candidate.from; k < candidate.to; k++) {
    const token = tokens[k]!;
    if ((startsWithGivenName && k > candidate.from) || familyNameFirst) continue;
    if (listed(token, WORD.organizationHeads | WORD.thingsAfter | WORD.months)) return null;
    if (listed(token, WORD.demonyms) && words > 1 && k === candidate.to - 1) return null;
  }
  if (words === 1 && listed(first, WORD.nonNames)) return null;
  // "Officials in Kelun said": a single word after a preposition of place is that place.
  if (words === 1 && before && !before.capitalised && before.region === first.region && lexicon.placePrepositions.has(before.key)) return null;
  if (words === 1 && namesRemitOfRole(tokens, candidate.from)) return null;
  // "Roman Catholic Christianity", "Gaullisme social": a doctrine's name holds its abstract noun, a person's does not.
  if (words >= 2) for (let k = candidate.from; k < candidate.to; k++) if (isAbstractNoun(tokens[k]!.text)) return null;
  // "Ending Clergy Abuse", "Saving Private Lives": a group opened by a gerund names a campaign or a work.
  if (words >= 2 && lastCharCode(first.text) === 103 /* g */ && GERUND.test(first.text) && !listed(first, WORD.firstNames) && !listed(first, WORD.familyNamesFirst)) return null;
  // "Fort Copacabana", "Vallée d'Aoste" — but "saint Maximilien Kolbe" is a person.
  // Two words only: "Santa Maria", "Port Louis", "São Jorge" are places even before a given name.
  if (words >= 2 && listed(first, WORD.thingsBefore) && first.capitalised && (!listed(second, WORD.firstNames) || words === 2) && !familyNameFirst) return null;
  if (listed(first, WORD.nonNames) && first.sentenceStart && words === 1) return null;
  let score = 0;
  const firstKey = first.key;
  const givenName = listed(first, WORD.firstNames) || (firstKey.includes("-") && firstKey.split("-").every((part) => lexicon.firstNames.has(part)));
  if ((givenName || listed(first, WORD.familyNamesFirst)) && words >= 2) score += 3;
  if ((first.dotted || bareInitialsAt(tokens, candidate.from, candidate.to) > 0) && words >= 2) score += 2;
  if (before && isHonorificWord(before)) score += 2;
  if (before && listed(before, WORD.speakerIntroducers)) score += 1;
  // "…," said Chiamaka Obiorah.
  if (words >= 2 && !first.sentenceStart && speakerAfterQuote(tokens, candidate)) score += 2;
  // "The Nuffield Trust's Thea Stein": a name after a body's or a place's possessive is someone of theirs.
  if (words >= 2 && before && (before.key === "'s" || before.key === "'") && previousWord(tokens, candidate.from - 1)?.capitalised) score += 1;
  const beforeThat = before ? previousWord(tokens, candidate.from - 1) : undefined;
  if (before && listed(before, WORD.demonyms) && beforeThat && listed(beforeThat, WORD.determiners)) score += 2;
  if (after && isPersonVerbAfter(tokens, candidate.to)) score += 2;
  if (ageAfter(tokens, candidate.to, text)) score += 2;
  // "Tavita Archbury, who took five wickets": "who" follows people only.
  if (after?.text === "," && tokens[candidate.to + 1]?.key === "who" && tokens[candidate.to + 1]!.region === first.region) score += 2;
  if (words >= 2) {
    for (let k = candidate.from; k < candidate.to; k++) {
      const particle = beforeHyphen(tokens[k]!.key);
      // "El Qadira", "Al Fashir": an article written apart opening the group names a place more often than a person.
      const placeArticle = k === candidate.from && particle === tokens[k]!.key;
      if (ARABIC_PARTICLES.has(particle) && lexicon.particles.has(particle) && !placeArticle) score += 2;
    }
    // A surname used alone elsewhere in the text.
    if (singleWords.has(last.key)) score += 1;
  }
  if (words === 1 && givenName && !first.sentenceStart && before?.isWord) score += 2;
  // Names by shape alone take no article ("la Vila da Serra") and hold an inner "de" only after a known given name ("Combe de Narvèze").
  if (words >= 2 && plainNameShape(tokens, candidate, lexicon) && !articleBefore(before) && (givenName || !innerParticle(tokens, candidate))) {
    score += first.sentenceStart ? lexicon.unknownNameWeight - 1 : lexicon.unknownNameWeight;
  }
  return score;
}

/** Words before the reporters' names in a credit line ("Reporting by", "With assistance from", « Avec la collaboration de »). */
const CREDITS = new Set(["by", "from", "par", "de"]);

/** An article or a possessive just before ("la Vila da Serra"); « à » folds like English "a" but is a preposition. */
function articleBefore(before: Token | undefined): boolean {
  return before !== undefined && listed(before, WORD.determiners) && before.text !== "à" && before.text !== "À";
}

/** Whether a lower-case "de", "du", "des", "d'" or "da" stands inside the candidate. */
function innerParticle(tokens: Token[], candidate: NameCandidate): boolean {
  for (let k = candidate.from + 1; k < candidate.to - 1; k++) {
    const token = tokens[k]!;
    if (!token.capitalised && INNER_DE.has(token.key)) return true;
  }
  return false;
}

const INNER_DE = new Set(["de", "du", "des", "d'", "da", "do", "dos", "das", "del"]);

/** French adjectives after a thing's noun (« européen », « professionnel », « primaire », « hospitalier », « municipal »). */
const THING_ADJECTIVE = /^\p{Ll}{3,}(?:éen|éenne|ier|ière|el|elle|al|ale|aux|aire|ique|ien|ienne|ois|oise|ais|aise|if|ive)$/u;
/** Last letters of the endings of `THING_ADJECTIVE`: n, e, r, l, x, s, f. */
const THING_ADJECTIVE_LAST = new Set([110, 101, 114, 108, 120, 115, 102]);

/** `THING_ADJECTIVE.test(text)`; the length and the first and last letters turn most words down before the regex. */
function isThingAdjective(text: string): boolean {
  const first = text.charCodeAt(0);
  if (text.length < 5 || (first < 128 && !(first >= 97 && first <= 122))) return false;
  return THING_ADJECTIVE_LAST.has(lastCharCode(text)) && THING_ADJECTIVE.test(text);
}

/** Suffixes after a surname, written with a period ("Jr.", "Sr."). */
const NAME_SUFFIXES = new Set(["jr", "sr"]);

/** A name's words without its generational suffix: "Ferdinand Marcos Jr." is "Marcos" for short. */
function withoutSuffix(keys: string[]): string[] {
  return keys.length >= 3 && NAME_SUFFIXES.has(keys[keys.length - 1]!) ? keys.slice(0, -1) : keys;
}

/** The Arabic article glued to a surname in transliteration: "al-Burhan" is "Burhan" for short. */
const GLUED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{L}{3})/u;

/** The surname without its glued article ("burhan" for "al-burhan"), or null. */
function bareSurname(key: string): string | null {
  const article = GLUED_ARTICLE.exec(key);
  return article ? key.slice(article[0].length) : null;
}

/** Words a thing's name ends with among the next three capitalised words ("Community Center"). */
function thingHeadAfter(tokens: Token[], at: number, region: number): boolean {
  for (let k = at; k < at + 3; k++) {
    const token = tokens[k];
    if (!token || token.region !== region || !token.isWord || !token.capitalised) return false;
    if (listed(token, WORD.thingsAfter)) return true;
  }
  return false;
}

const AGE_APPOSITION = /^,\s*\d{1,3}\s*(?:ans\s*)?,/;
const AGE_IN_PARENTHESES = /^\(\s*\d{1,3}\s*(?:ans|years old)\s*\)/;

/** ", 47," or ", 53 ans," or " (19 ans)" right after a name: an age, which only a person has. */
function ageAfter(tokens: Token[], at: number, text: string): boolean {
  const mark = tokens[at];
  if (mark === undefined) return false;
  // Both patterns need a space or a digit right after the mark: most marks are turned down before the regex.
  const next = text.charCodeAt(mark.start + 1);
  if (next > 32 && next < 128 && !(next >= 48 && next <= 57)) return false;
  if (mark.text === "(") return AGE_IN_PARENTHESES.test(text.slice(mark.start, mark.start + 20));
  return mark.text === "," && AGE_APPOSITION.test(text.slice(mark.start, mark.start + 12));
}

const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Geun-hye", "Jong-un"). */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;

/** `HYPHENED_GIVEN_NAME.test(text)`; a word without a hyphen is turned down before the regex. */
/** Whether `shorter` keeps the first and last words of `longer` and all its words are, in order, words of `longer`. */
function sameEndsWithin(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter[0] !== longer[0] || shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  let at = 1;
  for (let k = 1; k < shorter.length - 1; k++) {
    while (at < longer.length - 1 && longer[at] !== shorter[k]) at++;
    if (at >= longer.length - 1) return false;
    at++;
  }
  return true;
}

/** "Gen", "Capt", "Sgt": a rank's abbreviation written without its period (a title with it: "Gen."). */
function isUndottedRank(token: Token, lexicon: Lexicon): boolean {
  return token.capitalised && !token.text.endsWith(".") && listed(token, WORD.roleNouns) && ((lexicon.listsOf.get(`${token.key}.`) ?? 0) & WORD.honorifics) !== 0;
}

/** Shorter surnames differ too little for their spellings to tell a transliteration from another name. */
const MIN_TRANSLITERATED_LENGTH = 5;

/**
 * A surname's key as transliterations share it: "ch", "sh", "zh", "kh" as their first letter, "y"
 * as "i", "j" as "i" after a vowel, a doubled letter once ("Kovalchyk" and "Kovalcyk" → "kovalcik").
 */
function transliterationSkeleton(key: string): string {
  if (isOwnSkeleton(key)) return key;
  const ascii = asciiSkeleton(key);
  if (ascii !== null) return ascii;
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    skeleton = key.replace(/([cszk])h/g, "$1").replace(/y/g, "i").replace(/(?<=[aeiou])j/g, "i").replace(/(\p{L})\1/gu, "$1");
    if (skeletons.size >= MOST_SKELETONS) skeletons.clear();
    // (A longer key may be a view into its whole document, which the cache must not keep alive.)
    if (key.length <= LONGEST_CACHED_SURNAME) skeletons.set(key, skeleton);
  }
  return skeleton;
}

/**
 * Whether `transliterationSkeleton` leaves `key` as it is: no "ch", "sh", "zh" or "kh", no "y",
 * no "j" after a vowel, no character twice in a row (surrogates are left to the regexes). Most
 * surnames are so, and need neither the regexes nor the cache.
 */
function isOwnSkeleton(key: string): boolean {
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === previous || code === 121 || (code >= 0xd800 && code <= 0xdfff)) return false;
    if (code === 104 && (previous === 99 || previous === 115 || previous === 122 || previous === 107)) return false;
    if (code === 106 && (previous === 97 || previous === 101 || previous === 105 || previous === 111 || previous === 117)) return false;
    previous = code;
  }
  return true;
}

/** `transliterationSkeleton` of a key in ASCII, read character by character, one pass per replacement; null for any other key. */
function asciiSkeleton(key: string): string | null {
  let dropped = "";
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 127) return null;
    dropped += code === 121 ? "i" : key[i];
    if ((code === 99 || code === 115 || code === 122 || code === 107) && key.charCodeAt(i + 1) === 104) i++;
  }
  let vowelled = "";
  for (let i = 0; i < dropped.length; i++) {
    const previous = i > 0 ? dropped.charCodeAt(i - 1) : 0;
    vowelled += dropped.charCodeAt(i) === 106 && (previous === 97 || previous === 101 || previous === 105 || previous === 111 || previous === 117) ? "i" : dropped[i];
  }
  let skeleton = "";
  for (let i = 0; i < vowelled.length; i++) {
    const code = vowelled.charCodeAt(i);
    skeleton += vowelled[i];
    if (((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && vowelled.charCodeAt(i + 1) === code) i++;
  }
  return skeleton;
}

/** Surnames' skeletons already worked out, across documents: surnames recur, and four replacements each cost. */
const skeletons = new Map<string, string>();

/** Skeletons kept before the cache starts again (a few hundred kilobytes). */
const MOST_SKELETONS = 8192;

/** V8 copies a slice of up to 12 characters; a longer one may point into the text it was cut from. */
const LONGEST_CACHED_SURNAME = 12;

/** "Yun Pyong-ho": two words, the second a Korean given name. */
function givenNameAfterFamilyName(name: string): boolean {
  const words = name.split(" ");
  return words.length === 2 && isHyphenedGivenName(words[1]!);
}

function isHyphenedGivenName(text: string): boolean {
  return text.includes("-") && HYPHENED_GIVEN_NAME.test(text);
}

/** Nouns of doctrines, qualities and actions ("Christianity", "Catholicism", "Gaullisme", "Sociology", "Cooperation", « Solidarité », « Stratégie »). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ity|ité|ism|isme|ology|ologie|égie|ergie|[aiu]tion|ction)$/u;

function lastCharCode(text: string): number {
  return text.charCodeAt(text.length - 1);
}

/** `ABSTRACT_NOUN.test(text)`; the last letter (y, m, e, é, n) turns most words down before the regex. */
function isAbstractNoun(text: string): boolean {
  const last = lastCharCode(text);
  return (last === 121 || last === 109 || last === 101 || last === 0xe9 || last === 110) && ABSTRACT_NOUN.test(text);
}

/** Particles that put a father's given name into a person's name ("ben", "bin", "ibn": "son of"). */
const PATRONYMIC_PARTICLES = new Set(["ben", "bin", "ibn", "bint", "ould"]);

/** Particles of Arabic names that make a group of words a person's name ("al-Abadi", "ben Salmane"). */
const ARABIC_PARTICLES = new Set(["al", "el", "ben", "bin", "ibn", "abu", "abd"]);

/** The part of a key before its first hyphen (all of it when it has none). */
function beforeHyphen(key: string): string {
  const hyphen = key.indexOf("-");
  return hyphen >= 0 ? key.slice(0, hyphen) : key;
}

/** Particles that open surnames in Dutch, Flemish, Italian, Portuguese ("De Gendt", "Van Avermaet", "Di Maio"). */
const FOREIGN_PARTICLES = new Set(["de", "van", "von", "di", "da", "del", "della", "dos", "das", "ter", "ten", "vander", "vanden"]);

const ROYAL_TITLES = new Set(["prince", "princess", "princesse", "queen", "king", "roi", "reine", "emperor", "empereur", "imperatrice", "empress", "duke", "duc", "duchess", "duchesse", "sheikh", "cheikh", "emir", "sultan"]);

/** Prepositions that give a role its remit ("envoyé pour la Syrie", "envoy for Syria", "ambassador to China", « délégué aux Transports »); « à » folds like the auxiliary "a". */
const ROLE_REMITS = new Set(["pour", "for", "to", "au", "aux"]);

const LIST_JOINS = new Set([",", "et", "and", "ou", "or", "&"]);

/** Tokens a parenthesis after a listed name may hold ("Celso Amorim (Exterior Relations)"). */
const MAX_GLOSS_TOKENS = 8;

/** The index just past a parenthesis opening at `open` in `region`, or -1 when it does not close soon. */
function pastParenthesis(tokens: Token[], open: number, region: number): number {
  if (tokens[open]?.text !== "(") return -1;
  for (let k = open + 1; k <= open + MAX_GLOSS_TOKENS && k < tokens.length && tokens[k]!.region === region; k++) {
    if (tokens[k]!.text === ")") return k + 1;
    if (tokens[k]!.text === "(") return -1;
  }
  return -1;
}

/** The index of the parenthesis opening the one that closes at `close`, or -1. */
function parenthesisOpening(tokens: Token[], close: number, region: number): number {
  if (tokens[close]?.text !== ")") return -1;
  for (let k = close - 1; k >= close - MAX_GLOSS_TOKENS && k >= 0 && tokens[k]!.region === region; k--) {
    if (tokens[k]!.text === "(") return k;
    if (tokens[k]!.text === ")") return -1;
  }
  return -1;
}

/**
 * Whether a list separator joins the candidate to a word of a person's name, on either side. In a
 * list whose names each carry a short parenthesis ("Roberto Rodrigues (Agriculture), Celso Amorim
 * (Exterior Relations)"), the parentheses stay out of the way; a parenthesis on one side only
 * ("St. Petersburg (Floride), Kevin Loibl") makes no list.
 */
function listedWithPerson(tokens: Token[], candidate: NameCandidate, personAt: Uint8Array, single: boolean): boolean {
  const region = tokens[candidate.from]!.region;
  const before = tokens[candidate.from - 1];
  // "ministre de la Défense, Oleksiï Reznikov": the complement of a preposition is no comma list item.
  if (before && before.region === region && CONNECTORS.has(before.key) && !LIST_JOINS.has(before.key)) return false;
  const glossed = pastParenthesis(tokens, candidate.to, region);
  let previousEnd = candidate.from - 2;
  if (glossed > 0) previousEnd = parenthesisOpening(tokens, previousEnd, region) - 1;
  const beforeThat = tokens[previousEnd];
  // A lone word joined by "et" to a full name (« Georges Dumont et Vooruit ») is no name for it; in a comma list, mononyms mix with full names (« Juliette Gréco, Dalida, … »).
  // A given name shares the surname after it (« Thierry et Véronique Roy »).
  const unlike = (join: Token, fullName: boolean) => single && fullName && join.text !== "," && !listed(tokens[candidate.from]!, WORD.firstNames);
  if (before && beforeThat && before.region === region && beforeThat.region === region && LIST_JOINS.has(before.key) && personAt[previousEnd] && !unlike(before, personAt[previousEnd - 1] === 1)) return true;
  const next = glossed > 0 ? glossed : candidate.to;
  const after = tokens[next];
  const afterThat = tokens[next + 1];
  if (!(after !== undefined && afterThat !== undefined && after.region === region && afterThat.region === region && LIST_JOINS.has(after.key) && personAt[next + 1] === 1)) return false;
  if (unlike(after, personAt[next + 2] === 1)) return false;
  if (glossed < 0) return true;
  let personEnd = next + 1;
  while (personAt[personEnd] === 1) personEnd++;
  return pastParenthesis(tokens, personEnd, region) > 0;
}

/**
 * Line-up lists: three lines or more in one paragraph that each hold only a name, maybe followed
 * by figures in parentheses ("Dumoulin (7 arrêts)").
 */
function rosterCandidates(text: string, tokens: Token[], candidates: NameCandidate[]): Set<NameCandidate> {
  const byRegion = new Map<number, NameCandidate[]>();
  for (const candidate of candidates) {
    if (candidate.to - candidate.from > 3) continue;
    const first = tokens[candidate.from]!;
    const last = tokens[candidate.to - 1]!;
    let lineStart = first.start;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && first.start - lineStart < 4) lineStart--;
    if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) continue;
    if (text.slice(lineStart, first.start).trim() !== "") continue;
    let lineEnd = last.end;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && lineEnd - last.end < 60) lineEnd++;
    if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) continue;
    if (!ROSTER_TAIL.test(text.slice(last.end, lineEnd))) continue;
    const list = byRegion.get(first.region) ?? [];
    list.push(candidate);
    byRegion.set(first.region, list);
  }
  const roster = new Set<NameCandidate>();
  for (const list of byRegion.values()) if (list.length >= 3) for (const candidate of list) roster.add(candidate);
  return roster;
}

const ROSTER_TAIL = /^\s*(?:\([^()\n]{0,50}\)\s*)?$/;

/**
 * A name of one word is a person only when the words next to it say so: a courtesy title or a
 * role just before it ("M. Haider", "le président Obama", "President Obama"), a speaking verb
 * just after it ("Valls a déclaré"), or a known given name inside a sentence ("le pape François").
 */
function singleNameEvidence(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): boolean {
  const token = tokens[candidate.from]!;
  if (listed(token, WORD.roleNouns | WORD.demonyms | WORD.nonNames | WORD.organizationHeads) || isHonorificWord(token)) return false;
  if (token.text.length < 2 || isAllCapitals(token.text)) return false;
  if (!candidate.titled && isBrandShape(token.text)) return false;
  const glued = tokens[candidate.from - 1];
  // "France Bleu", "Manchester United", "RIA Novosti": the rest of a place's or organization's name (but "Prince Harry":
  // a title that also opens a place's name, "Prince Edward Island", is still a title).
  if (!candidate.titled && glued && glued.capitalised && glued.region === token.region && glued.end + 1 >= token.start && (listed(glued, WORD.phrases) || isAcronym(glued)) && !isHonorificWord(glued)) return false;
  if (candidate.titled) return true;
  const next = tokens[candidate.to];
  // "Jan. 21", "Mar 3": a month, not a given name.
  if (listed(token, WORD.monthWords) && next && (next.text === "." || startsWithDigit(next.text))) return false;
  const before = previousWord(tokens, candidate.from);
  if (namedByLeaderNoun(tokens, candidate.from, lexicon)) return true;
  // People's names take no article: "Le Monde", "la Mairie" are things.
  if (before && (listed(before, WORD.determiners) || listed(before, WORD.thingsBefore))) return false;
  if (before && before.isWord && (isHonorificWord(before) || listed(before, WORD.roleNouns))) return true;
  // "her grandmother, Nyokabi,": a name set between commas after a role noun, in apposition to it.
  const roleBeforeComma = tokens[candidate.from - 2];
  if (before?.text === "," && roleBeforeComma !== undefined && roleBeforeComma.region === token.region && listed(roleBeforeComma, WORD.roleNouns) && (next?.text === "," || next?.text === ".")) return true;
  if (!token.sentenceStart && isPersonVerbAfter(tokens, candidate.to)) return true;
  // "sous le règne de Mobutu", "the reign of Mobutu": a ruler.
  const ruled = before ? previousWord(tokens, candidate.from - 1) : undefined;
  if (before && ruled && (before.key === "de" || before.key === "of") && listed(ruled, WORD.reignNouns)) return true;
  if (!token.sentenceStart && speakerAfterQuote(tokens, candidate)) return true;
  // "Sagan remporte la 11e étape": a name opening a sentence, then a verb of a person at once.
  const verb = tokens[candidate.to];
  // "Parents who spoke…": a relative pronoun right after an opener follows a plural noun, not a name (a name takes a comma first).
  // "Firefighters led…", "Analysts said…": a role noun in the plural is a group, not a name.
  if (token.sentenceStart && verb && verb.region === token.region && listed(verb, WORD.personVerbs) && verb.key !== "who" && !token.alsoLowercase && !listed(token, WORD.commonWords) && !isPluralRole(token.key, lexicon)) return true;
  return !token.sentenceStart && listed(token, WORD.firstNames) && before !== undefined && before.isWord && !CONNECTORS.has(before.key);
}

/** « le gouvernement Fabius », "the Trump administration": a leader named by their government. */
function namedByLeaderNoun(tokens: Token[], at: number, lexicon: Lexicon): boolean {
  const name = tokens[at]!;
  const noun = lexicon.modifiersPrecedeNoun ? tokens[at + 1] : tokens[at - 1];
  const determiner = lexicon.modifiersPrecedeNoun ? tokens[at - 1] : tokens[at - 2];
  if (!noun || noun.capitalised || noun.region !== name.region || !lexicon.leaderNouns.has(noun.key)) return false;
  return determiner !== undefined && determiner.region === name.region && (listed(determiner, WORD.determiners) || CONTRACTED_ARTICLES.has(determiner.key));
}

/** What a capital inside a person's name follows: "McCain", "MacArthur", "DeShawn", "LeBron", "DiCaprio", "VanDyke", "FitzGerald". */
const NAME_PREFIXES = new Set(["Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz"]);

/** "TotalEnergies", "BlackRock", "PayPal": a capital after lower-case letters inside one word marks a brand, unless a name prefix stands before it. */
function isBrandShape(text: string): boolean {
  for (let i = 2; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const before = text.charCodeAt(i - 1);
    if (code >= 65 && code <= 90 && before >= 97 && before <= 122) return !NAME_PREFIXES.has(text.slice(0, i));
  }
  return false;
}

const CLOSING_QUOTES = new Set(["\"", "”", "»", "’", "›"]);

/**
 * An inverted attribution after a quotation: "…," said Wagner. / « … », a déclaré Kourouma.
 * The verb comes right after the quote's comma or closing mark, and the name ends the clause.
 */
function speakerAfterQuote(tokens: Token[], candidate: NameCandidate): boolean {
  const region = tokens[candidate.from]!.region;
  let k = candidate.from - 1;
  if (!tokens[k] || tokens[k]!.region !== region || !listed(tokens[k]!, WORD.personVerbs)) return false;
  k--;
  if (tokens[k] && tokens[k]!.region === region && AUXILIARIES.has(tokens[k]!.key)) k--;
  if (tokens[k]?.text === ",") k--;
  if (!tokens[k] || !CLOSING_QUOTES.has(tokens[k]!.text)) return false;
  const after = tokens[candidate.to];
  return after === undefined || after.region !== region || after.text === "." || after.text === ",";
}

/**
 * Folds shorter forms into the fuller name they stand for: "Von der Leyen" into "Ursula von der
 * Leyen", "E. Macron" into "Emmanuel Macron" — when exactly one fuller name fits.
 */
function mergeDrafts(people: PeopleIndex): void {
  // Initialled forms first: once "E. Macron" is folded into "Emmanuel Macron", "Macron" has one owner left.
  const live = people.live();
  const initialledFirst = [...live.filter((draft) => isInitialKey(draft.keys[0]!)), ...live.filter((draft) => !isInitialKey(draft.keys[0]!))];
  for (const short of initialledFirst) {
    let owner: PersonDraft | undefined;
    let owners = 0;
    for (const long of people.longerForms(short.keys) ?? []) {
      if (long === short) continue;
      owner = long;
      owners++;
    }
    if (owners !== 1 || !owner) continue;
    owner.mentions.push(...short.mentions);
    owner.roles.push(...short.roles);
    owner.firstMention = Math.min(owner.firstMention, short.firstMention);
    people.remove(short);
  }
  mergeOpeningForms(people);
}

/**
 * "Syed Ali Hassan" then "the Syed Ali Hassan Shah-led group": a name written as an adjective
 * speaks of someone named before, here by a longer form; a name of two words or more that opens
 * it is that person's.
 */
function mergeOpeningForms(people: PeopleIndex): void {
  const longerByOpening = new Map<PersonDraft, PersonDraft[]>();
  for (const long of people.live()) {
    if (!long.adjectival) continue;
    for (let words = 2; words < long.keys.length; words++) {
      const short = people.full(long.keys.slice(0, words).join(" "));
      if (!short || short === long) continue;
      const list = longerByOpening.get(short) ?? [];
      list.push(long);
      longerByOpening.set(short, list);
    }
  }
  for (const [short, longer] of longerByOpening) {
    if (longer.length !== 1) continue;
    const owner = longer[0]!;
    owner.mentions.push(...short.mentions);
    owner.roles.push(...short.roles);
    owner.firstMention = Math.min(owner.firstMention, short.firstMention);
    people.remove(short);
  }
}

/** Every word looks like a name and none is a known place, nationality or common opener. */
/** A double-barrelled name, each part capitalised ("Roed-Larsen", "Ould-Abdallah"). */
const HYPHENATED_NAME = /^\p{Lu}[\p{Ll}\p{M}'’]+-\p{Lu}[\p{Ll}\p{M}'’]+$/u;

/**
 * A double-barrelled surname after the given name ("Terje Roed-Larsen"): regions and compass
 * points are written the same way ("Australie-Occidentale", "Nord-Est"), but open the group and
 * are made of place and common words.
 */
function hyphenatedSurname(tokens: Token[], at: number, candidate: NameCandidate, lexicon: Lexicon): boolean {
  const token = tokens[at]!;
  // First, it is a compound given name ("Faustin-Archange Touadéra"), as long as a surname follows.
  if ((at === candidate.from && candidate.to - candidate.from < 2) || !HYPHENATED_NAME.test(token.text)) return false;
  return token.key.split("-").every((part) => !lexicon.phrases.has(part) && !lexicon.commonWords.has(part) && !lexicon.nonNames.has(part) && !lexicon.thingsBefore.has(part));
}

/** A capital and lower-case letters, marks, apostrophes or hyphens: "Dupont", "O’Neill". */
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u;
/**
 * `CAPITALISED_WORD.test(text)`, decided by character codes for an ASCII word: no other ASCII
 * character is a capital, a lower-case letter or a mark.
 */
function isCapitalisedWord(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 128 || text.length < 2) return CAPITALISED_WORD.test(text);
  if (first < 65 || first > 90) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return CAPITALISED_WORD.test(text);
    if (!((code >= 97 && code <= 122) || code === 39 || code === 45)) return false;
  }
  return true;
}

/** A short lower-case particle glued to a capitalised name: "al-Abadi", "el-Sisi". */
const GLUED_LOWERCASE_PARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

function plainNameShape(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): boolean {
  if (candidate.to - candidate.from > 4) return false;
  for (let k = candidate.from; k < candidate.to; k++) {
    const token = tokens[k]!;
    if (listed(token, WORD.particles) && !token.capitalised) continue;
    if (k === candidate.from && bareInitialsAt(tokens, k, candidate.to) > 0) {
      k += bareInitialsAt(tokens, k, candidate.to) - 1;
      continue;
    }
    if (!isCapitalisedWord(token.text) && !token.dotted && !GLUED_LOWERCASE_PARTICLE.test(token.text) && !hyphenatedSurname(tokens, k, candidate, lexicon)) return false;
    if (token.alsoLowercase || listed(token, WORD.commonWords)) return false;
    if (listed(token, WORD.nonNames) || listed(token, WORD.demonyms) || listed(token, WORD.roleNouns)) return false;
  }
  return true;
}

function previousWord(tokens: Token[], index: number): Token | undefined {
  const previous = tokens[index - 1];
  return previous && previous.region === tokens[index]?.region ? previous : undefined;
}

/**
 * "le Ministre de la Santé", "ministre du Travail": a word after a role noun and an article (de la,
 * de l', du, des) names the role's remit; "le conseiller de Macron", without one, names a person.
 */
function namesRemitOfRole(tokens: Token[], at: number): boolean {
  const article = previousWord(tokens, at);
  if (!article) return false;
  let roleAt: number;
  if (article.key === "du" || article.key === "des") roleAt = at - 2;
  else if ((article.key === "la" || article.key === "l'") && previousWord(tokens, at - 1)?.key === "de") roleAt = at - 3;
  else return false;
  const role = tokens[roleAt];
  return role !== undefined && role.region === article.region && listed(role, WORD.roleNouns);
}

/** "X said", "X a déclaré", "X, 53, told": a speaking or acting verb within two words after. */
function isPersonVerbAfter(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.region !== tokens[at]!.region) return false;
    if (listed(token, WORD.personVerbs)) return true;
    if (!token.isWord || !AUXILIARIES.has(token.key)) return false;
  }
  return false;
}

/**
 * Whether a lowercase word other than a connector follows the last role noun before the name in a
 * language whose adjectives precede the noun: "the envoy met Karen Holt" has no role phrase, "envoy
 * for Syria Geir Pedersen" and "Secretary of State Antony Blinken" have one. Before a comma, the
 * words after a preposition are its complement ("The chair of the judging panel, Esi Edugyan").
 */
function verbAfterRoleNoun(tokens: Token[], from: number, phraseEnd: number, lexicon: Lexicon): boolean {
  if (!lexicon.modifiersPrecedeNoun) return false;
  const apposition = tokens[phraseEnd]?.text === ",";
  let lastRoleNoun = from;
  for (let k = from; k < phraseEnd; k++) if (listed(tokens[k]!, WORD.roleNouns)) lastRoleNoun = k;
  for (let k = lastRoleNoun + 1; k < phraseEnd; k++) {
    const token = tokens[k]!;
    if (apposition && PREPOSITIONS.has(token.key)) return false;
    if (!token.capitalised && !CONNECTORS.has(token.key) && !ROLE_REMITS.has(token.key) && !listed(token, WORD.determiners) && !listed(token, WORD.demonyms)) return true;
  }
  return false;
}

/**
 * Whether a remit's name starts at `at`, past at most two small words: after "et"/"and" it joins
 * two remits of one role ("ministre de l'Europe et des Affaires étrangères", "Minister of Trade and Industry").
 */
function opensRemitName(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.capitalised) return true;
    if (!PREPOSITIONS.has(token.key) && !listed(token, WORD.determiners)) return false;
  }
  return false;
}

/**
 * Roles by apposition: a role phrase right before the name ("le président russe Vladimir
 * Poutine", "Kremlin spokesman Dmitry Peskov", "l'attaché de presse du chef de l'État, Dmitri
 * Peskov") or right after it between commas ("Vladimir Medinski, conseiller du président russe"),
 * added to the candidate's roles.
 */
function addRolesAround(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon, labels: readonly Label[], inName: Uint8Array, inRole: Uint8Array): void {
  const roles = candidate.roles;
  const region = tokens[candidate.from]!.region;
  // Before: walk left over the role phrase's words, remember the leftmost role noun.
  let k = candidate.from - 1;
  // "The former mayor of Brightwater, Councillor Neil Ashdown", "Its emergency coordinator, Dr. Ana
  // Ruiz": a title written with the name still leaves room for a role set before it in apposition.
  // (The quote stage reads the one before a title that is a role itself: « L'avocate de la défense, Me Laure Simon ».)
  const titleWord = (token: Token) => listed(token, WORD.roleNouns) || (isHonorificWord(token) && !lexicon.roleGivingHonorifics.has(token.key.replace(/\.$/, "")));
  // ("La ministre des Transports, Mme Agnès Pannier-Runacher": so does a courtesy title alone.)
  while (k > 0 && tokens[k]!.capitalised && tokens[k]!.region === region && (candidate.roles.length > 0 ? titleWord(tokens[k]!) : isHonorificWord(tokens[k]!))) k--;
  // "Club chairman Sir Richard Pennington": a lower-case role noun right before the title is a role too.
  const roleBeforeTitle = tokens[k] !== undefined && tokens[k]!.region === region && !tokens[k]!.capitalised && listed(tokens[k]!, WORD.roleNouns);
  const titleInApposition = candidate.roles.length > 0 && k < candidate.from - 1 && (tokens[k]?.text === "," || roleBeforeTitle);
  if (candidate.roles.length === 0 || titleInApposition) {
    if (tokens[k]?.text === "," && tokens[k]!.region === region) k--;
    const phraseEnd = k + 1;
    let leftmostRole = -1;
    for (let steps = 0; k >= 0 && steps < 10; k--, steps++) {
      const token = tokens[k]!;
      if (token.region !== region || !token.isWord) break;
      // A full name before "et" or a courtesy title after it lists people, not remits ("le roi Gyanendra et M. Singh").
      const joinsRemits =
        leftmostRole < 0 && (token.key === "et" || token.key === "and") && inName[k - 1] !== 2 && !isHonorificWord(tokens[k + 1]!) && opensRemitName(tokens, k + 1);
      // "émissaire de l'ONU pour le Moyen-Orient", "envoy for Syria": the remit after the role noun belongs to it.
      const remit = ROLE_REMITS.has(token.key) || token.text === "à";
      if (listed(token, WORD.roleStops) && !(remit && leftmostRole < 0) && !joinsRemits) break;
      if (inName[k] === 2) break;
      if (listed(token, WORD.roleNouns)) leftmostRole = k;
      // An article opens the role phrase, unless it follows a preposition ("du chef de l'État").
      if (listed(token, WORD.determiners) && leftmostRole >= 0 && !PREPOSITIONS.has(tokens[k - 1]?.key ?? "") && !CONTRACTED_ARTICLES.has(token.key)) break;
    }
    if (leftmostRole >= 0) {
      let roleStart = leftmostRole;
      while (roleStart > 0) {
        const previous = tokens[roleStart - 1]!;
        if (previous.region !== region || !previous.isWord) break;
        // "AU Commission chairperson": an organization's or a place's name qualifies the role, though its words alone name nothing ("AU", "Commission").
        const ofBody = labels[roleStart - 1] === "organization" || labels[roleStart - 1] === "place" || listed(previous, WORD.organizationHeads) || isAcronym(previous);
        if (listed(previous, WORD.roleModifiers) || listed(previous, WORD.demonyms) || (previous.capitalised && (ofBody || !listed(previous, WORD.nonNames)) && inName[roleStart - 1] !== 2)) {
          roleStart--;
          continue;
        }
        break;
      }
      const lastRoleWord = tokens[phraseEnd - 1]!;
      if (phraseEnd > roleStart && !CONNECTORS.has(lastRoleWord.key) && !listed(lastRoleWord, WORD.determiners) && !verbAfterRoleNoun(tokens, leftmostRole, phraseEnd, lexicon)) {
        roles.push(joinTokens(tokens, roleStart, phraseEnd));
        inRole.fill(1, roleStart, phraseEnd);
      }
    }
  }
  // After: ", role …," — the phrase must start with a role noun within three words.
  let at = candidate.to;
  if (tokens[at]?.text === "," && tokens[at]!.region === region) {
    at++;
    let roleStart = at;
    // « Dmitri Peskov, a jugé … »: the French auxiliary opens no role, though English spells its article so.
    while (tokens[roleStart] && lexicon.ownDeterminers.has(tokens[roleStart]!.key)) roleStart++;
    let hasRole = false;
    for (let j = roleStart; j < roleStart + 4 && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (!token.isWord || token.region !== region) break;
      if (listed(token, WORD.roleNouns)) {
        hasRole = true;
        break;
      }
      if (!listed(token, WORD.roleModifiers) && !listed(token, WORD.demonyms) && !token.capitalised) break;
    }
    if (hasRole) {
      let end = roleStart;
      const limit = roleStart + 14;
      while (end < tokens.length && end < limit) {
        const token = tokens[end]!;
        if (token.region !== region) break;
        if (!token.isWord && token.text !== "’" && token.text !== "'" && token.text !== "-") break;
        if (listed(token, WORD.roleStops) && !(token.key === "et" || token.key === "and")) break;
        // "president of the International Longshore Workers": the words of one capitalised group stay together in the role.
        const sameGroup = end > roleStart && inName[end - 1] !== 0 && tokens[end - 1]!.capitalised && tokens[end]!.start <= tokens[end - 1]!.end + 1;
        if (inName[end] && !CONNECTORS.has(tokens[end - 1]!.key) && !sameGroup) break;
        end++;
      }
      if (end > roleStart) {
        // "conseiller du président et chef de la délégation": two roles.
        let partStart = roleStart;
        for (let j = roleStart; j <= end; j++) {
          const isJoin = j < end && (tokens[j]!.key === "et" || tokens[j]!.key === "and") && lexicon.roleNouns.has(tokens[j + 1]?.key ?? "");
          if (j === end || isJoin) {
            if (j > partStart) roles.push(joinTokens(tokens, partStart, j));
            inRole.fill(1, partStart, j);
            partStart = j + 1;
            if (!isJoin && j < end) break;
          } else if ((tokens[j]!.key === "et" || tokens[j]!.key === "and") && j > partStart) {
            roles.push(joinTokens(tokens, partStart, j));
            inRole.fill(1, partStart, j);
            partStart = end + 1;
            break;
          }
        }
      }
    }
  }
}

/** Organizations and places with every mention; places know the country they stand for. */
function buildOrganizationsAndPlaces(
  ctx: DocumentContext,
  tokens: Token[],
  found: Found[],
): { organizations: OrganizationEntity[]; places: PlaceEntity[] } {
  const organizations: OrganizationEntity[] = [];
  const places: PlaceEntity[] = [];
  if (found.length === 0) return { organizations, places };
  const organizationsByKey = new Map<string, OrganizationEntity>();
  const placesByKey = new Map<string, PlaceEntity>();
  const personStarts = new Set<number>();
  for (const person of ctx.people) for (const mention of person.mentions) personStarts.add(mention.start);
  const definedAcronyms = acronymDefinitions(ctx.text, tokens, found);
  for (const item of found) {
    const span = spanOf(ctx.text, tokens, item.from, item.to);
    if (personStarts.has(span.start)) continue;
    const name = (item.kind === "organization" && definedAcronyms.get(item.name)) || item.name;
    const key = foldKey(name);
    if (item.kind === "organization") {
      let organization = organizationsByKey.get(key);
      if (!organization) {
        organization = { id: organizations.length, name, aliases: [], mentions: [] };
        organizations.push(organization);
        organizationsByKey.set(key, organization);
      }
      organization.mentions.push(span);
      if (span.text !== organization.name && !organization.aliases.includes(span.text)) organization.aliases.push(span.text);
    } else {
      let place = placesByKey.get(key);
      if (!place) {
        place = { id: places.length, name: item.name, country: item.country, mentions: [] };
        places.push(place);
        placesByKey.set(key, place);
      }
      place.mentions.push(span);
    }
  }
  addShortNames(ctx, tokens, found, organizationsByKey);
  return { organizations, places };
}

/**
 * Acronyms the text defines after an organization's name ("Federal Aviation Administration (FAA)",
 * « Organisation internationale pour les migrations (OIM) »), each to that name: their mentions are
 * that organization's.
 */
function acronymDefinitions(text: string, tokens: Token[], found: Found[]): Map<string, string> {
  const definitions = new Map<string, string>();
  const organizations = found.filter((item) => item.kind === "organization").sort((a, b) => a.from - b.from);
  for (let k = 1; k < organizations.length; k++) {
    const named = organizations[k - 1]!;
    const acronym = organizations[k]!;
    // ("Acas" is a short form as "ACAS" is: its letters are the name's initials.)
    const shortForm = isAcronym(tokens[acronym.from]!) || initialsOf(tokens, named.from, named.to) === foldKey(acronym.name);
    if (acronym.to - acronym.from !== 1 || named.to - named.from < 2 || !shortForm || definitions.has(acronym.name)) continue;
    const after = text.slice(tokens[acronym.from]!.end, tokens[acronym.from]!.end + 1);
    if (after !== ")") continue;
    const before = text.slice(tokens[named.to - 1]!.end, tokens[acronym.from]!.start);
    if (OPENING_PARENTHESIS.test(before)) {
      definitions.set(acronym.name, named.name);
      continue;
    }
    // « Communauté économique des États côtiers (CEEC) »: lower-case words the name did not take,
    // which the acronym's letters say are part of it.
    const parenthesis = acronym.from - 1;
    if (tokens[parenthesis]?.text !== "(" || parenthesis - named.to > MAX_ACRONYM_TAIL) continue;
    let tail = named.to;
    while (tail < parenthesis && tokens[tail]!.isWord && !tokens[tail]!.capitalised) tail++;
    if (tail !== parenthesis || tail === named.to || initialsOf(tokens, named.from, tail) !== foldKey(acronym.name)) continue;
    named.to = tail;
    named.name = joinTokens(tokens, named.from, tail);
    definitions.set(acronym.name, named.name);
  }
  // "the Ministry of External Affairs said …; the MEA said": an acronym of three letters or more that the text never
  // defines stands for the one organization of the text whose initials it spells. (One the text introduces in
  // parentheses with a gloss, « Freiheitliche Partei Österreichs (FPÖ, « Parti de la liberté ») », is used as written.)
  // The organizations by their initials are worked out only for such an acronym, and each acronym is looked for once (the text may be long).
  let byInitials: Map<string, string | null> | null = null;
  const tried = new Set<string>();
  for (const acronym of organizations) {
    if (acronym.to - acronym.from !== 1 || acronym.name.length < 3 || !isAcronym(tokens[acronym.from]!) || definitions.has(acronym.name) || tried.has(acronym.name)) continue;
    tried.add(acronym.name);
    if (text.includes(`(${acronym.name}`)) continue;
    byInitials ??= organizationsByInitials(tokens, organizations);
    const name = byInitials.get(foldKey(acronym.name));
    if (name) definitions.set(acronym.name, name);
  }
  return definitions;
}

/** The name of the one organization of two words or more whose initials spell each key, or null when several do. */
function organizationsByInitials(tokens: Token[], organizations: readonly Found[]): Map<string, string | null> {
  const byInitials = new Map<string, string | null>();
  for (const named of organizations) {
    if (named.to - named.from < 2) continue;
    const initials = initialsOf(tokens, named.from, named.to);
    const earlier = byInitials.get(initials);
    byInitials.set(initials, earlier === undefined || earlier === named.name ? named.name : null);
  }
  return byInitials;
}

const OPENING_PARENTHESIS = /^\s?\(\s?$/;
/** Lower-case words between a name and the acronym that may still belong to the name. */
const MAX_ACRONYM_TAIL = 3;
/** Small words an acronym leaves out (« des », "of the"). */
const ACRONYM_SKIPS = new Set(["de", "d'", "du", "des", "la", "le", "l'", "les", "et", "à", "a", "au", "aux", "en", "pour", "sur", "of", "the", "and", "for", "on", "in"]);

/** The first letters of the words from `from` to `to`, small words aside, lower case ("ceec"). */
function initialsOf(tokens: Token[], from: number, to: number): string {
  let initials = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.isWord && !ACRONYM_SKIPS.has(token.key)) initials += token.key.charAt(0);
  }
  return initials;
}

/**
 * Mentions of an organization by its name without its head word: "Castellan" for Castellan Foods,
 * "Brightwater's board" for Brightwater Group. Only a name of one or two words that no word list
 * knows and the text never writes in lower case, written capitalised away from a sentence start.
 */
function addShortNames(ctx: DocumentContext, tokens: Token[], found: Found[], organizationsByKey: Map<string, OrganizationEntity>): void {
  const byFirstKey = new Map<string, Array<{ keys: string[]; head: string; organization: OrganizationEntity }>>();
  for (const item of found) {
    const words = item.to - item.from;
    if (item.kind !== "organization" || words < 2 || words > 3) continue;
    const head = tokens[item.to - 1]!;
    if (!listed(head, WORD.organizationHeads)) continue;
    const name = tokens.slice(item.from, item.to - 1);
    if (!name.every((token) => token.isWord && token.capitalised && token.listedIn === 0 && !token.alsoLowercase)) continue;
    const organization = organizationsByKey.get(foldKey(item.name));
    if (!organization) continue;
    const keys = name.map((token) => token.key);
    const list = byFirstKey.get(keys[0]!) ?? [];
    if (!list.some((entry) => entry.organization === organization)) list.push({ keys, head: head.key, organization });
    byFirstKey.set(keys[0]!, list);
  }
  if (byFirstKey.size === 0) return;
  // "Brightwater said …" read as a person by its verb is the company named in full before or after.
  ctx.people = ctx.people.filter((person) => {
    const key = foldKey(person.name);
    const entry = person.aliases.length === 0 && person.roles.length === 0 ? byFirstKey.get(key)?.find((candidate) => candidate.keys.length === 1) : undefined;
    if (!entry) return true;
    entry.organization.mentions.push(...person.mentions);
    return false;
  });
  const taken = new Set<number>();
  for (const entity of [...ctx.people, ...organizationsByKey.values()]) for (const mention of entity.mentions) taken.add(mention.start);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised) continue;
    const entries = byFirstKey.get(tokens[i]!.key);
    if (!entries || tokens[i]!.sentenceStart || taken.has(tokens[i]!.start)) continue;
    for (const { keys, head, organization } of entries) {
      if (!matchesAt(tokens, i, keys)) continue;
      const after = tokens[i + keys.length];
      if (after && after.isWord && (after.key === head || after.capitalised)) continue;
      organization.mentions.push(spanOf(ctx.text, tokens, i, i + keys.length));
      break;
    }
  }
  for (const organization of organizationsByKey.values()) organization.mentions.sort((a, b) => a.start - b.start);
}


/**
 * The country a word stands for in this document's language: a country, its capital, a
 * demonym or an institution that speaks for it ("Moscou", "Russes", "Kremlin" → "Russie").
 * Null when the word is none of these. Meant for meeting participants.
 */
export function countryFor(ctx: DocumentContext, words: string): string | null {
  const lexicon = lexiconFor(ctx.locale.code);
  const keys = phraseKeys(words.replace(/^(?:les|le|la|l['’]|the)\s*/i, ""));
  if (keys.length === 0) return null;
  const demonym = keys.length === 1 ? lexicon.demonyms.get(keys[0]!) : undefined;
  if (demonym) return demonym;
  const seat = lexicon.seats.get(keys.join(" "));
  if (seat) return seat;
  for (const phrase of lexicon.phrases.get(keys[0]!) ?? []) {
    if (phrase.keys.join(" ") === keys.join(" ")) return phrase.country;
  }
  return null;
}

/**
 * The named person a role-only description stands for ("un porte-parole du Kremlin" → Dmitri
 * Peskov, "le dirigeant russe" → Vladimir Poutine, "the Kremlin spokesman"), or null.
 *
 * `text` is the description as written (article included or not); `position` is where it
 * appears, so that the nearest fitting person named before it wins. A person fits when one of
 * their roles has a role noun of the same kind and the description's other words do not
 * contradict it; when only one person has a role of that kind, that is enough.
 * The quote attribution stage calls this for speakers such as "a déclaré un porte-parole".
 */
export function resolveDescription(ctx: DocumentContext, text: string, position: number): PersonEntity | null {
  const lexicon = lexiconFor(ctx.locale.code);
  const words = descriptionWords(lexicon, text);
  if (words === null) return null;
  const { head, headClass, qualifiers } = words;
  let best: PersonEntity | null = null;
  let bestScore = 0;
  let bestDistance = Infinity;
  const sameKind: PersonEntity[] = [];
  for (const person of ctx.people) {
    let score = 0;
    for (const role of person.roles) {
      // Roles are compared by their head noun: "attaché de presse du chef de l'État" is an attaché.
      const roleKeys = cachedPhraseKeys(role);
      const roleHead = roleKeys.find((key) => lexicon.roleNouns.has(key));
      if (roleHead === undefined) continue;
      const roleClass = lexicon.roleClassOf.get(roleHead);
      if (roleHead !== head && (headClass === undefined || roleClass !== headClass)) continue;
      const shared = qualifiers.filter((key) => roleKeys.includes(key) || sameCountry(lexicon, key, roleKeys)).length;
      const roleScore = 1 + (qualifiers.length === 0 ? 1 : shared === qualifiers.length ? 2 : shared > 0 ? 1 : 0);
      score = Math.max(score, roleScore);
    }
    if (score === 0) continue;
    sameKind.push(person);
    const distance = nearestMentionBefore(person, position);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = person;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (bestScore >= 2) return best;
  return sameKind.length === 1 ? sameKind[0]! : null;
}

/** What a role-only description says: its first role noun, that noun's class, and the words that qualify it. */
interface DescriptionWords {
  head: string;
  headClass: number | undefined;
  qualifiers: string[];
}

/** The words of a description, or null when it holds no role noun; read once per text and language. */
function descriptionWords(lexicon: Lexicon, text: string): DescriptionWords | null {
  const cached = lexicon.descriptions.get(text);
  if (cached !== undefined) return cached;
  const keys = phraseKeys(text.replace(/[,;.]/g, " ")).filter((key) => !lexicon.determiners.has(key));
  const head = keys.find((key) => lexicon.roleNouns.has(key));
  const words =
    head === undefined
      ? null
      : {
          head,
          headClass: lexicon.roleClassOf.get(head),
          qualifiers: keys.filter((key) => !lexicon.roleNouns.has(key) && !lexicon.roleModifiers.has(key) && key.length > 2 && !PREPOSITIONS.has(key)),
        };
  if (lexicon.descriptions.size > 10_000) lexicon.descriptions.clear();
  lexicon.descriptions.set(text, words);
  return words;
}

function sameCountry(lexicon: Lexicon, key: string, roleKeys: string[]): boolean {
  const country = lexicon.demonyms.get(key);
  if (!country) return false;
  return roleKeys.some((roleKey) => lexicon.demonyms.get(roleKey) === country);
}

function nearestMentionBefore(person: PersonEntity, position: number): number {
  let distance = Infinity;
  for (const mention of person.mentions) {
    const gap = mention.start <= position ? position - mention.start : (mention.start - position) * 4;
    if (gap < distance) distance = gap;
  }
  return distance;
}

/**
 * Role-only descriptions ("le dirigeant russe", "un porte-parole du Kremlin") that the text ties
 * to a named person become one more role of that person.
 */
function attachDescriptions(ctx: DocumentContext, tokens: Token[], notableAt: readonly number[], labels: Label[], inRole: Uint8Array): void {
  if (ctx.people.length === 0) return;
  for (const i of notableAt) {
    if (i < 1) continue;
    const token = tokens[i]!;
    // Words of a role already read by apposition ("l'attaché de presse…, Anatol Berezin") are no description.
    if (token.capitalised || inRole[i] || !listed(token, WORD.roleNouns)) continue;
    const determiner = tokens[i - 1]!;
    // "le dirigeant russe" stands for someone; "du chef de l'État" completes another noun.
    if (!listed(determiner, WORD.determiners) || CONTRACTED_ARTICLES.has(determiner.key) || determiner.region !== token.region) continue;
    if (PREPOSITIONS.has(tokens[i - 2]?.key ?? "")) continue;
    let end = i + 1;
    while (end < tokens.length && end < i + 6) {
      const next = tokens[end]!;
      if (next.region !== token.region || !next.isWord || labels[end] === "person" || listed(next, WORD.roleStops)) break;
      if (next.capitalised && listed(next, WORD.firstNames)) break;
      const afterPreposition = CONNECTORS.has(tokens[end - 1]!.key) && !listed(next, WORD.roleStops);
      const isQualifier = listed(next, WORD.demonyms) || ["de", "du", "des", "d'", "of", "the", "la", "l'"].includes(next.key) || next.capitalised || listed(next, WORD.roleNouns) || afterPreposition;
      if (!isQualifier) break;
      end++;
    }
    while (end > i + 1 && ["de", "du", "des", "d'", "of", "the", "la", "l'"].includes(tokens[end - 1]!.key)) end--;
    // Followed by a name: that is apposition, already handled.
    const following = tokens[end];
    if (following && labels[end] === null && following.capitalised && following.isWord && listed(following, WORD.firstNames)) continue;
    if (end === i + 1) continue;
    const description = joinTokens(tokens, i, end);
    const person = resolveDescription(ctx, description, token.start);
    // A description points back: « Le chef de l'État poursuivra sa tournée » is no one named only later in the text.
    // Mentions are in text order: the first says whether the person was named before.
    if (person && !person.roles.includes(description) && (person.mentions[0]?.start ?? Infinity) < token.start) person.roles.push(description);
  }
}
