/** The speaker a quote is given, and the document's named mentions it is read from. */
import type { DocumentContext, PersonEntity } from "../context.js";

/** A named mention of a person or an organization, with the canonical name it stands for. */
export interface NamedMention {
  start: number;
  end: number;
  name: string;
  isPerson: boolean;
}

export interface Speaker {
  name: string | null;
  text: string | null;
  isPerson: boolean;
  /** Named in the text (a known person or organization), not just described. */
  isNamed: boolean;
}

export const NO_SPEAKER: Speaker = { name: null, text: null, isPerson: false, isNamed: false };
/** A written record with no author named ("according to court filings"): its reported content stays, said by no one. */
export const UNAUTHORED_RECORD: Speaker = { name: null, text: null, isPerson: false, isNamed: false };

/** Where the person's last mention before `position` starts, or -1. */
export function lastMentionStartBefore(person: PersonEntity, position: number): number {
  let at = -1;
  for (const mention of person.mentions) if (mention.start < position && mention.start > at) at = mention.start;
  return at;
}

/** Person and organization mentions, sorted by position. */
export function namedMentions(ctx: DocumentContext): NamedMention[] {
  const mentions: NamedMention[] = [];
  for (const person of ctx.people) for (const m of person.mentions) mentions.push({ start: m.start, end: m.end, name: person.name, isPerson: true });
  for (const org of ctx.organizations) for (const m of org.mentions) mentions.push({ start: m.start, end: m.end, name: org.name, isPerson: false });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `position` (binary search). */
export function firstAtOrAfter(mentions: readonly NamedMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as NamedMention).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function lastMentionBefore(mentions: readonly NamedMention[], position: number, personOnly: boolean): NamedMention | null {
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (!personOnly || mention.isPerson) return mention;
  }
  return null;
}
