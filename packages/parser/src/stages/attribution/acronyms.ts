/** Acronyms a body speaks under, and a title's acronym read as its words (« le PM »). */
import type { DocumentContext } from "../context.js";
import type { Lexicon } from "../quotes/reporting-verbs.js";
import { phraseWords, withoutAccents } from "./text.js";

/** An acronym's letters, at most: a longer word in capitals is a word, not initials. */
const MAX_ACRONYM_LENGTH = 6;

const ACRONYM = new RegExp(`^\\p{Lu}{2,${MAX_ACRONYM_LENGTH}}$`, "u");

/** Each document's organizations by the acronym their initials spell, null for an acronym two of them spell. */
const expansionsByDocument = new WeakMap<DocumentContext, Map<string, string | null>>();

/**
 * The one organization of the document whose words' initials spell `name` ("Ministry of External Affairs" for "MEA",
 * « Organisation mondiale de la santé » for « OMS »), its function words left out; null when `name` is no acronym or none
 * or several do.
 */
export function acronymExpansion(ctx: DocumentContext, name: string, lexicon: Lexicon): string | null {
  if (!ACRONYM.test(name)) return null;
  let expansions = expansionsByDocument.get(ctx);
  if (!expansions) {
    expansions = new Map();
    for (const organization of ctx.organizations) {
      const words = withoutAccents(organization.name)
        .split(/[\s\-]+/u)
        .map((word) => word.replace(/^\p{L}['’]/u, ""))
        .filter((word) => word !== "" && !lexicon.functionWords.has(word) && !lexicon.articles.has(word));
      if (words.length < 2) continue;
      const initials = words.map((word) => word.charAt(0)).join("");
      expansions.set(initials, expansions.has(initials) && expansions.get(initials) !== organization.name ? null : organization.name);
    }
    expansionsByDocument.set(ctx, expansions);
  }
  return expansions.get(withoutAccents(name)) ?? null;
}

/** Whether an acronym, lower-cased, is the initials of a title's words, its grammatical words aside ("pm", "prime minister"). */
export function spells(acronym: string, title: string, lexicon: Lexicon): boolean {
  const initials = phraseWords(title).filter((word) => !lexicon.functionWords.has(word)).map((word) => word.charAt(0)).join("");
  return initials === acronym;
}
