/** The gender a pronoun or a given name tells, and the person whose name is written last before a pronoun. */
import type { DocumentContext, PersonEntity } from "../context.js";
import type { Lexicon } from "../quotes/reporting-verbs.js";
import type { DocumentNames } from "./names.js";
import { MAX_ARTICLE_LENGTH } from "./text.js";

export type Gender = "feminine" | "masculine";

/** Mentions read back for a person of a pronoun's gender, at most. */
export const MAX_GENDER_MENTIONS = 200;

export function pronounGender(pronoun: string, lexicon: Lexicon): Gender | null {
  const folded = pronoun.toLowerCase();
  if (lexicon.femininePronouns.has(folded)) return "feminine";
  return lexicon.masculinePronouns.has(folded) ? "masculine" : null;
}

/** The gender the first given name tells ("Sophie Marchand", "Jean-Pierre Dupont"), or null. */
export function givenNameGender(name: string, lexicon: Lexicon): Gender | null {
  const first = (name.split(" ")[0] as string).toLowerCase();
  const given = lexicon.feminineGivenNames.has(first) || lexicon.masculineGivenNames.has(first) ? first : (first.split("-")[0] as string);
  if (lexicon.feminineGivenNames.has(given)) return "feminine";
  return lexicon.masculineGivenNames.has(given) ? "masculine" : null;
}

/** Window searched back from a pronoun for the last person named, in characters. */
export const PRONOUN_WINDOW = 600;
/** Past this many pronouns in one document, only the entity stage's mentions are used (keeps long inputs linear and fast). */
export const MAX_WRITTEN_SCANS = 300;
/** The person whose name or alias is written last before `position` (within a window), with where. */
export function lastWrittenPerson(ctx: DocumentContext, names: DocumentNames, position: number, lexicon: Lexicon): { person: PersonEntity; at: number } | null {
  const from = Math.max(0, position - PRONOUN_WINDOW);
  const window = ctx.text.slice(from, position);
  // "of the Maidan Wardak provincial council": a name behind an article names a thing, not the person.
  const determined = (at: number): boolean => {
    const article = WORD_BEFORE.exec(window.slice(Math.max(0, at - MAX_ARTICLE_LENGTH - 1), at))?.[1]?.toLowerCase() ?? "";
    return lexicon.articles.has(article) && !lexicon.prepositions.has(article) && !lexicon.genitives.has(article);
  };
  let best: { person: PersonEntity; at: number } | null = null;
  for (const { person, forms } of names.writtenPeople()) {
    for (const form of forms) {
      let at = window.lastIndexOf(form);
      while (at >= 0 && (/[\p{L}\p{N}]/u.test(window[at + form.length] ?? "") || determined(at))) at = at > 0 ? window.lastIndexOf(form, at - 1) : -1;
      if (at >= 0 && (!best || from + at > best.at)) best = { person, at: from + at };
    }
  }
  return best;
}

/** The word right before a name, and the white space after it. */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}+)\s+$/u;
