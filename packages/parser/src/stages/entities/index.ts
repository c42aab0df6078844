/** The entities stage: finds people (with aliases and roles), organizations and places, and the lookups the attribution stage makes of them. */
import type { Span } from "../../types.js";
import type { DocumentContext, OrganizationEntity, PersonEntity } from "../context.js";
import { foldKey, tokenise, type Token } from "../tokens.js";
import { buildOrganizationsAndPlaces } from "./acronyms.js";
import { findNameCandidates } from "./candidates.js";
import { findIntroducedCompanies, findShortNames } from "./companies.js";
import { type Lexicon, lexiconFor, listed, NOTABLE_LOWERCASE, phraseKeys, WORD } from "./lexicon.js";
import { findKnownPhrases, findOrganizationGroups } from "./organizations.js";
import { buildPeople } from "./people.js";
import { attachDescriptions } from "./roles.js";
import {
  clearedMarks,
  type Found,
  isAllCapitals,
  isHonorificWord,
  joinTokens,
  type Label,
  startsWithDigit,
} from "./words.js";

export type { EntityWords, PlaceEntry } from "./lexicon.js";
export { resolveDescription } from "./roles.js";

/**
 * The place in capitals that opens a wire dateline ("SYDNEY, March 5 (AAP) -", "WAGGA WAGGA, …"),
 * when the gazetteer did not know it: a place, written as a name ("Wagga Wagga"), not an acronym.
 */
function datelinePlace(ctx: DocumentContext, tokens: Token[], labels: Label[]): Found[] {
  const dateline = ctx.dateline;
  if (!dateline) return [];
  let from = 0;
  while (from < tokens.length && tokens[from]!.start < dateline.start) from++;
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= dateline.end && tokens[to]!.isWord && labels[to] === null && tokens[to]!.text.length > 1 && isAllCapitals(tokens[to]!.text)) to++;
  if (to === from || tokens[to]?.text !== ",") return [];
  for (let i = from; i < to; i++) labels[i] = "place";
  const name = joinTokens(tokens, from, to).toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return [{ kind: "place", name, country: null, from, to }];
}

/** Capitalised words on either side of "&" an ampersand name may hold ("Kessler & Lowe", "Brandt Hoyle & Partners"). */
const MAX_AMPERSAND_SIDE = 3;

/**
 * "Kessler & Lowe", « Dubois & Fils »: capitalised words joined by an ampersand name a firm, not
 * two people (nobody writes "&" between two people's names in running text).
 */
function findAmpersandNames(tokens: Token[], capitalisedAt: readonly number[], labels: Label[]): Found[] {
  const found: Found[] = [];
  const joinsName = (at: number, region: number) => {
    const token = tokens[at];
    return token !== undefined && token.isWord && token.capitalised && !token.sentenceStart && token.region === region && labels[at] === null;
  };
  let unread = 0;
  for (const i of capitalisedAt) {
    const ampersand = tokens[i + 1];
    if (i < unread || ampersand?.text !== "&" || labels[i] !== null) continue;
    const { region } = tokens[i]!;
    if (!joinsName(i + 2, region) || ampersand.start === tokens[i]!.end) continue;
    // "Marshal Jane Doe & Ambassador John Roe", "& Dr Roe": a title before a name after the ampersand opens a person's, not a firm's ("Dubois & Fils").
    if (isHonorificWord(tokens[i + 2]!) || (listed(tokens[i + 2]!, WORD.roleNouns) && joinsName(i + 3, region) && joinsName(i + 4, region))) continue;
    let from = i;
    // A sentence's first word may open the name ("Kessler & Lowe said"): only words after it need to be names.
    while (from > i - MAX_AMPERSAND_SIDE + 1 && joinsName(from - 1, region)) from--;
    let to = i + 3;
    while (to < i + 2 + MAX_AMPERSAND_SIDE && joinsName(to, region)) to++;
    found.push({ kind: "organization", name: joinTokens(tokens, from, to), country: null, from, to });
    for (let j = from; j < to; j++) labels[j] = "organization";
    unread = to;
  }
  return found;
}

/** Finds people (with aliases and roles), organizations and places. */
export function recogniseEntities(ctx: DocumentContext): void {
  const lexicon = lexiconFor(ctx.locale.code);
  const tokens = tokenise(ctx, lexicon.listsOf);
  // Names start with a capital: the passes that look only for names walk these indices, not every token.
  const capitalisedAt: number[] = [];
  // The passes for phrases, organizations and descriptions walk these: the capitalised tokens and the notable lowercase ones.
  const notableAt: number[] = [];
  // Sized once: pushing one label per token re-copied the array as it grew, which cost more than linear time on long texts.
  const labels: Label[] = new Array<Label>(tokens.length).fill(null);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.capitalised) {
      capitalisedAt.push(i);
      notableAt.push(i);
    } else if ((token.listedIn & NOTABLE_LOWERCASE) !== 0 || startsWithSurrogate(ctx.text, token)) {
      notableAt.push(i);
    }
  }
  const found = findKnownPhrases(tokens, notableAt, lexicon, labels);
  found.push(...datelinePlace(ctx, tokens, labels));
  found.push(...findAmpersandNames(tokens, capitalisedAt, labels));
  found.push(...findOrganizationGroups(tokens, notableAt, labels, lexicon));
  found.push(...findIntroducedCompanies(tokens, capitalisedAt, labels, lexicon, found));
  found.push(...findShortNames(tokens, capitalisedAt, labels, found));
  const candidates = findNameCandidates(tokens, capitalisedAt, lexicon, labels);
  const marks = clearedMarks(tokens.length);
  const people = buildPeople(ctx, tokens, capitalisedAt, candidates, lexicon, labels, marks, isTitleCaseHeadline(ctx, tokens));
  ctx.people = withoutOutlet(ctx, people);
  const { organizations, places } = buildOrganizationsAndPlaces(ctx, tokens, found);
  ctx.organizations = personInitialsOutOfOrganizations(ctx, organizations);
  ctx.people = withoutOrganizationWords(ctx, lexicon);
  ctx.places = places;
  attachDescriptions(ctx, tokens, notableAt, labels, marks.inRole);
}

/**
 * "Corvane responded… the head of Human Resources for Corvane Canada": a one-word name without a
 * role or a given name that an organization's name writes before a country (a company's branch)
 * is that company's, no person; it becomes an organization of its own.
 */
function withoutOrganizationWords(ctx: DocumentContext, lexicon: Lexicon): PersonEntity[] {
  // Only a one-word name without a role or an alias may be such a word: most documents have none, and read no organization's words.
  const oneWordNames = new Set<string>();
  for (const person of ctx.people) if (!person.name.includes(" ") && person.roles.length === 0 && person.aliases.length === 0) oneWordNames.add(person.name);
  if (oneWordNames.size === 0) return ctx.people;
  const organizationWords = new Set<string>();
  for (const organization of ctx.organizations) {
    const words = organization.name.split(/\s+/u);
    for (let k = 0; k + 1 < words.length; k++) {
      if (oneWordNames.has(words[k]!) && /^\p{Lu}/u.test(words[k]!) && countryFor(ctx, words[k + 1]!) === words[k + 1]) organizationWords.add(words[k]!);
    }
  }
  if (organizationWords.size === 0) return ctx.people;
  return ctx.people.filter((person) => {
    const isWordOfBody = !person.name.includes(" ") && person.roles.length === 0 && person.aliases.length === 0 && organizationWords.has(person.name) && !lexicon.firstNames.has(foldKey(person.name));
    if (isWordOfBody) ctx.organizations.push({ id: ctx.organizations.length, name: person.name, aliases: [], mentions: person.mentions });
    return !isWordOfBody;
  });
}

/** "(MBS)" right after a person's name: the short form in parentheses. */
const INITIALS_IN_PARENTHESES = /^\s?\((\p{Lu}{2,6})\)/u;
/** What `INITIALS_IN_PARENTHESES` captures: no other organization's name can be a person's short form. */
const ACRONYM_NAME = /^\p{Lu}{2,6}$/u;

/**
 * "Mohammed ben Salmane (MBS)", "Andrés Manuel López Obrador (AMLO)": an acronym in parentheses
 * right after a person's name that spells its words' initials is that person's short form, no
 * organization; its mentions become theirs.
 */
function personInitialsOutOfOrganizations(ctx: DocumentContext, organizations: OrganizationEntity[]): OrganizationEntity[] {
  // People by their initials, worked out once for the document and only when some organization's name is an acronym.
  let peopleByInitials: Map<string, PersonEntity[]> | null = null;
  return organizations.filter((organization) => {
    // The acronym must stand in parentheses somewhere in the text.
    if (!ACRONYM_NAME.test(organization.name) || !ctx.text.includes(`(${organization.name})`)) return true;
    if (!peopleByInitials) {
      peopleByInitials = new Map();
      for (const person of ctx.people) {
        const initials = person.name.split(/[\s-]+/u).map((word) => word.charAt(0).toUpperCase()).join("");
        const list = peopleByInitials.get(initials);
        if (list) list.push(person);
        else peopleByInitials.set(initials, [person]);
      }
    }
    const owner = peopleByInitials.get(organization.name)?.find((person) =>
      person.mentions.some((mention) => INITIALS_IN_PARENTHESES.exec(ctx.text.slice(mention.end, mention.end + 10))?.[1] === organization.name),
    );
    if (!owner) return true;
    if (!owner.aliases.includes(organization.name)) owner.aliases.push(organization.name);
    owner.mentions.push(...organization.mentions);
    owner.mentions.sort((a, b) => a.start - b.start);
    return false;
  });
}

/**
 * Whether the title is a headline in title case ("Harbour Board Chair Quits Over Dredging Row"):
 * every word of four letters or more after the first is capitalised, so capitals say nothing of
 * names there. The title is the first region.
 */
function isTitleCaseHeadline(ctx: DocumentContext, tokens: Token[]): boolean {
  // A headline is a line of a few words; a long first line is text.
  if (!ctx.title || ctx.title.end - ctx.title.start > 300) return false;
  let long = 0;
  for (const token of tokens) {
    if (token.region !== 0) break;
    if (!token.isWord || token.sentenceStart || token.text.length < 4 || startsWithDigit(token.text)) continue;
    if (!token.capitalised) return false;
    long++;
  }
  return long >= 3;
}

/**
 * The sign-off is read for the reporters a credit line names ("Reporting by Jane Doe"), but the
 * outlet it names ("© 2024 Le Courrier du Nord") is the source, not a person.
 */
function withoutOutlet(ctx: DocumentContext, people: PersonEntity[]): PersonEntity[] {
  const { source, signOff } = ctx;
  if (!source || !signOff) return people;
  const isOutletMention = (mention: Span) => mention.start >= signOff.start && mention.end <= signOff.end && source.includes(mention.text);
  return people.filter((person) => !person.mentions.every(isOutletMention));
}

/**
 * A word opening with a character beyond the basic plane ("𝐀"): the tokeniser does not call it
 * capitalised, though the acronym test may read a capital there. (Read in the document's text,
 * where the token was just read, rather than in the token's own string.)
 */
function startsWithSurrogate(text: string, token: Token): boolean {
  const first = text.charCodeAt(token.start);
  return first >= 0xd800 && first <= 0xdbff;
}


/**
 * The country a word stands for in this document's language: a country, its capital, a
 * demonym or an institution that speaks for it ("Moscou", "Russes", "Kremlin" → "Russie").
 * Null when the word is none of these. Meant for meeting participants.
 */
export function countryFor(ctx: DocumentContext, words: string): string | null {
  const lexicon = lexiconFor(ctx.locale.code);
  const keys = phraseKeys(words.replace(/^(?:les|le|la|l['’]|the)\s*/i, ""));
  if (keys.length === 0) return null;
  const demonym = keys.length === 1 ? lexicon.demonyms.get(keys[0]!) : undefined;
  if (demonym) return demonym;
  const seat = lexicon.seats.get(keys.join(" "));
  if (seat) return seat;
  for (const phrase of lexicon.phrases.get(keys[0]!) ?? []) {
    if (phrase.keys.join(" ") === keys.join(" ")) return phrase.country;
  }
  return null;
}
