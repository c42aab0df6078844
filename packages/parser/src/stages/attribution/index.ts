/** The attribution stage: gives each quote its speaker from the evidence the quote stage left, then settles quotes left without one. */
import type { DocumentContext, PersonEntity } from "../context.js";
import type { QuoteEvidence } from "../quotes/index.js";
import { type Lexicon, lexiconFor } from "../quotes/reporting-verbs.js";
import { announcedSpeaker, isUnheldTitle, opensSentenceAlone } from "./announcements.js";
import { echoedSpeaker, MAX_ECHO_SOURCES } from "./echoes.js";
import type { SpeakerMemory } from "./resolver-state.js";
import { type SpeakerResolver, speakerResolver } from "./resolver.js";
import { NO_SPEAKER, type Speaker, UNAUTHORED_RECORD } from "./speakers.js";
import { hasInnerCapital } from "./text.js";

/**
 * Resolves each quote's speaker from the evidence the quote stage left: a named person or
 * organization in the attribution, a pronoun (the last speaker before it), a role description
 * (through the entity stage's resolver), or the unnamed speaker's noun ("préfet", "critics").
 * Indirect speech whose speaker cannot be told is dropped.
 */
export function attributeQuotes(ctx: DocumentContext): void {
  // Nothing to attribute; what follows would still index every mention of the document.
  if (ctx.quotes.length === 0) {
    ctx.quoteEvidence = [];
    return;
  }
  const evidence = ctx.quoteEvidence ?? [];
  const lexicon = lexiconFor(ctx.locale.quotes);
  const memory: SpeakerMemory = { lastSpeaker: null, lastSpeakerAt: 0, lastOrganization: null, spokenOrganizations: [], attributed: [], spokenAt: [], quoteOpensAt: ctx.text.length };
  const resolver = speakerResolver(ctx, lexicon, memory);
  const { given, keep } = giveEachQuoteASpeaker(ctx, evidence, resolver, memory);
  giveQuotesInsideReportedSpeech(ctx, given, keep);
  continueWithEarlierSpeaker(ctx, given, keep, lexicon);
  nameBodiesByTheirNoun(ctx, given, lexicon);
  giveUnheldTitlesToTheUntitled(ctx, given, lexicon, resolver.rolesOf);
  ctx.quotes = ctx.quotes.filter((_, i) => keep[i]);
  ctx.quoteEvidence = evidence.filter((_, i) => keep[i]);
}

/**
 * The first pass, in text order: each quote is given the speaker its evidence resolves to, unless its words echo an
 * earlier quote's or nothing says they were said; what the resolvers remember of earlier speakers is kept up to date.
 * Returns the speaker given to each quote and whether the quote is kept.
 */
function giveEachQuoteASpeaker(ctx: DocumentContext, evidence: readonly QuoteEvidence[], resolver: SpeakerResolver, memory: SpeakerMemory): { given: Speaker[]; keep: boolean[] } {
  const { resolve, placeNames } = resolver;
  const keep: boolean[] = [];
  /** The speaker given to each quote, in order. */
  const given: Speaker[] = [];
  ctx.quotes.forEach((quote, i) => {
    const entry = evidence[i];
    memory.quoteOpensAt = quote.kind === "direct" ? quote.start : ctx.text.length;
    const found = entry && (entry.regionEnd > entry.regionStart || entry.pronoun !== null || entry.sameAs) ? resolve(entry) : NO_SPEAKER;
    // Without a verb of saying, an unnamed speaker is only read from "le syndicat : « … »"; the subject of
    // any other sentence ("d'autres thèmes seront abordés, tels que « … »") is not the one quoted.
    // Read only for a speaker it could take away: with no evidence, the phrase ends at 0 and the text before the quote is long.
    // (A name the entity stage missed still shows a capital past its first letter: "The United Auto Workers union called …";
    // a capital speaks for its state: « Lisbonne reproche aux diplomates des activités « … » ».)
    const named = found.name !== null && (hasInnerCapital(found.name) || placeNames().has(found.name));
    const unsaid = found.name !== null && quote.cue === null && entry && !entry.sameAs && !found.isNamed && !named && !ctx.text.slice(entry.phraseEnd, quote.start).includes(":");
    // Words quoted again without a verb of saying are an echo: they stay with the one who said them first.
    const echoed = quote.cue === null && !entry?.sameAs ? echoedSpeaker(quote.text, memory.attributed) : null;
    const speaker = echoed ?? (unsaid ? NO_SPEAKER : found);
    quote.speaker = speaker.name;
    quote.speakerText = speaker.name === null ? null : speaker.text;
    if (speaker.name !== null && !echoed && memory.attributed.length < MAX_ECHO_SOURCES) memory.attributed.push({ text: quote.text, words: null, speaker });
    if (speaker.isNamed) {
      memory.spokenAt.push({ start: quote.start, end: quote.end, speaker });
      if (memory.spokenAt.length > MAX_SPOKEN_POSITIONS) memory.spokenAt.shift();
    }
    // A name the entity stage missed still shows a capital past its first letter ("Sud-Rail"); a sentence's first word ("Officials") does not.
    if (speaker.name !== null && !speaker.isPerson && (speaker.isNamed || hasInnerCapital(speaker.name))) {
      memory.lastOrganization = speaker;
      memory.spokenOrganizations.push(speaker);
      if (memory.spokenOrganizations.length > MAX_SPOKEN_ORGANIZATIONS) memory.spokenOrganizations.shift();
    }
    if (speaker.name !== null && !echoed && (speaker.isPerson || !memory.lastSpeaker?.isPerson || !speaker.isNamed)) {
      memory.lastSpeaker = speaker;
      memory.lastSpeakerAt = quote.end;
    }
    keep.push(quote.kind === "direct" || quote.speaker !== null || found === UNAUTHORED_RECORD);
    given.push(speaker);
  });
  return { given, keep };
}

/**
 * "He said that leaders should act, \"and we should …\"": words quoted inside someone's reported speech are theirs, unless
 * the text names who else said them.
 */
function giveQuotesInsideReportedSpeech(ctx: DocumentContext, given: Speaker[], keep: readonly boolean[]): void {
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    if (!quote || quote.kind !== "direct" || speaker.isNamed) return;
    const reported = ctx.quotes.find((other, k) => other.kind === "indirect" && keep[k] && (given[k] as Speaker).isNamed && other.start <= quote.start && quote.end <= other.end);
    if (reported) {
      quote.speaker = reported.speaker;
      quote.speakerText = reported.speakerText;
      given[i] = given[ctx.quotes.indexOf(reported)] as Speaker;
    }
  });
}

/**
 * A quotation left with no speaker, after a verb of saying or as a sentence of its own, goes on with whoever was
 * quoted just before it; with no one quoted before, it is the words of the person whose remarks the text announced
 * (« les principales déclarations de X »). (Words quoted with no verb in the middle of a sentence, « des thèmes tels
 * que « … » », stay no one's.)
 */
function continueWithEarlierSpeaker(ctx: DocumentContext, given: Speaker[], keep: readonly boolean[], lexicon: Lexicon): void {
  const announced = announcedSpeaker(ctx, lexicon);
  let previous: Speaker | null = null;
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    if (!quote || !keep[i]) return;
    if (speaker.name !== null) previous = speaker;
    else if (quote.kind === "direct" && speaker !== UNAUTHORED_RECORD && (quote.cue !== null || opensSentenceAlone(ctx.text, quote.start))) {
      const continued: Speaker | null = previous ?? (announced && announced.at < quote.start ? announced.speaker : null);
      if (continued) {
        quote.speaker = continued.name;
        given[i] = continued;
      }
    }
  });
}

/**
 * « a annoncé la présidence » before the text names it in full (« la Présidence de la République a précisé »): a body's
 * bare noun is the one body heading with that noun among those that speak by name.
 */
function nameBodiesByTheirNoun(ctx: DocumentContext, given: Speaker[], lexicon: Lexicon): void {
  const bodies = new Set(given.filter((speaker) => speaker.isNamed && !speaker.isPerson && speaker.name !== null).map((speaker) => speaker.name as string));
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    const noun = (speaker.name ?? "").toLowerCase();
    if (!quote || speaker.isNamed || speaker.isPerson || !lexicon.organizationNouns.has(noun)) return;
    const headed = [...bodies].filter((body) => body.toLowerCase().startsWith(`${noun} `));
    if (headed.length === 1) {
      quote.speaker = headed[0] as string;
      given[i] = { ...speaker, name: headed[0] as string, isNamed: true };
    }
  });
}

/**
 * "the spokesman said", « le premier ministre a assuré »: a definite title no one in the text holds stands for the
 * one person the text quotes by name who is given no title at all, when there is just one.
 * A capitalised title written alone ("Minister added"), with no one quoted by name, stands for the one person the text
 * names and gives no title (« le maire » may be someone the text never names).
 */
function giveUnheldTitlesToTheUntitled(ctx: DocumentContext, given: readonly Speaker[], lexicon: Lexicon, rolesOf: (name: string) => readonly string[]): void {
  const quotedUntitled = new Set(given.filter((speaker) => speaker.isPerson && speaker.name !== null && rolesOf(speaker.name).length === 0).map((speaker) => speaker.name as string));
  const untitled = ctx.people.filter((person) => person.roles.length === 0);
  const bareOnly = quotedUntitled.size === 0 && untitled.length === 1;
  if (bareOnly) quotedUntitled.add((untitled[0] as PersonEntity).name);
  if (quotedUntitled.size === 1) {
    const [person = null] = quotedUntitled;
    // A pronoun that went on with the title ("a-t-il dit") goes on with the person too.
    const titles = new Set(given.filter((speaker) => !speaker.isNamed && !speaker.isPerson && speaker.name !== null && (isUnheldTitle(speaker, ctx, lexicon) === "bare" || (!bareOnly && isUnheldTitle(speaker, ctx, lexicon) !== null))).map((speaker) => speaker.name));
    given.forEach((speaker, i) => {
      const quote = ctx.quotes[i];
      if (quote && !speaker.isNamed && !speaker.isPerson && titles.has(speaker.name)) quote.speaker = person;
    });
  }
}

/** Organizations remembered as having spoken, for a noun that points back past one of another kind. */
const MAX_SPOKEN_ORGANIZATIONS = 10;

/** Only this many quotes are remembered where they stand, for a document one of them introduced. */
const MAX_SPOKEN_POSITIONS = 20;
