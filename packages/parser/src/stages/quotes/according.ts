/** Sources introduced by "selon", "according to" or "as": who the source is and which words it reports. */
import type { Cue, Lexicon, SpeechToken } from "./reporting-verbs.js";
import { contentBefore, contentEnd } from "./clauses.js";
import { isFiniteVerb, isNamePeriod, isPluralPossessive, isRelativePronoun, JOINS_NAME, phraseEvidence } from "./evidence.js";
import { MAX_GAP_TOKENS, MAX_NAME_TOKENS, MAX_SUBJECT_TOKENS } from "./limits.js";
import type { Reading } from "./readings.js";
import { SENTENCE_END } from "./sentences.js";

/** Tokens of a source after "selon", "according to": "a joint statement from the Saudi Foreign Ministry and the U.S. State Department". */
const MAX_SOURCE_TOKENS = 20;

/** "selon X, …", "…, selon X", "… selon X.", "according to X, …", "une déclaration selon laquelle …". */
export function readAccording(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): Reading {
  if (lexicon.accordingRelatives.has(tokens[cue.last + 1]?.word ?? "")) return readAccordingRelative(tokens, cue, lexicon);
  if (lexicon.ownSources.has(tokens[cue.last + 1]?.word ?? "")) return { cue, evidence: null, content: null };
  let end = cue.last + 1;
  while (end < tokens.length && end - cue.last < MAX_SOURCE_TOKENS && (tokens[end]?.isWord || isNamePeriod(tokens, end) || isPluralPossessive(tokens, end))) end++;
  if (end === cue.last + 1) return { cue, evidence: null, content: null };
  const evidence = phraseEvidence(tokens, cue.last + 1, end - 1, "first", lexicon);
  const after = tokens[end];
  const previous = tokens[cue.first - 1];
  // "… the situation is "of serious concern" according to X": a quotation that ends no sentence goes on to the cue.
  const quotationGoesOn = previous !== undefined && previous.quote >= 0 && !SENTENCE_END.test(previous.trailing);
  const opensSentence = previous === undefined || (!previous.isWord && !quotationGoesOn) || cue.first <= 1;
  // "…, according to her press secretary, Tom Brand.": a name alone closing the sentence is the source's apposition.
  if (after?.word === "," && closingName(tokens, end + 1)) {
    const named = phraseEvidence(tokens, cue.last + 1, end - 1, "first", lexicon);
    return { cue, evidence: named, content: previous?.word === "," ? contentBefore(tokens, cue.first - 2) : null };
  }
  // "… selon Luc Morel, un adjoint du maire.": an indefinite apposition closing the sentence is the source's, the clause before is reported.
  if (after?.word === "," && cue.first > 1 && closingApposition(tokens, end + 1, lexicon) && namesSource(tokens, cue.last + 1, end - 1, lexicon)) {
    if (previous?.word === ",") return { cue, evidence, content: contentBefore(tokens, cue.first - 2) };
    if (previous?.isWord) return { cue, evidence, content: contentBefore(tokens, cue.first - 1) };
  }
  // "…, selon Paul Roux, directeur de l'hôpital.": a title closing the sentence is the source's apposition, no reported clause.
  if (after?.word === "," && previous?.word === "," && cue.first > 1 && appositionClosesSentence(tokens, end + 1, lexicon) && namesSource(tokens, cue.last + 1, end - 1, lexicon)) {
    return { cue, evidence, content: contentBefore(tokens, cue.first - 2) };
  }
  if (after?.word === "," && opensSentence) {
    // "Selon le ministre," with nothing after the comma reports nothing.
    if (end + 1 >= tokens.length) return { cue, evidence, content: null };
    // "Selon la directrice, Inès Morel, …", "According to Nadia Farah, an economist at Keel Bank, …": the apposition is the source's.
    const apposition = appositionEnd(tokens, end + 1, lexicon, (tokens[end - 1] as SpeechToken).capitalised);
    if (apposition > 0) {
      const named = (tokens[end + 1] as SpeechToken).capitalised;
      const start = pastRelay(tokens, apposition + 1, lexicon);
      return { cue, evidence: named ? phraseEvidence(tokens, cue.last + 1, apposition - 1, "first", lexicon) : evidence, content: [start, contentEnd(tokens, start, lexicon, new Set())] };
    }
    const start = pastRelay(tokens, end + 1, lexicon);
    // "…, selon les accords de la conférence, à laquelle il avait délégué …": a relative after the source goes on describing it;
    // one where the source speaks again is a speaker's, and the clause before it what it reports ("X flew in, according
    // to the source, who said …").
    if (isRelativePronoun(tokens[start], lexicon) || (lexicon.prepositions.has(tokens[start]?.word ?? "") && isRelativePronoun(tokens[start + 1], lexicon))) {
      const verb = tokens[start + 1]?.word ?? "";
      const speaksAgain = lexicon.finite.has(verb) || (lexicon.auxiliaries.has(verb) && lexicon.participles.has(tokens[start + 2]?.word ?? ""));
      return { cue, evidence, content: speaksAgain && previous?.word === "," && cue.first > 1 ? contentBefore(tokens, cue.first - 2) : null };
    }
    return { cue, evidence, content: [start, contentEnd(tokens, start, lexicon, new Set())] };
  }
  if (previous?.word === "," && (after === undefined || !after.isWord)) {
    return { cue, evidence, content: contentBefore(tokens, cue.first - 2) };
  }
  // "Le bilan s'alourdit selon le Ministère.": a named source or a pronoun closing the sentence attributes all of it.
  // "… according to Jean Morel, Prime Minister and Chair of the Council.": the source's apposition may close the sentence.
  const closesSentence = after === undefined || SENTENCE_END.test(after.word) || (after.word === "," && appositionClosesSentence(tokens, end + 1, lexicon));
  if ((previous?.isWord || quotationGoesOn) && closesSentence && namesSource(tokens, cue.last + 1, end - 1, lexicon)) {
    return { cue, evidence, content: contentBefore(tokens, cue.first - 1) };
  }
  return { cue, evidence, content: null };
}

/** Words of a title in apposition closing a sentence after a source, at most. */
const MAX_CLOSING_APPOSITION_TOKENS = 12;

/** Whether the tokens from `from` are a phrase with no verb up to the sentence's end (", Prime Minister and Chair of the Council."). */
function appositionClosesSentence(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): boolean {
  for (let j = from; j < tokens.length && j - from <= MAX_CLOSING_APPOSITION_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (SENTENCE_END.test(token.word)) return j > from && j === tokens.length - 1;
    if (token.word === "'" || token.word === "-") continue;
    if (!token.isWord || lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word) || lexicon.copulas.has(token.word) || lexicon.complementizers.has(token.word)) return false;
  }
  return false;
}

/** Whether the tokens from `from` are only a capitalised name up to the sentence's end ("Tom Brand."). */
function closingName(tokens: readonly SpeechToken[], from: number): boolean {
  let j = from;
  while (j < tokens.length && j - from < MAX_NAME_TOKENS && ((tokens[j] as SpeechToken).capitalised || isNamePeriod(tokens, j) || JOINS_NAME.has((tokens[j] as SpeechToken).word))) j++;
  return j > from && (j === tokens.length || SENTENCE_END.test((tokens[j] as SpeechToken).word)) && !(j < tokens.length - 1);
}

/** Whether the tokens from `from` are only an indefinite noun phrase, with no verb, up to the sentence's end (", an aide to the mayor."). */
function closingApposition(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): boolean {
  if (!lexicon.words.indefiniteArticles.includes(tokens[from]?.word ?? "")) return false;
  let j = from + 1;
  while (j < tokens.length && j - from <= MAX_SOURCE_APPOSITION_TOKENS) {
    const token = tokens[j] as SpeechToken;
    if (!token.isWord && token.word !== "'" && token.word !== "-") break;
    if (token.quote >= 0 || isFiniteVerb(token, lexicon)) return false;
    j++;
  }
  return j > from + 1 && (j === tokens.length || (SENTENCE_END.test((tokens[j] as SpeechToken).word) && j === tokens.length - 1));
}

/** Words in an apposition after a source, at most. */
const MAX_SOURCE_APPOSITION_TOKENS = 12;

/**
 * Where the comma closing an apposition to a source ends (a name, or an indefinite noun phrase with no verb:
 * ", Inès Morel,", ", an economist at Keel Bank,"), when a clause follows it; else -1.
 */
function appositionEnd(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon, afterName = false): number {
  const first = tokens[from];
  if (!first?.isWord) return -1;
  // « Selon Philippe Aghion, professeur au Collège de France, … »: after a name, a title needs no article.
  const indefinite = lexicon.words.indefiniteArticles.includes(first.word) || (afterName && !lexicon.articles.has(first.word) && !first.capitalised);
  let allCapitalised = true;
  for (let j = from; j < tokens.length && j - from <= MAX_SOURCE_APPOSITION_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ",") {
      // The clause after it opens with its subject: a determiner, a pronoun or a name ("une femme, blessée, a été …" is no apposition).
      const next = tokens[j + 1];
      const opensClause = next !== undefined && (next.capitalised || lexicon.articles.has(next.word) || lexicon.possessives.has(next.word) || lexicon.subjectPronouns.has(next.word) || next.quote >= 0);
      const linked = allCapitalised || tokens.slice(from + 1, j).some((inner) => lexicon.prepositions.has(inner.word));
      return j > from && opensClause && (allCapitalised || indefinite) && linked ? j : -1;
    }
    if (token.quote >= 0 || (!token.isWord && token.word !== "'" && token.word !== "-" && token.word !== ".")) return -1;
    if (token.isWord && !token.capitalised) allCapitalised = false;
    if (lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word) || lexicon.copulas.has(token.word)) return -1;
  }
  return -1;
}

/**
 * Past a relay or a relative clause set off by commas after the source ("Selon le parquet, cité
 * par l'AFP, …", "Selon la région, qui …, …"), where the reported clause starts; else `start`.
 */
function pastRelay(tokens: readonly SpeechToken[], start: number, lexicon: Lexicon): number {
  // "Selon la région, qui a prêté 5 millions d'euros, « … »": a relative clause on the source is no part of the report.
  const opener = tokens[start]?.word ?? "";
  if (lexicon.relativePronouns.has(opener) && !lexicon.complementizers.has(opener)) {
    for (let j = start + 1; j < tokens.length && j - start <= MAX_SUBJECT_TOKENS; j++) {
      const word = (tokens[j] as SpeechToken).word;
      if (word === "," && j + 1 < tokens.length) return j + 1;
      if (word === ";" || word === ".") break;
    }
    return start;
  }
  const participle = tokens[start];
  if (!participle?.isWord || participle.capitalised || !lexicon.passiveAgents.has(tokens[start + 1]?.word ?? "")) return start;
  for (let j = start + 2; j < tokens.length && j - start <= MAX_GAP_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ",") return j + 1 < tokens.length ? j + 1 : start;
    if (!token.isWord && token.word !== "'" && token.word !== "-" && token.word !== ".") return start;
  }
  return start;
}

/**
 * Whether the words `[first, last]` after "selon" name someone: a capitalised word or a pronoun ("selon lui"), in a
 * phrase with no verb (« construits selon les mêmes plans sont en service en France » is a manner, then a clause).
 */
function namesSource(tokens: readonly SpeechToken[], first: number, last: number, lexicon: Lexicon): boolean {
  let named = false;
  for (let j = first; j <= last; j++) {
    const token = tokens[j] as SpeechToken;
    if (lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word) || lexicon.copulas.has(token.word)) return false;
    // ("… according to police.", "… according to reports.": a body or a document speaks as a name does.)
    if (token.capitalised || lexicon.subjectPronouns.has(token.word) || lexicon.collectiveNouns.has(token.word) || lexicon.documentNouns.has(token.word)) named = true;
  }
  return named;
}

/** "une déclaration commune selon laquelle les deux parties …": the noun phrase before the relative speaks. */
function readAccordingRelative(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): Reading {
  let first = cue.first - 1;
  while (first > 0 && cue.first - first < 6 && (tokens[first] as SpeechToken).isWord && !lexicon.articles.has((tokens[first] as SpeechToken).word)) first--;
  if (!tokens[first]?.isWord) first++;
  const evidence = phraseEvidence(tokens, first, cue.first - 1, "last", lexicon);
  const start = cue.last + 2;
  return { cue, evidence, content: start < tokens.length ? [start, contentEnd(tokens, start, lexicon, new Set())] : null };
}

/** "Comme indiqué au ministère des Affaires étrangères, …", "As Peskov said, …". */
export function readAs(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): Reading {
  let end = cue.last + 1;
  while (end < tokens.length && end - cue.last < 14 && tokens[end]?.isWord) end++;
  const comma = tokens[end];
  if (comma?.word !== ",") return { cue, evidence: null, content: null };
  const asAt = cue.kind === "as" ? cue.first - 1 : cue.first - 1;
  const subjectFirst = asAt + 1;
  const evidence =
    end > cue.last + 1
      ? phraseEvidence(tokens, cue.last + 1, end - 1, "first", lexicon)
      : subjectFirst < cue.first
        ? phraseEvidence(tokens, subjectFirst, cue.first - 1, "last", lexicon)
        : null;
  return { cue, evidence, content: end + 1 < tokens.length ? [end + 1, contentEnd(tokens, end + 1, lexicon, new Set())] : null };
}
