/** Quotations split around the attribution French writes inside them (« …, a-t-il expliqué. … »). */
import type { MarkedQuote } from "./quote-marks.js";
import type { Lexicon } from "./reporting-verbs.js";
import { isSpace } from "./sentences.js";

/** Words after an incise's inverted pronoun, at most: a participle and a short audience or medium (« a-t-il dit au journal Le Matin »). */
const MAX_INCISE_TAIL_WORDS = 6;

/** Inverted verbs of saying written inside a quotation, by language: built once per lexicon. */
const inciseFinders = new WeakMap<Lexicon, RegExp | null>();

/**
 * ", a-t-il expliqué. " or ", assure-t-elle, " inside a quotation: a comma, a verb with its inverted pronoun joined by
 * a hyphen (and the participle after an auxiliary), then a comma or a sentence end before more quoted words.
 */
function inciseFinder(lexicon: Lexicon): RegExp | null {
  if (inciseFinders.has(lexicon)) return inciseFinders.get(lexicon) ?? null;
  const pronouns = [...lexicon.invertedPronouns].join("|");
  // The words after the pronoun: a participle, and whom or where it was said to (« a-t-elle dit à la presse »).
  const finder = pronouns === "" ? null : new RegExp(`,\\s+([\\p{L}]+)-(?:t-)?(?:${pronouns})((?:\\s+[\\p{L}'’]+){0,${MAX_INCISE_TAIL_WORDS}})\\s*([.,;])\\s+(?=\\S)`, "gu");
  inciseFinders.set(lexicon, finder);
  return finder;
}

/**
 * ", a prévenu un délégué syndical. " inside a quotation: a comma, a verb of saying (an auxiliary and its participle, or
 * a finite form), a subject that opens with an article or a name, then a sentence end before more quoted words (or a
 * paragraph that reopens the quotation).
 */
const NOUN_INCISE = /,\s+(\p{L}+)\s+(\p{L}+)\s+([^.;!?«»“”"\n]{0,100}?[^\s.;!?«»“”"\n]{2})[.;]\s+(?=\S)/gu;

/**
 * Whether an incise with an inverted pronoun has a verb of saying (« a-t-il expliqué », « assure-t-elle »), followed
 * by nothing but words of an audience or medium, or names (« a-t-elle dit à la presse », « confie-t-il à l'AFP »).
 */
function saysByPronoun(match: RegExpMatchArray, lexicon: Lexicon): boolean {
  const [, verb = "", tail = ""] = match;
  const lowerVerb = verb.toLowerCase();
  const words = tail.split(/\s+/u).filter((word) => word !== "");
  const auxiliary = lexicon.auxiliaries.has(lowerVerb);
  if (auxiliary ? !lexicon.participles.has(words[0]?.toLowerCase() ?? "") : !lexicon.finite.has(lowerVerb)) return false;
  return words.slice(auxiliary ? 1 : 0).every((word) => isAudienceWord(word, lexicon));
}

/** Whether a word can belong to an audience or medium after a verb of saying: "à", "la", "presse", a name ("l'AFP"). */
function isAudienceWord(word: string, lexicon: Lexicon): boolean {
  const elided = word.toLowerCase().replace(/’/g, "'").match(/^(\p{L}+')(.*)$/u);
  if (elided) return lexicon.audience.has(elided[1] as string) && (elided[2] === "" || isAudienceWord(word.slice((elided[1] as string).length), lexicon));
  const lower = word.toLowerCase();
  return lexicon.audience.has(lower) || lexicon.prepositions.has(lower) || lexicon.articles.has(lower) || /^\p{Lu}/u.test(word);
}

/** Whether an incise with a subject after its verb says: « a prévenu un délégué », « souligne le maire », « explique Paul Roux ». */
function saysByNoun(match: RegExpMatchArray, lexicon: Lexicon): boolean {
  const [, first = "", second = "", rest = ""] = match;
  const lowerFirst = first.toLowerCase();
  const lowerSecond = second.toLowerCase();
  if (lexicon.auxiliaries.has(lowerFirst) && lexicon.participles.has(lowerSecond)) return opensSubject(rest.split(/\s+/u)[0] ?? "", lexicon);
  return lexicon.finite.has(lowerFirst) && opensSubject(second, lexicon);
}

/** Whether a word can open an inverted subject: an article (« le », « l'ancien ») or a capitalised name. */
function opensSubject(word: string, lexicon: Lexicon): boolean {
  const lower = word.toLowerCase().replace(/’/g, "'");
  const elided = lower.match(/^(\p{L}+')/u);
  return lexicon.articles.has(elided ? (elided[1] as string) : lower) || /^\p{Lu}\p{Ll}/u.test(word);
}

/** The first index from `i` that is no padding space. */
function skipPadding(text: string, i: number): number {
  let j = i;
  while (j < text.length && /[\s\u00a0\u202f\u2009\u2007]/u.test(text[j] as string)) j++;
  return j;
}

/** Whether a hyphen stands in `text(from, end)`. */
function hyphenWithin(text: string, from: number, end: number): boolean {
  for (let i = from + 1; i < end; i++) if (text.charCodeAt(i) === 45) return true;
  return false;
}

/** Whether a period or a semicolon followed by a space stands in `text(from, end)`. */
function sentenceBreakWithin(text: string, from: number, end: number): boolean {
  for (let i = from + 1; i < end - 1; i++) {
    const code = text.charCodeAt(i);
    if ((code === 46 || code === 59) && isSpace(text[i + 1] as string)) return true;
  }
  return false;
}

/**
 * Splits a quotation around the attribution that French writes inside it (« Nous avons perdu des
 * parts, a-t-il expliqué. Aucune usine ne tient. »): the verb and its pronoun are not the speaker's
 * words, and each side is a quotation of its own. Only a verb of saying splits, so a quoted
 * question (« Que veut-il, au fond ? ») stays whole.
 */
export function splitAtIncises(text: string, marked: MarkedQuote[], lexicon: Lexicon): MarkedQuote[] {
  const finder = inciseFinder(lexicon);
  if (finder === null) return marked;
  const split: MarkedQuote[] = [];
  /** The first comma at or after the last place looked from (the text's length when none): both kinds of incise open with one. */
  let nextComma = -1;
  for (const quote of marked) {
    if (nextComma < quote.start) {
      nextComma = text.indexOf(",", quote.start);
      if (nextComma < 0) nextComma = text.length;
    }
    // An incise with a pronoun holds a hyphen after its comma; one with a noun, a period or a semicolon before more words.
    const byPronoun = nextComma < quote.end && hyphenWithin(text, nextComma, quote.end);
    const byNoun = nextComma < quote.end && sentenceBreakWithin(text, nextComma, quote.end);
    if (!byPronoun && !byNoun) {
      split.push(quote);
      continue;
    }
    let rest = quote;
    const inner = text.slice(quote.start, quote.end);
    finder.lastIndex = 0;
    NOUN_INCISE.lastIndex = 0;
    const pronounIncises = byPronoun ? [...inner.matchAll(finder)].filter((match) => saysByPronoun(match, lexicon)) : [];
    const nounIncises = byNoun ? [...inner.matchAll(NOUN_INCISE)].filter((match) => saysByNoun(match, lexicon)) : [];
    const incises = [...pronounIncises, ...nounIncises];
    incises.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    for (const match of incises) {
      const comma = quote.start + (match.index ?? 0);
      if (comma < rest.start) continue;
      let resume = comma + match[0].length;
      // « …, a déclaré X.¶« Il en va … »: the next paragraph reopens the quotation; its mark is not quoted.
      if (text[resume] === text[quote.open]) resume = skipPadding(text, resume + 1);
      split.push({ open: rest.open, start: rest.start, end: comma, close: comma + 1 });
      rest = { open: resume, start: resume, end: quote.end, close: quote.close };
    }
    split.push(rest);
  }
  return split;
}
