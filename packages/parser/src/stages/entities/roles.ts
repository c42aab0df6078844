/** Roles written around a person's name ("le ministre de l'Intérieur Bernard Cazeneuve") and role-only descriptions resolved to the person they stand for. */
import type { DocumentContext, PersonEntity } from "../context.js";
import type { Token } from "../tokens.js";
import { cachedPhraseKeys, type Lexicon, lexiconFor, listed, phraseKeys, WORD } from "./lexicon.js";
import {
  CONNECTORS,
  CONTRACTED_ARTICLES,
  isAcronym,
  isHonorificWord,
  joinTokens,
  type Label,
  type NameCandidate,
  PREPOSITIONS,
} from "./words.js";

/** Prepositions that give a role its remit ("envoyé pour la Syrie", "envoy for Syria", "ambassador to China", « délégué aux Transports »); « à » folds like the auxiliary "a". */
const ROLE_REMITS = new Set(["pour", "for", "to", "au", "aux"]);

/**
 * Whether a lowercase word other than a connector follows the last role noun before the name in a
 * language whose adjectives precede the noun: "the envoy met Karen Holt" has no role phrase, "envoy
 * for Syria Geir Pedersen" and "Secretary of State Antony Blinken" have one. Before a comma, the
 * words after a preposition are its complement ("The chair of the judging panel, Esi Edugyan").
 */
function verbAfterRoleNoun(tokens: Token[], from: number, phraseEnd: number, lexicon: Lexicon): boolean {
  if (!lexicon.modifiersPrecedeNoun) return false;
  const apposition = tokens[phraseEnd]?.text === ",";
  let lastRoleNoun = from;
  for (let k = from; k < phraseEnd; k++) if (listed(tokens[k]!, WORD.roleNouns)) lastRoleNoun = k;
  for (let k = lastRoleNoun + 1; k < phraseEnd; k++) {
    const token = tokens[k]!;
    if (apposition && PREPOSITIONS.has(token.key)) return false;
    if (!token.capitalised && !CONNECTORS.has(token.key) && !ROLE_REMITS.has(token.key) && !listed(token, WORD.determiners) && !listed(token, WORD.demonyms)) return true;
  }
  return false;
}

/**
 * Whether a remit's name starts at `at`, past at most two small words: after "et"/"and" it joins
 * two remits of one role ("ministre de l'Europe et des Affaires étrangères", "Minister of Trade and Industry").
 */
function opensRemitName(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 3 && k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.capitalised) return true;
    if (!PREPOSITIONS.has(token.key) && !listed(token, WORD.determiners)) return false;
  }
  return false;
}

/**
 * Roles by apposition: a role phrase right before the name ("le président russe Vladimir
 * Poutine", "Kremlin spokesman Dmitry Peskov", "l'attaché de presse du chef de l'État, Dmitri
 * Peskov") or right after it between commas ("Vladimir Medinski, conseiller du président russe"),
 * added to the candidate's roles.
 */
export function addRolesAround(tokens: Token[], candidate: NameCandidate, lexicon: Lexicon, labels: readonly Label[], inName: Uint8Array, inRole: Uint8Array): void {
  const roles = candidate.roles;
  const region = tokens[candidate.from]!.region;
  // Before: walk left over the role phrase's words, remember the leftmost role noun.
  let k = candidate.from - 1;
  // "The former mayor of Brightwater, Councillor Neil Ashdown", "Its emergency coordinator, Dr. Ana
  // Ruiz": a title written with the name still leaves room for a role set before it in apposition.
  // (The quote stage reads the one before a title that is a role itself: « L'avocate de la défense, Me Laure Simon ».)
  const titleWord = (token: Token) => listed(token, WORD.roleNouns) || (isHonorificWord(token) && !lexicon.roleGivingHonorifics.has(token.key.replace(/\.$/, "")));
  // ("La ministre des Transports, Mme Agnès Pannier-Runacher": so does a courtesy title alone.)
  while (k > 0 && tokens[k]!.capitalised && tokens[k]!.region === region && (candidate.roles.length > 0 ? titleWord(tokens[k]!) : isHonorificWord(tokens[k]!))) k--;
  // "Club chairman Sir Richard Pennington": a lower-case role noun right before the title is a role too.
  const roleBeforeTitle = tokens[k] !== undefined && tokens[k]!.region === region && !tokens[k]!.capitalised && listed(tokens[k]!, WORD.roleNouns);
  const titleInApposition = candidate.roles.length > 0 && k < candidate.from - 1 && (tokens[k]?.text === "," || roleBeforeTitle);
  if (candidate.roles.length === 0 || titleInApposition) {
    if (tokens[k]?.text === "," && tokens[k]!.region === region) k--;
    const phraseEnd = k + 1;
    let leftmostRole = -1;
    for (let steps = 0; k >= 0 && steps < 10; k--, steps++) {
      const token = tokens[k]!;
      if (token.region !== region || !token.isWord) break;
      // A full name before "et" or a courtesy title after it lists people, not remits ("le roi Gyanendra et M. Singh").
      const joinsRemits =
        leftmostRole < 0 && (token.key === "et" || token.key === "and") && inName[k - 1] !== 2 && !isHonorificWord(tokens[k + 1]!) && opensRemitName(tokens, k + 1);
      // "émissaire de l'ONU pour le Moyen-Orient", "envoy for Syria": the remit after the role noun belongs to it.
      const remit = ROLE_REMITS.has(token.key) || token.text === "à";
      if (listed(token, WORD.roleStops) && !(remit && leftmostRole < 0) && !joinsRemits) break;
      if (inName[k] === 2) break;
      if (listed(token, WORD.roleNouns)) leftmostRole = k;
      // An article opens the role phrase, unless it follows a preposition ("du chef de l'État").
      if (listed(token, WORD.determiners) && leftmostRole >= 0 && !PREPOSITIONS.has(tokens[k - 1]?.key ?? "") && !CONTRACTED_ARTICLES.has(token.key)) break;
    }
    if (leftmostRole >= 0) {
      let roleStart = leftmostRole;
      while (roleStart > 0) {
        const previous = tokens[roleStart - 1]!;
        if (previous.region !== region || !previous.isWord) break;
        // "AU Commission chairperson": an organization's or a place's name qualifies the role, though its words alone name nothing ("AU", "Commission").
        const ofBody = labels[roleStart - 1] === "organization" || labels[roleStart - 1] === "place" || listed(previous, WORD.organizationHeads) || isAcronym(previous);
        if (listed(previous, WORD.roleModifiers) || listed(previous, WORD.demonyms) || (previous.capitalised && (ofBody || !listed(previous, WORD.nonNames)) && inName[roleStart - 1] !== 2)) {
          roleStart--;
          continue;
        }
        break;
      }
      const lastRoleWord = tokens[phraseEnd - 1]!;
      if (phraseEnd > roleStart && !CONNECTORS.has(lastRoleWord.key) && !listed(lastRoleWord, WORD.determiners) && !verbAfterRoleNoun(tokens, leftmostRole, phraseEnd, lexicon)) {
        roles.push(joinTokens(tokens, roleStart, phraseEnd));
        inRole.fill(1, roleStart, phraseEnd);
      }
    }
  }
  // After: ", role …," — the phrase must start with a role noun within three words.
  let at = candidate.to;
  if (tokens[at]?.text === "," && tokens[at]!.region === region) {
    at++;
    let roleStart = at;
    // « Dmitri Peskov, a jugé … »: the French auxiliary opens no role, though English spells its article so.
    while (tokens[roleStart] && lexicon.ownDeterminers.has(tokens[roleStart]!.key)) roleStart++;
    let hasRole = false;
    for (let j = roleStart; j < roleStart + 4 && j < tokens.length; j++) {
      const token = tokens[j]!;
      if (!token.isWord || token.region !== region) break;
      if (listed(token, WORD.roleNouns)) {
        hasRole = true;
        break;
      }
      // "a US peace envoy", "the party leader": in English a lower-case noun may qualify the role noun right after it.
      const nounBeforeRole = lexicon.modifiersPrecedeNoun && tokens[j + 1] !== undefined && listed(tokens[j + 1]!, WORD.roleNouns) && !listed(token, WORD.roleStops | WORD.commonWords | WORD.nonNames | WORD.personVerbs);
      if (!listed(token, WORD.roleModifiers) && !listed(token, WORD.demonyms) && !token.capitalised && !nounBeforeRole) break;
    }
    if (hasRole) {
      let end = roleStart;
      const limit = roleStart + 14;
      while (end < tokens.length && end < limit) {
        const token = tokens[end]!;
        if (token.region !== region) break;
        if (!token.isWord && token.text !== "’" && token.text !== "'" && token.text !== "-") break;
        if (listed(token, WORD.roleStops) && !(token.key === "et" || token.key === "and")) break;
        // "president of the International Longshore Workers": the words of one capitalised group stay together in the role.
        const sameGroup = end > roleStart && inName[end - 1] !== 0 && tokens[end - 1]!.capitalised && tokens[end]!.start <= tokens[end - 1]!.end + 1;
        if (inName[end] && !CONNECTORS.has(tokens[end - 1]!.key) && !sameGroup) break;
        end++;
      }
      if (end > roleStart) {
        // "conseiller du président et chef de la délégation": two roles.
        let partStart = roleStart;
        for (let j = roleStart; j <= end; j++) {
          const isJoin = j < end && (tokens[j]!.key === "et" || tokens[j]!.key === "and") && lexicon.roleNouns.has(tokens[j + 1]?.key ?? "");
          if (j === end || isJoin) {
            if (j > partStart) roles.push(joinTokens(tokens, partStart, j));
            inRole.fill(1, partStart, j);
            partStart = j + 1;
            if (!isJoin && j < end) break;
          } else if ((tokens[j]!.key === "et" || tokens[j]!.key === "and") && j > partStart) {
            roles.push(joinTokens(tokens, partStart, j));
            inRole.fill(1, partStart, j);
            partStart = end + 1;
            break;
          }
        }
      }
    }
  }
}

/**
 * The named person a role-only description stands for ("un porte-parole du Kremlin" → Dmitri
 * Peskov, "le dirigeant russe" → Vladimir Poutine, "the Kremlin spokesman"), or null.
 *
 * `text` is the description as written (article included or not); `position` is where it
 * appears, so that the nearest fitting person named before it wins. A person fits when one of
 * their roles has a role noun of the same kind and the description's other words do not
 * contradict it; when only one person has a role of that kind, that is enough.
 * The quote attribution stage calls this for speakers such as "a déclaré un porte-parole".
 */
export function resolveDescription(ctx: DocumentContext, text: string, position: number): PersonEntity | null {
  const lexicon = lexiconFor(ctx.locale.code);
  const words = descriptionWords(lexicon, text);
  if (words === null) return null;
  const { head, headClass, qualifiers } = words;
  let best: PersonEntity | null = null;
  let bestScore = 0;
  let bestDistance = Infinity;
  const sameKind: PersonEntity[] = [];
  for (const person of ctx.people) {
    let score = 0;
    for (const role of person.roles) {
      // Roles are compared by their head noun: "attaché de presse du chef de l'État" is an attaché.
      const roleKeys = cachedPhraseKeys(role);
      const roleHead = roleKeys.find((key) => lexicon.roleNouns.has(key));
      if (roleHead === undefined) continue;
      const roleClass = lexicon.roleClassOf.get(roleHead);
      if (roleHead !== head && (headClass === undefined || roleClass !== headClass)) continue;
      const shared = qualifiers.filter((key) => roleKeys.includes(key) || sameCountry(lexicon, key, roleKeys)).length;
      const roleScore = 1 + (qualifiers.length === 0 ? 1 : shared === qualifiers.length ? 2 : shared > 0 ? 1 : 0);
      score = Math.max(score, roleScore);
    }
    if (score === 0) continue;
    sameKind.push(person);
    const distance = nearestMentionBefore(person, position);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = person;
      bestScore = score;
      bestDistance = distance;
    }
  }
  if (bestScore >= 2) return best;
  return sameKind.length === 1 ? sameKind[0]! : null;
}

/** What a role-only description says: its first role noun, that noun's class, and the words that qualify it. */
export interface DescriptionWords {
  head: string;
  headClass: number | undefined;
  qualifiers: string[];
}

/** The words of a description, or null when it holds no role noun; read once per text and language. */
function descriptionWords(lexicon: Lexicon, text: string): DescriptionWords | null {
  const cached = lexicon.descriptions.get(text);
  if (cached !== undefined) return cached;
  const keys = phraseKeys(text.replace(/[,;.]/g, " ")).filter((key) => !lexicon.determiners.has(key));
  const head = keys.find((key) => lexicon.roleNouns.has(key));
  const words =
    head === undefined
      ? null
      : {
          head,
          headClass: lexicon.roleClassOf.get(head),
          qualifiers: keys.filter((key) => !lexicon.roleNouns.has(key) && !lexicon.roleModifiers.has(key) && key.length > 2 && !PREPOSITIONS.has(key)),
        };
  if (lexicon.descriptions.size > 10_000) lexicon.descriptions.clear();
  lexicon.descriptions.set(text, words);
  return words;
}

function sameCountry(lexicon: Lexicon, key: string, roleKeys: string[]): boolean {
  const country = lexicon.demonyms.get(key);
  if (!country) return false;
  return roleKeys.some((roleKey) => lexicon.demonyms.get(roleKey) === country);
}

function nearestMentionBefore(person: PersonEntity, position: number): number {
  let distance = Infinity;
  for (const mention of person.mentions) {
    const gap = mention.start <= position ? position - mention.start : (mention.start - position) * 4;
    if (gap < distance) distance = gap;
  }
  return distance;
}

/**
 * Role-only descriptions ("le dirigeant russe", "un porte-parole du Kremlin") that the text ties
 * to a named person become one more role of that person.
 */
export function attachDescriptions(ctx: DocumentContext, tokens: Token[], notableAt: readonly number[], labels: Label[], inRole: Uint8Array): void {
  if (ctx.people.length === 0) return;
  for (const i of notableAt) {
    if (i < 1) continue;
    const token = tokens[i]!;
    // Words of a role already read by apposition ("l'attaché de presse…, Anatol Berezin") are no description.
    if (token.capitalised || inRole[i] || !listed(token, WORD.roleNouns)) continue;
    const determiner = tokens[i - 1]!;
    // "le dirigeant russe" stands for someone; "du chef de l'État" completes another noun.
    if (!listed(determiner, WORD.determiners) || CONTRACTED_ARTICLES.has(determiner.key) || determiner.region !== token.region) continue;
    if (PREPOSITIONS.has(tokens[i - 2]?.key ?? "")) continue;
    let end = i + 1;
    while (end < tokens.length && end < i + 6) {
      const next = tokens[end]!;
      if (next.region !== token.region || !next.isWord || labels[end] === "person" || listed(next, WORD.roleStops)) break;
      if (next.capitalised && listed(next, WORD.firstNames)) break;
      const afterPreposition = CONNECTORS.has(tokens[end - 1]!.key) && !listed(next, WORD.roleStops);
      const isQualifier = listed(next, WORD.demonyms) || ["de", "du", "des", "d'", "of", "the", "la", "l'"].includes(next.key) || next.capitalised || listed(next, WORD.roleNouns) || afterPreposition;
      if (!isQualifier) break;
      end++;
    }
    while (end > i + 1 && ["de", "du", "des", "d'", "of", "the", "la", "l'"].includes(tokens[end - 1]!.key)) end--;
    // Followed by a name: that is apposition, already handled.
    const following = tokens[end];
    if (following && labels[end] === null && following.capitalised && following.isWord && listed(following, WORD.firstNames)) continue;
    if (end === i + 1) continue;
    const description = joinTokens(tokens, i, end);
    const person = resolveDescription(ctx, description, token.start);
    // A description points back: « Le chef de l'État poursuivra sa tournée » is no one named only later in the text.
    // Mentions are in text order: the first says whether the person was named before.
    if (person && !person.roles.includes(description) && (person.mentions[0]?.start ?? Infinity) < token.start) person.roles.push(description);
  }
}
