/** Unnamed speakers told by their noun phrase (« un diplomate européen », "critics of the plan"). */
import { letterOrDigitLength, type Lexicon, startsLowerCase, startsUpperCase } from "../quotes/reporting-verbs.js";
import { foldApostrophes, isNumber, opensWithArticleElision, opensWithElision, splitOnSpaces } from "./text.js";

/** Words of an unnamed speaker's noun phrase at most. */
export const MAX_UNNAMED_SPEAKER_WORDS = 8;
/**
 * The speaker a phrase names when no known entity is in it: its capitalised name nearest the verb
 * ("L'Élysée" → "Élysée", "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"), or the noun
 * without its article ("le préfet" → "préfet", "a European diplomat" → "European diplomat").
 */
export function unnamedSpeaker(phrase: string, prefer: "first" | "last", lexicon: Lexicon, maxWords = MAX_UNNAMED_SPEAKER_WORDS): string | null {
  const written = splitOnSpaces(phrase);
  const words = written.filter((word) => word !== "");
  // "One of the officials": the group speaks (read before "one" goes as a quantifier).
  if (words.length > 2 && isPartitive(words, lexicon)) {
    words.splice(0, 2);
    // ("one of them" names no one by itself.)
    if (words.length === 1 && lexicon.pluralPronouns.has((words[0] as string).toLowerCase())) return null;
  }
  while (words.length > 0) {
    const head = foldApostrophes((words[0] as string).toLowerCase());
    const elided = head.includes("'") ? head.match(/^(?:l|d|qu)'(.+)$/u) : null;
    if (elided) {
      words[0] = (words[0] as string).slice(head.length - (elided[1] as string).length);
      break;
    }
    // An audience noun before the speaker ("aux journalistes le porte-parole") goes; one with its own
    // modifier ("la presse autrichienne") heads the phrase.
    const next = words[1] ?? "";
    const modifier = startsLowerCase(next) && !opensWithElision(next) && !lexicon.articles.has(next.toLowerCase()) && !lexicon.functionWords.has(next.toLowerCase());
    // ("the agency said": an audience noun that is the whole phrase is the speaker itself.)
    // (A capitalised word is a name's: "a State Department official" is no audience noun before "Department official".)
    const audienceBefore = lexicon.audience.has(head) && !modifier && words.length > 1 && !(startsUpperCase(words[0] as string) && startsUpperCase(next));
    const determiner = lexicon.articles.has(head) || lexicon.quantifiers.has(head) || lexicon.possessives.has(head);
    // "A few days later the administration said": a span of time and its adverb stand before the subject's article.
    // (Only an adverb that is no grammatical word: « de », « le » are listed among French adverbs.)
    const adverb = next.toLowerCase();
    const timeBefore = lexicon.adverbs.has(adverb) && !lexicon.functionWords.has(adverb) && !lexicon.articles.has(adverb) && !lexicon.prepositions.has(adverb) && !lexicon.functionWords.has(head) && lexicon.articles.has((words[2] ?? "").toLowerCase());
    if (timeBefore) words.splice(0, 2);
    else if (determiner || audienceBefore || lexicon.adverbs.has(head)) words.shift();
    else break;
  }
  // « le communiqué reçu par Nordpresse », "a statement obtained by Reuters": the document speaks, not the one that received it.
  const recipient = words.findIndex((word, k) => k > 0 && lexicon.recipientParticiples.has(word.toLowerCase()) && lexicon.passiveAgents.has((words[k + 1] ?? "").toLowerCase()));
  if (recipient > 0) words.length = recipient;
  // "a recent report by The Atlantic": the agent of the document speaks.
  const agent = words.findIndex((word, k) => k > 0 && startsUpperCase(words[k + 1] ?? "") && lexicon.passiveAgents.has(word.toLowerCase()));
  if (agent > 0) words.splice(0, agent + 1);
  // "l'un des Sindumuja", "one of the protesters": the group speaks.
  if (words.length > 2 && isPartitive(words, lexicon)) {
    words.splice(0, 2);
    while (words.length > 1 && lexicon.articles.has((words[0] as string).toLowerCase())) words.shift();
  }
  // Names after a preposition complement the head: "Peter Iseley of victim group Ending Clergy Abuse".
  const preposition = words.findIndex((word, k) => {
    if (k === 0) return false;
    const lowered = word.toLowerCase();
    return lexicon.functionWords.has(lowered) && !lexicon.articles.has(lowered) && !NAME_PARTICLES.has(lowered);
  });
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!startsUpperCase(words[i] as string)) continue;
    let end = i + 1;
    // A number goes on with the name before it: "Sdis 29", "Apollo 11".
    while (end < words.length && (startsUpperCase(words[end] as string) || isNumber(words[end] as string) || (NAME_PARTICLES.has(words[end] as string) && startsUpperCase(words[end + 1] ?? "")))) end++;
    // "Présidence de la République", "Presidency of the Republic": a genitive and its article inside one name.
    if (end + 2 < words.length && NAME_PARTICLES.has(words[end] as string) && lexicon.articles.has(words[end + 1] as string) && startsUpperCase(words[end + 2] as string)) {
      end += 2;
      while (end < words.length && startsUpperCase(words[end] as string)) end++;
    }
    runs.push([i, end]);
    i = end - 1;
  }
  // A document or outlet named in apposition to its noun speaks by that name: "un sondage Ifop publié dimanche",
  // "l'agence officielle MAP", "le quotidien Le Monde".
  const headNounWord = foldApostrophes((words[0] ?? "").toLowerCase());
  if (startsLowerCase(words[0] ?? "") && (lexicon.documentNouns.has(headNounWord) || lexicon.organizationNouns.has(headNounWord) || lexicon.audience.has(headNounWord))) {
    let k = 1;
    while (k < words.length && startsLowerCase(words[k] as string) && !lexicon.functionWords.has((words[k] as string).toLowerCase()) && !lexicon.prepositions.has((words[k] as string).toLowerCase())) k++;
    // « l'agence de presse Anadolu »: a genitive and its common noun complete the outlet's noun.
    if (k + 2 < words.length && lexicon.genitives.has((words[k] as string).toLowerCase()) && startsLowerCase(words[k + 1] as string) && !lexicon.functionWords.has((words[k + 1] as string).toLowerCase())) k += 2;
    const apposed = runs.find(([first]) => first === k);
    if (k < words.length && apposed) return clean(words.slice(apposed[0], apposed[1]).join(" "));
  }
  // A common noun heads the phrase ("un porte-parole du Kremlin", "source close to Renault"): no name to take.
  // So does a capitalised title whose complement is a common noun ("le Ministre de la défense").
  const lowercaseHead = startsLowerCase(words[0] ?? "") || isTitleWithComplement(words, lexicon);
  const headRuns = runs.filter(([first]) => preposition < 0 || first < preposition);
  const named = lowercaseHead ? [] : headRuns.filter(([first]) => !lexicon.functionWords.has((words[first] as string).toLowerCase()));
  const run = prefer === "first" ? named[0] : named[named.length - 1];
  if (run) {
    // A name followed only by its common noun is one speaker: "Thai Raksa Chart party", "European diplomat".
    // Up to a complement where nouns follow their modifiers: "A Western diplomat in Cairo" is a Western diplomat.
    let restEnd = preposition > run[1] && lexicon.words.modifiersPrecedeNoun ? preposition : words.length;
    // "a Paraguayan foreign ministry statement": the body the document is of speaks for it.
    const last = (words[restEnd - 1] ?? "").toLowerCase();
    if (restEnd - run[1] > 1 && lexicon.documentNouns.has(last) && lexicon.organizationNouns.has((words[restEnd - 2] as string).toLowerCase())) restEnd--;
    const rest = words.slice(run[1], restEnd);
    // A document after the name is its author's ("according to Eurostat figures"): the name alone speaks.
    const nounAfter = rest.length > 0 && rest.length <= MAX_NOUNS_AFTER_NAME && rest.every((word) => startsLowerCase(word) && !lexicon.functionWords.has(word) && !lexicon.adverbs.has(word) && !lexicon.documentNouns.has(word) && !/ly$/u.test(word));
    // "the Yonhap news agency": an outlet speaks by its name alone.
    const outlet = rest.every((word) => lexicon.outletNouns.has(word.toLowerCase()));
    const name = nounAfter && !outlet ? words.slice(run[0], restEnd) : words.slice(run[0], run[1]);
    // "Brazil's National Institute for Space Research", "Johnson's critics": the owner is not part of the
    // name; but one capitalised word after it is no name of its own: "the Sheriff's Office".
    const owner = name.findIndex((word, k) => k < name.length - 1 && /['’]s$/u.test(word) && !(k === name.length - 2 && startsUpperCase(name[k + 1] as string)));
    // ("Argentina's foreign ministry", "Peru's central bank": a body named only by its kind keeps the owner that tells which.)
    const kind = name.slice(owner + 1);
    const ownedKind = owner >= 0 && kind.every((word) => startsLowerCase(word)) && lexicon.organizationNouns.has((kind[kind.length - 1] as string).toLowerCase());
    return clean((ownedKind ? name : kind).join(" "));
  }
  // An unnamed speaker: a short noun phrase with its article ("le préfet"), or a plural noun ("critics").
  const hadArticle = words.length < written.length || opensWithArticleElision(phrase);
  // The noun and its complements, up to the first other grammatical word ("critics from across …" → "critics").
  // An article after a connector goes on with the complement ("spokesperson for the ministry", "source close to the mayor"),
  // and so does a particle inside a name ("Department for Business and Trade").
  const stop = words.findIndex((word, k) => {
    const folded = foldApostrophes(word.toLowerCase());
    // "responsable européen s'exprimant sous couvert d'anonymat": an elided pronoun or negation opens a verb, no complement.
    const elision = folded.indexOf("'") + 1;
    if (k > 0 && elision > 0 && elision < folded.length && VERB_ELISIONS.has(folded.slice(0, elision))) return true;
    // "responsable ayant requis l'anonymat", "an official having asked …": an auxiliary opens a clause on the noun.
    if (k > 0 && lexicon.auxiliaries.has(folded) && !lexicon.articles.has(folded)) return true;
    if (k === 0 || !lexicon.functionWords.has(folded)) return false;
    // "représentant … en RDC" names where the speaker serves; "diplomate en poste à Bruxelles" only where they are.
    if (folded === "en") return !startsUpperCase(words[k + 1] ?? "");
    // "person familiar with the talks", "official with knowledge of the bids": who they are, not whom they were with.
    if (folded === "with") return !KNOWING_ADJECTIVES.has((words[k - 1] as string).toLowerCase()) && (words[k + 1] ?? "").toLowerCase() !== "knowledge";
    if (CONNECTORS.has(folded)) return false;
    // ("sources familiar with his thinking": a possessive opens the complement as an article does.)
    if ((lexicon.articles.has(folded) || lexicon.possessives.has(folded)) && CONNECTORS.has((words[k - 1] as string).toLowerCase())) return false;
    return !(NAME_PARTICLES.has(folded) && startsUpperCase(words[k - 1] as string) && startsUpperCase(words[k + 1] ?? ""));
  });
  // "une voyageuse rencontrée sur le quai", "a resident interviewed by phone": a participle and its complement describe, the
  // noun speaks (but "ministre chargé des Transports", "délégué à l'Industrie" are titles, "forces armées" a noun and its adjective).
  if (stop > 1 && PARTICIPLE_END.test(words[stop - 1] as string) && !TITLE_LINKS.has((words[stop] as string).toLowerCase()) && lexicon.prepositions.has((words[stop] as string).toLowerCase())) {
    words.length = stop - 1;
  } else if (stop > 0) words.length = stop;
  // « la présidence de son pays », "the spokesman of his party": a complement opened by a possessive points back to
  // someone named elsewhere; the noun alone names the speaker.
  const possessiveComplement = words.findIndex((word, k) => k > 0 && lexicon.genitives.has(word.toLowerCase()) && lexicon.possessives.has((words[k + 1] ?? "").toLowerCase()));
  if (possessiveComplement > 0) words.length = possessiveComplement;
  if (words.length === 0 || words.length > maxWords) return null;
  if (lexicon.functionWords.has((words[0] as string).toLowerCase())) return null;
  // Without an article, a plural or collective noun still names a group: "critics", "state police".
  const last = (words[words.length - 1] as string).toLowerCase();
  // So does a plural noun with its complement: "sources familiar with his plans", "officials close to the talks".
  const second = (words[1] ?? "").toLowerCase();
  const complemented = words.length > 2 && (/\p{Ll}[sx]$/u.test(words[0] as string) || lexicon.collectiveNouns.has((words[0] as string).toLowerCase())) && (CONNECTORS.has(second) || KNOWING_ADJECTIVES.has(second) || lexicon.prepositions.has(second));
  if (!hadArticle && !complemented && !(words.length <= 2 && (/[sx]$/u.test(last) || lexicon.collectiveNouns.has(last)))) return null;
  return clean(words.join(" "));
}

/** Whether the first two words make a partitive ("one of", « l'un des »): read only when the first opens one. */
function isPartitive(words: readonly string[], lexicon: Lexicon): boolean {
  const first = (words[0] as string).toLowerCase();
  return partitiveFirstWords(lexicon).has(first) && lexicon.partitives.has(`${first} ${(words[1] as string).toLowerCase()}`);
}

/** Each language's partitives' first words, made on first use. */
const partitiveFirstSets = new WeakMap<Lexicon, Set<string>>();

function partitiveFirstWords(lexicon: Lexicon): Set<string> {
  let first = partitiveFirstSets.get(lexicon);
  if (!first) {
    first = new Set([...lexicon.partitives].map((partitive) => partitive.slice(0, partitive.indexOf(" "))));
    partitiveFirstSets.set(lexicon, first);
  }
  return first;
}

/** Common nouns after a name that still make one speaker with it: "Chinese foreign ministry spokesperson". */
const MAX_NOUNS_AFTER_NAME = 3;

/** A single capitalised word, then a genitive and a common noun: "Ministre de la défense", not "Banque de France". */
function isTitleWithComplement(words: readonly string[], lexicon: Lexicon): boolean {
  const linking = (words[1] ?? "").toLowerCase();
  // French folds the genitive into the article: "Directeur des routes".
  if (!startsUpperCase(words[0] ?? "") || !(lexicon.genitives.has(linking) || lexicon.articles.has(linking))) return false;
  let k = 2;
  while (k < words.length && lexicon.articles.has((words[k] as string).toLowerCase())) k++;
  return startsLowerCase(words[k] ?? "");
}

/** A past participle's ending: "rencontrée", "interrogés", "interviewed". */
const PARTICIPLE_END = /\p{Ll}(?:ée?s?|ed)$/u;

/** Words after a participle that make it part of a title ("chargé des Transports", "délégué à l'Industrie"). */
const TITLE_LINKS = new Set(["de", "du", "des", "d'", "à", "au", "aux", "of", "for", "to"]);

export const CONNECTORS = new Set(["de", "du", "des", "d'", "of", "to", "for", "la", "l'", "close", "proche", "with", "within"]);

/** Elided words that only open a verb: "s'exprimant", "n'ayant", "qu'il". */
const VERB_ELISIONS = new Set(["s'", "n'", "qu'"]);

/** Adjectives whose "with" complement says who the unnamed speaker is ("familiar with the talks"). */
const KNOWING_ADJECTIVES = new Set(["familiar", "acquainted"]);

/** The phrase without what opens it before a letter or digit, nor what closes it after one, a period or a parenthesis; null when empty or too long. */
function clean(phrase: string): string | null {
  // `phrase.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, "")`, read from the character tables.
  let start = 0;
  while (start < phrase.length && letterOrDigitLength(phrase, start) === 0) start++;
  let end = phrase.length;
  while (end > start) {
    const code = phrase.charCodeAt(end - 1);
    if (code === 46 || code === 41) break;
    const pair = end - 2 >= start && code >= 0xdc00 && code <= 0xdfff && letterOrDigitLength(phrase, end - 2) === 2;
    if (pair || letterOrDigitLength(phrase, end - 1) > 0) break;
    end--;
  }
  const cleaned = phrase.slice(start, end);
  return cleaned === "" || cleaned.length > 80 ? null : cleaned;
}

const NAME_PARTICLES = new Set(["de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "della", "bin", "ibn", "al", "el", "le", "la", "of", "for", "and", "to"]);
