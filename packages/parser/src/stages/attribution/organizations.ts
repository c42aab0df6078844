/** Organizations a description points to: one the text introduced by its noun, or the one its head noun names. */
import type { DocumentContext } from "../context.js";
import { type Lexicon, startsLowerCase } from "../quotes/reporting-verbs.js";
import type { DocumentNames } from "./names.js";
import type { NamedMention } from "./speakers.js";
import { lowerCaseWords } from "./text.js";

/** How far back an organization introduced by its noun ("company Nexora") is looked for, in characters. */
const INTRODUCTION_WINDOW = 1500;
/** A capitalised name right after the noun: "company Nexora", « groupe Danone ». */
const NAME_AFTER_NOUN = /^\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})/u;

/** The name of the last organization introduced before `position` by `noun` followed by its name ("company Nexora"), or null. */
export function introducedAs(text: string, noun: string, position: number): string | null {
  const from = Math.max(0, position - INTRODUCTION_WINDOW);
  const window = text.slice(from, position);
  const lowered = window.toLowerCase();
  for (let at = lowered.lastIndexOf(noun); at >= 0; at = at > 0 ? lowered.lastIndexOf(noun, at - 1) : -1) {
    const before = lowered[at - 1];
    if (before !== undefined && /[\p{L}\p{N}]/u.test(before)) continue;
    const name = NAME_AFTER_NOUN.exec(window.slice(at + noun.length, at + noun.length + 80))?.[1];
    if (name) return name;
  }
  return null;
}

/** How far back an organization named in the text is taken for "the company" that speaks, in characters. */
export const ORGANIZATION_WINDOW = 400;

/** The one organization a definite description names by its head noun ("the party" → "Thai Raksa Chart Party"). */
export function organizationCalled(names: DocumentNames, phrase: string, lexicon: Lexicon): string | null {
  const words = lowerCaseWords(phrase, true);
  if (words.length < 2 || words.length > 4 || !lexicon.articles.has(words[0] as string)) return null;
  if (words.length === 2) {
    const noun = words[1] as string;
    const found = names.organizationWords().filter((org) => org.words.includes(noun));
    return found.length === 1 ? (found[0] as { name: string }).name : null;
  }
  // "the carriers' association" for the Maritime Carriers Association: the last words of one name, a plural possessive's apostrophe aside.
  const tail = words.slice(1).map((word) => word.replace(/'$/u, ""));
  const found = names.organizationWords().filter((org) => org.words.length > tail.length && tail.every((word, k) => org.words[org.words.length - tail.length + k] === word));
  return found.length === 1 ? (found[0] as { name: string }).name : null;
}

/**
 * The organization whose name closes the phrase right after the noun describing it ("the Paris
 * firm Brandt & Hoyle", « le journal Le Monde »), or null: a phrase with a preposition before the
 * name ("a lawyer for Brandt & Hoyle", « le chef du gouvernement sur Twitter ») is its noun's.
 */
export function describedOrganization(ctx: DocumentContext, inside: readonly NamedMention[], phraseStart: number, phraseEnd: number, lexicon: Lexicon): string | null {
  const named = inside.find((mention) => !mention.isPerson && mention.end === phraseEnd && mention.start > phraseStart);
  // "county police": a common noun the entity stage reads as a body is described by the words before it, not named after them.
  if (!named || !/^\p{Lu}/u.test(ctx.text.slice(named.start, named.end))) return null;
  const description = ctx.text.slice(phraseStart, named.start).replace(/’/g, "'").split(/\s+|(?<=^[Ll]')/u).filter((word) => word !== "");
  const nounAt = lexicon.articles.has(description[0]?.toLowerCase() ?? "") ? 1 : 0;
  // The noun right before the name is a common one, written in lower case ("firm", « quotidien »), not part of a longer name ("U.S.").
  if (description.length <= nounAt || !startsLowerCase(description[description.length - 1]!)) return null;
  const words = description.slice(nounAt).map((word) => word.toLowerCase());
  return words.every((word) => !lexicon.functionWords.has(word) && !lexicon.prepositions.has(word) && !lexicon.articles.has(word)) ? named.name : null;
}
