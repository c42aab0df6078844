/** The speaker written in a quote's attribution region: a name, a role description, an owner's body, a document's issuer or an unnamed source. */
import type { DocumentContext, PersonEntity } from "../context.js";
import type { QuoteEvidence } from "../quotes/index.js";
import { codePointStart, foldedWord, type Lexicon, phraseWordEnd, phraseWordStart, startsLowerCase, startsUpperCase } from "../quotes/reporting-verbs.js";
import { authorStart, documentIssuer, documentOwner, issuerStart, recordIssuer } from "./documents.js";
import { type DocumentNames, honorificsOf, MAX_TITLE_WORDS } from "./names.js";
import { describedOrganization, organizationCalled } from "./organizations.js";
import {
  describe,
  fullRankHolder,
  givenNamesOf,
  headNoun,
  nameAfterTitle,
  nationalityFits,
  personNamedIn,
  personRoleNouns,
  personWithRole,
  sharesRoleWord,
} from "./roles.js";
import { firstAtOrAfter, lastMentionBefore, type NamedMention, NO_SPEAKER, type Speaker, UNAUTHORED_RECORD } from "./speakers.js";
import { afterAdjunct, subjectAfterAdjunct } from "./subjects.js";
import {
  ARTICLE_BEFORE,
  commaAfter,
  COMPLEMENT_ARTICLES,
  firstSpaceIn,
  foldApostrophes,
  lexiconWords,
  lowerCaseWords,
  MAX_ARTICLE_LENGTH,
  mayHoldWord,
  phraseWords,
  type SoughtWords,
  splitOnSpaces,
} from "./text.js";
import { CONNECTORS, MAX_UNNAMED_SPEAKER_WORDS, unnamedSpeaker } from "./unnamed.js";

/**
 * The speaker named in the evidence region: a person, else what the phrase describes (a role the
 * entity stage ties to a person, an organization at its head, an unnamed speaker's noun).
 */
export function resolveRegion(ctx: DocumentContext, entry: QuoteEvidence, mentions: readonly NamedMention[], names: DocumentNames, lexicon: Lexicon): Speaker {
  // Who a relative clause closed before the verb names is not the subject: "X, qui a remplacé Y, a déclaré"
  // is said by X (but "la résolution à laquelle Y a dit…" by Y).
  const closed = commaAfter(ctx.text, entry.regionEnd, 8);
  const regionEnd = closed ? relativeClauseStart(ctx.text, entry.regionStart, entry.regionEnd, lexicon) : entry.regionEnd;
  const inside: NamedMention[] = [];
  for (let i = firstAtOrAfter(mentions, entry.regionStart); i < mentions.length; i++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start >= regionEnd) break;
    if (mention.end <= regionEnd) inside.push(mention);
  }
  // "On Tuesday, the Harlow Water Board issued a warning, saying …": a phrase that is only the adjunct before the clause's
  // subject names no one; the person or body named right after its comma is the subject.
  const subject = entry.prefer === "first" ? subjectAfterAdjunct(ctx.text, entry, inside, lexicon) : undefined;
  if (subject) return { name: subject.name, text: ctx.text.slice(subject.start, subject.end), isPerson: subject.isPerson, isNamed: true };
  const phraseStart = entry.prefer === "first" ? afterAdjunct(ctx.text, entry.phraseStart, entry.phraseEnd, lexicon) : entry.phraseStart;
  const phraseEnd = Math.min(entry.phraseEnd, Math.max(regionEnd, phraseStart));
  const head = phraseHead(ctx.text, phraseStart, phraseEnd, lexicon);
  // "les estimations d'Amnesty International", "a report by the UN": the author speaks for the document.
  const author = authorStart(ctx.text, head, phraseEnd, lexicon);
  if (author >= 0) {
    const named = inside.find((mention) => mention.start === author);
    if (named) return { name: named.name, text: ctx.text.slice(named.start, named.end), isPerson: named.isPerson, isNamed: true };
    // The author's article goes with it: "de la préfecture" names the prefecture as « la préfecture » does.
    const article = ARTICLE_BEFORE.exec(ctx.text.slice(Math.max(phraseStart, author - MAX_ARTICLE_LENGTH), author));
    const authorFrom = article && lexicon.articles.has(foldApostrophes((article[1] as string).toLowerCase())) ? author - (article[0] as string).length : author;
    const noun = unnamedSpeaker(ctx.text.slice(authorFrom, phraseEnd), "first", lexicon);
    // « un rapport d'expertise »: a complement that is itself a kind of record names no author.
    if (noun !== null && lexicon.recordNouns.has(headNoun(noun, lexicon))) return UNAUTHORED_RECORD;
    if (noun !== null) return { name: noun, text: noun, isPerson: false, isNamed: false };
  }
  // "Johnson's critics", "les détracteurs de Johnson": the owner of the noun does not speak, the noun does.
  const owners = inside.filter((mention) => mention.isPerson && isOwner(ctx, mention, head, lexicon));
  // "…, a répondu mercredi à Viktor Orban": the one answered does not speak.
  const addressees = inside.filter((mention) => mention.isPerson && isAddressee(ctx.text, mention.start, lexicon));
  // "a source close to Pryce-Davies", « une source proche de Martin »: the one the source is close to does not speak.
  const closeTo = inside.filter((mention) => mention.isPerson && closenessBefore(ctx.text.slice(Math.max(entry.regionStart, mention.start - MAX_CLOSENESS_LENGTH), mention.start), lexicon));
  const people = inside.filter((mention) => mention.isPerson && !owners.includes(mention) && !addressees.includes(mention) && !closeTo.includes(mention));
  const person = entry.prefer === "first" ? people[0] : people[people.length - 1];
  if (person) return { name: person.name, text: ctx.text.slice(person.start, person.end), isPerson: true, isNamed: true };
  // "Aerovance, the U.S. maker of drones, said": an organization that opens the subject, its description in apposition, speaks.
  const apposed = inside.find((mention) => !mention.isPerson && mention.end <= phraseStart && ctx.text.slice(entry.regionStart, mention.start).trim() === "" && commaAfter(ctx.text, mention.end, 3));
  if (apposed) return { name: apposed.name, text: ctx.text.slice(apposed.start, apposed.end), isPerson: false, isNamed: true };
  // "Whitmore's office", « l'entourage de Paul Vernet », « la direction de Ferrodis »: a body that speaks for its owner.
  const voiced = inside.find((mention) => isVoicedOwner(ctx, mention, head, lexicon));
  if (voiced) return { name: voiced.name, text: ctx.text.slice(phraseStart, phraseEnd).trim(), isPerson: voiced.isPerson, isNamed: true };

  // The one spoken to ends the phrase: "mercredi à Viktor Orban" names no speaker.
  const phrase = ctx.text.slice(phraseStart, Math.max(phraseStart, Math.min(phraseEnd, addressees[0]?.start ?? phraseEnd))).trim();
  if (phrase === "" || opensContactRelative(phrase, lexicon)) return NO_SPEAKER;
  // "un communiqué émanant du ministère", "a statement issued by the ministry": the issuer speaks.
  const issuer = issuerStart(ctx, phraseStart, phraseEnd, lexicon);
  const issuing = issuer < 0 ? undefined : inside.find((mention) => !mention.isPerson && mention.start <= issuer && issuer < mention.end);
  if (issuing) return { name: issuing.name, text: ctx.text.slice(issuer, phraseEnd).trim(), isPerson: false, isNamed: true };
  // Where nouns follow their modifiers, "a United Nations envoy" is an envoy, not the United Nations.
  // So is "the Council President" a president, its role noun capitalised, whether or not it was read as part of the name.
  const roleNouns = personRoleNouns(ctx);
  const titleEnd = (words: string): boolean => roleNouns.has(words.slice(words.lastIndexOf(" ") + 1).toLowerCase());
  const nounAfter = (mention: NamedMention, after: string): boolean => NOUN_AFTER.test(after) || (TITLE_AFTER.test(after) && titleEnd(after.trim())) || (after.trim() === "" && titleEnd(ctx.text.slice(mention.start, mention.end)));
  const headOrganization = inside.find((mention) => !mention.isPerson && mention.start <= head && head < mention.end && !(lexicon.words.modifiersPrecedeNoun && nounAfter(mention, ctx.text.slice(mention.end, phraseEnd))));
  if (headOrganization) return { name: headOrganization.name, text: phrase, isPerson: false, isNamed: true };
  const documentAuthor = documentIssuer(ctx, phrase, phraseStart, mentions, lexicon) ?? documentOwner(phrase, inside, names, lexicon);
  if (documentAuthor) return documentAuthor;
  // "The envoy met Tom Reyes, an official said.": an indefinite subject right after a name and a comma, with no comma
  // closing it before the verb, is no apposition to that name; it speaks as its own noun.
  if (entry.prefer === "last" && notAnApposition(ctx, phraseStart, phraseEnd, mentions, lexicon)) {
    const noun = unnamedSpeaker(phrase, entry.prefer, lexicon, MAX_UNNAMED_SPEAKER_WORDS);
    if (noun !== null) return { name: noun, text: phrase, isPerson: false, isNamed: false };
  }
  // « le cabinet du Premier ministre a assuré », "the office of the governor said": the body speaks, not its owner's holder.
  if (head < phraseEnd && isPersonalBody(foldedWord(ctx.text, head, phraseWordEnd(ctx.text, head, phraseEnd)).toLowerCase(), lexicon) && !inside.some((mention) => !mention.isPerson)) {
    const body = unnamedSpeaker(phrase, entry.prefer, lexicon, MAX_UNNAMED_SPEAKER_WORDS);
    if (body !== null) return { name: body, text: phrase, isPerson: false, isNamed: false };
  }
  const resolved = describe(ctx, phrase, phraseStart, head, lexicon);
  // "the mayor's office said": the holder of the owner's role speaks through it.
  // (Only a phrase with a possessive "'s" can be one.)
  const voicedRole = phrase.includes("'s") || phrase.includes("’s") ? OWNED_BODY.exec(phrase) : null;
  const voicedBody = voicedRole ? (voicedRole[2] as string).toLowerCase() : "";
  // "the prime minister's office said": the office speaks, not the prime minister; a spokesman speaks for the holder.
  if (voicedRole && isPersonalBody(voicedBody, lexicon)) return { name: withoutArticle(phrase, lexicon), text: phrase, isPerson: false, isNamed: false };
  const roleOwner = voicedRole && lexicon.ownerVoices.has(voicedBody) ? personWithRole(names, voicedRole[1] as string, lexicon) : null;
  // "A source close to the minister" is not the minister: an indefinite description fits a person by its own words, not its complement's.
  const own = indefiniteOwnWords(phrase, lexicon);
  // "the French leader" is not the Green party leader: a nationality the description gives must be in the person's title.
  const fits = (person: PersonEntity | null): PersonEntity | null => (person && (own === null || sharesRoleWord(person, own, lexicon)) && nationalityFits(ctx, person, phrase) ? person : null);
  // "the Senate announced": one capitalised word that is no role noun names a body, not whoever holds a title it opens ("Senate President").
  const bodyWords = phraseWords(phrase).filter((word) => !lexicon.articles.has(word));
  const body = bodyWords.length === 1 && startsUpperCase(phrase.trim().split(/\s+/u).pop() ?? "") && !personRoleNouns(ctx).has(bodyWords[0] as string);
  const described = roleOwner ?? (resolved ? fullRankHolder(names, phrase, resolved, lexicon) : null) ?? fits(resolved && sharesRoleWord(resolved, phrase, lexicon) ? resolved : null) ?? (body ? null : fits(personWithRole(names, phrase, lexicon))) ?? (owners.length === 0 && closeTo.length === 0 ? personNamedIn(names, phrase) : null);
  if (described) return { name: described.name, text: phrase, isPerson: true, isNamed: true };
  const organization = organizationCalled(names, phrase, lexicon) ?? describedOrganization(ctx, inside, phraseStart, phraseEnd, lexicon);
  if (organization) return { name: organization, text: phrase, isPerson: false, isNamed: true };
  const name = unnamedSpeaker(phrase, entry.prefer, lexicon, closeTo.length > 0 ? MAX_CLOSE_SOURCE_WORDS : MAX_UNNAMED_SPEAKER_WORDS);
  if (name === null) return NO_SPEAKER;
  if (lexicon.recordNouns.has(headNoun(name, lexicon))) return recordIssuer(ctx, phraseStart, mentions, lexicon) ?? UNAUTHORED_RECORD;
  const titled = nameAfterTitle(name, givenNamesOf(ctx));
  return titled === null ? { name, text: phrase, isPerson: false, isNamed: false } : { name: titled, text: phrase, isPerson: true, isNamed: true };
}

/** Characters read before a name for a word of closeness and the title between them ("proches du ministre de l'Économie "). */
const MAX_CLOSENESS_LENGTH = 64;

/** Whether `before` ends with a word of closeness ("close to", « proche de »), the article after it aside. */
function closenessBefore(before: string, lexicon: Lexicon): boolean {
  let lowered = before.toLowerCase();
  // A marker's first word without an apostrophe is written as it is: with none of them there, no marker ends the text.
  const openers = closenessOpeners(lexicon);
  if (openers !== null && !openers.some((opener) => lowered.includes(opener))) return false;
  // (The replacements run only where there is an apostrophe to replace.)
  lowered = foldApostrophes(lowered);
  if (lowered.includes("'")) lowered = lowered.replace(/\b(l|d)'/gu, "$1' ");
  const words = splitOnSpaces(lowered.trim());
  const markerEnds = closenessMarkerEnds(lexicon);
  const endsWithMarker = () => {
    // The tail's last word ends no marker unless the marker does, or an elision before it is joined to it.
    if (!markerEnds.has(words[words.length - 1] as string) && !(words[words.length - 2] ?? "").endsWith("'")) return false;
    for (let length = 2; length <= 4; length++) if (lexicon.closenessMarkers.has(words.slice(-length).join(" ").replace(/' /gu, "'"))) return true;
    return false;
  };
  // "close to Prime Minister Mark Holt", « proche du ministre de l'Économie Bruno Le Maire »: the person's
  // title may stand between the marker and the name. « proche de Martin »: "de" is the marker's own, though
  // it is also an article, so the marker is looked for before each word is dropped.
  for (let dropped = 0; dropped <= MAX_TITLE_WORDS && words.length > 0; dropped++) {
    if (endsWithMarker()) return true;
    const last = words.pop() as string;
    if (/[,;:()]/u.test(last) || lexicon.coordinators.has(last)) return false;
  }
  return false;
}

/** Each language's closeness markers' first words ("close" of "close to"), or null when one holds an apostrophe; made on first use. */
const closenessFirstWords = new WeakMap<Lexicon, readonly string[] | null>();

function closenessOpeners(lexicon: Lexicon): readonly string[] | null {
  let openers = closenessFirstWords.get(lexicon);
  if (openers === undefined) {
    const first = [...new Set([...lexicon.closenessMarkers].map((marker) => marker.split(" ")[0] as string))];
    openers = first.some((word) => word.includes("'")) ? null : first;
    closenessFirstWords.set(lexicon, openers);
  }
  return openers;
}

/** Each language's closeness markers' last words ("to" of "close to"), made on first use. */
const closenessEnds = new WeakMap<Lexicon, Set<string>>();

function closenessMarkerEnds(lexicon: Lexicon): Set<string> {
  let ends = closenessEnds.get(lexicon);
  if (!ends) {
    ends = new Set([...lexicon.closenessMarkers].map((marker) => marker.slice(marker.lastIndexOf(" ") + 1)));
    closenessEnds.set(lexicon, ends);
  }
  return ends;
}

/** An indefinite description's own words before its complement ("a source| close to the minister"), or null for any other phrase. */
function indefiniteOwnWords(phrase: string, lexicon: Lexicon): string | null {
  const words = lowerCaseWords(phrase, true);
  if (!lexicon.words.indefiniteArticles.includes(words[0] ?? "")) return null;
  const complement = words.findIndex((word, k) => k > 1 && (lexicon.functionWords.has(word) || CONNECTORS.has(word)));
  return complement < 0 ? null : words.slice(1, complement).join(" ");
}

/**
 * Whether the phrase is a noun and then a subject pronoun: "…, a charge he has denied" opens a
 * relative clause without its "that", whose verb says nothing anyone is quoted for.
 */
function opensContactRelative(phrase: string, lexicon: Lexicon): boolean {
  const words = lowerCaseWords(phrase, false);
  const pronoun = words[words.length - 1] as string;
  const noun = words[words.length - 2];
  return noun !== undefined && lexicon.subjectPronouns.has(pronoun) && !lexicon.functionWords.has(noun) && !lexicon.coordinators.has(noun) && !lexicon.adverbs.has(noun) && startsLowerCase(noun);
}

/**
 * Whether a mention only completes a common noun: its owner ("Johnson's critics"), or the
 * complement of the phrase's head noun ("les détracteurs de Johnson", "the lawyers of Benson").
 */
function isOwner(ctx: DocumentContext, mention: NamedMention, head: number, lexicon: Lexicon): boolean {
  const mark = ctx.text.charCodeAt(mention.end);
  if ((mark === 39 || mark === 0x2019) && POSSESSOR.test(ctx.text.slice(mention.end, mention.end + 40))) return true;
  if (mention.start <= head || mention.start - head > 60) return false;
  const words = ctx.text.slice(head, mention.start).match(HEAD_AND_GENITIVE);
  if (!words) return false;
  const [, noun = "", genitive = "", title] = words;
  // "le cabinet de Mme Ferrand", "the office of Senator Marsh": an honorific or a title before the name leaves it the owner.
  const titled = title === undefined || honorificsOf(ctx).has(title.toLowerCase().replace(/\.$/u, "")) || personRoleNouns(ctx).has(title.toLowerCase());
  // (« la délégation du CICR »: an article fused with the genitive links the owner as the genitive does.)
  const linking = foldApostrophes(genitive.toLowerCase());
  return titled && (lexicon.genitives.has(linking) || COMPLEMENT_ARTICLES.has(linking)) && !lexicon.functionWords.has(noun);
}

/** Whether the word right before a mention is a preposition of the one spoken to ("à", "au"). */
function isAddressee(text: string, start: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - MAX_ADDRESSEE_MARKER), start).trimEnd();
  return lexicon.addresseeMarkers.has(before.slice(before.lastIndexOf(" ") + 1).toLowerCase());
}

/** Longest preposition of the one spoken to, with its spaces, in characters. */
const MAX_ADDRESSEE_MARKER = 6;

/** A lowercase head noun, then a genitive preposition right before a name, perhaps its honorific or title: "avocats de ", "avocats d'", "cabinet de Mme ". */
const HEAD_AND_GENITIVE = /^(\p{Ll}+)\s+(\p{L}+['’]?)(?:\s+(\p{Lu}[\p{L}.]*))?\s*$/u;

/** One capitalised word and nothing else after a name: "Council| President". */
const TITLE_AFTER = /^\s+\p{Lu}\p{Ll}+\s*$/u;

/** Common nouns and nothing else after a name: "United Nations| envoy", "European Commission| trade official". */
const NOUN_AFTER = /^\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*$/u;

const relativeWords = new WeakMap<Lexicon, SoughtWords | null>();

/** Where the first relative clause of a region opens ("qui", "who"; not "que" / "that", which also open reported speech), or its end. */
function relativeClauseStart(text: string, start: number, end: number, lexicon: Lexicon): number {
  const from = codePointStart(text, start);
  const relatives = lexiconWords(relativeWords, lexicon, () => [...lexicon.relativePronouns].filter((word) => !lexicon.complementizers.has(word)));
  if (!mayHoldWord(text, from, end, relatives)) return end;
  for (let at = phraseWordStart(text, from, end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (at > start && lexicon.relativePronouns.has(folded) && !lexicon.complementizers.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return end;
}

/** Index of the phrase's first word after its articles and quantifiers ("le ministère" → "ministère"). */
function phraseHead(text: string, start: number, end: number, lexicon: Lexicon): number {
  for (let at = phraseWordStart(text, codePointStart(text, start), end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (!lexicon.articles.has(folded) && !lexicon.quantifiers.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return start;
}

/** The same for a source close to someone, told with their title: « source proche du ministre de l'Économie Bruno Le Maire ». */
const MAX_CLOSE_SOURCE_WORDS = 10;

/** An owner and the lower-case body it owns, ending the phrase: "the mayor's office" → "the mayor", "office". */
const OWNED_BODY = /^([\p{L}\s]{1,60}?)['’]s\s+(\p{Ll}+)$/u;

/** The word after a possessive "'s" (the body in "Whitmore's office"). */
const AFTER_POSSESSIVE = /^['’]s\s+(\p{Ll}+)/u;

/** Whether a mention owns a body that speaks for it: "Whitmore's| office", "entourage de |Paul Vernet". */
function isVoicedOwner(ctx: DocumentContext, mention: NamedMention, head: number, lexicon: Lexicon): boolean {
  if (!isOwner(ctx, mention, head, lexicon)) return false;
  const possessed = AFTER_POSSESSIVE.exec(ctx.text.slice(mention.end, mention.end + 40));
  const body = possessed ? (possessed[1] as string) : foldedWord(ctx.text, head, phraseWordEnd(ctx.text, head, mention.start));
  if (mention.isPerson && isPersonalBody(body.toLowerCase(), lexicon)) return false;
  return lexicon.ownerVoices.has(body.toLowerCase());
}

/**
 * Whether an indefinite phrase (« un responsable », "an official") comes right after a person's name and a comma and
 * goes straight on to its verb: the subject of the verb, not an apposition to the name, which ends the report before.
 */
function notAnApposition(ctx: DocumentContext, start: number, end: number, mentions: readonly NamedMention[], lexicon: Lexicon): boolean {
  const space = firstSpaceIn(ctx.text, start, end);
  if (space <= 0 || !lexicon.words.indefiniteArticles.includes(ctx.text.slice(start, start + space).toLowerCase())) return false;
  if (commaAfter(ctx.text, end, 3)) return false;
  const named = lastMentionBefore(mentions, start, true);
  return named !== null && /^\s*,\s*$/u.test(ctx.text.slice(named.end, start));
}

/** A phrase without its opening article: "the mayor's office" → "mayor's office". */
function withoutArticle(phrase: string, lexicon: Lexicon): string {
  const space = phrase.search(/\s/u);
  return space > 0 && lexicon.articles.has(phrase.slice(0, space).toLowerCase()) ? phrase.slice(space).trim() : phrase;
}

/**
 * Whether a body that speaks for its owner is a body of its own when the owner is a person ("office", « cabinet »):
 * "her office said" is the office speaking, named by its noun; « son entourage » and a spokesman speak for the person.
 */
export function isPersonalBody(noun: string, lexicon: Lexicon): boolean {
  return lexicon.ownBodies.has(noun);
}

/** What follows the owner of a common noun ("'s critics"). */
const POSSESSOR = /^['’]s\s+\p{Ll}/u;
