import type { DocumentContext } from "./context.js";
import { resolveDescription } from "./entities.js";
import type { QuoteEvidence } from "./quotes.js";
import { lexiconFor, type Lexicon } from "./reporting-verbs.js";

/** A named mention of a person or an organization, with the canonical name it stands for. */
interface NamedMention {
  start: number;
  end: number;
  name: string;
  isPerson: boolean;
}

interface Speaker {
  name: string | null;
  text: string | null;
  isPerson: boolean;
}

const NO_SPEAKER: Speaker = { name: null, text: null, isPerson: false };

/**
 * Resolves each quote's speaker from the evidence the quote stage left: a named person or
 * organization in the attribution, a pronoun (the last speaker before it), a role description
 * (through the entity stage's resolver), or the unnamed speaker's noun ("préfet", "critics").
 * Indirect speech whose speaker cannot be told is dropped.
 */
export function attributeQuotes(ctx: DocumentContext): void {
  const evidence = ctx.quoteEvidence ?? [];
  const lexicon = lexiconFor(ctx.locale.quotes);
  const mentions = namedMentions(ctx);
  const resolved = new Map<QuoteEvidence, Speaker>();
  let lastSpeaker: Speaker | null = null;

  const resolve = (entry: QuoteEvidence): Speaker => {
    const known = resolved.get(entry);
    if (known) return known;
    let speaker: Speaker;
    if (entry.sameAs) speaker = resolve(entry.sameAs);
    else if (entry.pronoun !== null) speaker = resolvePronoun(entry);
    else speaker = resolveRegion(ctx, entry, mentions, lexicon);
    resolved.set(entry, speaker);
    return speaker;
  };

  const resolvePronoun = (entry: QuoteEvidence): Speaker => {
    const text = ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun;
    if (lastSpeaker?.name) return { ...lastSpeaker, text };
    const person = lastMentionBefore(mentions, entry.regionStart, true);
    return person ? { name: person.name, text, isPerson: true } : { name: null, text, isPerson: false };
  };

  const keep: boolean[] = [];
  ctx.quotes.forEach((quote, i) => {
    const entry = evidence[i];
    const speaker = entry && (entry.regionEnd > entry.regionStart || entry.pronoun !== null || entry.sameAs) ? resolve(entry) : NO_SPEAKER;
    quote.speaker = speaker.name;
    quote.speakerText = speaker.name === null ? null : speaker.text;
    if (speaker.name !== null && speaker.isPerson) lastSpeaker = speaker;
    else if (speaker.name !== null && lastSpeaker === null) lastSpeaker = speaker;
    keep.push(quote.kind === "direct" || quote.speaker !== null);
  });
  ctx.quotes = ctx.quotes.filter((_, i) => keep[i]);
  ctx.quoteEvidence = evidence.filter((_, i) => keep[i]);
}

/** Person and organization mentions, sorted by position. */
function namedMentions(ctx: DocumentContext): NamedMention[] {
  const mentions: NamedMention[] = [];
  for (const person of ctx.people) for (const m of person.mentions) mentions.push({ start: m.start, end: m.end, name: person.name, isPerson: true });
  for (const org of ctx.organizations) for (const m of org.mentions) mentions.push({ start: m.start, end: m.end, name: org.name, isPerson: false });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `position` (binary search). */
function firstAtOrAfter(mentions: readonly NamedMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as NamedMention).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lastMentionBefore(mentions: readonly NamedMention[], position: number, personOnly: boolean): NamedMention | null {
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (!personOnly || mention.isPerson) return mention;
  }
  return null;
}

/** The speaker named in the evidence region: a person, else an organization, else a description. */
function resolveRegion(ctx: DocumentContext, entry: QuoteEvidence, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker {
  const inside: NamedMention[] = [];
  for (let i = firstAtOrAfter(mentions, entry.regionStart); i < mentions.length; i++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start >= entry.regionEnd) break;
    if (mention.end <= entry.regionEnd) inside.push(mention);
  }
  const people = inside.filter((mention) => mention.isPerson);
  const pick = (list: NamedMention[]) => (entry.prefer === "first" ? list[0] : list[list.length - 1]);
  const chosen = pick(people) ?? pick(inside);
  if (chosen) return { name: chosen.name, text: ctx.text.slice(chosen.start, chosen.end), isPerson: chosen.isPerson };

  const phrase = ctx.text.slice(entry.phraseStart, entry.phraseEnd).trim();
  if (phrase === "") return NO_SPEAKER;
  const described = resolveDescription(ctx, phrase, entry.phraseStart);
  if (described) return { name: described.name, text: phrase, isPerson: true };
  const name = unnamedSpeaker(phrase, entry.prefer, lexicon);
  return name === null ? NO_SPEAKER : { name, text: phrase, isPerson: false };
}

/**
 * The speaker a phrase names when no known entity is in it: its capitalised name nearest the verb
 * ("L'Élysée" → "Élysée", "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"), or the noun
 * without its article ("le préfet" → "préfet", "a European diplomat" → "European diplomat").
 */
function unnamedSpeaker(phrase: string, prefer: "first" | "last", lexicon: Lexicon): string | null {
  const words = phrase.split(/\s+/u).filter((word) => word !== "");
  while (words.length > 0) {
    const head = (words[0] as string).toLowerCase().replace(/’/g, "'");
    const elided = head.match(/^(?:l|d|qu)'(.+)$/u);
    if (elided) {
      words[0] = (words[0] as string).slice(head.length - (elided[1] as string).length);
      break;
    }
    if (lexicon.articles.has(head) || lexicon.audience.has(head) || lexicon.adverbs.has(head)) words.shift();
    else break;
  }
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(words[i] as string)) continue;
    let end = i + 1;
    while (end < words.length && (/^\p{Lu}/u.test(words[end] as string) || (NAME_PARTICLES.has(words[end] as string) && /^\p{Lu}/u.test(words[end + 1] ?? "")))) end++;
    runs.push([i, end]);
    i = end - 1;
  }
  const run = prefer === "first" ? runs[0] : runs[runs.length - 1];
  // A lone capitalised adjective before a common noun ("European diplomat") is not a name.
  const adjective = run !== undefined && run[1] - run[0] === 1 && run[1] < words.length && run[1] === words.length - 1 && /^\p{Ll}/u.test(words[run[1]] as string);
  const chosen = run && !adjective ? words.slice(run[0], run[1]) : words;
  const cleaned = chosen.join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, "");
  if (cleaned === "" || (/^\p{Ll}+$/u.test(cleaned) && lexicon.functionWords.has(cleaned))) return null;
  return cleaned.length > 80 ? null : cleaned;
}

const NAME_PARTICLES = new Set(["de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "della", "bin", "ibn", "al", "el", "le", "la", "of"]);
