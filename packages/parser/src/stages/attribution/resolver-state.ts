/** The state the resolvers of one document share, made once per document, and the lookups of people and subjects they all make over it. */
import type { DocumentContext } from "../context.js";
import type { QuoteEvidence } from "../quotes/index.js";
import type { Lexicon } from "../quotes/reporting-verbs.js";
import type { SaidWords } from "./echoes.js";
import { DocumentNames } from "./names.js";
import { type Gender, givenNameGender } from "./pronouns.js";
import { firstAtOrAfter, type NamedMention, namedMentions, type Speaker } from "./speakers.js";
import { isSubjectInApposition } from "./subjects.js";
import { isSentenceBreak, opensSentence } from "./text.js";

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

/** What the resolvers of one document share: what they read, the `memory` of earlier speakers, and the caches of what they read. */
export interface ResolverState {
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
export function resolverState(ctx: DocumentContext, lexicon: Lexicon, memory: SpeakerMemory): ResolverState {
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

/** A person's roles, lower-cased. */
export function rolesOf(state: ResolverState, name: string): readonly string[] {
  const { ctx } = state;
  state.roles ??= new Map(ctx.people.map((person) => [person.name, person.roles.map((role) => role.toLowerCase())]));
  return state.roles.get(name) ?? [];
}

/** A person's gender: learnt from a pronoun that stood for them, or else told by their given name. */
export function genderOf(state: ResolverState, name: string): Gender | null {
  return state.pronounGenders.get(name) ?? givenNameGender(name, state.lexicon);
}

/**
 * A person other than the last speaker who has become a sentence's subject since that speaker's
 * quote, named in apposition to the subject's title ("Le porte-parole, Esmaïl Baghaï, s'est montré
 * prudent.", "The principal, Mark Vidal, stayed calm."); the latest such before `position`.
 */
export function subjectSince(state: ResolverState, position: number): NamedMention | null {
  const { memory, mentions } = state;
  if (!memory.lastSpeaker) return null;
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_SUBJECT_MENTIONS; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start < memory.lastSpeakerAt) return null;
    if (mention.isPerson && mention.name !== memory.lastSpeaker.name && subjectInApposition(state, mention)) return mention;
  }
  return null;
}

/** The person who is the subject of the sentence in which `object` is named later and not as a subject; or null. */
export function subjectBeforeObject(state: ResolverState, object: NamedMention): NamedMention | null {
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
export function subjectInApposition(state: ResolverState, mention: NamedMention): boolean {
  const { ctx, lexicon, appositionSubjects } = state;
  let subject = appositionSubjects.get(mention);
  if (subject === undefined) {
    subject = isSubjectInApposition(ctx.text, mention, lexicon, rolesOf(state, mention.name));
    appositionSubjects.set(mention, subject);
  }
  return subject;
}

/** The names of the document's places. */
export function placeNames(state: ResolverState): Set<string> {
  return (state.places ??= new Set(state.ctx.places.map((place) => place.name)));
}

/** Mentions read back for a new subject since the last speaker, at most. */
const MAX_SUBJECT_MENTIONS = 20;
