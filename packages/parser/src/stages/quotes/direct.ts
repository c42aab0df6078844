/** Tests on a quotation in a sentence: whether it is speech rather than a name or a title, and the speaker found around it when no reading gives one. */
import type { MarkedQuote } from "./quote-marks.js";
import { type Lexicon, type SpeechToken, startsLowerCase } from "./reporting-verbs.js";
import { phraseEvidence, type QuoteEvidence } from "./evidence.js";

/** Adverb words between an auxiliary and its participle: three for « a pour sa part reproché », « a de son côté dénoncé ». */
const MAX_ADVERBS_AFTER_AUXILIARY = 3;

/** Where the verb at `i` starts with its auxiliary ("a défendu" → "a"); `i` when it has none. */
export function auxiliaryBefore(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): number {
  for (let j = i - 1; j >= 0 && i - j <= MAX_ADVERBS_AFTER_AUXILIARY + 1; j--) {
    const word = (tokens[j] as SpeechToken).word;
    if (lexicon.auxiliaries.has(word)) return j;
    if (!lexicon.adverbs.has(word)) break;
  }
  return i;
}

/** Words between a viewpoint marker and its comma, at most (« Pour le maire de Lyon, Jean Roux, »). */
const MAX_VIEWPOINT_TOKENS = 10;

/**
 * The holder of the view a sentence opens with (« Pour Claire Joly, … », "For Haddad, …"), when the quotation at `t`
 * comes after it; what is no named one (« Pour l'instant, … ») is dropped with the quote's missing verb.
 */
export function viewpointEvidence(tokens: readonly SpeechToken[], t: number, lexicon: Lexicon): QuoteEvidence | null {
  if (!lexicon.viewpointMarkers.has(tokens[0]?.word ?? "")) return null;
  // Only someone named or a pronoun holds a view: « Pour les séries générales, … » opens no one's words.
  let someone = false;
  for (let j = 1; j < t && j <= MAX_VIEWPOINT_TOKENS + 1; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ",") return someone ? phraseEvidence(tokens, 1, j - 1, "first", lexicon) : null;
    if (token.quote >= 0) return null;
    if (token.capitalised || lexicon.subjectPronouns.has(token.word)) someone = true;
  }
  return null;
}

/** Whether no word comes after token `t`. */
export function noWordAfter(tokens: readonly SpeechToken[], t: number): boolean {
  for (let j = t + 1; j < tokens.length; j++) if ((tokens[j] as SpeechToken).isWord) return false;
  return true;
}

/** Token indexes of speech-act words ("évoque", "called") in the sentence. */
export function findSpeechActs(tokens: readonly SpeechToken[], lexicon: Lexicon): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]?.isWord && lexicon.speechActs.match(tokens, i) > 0) found.push(i);
  return found;
}

/** Whether a verb of saying, or a quotation standing for one (« a « exhorté » »), comes before token `t` in its sentence. */
export function saidBefore(tokens: readonly SpeechToken[], t: number, lexicon: Lexicon): boolean {
  for (let j = 0; j < t; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0 || (token.isWord && (lexicon.finite.has(token.word) || lexicon.participles.has(token.word)))) return true;
  }
  return false;
}

/** Whether the verb at `cueFirst` comes right after the quotation at `t`, set off by a comma inside or after its marks (« … », détaille Y). */
export function setOffBefore(tokens: readonly SpeechToken[], t: number, cueFirst: number): boolean {
  return (cueFirst === t + 1 && (tokens[t] as SpeechToken).trailing === ",") || (cueFirst === t + 2 && tokens[t + 1]?.word === ",");
}

/** The first word of `text` in lower case, an elided one with its apostrophe (« n' », "doesn't"). */
function firstWordOf(text: string): string {
  return (/\p{L}+(?:['’]t(?!\p{L})|['’])?/u.exec(text)?.[0] ?? "").toLowerCase();
}

/** Whether the quotation's first word is a reporting verb ("« félicite chaleureusement »"). */
export function startsWithVerb(text: string, quote: MarkedQuote, lexicon: Lexicon): boolean {
  const first = /[\p{L}'’-]+/uy;
  first.lastIndex = quote.start;
  const word = first.exec(text)?.[0].toLowerCase();
  return word !== undefined && (lexicon.finite.has(word) || lexicon.speechActs.has(word)) && !lexicon.auxiliaries.has(word);
}

/**
 * Whether a quotation glosses the name before it inside parentheses: "(FPÖ, « Parti de la liberté
 * autrichien »)" translates a party's name, nobody says it.
 */
export function isNameGloss(tokens: readonly SpeechToken[], t: number): boolean {
  return tokens[t - 1]?.word === "," && tokens[t - 2]?.capitalised === true && tokens[t - 3]?.word === "(" && tokens[t + 1]?.word === ")";
}

/**
 * Whether a quotation holds someone's words rather than a name, a title or a scare quote: one word
 * never does; two or three only when attributed and not used as a name; longer ones do.
 */
export function isSpeech(tokens: readonly SpeechToken[], t: number, words: number, attributed: boolean, lexicon: Lexicon, text: string, quote: MarkedQuote, cueAfter: boolean): boolean {
  if (words < 2) return false;
  const inner = text.slice(quote.start, quote.end);
  let k = t - 1;
  while (k >= 0 && lexicon.articles.has((tokens[k] as SpeechToken).word)) k--;
  const before = tokens[k];
  // (« Pour Claire Joly, le plan « va dans le bon sens » »: words that open with a verb are said of the noun, they do not name it.)
  const saidOfNoun = attributed && lexicon.predicateOpeners.has(firstWordOf(inner));
  if (before && lexicon.namingWords.has(before.word) && !characterisesObject(tokens, k, inner, lexicon) && !saidOfNoun) return false;
  // In apposition to a naming noun, a capitalised quotation is a title: "son premier film, « Les Oiseaux de papier »".
  if (before?.word === "," && lexicon.namingWords.has(tokens[k - 1]?.word ?? "") && !LOWER_CASE_OPENING.test(inner)) return false;
  if (words <= 6 && !/[.!?,;:]/.test(inner) && (inner.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) === words) return false;
  if (words >= 4) return true;
  if (!attributed) return false;
  // Used as a modifier, it names a thing: the “one China” policy, le « réduit nationaliste » taïwanais.
  const next = tokens[t + 1];
  // (A cue right after it may be inverted, "« Le pont rouvrira », assure-t-il".)
  // (Nor does an auxiliary after it: « … a assuré que « toutes les questions » avaient été abordées ».)
  const verbLike = next !== undefined && (cueAfter || lexicon.speechActs.match(tokens, t + 1) > 0 || lexicon.finite.has(next.word) || lexicon.participles.has(next.word) || lexicon.audience.has(next.word) || lexicon.auxiliaries.has(next.word) || lexicon.clauseVerbs.has(next.word));
  // A participle after it ("« des restrictions inacceptables » imposées au personnel") starts a clause of its own, it qualifies no name.
  // A preposition after it ("« aucun complexe » face aux Toulousains") opens an adjunct of the clause, not a name's tail.
  const modifies = next?.isWord && !next.capitalised && !verbLike && !lexicon.functionWords.has(next.word) && !lexicon.prepositions.has(next.word) && !lexicon.adverbs.has(next.word) && !/(?:ment|ly|ée?s?)$/u.test(next.word);
  // ("held in a “free and frank” manner, said X": two coordinated words are a description someone gave, not a thing's name.)
  return !modifies || inner.includes(",") || isCoordinatedPair(inner, lexicon);
}

/** Whether `inner` is two lower-case words joined by a conjunction: "free and frank", « franc et direct ». */
function isCoordinatedPair(inner: string, lexicon: Lexicon): boolean {
  const words = inner.trim().split(/\s+/u);
  return words.length === 3 && lexicon.coordinators.has((words[1] as string).toLowerCase()) && words.every((word) => startsLowerCase(word));
}

/**
 * Whether the naming noun at `noun` is the object of a verb of judging and the quotation, opening
 * in lower case, what it is judged to be: "called the plan “a declaration of war”" quotes the one
 * who called it; "called the operation “Desert Storm”" names it.
 */
function characterisesObject(tokens: readonly SpeechToken[], noun: number, inner: string, lexicon: Lexicon): boolean {
  if (!LOWER_CASE_OPENING.test(inner) || lexicon.speechActs.match(tokens, noun) > 0) return false;
  let verb = noun - 1;
  while (verb >= 0 && lexicon.articles.has((tokens[verb] as SpeechToken).word)) verb--;
  return verb >= 0 && verb < noun - 1 && lexicon.speechActs.match(tokens, verb) > 0;
}

/** A quotation's first letter in lower case, after any opening space or punctuation. */
const LOWER_CASE_OPENING = /^[^\p{L}\p{N}]*\p{Ll}/u;
