import { fold, type NameSearch } from "@newsgraph/db";

/** A name folded the way @newsgraph/db keys people and organizations (accents, case, punctuation). */
export function nameKey(name: string): string {
  return fold(name);
}

/** A search on part of a name, as written and folded; none for a blank text. */
export function nameSearch(text: string | null | undefined): NameSearch | undefined {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? undefined : { text: trimmed, key: nameKey(trimmed) };
}
