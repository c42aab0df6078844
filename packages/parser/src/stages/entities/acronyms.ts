/** Organization and place entities built from what the passes found, with the acronyms and short names that stand for them. */
import type { DocumentContext, OrganizationEntity, PlaceEntity } from "../context.js";
import { foldKey, type Token } from "../tokens.js";
import { listed, WORD } from "./lexicon.js";
import { matchesAt } from "./organizations.js";
import { type Found, isAcronym, joinTokens, spanOf } from "./words.js";

/** Organizations and places with every mention; places know the country they stand for. */
export function buildOrganizationsAndPlaces(
  ctx: DocumentContext,
  tokens: Token[],
  found: Found[],
): { organizations: OrganizationEntity[]; places: PlaceEntity[] } {
  const organizations: OrganizationEntity[] = [];
  const places: PlaceEntity[] = [];
  if (found.length === 0) return { organizations, places };
  const organizationsByKey = new Map<string, OrganizationEntity>();
  const placesByKey = new Map<string, PlaceEntity>();
  const personStarts = new Set<number>();
  for (const person of ctx.people) for (const mention of person.mentions) personStarts.add(mention.start);
  const definedAcronyms = acronymDefinitions(ctx.text, tokens, found);
  for (const item of found) {
    const span = spanOf(ctx.text, tokens, item.from, item.to);
    if (personStarts.has(span.start)) continue;
    const name = (item.kind === "organization" && definedAcronyms.get(item.name)) || item.name;
    const key = foldKey(name);
    if (item.kind === "organization") {
      let organization = organizationsByKey.get(key);
      if (!organization) {
        organization = { id: organizations.length, name, aliases: [], mentions: [] };
        organizations.push(organization);
        organizationsByKey.set(key, organization);
      }
      organization.mentions.push(span);
      if (span.text !== organization.name && !organization.aliases.includes(span.text)) organization.aliases.push(span.text);
    } else {
      let place = placesByKey.get(key);
      if (!place) {
        place = { id: places.length, name: item.name, country: item.country, mentions: [] };
        places.push(place);
        placesByKey.set(key, place);
      }
      place.mentions.push(span);
    }
  }
  addShortNames(ctx, tokens, found, organizationsByKey);
  return { organizations, places };
}

/**
 * Acronyms the text defines after an organization's name ("Federal Aviation Administration (FAA)",
 * « Organisation internationale pour les migrations (OIM) »), each to that name: their mentions are
 * that organization's.
 */
function acronymDefinitions(text: string, tokens: Token[], found: Found[]): Map<string, string> {
  const definitions = new Map<string, string>();
  const organizations = found.filter((item) => item.kind === "organization").sort((a, b) => a.from - b.from);
  for (let k = 1; k < organizations.length; k++) {
    const named = organizations[k - 1]!;
    const acronym = organizations[k]!;
    // ("Acas" is a short form as "ACAS" is: its letters are the name's initials.)
    const shortForm = isAcronym(tokens[acronym.from]!) || initialsOf(tokens, named.from, named.to) === foldKey(acronym.name);
    if (acronym.to - acronym.from !== 1 || named.to - named.from < 2 || !shortForm || definitions.has(acronym.name)) continue;
    const after = text.slice(tokens[acronym.from]!.end, tokens[acronym.from]!.end + 1);
    if (after !== ")") continue;
    const before = text.slice(tokens[named.to - 1]!.end, tokens[acronym.from]!.start);
    if (OPENING_PARENTHESIS.test(before)) {
      definitions.set(acronym.name, named.name);
      continue;
    }
    // « Communauté économique des États côtiers (CEEC) »: lower-case words the name did not take,
    // which the acronym's letters say are part of it.
    const parenthesis = acronym.from - 1;
    if (tokens[parenthesis]?.text !== "(" || parenthesis - named.to > MAX_ACRONYM_TAIL) continue;
    let tail = named.to;
    while (tail < parenthesis && tokens[tail]!.isWord && !tokens[tail]!.capitalised) tail++;
    if (tail !== parenthesis || tail === named.to || initialsOf(tokens, named.from, tail) !== foldKey(acronym.name)) continue;
    named.to = tail;
    named.name = joinTokens(tokens, named.from, tail);
    definitions.set(acronym.name, named.name);
  }
  // "the Ministry of External Affairs said …; the MEA said": an acronym of three letters or more that the text never
  // defines stands for the one organization of the text whose initials it spells. (One the text introduces in
  // parentheses with a gloss, « Freiheitliche Partei Österreichs (FPÖ, « Parti de la liberté ») », is used as written.)
  // The organizations by their initials are worked out only for such an acronym, and each acronym is looked for once (the text may be long).
  let byInitials: Map<string, string | null> | null = null;
  const tried = new Set<string>();
  for (const acronym of organizations) {
    if (acronym.to - acronym.from !== 1 || acronym.name.length < 3 || !isAcronym(tokens[acronym.from]!) || definitions.has(acronym.name) || tried.has(acronym.name)) continue;
    tried.add(acronym.name);
    if (text.includes(`(${acronym.name}`)) continue;
    byInitials ??= organizationsByInitials(tokens, organizations);
    const name = byInitials.get(foldKey(acronym.name));
    if (name) definitions.set(acronym.name, name);
  }
  return definitions;
}

/** The name of the one organization of two words or more whose initials spell each key, or null when several do. */
function organizationsByInitials(tokens: Token[], organizations: readonly Found[]): Map<string, string | null> {
  const byInitials = new Map<string, string | null>();
  for (const named of organizations) {
    if (named.to - named.from < 2) continue;
    const initials = initialsOf(tokens, named.from, named.to);
    const earlier = byInitials.get(initials);
    byInitials.set(initials, earlier === undefined || earlier === named.name ? named.name : null);
  }
  return byInitials;
}

const OPENING_PARENTHESIS = /^\s?\(\s?$/;
/** Lower-case words between a name and the acronym that may still belong to the name. */
const MAX_ACRONYM_TAIL = 3;
/** Small words an acronym leaves out (« des », "of the"). */
const ACRONYM_SKIPS = new Set(["de", "d'", "du", "des", "la", "le", "l'", "les", "et", "à", "a", "au", "aux", "en", "pour", "sur", "of", "the", "and", "for", "on", "in"]);

/** The first letters of the words from `from` to `to`, small words aside, lower case ("ceec"). */
function initialsOf(tokens: Token[], from: number, to: number): string {
  let initials = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (token.isWord && !ACRONYM_SKIPS.has(token.key)) initials += token.key.charAt(0);
  }
  return initials;
}

/**
 * Mentions of an organization by its name without its head word: "Castellan" for Castellan Foods,
 * "Brightwater's board" for Brightwater Group. Only a name of one or two words that no word list
 * knows and the text never writes in lower case, written capitalised away from a sentence start.
 */
function addShortNames(ctx: DocumentContext, tokens: Token[], found: Found[], organizationsByKey: Map<string, OrganizationEntity>): void {
  const byFirstKey = new Map<string, Array<{ keys: string[]; head: string; organization: OrganizationEntity }>>();
  for (const item of found) {
    const words = item.to - item.from;
    if (item.kind !== "organization" || words < 2 || words > 3) continue;
    const head = tokens[item.to - 1]!;
    if (!listed(head, WORD.organizationHeads)) continue;
    const name = tokens.slice(item.from, item.to - 1);
    if (!name.every((token) => token.isWord && token.capitalised && token.listedIn === 0 && !token.alsoLowercase)) continue;
    const organization = organizationsByKey.get(foldKey(item.name));
    if (!organization) continue;
    const keys = name.map((token) => token.key);
    const list = byFirstKey.get(keys[0]!) ?? [];
    if (!list.some((entry) => entry.organization === organization)) list.push({ keys, head: head.key, organization });
    byFirstKey.set(keys[0]!, list);
  }
  if (byFirstKey.size === 0) return;
  // "Brightwater said …" read as a person by its verb is the company named in full before or after.
  ctx.people = ctx.people.filter((person) => {
    const key = foldKey(person.name);
    const entry = person.aliases.length === 0 && person.roles.length === 0 ? byFirstKey.get(key)?.find((candidate) => candidate.keys.length === 1) : undefined;
    if (!entry) return true;
    entry.organization.mentions.push(...person.mentions);
    return false;
  });
  const taken = new Set<number>();
  for (const entity of [...ctx.people, ...organizationsByKey.values()]) for (const mention of entity.mentions) taken.add(mention.start);
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised) continue;
    const entries = byFirstKey.get(tokens[i]!.key);
    if (!entries || tokens[i]!.sentenceStart || taken.has(tokens[i]!.start)) continue;
    for (const { keys, head, organization } of entries) {
      if (!matchesAt(tokens, i, keys)) continue;
      const after = tokens[i + keys.length];
      if (after && after.isWord && (after.key === head || after.capitalised)) continue;
      organization.mentions.push(spanOf(ctx.text, tokens, i, i + keys.length));
      break;
    }
  }
  for (const organization of organizationsByKey.values()) organization.mentions.sort((a, b) => a.start - b.start);
}
