/** Runs of capitalised words that may name a person, with the tests that end, extend or turn down a run. */
import type { Span } from "../../types.js";
import type { Token } from "../tokens.js";
import { type Lexicon, listed, WORD } from "./lexicon.js";
import {
  bareInitialsAt,
  CLOSING_QUOTES,
  CONNECTORS,
  hasDemonymShape,
  isBareInitial,
  isCapitalisedWord,
  isHonorificWord,
  isNameWord,
  isSurnameInCapitals,
  joinTokens,
  type Label,
  LIST_JOINS,
  type NameCandidate,
  namesRemitOfRole,
  opensWithGivenName,
  spanOf,
} from "./words.js";

/** Longer runs of capitalised words are lists or headlines, not one name; capping them keeps the pass linear. */
const MAX_NAME_WORDS = 10;

/**
 * Groups of capitalised words (with particles such as "de", "al-", "van" between them) that are
 * not organizations or places. Leading titles and role words are left out of the name and
 * recorded as evidence ("President Joe Biden" → "Joe Biden", role "President").
 */
export function findNameCandidates(tokens: Token[], capitalisedAt: readonly number[], lexicon: Lexicon, labels: Label[]): NameCandidate[] {
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
export function candidateSpan(text: string, tokens: Token[], candidate: NameCandidate): Span {
  const span = spanOf(text, tokens, candidate.from, candidate.to);
  if (!candidate.adjectiveEnd) return span;
  const end = span.end - candidate.adjectiveEnd;
  return { start: span.start, end, text: text.slice(span.start, end) };
}

/** The word keys of the candidate's name, without a compound adjective's ending. */
export function candidateKeys(tokens: Token[], candidate: NameCandidate): string[] {
  const keys: string[] = [];
  const nickname = candidate.nickname;
  for (let k = candidate.from; k < candidate.to; k++) if (!nickname || k < nickname[0] || k >= nickname[1]) keys.push(tokens[k]!.key);
  if (candidate.adjectiveEnd) keys[keys.length - 1] = keys[keys.length - 1]!.slice(0, -candidate.adjectiveEnd);
  return keys;
}
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

/**
 * A role noun among the three words before `index`, joined to it by its remit ("ministre de
 * l'Intérieur Bernard Cazeneuve"); a verb or a comma between ("le ministre a reçu Sidi Ahmed…") parts them.
 */
function roleJustBefore(tokens: Token[], index: number): boolean {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const token = tokens[k]!;
    if (token.region !== tokens[index]!.region) return false;
    // "le négociateur Abdelmalik Nasser…": the word right after the role opens the name.
    if (listed(token, WORD.roleNouns)) return k < index - 1;
    if (!token.isWord || !(token.capitalised || listed(token, WORD.particles) || listed(token, WORD.determiners))) return false;
  }
  return false;
}

/** "Presidents Buhari and Talon", "les ministres": a role noun in the plural. */
export function isPluralRole(key: string, lexicon: Lexicon): boolean {
  return key.length > 3 && (key.endsWith("s") || key.endsWith("x")) && lexicon.roleNouns.has(key.slice(0, -1));
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

/** "Gen", "Capt", "Sgt": a rank's abbreviation written without its period (a title with it: "Gen."). */
function isUndottedRank(token: Token, lexicon: Lexicon): boolean {
  return token.capitalised && !token.text.endsWith(".") && listed(token, WORD.roleNouns) && ((lexicon.listsOf.get(`${token.key}.`) ?? 0) & WORD.honorifics) !== 0;
}

/** Particles that put a father's given name into a person's name ("ben", "bin", "ibn": "son of"). */
const PATRONYMIC_PARTICLES = new Set(["ben", "bin", "ibn", "bint", "ould"]);

/** Particles that open surnames in Dutch, Flemish, Italian, Portuguese ("De Gendt", "Van Avermaet", "Di Maio"). */
export const FOREIGN_PARTICLES = new Set(["de", "van", "von", "di", "da", "del", "della", "dos", "das", "ter", "ten", "vander", "vanden"]);
