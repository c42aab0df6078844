/** The document's names, roles and titles in the forms the attribution compares them in, made once per document. */
import type { DocumentContext, PersonEntity } from "../context.js";
import { letterOrDigitLength, type Lexicon } from "../quotes/reporting-verbs.js";
import { isSpokesperson, withSynonyms } from "./roles.js";
import { COMPLEMENT_ARTICLES, foldPhrase, phraseWords, splitOnSpaces, TRAILING_PUNCTUATION } from "./text.js";

/** Only this many people are looked for by their written names (the entity stage's mentions cover the rest). */
export const MAX_WRITTEN_PEOPLE = 60;

/** A person looked for by the forms of their name in the text. */
interface WrittenPerson {
  person: PersonEntity;
  /** Name and first aliases, of three characters or more. */
  forms: readonly string[];
  /** The same forms between spaces, as a phrase's words are searched for them. */
  paddedForms: readonly string[];
  /** Each form's first word: the letters, digits, periods, apostrophes and hyphens that open it. */
  firstWords: readonly string[];
}

/** A person the text gives a role noun, with the titles that hold it (roles, and appositions as written). */
export interface RoleHolder {
  person: PersonEntity;
  titles: string[];
}

/** A person a role noun is looked for in: their roles' words, and what surrounds their first mentions. */
interface TitledPerson {
  person: PersonEntity;
  /** `phraseWords` of each role. */
  roleWords: string[][];
  mentions: TitleWindow[];
}

/** A mention of a person, with the windows its title is read in: the words around it are read only where they may hold the noun. */
interface TitleWindow {
  start: number;
  end: number;
  /** The text before the name and after it, lower-cased, as far as a title is read. */
  loweredBefore: string;
  loweredAfter: string;
  surroundings: MentionSurroundings | null;
  /** `honorificOf` the name, once read. */
  honorific: string | null | undefined;
}

/** Whether `noun` is written in `text`; with `bounded`, with no letter or digit right before or after it. */
function writtenIn(text: string, noun: string, bounded: boolean): boolean {
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + 1)) {
    if (!bounded) return true;
    const end = at + noun.length;
    if ((at === 0 || letterOrDigitLength(text, at - 1) === 0) && (end === text.length || letterOrDigitLength(text, end) === 0)) return true;
  }
  return false;
}

/** Each language's nouns that an honorific gives ("avocat" for "Me"), made on first use. */
const honorificNounSets = new WeakMap<Lexicon, Set<string>>();

function honorificNouns(lexicon: Lexicon): Set<string> {
  let nouns = honorificNounSets.get(lexicon);
  if (!nouns) {
    nouns = new Set([...lexicon.honorificRoles.values()].flatMap((roles) => [...roles]));
    honorificNounSets.set(lexicon, nouns);
  }
  return nouns;
}

/** Each locale's honorifics as `DocumentNames.honorifics` reads them: made once per list, not per document. */
const honorificSets = new WeakMap<readonly string[], Set<string>>();

/** The locale's honorifics ("Me", "Dr"), lower-cased without their period. */
export function honorificsOf(ctx: DocumentContext): ReadonlySet<string> {
  let known = honorificSets.get(ctx.locale.entities.honorifics);
  if (!known) {
    known = new Set(ctx.locale.entities.honorifics.map((word) => word.toLowerCase().replace(/\.$/u, "")));
    honorificSets.set(ctx.locale.entities.honorifics, known);
  }
  return known;
}

/** The document's names in the forms the attribution compares them in, made once per document rather than at every quote. */
export class DocumentNames {
  private people: WrittenPerson[] | null = null;
  private organizations: { name: string; words: string[] }[] | null = null;
  private roles: { person: PersonEntity; keys: string[] }[] | null = null;
  private spokespersons: PersonEntity[] | null = null;
  private titled: TitledPerson[] | null = null;
  /** `holdersOf` per role noun. */
  private readonly holders = new Map<string, RoleHolder[]>();

  constructor(
    private readonly ctx: DocumentContext,
    private readonly lexicon: Lexicon,
  ) {}

  /** The roles of the people a description may stand for, folded, synonyms replaced by their canonical form. */
  roleKeys(): readonly { person: PersonEntity; keys: string[] }[] {
    this.roles ??= this.ctx.people.slice(0, MAX_WRITTEN_PEOPLE).map((person) => ({
      person,
      keys: person.roles.map((role) => withSynonyms(foldPhrase(role, this.lexicon), this.lexicon)),
    }));
    return this.roles;
  }

  /** Those of the same people whom the text gives a spokesperson's role. */
  spokespeople(): readonly PersonEntity[] {
    this.spokespersons ??= this.ctx.people
      .slice(0, MAX_WRITTEN_PEOPLE)
      .filter((person) => person.roles.some((role) => isSpokesperson(foldPhrase(role, this.lexicon), this.lexicon)));
    return this.spokespersons;
  }

  /**
   * The people the text gives a role headed by `noun` ("ministre"): in a role the entity stage
   * found, or in apposition around one of their mentions, which that stage may have missed
   * ("Le ministre de l'Europe et des Affaires étrangères, Laurent Mercier").
   */
  holdersOf(noun: string): readonly RoleHolder[] {
    let found = this.holders.get(noun);
    if (!found) {
      found = [];
      const honorificNoun = honorificNouns(this.lexicon).has(noun);
      // (Lower case maps each character alone but for the Greek sigma: a noun not written in a window's lower case is not in its words.)
      const searchable = !noun.includes("'") && !/[σς]/u.test(noun);
      // (A noun that opens and ends with a letter or digit is a word of the window only between other characters.)
      const bounded = letterOrDigitLength(noun, 0) > 0 && letterOrDigitLength(noun, noun.length - 1) > 0;
      for (const { person, roleWords, mentions } of this.titledPeople()) {
        const titles: string[] = [];
        person.roles.forEach((role, k) => {
          if (headsPhrase(roleWords[k] as string[], noun, this.lexicon) >= 0) titles.push(role);
        });
        for (const mention of mentions) {
          if (!searchable || writtenIn(mention.loweredBefore, noun, bounded) || writtenIn(mention.loweredAfter, noun, bounded)) {
            mention.surroundings ??= mentionSurroundings(this.ctx.text, mention.start, mention.end, this.honorifics());
            const title = appositionTitle(mention.surroundings, noun, this.lexicon);
            if (title !== null) titles.push(title);
          }
          // "Me Claire Dubois" is a lawyer: the honorific gives the role the text need not write.
          if (!honorificNoun) continue;
          if (mention.honorific === undefined) mention.honorific = honorificOf(this.ctx.text, mention.start, mention.end, this.lexicon);
          if (mention.honorific !== null && this.lexicon.honorificRoles.get(mention.honorific)?.has(noun)) titles.push(mention.honorific);
        }
        if (titles.length > 0) found.push({ person, titles });
      }
      if (this.holders.size < MAX_ROLE_NOUNS) this.holders.set(noun, found);
    }
    return found;
  }

  /** The people a role noun is looked for in, with their roles' words and their first mentions' surroundings, read once for every noun. */
  private titledPeople(): readonly TitledPerson[] {
    this.titled ??= this.ctx.people.slice(0, MAX_WRITTEN_PEOPLE).map((person) => ({
      person,
      roleWords: person.roles.map(phraseWords),
      mentions: person.mentions.slice(0, MAX_APPOSITION_MENTIONS).map(({ start, end }) => ({
        start,
        end,
        loweredBefore: this.ctx.text.slice(Math.max(0, start - APPOSITION_WINDOW), start).toLowerCase(),
        loweredAfter: this.ctx.text.slice(end, end + APPOSITION_WINDOW).toLowerCase(),
        surroundings: null,
        honorific: undefined,
      })),
    }));
    return this.titled;
  }

  /** The locale's honorifics ("Me", "Dr"), lower-cased without their period. */
  honorifics(): ReadonlySet<string> {
    return honorificsOf(this.ctx);
  }

  /** The people looked for by their written names (the entity stage's mentions cover the rest). */
  writtenPeople(): readonly WrittenPerson[] {
    this.people ??= this.ctx.people.slice(0, MAX_WRITTEN_PEOPLE).map((person) => {
      const forms = [person.name, ...person.aliases.slice(0, 4)].filter((form) => form.length > 2);
      return { person, forms, paddedForms: forms.map((form) => ` ${form} `), firstWords: forms.map((form) => FORM_WORD.exec(form)?.[0] ?? "") };
    });
    return this.people;
  }

  /** Each organization's name with its lower-case words. */
  organizationWords(): readonly { name: string; words: string[] }[] {
    this.organizations ??= this.ctx.organizations.map((org) => ({ name: org.name, words: splitOnSpaces(org.name.toLowerCase()) }));
    return this.organizations;
  }
}

/** The letters, digits, periods, apostrophes and hyphens that a name's word is written with. */
const FORM_WORD = /[\p{L}\p{N}.'’-]+/u;

/** Only this many mentions of a person are read for a role in apposition: the text introduces people early. */
const MAX_APPOSITION_MENTIONS = 8;
/** Only this many role nouns are remembered per document (keeps long inputs linear). */
const MAX_ROLE_NOUNS = 50;
/** How far before a name its title is looked for, in characters ("Le ministre de l'Europe et des Affaires étrangères, "). */
const APPOSITION_WINDOW = 90;
/** Words between a title's noun and the name it introduces, at most. */
export const MAX_TITLE_WORDS = 8;

/**
 * Where `noun` heads a title in the words ("ministre de l'Agriculture", "Trade Minister"), or -1;
 * a noun that only completes another ("chef de la police", "head of the ministry") heads nothing.
 */
function headsPhrase(words: readonly string[], noun: string, lexicon: Lexicon): number {
  const elided = `l'${noun}`;
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k] as string;
    if (word !== noun && word !== elided) continue;
    const before = words[k - 1] ?? "";
    const twoBefore = words[k - 2] ?? "";
    const complement = lexicon.genitives.has(before) || COMPLEMENT_ARTICLES.has(before) || (lexicon.articles.has(before) && (lexicon.genitives.has(twoBefore) || COMPLEMENT_ARTICLES.has(twoBefore)));
    return complement ? -1 : k;
  }
  return -1;
}

/** What is written around a name, whatever role noun its title is looked for by. */
interface MentionSurroundings {
  /** The words before the name since the last clause break, an honorific right before the name aside. */
  written: string[];
  /** The same, as `phraseWords` reads them. */
  writtenWords: string[];
  /** The same, lower-cased. */
  loweredWritten: string[];
  /** The words after the name's comma up to the next comma ("Jean Dupont, ministre de X,"), or null without that comma. */
  titleAfter: string | null;
  /** The first two of `phraseWords(titleAfter)`. */
  firstAfter: string;
  secondAfter: string;
}

function mentionSurroundings(text: string, start: number, end: number, honorifics: ReadonlySet<string>): MentionSurroundings {
  const before = text.slice(Math.max(0, start - APPOSITION_WINDOW), start);
  const written = splitOnSpaces(before.slice(lastClauseBreak(before) + 1)).filter((word) => word !== "");
  // "L'avocate de la défense, Me Laure Simon": the honorific before the name is no word of the title.
  if (honorifics.has((written[written.length - 1] ?? "").toLowerCase().replace(/\.$/u, ""))) written.pop();
  const after = text.slice(end, end + APPOSITION_WINDOW);
  const titleAfter = after.startsWith(",") ? after.slice(1, after.indexOf(",", 1) > 0 ? after.indexOf(",", 1) : after.length) : null;
  const [firstAfter = "", secondAfter = ""] = titleAfter === null ? [] : phraseWords(titleAfter);
  return {
    written,
    writtenWords: phraseWords(written.join(" ")),
    loweredWritten: written.map((word) => word.toLowerCase()),
    titleAfter,
    firstAfter,
    secondAfter,
  };
}

/**
 * The title headed by `noun` that the name is given in apposition, or null: "Le
 * ministre de X, Jean Dupont", "Trade Minister Anil Rao" (no verb between), "Jean Dupont, ministre de X".
 */
function appositionTitle(surroundings: MentionSurroundings, noun: string, lexicon: Lexicon): string | null {
  const { written, loweredWritten } = surroundings;
  const at = headsPhrase(surroundings.writtenWords, noun, lexicon);
  // The name right after the noun ("Trade Minister Anil Rao"), or after its complement and a comma, with no verb or other comma
  // between: "les détracteurs de Johnson" are not Johnson.
  if (at >= 0 && loweredWritten.length - (at + 1) <= MAX_TITLE_WORDS) {
    const last = loweredWritten.length - 1;
    let apposed = at === last || (loweredWritten[last] as string).endsWith(",");
    for (let k = at + 1; k <= last && apposed; k++) {
      const word = loweredWritten[k] as string;
      apposed = (k === last || !word.endsWith(",")) && !lexicon.auxiliaries.has(word.replace(TRAILING_PUNCTUATION, ""));
    }
    if (apposed) {
      // The title opens after the last comma before its noun: "…, met Sweden's trade minister, Erik Holm" is Sweden's.
      let opening = at;
      while (opening > 0 && !(written[opening - 1] as string).endsWith(",")) opening--;
      return written.slice(opening).join(" ");
    }
  }
  const { titleAfter, firstAfter: first, secondAfter: second } = surroundings;
  if (titleAfter === null) return null;
  return first === noun || first === `l'${noun}` || (lexicon.articles.has(first) && second === noun) ? titleAfter : null;
}

/** The role-giving honorific written as a name's first word or right before it ("Me Claire Dubois"), lower-cased without its period; or null. */
function honorificOf(text: string, start: number, end: number, lexicon: Lexicon): string | null {
  const inside = HONORIFIC_OPENING.exec(text.slice(start, end))?.[1]?.toLowerCase();
  if (inside && lexicon.honorificRoles.has(inside)) return inside;
  const before = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, start - MAX_HONORIFIC_LENGTH), start))?.[1]?.toLowerCase();
  return before && lexicon.honorificRoles.has(before) ? before : null;
}

/** Longest honorific read before a name, with its period and space, in characters. */
const MAX_HONORIFIC_LENGTH = 10;
const HONORIFIC_OPENING = /^(\p{Lu}\p{Ll}{0,6})\.?\s+\p{Lu}/u;
const HONORIFIC_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{0,6})\.?\s+$/u;

/** Where the last sentence or quotation before a name ends in `before`, or -1. */
function lastClauseBreak(before: string): number {
  let at = -1;
  for (const mark of CLAUSE_BREAKS) at = Math.max(at, before.lastIndexOf(mark));
  return at;
}

const CLAUSE_BREAKS = [". ", "\n", ";", "«", "»", "“", "”", "\"", "(", ")"];
