/** The quotes stage: finds direct quotes (between quotation marks) and indirect (reported) speech, with the evidence of who speaks. */
import type { Quote } from "../../types.js";
import type { DocumentContext } from "../context.js";
import { findMarkedQuotes, type MarkedQuote } from "./quote-marks.js";
import { findCues, type Lexicon, lexiconFor, speechContent, type SpeechToken, tokeniseSpan } from "./reporting-verbs.js";
import { auxiliaryBefore, findSpeechActs, isNameGloss, isSpeech, noWordAfter, saidBefore, setOffBefore, startsWithVerb, viewpointEvidence } from "./direct.js";
import { emptyEvidence, firstSubject, isSubjectRelative, mainVerbComma, opensAnotherClause, type QuoteEvidence, rootOf, subjectEvidence, verbBefore } from "./evidence.js";
import { splitAtIncises } from "./incises.js";
import { cueText, indirectQuote } from "./indirect.js";
import { MAX_SENTENCE_TOKENS } from "./limits.js";
import { acrossIncise, innermostContaining, latestBefore, nearestReading, noWordBefore, read, type Reading } from "./readings.js";
import { isCapital, pieceEnd, sameParagraph, SENTENCE_END, type SpeechSentence, speechSentences, wordCount } from "./sentences.js";

export { DEMONSTRATIVE, type QuoteEvidence } from "./evidence.js";
export type { QuoteWords } from "./words.js";

/** A quote found, with the evidence of its speaker. */
interface FoundQuote {
  quote: Quote;
  evidence: QuoteEvidence | null;
}

/** What reading a document's sentences in order carries from one sentence to the next. */
interface QuoteScan {
  text: string;
  marked: MarkedQuote[];
  lexicon: Lexicon;
  found: FoundQuote[];
  /** Whom the last sentence read gave its words to: a quotation opening the next one, with no verb, goes on with them. */
  previousAttributed: QuoteEvidence | null;
  /** The quotations kept so far: one repeating earlier words, unattributed, names a thing. */
  seenTexts: Set<string>;
  /** The sentence read before the current one, when both are in one paragraph. */
  sentenceBefore: SpeechSentence | null;
}

/** Finds direct quotes (between quotation marks) and indirect (reported) speech, with speaker evidence. */
export function findQuotes(ctx: DocumentContext): void {
  const lexicon = lexiconFor(ctx.locale.quotes);
  const text = ctx.text;
  const marked = splitAtIncises(text, findMarkedQuotes(text), lexicon);
  const scan: QuoteScan = { text, marked, lexicon, found: [], previousAttributed: null, seenTexts: new Set<string>(), sentenceBefore: null };
  readSentences(ctx, scan);
  storeQuotes(ctx, scan.found);
}

/** Reads the body's sentences in order, each knowing the one before it in its paragraph. */
function readSentences(ctx: DocumentContext, scan: QuoteScan): void {
  const { text, marked, lexicon } = scan;
  let lastSentence: SpeechSentence | null = null;
  for (const sentence of speechSentences(ctx, marked, lexicon)) {
    scan.sentenceBefore = lastSentence !== null && sameParagraph(text, lastSentence.end, sentence.start) ? lastSentence : null;
    lastSentence = sentence;
    const content = speechContent(text, sentence.start, sentence.end, marked, sentence.firstQuote, lexicon);
    if (content !== "maybe speech") {
      // Nothing to read; still, like any sentence with words, it ends the speech that runs on.
      if (content === "no speech") scan.previousAttributed = null;
      continue;
    }
    readSentence(scan, sentence);
  }
}

/** Stores the quotes in text order (a direct quote first at a shared start), each with its evidence or an empty one. */
function storeQuotes(ctx: DocumentContext, found: FoundQuote[]): void {
  found.sort((a, b) => a.quote.start - b.quote.start || (a.quote.kind === "direct" ? -1 : 1));
  ctx.quotes = found.map((entry) => entry.quote);
  ctx.quoteEvidence = found.map(
    (entry) => entry.evidence ?? { regionStart: entry.quote.start, regionEnd: entry.quote.start, prefer: "last", pronoun: null, phraseStart: 0, phraseEnd: 0, sameAs: null },
  );
}

/**
 * Reads a sentence in pieces of at most MAX_SENTENCE_TOKENS, cut after a comma or semicolon when
 * one is near: no real sentence is that long, and the bound keeps the stage linear on text
 * without sentence ends. Each piece is tokenised when it is reached, so that a very long
 * sentence is never held as tokens all at once.
 */
function readSentence(scan: QuoteScan, sentence: SpeechSentence): void {
  const { text, marked, lexicon } = scan;
  let from = sentence.start;
  let firstQuote = sentence.firstQuote;
  for (;;) {
    // One token past the bound tells whether the sentence goes on.
    const tokens = tokeniseSpan(text, from, sentence.end, marked, firstQuote, lexicon, MAX_SENTENCE_TOKENS + 1);
    if (tokens.length <= MAX_SENTENCE_TOKENS) {
      readPiece(scan, tokens);
      return;
    }
    const end = pieceEnd(tokens);
    const next = tokens[end] as SpeechToken;
    for (let j = end - 1; j >= 0; j--) {
      const quote = (tokens[j] as SpeechToken).quote;
      if (quote >= 0) {
        firstQuote = quote + 1;
        break;
      }
    }
    // The next piece starts at its first token, as the whole sentence's tokens would have it.
    from = next.start;
    tokens.length = end;
    readPiece(scan, tokens);
  }
}

/** Reads the quotes of one sentence (or one bounded piece of a very long one). */
function readPiece(scan: QuoteScan, tokens: SpeechToken[]): void {
  if (tokens.length === 0) return;
  const readings = readCues(tokens, scan.lexicon);
  linkToEarlierSpeakers(tokens, readings, scan.lexicon);
  endSubjectRelatives(tokens, readings, scan.lexicon);
  dropFramingSources(readings);
  const attributedDirect = readDirectQuotes(scan, tokens, readings);
  const attributedIndirect = readIndirectQuotes(scan, tokens, readings);
  scan.previousAttributed = attributedDirect ?? attributedIndirect;
}

/** What each verb of saying in the piece says, its report read across an incise that splits it. */
function readCues(tokens: SpeechToken[], lexicon: Lexicon): Reading[] {
  const cues = findCues(tokens, lexicon);
  const cueStarts = new Set(cues.map((cue) => cue.first));
  return cues.map((cue) => acrossIncise(tokens, read(tokens, cue, lexicon, cueStarts), lexicon, cueStarts));
}

/** Readings that speak for an earlier verb's subject: a relative on the speaker, a participle clause, a coordinated verb. */
function linkToEarlierSpeakers(tokens: SpeechToken[], readings: Reading[], lexicon: Lexicon): void {
  for (const [k, reading] of readings.entries()) {
    const earlier = latestBefore(readings, k, (other) => other.evidence !== null && other.cue.kind !== "according");
    if (!earlier?.evidence) continue;
    // "…, a expliqué l'élu, qui assure que …": the relative's subject is the speaker just named after the earlier verb.
    const relativeOfSpeaker = isSubjectRelative(tokens, reading.cue.first, lexicon) && earlier.cue.last < reading.cue.first - 2 && earlier.content !== null && earlier.content[1] < earlier.cue.first;
    if (relativeOfSpeaker && reading.evidence?.sameAs == null) {
      reading.evidence = { ...(reading.evidence ?? emptyEvidence((tokens[reading.cue.first] as SpeechToken).start)), sameAs: rootOf(earlier.evidence) };
      continue;
    }
    if (!reading.evidence || reading.evidence.sameAs !== null) continue;
    // A participle clause or a coordinated verb ("… and warned that") speaks for the earlier verb's subject.
    const coordinated = lexicon.coordinators.has(tokens[reading.cue.first - 1]?.word ?? "");
    if (reading.cue.kind === "participle" || coordinated) reading.evidence = { ...reading.evidence, sameAs: rootOf(earlier.evidence) };
  }
}

/** Ends the report of a verb inside a relative on the sentence's subject where the main verb comes. */
function endSubjectRelatives(tokens: SpeechToken[], readings: Reading[], lexicon: Lexicon): void {
  // "Paul Ortiz, who said the law was void, left the room": the relative on the subject ends where the main verb comes.
  for (const reading of readings) {
    if (reading.content && isSubjectRelative(tokens, reading.cue.first, lexicon) && !verbBefore(tokens, reading.cue.first - 2, lexicon)) {
      const mainVerb = mainVerbComma(tokens, reading.content[0], reading.content[1], lexicon);
      if (mainVerb > reading.content[0]) reading.content = [reading.content[0], mainVerb - 1];
    }
  }
}

/** Drops the content of a "selon"/"according to" source whose words hold a verb of saying of their own. */
function dropFramingSources(readings: Reading[]): void {
  // "According to Xinhua, Xi warned that …": the inner verb reports; the outer attribution does not.
  for (const reading of readings) {
    if (reading.cue.kind !== "according" || !reading.content) continue;
    const [first, last] = reading.content;
    if (readings.some((other) => other !== reading && other.content && other.cue.first >= first && other.cue.last <= last)) reading.content = null;
  }
}

/** Keeps each quotation of the piece that is speech, with its speaker's evidence; returns the last evidence given. */
function readDirectQuotes(scan: QuoteScan, tokens: SpeechToken[], readings: Reading[]): QuoteEvidence | null {
  const { text, marked, lexicon, found, seenTexts, previousAttributed, sentenceBefore } = scan;
  let speechActs: number[] | null = null;
  let attributedHere: QuoteEvidence | null = null;
  let firstQuoteToken = true;

  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as SpeechToken;
    if (token.quote < 0) continue;
    const quote = marked[token.quote] as MarkedQuote;
    const words = wordCount(text, quote.start, quote.end);
    const atStart = firstQuoteToken && noWordBefore(tokens, t);
    firstQuoteToken = false;
    const adjacent = readings.find((reading) => reading.content !== null && reading.content[0] === t && reading.content[1] === t);
    const containing = innermostContaining(readings, t);
    const nearest = nearestReading(readings, t, tokens, lexicon);
    // "Vidal a exhorté Morel à choisir la « voie diplomatique », selon un communiqué": a partial quote inside the clause a
    // source reports is the words of that clause's subject, relayed by the source.
    // (Only after a verb of saying, written or quoted: "The new plan is “a disaster”, according to the union" is the union's;
    // and only in a sentence of that one clause: « La journée sera longue puisque la séance durera « jusqu'au soir » selon
    // la mairie » is the town hall's.)
    const relayedPartial =
      !adjacent && containing?.cue.kind === "according" && containing.content !== null && containing.content[0] === 0 && containing.content[1] < containing.cue.first && words < 4 && saidBefore(tokens, t, lexicon) && !opensAnotherClause(tokens, t, lexicon)
        ? firstSubject(tokens, t, lexicon)
        : null;
    // « X a affirmé qu'il …, « mais … », détaille Y »: the verb inverted right after the quotation says whose it is,
    // rather than the clause it closes.
    const invertedAfter = readings.find((reading) => reading.evidence !== null && reading.cue.kind !== "according" && reading.content !== null && reading.content[1] === t && reading.content[0] < t && setOffBefore(tokens, t, reading.cue.first));
    let evidence = adjacent?.evidence ?? invertedAfter?.evidence ?? relayedPartial ?? containing?.evidence ?? nearest?.evidence ?? null;
    let cue = adjacent?.cue ?? invertedAfter?.cue ?? containing?.cue ?? nearest?.cue ?? null;
    // « Pour Claire Joly, il n'y a « aucune raison de s'inquiéter » »: the one whose view the sentence opens with,
    // rather than the subject of a verb that only frames the words ("the stadium is “a waste”").
    if (!evidence && readings.length === 0) evidence = viewpointEvidence(tokens, t, lexicon);
    if (!evidence) {
      speechActs ??= findSpeechActs(tokens, lexicon);
      const act = speechActs.filter((index) => index < t).pop();
      if (act !== undefined) evidence = subjectEvidence(tokens, auxiliaryBefore(tokens, act, lexicon), lexicon);
    }
    // A quotation that opens with the speaker's verb stands for it: "Theresa May « félicite chaleureusement » Macron".
    if (!evidence && startsWithVerb(text, quote, lexicon)) evidence = subjectEvidence(tokens, t, lexicon);
    if (!evidence && atStart && readings.length === 0 && previousAttributed) {
      evidence = { ...emptyEvidence(quote.open), sameAs: rootOf(previousAttributed as QuoteEvidence) };
    }
    // "Rehnberg did not hesitate. “Nothing comes close.”", « Pour Karim Roux, l'argument ne tient pas. « … » »: a
    // quotation that is a sentence of its own, with no verb of saying, is the person's whom the sentence before names first.
    if (!evidence && atStart && readings.length === 0 && sentenceBefore !== null && noWordAfter(tokens, t)) {
      evidence = { regionStart: sentenceBefore.start, regionEnd: sentenceBefore.end, prefer: "first", pronoun: null, phraseStart: sentenceBefore.start, phraseEnd: sentenceBefore.start, sameAs: null };
    }
    // « Un conseiller reste prudent : « Rien n'est joué. » »: a whole sentence after a colon is the clause's speech, however short.
    if (!evidence && tokens[t - 1]?.word === ":" && isCapital(text[quote.start] ?? "") && SENTENCE_END.test(text[quote.end - 1] ?? "")) evidence = firstSubject(tokens, t - 1, lexicon);
    // A single word inside a sentence is no partial quote, even right after a verb of saying ("a jugé « indispensable »").
    const oneWordPartial = words < 2 && !atStart && !SENTENCE_END.test(text[quote.end - 1] ?? "");
    if (isNameGloss(tokens, t) || oneWordPartial || (!adjacent && !isSpeech(tokens, t, words, evidence !== null, lexicon, text, quote, readings.some((reading) => reading.cue.first === t + 1)))) continue;
    const inner = text.slice(quote.start, quote.end);
    // Unattributed after an article or a preposition, or repeating earlier words, it names a thing:
    // "la « situation actuelle »", "le projet de loi sur « … »".
    const before = tokens[t - 1]?.word ?? "";
    if (!evidence && (lexicon.articles.has(before) || lexicon.prepositions.has(before) || before === "(" || seenTexts.has(inner))) continue;
    seenTexts.add(inner);
    // "Bolsonaro opposed Macron's statement: « … »": the clause before the colon speaks.
    if (!evidence && tokens[t - 1]?.word === ":") evidence = firstSubject(tokens, t - 1, lexicon);
    if (!evidence && words >= 4 && t > 0) evidence = subjectEvidence(tokens, t, lexicon);
    if (evidence) attributedHere = evidence;
    found.push({
      quote: {
        text: text.slice(quote.start, quote.end),
        kind: "direct",
        speaker: null,
        speakerText: null,
        cue: cue && evidence ? cueText(tokens, cue, text) : null,
        start: quote.start,
        end: quote.end,
      },
      evidence,
    });
  }
  return attributedHere;
}

/** Keeps the reported clauses of the piece as indirect quotes; returns the evidence of the first that has one. */
function readIndirectQuotes(scan: QuoteScan, tokens: SpeechToken[], readings: Reading[]): QuoteEvidence | null {
  const { text, marked, lexicon, found } = scan;
  let attributedHere: QuoteEvidence | null = null;
  // "Dorsk told Vale that Norland was ready, said Rao.": words reported before an inverted verb that hold a report of
  // their own are that report's, relayed; the relaying verb reports nothing more.
  const reportsWithin = (outer: Reading): boolean =>
    outer.content !== null && outer.content[1] < outer.cue.first && readings.some((inner) => inner !== outer && inner.content !== null && inner.evidence !== null && inner.cue.kind !== "according" && outer.content !== null && outer.content[0] <= inner.cue.first && inner.content[1] <= outer.content[1]);
  const relays = readings.filter(reportsWithin);
  for (const reading of readings) {
    if (relays.includes(reading)) continue;
    // « X a affirmé qu'il …, « mais … », détaille Y »: a quotation closing the report that a verb inverted right after it
    // gives to another speaker is that speaker's; the report ends before it.
    const closing = reading.content?.[1] ?? -1;
    const givenAway = closing > 0 && (tokens[closing] as SpeechToken).quote >= 0 && readings.some((other) => other !== reading && other.evidence !== null && other.cue.kind !== "according" && setOffBefore(tokens, closing, other.cue.first));
    if (givenAway && reading.content !== null) {
      let end = closing - 1;
      while (end > reading.content[0] && !(tokens[end] as SpeechToken).isWord && (tokens[end] as SpeechToken).quote < 0) end--;
      if (end > reading.content[0]) reading.content = [reading.content[0], end];
    }
    // A report inside another's clause ("said the leaders had agreed that …") is part of it.
    const nested = readings.some((other) => other !== reading && !relays.includes(other) && other.content && other.content[0] <= reading.cue.first && reading.cue.last <= other.content[1]);
    if (nested) continue;
    const indirect = indirectQuote(tokens, reading, text, marked, lexicon);
    if (!indirect) continue;
    found.push({ quote: indirect, evidence: reading.evidence });
    // "Raman cautioned that … « It's far too hot. »": who was just reported goes on speaking.
    attributedHere ??= reading.evidence;
  }
  return attributedHere;
}
