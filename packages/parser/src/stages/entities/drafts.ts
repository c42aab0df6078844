/** The people found so far, indexed by the forms of their names, and how a shorter or transliterated form finds the person it belongs to. */
import type { Span } from "../../types.js";
import type { Token } from "../tokens.js";
import { candidateKeys, candidateSpan, FOREIGN_PARTICLES } from "./candidates.js";
import type { Lexicon } from "./lexicon.js";
import { joinTokens, lastCharCode, type NameCandidate, spanOf } from "./words.js";

export interface PersonDraft {
  name: string;
  /** Keys of the name's words, particles included. */
  keys: string[];
  mentions: Span[];
  roles: string[];
  firstMention: number;
  /** Written once as an adjective ("the Syed Ali Hassan Shah-led group"). */
  adjectival?: boolean;
}

const INITIAL_KEY = /^\p{L}\.$/u;

/** `INITIAL_KEY.test(key)`: a letter and a period ("e."), two or three code units. */
function isInitialKey(key: string): boolean {
  return key.length <= 3 && lastCharCode(key) === 46 && INITIAL_KEY.test(key);
}

/**
 * The people found so far, indexed so that every lookup is a map access: by full name, by each
 * shorter tail of the name ("macron", "le drian"), by initial and surname ("e. macron"), and by
 * the first word (given name, or family name in "Chen Shui-bian").
 */
export class PeopleIndex {
  readonly drafts: PersonDraft[] = [];
  private readonly byFull = new Map<string, PersonDraft>();
  private readonly byTail = new Map<string, PersonDraft[]>();
  private readonly byFirst = new Map<string, PersonDraft[]>();
  /** Surname spelt as `transliterationSkeleton` reads it → the people with that surname. */
  private readonly bySurnameSkeleton = new Map<string, PersonDraft[]>();
  /** A word inside a name of three words or more, neither first nor last ("carrasco" in "Lucía Carrasco Ibarra") → its people. */
  private readonly byInner = new Map<string, PersonDraft[]>();

  add(draft: PersonDraft): void {
    this.drafts.push(draft);
    this.index(draft, 1);
  }

  private readonly removed = new Set<PersonDraft>();

  remove(draft: PersonDraft): void {
    this.index(draft, -1);
    this.removed.add(draft);
  }

  /** The people still standing after merges. */
  live(): PersonDraft[] {
    return this.removed.size === 0 ? this.drafts : this.drafts.filter((draft) => !this.removed.has(draft));
  }

  rekey(draft: PersonDraft, keys: string[], name: string): void {
    this.index(draft, -1);
    draft.keys = keys;
    draft.name = name;
    this.index(draft, 1);
  }

  /** The person whose name is these words joined by spaces ("le drian"). */
  full(joinedKeys: string): PersonDraft | undefined {
    return this.byFull.get(joinedKeys);
  }

  /** People with a longer name that ends with these words, or whose initial and surname they are. */
  longerForms(keys: string[]): readonly PersonDraft[] | undefined {
    return this.byTail.get(keys.length === 1 ? keys[0]! : keys.join(" "));
  }

  /** Another name the person goes by alone ("Hemedti"): later mentions of it are theirs. */
  addShortForm(draft: PersonDraft, key: string): void {
    update(this.byTail, key, draft, 1);
  }

  /** People with `key` as a word inside their name, neither first nor last. */
  withInnerWord(key: string): readonly PersonDraft[] | undefined {
    return this.byInner.get(key);
  }

  withFirstWord(key: string): readonly PersonDraft[] | undefined {
    return this.byFirst.get(key);
  }

  /** People whose last word is spelt like `key` but for the transliteration ("Kovalchyk" for "Kovalcyk"). */
  withSurnameSpeltLike(key: string): readonly PersonDraft[] | undefined {
    return this.bySurnameSkeleton.get(transliterationSkeleton(key));
  }

  private index(draft: PersonDraft, change: 1 | -1): void {
    const keys = draft.keys;
    const full = keys.join(" ");
    if (change > 0) this.byFull.set(full, draft);
    else if (this.byFull.get(full) === draft) this.byFull.delete(full);
    if (keys.length < 2) return;
    // "J. K. Rowling" is the fullest form the text may give: its surname leads to it, but its initials are no given name.
    const initialled = isInitialKey(keys[0]!);
    const initial = `${keys[0]!.charAt(0)}. `;
    // Each tail is the end of the full name: it starts after the words before it and their spaces.
    let tailStart = 0;
    for (let start = 1; start < keys.length; start++) {
      tailStart += keys[start - 1]!.length + 1;
      const tail = full.slice(tailStart);
      update(this.byTail, tail, draft, change);
      if (initialled) continue;
      update(this.byTail, initial + tail, draft, change);
      // "Lula" for Luiz Inácio Lula da Silva: the name a family particle follows is used alone.
      if (start >= 2 && FOREIGN_PARTICLES.has(keys[start]!) && start < keys.length - 1) update(this.byTail, keys[start - 1]!, draft, change);
    }
    // "Marcos" for Ferdinand Marcos Jr., "Burhan" for Abdel Fattah al-Burhan.
    const base = withoutSuffix(keys);
    if (base !== keys) update(this.byTail, base[base.length - 1]!, draft, change);
    const bare = bareSurname(base[base.length - 1]!);
    if (bare !== null) update(this.byTail, bare, draft, change);
    if (!initialled) update(this.byFirst, keys[0]!, draft, change);
    for (let k = 1; k < base.length - 1; k++) if (!isInitialKey(base[k]!)) update(this.byInner, base[k]!, draft, change);
    if (keys[keys.length - 1]!.length >= MIN_TRANSLITERATED_LENGTH) update(this.bySurnameSkeleton, transliterationSkeleton(keys[keys.length - 1]!), draft, change);
  }
}

/**
 * Adds the draft to the people under `key` (once), or takes it out. Lists, not sets: most keys
 * name one person, and a list keeps the order of a set (an entry added again goes last).
 */
function update(map: Map<string, PersonDraft[]>, key: string, draft: PersonDraft, change: 1 | -1): void {
  const list = map.get(key);
  if (change > 0) {
    if (!list) map.set(key, [draft]);
    else if (!list.includes(draft)) list.push(draft);
  } else if (list) {
    const at = list.indexOf(draft);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) map.delete(key);
  }
}

/** The person a shorter form belongs to: same surname, "E. Macron", or a known person's given name. */
export function findOwner(people: PeopleIndex, keys: string[], position: number, byGivenName: boolean, lexicon: Lexicon): PersonDraft | null {
  let best: PersonDraft | null = null;
  let bestDistance = Infinity;
  for (const draft of people.longerForms(keys) ?? []) {
    const distance = Math.abs(draft.firstMention - position);
    if (distance < bestDistance) {
      best = draft;
      bestDistance = distance;
    }
  }
  if (best) return best;
  // "Kovalchyk" for Irina Kovalcyk: one surname in two transliterations.
  if (keys.length === 1 && keys[0]!.length >= MIN_TRANSLITERATED_LENGTH) {
    const owners = people.withSurnameSpeltLike(keys[0]!);
    if (owners?.length === 1 && owners[0]!.keys.length >= 2) return owners[0]!;
  }
  // "Yun" for Yun Pyong-ho: a Korean given name after it shows the first word to be the family name, listed or not.
  if (keys.length === 1 && !byGivenName && !lexicon.familyNamesFirst.has(keys[0]!)) {
    const owners = people.withFirstWord(keys[0]!)?.filter((owner) => givenNameAfterFamilyName(owner.name));
    if (owners?.length === 1) return owners[0]!;
  }
  // "Carrasco" for Lucía Carrasco Ibarra, « M. Warsame » for Abdirahman Warsame Farah: the first of two family
  // names (Spanish, Portuguese) or the father's name (Somali) goes alone. A given name inside a name is no such word.
  if (keys.length === 1 && !lexicon.firstNames.has(keys[0]!) && !lexicon.particles.has(keys[0]!)) {
    const owners = people.withInnerWord(keys[0]!);
    if (owners?.length === 1) return owners[0]!;
  }
  // "M. Chen" for Chen Shui-bian: the family name comes first in Chinese, Korean, Vietnamese names.
  if (keys.length === 1 && (byGivenName || lexicon.familyNamesFirst.has(keys[0]!))) {
    const owners = people.withFirstWord(keys[0]!);
    if (owners?.length === 1) return owners[0]!;
    // Li Chenggang, then "Li", then Li Qiang: a family name two people share stands for the one named before it.
    let before: PersonDraft | null = null;
    for (const owner of owners ?? []) {
      if (owner.firstMention >= position) continue;
      if (before) return null;
      before = owner;
    }
    return before;
  }
  return null;
}

/**
 * The person a one-word name is the nickname of ("Mohamed Hamdan Dagalo, widely known as Hemedti",
 * « Luiz Inácio Lula da Silva, dit Lula »): the name then goes by it in the rest of the text.
 */
export function nicknamed(people: PeopleIndex, tokens: Token[], candidate: NameCandidate, lexicon: Lexicon): PersonDraft | null {
  if (candidate.to - candidate.from !== 1) return null;
  for (const phrase of lexicon.nicknameIntroducers) {
    const comma = candidate.from - phrase.length - 1;
    if (comma < 1 || tokens[comma]!.text !== "," || !phrase.every((key, k) => tokens[comma + 1 + k]!.key === key)) continue;
    const nameEnd = tokens[comma - 1]!.end;
    const owner = people.live().find((draft) => draft.mentions.some((mention) => mention.end === nameEnd));
    if (!owner) return null;
    people.addShortForm(owner, tokens[candidate.from]!.key);
    return owner;
  }
  return null;
}

/** Records the candidate as a mention of the person its words name, found before or new. */
export function draftFor(people: PeopleIndex, tokens: Token[], candidate: NameCandidate, text: string): void {
  const keys = candidateKeys(tokens, candidate);
  const nickname = candidate.nickname;
  const span = candidateSpan(text, tokens, candidate);
  // Tom "Tiny" Okonjo is Tom Okonjo, who goes by Tiny.
  // The name as written is needed only for a new person or a fuller form: most mentions are of someone found.
  const nameOf = (): string => {
    const joined = nickname ? `${joinTokens(tokens, candidate.from, nickname[0])} ${joinTokens(tokens, nickname[1], candidate.to)}` : joinTokens(tokens, candidate.from, candidate.to);
    return candidate.adjectiveEnd ? joined.slice(0, -candidate.adjectiveEnd) : joined;
  };
  const joinedKeys = keys.length === 1 ? keys[0]! : keys.join(" ");
  let draft = people.full(joinedKeys);
  if (!draft) {
    // A longer form of someone already found ("Poutine" then "Vladimir Poutine") takes over: the
    // shorter forms are the ends of the joined keys.
    let tailStart = 0;
    for (let start = 1; start < keys.length && !draft; start++) {
      tailStart += keys[start - 1]!.length + 1;
      draft = people.full(joinedKeys.slice(tailStart));
    }
    if (draft) people.rekey(draft, keys, nameOf());
  }
  const sameFirstWord = !draft && keys.length >= 2 ? people.withFirstWord(keys[0]!) : undefined;
  if (sameFirstWord) {
    // "Ana Lucia Pardo Vance" and "Ana Vance": a form without some middle names is the same person's; the fuller form names them.
    const owners = sameFirstWord.filter((owner) => owner.keys.length !== keys.length && (owner.keys.length > keys.length ? sameEndsWithin(keys, owner.keys) : sameEndsWithin(owner.keys, keys)));
    if (owners.length === 1) {
      draft = owners[0]!;
      if (draft.keys.length < keys.length) people.rekey(draft, keys, nameOf());
    }
  }
  if (!draft) {
    draft = { name: nameOf(), keys, mentions: [], roles: [], firstMention: span.start };
    people.add(draft);
  }
  draft.firstMention = Math.min(draft.firstMention, span.start);
  draft.mentions.push(span);
  if (candidate.adjectiveEnd) draft.adjectival = true;
  if (nickname) {
    draft.mentions.push(spanOf(text, tokens, nickname[0] + 1, nickname[1] - 1));
    people.addShortForm(draft, tokens.slice(nickname[0] + 1, nickname[1] - 1).map((token) => token.key).join(" "));
  }
  draft.roles.push(...candidate.roles);
}

/** Suffixes after a surname, written with a period ("Jr.", "Sr."). */
export const NAME_SUFFIXES = new Set(["jr", "sr"]);

/** A name's words without its generational suffix: "Ferdinand Marcos Jr." is "Marcos" for short. */
export function withoutSuffix(keys: string[]): string[] {
  return keys.length >= 3 && NAME_SUFFIXES.has(keys[keys.length - 1]!) ? keys.slice(0, -1) : keys;
}

/** The Arabic article glued to a surname in transliteration: "al-Burhan" is "Burhan" for short. */
const GLUED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an)-(?=\p{L}{3})/u;

/** The surname without its glued article ("burhan" for "al-burhan"), or null. */
export function bareSurname(key: string): string | null {
  const article = GLUED_ARTICLE.exec(key);
  return article ? key.slice(article[0].length) : null;
}

/** A Korean given name: two syllables joined by a hyphen, the second in lower case ("Geun-hye", "Jong-un"). */
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,6}-\p{Ll}{1,6}$/u;

/** Whether `shorter` keeps the first and last words of `longer` and all its words are, in order, words of `longer`. */
function sameEndsWithin(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter[0] !== longer[0] || shorter[shorter.length - 1] !== longer[longer.length - 1]) return false;
  let at = 1;
  for (let k = 1; k < shorter.length - 1; k++) {
    while (at < longer.length - 1 && longer[at] !== shorter[k]) at++;
    if (at >= longer.length - 1) return false;
    at++;
  }
  return true;
}

/** Shorter surnames differ too little for their spellings to tell a transliteration from another name. */
const MIN_TRANSLITERATED_LENGTH = 5;

/**
 * A surname's key as transliterations share it: "ch", "sh", "zh", "kh" as their first letter, "y"
 * as "i", "j" as "i" after a vowel, a doubled letter once ("Kovalchyk" and "Kovalcyk" → "kovalcik").
 */
function transliterationSkeleton(key: string): string {
  if (isOwnSkeleton(key)) return key;
  const ascii = asciiSkeleton(key);
  if (ascii !== null) return ascii;
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    skeleton = key.replace(/([cszk])h/g, "$1").replace(/y/g, "i").replace(/(?<=[aeiou])j/g, "i").replace(/(\p{L})\1/gu, "$1");
    if (skeletons.size >= MOST_SKELETONS) skeletons.clear();
    // (A longer key may be a view into its whole document, which the cache must not keep alive.)
    if (key.length <= LONGEST_CACHED_SURNAME) skeletons.set(key, skeleton);
  }
  return skeleton;
}

/**
 * Whether `transliterationSkeleton` leaves `key` as it is: no "ch", "sh", "zh" or "kh", no "y",
 * no "j" after a vowel, no character twice in a row (surrogates are left to the regexes). Most
 * surnames are so, and need neither the regexes nor the cache.
 */
function isOwnSkeleton(key: string): boolean {
  let previous = -1;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code === previous || code === 121 || (code >= 0xd800 && code <= 0xdfff)) return false;
    if (code === 104 && (previous === 99 || previous === 115 || previous === 122 || previous === 107)) return false;
    if (code === 106 && (previous === 97 || previous === 101 || previous === 105 || previous === 111 || previous === 117)) return false;
    previous = code;
  }
  return true;
}

/** `transliterationSkeleton` of a key in ASCII, read character by character, one pass per replacement; null for any other key. */
function asciiSkeleton(key: string): string | null {
  let dropped = "";
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code > 127) return null;
    dropped += code === 121 ? "i" : key[i];
    if ((code === 99 || code === 115 || code === 122 || code === 107) && key.charCodeAt(i + 1) === 104) i++;
  }
  let vowelled = "";
  for (let i = 0; i < dropped.length; i++) {
    const previous = i > 0 ? dropped.charCodeAt(i - 1) : 0;
    vowelled += dropped.charCodeAt(i) === 106 && (previous === 97 || previous === 101 || previous === 105 || previous === 111 || previous === 117) ? "i" : dropped[i];
  }
  let skeleton = "";
  for (let i = 0; i < vowelled.length; i++) {
    const code = vowelled.charCodeAt(i);
    skeleton += vowelled[i];
    if (((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && vowelled.charCodeAt(i + 1) === code) i++;
  }
  return skeleton;
}

/** Surnames' skeletons already worked out, across documents: surnames recur, and four replacements each cost. */
const skeletons = new Map<string, string>();

/** Skeletons kept before the cache starts again (a few hundred kilobytes). */
const MOST_SKELETONS = 8192;

/** V8 copies a slice of up to 12 characters; a longer one may point into the text it was cut from. */
const LONGEST_CACHED_SURNAME = 12;

/** "Yun Pyong-ho": two words, the second a Korean given name. */
function givenNameAfterFamilyName(name: string): boolean {
  const words = name.split(" ");
  return words.length === 2 && isHyphenedGivenName(words[1]!);
}

/** `HYPHENED_GIVEN_NAME.test(text)`; a word without a hyphen is turned down before the regex. */
export function isHyphenedGivenName(text: string): boolean {
  return text.includes("-") && HYPHENED_GIVEN_NAME.test(text);
}

/**
 * Folds shorter forms into the fuller name they stand for: "Von der Leyen" into "Ursula von der
 * Leyen", "E. Macron" into "Emmanuel Macron" — when exactly one fuller name fits.
 */
export function mergeDrafts(people: PeopleIndex): void {
  // Initialled forms first: once "E. Macron" is folded into "Emmanuel Macron", "Macron" has one owner left.
  const live = people.live();
  const initialledFirst = [...live.filter((draft) => isInitialKey(draft.keys[0]!)), ...live.filter((draft) => !isInitialKey(draft.keys[0]!))];
  for (const short of initialledFirst) {
    let owner: PersonDraft | undefined;
    let owners = 0;
    for (const long of people.longerForms(short.keys) ?? []) {
      if (long === short) continue;
      owner = long;
      owners++;
    }
    if (owners !== 1 || !owner) continue;
    owner.mentions.push(...short.mentions);
    owner.roles.push(...short.roles);
    owner.firstMention = Math.min(owner.firstMention, short.firstMention);
    people.remove(short);
  }
  mergeOpeningForms(people);
}

/**
 * "Syed Ali Hassan" then "the Syed Ali Hassan Shah-led group": a name written as an adjective
 * speaks of someone named before, here by a longer form; a name of two words or more that opens
 * it is that person's.
 */
function mergeOpeningForms(people: PeopleIndex): void {
  const longerByOpening = new Map<PersonDraft, PersonDraft[]>();
  for (const long of people.live()) {
    if (!long.adjectival) continue;
    for (let words = 2; words < long.keys.length; words++) {
      const short = people.full(long.keys.slice(0, words).join(" "));
      if (!short || short === long) continue;
      const list = longerByOpening.get(short) ?? [];
      list.push(long);
      longerByOpening.set(short, list);
    }
  }
  for (const [short, longer] of longerByOpening) {
    if (longer.length !== 1) continue;
    const owner = longer[0]!;
    owner.mentions.push(...short.mentions);
    owner.roles.push(...short.roles);
    owner.firstMention = Math.min(owner.firstMention, short.firstMention);
    people.remove(short);
  }
}
