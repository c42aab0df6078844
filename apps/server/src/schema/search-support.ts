import { fold, searchFullText, type SearchEntity } from "@newsgraph/db";
import type { Context } from "../context.js";

/** Most full-text matches a `search` filter keeps; Query.search pages through all of them. */
export const MAX_FILTER_MATCHES = 1000;

/** A name folded the way @newsgraph/db keys people and organizations (accents, case, punctuation). */
export function nameKey(name: string): string {
  return fold(name);
}

/** Ids of the rows of one kind matching a full-text search, best first. */
export async function matchingIds(ctx: Context, entity: SearchEntity, text: string): Promise<string[]> {
  const { hits } = await searchFullText(ctx.db, text, { entities: [entity], limit: MAX_FILTER_MATCHES });
  return hits.map((hit) => hit.id);
}
