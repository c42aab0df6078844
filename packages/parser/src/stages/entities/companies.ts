/** Companies that no list knows, found by the words that introduce them (« la société Norvalis », "shares of Corvane"), and the short names glued to a known organization. */
import type { Token } from "../tokens.js";
import { type Lexicon, listed, WORD } from "./lexicon.js";
import { isOrganizationAdjective } from "./organizations.js";
import {
  CONTRACTED_ARTICLES,
  type Found,
  isCapitalisedWord,
  isHonorificWord,
  isNameWord,
  joinTokens,
  type Label,
  namesRemitOfRole,
  opensWithGivenName,
} from "./words.js";

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
export function findIntroducedCompanies(tokens: Token[], capitalisedAt: readonly number[], labels: Label[], lexicon: Lexicon, known: readonly Found[]): Found[] {
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
export function findShortNames(tokens: Token[], capitalisedAt: readonly number[], labels: Label[], known: readonly Found[]): Found[] {
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
