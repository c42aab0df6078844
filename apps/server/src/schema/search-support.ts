import { fold } from "@newsgraph/db";

/** A name folded the way @newsgraph/db keys people and organizations (accents, case, punctuation). */
export function nameKey(name: string): string {
  return fold(name);
}
