/** Speaker evidence: where the subject of a verb of saying is written, as a pronoun, a phrase or a link to an earlier speaker. */
import { adverbsBefore, type Cue, type Lexicon, type SpeechToken } from "./reporting-verbs.js";
import { COMMA_LIKE, MAX_SUBJECT_TOKENS } from "./limits.js";

/** The `pronoun` of evidence that points back to the last person named rather than the last speaker. */
export const DEMONSTRATIVE = "<demonstrative>";

/** Where a quote's speaker is written; the attribution stage resolves it to a name. */
export interface QuoteEvidence {
  /** The span to look for people and organization mentions in. */
  regionStart: number;
  regionEnd: number;
  /** Which mention of the region names the speaker: the last before a verb, the first after it. */
  prefer: "first" | "last";
  /** A pronoun standing for the speaker ("il", "he", the "-t-il" of "a-t-il ajouté"). */
  pronoun: string | null;
  /** The noun phrase naming the speaker, for when no known entity is in the region. */
  phraseStart: number;
  phraseEnd: number;
  /** The speaker is the one of this earlier evidence (a quote that goes on, a participle clause). */
  sameAs: QuoteEvidence | null;
}

/** Whether a comma at `j` sets off an adjunct after a speaker's phrase: a preposition or a present participle follows ("…, après un entretien", "…, speaking in Vienna"). */
export function opensAdjunct(tokens: readonly SpeechToken[], j: number, lexicon: Lexicon): boolean {
  const next = tokens[j + 1];
  if (tokens[j]?.word !== "," || !next?.isWord || next.capitalised) return false;
  return lexicon.prepositions.has(next.word) || lexicon.presentParticiples.match(tokens, j + 1) > 0;
}

export function pronounEvidence(tokens: readonly SpeechToken[], cue: Cue): QuoteEvidence {
  const at = tokens[cue.first] as SpeechToken;
  return { regionStart: at.start, regionEnd: at.start, prefer: "last", pronoun: cue.pronoun, phraseStart: at.start, phraseEnd: at.start, sameAs: null };
}

/** Marks that join the words of one name: "Jean-Paul", "Kessler & Lowe", "Norland A/S". */
export const JOINS_NAME = new Set(["-", "&", "/"]);

/** Evidence from tokens `[first, last]`: a pronoun, or a region to find a named speaker in. */
export function phraseEvidence(tokens: readonly SpeechToken[], first: number, last: number, prefer: "first" | "last", lexicon: Lexicon): QuoteEvidence | null {
  if (last < first) return null;
  const head = tokens[first] as SpeechToken;
  const tail = tokens[last] as SpeechToken;
  const demonstrative = lexicon.demonstratives.match(tokens, first);
  if (demonstrative > 0 && last - first < demonstrative + 2) {
    const end = (tokens[first + demonstrative - 1] as SpeechToken).end;
    return { regionStart: head.start, regionEnd: head.start, prefer, pronoun: DEMONSTRATIVE, phraseStart: head.start, phraseEnd: end, sameAs: null };
  }
  if (lexicon.impersonal.has(head.word) && last - first <= 2) return null;
  // "selon ses dires" stands for the owner; "selon ses avocats", "his lawyers said": the noun speaks.
  const ownersWords = lexicon.possessives.has(head.word) && (first === last || lexicon.documentNouns.has((tokens[first + 1] as SpeechToken).word));
  // "her office said", "her lawyers said": a pronoun that is also a possessive determines the noun after it, which speaks.
  const determiner = !ownersWords && first < last && lexicon.possessives.has(head.word) && (tokens[first + 1] as SpeechToken).isWord;
  if ((lexicon.subjectPronouns.has(head.word) && !determiner) || ownersWords) {
    if (last - first <= 2) return { regionStart: head.start, regionEnd: head.start, prefer, pronoun: head.word, phraseStart: head.start, phraseEnd: head.end, sameAs: null };
  }
  let phraseFirst = first;
  let phraseLast = last;
  if (prefer === "first") {
    // The speaker phrase after an inverted verb ends at the first comma: "a déclaré le préfet, qui …".
    for (let j = first; j <= last; j++) if (!(tokens[j] as SpeechToken).isWord && !isNamePeriod(tokens, j) && !isPluralPossessive(tokens, j) && !JOINS_NAME.has((tokens[j] as SpeechToken).word)) {
      phraseLast = j - 1;
      break;
    }
  } else {
    // A hyphen, an ampersand ("Kessler & Lowe") or a plural possessive's apostrophe ("Traders' Association") stays inside the name.
    for (let j = last; j >= first; j--) if (!(tokens[j] as SpeechToken).isWord && !isNamePeriod(tokens, j) && !JOINS_NAME.has((tokens[j] as SpeechToken).word) && (tokens[j] as SpeechToken).word !== "'") {
      phraseFirst = j + 1;
      break;
    }
  }
  if (phraseLast < phraseFirst) {
    phraseFirst = first;
    phraseLast = last;
  }
  return {
    regionStart: head.start,
    regionEnd: tail.end,
    prefer,
    pronoun: null,
    phraseStart: (tokens[phraseFirst] as SpeechToken).start,
    phraseEnd: (tokens[phraseLast] as SpeechToken).end,
    sameAs: null,
  };
}

/** Whether token `j` is the apostrophe of a plural possessive inside a name: "the Supporters' Trust", "Workers' Party". */
export function isPluralPossessive(tokens: readonly SpeechToken[], j: number): boolean {
  const word = tokens[j]?.word;
  return (word === "'" || word === "’") && /s$/u.test(tokens[j - 1]?.word ?? "") && (tokens[j + 1]?.capitalised ?? false);
}

/** A period inside a name ("M. Beaune", "Dr. Stefaniak", "E. Macron"), not a sentence end. */
export function isNamePeriod(tokens: readonly SpeechToken[], j: number): boolean {
  const before = tokens[j - 1];
  if (tokens[j]?.word !== "." || before === undefined || !before.capitalised) return false;
  // "U.N. agencies": the last period of dotted capitals, before a word in lower case, ends no sentence.
  const dotted = before.word.includes(".") && (tokens[j + 1]?.isWord ?? false);
  return dotted || (before.word.length <= 3 && (tokens[j + 1]?.capitalised ?? false));
}

/** The speaker written after an inverted verb, up to the end of the clause. */
export function afterEvidence(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): QuoteEvidence | null {
  // "a annoncé jeudi le constructeur": a time word before the speaker is no part of its phrase.
  while (isTimeWord(tokens[from], lexicon) && tokens[from + 1]?.isWord) from++;
  // "a déclaré au JDD le ministre": the one spoken to, named before the speaker, is not the speaker.
  if (lexicon.addresseeMarkers.has(tokens[from]?.word ?? "") && tokens[from + 1]?.capitalised) {
    let past = from + 1;
    while (tokens[past]?.capitalised) past++;
    const next = tokens[past];
    if (next?.isWord && lexicon.articles.has(next.word)) from = past;
  }
  let last = from - 1;
  for (let j = from; j < tokens.length && j < from + MAX_SUBJECT_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.word === ";" || (token.word === "." && !isNamePeriod(tokens, j)) || token.quote >= 0) break;
    if (token.word === "," && (isRelativePronoun(tokens[j + 1], lexicon) || opensAdjunct(tokens, j, lexicon))) break;
    // "a indiqué la préfecture mercredi matin": a time word right after the speaker's noun ends its phrase
    // (after a grammatical word it is the noun's complement, « le syndicat des journalistes »; after an audience noun its modifier, « la télévision publique »).
    const previous = tokens[j - 1];
    // ("said the county sheriff Wednesday morning": a capitalised day after a lower-case noun too.)
    const timeWord = isTimeWord(token, lexicon) || (token.capitalised && lexicon.audience.has(token.word) && previous?.capitalised === false);
    // (After a determiner it is the phrase's own noun: « explique notre journaliste Luc Morel ».)
    const determined = previous !== undefined && (lexicon.possessives.has(previous.word) || lexicon.ownSources.has(previous.word));
    if (j > from && timeWord && previous !== undefined && previous.isWord && !determined && !lexicon.functionWords.has(previous.word) && !lexicon.audience.has(previous.word)) break;
    last = j;
  }
  while (last >= from && !(tokens[last] as SpeechToken).isWord) last--;
  return phraseEvidence(tokens, from, last, "first", lexicon);
}

/** An audience word that is neither article, preposition nor possessive ("jeudi", "soir", "hier", "également"). */
function isTimeWord(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  if (!token?.isWord || token.capitalised || !lexicon.audience.has(token.word)) return false;
  return !lexicon.articles.has(token.word) && !lexicon.prepositions.has(token.word) && !lexicon.possessives.has(token.word) && !lexicon.addresseeMarkers.has(token.word);
}

/**
 * The subject before the verb at token `cueFirst`: the words since the last comma, or when a comma
 * sits right before the verb, the apposition before it ("Le porte-parole du Kremlin, Dmitri Peskov,
 * a précisé"), skipping a relative clause ("Macron, qui …, a déclaré").
 */
export function subjectEvidence(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): QuoteEvidence | null {
  const floor = Math.max(0, cueFirst - MAX_SUBJECT_TOKENS);
  const segmentStart = (end: number) => {
    let j = end;
    while (j >= floor) {
      const token = tokens[j] as SpeechToken;
      if (token.quote >= 0 || (!token.isWord && !JOINS_NAME.has(token.word) && token.word !== "." && token.word !== "'")) break;
      if (lexicon.complementizers.has(token.word) && j < end) break;
      // "The committee postponed the vote after farm groups complained that …": the subordinate clause has its own subject.
      if (lexicon.subordinators.has(token.word) && j < end) break;
      j--;
    }
    return j + 1;
  };
  let last = adverbsBefore(tokens, cueFirst, lexicon) - 1;
  // "Le ministre l'a répété": an article right before the verb is an object pronoun, no part of the subject.
  while (last > 0 && lexicon.articles.has(tokens[last]?.word ?? "") && lexicon.adverbs.has(tokens[last]?.word ?? "") && tokens[last - 1]?.isWord) last--;
  // "À Matignon, on assure que …", "Dans l'entourage du ministre, on indique que …": "on" speaks where the sentence places it.
  if (lexicon.impersonal.has(tokens[last]?.word ?? "") && tokens[last - 1]?.word === ",") {
    const placeStart = segmentStart(last - 2);
    const opener = (tokens[placeStart] as SpeechToken).word;
    // "De source diplomatique, on indique que …": "de" is the article of the source that speaks, kept with it.
    const phraseFirst = lexicon.genitives.has(opener) ? placeStart : placeStart + 1;
    if (placeStart < last - 2 && (lexicon.prepositions.has(opener) || lexicon.addresseeMarkers.has(opener))) return phraseEvidence(tokens, phraseFirst, last - 2, "last", lexicon);
  }
  // "L'Agence internationale de l'énergie atomique (AIEA) a indiqué": the subject goes on through its acronym.
  const open = tokens[last]?.word === ")" ? parenthesisOpen(tokens, last) : -1;
  if (open > 0 && tokens[open - 1]?.isWord) {
    const start = segmentStart(open - 1);
    if (start <= open - 1) return phraseEvidence(tokens, start, last, "last", lexicon);
  }
  // "Varley held talks with Anna Borg and said …": a reporting verb coordinated with the sentence's predicate shares its subject.
  if (lexicon.coordinators.has(tokens[last]?.word ?? "")) {
    const shared = coordinatedSubject(tokens, last, lexicon);
    if (shared) return shared;
  }
  let first = segmentStart(last);
  const onlyLinking = first <= last && tokens.slice(first, last + 1).every((token) => lexicon.coordinators.has(token.word) || lexicon.adverbs.has(token.word));
  if (onlyLinking) return firstSubject(tokens, first, lexicon);
  // "But she cautioned", "Mais il a ajouté": the conjunction opening the sentence is no part of the subject.
  while (first < last && lexicon.coordinators.has((tokens[first] as SpeechToken).word)) first++;
  if (first <= last) {
    const separator = tokens[first - 1];
    if (separator?.word === "," && isRelativePronoun(tokens[first], lexicon)) {
      // "The plan was welcomed by the Retail Council, which said …": the relative's antecedent, after the verb or preposition before it.
      const subjectRelative = first === last && !lexicon.locativeRelatives.has((tokens[first] as SpeechToken).word);
      const antecedent = subjectRelative ? antecedentStart(first - 2) : -1;
      return antecedent > 0 ? phraseEvidence(tokens, antecedent, first - 2, "last", lexicon) : earlierSegment(first - 2);
    }
    // "Les syndicats restent prudents : ils rappellent que …": a pronoun after a colon stands for the sentence's subject.
    const pronounAfterColon = first === last && lexicon.subjectPronouns.has((tokens[first] as SpeechToken).word) && (separator?.word === ":" || separator?.word === ";");
    const sentenceSubject = pronounAfterColon ? firstSubject(tokens, first - 1, lexicon) : null;
    if (sentenceSubject && sentenceSubject.pronoun === null) return sentenceSubject;
    return phraseEvidence(tokens, first, last, "last", lexicon);
  }
  if (tokens[last]?.word !== ",") return null;
  return earlierSegment(last - 1);

  /**
   * Where the noun phrase ending at `end` starts when a verb or preposition opens it ("welcomed by |the Retail Council"),
   * a preposition between capitalised words belonging to the name ("Ministry of Transport"); -1 when none comes first.
   */
  function antecedentStart(end: number): number {
    for (let j = end; j > floor && end - j < MAX_SUBJECT_TOKENS; j--) {
      const token = tokens[j] as SpeechToken;
      if (!token.isWord) return -1;
      const inName = (tokens[j - 1] as SpeechToken | undefined)?.capitalised === true && tokens[j + 1]?.capitalised === true;
      const opener = (lexicon.prepositions.has(token.word) && !inName) || lexicon.passiveAgents.has(token.word) || isFiniteVerb(token, lexicon);
      if (opener) return j < end ? j + 1 : -1;
    }
    return -1;
  }

  /** Start of the comma-delimited segment ending at `end`: quotations and "que" do not cut it. */
  function commaSegmentStart(end: number): number {
    let j = end;
    while (j >= floor && !COMMA_LIKE.has((tokens[j] as SpeechToken).word)) j--;
    return j + 1;
  }

  function earlierSegment(end: number): QuoteEvidence | null {
    if (end < floor) return null;
    const whole = commaSegmentStart(end);
    if (whole <= end && tokens[whole - 1]?.word === "," && isRelativePronoun(tokens[whole], lexicon)) return earlierSegment(whole - 2);
    const start = segmentStart(end);
    if (start > end) return null;
    const opener = (tokens[start] as SpeechToken).word;
    if (isRelativePronoun(tokens[start], lexicon) && tokens[start - 1]?.word === ",") return earlierSegment(start - 2);
    // "Marc Delorme, élu en juin sur une ligne plus dure que son prédécesseur, a appelé": a participle's
    // clause names no speaker, even with a « que » of its own; the subject before it speaks.
    const wholeOpener = tokens[whole];
    if (whole < start && tokens[whole - 1]?.word === "," && wholeOpener && !wholeOpener.capitalised && wholeOpener.isWord && !lexicon.functionWords.has(wholeOpener.word)) {
      const before = segmentStart(whole - 2);
      if (before <= whole - 2) return phraseEvidence(tokens, before, whole - 2, "last", lexicon);
    }
    // An adverbial between commas ("Ane Alencar, in remarks to UOL, said") is not the subject.
    if (lexicon.functionWords.has(opener) && !lexicon.articles.has(opener) && tokens[start - 1]?.word === ",") return earlierSegment(start - 2);
    // An owner ("Britain's third-largest carrier") names no one in the apposition: the subject before it speaks.
    const hasName = tokens.slice(start, end + 1).some((token, k) => token.capitalised && start + k > 0 && !isOwnerToken(tokens, start + k));
    // "Un communiqué, officiel celui-là, émanant du ministère, a précisé": the issuer named after its participle speaks.
    if (lexicon.issuingParticiples.has(opener) && tokens[start - 1]?.word === ",") return phraseEvidence(tokens, start, end, "last", lexicon);
    // "L'archevêque, invité à Paris, a déclaré": a participle's complement names no speaker, the subject before it does.
    // ("Her rival, former defence minister Shin Ota, has argued": a title and a full name in apposition is the one who speaks.)
    const participial = !(tokens[start] as SpeechToken).capitalised && !lexicon.articles.has(opener) && !isTitledName(tokens, start, end, lexicon);
    if (hasName && isTitledName(tokens, start, end, lexicon) && tokens[start - 1]?.word === ",") return phraseEvidence(tokens, start, end, "last", lexicon);
    if (hasName && !participial && tokens[start - 1]?.word === ",") {
      const before = segmentStart(start - 2);
      if (before <= start - 2) return phraseEvidence(tokens, before, end, "last", lexicon);
    }
    if ((!hasName || participial) && tokens[start - 1]?.word === ",") {
      const before = segmentStart(start - 2);
      if (before <= start - 2) return phraseEvidence(tokens, before, start - 2, "last", lexicon);
    }
    return phraseEvidence(tokens, start, end, "last", lexicon);
  }
}

/**
 * Whether tokens `start`–`end` are lower-case title words then a name of two words or more and nothing else ("former
 * defence minister Shin Ota"), not a participle and its complement ("invité à Paris").
 */
function isTitledName(tokens: readonly SpeechToken[], start: number, end: number, lexicon: Lexicon): boolean {
  let nameStart = end;
  while (nameStart > start && (tokens[nameStart - 1] as SpeechToken).capitalised) nameStart--;
  if (nameStart === start || end - nameStart < 1 || !(tokens[end] as SpeechToken).capitalised) return false;
  for (let j = start; j < nameStart; j++) {
    const token = tokens[j] as SpeechToken;
    if (!token.isWord || lexicon.functionWords.has(token.word) || lexicon.articles.has(token.word)) return false;
  }
  return true;
}

/** Whether the token at `k` is a name's possessive ("Britain'" before "s"). */
function isOwnerToken(tokens: readonly SpeechToken[], k: number): boolean {
  return (tokens[k] as SpeechToken).word.endsWith("'") && tokens[k + 1]?.word === "s";
}

/** Whether a token is a relative pronoun: lower case, as inside a sentence, and not an acronym that spells one ("WHO"). */
export function isRelativePronoun(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && !token.capitalised && lexicon.relativePronouns.has(token.word);
}

/** Words of an acronym or short gloss in parentheses after a subject, at most. */
const MAX_PARENTHESIS_TOKENS = 6;

/** The "(" of a short parenthesis of words closing at token `close`, or -1. */
function parenthesisOpen(tokens: readonly SpeechToken[], close: number): number {
  for (let j = close - 1; j >= 0 && close - j <= MAX_PARENTHESIS_TOKENS; j--) {
    const token = tokens[j] as SpeechToken;
    if (token.word === "(") return j < close - 1 ? j : -1;
    if (!token.isWord && token.word !== "-" && token.word !== ".") return -1;
  }
  return -1;
}

/** Whether a verb form stands among the tokens before `end`: words before a relative that has none are the sentence's subject. */
export function verbBefore(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  for (let j = 0; j < end; j++) if (isFiniteVerb(tokens[j] as SpeechToken, lexicon)) return true;
  return false;
}

/** Whether a token is a past verb form of its own ("gave", "declined"), no auxiliary, copula or present form. */
export function isPastForm(token: SpeechToken, lexicon: Lexicon): boolean {
  if (!token.isWord || token.capitalised || lexicon.auxiliaries.has(token.word) || lexicon.copulas.has(token.word)) return false;
  const past = lexicon.words.pastEnding;
  if (past === null) return false;
  return (token.word.length > past.length + 2 && token.word.endsWith(past)) || lexicon.irregularPast.has(token.word);
}

/** Whether a token is a verb form that can head a clause ("a", "left", "voted", « reste »). */
export function isFiniteVerb(token: SpeechToken, lexicon: Lexicon): boolean {
  if (!token.isWord || token.capitalised) return false;
  const past = lexicon.words.pastEnding;
  return lexicon.auxiliaries.has(token.word) || lexicon.clauseVerbs.has(token.word) || lexicon.copulas.has(token.word) || lexicon.finite.has(token.word) || (past !== null && token.word.length > past.length + 2 && token.word.endsWith(past));
}

/**
 * Within `[first, last]`, the last comma right before a verb (", left the room", « , a quitté la salle »), or -1: an
 * earlier one may set off a participle inside the report ("the plan, approved in May, was sound").
 */
export function mainVerbComma(tokens: readonly SpeechToken[], first: number, last: number, lexicon: Lexicon): number {
  for (let j = last - 1; j > first; j--) {
    if ((tokens[j] as SpeechToken).word === "," && isFiniteVerb(tokens[j + 1] as SpeechToken, lexicon)) return j;
  }
  return -1;
}

/** Whether the verb at `cueFirst` opens a subject relative set off by a comma: ", qui assure", ", who said". */
export function isSubjectRelative(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): boolean {
  const relative = tokens[cueFirst - 1];
  return isRelativePronoun(relative, lexicon) && !lexicon.complementizers.has(relative?.word ?? "") && tokens[cueFirst - 2]?.word === ",";
}

/** A participle clause ("…, saying …", "ajoutant que …") speaks for the sentence's subject. */
export function participleEvidence(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): QuoteEvidence | null {
  return firstSubject(tokens, cue.first, lexicon) ?? { ...emptyEvidence((tokens[cue.first] as SpeechToken).start), sameAs: null };
}

/** The sentence's opening subject before token `before`: its first words up to a comma or verb. */
export function firstSubject(tokens: readonly SpeechToken[], before: number, lexicon: Lexicon): QuoteEvidence | null {
  const limit = Math.min(before, MAX_SUBJECT_TOKENS);
  let first = 0;
  while (first < limit && !(tokens[first] as SpeechToken).isWord) first++;
  if (first >= limit) return null;
  const head = tokens[first] as SpeechToken;
  if (lexicon.subjectPronouns.has(head.word)) {
    return { regionStart: head.start, regionEnd: head.start, prefer: "first", pronoun: head.word, phraseStart: head.start, phraseEnd: head.end, sameAs: null };
  }
  return phraseEvidence(tokens, first, limit - 1, "first", lexicon);
}

/** Whether a complementizer, a subordinator or a relative pronoun opens another clause before token `end`. */
export function opensAnotherClause(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  for (let j = 0; j < end; j++) {
    const token = tokens[j] as SpeechToken;
    if (lexicon.complementizers.has(token.word) || lexicon.subordinators.has(token.word) || isRelativePronoun(token, lexicon)) return true;
  }
  return false;
}

/**
 * The subject of the sentence's first predicate when the coordinator at `coordinator` joins a reporting verb to it: the
 * words before its first verb, after a dateline's colon or a fronted phrase's comma; null when another clause opens before it.
 */
function coordinatedSubject(tokens: readonly SpeechToken[], coordinator: number, lexicon: Lexicon): QuoteEvidence | null {
  // (Only a sentence of one clause up to the coordinator: "Varley left because Borg met the donors and said …" is Borg's.)
  if (opensAnotherClause(tokens, coordinator, lexicon)) return null;
  let start = 0;
  let clauseStart = 0;
  for (let j = 0; j < coordinator && j < MAX_SUBJECT_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0) return null;
    if (token.word === ":") clauseStart = j + 1;
    if (token.word === "," || token.word === ":") start = j + 1;
    else if (isFiniteVerb(token, lexicon)) {
      if (j >= coordinator - 1) return null;
      // "Paul Varley, the trade minister, met Tom Borg and said …": a verb right after an apposition's comma has the name before it.
      if (j === start) return start - 1 > clauseStart ? phraseEvidence(tokens, clauseStart, start - 2, "first", lexicon) : null;
      return phraseEvidence(tokens, start, j - 1, "first", lexicon);
    }
  }
  return null;
}

/** The evidence that names the speaker itself: `sameAs` links always point at one, never at another link. */
export function rootOf(evidence: QuoteEvidence): QuoteEvidence {
  return evidence.sameAs ?? evidence;
}

export function emptyEvidence(at: number): QuoteEvidence {
  return { regionStart: at, regionEnd: at, prefer: "last", pronoun: null, phraseStart: at, phraseEnd: at, sameAs: null };
}
