/** What each verb of saying in a sentence says: its speaker's evidence and the tokens it reports. */
import type { Cue, Lexicon, SpeechToken } from "./reporting-verbs.js";
import { readAccording, readAs } from "./according.js";
import { appositionSubjectStart, clauseAfter, clauseEndsWithin, contentBefore, contentEnd, endsClause, isFrontedAdverbial, isNameWithApposition, isReportedSubjectInApposition, isSubjectInApposition, isSubjectWithRelative, onlyAudienceAfter, pastAudience, pastOneTold, quoteBeforeClauseEnd, shortSubjectStart, TELLS } from "./clauses.js";
import { afterEvidence, isFiniteVerb, participleEvidence, phraseEvidence, pronounEvidence, type QuoteEvidence, subjectEvidence } from "./evidence.js";
import { MAX_INVERTED_TOKENS, MAX_SUBJECT_TOKENS } from "./limits.js";

/** What one cue says: who speaks and which words are reported. */
export interface Reading {
  cue: Cue;
  evidence: QuoteEvidence | null;
  /** Token range of the reported content, inclusive, or null. */
  content: [number, number] | null;
}

/** The last of `readings[0, k)` that `test` accepts. */
export function latestBefore(readings: readonly Reading[], k: number, test: (reading: Reading) => boolean): Reading | undefined {
  for (let j = k - 1; j >= 0; j--) if (test(readings[j] as Reading)) return readings[j];
  return undefined;
}

/** Whether no word comes before token `t`. */
export function noWordBefore(tokens: readonly SpeechToken[], t: number): boolean {
  for (let j = 0; j < t; j++) if ((tokens[j] as SpeechToken).isWord) return false;
  return true;
}

/** The reading whose content holds token `t` and starts last (the first such in order on a tie). */
export function innermostContaining(readings: readonly Reading[], t: number): Reading | undefined {
  let innermost: Reading | undefined;
  for (const reading of readings) {
    if (reading.content === null || reading.content[0] > t || t > reading.content[1]) continue;
    if (innermost === undefined || reading.content[0] > (innermost.content as [number, number])[0]) innermost = reading;
  }
  return innermost;
}

/** What a cue's sentence says about the speaker and the reported words. */
export function read(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon, cueStarts: ReadonlySet<number>): Reading {
  if (cue.kind === "according") return readAccording(tokens, cue, lexicon);
  const previous = tokens[cue.first - 1];
  // ("quoted in the report as saying that …": a participle after "as" goes on with the verb before it.)
  if (cue.kind === "as" || (previous && lexicon.as.has(previous.word) && cue.kind !== "participle")) return readAs(tokens, cue, lexicon);
  // "“We stand ready” tweeted Johnson “to provide …”": after a quotation, a name after the verb is its speaker.
  const afterQuote = previous !== undefined && (previous.quote >= 0 || (previous.word === "," && (tokens[cue.first - 2]?.quote ?? -1) >= 0));
  const nameFollows = tokens[cue.last + 1]?.capitalised === true;
  if (afterQuote && nameFollows && !cue.pronoun) {
    const end = previous.quote >= 0 ? cue.first - 1 : cue.first - 2;
    return { cue, evidence: afterEvidence(tokens, cue.last + 1, lexicon), content: contentBefore(tokens, end) };
  }
  const contentStart = clauseAfter(tokens, cue, lexicon);
  if (cue.pronoun !== null && lexicon.impersonal.has(cue.pronoun)) {
    const place = afterEvidence(tokens, cue.last + 1, lexicon);
    const content = previous && (previous.word === "," || previous.quote >= 0) ? contentBefore(tokens, previous.quote >= 0 ? cue.first - 1 : cue.first - 2) : null;
    return { cue, evidence: place, content };
  }
  if (contentStart !== null) {
    // "said: « … »" reports exactly the quotation that follows.
    // "a confirmé que « toutes les entités » de l'ingénierie étaient concernées": words after it make a clause of it.
    const after = tokens[contentStart + 1];
    // ("said “all the issues” had been raised": an auxiliary after it makes the quotation the subject of a clause too.)
    const clauseGoesOn = after !== undefined && after.isWord && !after.capitalised && (lexicon.complementizers.has(tokens[contentStart - 1]?.word ?? "") || lexicon.auxiliaries.has(after.word));
    const quoteOnly = (tokens[contentStart] as SpeechToken).quote >= 0 && !clauseGoesOn;
    let evidence = cue.pronoun ? pronounEvidence(tokens, cue) : cue.kind === "participle" ? participleEvidence(tokens, cue, lexicon) : subjectEvidence(tokens, cue.first, lexicon);
    // « On précise à la préfecture que … »: the impersonal "on" speaks where the words after its verb place it.
    const placeOpener = tokens[cue.last + 1]?.word ?? "";
    const impersonalSubject = lexicon.impersonal.has(tokens[cue.first - 1]?.word ?? "") && noWordBefore(tokens, cue.first - 1);
    if (evidence === null && impersonalSubject && lexicon.prepositions.has(placeOpener) && lexicon.complementizers.has(tokens[contentStart - 1]?.word ?? "") && contentStart - 2 > cue.last + 1) {
      evidence = phraseEvidence(tokens, lexicon.genitives.has(placeOpener) ? cue.last + 1 : cue.last + 2, contentStart - 2, "last", lexicon);
    }
    return { cue, evidence, content: [contentStart, quoteOnly ? contentStart : contentEnd(tokens, contentStart, lexicon, cueStarts)] };
  }
  // "Les supporters, eux, réclamaient …": a stressed pronoun between commas repeats the subject, it ends no reported content.
  if (previous?.word === "," && lexicon.subjectPronouns.has(tokens[cue.first - 2]?.word ?? "") && tokens[cue.first - 3]?.word === ",") {
    return { cue, evidence: subjectEvidence(tokens, cue.first - 2, lexicon), content: null };
  }
  // Content first: "«…», a déclaré X", "…, a-t-il ajouté", "“…,” he said", "…, Peskov said".
  const quoteBefore = previous !== undefined && (previous.quote >= 0 || (tokens[cue.first - 2]?.quote ?? -1) >= 0);
  const invertible = cue.kind !== "participle" && (quoteBefore || clauseEndsWithin(tokens, cue.last + 1, MAX_INVERTED_TOKENS, lexicon));
  // "“…,” Hill, a Democrat from Ohio, told reporters.": only the audience follows, so the subject before the comma speaks;
  // "Jean Dupont, maire de Lille, a annoncé sa démission": a name and its apposition are no reported clause.
  // ("“…”, ajoute le journaliste": an article right after a verb that takes no object opens its inverted subject, not an audience.)
  const invertedSubject = lexicon.articles.has(tokens[cue.last + 1]?.word ?? "") && !TELLS.test(tokens[cue.last]?.word ?? "");
  const apposed = previous?.word === "," && ((onlyAudienceAfter(tokens, cue.last + 1, lexicon) && !invertedSubject) || isNameWithApposition(tokens, cue.first - 2));
  // "Prices will rise, the bank's governor, Ivan Petrov, warned on Wednesday.": a subject with its apposition after the report.
  const reportedBefore = previous?.word === "," && !cue.pronoun && endsClause(tokens, pastAudience(tokens, cue.last + 1, lexicon, true)) ? appositionSubjectStart(tokens, cue.first - 1, lexicon) : -1;
  if (reportedBefore > 0) {
    return { cue, evidence: phraseEvidence(tokens, reportedBefore + 1, cue.first - 2, "first", lexicon), content: contentBefore(tokens, reportedBefore - 1) };
  }
  if (invertible && !cue.pronoun && apposed) {
    return { cue, evidence: subjectEvidence(tokens, cue.first, lexicon), content: null };
  }
  if (invertible && previous && (previous.quote >= 0 || ((previous.word === "," || previous.word === "—") && !quoteBeforeClauseEnd(tokens, cue.last + 1)))) {
    const end = previous.quote >= 0 ? cue.first - 1 : cue.first - 2;
    // "La ministre, Aline Perrot, en visite à Nîmes, a promis une aide": the words before the verb are its subject, not what it reports.
    if (!cue.pronoun && previous.quote < 0 && (isSubjectInApposition(tokens, end, lexicon) || isSubjectWithRelative(tokens, end, lexicon))) return { cue, evidence: subjectEvidence(tokens, cue.first, lexicon), content: null };
    // "… a affirmé que la France restait disponible et que le ministre de la Culture, Paul Roux, appellerait son homologue":
    // a titled subject named in apposition right after « que » is the next verb's subject inside a report, not an incise's content.
    if (!cue.pronoun && previous.quote < 0 && isReportedSubjectInApposition(tokens, end, lexicon)) return { cue, evidence: subjectEvidence(tokens, cue.first, lexicon), content: null };
    const evidence = cue.pronoun ? pronounEvidence(tokens, cue) : afterEvidence(tokens, cue.last + 1, lexicon);
    return { cue, evidence, content: contentBefore(tokens, end) };
  }
  const subjectStart = cue.kind === "participle" ? null : shortSubjectStart(tokens, cue.first, lexicon);
  // "…, utility officials said Tuesday.", "…, police told Reuters.": the day or audience after the verb ends nothing.
  // ("“…,” Lopes said on a call." or "…, Lopes said on a call.": a quotation that ends its own words, or a comma.)
  const boundaryToken = subjectStart === null ? undefined : tokens[subjectStart - 1];
  const setOffSubject = boundaryToken !== undefined && (boundaryToken.word === "," || (boundaryToken.quote >= 0 && /[,.!?]/u.test(boundaryToken.trailing)));
  if (subjectStart !== null && endsClause(tokens, pastAudience(tokens, pastOneTold(tokens, cue, lexicon), lexicon, setOffSubject))) {
    const boundary = tokens[subjectStart - 1] as SpeechToken;
    const end = boundary.quote >= 0 ? subjectStart - 1 : subjectStart - 2;
    // "Sur place, les riverains s'inquiètent.", "Dans la soirée, le ministère a réagi.": a fronted adverbial is no report.
    if (boundary.quote < 0 && isFrontedAdverbial(tokens, end, lexicon)) return { cue, evidence: subjectEvidence(tokens, cue.first, lexicon), content: null };
    const evidence = cue.pronoun ? pronounEvidence(tokens, cue) : subjectEvidence(tokens, cue.first, lexicon);
    return { cue, evidence, content: contentBefore(tokens, end) };
  }
  const evidence = cue.pronoun ? pronounEvidence(tokens, cue) : cue.kind === "participle" ? participleEvidence(tokens, cue, lexicon) : subjectEvidence(tokens, cue.first, lexicon);
  return { cue, evidence, content: null };
}

/** Tokens of a subject cut off by an incise, at most ("The new government"), and of the incise's own subject ("the minister"). */
const MAX_SPLIT_SUBJECT_TOKENS = 6;
const MAX_INCISE_SUBJECT_TOKENS = 3;

/**
 * A report whose subject comes before an incise and whose predicate after it ("The government, he said, was in
 * denial", « Le gouvernement, a-t-elle assuré, ne touchera pas aux impôts »): the content runs across the incise.
 */
export function acrossIncise(tokens: readonly SpeechToken[], reading: Reading, lexicon: Lexicon, cueStarts: ReadonlySet<number>): Reading {
  const { cue, content } = reading;
  if (!content || cue.kind === "according" || content[1] >= cue.first || content[1] - content[0] >= MAX_SPLIT_SUBJECT_TOKENS) return reading;
  if (tokens[content[1] + 1]?.word !== "," || cue.first - content[1] - 2 > MAX_INCISE_SUBJECT_TOKENS) return reading;
  // ("Le maire a parlé une heure, raconte Luc Morel, journaliste.": words with a verb of their own are a clause, not a split subject.)
  for (let j = content[0]; j <= content[1]; j++) if (!(tokens[j] as SpeechToken).isWord || isFiniteVerb(tokens[j] as SpeechToken, lexicon)) return reading;
  // The incise ends at a comma after the verb and the speaker inverted after it (« a précisé le ministre, »).
  let comma = cue.last + 1;
  while (comma <= cue.last + MAX_SPLIT_SUBJECT_TOKENS && tokens[comma]?.isWord) comma++;
  if (tokens[comma]?.word !== ",") return reading;
  const next = tokens[comma + 1];
  const word = next?.word ?? "";
  const goesOn = next !== undefined && next.isWord && !next.capitalised && !lexicon.prepositions.has(word) && !lexicon.articles.has(word) && !lexicon.coordinators.has(word) && !lexicon.relativePronouns.has(word) && !lexicon.complementizers.has(word) && lexicon.presentParticiples.match(tokens, comma + 1) === 0;
  return goesOn ? { ...reading, content: [content[0], contentEnd(tokens, comma + 1, lexicon, cueStarts)] } : reading;
}

/** The reading whose cue is closest to token `t`; one inside a relative clause ("— which the BBC noted —") does not count. */
export function nearestReading(readings: readonly Reading[], t: number, tokens: readonly SpeechToken[], lexicon: Lexicon): Reading | undefined {
  let best: Reading | undefined;
  let distance = Infinity;
  for (const reading of readings) {
    if (!reading.evidence || inRelativeClause(tokens, reading.cue.first, lexicon)) continue;
    // "The “cordial” talks raised hopes, but diplomats said …": a later clause's report does not reach back to it.
    if (t < reading.cue.first && reading.content !== null && reading.content[0] > reading.cue.last && clauseJoinBetween(tokens, t, reading.cue.first, lexicon)) continue;
    const gap = t < reading.cue.first ? reading.cue.first - t : t - reading.cue.last;
    if (gap < distance) {
      distance = gap;
      best = reading;
    }
  }
  return best;
}

/** Whether a comma and a conjunction (", but", « , mais ») join another clause between tokens `from` and `to`. */
function clauseJoinBetween(tokens: readonly SpeechToken[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j - 1]?.word === "," && lexicon.coordinators.has((tokens[j] as SpeechToken).word)) return true;
  return false;
}

/** Whether the words before token `at`, back to punctuation, open with a relative pronoun. */
function inRelativeClause(tokens: readonly SpeechToken[], at: number, lexicon: Lexicon): boolean {
  let j = at - 1;
  while (j >= 0 && at - j <= MAX_SUBJECT_TOKENS && (tokens[j] as SpeechToken).isWord) j--;
  const opener = tokens[j + 1];
  if (j + 1 >= at || opener === undefined || !lexicon.relativePronouns.has(opener.word) || lexicon.complementizers.has(opener.word)) return false;
  // "qui a rappelé", "who also said": the relative is the subject, the verb is the antecedent's.
  return !tokens.slice(j + 2, at).every((token) => lexicon.adverbs.has(token.word));
}
