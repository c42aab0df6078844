/** Where a reported clause starts and ends around a verb of saying, and the subjects, appositions and adjuncts that bound it. */
import { type Cue, isSplittingAdverb, type Lexicon, type SpeechToken } from "./reporting-verbs.js";
import { isFiniteVerb, isNamePeriod, isPastForm, isRelativePronoun, opensAdjunct, verbBefore } from "./evidence.js";
import { COMMA_LIKE, MAX_CONTENT_TOKENS, MAX_GAP_TOKENS, MAX_INVERTED_TOKENS, MAX_NAME_TOKENS, MAX_SUBJECT_TOKENS, NOT_A_CLAUSE_START } from "./limits.js";
import { SENTENCE_END } from "./sentences.js";

/** The token where the reported clause starts after the cue ("que …", ": « … »", "said the …"), or null. */
export function clauseAfter(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): number | null {
  const previous = tokens[cue.first - 1];
  const invertedPosition = cue.kind !== "participle" && previous !== undefined && (previous.word === "," || previous.quote >= 0);
  // "a estimé sur franceinfo que …", "said in a press release that …", « a jugé samedi après le match que »: a short
  // place, medium or time between the verb and its clause, read as such because it opens with a preposition or a time word.
  const gapOpener = tokens[cue.last + 1]?.word ?? "";
  // ("warned of the risks that the trip posed": what one warns of is no medium, and its "that" opens a relative.)
  const topicAhead = lexicon.topicPrepositions.has(gapOpener);
  const mediumAhead = ((lexicon.prepositions.has(gapOpener) || lexicon.fusedPrepositions.has(gapOpener)) && !topicAhead) || (lexicon.audience.has(gapOpener) && !lexicon.articles.has(gapOpener) && !lexicon.possessives.has(gapOpener));
  // Time and audience words ("mardi soir", "aux journalistes") do not count toward the medium's length:
  // "a indiqué mardi soir en conseil municipal que …".
  let mediumWords = 0;
  // After "told", "reminded", "warned", the words before "that" are the one told and where: "told employees in a memo that …".
  // ("warned of the risks that …" has no one addressed: a preposition opens no object.)
  const addressed = OBJECT_BEFORE_THAT.test(tokens[cue.last]?.word ?? "") && !lexicon.prepositions.has(tokens[cue.last + 1]?.word ?? "");
  const toldWhom = TELLS.test(tokens[cue.last]?.word ?? "") || addressed;
  // "said Dana Roy had been “…”": a verb passed on the way makes the words a clause, not the place of a quotation.
  let clauseVerbPassed = false;
  // « a affirmé être prête à « rouvrir … » »: an infinitive right after the verb opens the reported clause, quotation and all.
  const first = tokens[cue.last + 1];
  if (lexicon.words.infinitive && first !== undefined && first.isWord && !first.capitalised && lexicon.words.infinitive.test(first.word) && !lexicon.notInfinitives.has(first.word) && !invertedPosition) {
    for (let j = cue.last + 2; j < tokens.length && j <= cue.last + MAX_GAP_TOKENS; j++) if ((tokens[j] as SpeechToken).quote >= 0) return cue.last + 1;
  }
  for (let j = cue.last + 1; j < tokens.length && j <= cue.last + MAX_GAP_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0) {
      if (clauseVerbPassed) break;
      // "said the “friendly” talks lasted an hour": a quotation inside the noun phrase that opens a clause with its own verb.
      const article = tokens[j - 1] as SpeechToken;
      const noun = tokens[j + 1];
      if (j - 1 > cue.last && lexicon.articles.has(article.word) && noun?.isWord && !noun.capitalised && verbWithin(tokens, j + 1, lexicon)) return j - 1;
      return j;
    }
    if (lexicon.clauseVerbs.has(token.word)) clauseVerbPassed = true;
    if (lexicon.complementizers.has(token.word)) {
      // After a noun or a pronoun, "que" opens a relative clause: "la mémoire de celui qu'il appelle".
      const before = tokens[j - 1] as SpeechToken;
      const inMedium = mediumAhead && mediumWords <= MAX_MEDIUM_TOKENS && !isRelativeVerb(tokens[j + 1], lexicon) && isAdjunct(tokens, cue.last + 1, j, lexicon);
      const attached = j === cue.last + 1 || inMedium || toldWhom || before.capitalised || lexicon.audience.has(before.word) || lexicon.adverbs.has(before.word) || /\d/u.test(before.word);
      if (attached && j + 1 < tokens.length) return j + 1;
      break;
    }
    if (token.word === ":") return j + 1 < tokens.length ? j + 1 : null;
    if (token.word === ",") {
      if ((tokens[j + 1]?.quote ?? -1) >= 0) return j + 1;
      // "cautioned, however, that …": adverbs set off by commas stand between the verb and its clause.
      const afterAdverbs = adverbsSetOff(tokens, j, lexicon);
      if (afterAdverbs > 0 && lexicon.complementizers.has(tokens[afterAdverbs]?.word ?? "") && afterAdverbs + 1 < tokens.length) return afterAdverbs + 1;
      break;
    }
    // Grammatical words do not count either: "à l'issue du Conseil des ministres" is three words of medium.
    if (!lexicon.audience.has(token.word) && !lexicon.functionWords.has(token.word)) mediumWords++;
    const inMedium = mediumAhead && token.isWord && !token.capitalised && mediumWords <= MAX_MEDIUM_TOKENS;
    const between = token.isWord && (inMedium || toldWhom || lexicon.audience.has(token.word) || lexicon.adverbs.has(token.word) || token.capitalised || token.word === "-");
    if (!between && token.word !== "'" && token.word !== "." && !lexicon.words.complementizerAfterAdverbials) break;
    if (!token.isWord && token.word !== "'" && token.word !== "-" && token.word !== ".") break;
    // "ainsi que", "plus que", "bien que" are not the reported clause.
    if (lexicon.complementizers.has(tokens[j + 1]?.word ?? "") && lexicon.notBeforeComplementizer.has(token.word)) break;
  }
  // "a écrit dans le livre d'or du site : « … »": a colon opens the quotation however far; and
  // "a fait savoir, à la veille de la réunion, que …": the clause may follow an adverbial between commas.
  for (let j = cue.last + 1; j < tokens.length && j <= cue.last + MAX_SUBJECT_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ":" && (tokens[j + 1]?.quote ?? -1) >= 0) return j + 1;
    const setOff = tokens[cue.last + 1]?.word === ",";
    const commaClause = setOff && token.word === "," && lexicon.words.complementizerAfterAdverbials && lexicon.complementizers.has(tokens[j + 1]?.word ?? "");
    if (commaClause && j + 2 < tokens.length) return j + 2;
    const passable = token.word === "," ? lexicon.words.complementizerAfterAdverbials : token.word === "'" || token.word === "-" || token.word === ".";
    if (!token.isWord && !passable) break;
  }
  const next = tokens[cue.last + 1];
  if (!next?.isWord) return null;
  if (lexicon.words.infinitive) {
    // An infinitive clause without complementizer: "a confié vouloir …", "ajoutant avoir …".
    const isInfinitive = lexicon.words.infinitive.test(next.word) && !next.capitalised && !lexicon.notInfinitives.has(next.word);
    return isInfinitive ? cue.last + 1 : null;
  }
  const bare = lexicon.bareClauseVerbs.has(tokens[cue.last]?.word ?? "") || lexicon.bareClauseVerbs.has(tokens[cue.first]?.word ?? "");
  // "Doe, speaking in Leeds, said the vote was rigged": after an apposition (words, not a quotation,
  // before the comma), a verb followed by a clause of its own reports it; "…, said Doe." stays inverted.
  const afterApposition = invertedPosition && previous.word === "," && (tokens[cue.first - 2]?.isWord ?? false) && lexicon.clauseVerbs.size > 0;
  if ((invertedPosition && !afterApposition) || !bare) return null;
  // After a quotation and its speaker ("“…,” Vidal told reporters at …"), what follows is not reported.
  const subjectStart = shortSubjectStart(tokens, cue.first, lexicon);
  const subjectOpener = tokens[subjectStart ?? 0]?.word ?? "";
  if (subjectStart !== null && (tokens[subjectStart - 1]?.quote ?? -1) >= 0 && !lexicon.clauseBreaks.has(subjectOpener) && !lexicon.functionWords.has(subjectOpener)) return null;
  // English drops "that": "said the talks had failed", "told reporters he would go".
  let j = cue.last + 1;
  const tells = TELLS.test(tokens[cue.last]?.word ?? "");
  let mediumPassed = false;
  while (j < tokens.length && j <= cue.last + MAX_GAP_TOKENS && tokens[j]?.isWord) {
    const word = (tokens[j] as SpeechToken).word;
    const following = tokens[j + 1];
    if (word === "to" && j === cue.last + 1 && !tells && !(following && (following.capitalised || lexicon.audience.has(following.word)))) return null;
    // "told the Guardian the bill was …": the outlet told is a name after its article.
    if (tells && j === cue.last + 1 && lexicon.articles.has(word) && following?.capitalised) {
      j += 2;
      while (j <= cue.last + MAX_GAP_TOKENS && tokens[j]?.capitalised) j++;
      continue;
    }
    // "told Kenyan President Joe Mwangi he would …": the one told is the whole capitalised title and name.
    if (tells && j === cue.last + 1 && (tokens[j] as SpeechToken).capitalised && following?.capitalised) {
      j++;
      while (j <= cue.last + MAX_GAP_TOKENS && tokens[j]?.capitalised) j++;
      continue;
    }
    // "said its members had …": a possessive belongs to the clause's subject unless an audience noun follows ("told his aides").
    // ("her" is also an object pronoun: "announced her candidacy" keeps reading it as before.)
    if (lexicon.possessives.has(word) && !lexicon.subjectPronouns.has(word) && !(following?.isWord && lexicon.audience.has(following.word))) break;
    const audience = (lexicon.audience.has(word) && !lexicon.articles.has(word)) || (lexicon.adverbs.has(word) && word !== "as") || /ly$/u.test(word);
    // ("told Channel Nine the plant …": the one told may be a name of several words.)
    const toldName = tells && (tokens[j] as SpeechToken).capitalised && tokens.slice(cue.last + 1, j).every((before) => before.capitalised);
    if (!(audience || toldName)) break;
    const medium = lexicon.prepositions.has(word) ? mediumEnd(tokens, j + 1, lexicon) : -1;
    if (medium > 0) {
      mediumPassed = true;
      j = medium;
      continue;
    }
    j++;
  }
  // "said in a statement the bridge would close": after a medium, the clause opens with its subject and has no "that" of its own.
  if (mediumPassed && !(opensSubjectWord(tokens[j], lexicon) && !complementizerWithin(tokens, j, lexicon))) return null;
  if (tells && j === cue.last + 1) return null;
  const start = tokens[j];
  if (!start?.isWord || j - cue.last > MAX_GAP_TOKENS || lexicon.passiveAgents.has(start.word)) return null;
  // Inside a prepositional phrase ("said in an interview", "added to the agenda"), no clause starts.
  if (j > cue.last + 1 && lexicon.prepositions.has(tokens[j - 1]?.word ?? "")) return null;
  if (NOT_A_CLAUSE_START.has(start.word)) return null;
  if (endsClause(tokens, j) || !hasOwnVerb(tokens, j, lexicon)) return null;
  // "…, said the minister who led the talks": a relative clause after an inverted speaker.
  if (afterApposition && relativeWithin(tokens, j, lexicon)) return null;
  return j;
}

/** After a preposition, the end of a determiner and audience nouns ("a statement", "a press conference yesterday morning"), or -1. */
function mediumEnd(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): number {
  const determiner = tokens[from]?.word ?? "";
  if (!lexicon.articles.has(determiner) && !lexicon.possessives.has(determiner)) return -1;
  let k = from + 1;
  while (k < tokens.length && k - from <= MAX_GAP_TOKENS && tokens[k]?.isWord) {
    const token = tokens[k] as SpeechToken;
    if (token.capitalised || !lexicon.audience.has(token.word) || lexicon.articles.has(token.word) || lexicon.prepositions.has(token.word) || lexicon.possessives.has(token.word)) break;
    k++;
  }
  return k > from + 1 ? k : -1;
}

/** Whether a token can open a clause's subject: an article, a possessive, a subject pronoun or a name. */
function opensSubjectWord(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && token.isWord && (token.capitalised || lexicon.articles.has(token.word) || lexicon.possessives.has(token.word) || lexicon.subjectPronouns.has(token.word));
}

/** Whether a complementizer comes within a clause's verb reach from `j`, before punctuation ("the memo the firm sent that …"). */
function complementizerWithin(tokens: readonly SpeechToken[], j: number, lexicon: Lexicon): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + CLAUSE_VERB_REACH; k++) {
    const token = tokens[k] as SpeechToken;
    if (!token.isWord) return false;
    if (lexicon.complementizers.has(token.word)) return true;
  }
  return false;
}

/** Verbs whose object is the one told: "told staff in an email that …", "told reporters he would go". */
export const TELLS = /^(?:told|tells|tell|telling|informed|assured)$/;
/** Verbs of saying that take the one addressed before "that" but, unlike "told", also report without one: "warned (the board) that". */
const OBJECT_BEFORE_THAT = /^(?:reminded|reminds|reminding|warned|warns|warning|advised|advises|advising)$/;

/** Words of a place or medium between a verb and its clause ("sur franceinfo", "in a press release"). */
const MAX_MEDIUM_TOKENS = 4;

/** Whether the word after "that"/"que" is a verb, which makes it a relative pronoun ("in the report that was published"). */
function isRelativeVerb(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  if (!token?.isWord) return false;
  return lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word) || (!token.capitalised && /\p{Ll}{2}ed$/u.test(token.word));
}

/**
 * Whether tokens `[from, to)` are adjuncts only: each article follows a preposition ("après le
 * match", "in a video"), where one after a time word opens an object ("lundi les mesures que …").
 */
function isAdjunct(tokens: readonly SpeechToken[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = from; k < to; k++) {
    // ("du", "des" after a noun are prepositions: "à l'issue du Conseil des ministres" stays an adjunct; "lundi des mesures" does not.)
    const word = (tokens[k] as SpeechToken).word;
    const before = tokens[k - 1]?.word ?? "";
    const complement = lexicon.prepositions.has(word) && k > from && !lexicon.audience.has(before);
    if (lexicon.articles.has(word) && !complement && !lexicon.prepositions.has(before) && !lexicon.fusedPrepositions.has(word)) return false;
  }
  return true;
}

/** After the comma at `comma`, one or two adverbs and a closing comma ("|, however, |that"): the token after that comma, else -1. */
function adverbsSetOff(tokens: readonly SpeechToken[], comma: number, lexicon: Lexicon): number {
  let j = comma + 1;
  while (j <= comma + 2 && tokens[j]?.isWord && lexicon.adverbs.has((tokens[j] as SpeechToken).word)) j++;
  return j > comma + 1 && tokens[j]?.word === "," ? j + 1 : -1;
}

/** Whether a relative pronoun (not a complementizer) comes within a clause's verb reach from `j`, before a comma. */
function relativeWithin(tokens: readonly SpeechToken[], j: number, lexicon: Lexicon): boolean {
  for (let k = j; k < tokens.length && k <= j + CLAUSE_VERB_REACH; k++) {
    const word = (tokens[k] as SpeechToken).word;
    if (word === "," || word === ";" || word === ".") return false;
    if (lexicon.relativePronouns.has(word) && !lexicon.complementizers.has(word)) return true;
  }
  return false;
}

/** Tokens of a bare clause searched for its verb: "the talks in Geneva between the two sides had failed". */
const CLAUSE_VERB_REACH = 12;

/** Whether the words from `j` read as a clause (a subject pronoun, or a finite verb before the clause ends) rather than an object. */
function hasOwnVerb(tokens: readonly SpeechToken[], j: number, lexicon: Lexicon): boolean {
  if (lexicon.clauseVerbs.size === 0 || lexicon.subjectPronouns.has((tokens[j] as SpeechToken).word)) return true;
  for (let k = j + 1; k < tokens.length && k <= j + CLAUSE_VERB_REACH; k++) {
    const token = tokens[k] as SpeechToken;
    if (token.quote >= 0) return true;
    if (!token.isWord) {
      // "said Linda Carver, 61, diverted …": an age between commas is part of the subject.
      if (token.word === "," && /^\d+$/u.test(tokens[k + 1]?.word ?? "") && tokens[k + 2]?.word === ",") {
        k += 2;
        continue;
      }
      // "said the defendant, Gregory Pell, had …": a name in apposition between commas is part of the subject.
      const named = token.word === "," ? nameBetweenCommas(tokens, k) : -1;
      if (named > 0) {
        k = named;
        continue;
      }
      if (token.word === "," || token.word === ";" || token.word === ".") return false;
      continue;
    }
    // "declared a state of emergency and said …": a verb after "and" is the subject's second predicate, not the clause's.
    if (lexicon.coordinators.has(token.word) && lexicon.finite.has(tokens[k + 1]?.word ?? "")) return false;
    if (lexicon.clauseVerbs.has(token.word) || (!token.capitalised && /\p{Ll}{2}ed$/u.test(token.word))) return true;
    // "Brazil supports Korea": a present tense right after a name (not "of Palestinian refugees", a noun after a modifier).
    if (!token.capitalised && /\p{Ll}s$/u.test(token.word) && (tokens[k - 1] as SpeechToken).capitalised && !afterPreposition(tokens, k - 1, lexicon)) return true;
  }
  return false;
}

/** Whether a finite verb stands among the words from `from` before the clause's first punctuation, quotation or relative. */
function verbWithin(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): boolean {
  for (let k = from; k < tokens.length && k < from + CLAUSE_VERB_REACH; k++) {
    const token = tokens[k] as SpeechToken;
    // (« des « blocages » dont le journal est victime »: a relative's verb is no clause's.)
    if (!token.isWord || lexicon.relativePronouns.has(token.word)) return false;
    if (isFiniteVerb(token, lexicon)) return true;
  }
  return false;
}

/** Words of a name set off by commas, at most. */
const MAX_APPOSED_NAME_TOKENS = 4;

/** After the comma at `comma`, capitalised words and the closing comma (", Gregory Pell,"): that comma's index, else -1. */
function nameBetweenCommas(tokens: readonly SpeechToken[], comma: number): number {
  let j = comma + 1;
  while (j <= comma + MAX_APPOSED_NAME_TOKENS && (tokens[j]?.capitalised === true || (tokens[j]?.word === "." && tokens[j - 1]?.capitalised === true))) j++;
  return j > comma + 1 && tokens[j]?.word === "," ? j : -1;
}

/** Whether the name ending at token `last` is the object of a preposition ("of Palestinian"). */
function afterPreposition(tokens: readonly SpeechToken[], last: number, lexicon: Lexicon): boolean {
  let j = last;
  while (j > 0 && (tokens[j - 1] as SpeechToken).capitalised) j--;
  return lexicon.prepositions.has(tokens[j - 1]?.word ?? "");
}

/**
 * The first token from `from` that is not an audience or time word ("on Tuesday", "reporters"), within a short gap; with
 * `placeMayFollow` (a subject set off after what it reports), past a place phrase that ends the sentence too.
 */
export function pastAudience(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon, placeMayFollow: boolean): number {
  let j = from;
  while (j < tokens.length && j - from < MAX_GAP_TOKENS && tokens[j]?.isWord && lexicon.audience.has((tokens[j] as SpeechToken).word)) j++;
  // "said on a call with analysts.": a phrase a preposition and its determiner or name open, running to the sentence's
  // end, is where it was said ("promised to buy more" is no such phrase).
  const opener = tokens[from];
  const object = tokens[from + 1];
  const placed = placeMayFollow && opener !== undefined && lexicon.prepositions.has(opener.word) && object !== undefined && (lexicon.articles.has(object.word) || lexicon.possessives.has(object.word) || object.capitalised);
  if (!placed) return j;
  let phrase = from + 1;
  // The words of names count as one ("during the United Nations General Assembly in New York").
  let words = 1;
  while (phrase < tokens.length && words < MAX_GAP_TOKENS && phrase - from < MAX_INVERTED_TOKENS && tokens[phrase]?.isWord) {
    const token = tokens[phrase] as SpeechToken;
    if (isFiniteVerb(token, lexicon) || lexicon.complementizers.has(token.word) || lexicon.relativePronouns.has(token.word) || lexicon.topicPrepositions.has(token.word)) return j;
    if (!token.capitalised || !tokens[phrase - 1]!.capitalised) words++;
    phrase++;
  }
  const end = tokens[phrase];
  // ("said in a joint statement, after talks collapsed.": an adjunct set off by a comma ends the place phrase too.)
  const adjunctAfter = end?.word === "," && (opensAdjunct(tokens, phrase, lexicon) || lexicon.subordinators.has(tokens[phrase + 1]?.word ?? ""));
  return end === undefined || SENTENCE_END.test(end.word) || adjunctAfter ? phrase : j;
}

/** Past the name of the one told after "told" ("told Channel Nine", "told the Daily Post"), where the words after it start; else right after the cue. */
export function pastOneTold(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): number {
  const from = cue.last + 1;
  if (!TELLS.test(tokens[cue.last]?.word ?? "")) return from;
  let j = lexicon.articles.has(tokens[from]?.word ?? "") && tokens[from + 1]?.capitalised ? from + 1 : from;
  while (j < tokens.length && j - from <= MAX_NAME_TOKENS && (tokens[j] as SpeechToken).capitalised) j++;
  if (j > from || !(lexicon.articles.has(tokens[from]?.word ?? "") || lexicon.possessives.has(tokens[from]?.word ?? ""))) return j;
  // "told a regular news conference", "told the committee on Monday": a noun phrase up to a preposition is the one told
  // ("told the children a story": a second article opens another object, so that is no report's close).
  j = from + 1;
  while (j < tokens.length && j - from <= MAX_NAME_TOKENS && tokens[j]?.isWord) {
    const token = tokens[j] as SpeechToken;
    if (lexicon.prepositions.has(token.word) || lexicon.articles.has(token.word) || isFiniteVerb(token, lexicon) || lexicon.complementizers.has(token.word) || lexicon.relativePronouns.has(token.word)) break;
    j++;
  }
  return j;
}

/** Whether the clause ends at token `j` (end of sentence, punctuation, or a closing quotation). */
export function endsClause(tokens: readonly SpeechToken[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined) return true;
  if (token.quote >= 0) return false;
  return !token.isWord && token.word !== "(";
}

/** Signs that end a reported clause as part of it: "profits fell 20%", "(UE)", "800 €". */
const KEPT_AT_END = new Set([")", "%", "€", "$", "£"]);

/** The last token of a reported clause starting at `start`: sentence end, ";", a new clause or verb. */
export function contentEnd(tokens: readonly SpeechToken[], start: number, lexicon: Lexicon, cueStarts: ReadonlySet<number>): number {
  let end = start;
  const limit = Math.min(tokens.length, start + MAX_CONTENT_TOKENS);
  for (let j = start; j < limit; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ";" || token.word === "—") break;
    // "… restait possible : « Nous ne sommes pas … »": a quotation after a colon is said, not reported.
    if (token.word === ":" && (tokens[j + 1]?.quote ?? -1) >= 0) break;
    const before = tokens[j - 1];
    const commaBefore = before !== undefined && (before.word === "," || (before.quote >= 0 && before.trailing === ","));
    if (j > start && commaBefore && lexicon.clauseBreaks.has(token.word) && !coordinatedClauseAhead(tokens, j + 1, limit, lexicon)) break;
    if (j > start && commaBefore && closingRelative(tokens, j, limit, lexicon)) break;
    // ", and his critics …": a new subject after the conjunction starts another clause.
    const next = tokens[j + 1];
    // "said he “had ideas” but “I don't agree. We'll see.”": whole sentences quoted after the conjunction are said, not reported.
    if (j > start && lexicon.coordinators.has(token.word) && next !== undefined && next.quote >= 0 && SENTENCE_END.test(next.trailing) && tokens.slice(j + 2).every((after) => !after.isWord && after.quote < 0)) break;
    // (", and that …" coordinates a second reported clause: the report goes on.)
    if (j > start && commaBefore && lexicon.coordinators.has(token.word) && next && !lexicon.complementizers.has(next.word) && (lexicon.articles.has(next.word) || lexicon.possessives.has(next.word) || lexicon.subjectPronouns.has(next.word) || next.capitalised)) break;
    if (j > start && (cueStarts.has(j + 1) || cueStarts.has(j + 2)) && lexicon.adverbs.has(tokens[j + 1]?.word ?? "") && commaBefore) break;
    // "…,” further saying": an adverb opens the next verb's report.
    if (j > start && commaBefore && lexicon.adverbs.has(token.word) && cueStarts.has(j + 1)) break;
    // "… and warned that …", "…, ajoutant que …": the next verb starts its own report.
    if (j > start && cueStarts.has(j) && (commaBefore || lexicon.coordinators.has(before?.word ?? "")) && !sharesAuxiliaryWithin(tokens, start, j, lexicon)) {
      end = commaBefore || !lexicon.coordinators.has(before?.word ?? "") ? j - 1 : j - 2;
      break;
    }
    if (j > start + 1 && lexicon.coordinators.has(token.word) && (cueStarts.has(j + 1) || cueStarts.has(j + 2) || cueStarts.has(j + 3)) && !sharesAuxiliaryWithin(tokens, start, j + 1, lexicon)) break;
    // "…, calling it “reckless”": the speaker's participle of judging ends the report.
    const ending = lexicon.words.gerundEnding;
    if (j > start && commaBefore && ending !== null && token.word.endsWith(ending) && lexicon.speechActs.match(tokens, j) > 0) break;
    // "told Ruto he would visit in May, sparking speculation that …": the writer's comment on the report.
    if (j > start && commaBefore && lexicon.commentParticiples.has(token.word)) break;
    // "… and accused critics of …": the speaker's own second verb, not the report's.
    if (j > start + 1 && lexicon.coordinators.has(token.word) && lexicon.ownPredicates.has(next?.word ?? "")) break;
    // "told lawmakers the bank was ready, but gave no details": a past verb with no subject after a comma and a conjunction.
    if (j > start + 1 && commaBefore && lexicon.coordinators.has(token.word) && next !== undefined && isPastForm(next, lexicon)) break;
    end = j;
  }
  while (end > start && !(tokens[end] as SpeechToken).isWord && (tokens[end] as SpeechToken).quote < 0 && !KEPT_AT_END.has((tokens[end] as SpeechToken).word)) end--;
  return end;
}

/**
 * Whether the verb at `at`, after a conjunction, opens with an auxiliary the reported clause from `start` already used
 * ("said the president had pressed him and had made clear that …", « a dit que le maire avait reçu les élus et avait
 * assuré que … »): the second verb goes on with the reported clause's subject and tense, not the speaker's.
 */
function sharesAuxiliaryWithin(tokens: readonly SpeechToken[], start: number, at: number, lexicon: Lexicon): boolean {
  const auxiliary = tokens[at];
  if (auxiliary === undefined || !lexicon.auxiliaries.has(auxiliary.word) || !lexicon.coordinators.has(tokens[at - 1]?.word ?? "")) return false;
  for (let k = start; k < at - 1; k++) if ((tokens[k] as SpeechToken).word === auxiliary.word) return true;
  return false;
}

/**
 * Whether a relative clause on the whole clause before it opens at `j` and runs to the end ("…, ce
 * que la mairie dément", "…, which the council denied"): a comment on the report, not part of it.
 * One set off by a second comma is an aside inside the report ("the plan, which cost $5m, failed").
 */
function closingRelative(tokens: readonly SpeechToken[], j: number, limit: number, lexicon: Lexicon): boolean {
  const word = (tokens[j] as SpeechToken).word;
  const next = tokens[j + 1];
  // A relative whose own subject follows is the object of its verb ("which the council denied");
  // one that is the subject ("who is 45") describes the noun before it, inside the report.
  const ownSubject = next !== undefined && (lexicon.articles.has(next.word) || lexicon.possessives.has(next.word) || lexicon.subjectPronouns.has(next.word) || next.capitalised);
  const objectRelative = isRelativePronoun(tokens[j], lexicon) && !lexicon.complementizers.has(word) && !lexicon.locativeRelatives.has(word) && ownSubject;
  const onClause = lexicon.articles.has(word) && lexicon.relativePronouns.has(next?.word ?? "");
  if (!objectRelative && !onClause) return false;
  for (let k = j + 1; k < limit; k++) {
    const later = (tokens[k] as SpeechToken).word;
    if (later === "," || (tokens[k] as SpeechToken).quote >= 0) return false;
    if (later === ";" || later === "." || later === "!" || later === "?") return true;
  }
  return true;
}

/**
 * Whether a second reported clause (", et que …", ", and that …") comes after token `from` before
 * `limit` or a ";": the clause break before it is an aside inside the report.
 */
function coordinatedClauseAhead(tokens: readonly SpeechToken[], from: number, limit: number, lexicon: Lexicon): boolean {
  for (let j = from; j < limit; j++) {
    const word = (tokens[j] as SpeechToken).word;
    if (word === ";" || word === "—") return false;
    if (tokens[j - 1]?.word === "," && lexicon.coordinators.has(word) && lexicon.complementizers.has(tokens[j + 1]?.word ?? "")) return true;
  }
  return false;
}

/**
 * Whether the sentence or clause ends (".", ";", end) within `limit` tokens after `from`: "…, a déclaré le préfet.";
 * an adjunct set off by a comma ends the speaker's phrase too: "…, a affirmé le ministre, Jean Roux, après un entretien …".
 */
export function clauseEndsWithin(tokens: readonly SpeechToken[], from: number, limit: number, lexicon: Lexicon): boolean {
  for (let j = from; j < tokens.length; j++) {
    if (j - from > limit) return false;
    const word = (tokens[j] as SpeechToken).word;
    // (A name's period, "M. Garnier", ends nothing.)
    if ((word === ";" || word === "." || word === "!" || word === "?") && !isNamePeriod(tokens, j)) return true;
    if (j > from && opensAdjunct(tokens, j, lexicon)) return true;
  }
  return true;
}

/**
 * Whether the sentence up to token `end` is a name of two capitalised words or more, a comma and a
 * lowercase apposition ("Jean Dupont, maire de Lille").
 */
export function isNameWithApposition(tokens: readonly SpeechToken[], end: number): boolean {
  if (end >= MAX_SUBJECT_TOKENS) return false;
  let comma = -1;
  for (let j = 0; j <= end; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ",") {
      if (comma >= 0) return false;
      comma = j;
    } else if (!token.isWord && token.word !== "-" && token.word !== "'") return false;
  }
  if (comma < 2 || comma >= end) return false;
  const name = tokens.slice(0, comma);
  return name.every((token) => token.capitalised || !token.isWord) && tokens[comma + 1]?.isWord === true && !(tokens[comma + 1] as SpeechToken).capitalised;
}

/** Tokens of a subject and its apposition between a report and its verb, at most. */
const MAX_APPOSED_SUBJECT_TOKENS = 24;

/**
 * Before the comma at `comma` ending a subject and its apposition (", the bank's governor, Ivan Petrov,"), the comma that
 * opens them, when a clause with a verb comes before it and the two phrases have none and name someone; else -1.
 */
export function appositionSubjectStart(tokens: readonly SpeechToken[], comma: number, lexicon: Lexicon): number {
  const commas = [comma];
  let named = false;
  for (let j = comma - 1; j > 0 && comma - j <= MAX_APPOSED_SUBJECT_TOKENS; j--) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ",") {
      if (j === (commas[commas.length - 1] as number) - 1) return -1;
      commas.push(j);
      if (commas.length === 3) return named && verbBefore(tokens, j, lexicon) ? j : -1;
      continue;
    }
    if (!token.isWord && token.word !== "-" && token.word !== "'" && token.word !== ".") return -1;
    if (isFiniteVerb(token, lexicon) || lexicon.complementizers.has(token.word) || lexicon.relativePronouns.has(token.word)) return -1;
    if (token.capitalised) named = true;
  }
  return -1;
}

/** Whether the clause after token `from` holds only lowercase audience words ("told reporters on Monday"), or none. */
export function onlyAudienceAfter(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): boolean {
  for (let j = from; j < tokens.length && j - from <= MAX_INVERTED_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (!token.isWord) return token.quote < 0 && token.word !== "," && token.word !== "(";
    if (token.capitalised || !lexicon.audience.has(token.word)) return false;
  }
  return true;
}

/** Whether a quotation comes after token `from` before the clause ends: "a félicité X pour sa « … »". */
export function quoteBeforeClauseEnd(tokens: readonly SpeechToken[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + MAX_SUBJECT_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0) return true;
    if (token.word === ";" || token.word === ",") return false;
  }
  return false;
}

/** Content ending at token `end` (inclusive) and reaching back to the sentence start (bounded). */
export function contentBefore(tokens: readonly SpeechToken[], end: number): [number, number] | null {
  let last = end;
  while (last >= 0 && !(tokens[last] as SpeechToken).isWord && (tokens[last] as SpeechToken).quote < 0 && !KEPT_AT_END.has((tokens[last] as SpeechToken).word)) last--;
  if (last < 0) return null;
  const first = Math.max(0, last - MAX_CONTENT_TOKENS);
  let start = first;
  while (start < last && !(tokens[start] as SpeechToken).isWord && (tokens[start] as SpeechToken).quote < 0) start++;
  return [start, last];
}

/** Words of what may follow a name in apposition, at most. */
const MAX_APPOSITION_WORDS = 10;
/** Words of the title before a name in apposition, at most (« Le ministre délégué chargé de l'Industrie »). */
const MAX_TITLE_WORDS = 8;

/**
 * Whether tokens `[0, end]` are a short subject and a relative clause on it set off by commas: "L'association
 * Plateau Vert, qui regroupe des riverains, dénonce le tracé" reports nothing; the verb's subject is before the comma.
 * (A place's relative, "X se rendra à Moscou, où il sera reçu, a annoncé l'Élysée", follows a clause, not a subject.)
 */
export function isSubjectWithRelative(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  let comma = 0;
  while (comma <= end && comma <= MAX_TITLE_WORDS && (tokens[comma] as SpeechToken).word !== ",") comma++;
  const relative = tokens[comma + 1]?.word ?? "";
  if (comma < 1 || comma > MAX_TITLE_WORDS || tokens[comma]?.word !== "," || !lexicon.relativePronouns.has(relative) || lexicon.complementizers.has(relative) || lexicon.locativeRelatives.has(relative)) return false;
  for (let m = 0; m <= end; m++) {
    const token = tokens[m] as SpeechToken;
    if (token.quote >= 0 || (m > comma && COMMA_LIKE.has(token.word))) return false;
    if (m < comma && (!(token.isWord || token.word === "-" || token.word === "'" || token.word === ".") || lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word))) return false;
  }
  return true;
}

export /**
 * Whether the sentence up to `end` is only a subject with its name in apposition: a determiner and a title,
 * the capitalised name between commas, then at most a short phrase without a verb ("La ministre de la Santé,
 * Aline Perrot, en visite à Nîmes"). Nothing in it is reported.
 */
function isSubjectInApposition(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  const first = tokens[0];
  if (!first?.isWord || !(lexicon.articles.has(first.word) || lexicon.possessives.has(first.word))) return false;
  let j = 1;
  while (j <= end && j < MAX_TITLE_WORDS && tokens[j]?.word !== ",") j++;
  if (tokens[j]?.word !== "," || !tokens[j + 1]?.capitalised) return false;
  let k = j + 1;
  while (k <= end && k - j <= 6 && ((tokens[k] as SpeechToken).capitalised || ["-", "'", "."].includes((tokens[k] as SpeechToken).word))) k++;
  if (tokens[k]?.word !== "," || end - k > MAX_APPOSITION_WORDS) return false;
  // What follows the name is a circumstance (« en visite à Nîmes »), not a verb phrase (« doit recevoir … »).
  if (k < end && !lexicon.prepositions.has(tokens[k + 1]?.word ?? "")) return false;
  for (let m = 0; m <= end; m++) {
    const token = tokens[m] as SpeechToken;
    if (token.quote >= 0 || lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word)) return false;
  }
  return true;
}

/**
 * Whether the tokens ending at `end` (before a comma) are a name in apposition to a title that a complementizer opens:
 * "que le ministre de la Culture, Paul Roux,", "that the city's mayor, Ann Lee,".
 */
export function isReportedSubjectInApposition(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  let k = end;
  while (k > 0 && end - k < 6 && ((tokens[k] as SpeechToken).capitalised || ["-", "'", "."].includes((tokens[k] as SpeechToken).word))) k--;
  if (k === end || tokens[k]?.word !== ",") return false;
  let j = k - 1;
  while (j > 0 && k - j <= MAX_TITLE_WORDS && (tokens[j] as SpeechToken).isWord && !lexicon.complementizers.has((tokens[j] as SpeechToken).word)) j--;
  const opener = tokens[j + 1];
  return j < k - 2 && lexicon.complementizers.has((tokens[j] as SpeechToken).word) && opener !== undefined && (lexicon.articles.has(opener.word) || lexicon.possessives.has(opener.word));
}

/** Words of a fronted adverbial at most: "Dans la soirée", "In a statement on Monday". */
const MAX_ADVERBIAL_WORDS = 4;
/** Tokens of a fronted adverbial at most, time and audience words included: "Earlier this week on Wednesday on state television". */
const MAX_ADVERBIAL_TOKENS = 10;

/** Whether the tokens up to `end` are only a short phrase opening the sentence with a preposition or a time adverb ("Earlier on Friday"). */
export function isFrontedAdverbial(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  const first = tokens[0];
  if (!first?.isWord || end >= MAX_ADVERBIAL_TOKENS) return false;
  const timeAdverb = lexicon.adverbs.has(first.word) && lexicon.audience.has(first.word) && !lexicon.articles.has(first.word) && !lexicon.possessives.has(first.word);
  if (!lexicon.prepositions.has(first.word) && !timeAdverb) return false;
  let words = 0;
  for (let j = 0; j <= end; j++) {
    const token = tokens[j] as SpeechToken;
    // "About 400 patients were moved": a verb makes it a clause.
    if ((!token.isWord && token.word !== "'") || lexicon.clauseVerbs.has(token.word) || lexicon.auxiliaries.has(token.word)) return false;
    if (lexicon.audience.has(token.word) || lexicon.functionWords.has(token.word)) continue;
    words++;
    // Past the short length, a lower-case word that may be a verb ("the city gets", "crews restored") makes it a clause.
    if (end >= MAX_ADVERBIAL_WORDS + 1 && !token.capitalised && (isFiniteVerb(token, lexicon) || token.word.endsWith("s"))) return false;
  }
  return end < MAX_ADVERBIAL_WORDS + 1 || words <= MAX_ADVERBIAL_WORDS;
}

/** The start of a short subject between a comma (or quotation) and the verb: "“…,” he said". */
export function shortSubjectStart(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): number | null {
  let j = cueFirst - 1;
  // "the U.S. Consumer Product Safety Commission said": an abbreviation's period stays inside the subject.
  while (j >= 0 && cueFirst - j <= 8 && ((tokens[j] as SpeechToken).isWord || isNamePeriod(tokens, j))) j--;
  if (j < 0 || j === cueFirst - 1) return null;
  const boundary = tokens[j] as SpeechToken;
  if (!(boundary.word === "," || boundary.quote >= 0)) return null;
  const subjectFirst = (tokens[j + 1] as SpeechToken).word;
  if (lexicon.complementizers.has(subjectFirst) || isRelativePronoun(tokens[j + 1], lexicon)) return null;
  // "…, but the board had not confirmed it.": a clause joined by a conjunction goes on the sentence, it frames nothing before it.
  if (lexicon.coordinators.has(subjectFirst)) return null;
  // "…, ce que la mairie n'a pas confirmé": a relative on the clause before comments on it, it does not report it.
  if (lexicon.articles.has(subjectFirst) && lexicon.relativePronouns.has(tokens[j + 2]?.word ?? "")) return null;
  // "…, Claire Devaux, n'a pas démenti.": a negation or an adverb alone is no subject; the subject stands before the comma.
  let onlyAdverbs = true;
  for (let k = j + 1; k < cueFirst && onlyAdverbs; k++) onlyAdverbs = isSplittingAdverb(tokens[k], lexicon);
  if (onlyAdverbs) return null;
  return j + 1;
}
