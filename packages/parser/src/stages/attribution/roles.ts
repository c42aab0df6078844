/** People found by a role: the title a description gives, the holder of a role noun, the entity stage's resolver. */
import type { DocumentContext, PersonEntity } from "../context.js";
import { countryFor, resolveDescription } from "../entities/index.js";
import { type Lexicon, startsLowerCase, startsUpperCase } from "../quotes/reporting-verbs.js";
import type { DocumentNames, RoleHolder } from "./names.js";
import { COMPLEMENT_ARTICLES, foldPhrase, lowerCaseSet, phraseWords } from "./text.js";

/** A person named by their age: "the 29-year-old". */
export const AGE_NOUN = /^\d{1,3}-year-old$/u;

/** The locale's nouns for a person's role or occupation, lower-cased. */
export function personRoleNouns(ctx: DocumentContext): Set<string> {
  return lowerCaseSet(ctx.locale.entities.roleNouns);
}

/** A phrase's head noun, as a role noun is compared: "ministre français" → "ministre", "Thai minister of trade" → "minister". */
export function headNoun(name: string, lexicon: Lexicon): string {
  const words = phraseWords(name);
  if (!lexicon.words.modifiersPrecedeNoun) return words[0] ?? "";
  const complement = words.findIndex((word) => lexicon.functionWords.has(word));
  return (complement < 0 ? words[words.length - 1] : words[complement - 1]) ?? "";
}

/** Whether a title holds a modifier, or names the same country ("Thailand's foreign minister" says "Thai"). */
export function titleSays(ctx: DocumentContext, title: string, modifier: string): boolean {
  const words = phraseWords(title).map((word) => word.replace(POSSESSIVE_END, ""));
  if (words.includes(modifier)) return true;
  const country = countryFor(ctx, modifier);
  return country !== null && words.some((word) => countryFor(ctx, word) === country);
}

const POSSESSIVE_END = /'s$/u;

/**
 * "President Vale and Vice President Roth … the president said": the one person who holds the noun's full title, when the
 * description alone is read as one who holds it only at a lower rank; null otherwise.
 */
export function fullRankHolder(names: DocumentNames, phrase: string, resolved: PersonEntity, lexicon: Lexicon): PersonEntity | null {
  const words = phraseWords(phrase).filter((word) => !lexicon.articles.has(word));
  if (words.length !== 1) return null;
  const noun = words[0] as string;
  const holders = names.holdersOf(noun);
  const own = holders.find(({ person }) => person.name === resolved.name);
  if (!own || !own.titles.every((title) => isLowerRank(title, noun, lexicon))) return null;
  const full = holders.filter(({ titles }) => titles.some((title) => !isLowerRank(title, noun, lexicon)));
  return full.length === 1 ? (full[0] as RoleHolder).person : null;
}

/** Whether a title holds `noun` at a rank below it: "vice president", « vice-président », « ministre délégué ». */
function isLowerRank(title: string, noun: string, lexicon: Lexicon): boolean {
  return phraseWords(title).some((word) => word.split("-").some((part) => part !== noun && lexicon.lowerRanks.has(part)));
}

/** Whether every nationality or country a description names ("the French leader") is one a role of the person says. */
export function nationalityFits(ctx: DocumentContext, person: PersonEntity, phrase: string): boolean {
  const nationalities = phraseWords(phrase).filter((word) => countryFor(ctx, word) !== null);
  return nationalities.every((word) => person.roles.some((role) => titleSays(ctx, role, word)));
}

/** The locale's given names, lower-cased. */
export function givenNamesOf(ctx: DocumentContext): Set<string> {
  return lowerCaseSet(ctx.locale.entities.firstNames);
}

/**
 * The person's name at the end of a capitalised title the people stage did not split ("Philippine
 * Secretary of Environment and Natural Resources Maria Lopez Santos" → "Maria Lopez Santos"): from
 * the first given name after two words of a capitalised title, when only capitalised words follow it (one word
 * before a name is more often what is named after the person: "Fondation Jean Jaurès").
 */
export function nameAfterTitle(name: string, givenNames: ReadonlySet<string>): string | null {
  const words = name.split(" ");
  // A common noun's complement ("avocats de Mark Benson") is no title.
  if (!startsUpperCase(words[0] ?? "")) return null;
  for (let k = 2; k < words.length - 1; k++) {
    if (!givenNames.has((words[k] as string).toLowerCase())) continue;
    return words.slice(k).every(startsUpperCase) ? words.slice(k).join(" ") : null;
  }
  return null;
}

/** Descriptions already resolved in a document: the entity resolver scans every person, so each phrase is asked once. */
const descriptionCache = new WeakMap<DocumentContext, Map<string, PersonEntity | null>>();
/** Past this many distinct descriptions in one document, the rest stay unresolved (keeps adversarial text linear). */
const MAX_DESCRIPTIONS = 200;

/** The person a role description stands for, through the entity stage's resolver; only for phrases headed by a common noun. */
export function describe(ctx: DocumentContext, phrase: string, position: number, head: number, lexicon: Lexicon): PersonEntity | null {
  if (!startsLowerCase(ctx.text[head] ?? "") && !isBareTitle(ctx, phrase)) return null;
  let cache = descriptionCache.get(ctx);
  if (!cache) {
    cache = new Map();
    descriptionCache.set(ctx, cache);
  }
  const key = foldPhrase(phrase, lexicon);
  if (cache.has(key)) return cache.get(key) ?? null;
  const person = cache.size < MAX_DESCRIPTIONS ? resolveDescription(ctx, phrase, position) : null;
  cache.set(key, person);
  return person;
}

/** A capitalised title written alone as a subject, with no article ("Minister added", "Sports Minister said"). */
function isBareTitle(ctx: DocumentContext, phrase: string): boolean {
  const words = phraseWords(phrase);
  const last = words[words.length - 1] ?? "";
  if (words.length === 0 || words.length > 2 || !personRoleNouns(ctx).has(last)) return false;
  return words.length === 1 || lowerCaseSet(ctx.locale.entities.roleModifiers).has(words[0] as string) || startsUpperCase(phrase.trim());
}

/** Whether one of the person's roles shares a content word with the description ("dirigeant russe" / "président russe"). */
export function sharesRoleWord(person: PersonEntity, phrase: string, lexicon: Lexicon): boolean {
  const words = new Set(contentWords(withSynonyms(foldPhrase(phrase, lexicon), lexicon), lexicon));
  return person.roles.some((role) => contentWords(withSynonyms(foldPhrase(role, lexicon), lexicon), lexicon).some((word) => words.has(word)));
}

function contentWords(key: string, lexicon: Lexicon): string[] {
  return key.split(/[\s']+/u).filter((word) => word.length > 3 && !lexicon.functionWords.has(word) && !lexicon.articles.has(word));
}

/** `withSynonyms` results per language: the same roles are compared again for every quote. */
const synonymKeys = new WeakMap<Lexicon, Map<string, string>>();

/** The description with each role synonym replaced by its canonical form ("chef du gouvernement" → "premier ministre"). */
export function withSynonyms(key: string, lexicon: Lexicon): string {
  let known = synonymKeys.get(lexicon);
  if (!known) {
    known = new Map();
    synonymKeys.set(lexicon, known);
  }
  let result = known.get(key);
  if (result === undefined) {
    result = replaceSynonyms(key, lexicon);
    if (known.size > 10_000) known.clear();
    known.set(key, result);
  }
  return result;
}

function replaceSynonyms(key: string, lexicon: Lexicon): string {
  let result = ` ${key} `;
  for (const [variant, canonical] of lexicon.roleSynonyms) result = result.split(` ${variant} `).join(` ${canonical} `);
  return result.trim();
}

/**
 * The one person whose role is the description ("le chef du gouvernement polonais" → the person
 * titled "Premier ministre polonais"), or, for a spokesperson ("un porte-parole du Kremlin"), the
 * one person the text gives a spokesperson's role.
 */
export function personWithRole(names: DocumentNames, phrase: string, lexicon: Lexicon): PersonEntity | null {
  const key = withSynonyms(foldPhrase(phrase, lexicon), lexicon);
  const single = !key.includes(" ");
  if (key.length < 3) return null;
  // One word ("le roi") fits a role it heads ("roi du Népal"); longer descriptions fit a role they end or that ends them.
  // (`roleKey.startsWith(`${key} `)`, `roleKey.endsWith(` ${key}`)` and `key.endsWith(` ${roleKey}`)`, without making those strings.)
  const matches = names.roleKeys().filter(({ keys }) => keys.some((roleKey) => {
    if (roleKey === key) return true;
    if (single) return roleKey.length > key.length && roleKey.startsWith(key) && roleKey.charCodeAt(key.length) === 32;
    if (roleKey.length > key.length && roleKey.endsWith(key) && roleKey.charCodeAt(roleKey.length - key.length - 1) === 32 && !complementEnds(roleKey, key, lexicon)) return true;
    return key.length > roleKey.length && key.endsWith(roleKey) && key.charCodeAt(key.length - roleKey.length - 1) === 32;
  }));
  if (matches.length === 1) return (matches[0] as { person: PersonEntity }).person;
  if (single || !isSpokesperson(key, lexicon)) return null;
  const spokespeople = names.spokespeople();
  const spokesperson = spokespeople.length === 1 ? (spokespeople[0] as PersonEntity) : null;
  // "a spokesperson for the hospital" is not the police spokeswoman: whom the description speaks for must be in the role.
  const whose = contentWords(key, lexicon).filter((word) => !isSpokesperson(word, lexicon));
  return spokesperson && (whose.length === 0 || sharesRoleWord(spokesperson, whose.join(" "), lexicon)) ? spokesperson : null;
}

/**
 * Whether `key` ends `roleKey` as the complement of its noun ("délégué syndical de sud rail" ends
 * with "sud rail"): the organization a role is of does not hold the role.
 */
function complementEnds(roleKey: string, key: string, lexicon: Lexicon): boolean {
  const before = roleKey.slice(0, roleKey.length - key.length - 1);
  const linking = before.slice(before.lastIndexOf(" ") + 1);
  return lexicon.genitives.has(linking) || COMPLEMENT_ARTICLES.has(linking) || lexicon.prepositions.has(linking);
}

/** Whether a folded role or description holds a spokesperson's noun ("porte-parole du kremlin"). */
export function isSpokesperson(key: string, lexicon: Lexicon): boolean {
  const padded = ` ${key} `;
  return paddedSpokespersonWords(lexicon).some((word) => padded.includes(word));
}

/** Each language's spokesperson words between spaces, made on first use. */
const paddedSpokespersonSets = new WeakMap<Lexicon, readonly string[]>();

function paddedSpokespersonWords(lexicon: Lexicon): readonly string[] {
  let padded = paddedSpokespersonSets.get(lexicon);
  if (!padded) {
    padded = lexicon.spokespersonWords.map((word) => ` ${word} `);
    paddedSpokespersonSets.set(lexicon, padded);
  }
  return padded;
}

/** A known person whose name or alias is written in the phrase ("Institute Director Ane Alencar"). */
export function personNamedIn(names: DocumentNames, phrase: string): PersonEntity | null {
  // Made only once some form's first word is in the phrase: what is replaced keeps every word as written.
  let padded: string | null = null;
  let best: PersonEntity | null = null;
  let bestAt = -1;
  for (const { person, paddedForms, firstWords } of names.writtenPeople()) {
    for (let k = 0; k < paddedForms.length; k++) {
      if (!phrase.includes(firstWords[k] as string)) continue;
      padded ??= ` ${phrase.replace(/[^\p{L}\p{N}.'’-]+/gu, " ")} `;
      const at = padded.lastIndexOf(paddedForms[k] as string);
      if (at > bestAt) {
        best = person;
        bestAt = at;
      }
    }
  }
  return best;
}
