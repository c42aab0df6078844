/** The entity word lists of each language, compiled once into a lexicon of per-word bits and phrase tables, and the lookups the passes share. */
import { locales } from "../../locales/index.js";
import { foldKey, type Token } from "../tokens.js";
import type { DescriptionWords } from "./roles.js";

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

export interface Lexicon {
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
export const WORD = {
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
export const HONORIFIC_WITH_PERIOD = 1 << 23;
/**
 * The lowercase words a pass may start from: a gazetteer phrase written in lower case, an
 * organization's head ("ministère"), a role noun of a description ("le porte-parole").
 */
export const NOTABLE_LOWERCASE = WORD.lowercasePhrases | WORD.organizationHeads | WORD.roleNouns;

/** Whether the lexicon's word list `list` (a `WORD` bit) holds the token's word. */
export function listed(token: Token, list: number): boolean {
  return (token.listedIn & list) !== 0;
}

/** The lexicon of each document language: its own lists first, the other language's as fallback. */
const lexicons = new Map<string, Lexicon>();

export function lexiconFor(code: "fr" | "en"): Lexicon {
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

export function cachedPhraseKeys(text: string): string[] {
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
export function phraseKeys(text: string): string[] {
  return phraseWords(text).map(foldKey);
}

export function capitalsMatch(tokens: Token[], at: number, phrase: Phrase): boolean {
  for (let k = 1; k < phrase.capitals.length; k++) if (phrase.capitals[k] && !tokens[at + k]!.capitalised) return false;
  return true;
}
