/** Organizations found by the gazetteer's phrases and by groups of capitalised words around an organization's head (« ministère de l'Intérieur », "Food and Drug Administration"). */
import { zoneAbbreviations } from "../time-zones.js";
import type { Token } from "../tokens.js";
import { capitalsMatch, type Lexicon, listed, WORD } from "./lexicon.js";
import {
  CONNECTORS,
  type Found,
  isAcronym,
  isAllCapitals,
  isHonorificWord,
  isInitialsOfGivenNames,
  isNameWord,
  isPersonVerbAfter,
  isSurnameInCapitals,
  joinTokens,
  type Label,
  lastCharCode,
  startsWithDigit,
} from "./words.js";

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
export function findKnownPhrases(tokens: Token[], notableAt: readonly number[], lexicon: Lexicon, labels: Label[]): Found[] {
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

export function matchesAt(tokens: Token[], at: number, keys: string[]): boolean {
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
export function isOrganizationAdjective(text: string): boolean {
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
export function findOrganizationGroups(tokens: Token[], notableAt: readonly number[], labels: Label[], lexicon: Lexicon): Found[] {
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

/**
 * Whether the capitalised word at `at`, after an organization's head, starts a person rather
 * than continuing the organization's name: a title before a name ("Institute Director Jane
 * Doe") or a lone surname that a speaking verb follows ("the Andean Community Smith said").
 */
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

/** Length of "de", "de la", "of the", "d'", "for" at `at` in an organization name, or 0. */
function connectorLength(tokens: Token[], at: number): number {
  const first = tokens[at]?.key;
  const second = tokens[at + 1]?.key;
  if (first === undefined) return 0;
  if ((first === "de" || first === "of" || first === "for") && (second === "la" || second === "l'" || second === "the")) return 2;
  if (first === "de" || first === "du" || first === "des" || first === "d'" || first === "of" || first === "for" || first === "and" || first === "et") return 1;
  return 0;
}
