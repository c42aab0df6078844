/** The document's entity mentions indexed by position, and the organization lookups made on them ("the union" → its name). */
import type { DocumentContext } from "../context.js";

/** A mention of a person, organization or place, for lookups by position. */
export interface EntitySpan {
  start: number;
  end: number;
  kind: "person" | "organization" | "place";
  name: string;
  country: string | null;
}

/** Every entity mention of the document, sorted by start: built once, searched by range. */
interface EntityIndex {
  spans: EntitySpan[];
  people: ReadonlySet<string>;
  /** How often the text names each person: the most named is who the text is about. */
  mentionCounts: ReadonlyMap<string, number>;
}

const entityIndexes = new WeakMap<DocumentContext, EntityIndex>();

export function entityIndexOf(ctx: DocumentContext): EntityIndex {
  let index = entityIndexes.get(ctx);
  if (!index) {
    index = indexEntities(ctx);
    entityIndexes.set(ctx, index);
  }
  return index;
}

function indexEntities(ctx: DocumentContext): EntityIndex {
  const spans: EntitySpan[] = [];
  for (const person of ctx.people) {
    for (const m of person.mentions) spans.push({ start: m.start, end: m.end, kind: "person", name: person.name, country: null });
  }
  for (const organization of ctx.organizations) {
    for (const m of organization.mentions) {
      spans.push({ start: m.start, end: m.end, kind: "organization", name: organization.name, country: null });
    }
  }
  for (const place of ctx.places) {
    for (const m of place.mentions) spans.push({ start: m.start, end: m.end, kind: "place", name: place.name, country: place.country });
  }
  spans.sort((a, b) => a.start - b.start);
  return {
    spans,
    people: new Set(ctx.people.map((p) => p.name)),
    mentionCounts: new Map(ctx.people.map((p) => [p.name, p.mentions.length])),
  };
}

/** Index of the first span starting at or after `offset`. */
export function firstSpanFrom(spans: readonly EntitySpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Whether an organization or person mention covers `offset` (overlaps are rare: a few steps back suffice). */
export function insideEntity(spans: readonly EntitySpan[], offset: number): boolean {
  const at = firstSpanFrom(spans, offset + 1);
  for (let i = at - 1; i >= 0 && i >= at - 4; i--) {
    const span = spans[i]!;
    if (span.kind !== "place" && span.start <= offset && offset < span.end) return true;
  }
  return false;
}

/**
 * Whether a person or organization mention overlaps the span between two offsets, or a place covers
 * it all (any place overlapping, with `anyPlace`).
 */
export function overlapsEntity(spans: readonly EntitySpan[], start: number, end: number, anyPlace = false): boolean {
  for (let i = Math.max(0, firstSpanFrom(spans, start) - 4); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= end) break;
    // "Edinburgh Chamber of Commerce": a place inside the name leaves it a name.
    if (span.end > start && (span.kind !== "place" || anyPlace || (span.start <= start && span.end >= end))) return true;
  }
  return false;
}

/** Whether `offset` is inside an organization's name, after its first word. */
export function insideNameOf(ctx: DocumentContext, offset: number): boolean {
  const spans = entityIndexOf(ctx).spans;
  for (let i = firstSpanFrom(spans, Math.max(0, offset - 80)); i < spans.length; i++) {
    const span = spans[i]!;
    if (span.start >= offset) break;
    if (span.kind === "organization" && offset < span.end) return true;
  }
  return false;
}

/** Two names joined by "and" / « et » ("National Nurses Alliance and Meridian Health Systems"). */
export const joinedNames = /^(\p{Lu}.*?)\s+(?:and|et)\s+(\p{Lu}.*)$/u;
/**
 * Whether a half of a joined name is a name of its own: two capitalised words or more and no linking
 * word ("Organisation for Security and Co-operation in Europe", "Food and Drug Administration" stay whole).
 */
function namesOrganization(half: string): boolean {
  const parts = half.split(/\s+/u);
  return parts.length >= 2 && parts.every((part) => /^[\p{Lu}\d]/u.test(part));
}

/** A name made of a head and its complement ("Communications Workers of America", « Chambre de commerce de Lyon »). */
const headAndComplement =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:of|for|de|du|des)\s+(?:the\s+|la\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * Whether a name joined by "and" is two organizations: each half a name of its own, or each a head with its own
 * complement ("Communications Workers of America and International Brotherhood of Electrical Workers"; not
 * "Department of Health and Human Services", whose second half has no head).
 */
export function twoOrganizations(first: string, second: string): boolean {
  return (namesOrganization(first) && namesOrganization(second)) || (headAndComplement.test(first) && headAndComplement.test(second));
}

/** How many mentions back "the union" looks for the union it stands for. */
const MAX_KIND_LOOKBACK = 80;

/** The organization of a kind named last before `offset` ("the union" → "Transport Workers Union"), or null. */
export function organizationOfKindBefore(spans: readonly EntitySpan[], offset: number, kind: { name: RegExp; not?: RegExp }): string | null {
  return organizationsOfKindBefore(spans, offset, kind, 1)[0] ?? null;
}

/** The last `count` organizations of a kind named before `offset`, latest first ("both carriers"). */
export function organizationsOfKindBefore(spans: readonly EntitySpan[], offset: number, kind: { name: RegExp; not?: RegExp }, count: number): string[] {
  const found: string[] = [];
  const at = firstSpanFrom(spans, offset);
  for (let i = at - 1; i >= 0 && i >= at - MAX_KIND_LOOKBACK && found.length < count; i--) {
    const span = spans[i]!;
    if (span.kind !== "organization") continue;
    const joined = joinedNames.exec(span.name);
    const names = joined && twoOrganizations(joined[1]!, joined[2]!) ? [joined[2]!, joined[1]!] : [span.name];
    for (const name of names) {
      if (found.length < count && !found.includes(name) && kind.name.test(name) && !kind.not?.test(name)) found.push(name);
    }
  }
  return found;
}
