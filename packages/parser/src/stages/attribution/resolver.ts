/** The first pass's resolver: a quote's speaker read from its evidence, its pronoun or its region, then what a description or an acronym stands for. */
import type { DocumentContext } from "../context.js";
import type { QuoteEvidence } from "../quotes/index.js";
import type { Lexicon } from "../quotes/reporting-verbs.js";
import { acronymExpansion } from "./acronyms.js";
import { describedSpeaker } from "./description-resolver.js";
import { resolvePronoun } from "./pronoun-resolver.js";
import { resolveRegion } from "./region.js";
import { placeNames, type ResolverState, resolverState, rolesOf, type SpeakerMemory } from "./resolver-state.js";
import { NO_SPEAKER, type Speaker } from "./speakers.js";
import { hasInnerCapital, splitOnSpaces } from "./text.js";

/** The resolvers of one document, and the lookups the later passes share with them. */
export interface SpeakerResolver {
  resolve: (entry: QuoteEvidence) => Speaker;
  rolesOf: (name: string) => readonly string[];
  placeNames: () => Set<string>;
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
  if (!speaker.isNamed && speaker.name !== null) speaker = describedSpeaker(state, speaker, entry.regionStart);
  // "The MEA said" after "the Ministry of External Affairs", or after "the National Water Board (NWB)" whose acronym the
  // entity stage folded into it: a body speaks under the full name its acronym stands for (a title's acronym, "le PDG", aside).
  const acronym = !speaker.isPerson && speaker.name !== null && !lexicon.titleAcronyms.has(speaker.name.toLowerCase());
  const expanded = acronym ? acronymExpansion(ctx, speaker.name as string, lexicon) : null;
  if (expanded !== null) speaker = { ...speaker, name: expanded, isNamed: true };
  resolved.set(entry, speaker);
  if (!speaker.isNamed && speaker.name !== null && unnamedSpeakers.length < MAX_UNNAMED_SPEAKERS) unnamedSpeakers.push(speaker);
  return speaker;
}

/** Only this many unnamed speakers are remembered for a noun pointing back (keeps long inputs linear). */
const MAX_UNNAMED_SPEAKERS = 50;
