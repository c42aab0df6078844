/** What tells a person's name from a thing's: the evidence around a candidate of several words or of one. */
import type { Token } from "../tokens.js";
import { isPluralRole } from "./candidates.js";
import { isHyphenedGivenName, NAME_SUFFIXES } from "./drafts.js";
import { type Lexicon, listed, WORD } from "./lexicon.js";
import {
  AUXILIARIES,
  bareInitialsAt,
  CLOSING_QUOTES,
  CONNECTORS,
  CONTRACTED_ARTICLES,
  isAcronym,
  isAllCapitals,
  isCapitalisedWord,
  isHonorificWord,
  isPersonVerbAfter,
  lastCharCode,
  type NameCandidate,
  namesRemitOfRole,
  previousWord,
  startsWithDigit,
} from "./words.js";

/** Words that end the names of things but are common surnames too. */
const SURNAME_LIKE = new Set(["hall", "lane", "park", "law", "church", "street", "tower", "bridge", "line", "station", "group", "plan", "day", "week", "fort", "young"]);

/** "saint Maximilien Kolbe" names a person, "rue Jean Jaurès" a street. */
const SAINTS = new Set(["saint", "sainte", "st", "st."]);

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

/**
 * How strongly the words around a candidate say it is a person, or null when they say it is
 * not (the name of a street, a prize, a building; a month; a lone sentence opener).
 */
export function personEvidence(
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
  // "the Kandar Wolesh province", "Helmand district": where modifiers precede the noun, a place noun after the name makes it a place's.
  if (lexicon.modifiersPrecedeNoun && after && after.isWord && !after.capitalised && after.region === first.region && listed(after, WORD.placeNouns)) return null;
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
export function ageAfter(tokens: Token[], at: number, text: string): boolean {
  const mark = tokens[at];
  if (mark === undefined) return false;
  // Both patterns need a space or a digit right after the mark: most marks are turned down before the regex.
  const next = text.charCodeAt(mark.start + 1);
  if (next > 32 && next < 128 && !(next >= 48 && next <= 57)) return false;
  if (mark.text === "(") return AGE_IN_PARENTHESES.test(text.slice(mark.start, mark.start + 20));
  return mark.text === "," && AGE_APPOSITION.test(text.slice(mark.start, mark.start + 12));
}

const GERUND = /^\p{Lu}\p{Ll}{2,}ing$/u;

/** Nouns of doctrines, qualities and actions ("Christianity", "Catholicism", "Gaullisme", "Sociology", "Cooperation", « Solidarité », « Stratégie »). */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:ity|ité|ism|isme|ology|ologie|égie|ergie|[aiu]tion|ction)$/u;

/** `ABSTRACT_NOUN.test(text)`; the last letter (y, m, e, é, n) turns most words down before the regex. */
function isAbstractNoun(text: string): boolean {
  const last = lastCharCode(text);
  return (last === 121 || last === 109 || last === 101 || last === 0xe9 || last === 110) && ABSTRACT_NOUN.test(text);
}

/** Particles of Arabic names that make a group of words a person's name ("al-Abadi", "ben Salmane"). */
const ARABIC_PARTICLES = new Set(["al", "el", "ben", "bin", "ibn", "abu", "abd"]);

/** The part of a key before its first hyphen (all of it when it has none). */
function beforeHyphen(key: string): string {
  const hyphen = key.indexOf("-");
  return hyphen >= 0 ? key.slice(0, hyphen) : key;
}

/**
 * A name of one word is a person only when the words next to it say so: a courtesy title or a
 * role just before it ("M. Haider", "le président Obama", "President Obama"), a speaking verb
 * just after it ("Valls a déclaré"), or a known given name inside a sentence ("le pape François").
 */
export function singleNameEvidence(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): boolean {
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

/** A short lower-case particle glued to a capitalised name: "al-Abadi", "el-Sisi". */
const GLUED_LOWERCASE_PARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

/** Every word looks like a name and none is a known place, nationality or common opener. */
export function plainNameShape(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): boolean {
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
