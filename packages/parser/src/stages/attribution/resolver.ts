/** The first pass's resolvers: a quote's speaker read from its evidence, and the nouns and pronouns that point back to a speaker met before. */
import type { DocumentContext } from "../context.js";
import { DEMONSTRATIVE, type QuoteEvidence } from "../quotes/index.js";
import { type Lexicon, startsLowerCase } from "../quotes/reporting-verbs.js";
import { acronymExpansion, spells } from "./acronyms.js";
import { DOCUMENT_WINDOW } from "./documents.js";
import type { SaidWords } from "./echoes.js";
import { DocumentNames, MAX_WRITTEN_PEOPLE } from "./names.js";
import { introducedAs, ORGANIZATION_WINDOW } from "./organizations.js";
import {
  type Gender,
  givenNameGender,
  lastWrittenPerson,
  MAX_GENDER_MENTIONS,
  MAX_WRITTEN_SCANS,
  PRONOUN_WINDOW,
  pronounGender,
} from "./pronouns.js";
import { isPersonalBody, resolveRegion } from "./region.js";
import { AGE_NOUN, headNoun, personRoleNouns, titleSays } from "./roles.js";
import { firstAtOrAfter, lastMentionBefore, lastMentionStartBefore, type NamedMention, namedMentions, NO_SPEAKER, type Speaker } from "./speakers.js";
import { isSubjectInApposition, opensClause } from "./subjects.js";
import {
  COMPLEMENT_ARTICLES,
  descriptionWords,
  foldApostrophes,
  hasInnerCapital,
  isSentenceBreak,
  opensSentence,
  phraseWords,
  PLURAL_END,
  splitOnSpaces,
} from "./text.js";
import { CONNECTORS } from "./unnamed.js";

/** What the first pass remembers of the quotes given a speaker so far: the resolvers read it, the pass keeps it up to date. */
export interface SpeakerMemory {
  lastSpeaker: Speaker | null;
  /** Where the quote the last speaker was given for ends. */
  lastSpeakerAt: number;
  /** The last organization given a quote by its name ("SNCF", "Sud-Rail"), for "l'entreprise", "the union". */
  lastOrganization: Speaker | null;
  /** The latest organizations given a quote by name, oldest first: "the company" may skip a union that spoke since. */
  spokenOrganizations: Speaker[];
  /** The quotes given a speaker, oldest first: words quoted again stay with the one who said them first. */
  attributed: SaidWords[];
  /** The latest quotes given a named speaker, where they stand in the text: what a document introduced beside them says is theirs. */
  spokenAt: { start: number; end: number; speaker: Speaker }[];
  /** Where the direct quote being attributed opens (the text's end for reported speech). */
  quoteOpensAt: number;
}

/** The resolvers of one document, and the lookups the later passes share with them. */
export interface SpeakerResolver {
  resolve: (entry: QuoteEvidence) => Speaker;
  rolesOf: (name: string) => readonly string[];
  placeNames: () => Set<string>;
}

/** What the resolvers of one document share: what they read, the `memory` of earlier speakers, and the caches of what they read. */
interface ResolverState {
  readonly ctx: DocumentContext;
  readonly lexicon: Lexicon;
  readonly memory: SpeakerMemory;
  readonly mentions: readonly NamedMention[];
  readonly names: DocumentNames;
  /** Each quote's speaker, once resolved. */
  readonly resolved: Map<QuoteEvidence, Speaker>;
  /** Looks back for the person written last so far. */
  writtenScans: number;
  /** Windows read back for a document's introduction so far: a text made of such phrases stays linear. */
  documentScans: number;
  /** Speakers named only by a noun so far ("council spokesperson"), for a definite noun that points back to one. */
  readonly unnamedSpeakers: Speaker[];
  /** Each person's roles, by name, lower-cased: made on first use. */
  roles: Map<string, string[]> | null;
  /** A person's gender learnt from a pronoun that stood for them ("a-t-il ajouté"), where their given name tells none. */
  readonly pronounGenders: Map<string, Gender>;
  /** `isSubjectInApposition` of each mention, once read: the same mentions are read back from every pronoun and noun after them. */
  readonly appositionSubjects: Map<NamedMention, boolean>;
  /** The names of the document's places, made on first use. */
  places: Set<string> | null;
  /** The last speaker's text `definiteNoun` read, and its answer: several rules ask it of the same speaker in turn. */
  definiteNounText: string | null;
  definiteNounRead: string | null;
}

/** The state of one document's resolvers, its caches empty. */
function resolverState(ctx: DocumentContext, lexicon: Lexicon, memory: SpeakerMemory): ResolverState {
  const mentions = namedMentions(ctx);
  const names = new DocumentNames(ctx, lexicon);
  return {
    ctx,
    lexicon,
    memory,
    mentions,
    names,
    resolved: new Map(),
    writtenScans: 0,
    documentScans: 0,
    unnamedSpeakers: [],
    roles: null,
    pronounGenders: new Map(),
    appositionSubjects: new Map(),
    places: null,
    definiteNounText: null,
    definiteNounRead: null,
  };
}

/** Makes the resolvers of one document: they share the caches of what they read and the `memory` of earlier speakers. */
export function speakerResolver(ctx: DocumentContext, lexicon: Lexicon, memory: SpeakerMemory): SpeakerResolver {
  const state = resolverState(ctx, lexicon, memory);
  return { resolve: (entry) => resolveSpeaker(state, entry), rolesOf: (name) => rolesOf(state, name), placeNames: () => placeNames(state) };
}

/** The speaker of a quote: its link's, its pronoun's or its region's, then what an unnamed description or an acronym stands for. */
function resolveSpeaker(state: ResolverState, entry: QuoteEvidence): Speaker {
  const { ctx, lexicon, mentions, names, resolved, unnamedSpeakers } = state;
  const known = resolved.get(entry);
  if (known) return known;
  let speaker: Speaker;
  // Links point at a root (never at another link), so this recursion is one level deep.
  if (entry.sameAs) speaker = entry.sameAs.sameAs ? NO_SPEAKER : resolveSpeaker(state, entry.sameAs);
  else if (entry.pronoun !== null) speaker = resolvePronoun(state, entry);
  else speaker = resolveRegion(ctx, entry, mentions, names, lexicon);
  // "Le PDG" read as an organization's acronym is a title that points back to its holder.
  if (speaker.isNamed && !speaker.isPerson && lexicon.titleAcronyms.has((speaker.name ?? "").toLowerCase())) speaker = { ...speaker, isNamed: false };
  // "Présidence de la République", "Ministry of Foreign Affairs": a body's noun with a capitalised complement is its name.
  if (!speaker.isNamed && !speaker.isPerson && speaker.name !== null && hasInnerCapital(speaker.name) && lexicon.organizationNouns.has(splitOnSpaces(speaker.name.toLowerCase())[0] ?? "")) speaker = { ...speaker, isNamed: true };
  if (!speaker.isNamed && speaker.name !== null) {
    speaker = organizationSpokesperson(state, speaker, entry.regionStart) ?? unnamedRedescribed(state, speaker) ?? ownerOrganizationFor(state, speaker, entry.regionStart) ?? documentSpeakerFor(state, speaker, entry.regionStart) ?? earlierSpeakerFor(state, speaker, entry.regionStart) ?? roleHolderFor(state, speaker, entry.regionStart) ?? personNounFor(state, speaker, entry.regionStart) ?? redescribedPerson(state, speaker, entry.regionStart) ?? otherMandateHolder(state, speaker, entry.regionStart) ?? describedSubject(state, speaker, entry.regionStart) ?? determinedPerson(state, speaker, entry.regionStart) ?? speaker;
  }
  // "The MEA said" after "the Ministry of External Affairs", or after "the National Water Board (NWB)" whose acronym the
  // entity stage folded into it: a body speaks under the full name its acronym stands for (a title's acronym, "le PDG", aside).
  const acronym = !speaker.isPerson && speaker.name !== null && !lexicon.titleAcronyms.has(speaker.name.toLowerCase());
  const expanded = acronym ? acronymExpansion(ctx, speaker.name as string, lexicon) : null;
  if (expanded !== null) speaker = { ...speaker, name: expanded, isNamed: true };
  resolved.set(entry, speaker);
  if (!speaker.isNamed && speaker.name !== null && unnamedSpeakers.length < MAX_UNNAMED_SPEAKERS) unnamedSpeakers.push(speaker);
  return speaker;
}

/**
 * The organization an unnamed spokesperson speaks for when it spoke just before ("Acme confirmed the recall. A
 * spokeswoman said …", « La mairie a confirmé … Un porte-parole a précisé … »): the body, as its own statement was.
 */
function organizationSpokesperson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon, memory, mentions } = state;
  const words = splitOnSpaces((speaker.text ?? "").toLowerCase());
  if (words.length !== 2 || !lexicon.words.indefiniteArticles.includes(words[0] as string) || !lexicon.spokespersonWords.includes(words[1] as string)) return null;
  // (A capitalised name the entity stage missed, "Acme", is a name all the same.)
  if (memory.lastSpeaker === null || memory.lastSpeaker.isPerson || memory.lastSpeaker.name === null || !(memory.lastSpeaker.isNamed || /^\p{Lu}/u.test(memory.lastSpeaker.name)) || position - memory.lastSpeakerAt > ORGANIZATION_WINDOW) return null;
  // A person named since may be the one the spokesperson speaks for.
  const named = lastMentionBefore(mentions, position, true);
  if (named && named.start >= memory.lastSpeakerAt) return null;
  return { ...memory.lastSpeaker, text: speaker.text };
}

/**
 * The speaker a definite noun points back to: "l'élu", "le dirigeant" for the person who spoke
 * last, or else the person named last before `position`; "the spokesperson" for the unnamed
 * speaker of that noun met before ("a council spokesperson").
 */
function earlierSpeakerFor(state: ResolverState, speaker: Speaker, position: number, ownerNoun: string | null = null): Speaker | null {
  const { ctx, lexicon, memory, mentions } = state;
  const noun = ownerNoun ?? definiteNoun(state, speaker);
  if (noun === null) return null;
  // "The Italian admitted …", « l'Italien a reconnu »: a nationality as a definite noun points back to a person too.
  const demonyms = ctx.locale.entities.demonyms;
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  const nationality = Object.hasOwn(demonyms, noun) || Object.hasOwn(demonyms, capitalised);
  // « Selon un diplomate européen, … Ce diplomate estime … »: a demonstrative points at the unnamed one just met.
  const demonstrative = lexicon.demonstrativeDeterminers.has(splitOnSpaces((speaker.text ?? "").toLowerCase())[0] ?? "");
  const unnamed = demonstrative ? unnamedWithNoun(state, speaker, noun) : null;
  if (unnamed) return unnamed;
  if (lexicon.anaphoricPersonNouns.has(noun) || nationality) return personPointedBack(state, speaker, position);
  // "Selon l'entreprise", "the company said": the organization that spoke last, unless its own noun says it is of another kind ("the GMB union").
  // "Smart home company Nexora …; the company said": the organization the text introduced with this very noun.
  const introduced = lexicon.organizationNouns.has(noun) ? introducedAs(ctx.text, noun, position) : null;
  if (introduced && introduced !== memory.lastOrganization?.name) return { name: introduced, text: speaker.text, isPerson: false, isNamed: true };
  // (A description without a name, "le constructeur", "The company", says nothing of the kind: "l'entreprise" is the same one.)
  const otherKind = (organization: Speaker): boolean =>
    /\s\p{Lu}/u.test(organization.text ?? "") && (organization.text ?? "").toLowerCase().split(/[\s']+/u).some((word) => word !== noun && lexicon.organizationNouns.has(word) && !lexicon.genericOrganizationNouns.has(word));
  // "Harwell said … the Auto Workers union called … according to the company": the latest that spoke and is of no other kind.
  let sameKind: Speaker | null = null;
  for (let i = memory.spokenOrganizations.length - 1; i >= 0 && sameKind === null; i--) if (!otherKind(memory.spokenOrganizations[i] as Speaker)) sameKind = memory.spokenOrganizations[i] as Speaker;
  if (lexicon.organizationNouns.has(noun) && sameKind) return { ...sameKind, text: speaker.text };
  // "Renault va supprimer 3 000 postes, a annoncé le constructeur": with none that spoke, the organization just named.
  if (lexicon.organizationNouns.has(noun)) {
    // The outlet of the dateline ("ROTTERDAM (Reuters) -") reports; it is not "the union" that speaks.
    let named = lastMentionBefore(mentions, position, false);
    if (named && named.name === ctx.source) named = lastMentionBefore(mentions, named.start, false);
    // "The GMB union said …; the company said": a body whose own noun names another kind is not the one meant.
    const kindAfter = named ? (/^\s+(\p{Ll}+)/u.exec(ctx.text.slice(named.end, named.end + 30))?.[1] ?? "") : "";
    const otherKindNamed = kindAfter !== noun && lexicon.organizationNouns.has(kindAfter) && !lexicon.genericOrganizationNouns.has(kindAfter);
    if (named && !named.isPerson && named.name !== ctx.source && position - named.start <= ORGANIZATION_WINDOW && !otherKindNamed) return { name: named.name, text: speaker.text, isPerson: false, isNamed: true };
  }
  return unnamedWithNoun(state, speaker, noun);
}

/**
 * The organization a body speaks for when the text names it by its kind (« la direction du groupe », "the office of
 * the agency"): the one that kind points back to, as « le groupe » alone would.
 */
function ownerOrganizationFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon } = state;
  const words = (speaker.name ?? "").toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/u);
  const noun = words[words.length - 1] ?? "";
  if (words.length < 3 || !lexicon.ownerVoices.has(words[0] ?? "") || !lexicon.organizationNouns.has(noun)) return null;
  if (!words.slice(1, -1).every((word) => lexicon.genitives.has(word) || COMPLEMENT_ARTICLES.has(word) || lexicon.articles.has(word))) return null;
  const owner = earlierSpeakerFor(state, speaker, position, noun);
  return owner?.isNamed && !owner.isPerson ? owner : null;
}

/**
 * An unnamed speaker met before, repeated by a definite description of their own words ("the former engineer" after
 * "a former engineer at the company", « la même source » after « une source proche de l'enquête »).
 */
function unnamedRedescribed(state: ResolverState, speaker: Speaker): Speaker | null {
  const { lexicon, memory, unnamedSpeakers } = state;
  const words = descriptionWords(speaker.text ?? "");
  const article = words[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const described = words.slice(1).filter((word) => !lexicon.sameMarkers.has(word));
  // One noun alone ("the source") is read by `earlierSpeakerFor`, which knows the people it may point back to.
  const same = described.length < words.length - 1;
  if (described.length === 0 || (!same && described.length < 2) || described.length > MAX_REDESCRIPTION_WORDS) return null;
  const phrase = ` ${described.join(" ")} `;
  for (let i = unnamedSpeakers.length - 1; i >= 0; i--) {
    const earlier = unnamedSpeakers[i] as Speaker;
    const earlierWords = splitOnSpaces((earlier.name ?? "").toLowerCase());
    const complement = earlierWords.findIndex((word, k) => k > 0 && (lexicon.prepositions.has(word) || CONNECTORS.has(word)));
    if (` ${(complement > 0 ? earlierWords.slice(0, complement) : earlierWords).join(" ")} `.includes(phrase)) return { ...earlier, text: speaker.text };
  }
  // « a précisé la même source » after a body or a named person spoke: the source is whoever was quoted last.
  const latest = same && described.length === 1 ? memory.attributed[memory.attributed.length - 1]?.speaker : undefined;
  return latest?.name ? { ...latest, text: speaker.text } : null;
}

/** The latest unnamed speaker other than `speaker` whose description holds `noun` outside its complement. */
function unnamedWithNoun(state: ResolverState, speaker: Speaker, noun: string): Speaker | null {
  const { lexicon, unnamedSpeakers } = state;
  for (let i = unnamedSpeakers.length - 1; i >= 0; i--) {
    const earlier = unnamedSpeakers[i] as Speaker;
    // ("the hospital" is not "a spokesperson for the hospital": a noun in the complement is another party.)
    const words = splitOnSpaces((earlier.name ?? "").toLowerCase());
    const complement = words.findIndex((word) => lexicon.prepositions.has(word));
    const described = ` ${(complement > 0 ? words.slice(0, complement) : words).join(" ")} `;
    if (earlier.name !== speaker.name && described.includes(` ${noun} `)) return { ...earlier, text: speaker.text };
  }
  return null;
}

/**
 * Who spoke through a document the text introduced as the medium of a report ("The mayor's office said in a
 * statement that …. According to the statement, …", « affirme le ministère dans un communiqué. Le texte précise »):
 * the speaker given a quote in the sentence that introduced it.
 */
function documentSpeakerFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, memory } = state;
  const noun = definiteNoun(state, speaker);
  // « le texte », "the document" stand for whichever document was introduced last.
  const anaphor = noun !== null && lexicon.documentAnaphors.has(noun);
  if (noun === null || !(anaphor || lexicon.documentNouns.has(noun)) || state.documentScans++ >= MAX_DOCUMENT_SCANS) return null;
  const from = Math.max(0, position - DOCUMENT_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  let introduced = -1;
  for (const document of anaphor ? lexicon.documentNouns : [noun]) {
    for (const article of lexicon.words.indefiniteArticles) introduced = Math.max(introduced, window.lastIndexOf(` ${article} ${document}`));
  }
  if (introduced < 0) return null;
  const sentenceStart = from + Math.max(window.lastIndexOf(". ", introduced), window.lastIndexOf("\n", introduced)) + 1;
  const nextStop = [window.indexOf(". ", introduced), window.indexOf("\n", introduced)].filter((at) => at >= 0);
  const sentenceEnd = nextStop.length > 0 ? from + Math.min(...nextStop) : position;
  for (let i = memory.spokenAt.length - 1; i >= 0; i--) {
    const spoken = memory.spokenAt[i] as { start: number; end: number; speaker: Speaker };
    if (spoken.end < sentenceStart) break;
    if (spoken.start <= sentenceEnd) return { ...spoken.speaker, text: speaker.text };
  }
  return null;
}

/**
 * A description a demonstrative opens (« cette mère de trois enfants ») or an owner's body a possessive opens
 * (« son cabinet », "her office"): someone already met, the unnamed one with that noun or the person pointed back to.
 */
function determinedPerson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon } = state;
  const words = splitOnSpaces(foldApostrophes((speaker.text ?? "").toLowerCase()));
  const [determiner = "", noun = ""] = words;
  if (lexicon.organizationNouns.has(noun)) return null;
  if (lexicon.demonstrativeDeterminers.has(determiner)) return unnamedWithNoun(state, speaker, noun) ?? personPointedBack(state, speaker, position);
  if (lexicon.possessives.has(determiner) && words.length === 2 && lexicon.ownerVoices.has(noun) && !isPersonalBody(noun, lexicon)) {
    const owner = resolvePronoun(state, { regionStart: position, regionEnd: position, prefer: "last", pronoun: determiner, phraseStart: position, phraseEnd: position, sameAs: null });
    return owner.isPerson && owner.name !== null ? { ...owner, text: speaker.text } : null;
  }
  return null;
}

/** The noun of a definite description of two words ("l'élu", "the company"), its age or medium aside; or null. */
function definiteNoun(state: ResolverState, speaker: Speaker): string | null {
  const { lexicon } = state;
  const written = speaker.text ?? "";
  if (written === state.definiteNounText) return state.definiteNounRead;
  const age = lexicon.words.ageComplement;
  const words = descriptionWords(age ? written.replace(age, "") : written);
  // "précise l'entreprise dans un communiqué", "the company said in a statement": the medium after the noun is not its own.
  // (A genitive opens the noun's own complement: « le cabinet de Mme Ferrand » is no « cabinet » alone.)
  const medium = words.length > 2 && lexicon.audience.has(words[2] as string) && lexicon.prepositions.has(words[2] as string) && !lexicon.genitives.has(words[2] as string);
  const count = medium ? 2 : words.length;
  const definite = count === 2 && lexicon.articles.has(words[0] as string) && !lexicon.words.indefiniteArticles.includes(words[0] as string);
  state.definiteNounText = written;
  state.definiteNounRead = definite ? (words[1] as string) : null;
  return state.definiteNounRead;
}

/** The person a noun pointing back stands for: a new subject, else the person who spoke last, else the person named last. */
function personPointedBack(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, memory, mentions } = state;
  // "Son entraîneur, Julien Castex, loue sa régularité. « … », souligne le technicien": the new subject.
  const subject = subjectSince(state, position);
  if (subject) return { name: subject.name, text: speaker.text, isPerson: true, isNamed: true };
  // "Bertin a répondu aux critiques. « … », a assuré l'élu": one who opened a sentence since the last speaker.
  const named = lastMentionBefore(mentions, position, true);
  if (memory.lastSpeaker && named && named.start >= memory.lastSpeakerAt && named.name !== memory.lastSpeaker.name && opensClause(ctx.text, named.start, named.end, lexicon)) return { name: named.name, text: speaker.text, isPerson: true, isNamed: true };
  if (memory.lastSpeaker?.isPerson && memory.lastSpeaker.isNamed) return { ...memory.lastSpeaker, text: speaker.text };
  return named ? { name: named.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/**
 * A definite noun that gives a person's age and no title anyone holds ("the 29-year-old", « le coureur de 29 ans »):
 * no one new is introduced by age, so it points back like « l'élu » (« le président » alone may be someone new).
 */
function personNounFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  // The noun as the speaker is named, after any medium ("le coureur de 29 ans au micro de …" → "coureur de 29 ans").
  const name = (speaker.name ?? "").toLowerCase();
  const age = lexicon.words.ageComplement;
  const noun = age ? name.replace(age, "") : name;
  const aged = AGE_NOUN.test(name) || (noun !== name && personRoleNouns(ctx).has(noun));
  return aged ? personPointedBack(state, speaker, position) : null;
}

/**
 * A definite description that no one holds as a title and that re-describes someone already introduced: headed by a
 * noun of that kind with its modifiers ("the board member", "the trust leader", « la jeune militante »), or a past
 * role (« l'ancien maire de Saint-Sulpice », "the former minister"). It points back like « l'élu ».
 */
function redescribedPerson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const words = descriptionWords(speaker.text ?? "");
  const article = words[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const described = words.slice(1);
  const former = lexicon.formerMarkers.has((described[0] ?? "").replace(/-$/u, ""));
  // (« l'ancien international » too: a past the text gave no one as a title re-describes someone met, like a past role.)
  if (former) {
    const pastRole = personRoleNouns(ctx).has(described[1] ?? "") || (startsLowerCase(described[1] ?? "") && described.length <= MAX_REDESCRIPTION_WORDS);
    return pastRole ? personPointedBack(state, speaker, position) : null;
  }
  if (described.length < 2 || described.length > MAX_REDESCRIPTION_WORDS || described.some((word) => lexicon.functionWords.has(word) || !startsLowerCase(word))) return null;
  const head = lexicon.words.modifiersPrecedeNoun ? described[described.length - 1] : described.find((word) => lexicon.anaphoricPersonNouns.has(word));
  return head !== undefined && lexicon.anaphoricPersonNouns.has(head) ? personPointedBack(state, speaker, position) : null;
}

/**
 * A bare elected title no one holds (« le député a affirmé ») right after an elected official spoke under another
 * mandate (« Thierry Mauduit, ancien maire de … »), with no one else named since: the same person, who holds both.
 */
function otherMandateHolder(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon, memory, mentions } = state;
  const noun = definiteNoun(state, speaker);
  if (noun === null || !lexicon.electedTitles.has(noun) || !memory.lastSpeaker?.isPerson || !memory.lastSpeaker.isNamed || memory.lastSpeaker.name === null) return null;
  const elected = rolesOf(state, memory.lastSpeaker.name).some((role) => phraseWords(role).some((word) => word !== noun && lexicon.electedTitles.has(word)));
  const named = lastMentionBefore(mentions, position, true);
  const someoneElse = named !== null && named.name !== memory.lastSpeaker.name && named.start >= memory.lastSpeakerAt;
  return elected && !someoneElse ? { ...memory.lastSpeaker, text: speaker.text } : null;
}

/**
 * A definite description of a person's role that no one holds ("a commenté le leader du classement général"),
 * right after someone became the subject since the last speaker ("Le maillot jaune, le Norvégien Lars Dahl, a
 * terminé …"): it describes that subject. With no new subject it stays a noun (« le président du tribunal »).
 */
function describedSubject(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  if (!personRoleNouns(ctx).has(headNoun(speaker.name ?? "", lexicon))) return null;
  const subject = subjectSince(state, position);
  return subject ? { name: subject.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/**
 * The person a definite role noun stands for ("a précisé le ministre", "the minister said"): of the
 * people the text gave that role, the one named last before `position`.
 */
function roleHolderFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, names } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  // "Son adversaire a raillé …": a possessive makes the noun as definite as an article does.
  if (!(lexicon.articles.has(article) || lexicon.possessives.has(article)) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const noun = headNoun(speaker.name ?? "", lexicon);
  // A capitalised head is a name's ("the House of Commons Library"), not a title's, unless it is a title's acronym ("le PDG")
  // or a person's role noun ("the Council President").
  if (noun === "" || !((speaker.name ?? "").includes(noun) || lexicon.titleAcronyms.has(noun) || personRoleNouns(ctx).has(noun)) || lexicon.organizationNouns.has(noun)) return null;
  // "The ministers noted …": a role noun in the plural is a group, no one holder of the role.
  if (PLURAL_END.test(noun) && !personRoleNouns(ctx).has(noun) && personRoleNouns(ctx).has(noun.slice(0, -1))) return null;
  const modifiers = phraseWords(speaker.name ?? "").filter((word) => word !== noun && !lexicon.functionWords.has(word));
  let holders = names.holdersOf(noun);
  // « le PM », "the PM": a title's acronym stands for the titles whose words it spells (« premier ministre », "prime minister").
  if (holders.length === 0 && lexicon.titleAcronyms.has(noun)) holders = ctx.people.map((person) => ({ person, titles: person.roles.filter((role) => spells(noun, role, lexicon)) })).filter(({ titles }) => titles.length > 0);
  // "Technology Secretary Hannah Morley … the minister warned": with no holder of the noun itself, the one person
  // holding a title of the same class (minister and secretary), if the description adds no modifier.
  if (holders.length === 0 && modifiers.length === 0) {
    const kin = ctx.locale.entities.roleClasses.filter((group) => group.includes(noun)).flat().filter((other) => other !== noun);
    const others = [...new Set(kin.flatMap((other) => names.holdersOf(other)))];
    if (new Set(others.map(({ person }) => person.name)).size === 1) holders = others;
  }
  // "the Thai minister" among ministers: the one whose title says Thai, or Thailand.
  const qualified = modifiers.length === 0 ? [] : holders.filter(({ titles }) => modifiers.every((modifier) => titles.some((title) => titleSays(ctx, title, modifier))));
  let holder: { name: string; at: number } | null = null;
  for (const { person } of qualified.length > 0 ? qualified : holders) {
    const at = lastMentionStartBefore(person, position);
    if (at >= 0 && (!holder || at > holder.at)) holder = { name: person.name, at };
  }
  return holder ? { name: holder.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/** A person's roles, lower-cased. */
function rolesOf(state: ResolverState, name: string): readonly string[] {
  const { ctx } = state;
  state.roles ??= new Map(ctx.people.map((person) => [person.name, person.roles.map((role) => role.toLowerCase())]));
  return state.roles.get(name) ?? [];
}

/** A person's gender: learnt from a pronoun that stood for them, or else told by their given name. */
function genderOf(state: ResolverState, name: string): Gender | null {
  return state.pronounGenders.get(name) ?? givenNameGender(name, state.lexicon);
}

/**
 * The pronoun's speaker, agreeing with it in gender: "elle" after Pierre Lemoine spoke is the
 * last woman who spoke before him, or else the last woman named.
 */
function resolvePronoun(state: ResolverState, entry: QuoteEvidence): Speaker {
  const { ctx, lexicon, memory, pronounGenders } = state;
  const gender = pronounGender(entry.pronoun ?? "", lexicon);
  // One who has become the subject since the last speaker, of the pronoun's gender or of none known, is the one it stands for.
  const subject = entry.pronoun !== DEMONSTRATIVE ? subjectSince(state, entry.regionStart) : null;
  const subjectGender = subject ? genderOf(state, subject.name) : null;
  if (subject && (gender === null || subjectGender === null || subjectGender === gender)) {
    if (gender !== null && subjectGender === null && pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(subject.name, gender);
    return { name: subject.name, text: ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun, isPerson: true, isNamed: true };
  }
  const speaker = pronounByPosition(state, entry);
  if (gender === null || !speaker.isPerson || speaker.name === null) return speaker;
  const own = genderOf(state, speaker.name);
  if (own === gender) return speaker;
  if (own === null) {
    // One who goes on speaking keeps the pronoun; a person only named last gives way to one nearby whose given
    // name agrees ("Ursula von der Leyen a répondu à Viktor Orban. « … », a-t-elle affirmé"). Whoever keeps it is
    // learnt to be of its gender.
    const continues = speaker.name === memory.lastSpeaker?.name;
    const agreeing = continues ? null : namedOfGender(state, gender, entry.regionStart, entry.regionStart - PRONOUN_WINDOW, speaker);
    if (agreeing) return agreeing;
    if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(speaker.name, gender);
    return speaker;
  }
  /** The latest earlier speaker whose gender nothing tells: "she" after Tom Reyes spoke may be Jade Hurst. */
  let untold: Speaker | null = null;
  for (let i = memory.attributed.length - 1; i >= 0; i--) {
    const earlier = (memory.attributed[i] as SaidWords).speaker;
    if (!earlier.isPerson || earlier.name === null) continue;
    const earlierGender = genderOf(state, earlier.name);
    if (earlierGender === gender) return { ...earlier, text: speaker.text };
    if (earlierGender === null) untold ??= earlier;
  }
  const named = namedOfGender(state, gender, entry.regionStart, 0, speaker);
  if (named) return named;
  if (!untold?.name) return speaker;
  if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(untold.name, gender);
  return { ...untold, text: speaker.text };
}

/** The person of `gender` named last before `position` (and from `from` on). */
function namedOfGender(state: ResolverState, gender: Gender, position: number, from: number, speaker: Speaker): Speaker | null {
  const { mentions } = state;
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_GENDER_MENTIONS; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start < from) return null;
    if (!mention.isPerson || genderOf(state, mention.name) !== gender) continue;
    // The subject of the sentence that names this person as an object, if nothing says it is of the other gender.
    const subject = subjectBeforeObject(state, mention);
    const chosen = subject && (genderOf(state, subject.name) ?? gender) === gender ? subject : mention;
    return { name: chosen.name, text: speaker.text, isPerson: true, isNamed: true };
  }
  return null;
}

/**
 * A person other than the last speaker who has become a sentence's subject since that speaker's
 * quote, named in apposition to the subject's title ("Le porte-parole, Esmaïl Baghaï, s'est montré
 * prudent.", "The principal, Mark Vidal, stayed calm."); the latest such before `position`.
 */
function subjectSince(state: ResolverState, position: number): NamedMention | null {
  const { memory, mentions } = state;
  if (!memory.lastSpeaker) return null;
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_SUBJECT_MENTIONS; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start < memory.lastSpeakerAt) return null;
    if (mention.isPerson && mention.name !== memory.lastSpeaker.name && subjectInApposition(state, mention)) return mention;
  }
  return null;
}

/** The speaker a pronoun stands for by where it is: the last speaker, a body for "it", a group for "they", or the person named last. */
function pronounByPosition(state: ResolverState, entry: QuoteEvidence): Speaker {
  const { ctx, lexicon, memory, mentions, names } = state;
  const text = ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun;
  // « "Nobody wins a long strike," he said »: one named inside the quote is not the one who says it.
  const before = Math.min(entry.regionStart, memory.quoteOpensAt);
  const mention = lastMentionBefore(mentions, before, true);
  // A personal pronoun stands for a person: a group or body that spoke last gives way to a person named since ("selon lui"),
  // and a person who spoke last to another person who has since opened a sentence as its subject.
  const personSince = memory.lastSpeaker !== null && mention !== null && mention.start >= memory.lastSpeakerAt && (!memory.lastSpeaker.isPerson || (mention.name !== memory.lastSpeaker.name && opensClause(ctx.text, mention.start, mention.end, lexicon)));
  // "His lawyers said … He said …": one person is not the group that spoke last.
  const groupForOne = memory.lastSpeaker !== null && !memory.lastSpeaker.isNamed && PLURAL_END.test(memory.lastSpeaker.name ?? "") && lexicon.singularPronouns.has(entry.pronoun ?? "");
  // "They also report …" after one person spoke: a plural pronoun is a group's, the organization that spoke last or no one.
  if (lexicon.pluralPronouns.has((entry.pronoun ?? "").toLowerCase()) && (memory.lastSpeaker === null || memory.lastSpeaker.isPerson)) {
    return memory.lastOrganization ? { ...memory.lastOrganization, text } : { ...NO_SPEAKER, text };
  }
  // "In a statement, it said …": "it" is the body or company that spoke last, or the one named last nearby.
  if (lexicon.nonPersonPronouns.has((entry.pronoun ?? "").toLowerCase())) {
    if (memory.lastSpeaker !== null && !memory.lastSpeaker.isPerson && memory.lastSpeaker.name !== null) return { ...memory.lastSpeaker, text };
    const organization = lastMentionBefore(mentions, before, false);
    if (organization && !organization.isPerson && before - organization.start <= ORGANIZATION_WINDOW) return { name: organization.name, text, isPerson: false, isNamed: true };
    if (memory.lastOrganization) return { ...memory.lastOrganization, text };
  }
  if (entry.pronoun !== DEMONSTRATIVE && memory.lastSpeaker?.name && !personSince && !groupForOne) return { ...memory.lastSpeaker, text };
  const written = state.writtenScans++ < MAX_WRITTEN_SCANS ? lastWrittenPerson(ctx, names, before, lexicon) : null;
  // "Carrel a critiqué le Premier ministre, Marc Vidal. « … », a-t-il prévenu": a personal pronoun goes on with the
  // sentence's subject, not with its object named last (a demonstrative, « celui-ci », does point at the last one).
  const subject = mention && entry.pronoun !== DEMONSTRATIVE ? subjectBeforeObject(state, mention) : null;
  const name = written && (!mention || written.at >= mention.end) ? written.person.name : (subject ?? mention)?.name;
  return name ? { name, text, isPerson: true, isNamed: true } : { ...NO_SPEAKER, text };
}

/** The person who is the subject of the sentence in which `object` is named later and not as a subject; or null. */
function subjectBeforeObject(state: ResolverState, object: NamedMention): NamedMention | null {
  const { ctx, mentions } = state;
  const isSubject = (mention: NamedMention): boolean => opensSentence(ctx.text, mention.start) || subjectInApposition(state, mention);
  if (isSubject(object)) return null;
  const index = firstAtOrAfter(mentions, object.start);
  // The last sentence break before the object (/[.!?\n]\s/u), read back only as far as the mentions tried reach.
  let breakAt = -1;
  let unread = object.start - 2;
  for (let i = index - 1, seen = 0; i >= 0 && seen < MAX_SUBJECT_MENTIONS; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    while (breakAt < 0 && unread >= mention.end) {
      if (isSentenceBreak(ctx.text, unread)) breakAt = unread;
      else unread--;
    }
    // Only within the object's sentence: a sentence break between them ends the search.
    if (breakAt >= mention.end) return null;
    if (mention.isPerson && mention.name !== object.name && isSubject(mention)) return mention;
  }
  return null;
}

/** Whether a mention is a subject named in apposition to its title, read once per mention. */
function subjectInApposition(state: ResolverState, mention: NamedMention): boolean {
  const { ctx, lexicon, appositionSubjects } = state;
  let subject = appositionSubjects.get(mention);
  if (subject === undefined) {
    subject = isSubjectInApposition(ctx.text, mention, lexicon, rolesOf(state, mention.name));
    appositionSubjects.set(mention, subject);
  }
  return subject;
}

/** The names of the document's places. */
function placeNames(state: ResolverState): Set<string> {
  return (state.places ??= new Set(state.ctx.places.map((place) => place.name)));
}

/** Words of a description that re-describes someone ("the veteran board member"), at most. */
const MAX_REDESCRIPTION_WORDS = 3;
/** Mentions read back for a new subject since the last speaker, at most. */
const MAX_SUBJECT_MENTIONS = 20;
/** Only this many unnamed speakers are remembered for a noun pointing back (keeps long inputs linear). */
const MAX_UNNAMED_SPEAKERS = 50;

/** Definite documents looked back for per text, at most. */
const MAX_DOCUMENT_SCANS = 100;
