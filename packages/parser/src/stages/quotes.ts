import type { Quote } from "../types.js";
import type { DocumentContext } from "./context.js";
import { findMarkedQuotes, type MarkedQuote } from "./quote-marks.js";
import { UNDECIDED } from "./word-table.js";
import { adverbsBefore, codePointStart, findCues, foldedWord, isSplittingAdverb, letterOrDigitLength, lexiconFor, speechContent, startsLowerCase, tokeniseSpan, type Cue, type Lexicon, type SpeechToken } from "./reporting-verbs.js";

/** Reporting verbs and attribution words for one language (forms as written, lower case). */
export interface QuoteWords {
  /** Past participles used after an auxiliary ("déclaré" in "a déclaré"; "said" in "has said"). */
  participles: readonly string[];
  /** Simple-tense forms that report on their own ("déclare", "ajoutait", "said", "says"). */
  finiteForms: readonly string[];
  /** Plural present forms, reporting only after a plural subject ("critics say", "sources report"). */
  pluralForms: readonly string[];
  /** Present participles that open a reported clause ("ajoutant", "saying"). */
  presentParticiples: readonly string[];
  /** Auxiliaries before a participle ("a", "ont", "avait", "has", "had"). */
  auxiliaries: readonly string[];
  /** Pronouns glued to an inverted verb ("-t-il" in "a-t-il ajouté"). */
  invertedPronouns: readonly string[];
  /** Forms of "be" and its like that a subject's verb may be, though listed as function words (« était », « sera »). */
  copulas: readonly string[];
  /** An age after a noun (« l'élu de 58 ans »): no part of what the noun points back to. Null where ages go before. */
  ageComplement: RegExp | null;
  /** Verbs of saying that mean something else with a reflexive pronoun (« ce retard s'explique par », « il se rappelle »). */
  reflexiveNotSpeech: readonly string[];
  /** Words that may stand between auxiliary and participle ("également", "also"). */
  adverbs: readonly string[];
  /** Words opening the reported clause ("que", "that"). */
  complementizers: readonly string[];
  /** Whether the complementizer may come after any adverbial ("a rappelé au cours d'un voyage que …"). */
  complementizerAfterAdverbials: boolean;
  /** Words that make a following complementizer part of a locution ("ainsi que", "bien que"). */
  notBeforeComplementizer: readonly string[];
  /** Verbs that report a clause without its complementizer ("said the talks failed"). */
  bareClauseVerbs: readonly string[];
  /**
   * Verb forms that show such a bare clause has a verb of its own ("announced Benin was to join"),
   * where "reported a loss" takes an object; with past forms in -ed, a present tense after a name,
   * and subject pronouns.
   */
  clauseVerbs: readonly string[];
  /** Attributions without a verb ("selon", "according to"). */
  accordingTo: readonly string[];
  /** First-person possessives: a source they open is the outlet's own ("selon nos informations"), no speaker. */
  ownSources: readonly string[];
  /** Relative pronouns after such an attribution: the noun before it speaks ("une déclaration selon laquelle …"). */
  accordingRelatives: readonly string[];
  /** Words before a participle that make it an attribution of what follows ("Comme indiqué au ministère"). */
  as: readonly string[];
  subjectPronouns: readonly string[];
  /** Pronouns and possessives that stand for one person ("il", "his"): never for a plural group. */
  singularPronouns: readonly string[];
  /** Plural personal pronouns ("ils", "they"): never for one person. */
  pluralPronouns: readonly string[];
  /** Pronouns that never stand for a person ("it"): a body or a company speaks through them. */
  nonPersonPronouns: readonly string[];
  /** Pronouns that point back to the last person named ("celle-ci", "ce dernier", "the latter"). */
  demonstratives: readonly string[];
  /** Words after a participle that make it passive ("reported by", "annoncé par"): not a cue. */
  passiveAgents: readonly string[];
  /** The ending of a gerund, after which a verb form is its object noun ("receiving reports that"), or null. */
  gerundEnding: string | null;
  /** The regular past tense's ending ("ed"), after which a form of a verb of saying is its object ("deserved answers"). */
  pastEnding: string | null;
  /** Auxiliaries right before a participle that make it passive ("have been reported", « a été annoncé »): not a cue. */
  passiveAuxiliaries: readonly string[];
  /** An infinitive opening a reported clause without complementizer ("a confié vouloir …"), or null. */
  infinitive: RegExp | null;
  /** Words the infinitive pattern would take but that are not verbs ("premier", "avenir"). */
  notInfinitives: readonly string[];
  /** Possessives that stand for a speaker ("selon ses dires"). */
  possessives: readonly string[];
  /** Words opening a relative clause inside a subject ("Macron, qui …, a déclaré"). */
  relativePronouns: readonly string[];
  /** Relatives of place ("où", "where"): they describe the noun before them, never comment on the whole report. */
  locativeRelatives: readonly string[];
  /**
   * Past forms that, right after a coordinator, give the speaker a second predicate and end the
   * report: "insisted the plan was sound and accused critics of …".
   */
  ownPredicates: readonly string[];
  /** Participles that, after a comma, comment on the report rather than go on with it ("…, sparking speculation that …"). */
  commentParticiples: readonly string[];
  /** Prepositions tying a document to its author besides the genitives ("a statement from the county"). */
  authorLinks: readonly string[];
  articles: readonly string[];
  /** Articles that introduce a new referent ("un", "a"): a document so introduced is the one "le rapport" names later. */
  indefiniteArticles: readonly string[];
  /** Determiners of quantity before a group ("plusieurs", "many"): capitalised at a sentence start, they are no name. */
  quantifiers: readonly string[];
  /** Nouns that take a plural verb without a plural ending ("police say", "people think"). */
  collectiveNouns: readonly string[];
  /** Verbs and predicates that make a short quotation someone's words ("évoque un « … »", "called it "…""). */
  speechActs: readonly string[];
  /** Words before a quotation that make it a name or a title rather than speech ("baptisé", "so-called"). */
  namingWords: readonly string[];
  /** Impersonal subjects: the speaker is where they speak ("a-t-on souligné à l'Élysée"). */
  impersonal: readonly string[];
  /** Nouns of a spokesperson's role ("porte-parole", "press secretary"), folded. */
  spokespersonWords: readonly string[];
  /** Role variants and the canonical role they stand for, folded ("chef du gouvernement" → "premier ministre"). */
  roleSynonyms: readonly (readonly [string, string])[];
  /** Partitives before the group that speaks ("l'un des", "one of"). */
  partitives: readonly string[];
  /** Prepositions: a verb form right after one is a participle or noun ("amongst reported incidents"). */
  prepositions: readonly string[];
  /** Prepositions that open what a verb of saying is about ("warned of", « mis en garde contre »): no place or medium, so a "that" after their noun is a relative. */
  topicPrepositions: readonly string[];
  /** A preposition fused with an article ("au" for « à le »): listed as an article, it still opens an adjunct, never an object. */
  fusedPrepositions: readonly string[];
  /** Prepositions that open a sentence with whose view it gives (« Pour Claire Joly, … »): no verb of saying, but its quotations are that one's. */
  viewpointMarkers: readonly string[];
  /** Words that open a predicate besides auxiliaries and copulas (« va », « ne », "goes", "does"): a quotation opening so is said of the noun before it, not its name. */
  predicateOpeners: readonly string[];
  /** Irregular simple past forms ("gave", "left"): after ", but" with no subject, the speaker's own next predicate. */
  irregularPast: readonly string[];
  /** Demonstrative determiners ("ce", "this"): "ce diplomate" is the unnamed diplomat met before, not anyone named last. */
  demonstrativeDeterminers: readonly string[];
  /** Nouns that point back to whichever document the text introduced last (« le texte », "the document"). */
  documentAnaphors: readonly string[];
  /** Bodies that speak for their owner ("office" in "the mayor's office", « entourage » in « l'entourage du ministre »). */
  ownerVoices: readonly string[];
  /**
   * Of those, the bodies that speak as themselves even for a person ("her office said" → office, « son cabinet »
   * → cabinet); the others, a person's circle (« son entourage », "his camp") or spokesperson, speak as the person.
   */
  ownBodies: readonly string[];
  /** Conjunctions joining two verbs of one subject ("et", "and"). */
  coordinators: readonly string[];
  /** Words that end a reported clause ("tandis que", "while"). */
  clauseBreaks: readonly string[];
  /** Conjunctions opening a clause with its own subject: the subject of a verb after one starts past it ("after farm groups complained"). */
  subordinators: readonly string[];
  /** Words that may stand between a verb and its clause ("aux journalistes", "told reporters on Tuesday"). */
  audience: readonly string[];
  /** Grammatical words: a short quotation followed by anything else is used as a name ("one China" policy). */
  functionWords: readonly string[];
  /** Abbreviations whose period does not end a sentence ("M.", "Dr."). */
  abbreviations: readonly string[];
  /** Prepositions that make a name the complement of the noun before it ("les avocats de Jean Dupont"): that name is not the speaker. */
  genitives: readonly string[];
  /** Participles that tie a document to its issuer, who is the speaker ("un communiqué émanant du ministère"). */
  issuingParticiples: readonly string[];
  /** Participles that name who received or relayed a document, not who wrote it ("obtained by", « reçu par »). */
  recipientParticiples: readonly string[];
  /** Documents and figures whose author speaks for them ("les estimations d'Amnesty", "a report by the UN"). */
  documentNouns: readonly string[];
  /** Nouns that, with a definite article, point back to the person who spoke last ("l'élu", "le dirigeant"). */
  anaphoricPersonNouns: readonly string[];
  /** Words that make a role a past one ("former", « ancien »): "the former mayor" re-describes someone, it holds no office. */
  formerMarkers: readonly string[];
  /** Words that make a title a rank below its noun's ("vice president", « ministre délégué »): "the president" is not its holder. */
  lowerRanks: readonly string[];
  /** Words that say a description names one already met ("the same source", « la même source »). */
  sameMarkers: readonly string[];
  /** Common nouns of a news outlet, which speaks by its name alone ("the Yonhap news agency" → "Yonhap"). */
  outletNouns: readonly string[];
  /** Words between a source and the one it is close to ("close to", « proche de »): that person is not who speaks. */
  closenessMarkers: readonly string[];
  /** Elected offices, one person often holding two ("maire" and "député"): a bare one no one else holds may name the other's holder. */
  electedTitles: readonly string[];
  /** Written records that speak for no one unless their author is named ("court filings", « l'ordonnance de renvoi »). */
  recordNouns: readonly string[];
  /** Verbs that report only with the impersonal pronoun ("a-t-on appris de source policière"; "X a appris que" is no report). */
  impersonalOnlyVerbs: readonly string[];
  /** Titles written as acronyms ("PDG", "CEO"): a definite one points back to its holder like any role noun. */
  titleAcronyms: readonly string[];
  /** Honorifics that give their bearer a role, with the role's nouns ("Me" → "avocat", "avocate"). */
  honorificRoles: readonly (readonly [string, readonly string[]])[];
  /** Organization nouns that name no kind ("organisation"): a name holding one says nothing against "l'agence". */
  genericOrganizationNouns: readonly string[];
  /** Nouns for a kind of organization that, with a definite article, point back to the one that spoke last ("l'entreprise", "the union"). */
  organizationNouns: readonly string[];
  /** Whether a noun comes after its modifiers, so that a name before the last noun only qualifies it ("a Kremlin spokesman"). */
  modifiersPrecedeNoun: boolean;
  /** Prepositions before the one spoken to, who is no speaker: "a répondu à Viktor Orban". */
  addresseeMarkers: readonly string[];
  /** Singular personal pronouns for a woman ("elle", "she") and for a man ("il", "he"). */
  femininePronouns: readonly string[];
  masculinePronouns: readonly string[];
  /** Common given names of women and of men in the language's news: a pronoun of the other gender is not theirs. */
  feminineGivenNames: readonly string[];
  masculineGivenNames: readonly string[];
}

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

/** A sentence of the body, quotations kept whole. */
interface SpeechSentence {
  start: number;
  end: number;
  /** Index of the first quotation that opens in it. */
  firstQuote: number;
}

/** What one cue says: who speaks and which words are reported. */
interface Reading {
  cue: Cue;
  evidence: QuoteEvidence | null;
  /** Token range of the reported content, inclusive, or null. */
  content: [number, number] | null;
}

const SENTENCE_END = /[.!?…]/;
const SENTENCE_BREAK = /[.!?…\n]/g;

/**
 * `pattern.test(char)` for one UTF-16 code, remembered per code: the sentence splitter asks it of
 * every character around a sentence end.
 */
function codeTest(pattern: RegExp): (char: string) => boolean {
  const known = new Uint8Array(0x10000);
  return (char) => {
    const code = char.charCodeAt(0);
    if (known[code] === 0) known[code] = pattern.test(char) ? 2 : 1;
    return known[code] === 2;
  };
}

const isSentenceEnd = codeTest(SENTENCE_END);
const isSpace = codeTest(/\s/u);
const isLineSpace = codeTest(/[\s\u00a0\u202f]/);
const isCapitalOrDigit = codeTest(/[\p{Lu}\p{N}]/u);
const isLetterOrPeriod = codeTest(/[\p{L}.]/u);
const isCapital = codeTest(/\p{Lu}/u);

const OPENING_MARKS = "«“\"‹‘([";
/** Attribution windows, in tokens: they keep every search local, so the stage stays linear. */
const MAX_SUBJECT_TOKENS = 30;
const MAX_CONTENT_TOKENS = 220;
const MAX_SENTENCE_TOKENS = 320;
const MAX_GAP_TOKENS = 8;
/** An inverted speaker ("…, a indiqué l'attaché de presse du chef de l'État, Dmitri Peskov.") ends the sentence soon. */
const MAX_INVERTED_TOKENS = 16;
const COMMA_LIKE = new Set([",", ";", ":", "(", ")"]);
/** Prepositions that cannot open a reported clause ("said to have", "told of"). */
const NOT_A_CLAUSE_START = new Set(["to", "by", "as", "for", "with", "of", "from", "into", "about", "than", "in", "on", "at", "after", "before"]);

/** Finds direct quotes (between quotation marks) and indirect (reported) speech, with speaker evidence. */
export function findQuotes(ctx: DocumentContext): void {
  const lexicon = lexiconFor(ctx.locale.quotes);
  const text = ctx.text;
  const marked = splitAtIncises(text, findMarkedQuotes(text), lexicon);
  const found: { quote: Quote; evidence: QuoteEvidence | null }[] = [];
  let previousAttributed: QuoteEvidence | null = null;
  const seenTexts = new Set<string>();

  /** The sentence read before the current one, when both are in one paragraph. */
  let sentenceBefore: SpeechSentence | null = null;
  let lastSentence: SpeechSentence | null = null;
  for (const sentence of speechSentences(ctx, marked, lexicon)) {
    sentenceBefore = lastSentence !== null && sameParagraph(text, lastSentence.end, sentence.start) ? lastSentence : null;
    lastSentence = sentence;
    const content = speechContent(text, sentence.start, sentence.end, marked, sentence.firstQuote, lexicon);
    if (content !== "maybe speech") {
      // Nothing to read; still, like any sentence with words, it ends the speech that runs on.
      if (content === "no speech") previousAttributed = null;
      continue;
    }
    readSentence(sentence);
  }

  found.sort((a, b) => a.quote.start - b.quote.start || (a.quote.kind === "direct" ? -1 : 1));
  ctx.quotes = found.map((entry) => entry.quote);
  ctx.quoteEvidence = found.map(
    (entry) => entry.evidence ?? { regionStart: entry.quote.start, regionEnd: entry.quote.start, prefer: "last", pronoun: null, phraseStart: 0, phraseEnd: 0, sameAs: null },
  );

  /**
   * Reads a sentence in pieces of at most MAX_SENTENCE_TOKENS, cut after a comma or semicolon when
   * one is near: no real sentence is that long, and the bound keeps the stage linear on text
   * without sentence ends. Each piece is tokenised when it is reached, so that a very long
   * sentence is never held as tokens all at once.
   */
  function readSentence(sentence: SpeechSentence): void {
    let from = sentence.start;
    let firstQuote = sentence.firstQuote;
    for (;;) {
      // One token past the bound tells whether the sentence goes on.
      const tokens = tokeniseSpan(text, from, sentence.end, marked, firstQuote, lexicon, MAX_SENTENCE_TOKENS + 1);
      if (tokens.length <= MAX_SENTENCE_TOKENS) {
        readPiece(tokens);
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
      readPiece(tokens);
    }
  }

  /** Reads the quotes of one sentence (or one bounded piece of a very long one). */
  function readPiece(tokens: SpeechToken[]): void {
    if (tokens.length === 0) return;
    const cues = findCues(tokens, lexicon);
    const cueStarts = new Set(cues.map((cue) => cue.first));
    const readings = cues.map((cue) => acrossIncise(tokens, read(tokens, cue, lexicon, cueStarts), lexicon, cueStarts));
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
    // "Paul Ortiz, who said the law was void, left the room": the relative on the subject ends where the main verb comes.
    for (const reading of readings) {
      if (reading.content && isSubjectRelative(tokens, reading.cue.first, lexicon) && !verbBefore(tokens, reading.cue.first - 2, lexicon)) {
        const mainVerb = mainVerbComma(tokens, reading.content[0], reading.content[1], lexicon);
        if (mainVerb > reading.content[0]) reading.content = [reading.content[0], mainVerb - 1];
      }
    }
    // "According to Xinhua, Xi warned that …": the inner verb reports; the outer attribution does not.
    for (const reading of readings) {
      if (reading.cue.kind !== "according" || !reading.content) continue;
      const [first, last] = reading.content;
      if (readings.some((other) => other !== reading && other.content && other.cue.first >= first && other.cue.last <= last)) reading.content = null;
    }
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
    previousAttributed = attributedHere;
  }
}

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
function splitAtIncises(text: string, marked: MarkedQuote[], lexicon: Lexicon): MarkedQuote[] {
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

/** Adverb words between an auxiliary and its participle: three for « a pour sa part reproché », « a de son côté dénoncé ». */
const MAX_ADVERBS_AFTER_AUXILIARY = 3;

/** Where the verb at `i` starts with its auxiliary ("a défendu" → "a"); `i` when it has none. */
function auxiliaryBefore(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): number {
  for (let j = i - 1; j >= 0 && i - j <= MAX_ADVERBS_AFTER_AUXILIARY + 1; j--) {
    const word = (tokens[j] as SpeechToken).word;
    if (lexicon.auxiliaries.has(word)) return j;
    if (!lexicon.adverbs.has(word)) break;
  }
  return i;
}

/** The last of `readings[0, k)` that `test` accepts. */
function latestBefore(readings: readonly Reading[], k: number, test: (reading: Reading) => boolean): Reading | undefined {
  for (let j = k - 1; j >= 0; j--) if (test(readings[j] as Reading)) return readings[j];
  return undefined;
}

/** Words between a viewpoint marker and its comma, at most (« Pour le maire de Lyon, Jean Roux, »). */
const MAX_VIEWPOINT_TOKENS = 10;

/**
 * The holder of the view a sentence opens with (« Pour Claire Joly, … », "For Haddad, …"), when the quotation at `t`
 * comes after it; what is no named one (« Pour l'instant, … ») is dropped with the quote's missing verb.
 */
function viewpointEvidence(tokens: readonly SpeechToken[], t: number, lexicon: Lexicon): QuoteEvidence | null {
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
function noWordAfter(tokens: readonly SpeechToken[], t: number): boolean {
  for (let j = t + 1; j < tokens.length; j++) if ((tokens[j] as SpeechToken).isWord) return false;
  return true;
}

/** Longest stretch between two sentences read as one paragraph's, in characters: more is no sentence gap. */
const MAX_SENTENCE_GAP = 16;

/** Whether no line break stands between a sentence ending at `end` and one starting at `start`. */
function sameParagraph(text: string, end: number, start: number): boolean {
  if (start - end > MAX_SENTENCE_GAP) return false;
  for (let i = end; i < start; i++) if (text[i] === "\n") return false;
  return true;
}

/** Whether no word comes before token `t`. */
function noWordBefore(tokens: readonly SpeechToken[], t: number): boolean {
  for (let j = 0; j < t; j++) if ((tokens[j] as SpeechToken).isWord) return false;
  return true;
}

/** The reading whose content holds token `t` and starts last (the first such in order on a tie). */
function innermostContaining(readings: readonly Reading[], t: number): Reading | undefined {
  let innermost: Reading | undefined;
  for (const reading of readings) {
    if (reading.content === null || reading.content[0] > t || t > reading.content[1]) continue;
    if (innermost === undefined || reading.content[0] > (innermost.content as [number, number])[0]) innermost = reading;
  }
  return innermost;
}

/** Where the first piece of an overlong sentence ends among its tokens: after a comma or semicolon in the second half of the bound, else at the bound. */
function pieceEnd(tokens: readonly SpeechToken[]): number {
  for (let j = MAX_SENTENCE_TOKENS - 1; j > MAX_SENTENCE_TOKENS / 2; j--) {
    const word = (tokens[j] as SpeechToken).word;
    if (word === "," || word === ";") return j + 1;
  }
  return MAX_SENTENCE_TOKENS;
}

/** The body's sentences; a quotation never splits, and one running over paragraphs joins them. */
function speechSentences(ctx: DocumentContext, marked: readonly MarkedQuote[], lexicon: Lexicon): SpeechSentence[] {
  const text = ctx.text;
  const datelineEnd = ctx.dateline?.end ?? 0;
  const ranges = ctx.paragraphs.length > 0 ? ctx.paragraphs.map((p) => [Math.max(p.start, Math.min(datelineEnd, p.end)), p.end] as const) : [[0, text.length] as const];
  const sentences: SpeechSentence[] = [];
  let q = 0;
  let reached = 0;
  let following = 0;
  let breakAt = -1;
  for (const [from, paragraphEnd] of ranges) {
    if (paragraphEnd <= reached) continue;
    let start = Math.max(from, reached);
    while (q < marked.length && (marked[q] as MarkedQuote).open < start) q++;
    let firstQuote = q;
    let end = paragraphEnd;
    const cut = (at: number, next: number) => {
      if (at > start) sentences.push({ start, end: at, firstQuote });
      start = next;
      firstQuote = q;
    };
    for (let i = start; i < end; i++) {
      const quote = marked[q];
      // Jump to the next character that can matter: a quotation, a sentence end or a line break.
      const nextQuote = quote !== undefined && quote.open < end ? quote.open : end;
      if (breakAt < i) {
        SENTENCE_BREAK.lastIndex = i;
        // `test` leaves `lastIndex` after the one-character match, and makes no match object.
        breakAt = SENTENCE_BREAK.test(text) ? SENTENCE_BREAK.lastIndex - 1 : text.length;
      }
      i = Math.min(nextQuote, breakAt, end);
      if (i >= end) break;
      if (quote !== undefined && quote.open === i) {
        q++;
        if (quote.close > end) {
          // The quotation runs into a later paragraph: the sentence goes on to that paragraph's end.
          while (following < ranges.length && (ranges[following] as readonly [number, number])[1] < quote.close) following++;
          end = Math.max(quote.close, ranges[following]?.[1] ?? quote.close);
        }
        i = quote.close - 1;
        let before = quote.open - 1;
        while (before >= start && isSpace(text[before] as string)) before--;
        const opensSentence = before < start;
        const endsInside = SENTENCE_END.test(text[quote.end - 1] ?? "") || (text[quote.end - 1] === "]" && SENTENCE_END.test(text[quote.end - 2] ?? ""));
        if (endsInside && startsSentence(text, quote.close) && !(opensSentence && speakerFollows(text, quote.close, lexicon))) {
          cut(quote.close, quote.close);
        }
        continue;
      }
      const char = text[i] as string;
      if (char === "\n") {
        cut(i, i + 1);
        continue;
      }
      // "… avec le président Trump.« La conversation … »": a quotation glued to the period still opens a sentence.
      const gluedQuotation = quote !== undefined && quote.open === i + 1 && (text[i + 1] === "«" || text[i + 1] === "“");
      if (isSentenceEnd(char) && (startsSentence(text, i + 1) || gluedQuotation) && !isAbbreviation(text, i, lexicon)) cut(i + 1, i + 1);
    }
    cut(end, end);
    reached = end;
  }
  return sentences;
}

/** Whether a short name and a reporting verb follow index `i` ("“…!” Macron told the world"). */
function speakerFollows(text: string, i: number, lexicon: Lexicon): boolean {
  const words = /\s*([\p{L}\p{N}.'’-]+)/uy;
  words.lastIndex = i;
  for (let k = 0; k < 5; k++) {
    const match = words.exec(text);
    if (!match) return false;
    const word = (match[1] as string).toLowerCase();
    if (k > 0 && (lexicon.finite.has(word) || lexicon.auxiliaries.has(word))) return true;
    if (!/^\p{Lu}/u.test(match[1] as string)) return false;
  }
  return false;
}

/** Whether a new sentence starts after index `i`: spaces, then a capital, a digit or an opening mark. */
function startsSentence(text: string, i: number): boolean {
  let j = i;
  if (j >= text.length) return true;
  if (!isLineSpace(text[j] as string)) return false;
  while (j < text.length && j < i + 8 && isLineSpace(text[j] as string)) j++;
  const next = text[j];
  if (next === undefined || next === "\n") return true;
  return OPENING_MARKS.includes(next) || isCapitalOrDigit(next);
}

/** Whether the period at `i` closes an abbreviation or an initial ("M.", "Dr.", "E.") rather than a sentence. */
function isAbbreviation(text: string, i: number, lexicon: Lexicon): boolean {
  if (text[i] !== ".") return false;
  let j = i;
  while (j > 0 && j > i - 12 && isLetterOrPeriod(text[j - 1] as string)) j--;
  // An initial ("E. Macron"), unless a pronoun or an article opens the next sentence: "publié sur X. Elle estime …".
  if (i - j === 1 && isCapital(text[j] as string) && !opensWithFunctionWord(text, i + 1, lexicon)) return true;
  const found = lexicon.abbreviations.find(text, j, i);
  // Letters and periods hold no "’": the folded word is the lower-cased one.
  return found >= 0 || (found === UNDECIDED && lexicon.abbreviations.words.includes(foldedWord(text, j, i)));
}

/** Longest pronoun or article looked for after an initial's period, in characters. */
const MAX_OPENER_LENGTH = 6;

/**
 * Whether the word after the spaces at `i` is a capitalised subject pronoun or article ("Elle",
 * "The"), which no name starts with; short articles may be name particles ("J. Le Pen", "A. De Vries").
 */
function opensWithFunctionWord(text: string, i: number, lexicon: Lexicon): boolean {
  let start = i;
  while (start < text.length && start < i + 3 && isLineSpace(text[start] as string)) start++;
  if (start === i || !isCapital(text[start] ?? "")) return false;
  let end = start;
  while (end < text.length && end - start <= MAX_OPENER_LENGTH && letterOrDigitLength(text, end) > 0) end++;
  // Every pronoun and long article has two letters or more: a lone capital is another initial ("A. B."), read no further.
  if (end - start < 2 || end - start > MAX_OPENER_LENGTH) return false;
  const word = foldedWord(text, start, end);
  if (lexicon.subjectPronouns.has(word) || (lexicon.articles.has(word) && word.length > 2)) return true;
  // A short article may be a name particle ("J. Le Pen"), but not before a common noun: "sur le réseau X. La police a …".
  return lexicon.articles.has(word) && text[end] === " " && startsLowerCase(text[end + 1] ?? "");
}

/**
 * Number of words that start in `text[start, end)`: runs of letters and digits joined by an
 * apostrophe or a hyphen ("aujourd'hui", "a-t-il"): the matches of `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`, read
 * without a regular expression.
 */
function wordCount(text: string, start: number, end: number): number {
  let count = 0;
  let i = codePointStart(text, start);
  for (;;) {
    let step = letterOrDigitLength(text, i);
    while (step === 0 && i < end) step = letterOrDigitLength(text, ++i);
    if (i >= end) return count;
    count++;
    for (;;) {
      while (step > 0) {
        i += step;
        step = letterOrDigitLength(text, i);
      }
      const joiner = text.charCodeAt(i);
      if ((joiner === 39 || joiner === 0x2019 || joiner === 45) && letterOrDigitLength(text, i + 1) > 0) step = letterOrDigitLength(text, ++i);
      else break;
    }
  }
}

/** What a cue's sentence says about the speaker and the reported words. */
function read(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon, cueStarts: ReadonlySet<number>): Reading {
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
function acrossIncise(tokens: readonly SpeechToken[], reading: Reading, lexicon: Lexicon, cueStarts: ReadonlySet<number>): Reading {
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

/** Tokens of a source after "selon", "according to": "a joint statement from the Saudi Foreign Ministry and the U.S. State Department". */
const MAX_SOURCE_TOKENS = 20;

/** "selon X, …", "…, selon X", "… selon X.", "according to X, …", "une déclaration selon laquelle …". */
function readAccording(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): Reading {
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

/** Tokens of a name closing a sentence after a source, at most. */
const MAX_NAME_TOKENS = 6;

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
function readAs(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): Reading {
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

/** The token where the reported clause starts after the cue ("que …", ": « … »", "said the …"), or null. */
function clauseAfter(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): number | null {
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
const TELLS = /^(?:told|tells|tell|telling|informed|assured)$/;
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
function pastAudience(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon, placeMayFollow: boolean): number {
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
function pastOneTold(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): number {
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
function endsClause(tokens: readonly SpeechToken[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined) return true;
  if (token.quote >= 0) return false;
  return !token.isWord && token.word !== "(";
}

/** Signs that end a reported clause as part of it: "profits fell 20%", "(UE)", "800 €". */
const KEPT_AT_END = new Set([")", "%", "€", "$", "£"]);

/** The last token of a reported clause starting at `start`: sentence end, ";", a new clause or verb. */
function contentEnd(tokens: readonly SpeechToken[], start: number, lexicon: Lexicon, cueStarts: ReadonlySet<number>): number {
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
function clauseEndsWithin(tokens: readonly SpeechToken[], from: number, limit: number, lexicon: Lexicon): boolean {
  for (let j = from; j < tokens.length; j++) {
    if (j - from > limit) return false;
    const word = (tokens[j] as SpeechToken).word;
    // (A name's period, "M. Garnier", ends nothing.)
    if ((word === ";" || word === "." || word === "!" || word === "?") && !isNamePeriod(tokens, j)) return true;
    if (j > from && opensAdjunct(tokens, j, lexicon)) return true;
  }
  return true;
}

/** Whether a comma at `j` sets off an adjunct after a speaker's phrase: a preposition or a present participle follows ("…, après un entretien", "…, speaking in Vienna"). */
function opensAdjunct(tokens: readonly SpeechToken[], j: number, lexicon: Lexicon): boolean {
  const next = tokens[j + 1];
  if (tokens[j]?.word !== "," || !next?.isWord || next.capitalised) return false;
  return lexicon.prepositions.has(next.word) || lexicon.presentParticiples.match(tokens, j + 1) > 0;
}

/**
 * Whether the sentence up to token `end` is a name of two capitalised words or more, a comma and a
 * lowercase apposition ("Jean Dupont, maire de Lille").
 */
function isNameWithApposition(tokens: readonly SpeechToken[], end: number): boolean {
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
function appositionSubjectStart(tokens: readonly SpeechToken[], comma: number, lexicon: Lexicon): number {
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
function onlyAudienceAfter(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): boolean {
  for (let j = from; j < tokens.length && j - from <= MAX_INVERTED_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (!token.isWord) return token.quote < 0 && token.word !== "," && token.word !== "(";
    if (token.capitalised || !lexicon.audience.has(token.word)) return false;
  }
  return true;
}

/** Whether a quotation comes after token `from` before the clause ends: "a félicité X pour sa « … »". */
function quoteBeforeClauseEnd(tokens: readonly SpeechToken[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + MAX_SUBJECT_TOKENS; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0) return true;
    if (token.word === ";" || token.word === ",") return false;
  }
  return false;
}

/** Content ending at token `end` (inclusive) and reaching back to the sentence start (bounded). */
function contentBefore(tokens: readonly SpeechToken[], end: number): [number, number] | null {
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
 * Whether the sentence up to `end` is only a subject with its name in apposition: a determiner and a title,
 * the capitalised name between commas, then at most a short phrase without a verb ("La ministre de la Santé,
 * Aline Perrot, en visite à Nîmes"). Nothing in it is reported.
 */
/**
 * Whether tokens `[0, end]` are a short subject and a relative clause on it set off by commas: "L'association
 * Plateau Vert, qui regroupe des riverains, dénonce le tracé" reports nothing; the verb's subject is before the comma.
 * (A place's relative, "X se rendra à Moscou, où il sera reçu, a annoncé l'Élysée", follows a clause, not a subject.)
 */
function isSubjectWithRelative(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
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
function isReportedSubjectInApposition(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
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
function isFrontedAdverbial(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
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
function shortSubjectStart(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): number | null {
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

function pronounEvidence(tokens: readonly SpeechToken[], cue: Cue): QuoteEvidence {
  const at = tokens[cue.first] as SpeechToken;
  return { regionStart: at.start, regionEnd: at.start, prefer: "last", pronoun: cue.pronoun, phraseStart: at.start, phraseEnd: at.start, sameAs: null };
}

/** Marks that join the words of one name: "Jean-Paul", "Kessler & Lowe", "Norland A/S". */
const JOINS_NAME = new Set(["-", "&", "/"]);

/** Evidence from tokens `[first, last]`: a pronoun, or a region to find a named speaker in. */
function phraseEvidence(tokens: readonly SpeechToken[], first: number, last: number, prefer: "first" | "last", lexicon: Lexicon): QuoteEvidence | null {
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
function isPluralPossessive(tokens: readonly SpeechToken[], j: number): boolean {
  const word = tokens[j]?.word;
  return (word === "'" || word === "’") && /s$/u.test(tokens[j - 1]?.word ?? "") && (tokens[j + 1]?.capitalised ?? false);
}

/** A period inside a name ("M. Beaune", "Dr. Stefaniak", "E. Macron"), not a sentence end. */
function isNamePeriod(tokens: readonly SpeechToken[], j: number): boolean {
  const before = tokens[j - 1];
  if (tokens[j]?.word !== "." || before === undefined || !before.capitalised) return false;
  // "U.N. agencies": the last period of dotted capitals, before a word in lower case, ends no sentence.
  const dotted = before.word.includes(".") && (tokens[j + 1]?.isWord ?? false);
  return dotted || (before.word.length <= 3 && (tokens[j + 1]?.capitalised ?? false));
}

/** The speaker written after an inverted verb, up to the end of the clause. */
function afterEvidence(tokens: readonly SpeechToken[], from: number, lexicon: Lexicon): QuoteEvidence | null {
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
function subjectEvidence(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): QuoteEvidence | null {
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
function isRelativePronoun(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
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
function verbBefore(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
  for (let j = 0; j < end; j++) if (isFiniteVerb(tokens[j] as SpeechToken, lexicon)) return true;
  return false;
}

/** Whether a token is a past verb form of its own ("gave", "declined"), no auxiliary, copula or present form. */
function isPastForm(token: SpeechToken, lexicon: Lexicon): boolean {
  if (!token.isWord || token.capitalised || lexicon.auxiliaries.has(token.word) || lexicon.copulas.has(token.word)) return false;
  const past = lexicon.words.pastEnding;
  if (past === null) return false;
  return (token.word.length > past.length + 2 && token.word.endsWith(past)) || lexicon.irregularPast.has(token.word);
}

/** Whether a token is a verb form that can head a clause ("a", "left", "voted", « reste »). */
function isFiniteVerb(token: SpeechToken, lexicon: Lexicon): boolean {
  if (!token.isWord || token.capitalised) return false;
  const past = lexicon.words.pastEnding;
  return lexicon.auxiliaries.has(token.word) || lexicon.clauseVerbs.has(token.word) || lexicon.copulas.has(token.word) || lexicon.finite.has(token.word) || (past !== null && token.word.length > past.length + 2 && token.word.endsWith(past));
}

/**
 * Within `[first, last]`, the last comma right before a verb (", left the room", « , a quitté la salle »), or -1: an
 * earlier one may set off a participle inside the report ("the plan, approved in May, was sound").
 */
function mainVerbComma(tokens: readonly SpeechToken[], first: number, last: number, lexicon: Lexicon): number {
  for (let j = last - 1; j > first; j--) {
    if ((tokens[j] as SpeechToken).word === "," && isFiniteVerb(tokens[j + 1] as SpeechToken, lexicon)) return j;
  }
  return -1;
}

/** Whether the verb at `cueFirst` opens a subject relative set off by a comma: ", qui assure", ", who said". */
function isSubjectRelative(tokens: readonly SpeechToken[], cueFirst: number, lexicon: Lexicon): boolean {
  const relative = tokens[cueFirst - 1];
  return isRelativePronoun(relative, lexicon) && !lexicon.complementizers.has(relative?.word ?? "") && tokens[cueFirst - 2]?.word === ",";
}

/** A participle clause ("…, saying …", "ajoutant que …") speaks for the sentence's subject. */
function participleEvidence(tokens: readonly SpeechToken[], cue: Cue, lexicon: Lexicon): QuoteEvidence | null {
  return firstSubject(tokens, cue.first, lexicon) ?? { ...emptyEvidence((tokens[cue.first] as SpeechToken).start), sameAs: null };
}

/** The sentence's opening subject before token `before`: its first words up to a comma or verb. */
function firstSubject(tokens: readonly SpeechToken[], before: number, lexicon: Lexicon): QuoteEvidence | null {
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
function opensAnotherClause(tokens: readonly SpeechToken[], end: number, lexicon: Lexicon): boolean {
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
function rootOf(evidence: QuoteEvidence): QuoteEvidence {
  return evidence.sameAs ?? evidence;
}

function emptyEvidence(at: number): QuoteEvidence {
  return { regionStart: at, regionEnd: at, prefer: "last", pronoun: null, phraseStart: at, phraseEnd: at, sameAs: null };
}

/** Token indexes of speech-act words ("évoque", "called") in the sentence. */
function findSpeechActs(tokens: readonly SpeechToken[], lexicon: Lexicon): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i]?.isWord && lexicon.speechActs.match(tokens, i) > 0) found.push(i);
  return found;
}

/** The reading whose cue is closest to token `t`; one inside a relative clause ("— which the BBC noted —") does not count. */
function nearestReading(readings: readonly Reading[], t: number, tokens: readonly SpeechToken[], lexicon: Lexicon): Reading | undefined {
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

/** Whether a verb of saying, or a quotation standing for one (« a « exhorté » »), comes before token `t` in its sentence. */
function saidBefore(tokens: readonly SpeechToken[], t: number, lexicon: Lexicon): boolean {
  for (let j = 0; j < t; j++) {
    const token = tokens[j] as SpeechToken;
    if (token.quote >= 0 || (token.isWord && (lexicon.finite.has(token.word) || lexicon.participles.has(token.word)))) return true;
  }
  return false;
}

/** Whether the verb at `cueFirst` comes right after the quotation at `t`, set off by a comma inside or after its marks (« … », détaille Y). */
function setOffBefore(tokens: readonly SpeechToken[], t: number, cueFirst: number): boolean {
  return (cueFirst === t + 1 && (tokens[t] as SpeechToken).trailing === ",") || (cueFirst === t + 2 && tokens[t + 1]?.word === ",");
}

/** Whether a comma and a conjunction (", but", « , mais ») join another clause between tokens `from` and `to`. */
function clauseJoinBetween(tokens: readonly SpeechToken[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let j = from + 1; j < to; j++) if (tokens[j - 1]?.word === "," && lexicon.coordinators.has((tokens[j] as SpeechToken).word)) return true;
  return false;
}

/** The first word of `text` in lower case, an elided one with its apostrophe (« n' », "doesn't"). */
function firstWordOf(text: string): string {
  return (/\p{L}+(?:['’]t(?!\p{L})|['’])?/u.exec(text)?.[0] ?? "").toLowerCase();
}

/** Whether the quotation's first word is a reporting verb ("« félicite chaleureusement »"). */
function startsWithVerb(text: string, quote: MarkedQuote, lexicon: Lexicon): boolean {
  const first = /[\p{L}'’-]+/uy;
  first.lastIndex = quote.start;
  const word = first.exec(text)?.[0].toLowerCase();
  return word !== undefined && (lexicon.finite.has(word) || lexicon.speechActs.has(word)) && !lexicon.auxiliaries.has(word);
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

/**
 * Whether a quotation glosses the name before it inside parentheses: "(FPÖ, « Parti de la liberté
 * autrichien »)" translates a party's name, nobody says it.
 */
function isNameGloss(tokens: readonly SpeechToken[], t: number): boolean {
  return tokens[t - 1]?.word === "," && tokens[t - 2]?.capitalised === true && tokens[t - 3]?.word === "(" && tokens[t + 1]?.word === ")";
}

/**
 * Whether a quotation holds someone's words rather than a name, a title or a scare quote: one word
 * never does; two or three only when attributed and not used as a name; longer ones do.
 */
function isSpeech(tokens: readonly SpeechToken[], t: number, words: number, attributed: boolean, lexicon: Lexicon, text: string, quote: MarkedQuote, cueAfter: boolean): boolean {
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

/** The cue as written ("a déclaré", "a-t-il ajouté", "said"). */
function cueText(tokens: readonly SpeechToken[], cue: Cue, text: string): string {
  return text.slice((tokens[cue.first] as SpeechToken).start, (tokens[cue.last] as SpeechToken).end);
}

/** The reported clause of a reading as an indirect quote, unless it is one quotation or too short. */
function indirectQuote(tokens: readonly SpeechToken[], reading: Reading, text: string, marked: readonly MarkedQuote[], lexicon: Lexicon): Quote | null {
  if (!reading.content || !reading.evidence) return null;
  const [first, last] = reading.content;
  if (first > last) return null;
  let outside = 0;
  let inside = 0;
  let pronouns = 0;
  for (let j = first; j <= last; j++) {
    const token = tokens[j] as SpeechToken;
    // (Only a word that opens a cue phrase may open an attribution.)
    const according = token.opensCue ? lexicon.accordingTo.match(tokens, j) : 0;
    if (according > 0) j += according;
    else if (token.isWord && !lexicon.subjectPronouns.has(token.word)) outside++;
    else if (token.isWord) pronouns++;
    else if (token.quote >= 0) {
      const quote = marked[token.quote] as MarkedQuote;
      inside += wordCount(text, quote.start, quote.end);
    }
  }
  // A clause that is (almost) only a quotation is the direct quote already; but a subject and its verb written
  // outside the marks (« qu'il restait « juste » »), or a named subject whose predicate is quoted
  // (« qu'Ankara « ne cédera pas » »), make a clause of their own.
  const firstToken = tokens[first] as SpeechToken;
  const namedSubject = outside === 1 && first > reading.cue.last && firstToken.capitalised && !lexicon.functionWords.has(firstToken.word) && (tokens[first + 1]?.quote ?? -1) >= 0;
  if (inside > 0 ? outside + pronouns < 2 && !namedSubject : outside < 2 && last - first < 2) return null;
  const start = (tokens[first] as SpeechToken).start;
  let end = (tokens[last] as SpeechToken).end;
  const lastToken = tokens[last] as SpeechToken;
  if (lastToken.quote >= 0) end = lastToken.end;
  return { text: text.slice(start, end), kind: "indirect", speaker: null, speakerText: null, cue: cueText(tokens, reading.cue, text), start, end };
}
