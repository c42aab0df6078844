/** The speaker an unnamed description points to: a body that spoke, a role's holder, a person met before or an unnamed speaker described again. */
import { startsLowerCase } from "../quotes/reporting-verbs.js";
import { spells } from "./acronyms.js";
import { DOCUMENT_WINDOW } from "./documents.js";
import { introducedAs, ORGANIZATION_WINDOW } from "./organizations.js";
import { resolvePronoun } from "./pronoun-resolver.js";
import { isPersonalBody } from "./region.js";
import { type ResolverState, rolesOf, subjectSince } from "./resolver-state.js";
import { AGE_NOUN, headNoun, personRoleNouns, titleSays } from "./roles.js";
import { lastMentionBefore, lastMentionStartBefore, type Speaker } from "./speakers.js";
import { opensClause } from "./subjects.js";
import { COMPLEMENT_ARTICLES, descriptionWords, foldApostrophes, phraseWords, PLURAL_END, splitOnSpaces } from "./text.js";
import { CONNECTORS } from "./unnamed.js";

/** The speaker an unnamed description stands for ("the company", « l'élu », "a spokeswoman"), rule by rule; or `speaker` itself. */
export function describedSpeaker(state: ResolverState, speaker: Speaker, position: number): Speaker {
  return (
    organizationSpokesperson(state, speaker, position) ??
    unnamedRedescribed(state, speaker) ??
    ownerOrganizationFor(state, speaker, position) ??
    documentSpeakerFor(state, speaker, position) ??
    earlierSpeakerFor(state, speaker, position) ??
    roleHolderFor(state, speaker, position) ??
    personNounFor(state, speaker, position) ??
    redescribedPerson(state, speaker, position) ??
    otherMandateHolder(state, speaker, position) ??
    describedSubject(state, speaker, position) ??
    determinedPerson(state, speaker, position) ??
    speaker
  );
}

/**
 * The organization an unnamed spokesperson speaks for when it spoke just before ("Acme confirmed the recall. A
 * spokeswoman said …", « La mairie a confirmé … Un porte-parole a précisé … »): the body, as its own statement was.
 */
function organizationSpokesperson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon, memory, mentions } = state;
  const words = splitOnSpaces((speaker.text ?? "").toLowerCase());
  if (words.length !== 2 || !lexicon.words.indefiniteArticles.includes(words[0] as string) || !lexicon.spokespersonWords.includes(words[1] as string)) return null;
  // (A capitalised name the entity stage missed, "Acme", is a name all the same.)
  if (memory.lastSpeaker === null || memory.lastSpeaker.isPerson || memory.lastSpeaker.name === null || !(memory.lastSpeaker.isNamed || /^\p{Lu}/u.test(memory.lastSpeaker.name)) || position - memory.lastSpeakerAt > ORGANIZATION_WINDOW) return null;
  // A person named since may be the one the spokesperson speaks for.
  const named = lastMentionBefore(mentions, position, true);
  if (named && named.start >= memory.lastSpeakerAt) return null;
  return { ...memory.lastSpeaker, text: speaker.text };
}

/**
 * The speaker a definite noun points back to: "l'élu", "le dirigeant" for the person who spoke
 * last, or else the person named last before `position`; "the spokesperson" for the unnamed
 * speaker of that noun met before ("a council spokesperson").
 */
function earlierSpeakerFor(state: ResolverState, speaker: Speaker, position: number, ownerNoun: string | null = null): Speaker | null {
  const { ctx, lexicon, memory, mentions } = state;
  const noun = ownerNoun ?? definiteNoun(state, speaker);
  if (noun === null) return null;
  // "The Italian admitted …", « l'Italien a reconnu »: a nationality as a definite noun points back to a person too.
  const demonyms = ctx.locale.entities.demonyms;
  const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
  const nationality = Object.hasOwn(demonyms, noun) || Object.hasOwn(demonyms, capitalised);
  // « Selon un diplomate européen, … Ce diplomate estime … »: a demonstrative points at the unnamed one just met.
  const demonstrative = lexicon.demonstrativeDeterminers.has(splitOnSpaces((speaker.text ?? "").toLowerCase())[0] ?? "");
  const unnamed = demonstrative ? unnamedWithNoun(state, speaker, noun) : null;
  if (unnamed) return unnamed;
  if (lexicon.anaphoricPersonNouns.has(noun) || nationality) return personPointedBack(state, speaker, position);
  // "Selon l'entreprise", "the company said": the organization that spoke last, unless its own noun says it is of another kind ("the GMB union").
  // "Smart home company Nexora …; the company said": the organization the text introduced with this very noun.
  const introduced = lexicon.organizationNouns.has(noun) ? introducedAs(ctx.text, noun, position) : null;
  if (introduced && introduced !== memory.lastOrganization?.name) return { name: introduced, text: speaker.text, isPerson: false, isNamed: true };
  // (A description without a name, "le constructeur", "The company", says nothing of the kind: "l'entreprise" is the same one.)
  const otherKind = (organization: Speaker): boolean =>
    /\s\p{Lu}/u.test(organization.text ?? "") && (organization.text ?? "").toLowerCase().split(/[\s']+/u).some((word) => word !== noun && lexicon.organizationNouns.has(word) && !lexicon.genericOrganizationNouns.has(word));
  // "Harwell said … the Auto Workers union called … according to the company": the latest that spoke and is of no other kind.
  let sameKind: Speaker | null = null;
  for (let i = memory.spokenOrganizations.length - 1; i >= 0 && sameKind === null; i--) if (!otherKind(memory.spokenOrganizations[i] as Speaker)) sameKind = memory.spokenOrganizations[i] as Speaker;
  if (lexicon.organizationNouns.has(noun) && sameKind) return { ...sameKind, text: speaker.text };
  // "Renault va supprimer 3 000 postes, a annoncé le constructeur": with none that spoke, the organization just named.
  if (lexicon.organizationNouns.has(noun)) {
    // The outlet of the dateline ("ROTTERDAM (Reuters) -") reports; it is not "the union" that speaks.
    let named = lastMentionBefore(mentions, position, false);
    if (named && named.name === ctx.source) named = lastMentionBefore(mentions, named.start, false);
    // "The GMB union said …; the company said": a body whose own noun names another kind is not the one meant.
    const kindAfter = named ? (/^\s+(\p{Ll}+)/u.exec(ctx.text.slice(named.end, named.end + 30))?.[1] ?? "") : "";
    const otherKindNamed = kindAfter !== noun && lexicon.organizationNouns.has(kindAfter) && !lexicon.genericOrganizationNouns.has(kindAfter);
    if (named && !named.isPerson && named.name !== ctx.source && position - named.start <= ORGANIZATION_WINDOW && !otherKindNamed) return { name: named.name, text: speaker.text, isPerson: false, isNamed: true };
  }
  return unnamedWithNoun(state, speaker, noun);
}

/**
 * The organization a body speaks for when the text names it by its kind (« la direction du groupe », "the office of
 * the agency"): the one that kind points back to, as « le groupe » alone would.
 */
function ownerOrganizationFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon } = state;
  const words = (speaker.name ?? "").toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/u);
  const noun = words[words.length - 1] ?? "";
  if (words.length < 3 || !lexicon.ownerVoices.has(words[0] ?? "") || !lexicon.organizationNouns.has(noun)) return null;
  if (!words.slice(1, -1).every((word) => lexicon.genitives.has(word) || COMPLEMENT_ARTICLES.has(word) || lexicon.articles.has(word))) return null;
  const owner = earlierSpeakerFor(state, speaker, position, noun);
  return owner?.isNamed && !owner.isPerson ? owner : null;
}

/**
 * An unnamed speaker met before, repeated by a definite description of their own words ("the former engineer" after
 * "a former engineer at the company", « la même source » after « une source proche de l'enquête »).
 */
function unnamedRedescribed(state: ResolverState, speaker: Speaker): Speaker | null {
  const { lexicon, memory, unnamedSpeakers } = state;
  const words = descriptionWords(speaker.text ?? "");
  const article = words[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const described = words.slice(1).filter((word) => !lexicon.sameMarkers.has(word));
  // One noun alone ("the source") is read by `earlierSpeakerFor`, which knows the people it may point back to.
  const same = described.length < words.length - 1;
  if (described.length === 0 || (!same && described.length < 2) || described.length > MAX_REDESCRIPTION_WORDS) return null;
  const phrase = ` ${described.join(" ")} `;
  for (let i = unnamedSpeakers.length - 1; i >= 0; i--) {
    const earlier = unnamedSpeakers[i] as Speaker;
    const earlierWords = splitOnSpaces((earlier.name ?? "").toLowerCase());
    const complement = earlierWords.findIndex((word, k) => k > 0 && (lexicon.prepositions.has(word) || CONNECTORS.has(word)));
    if (` ${(complement > 0 ? earlierWords.slice(0, complement) : earlierWords).join(" ")} `.includes(phrase)) return { ...earlier, text: speaker.text };
  }
  // « a précisé la même source » after a body or a named person spoke: the source is whoever was quoted last.
  const latest = same && described.length === 1 ? memory.attributed[memory.attributed.length - 1]?.speaker : undefined;
  return latest?.name ? { ...latest, text: speaker.text } : null;
}

/** The latest unnamed speaker other than `speaker` whose description holds `noun` outside its complement. */
function unnamedWithNoun(state: ResolverState, speaker: Speaker, noun: string): Speaker | null {
  const { lexicon, unnamedSpeakers } = state;
  for (let i = unnamedSpeakers.length - 1; i >= 0; i--) {
    const earlier = unnamedSpeakers[i] as Speaker;
    // ("the hospital" is not "a spokesperson for the hospital": a noun in the complement is another party.)
    const words = splitOnSpaces((earlier.name ?? "").toLowerCase());
    const complement = words.findIndex((word) => lexicon.prepositions.has(word));
    const described = ` ${(complement > 0 ? words.slice(0, complement) : words).join(" ")} `;
    if (earlier.name !== speaker.name && described.includes(` ${noun} `)) return { ...earlier, text: speaker.text };
  }
  return null;
}

/**
 * Who spoke through a document the text introduced as the medium of a report ("The mayor's office said in a
 * statement that …. According to the statement, …", « affirme le ministère dans un communiqué. Le texte précise »):
 * the speaker given a quote in the sentence that introduced it.
 */
function documentSpeakerFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, memory } = state;
  const noun = definiteNoun(state, speaker);
  // « le texte », "the document" stand for whichever document was introduced last.
  const anaphor = noun !== null && lexicon.documentAnaphors.has(noun);
  if (noun === null || !(anaphor || lexicon.documentNouns.has(noun)) || state.documentScans++ >= MAX_DOCUMENT_SCANS) return null;
  const from = Math.max(0, position - DOCUMENT_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  let introduced = -1;
  for (const document of anaphor ? lexicon.documentNouns : [noun]) {
    for (const article of lexicon.words.indefiniteArticles) introduced = Math.max(introduced, window.lastIndexOf(` ${article} ${document}`));
  }
  if (introduced < 0) return null;
  const sentenceStart = from + Math.max(window.lastIndexOf(". ", introduced), window.lastIndexOf("\n", introduced)) + 1;
  const nextStop = [window.indexOf(". ", introduced), window.indexOf("\n", introduced)].filter((at) => at >= 0);
  const sentenceEnd = nextStop.length > 0 ? from + Math.min(...nextStop) : position;
  for (let i = memory.spokenAt.length - 1; i >= 0; i--) {
    const spoken = memory.spokenAt[i] as { start: number; end: number; speaker: Speaker };
    if (spoken.end < sentenceStart) break;
    if (spoken.start <= sentenceEnd) return { ...spoken.speaker, text: speaker.text };
  }
  return null;
}

/**
 * A description a demonstrative opens (« cette mère de trois enfants ») or an owner's body a possessive opens
 * (« son cabinet », "her office"): someone already met, the unnamed one with that noun or the person pointed back to.
 */
function determinedPerson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon } = state;
  const words = splitOnSpaces(foldApostrophes((speaker.text ?? "").toLowerCase()));
  const [determiner = "", noun = ""] = words;
  if (lexicon.organizationNouns.has(noun)) return null;
  if (lexicon.demonstrativeDeterminers.has(determiner)) return unnamedWithNoun(state, speaker, noun) ?? personPointedBack(state, speaker, position);
  if (lexicon.possessives.has(determiner) && words.length === 2 && lexicon.ownerVoices.has(noun) && !isPersonalBody(noun, lexicon)) {
    const owner = resolvePronoun(state, { regionStart: position, regionEnd: position, prefer: "last", pronoun: determiner, phraseStart: position, phraseEnd: position, sameAs: null });
    return owner.isPerson && owner.name !== null ? { ...owner, text: speaker.text } : null;
  }
  return null;
}

/** The noun of a definite description of two words ("l'élu", "the company"), its age or medium aside; or null. */
function definiteNoun(state: ResolverState, speaker: Speaker): string | null {
  const { lexicon } = state;
  const written = speaker.text ?? "";
  if (written === state.definiteNounText) return state.definiteNounRead;
  const age = lexicon.words.ageComplement;
  const words = descriptionWords(age ? written.replace(age, "") : written);
  // "précise l'entreprise dans un communiqué", "the company said in a statement": the medium after the noun is not its own.
  // (A genitive opens the noun's own complement: « le cabinet de Mme Ferrand » is no « cabinet » alone.)
  const medium = words.length > 2 && lexicon.audience.has(words[2] as string) && lexicon.prepositions.has(words[2] as string) && !lexicon.genitives.has(words[2] as string);
  const count = medium ? 2 : words.length;
  const definite = count === 2 && lexicon.articles.has(words[0] as string) && !lexicon.words.indefiniteArticles.includes(words[0] as string);
  state.definiteNounText = written;
  state.definiteNounRead = definite ? (words[1] as string) : null;
  return state.definiteNounRead;
}

/** The person a noun pointing back stands for: a new subject, else the person who spoke last, else the person named last. */
function personPointedBack(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, memory, mentions } = state;
  // "Son entraîneur, Julien Castex, loue sa régularité. « … », souligne le technicien": the new subject.
  const subject = subjectSince(state, position);
  if (subject) return { name: subject.name, text: speaker.text, isPerson: true, isNamed: true };
  // "Bertin a répondu aux critiques. « … », a assuré l'élu": one who opened a sentence since the last speaker.
  const named = lastMentionBefore(mentions, position, true);
  if (memory.lastSpeaker && named && named.start >= memory.lastSpeakerAt && named.name !== memory.lastSpeaker.name && opensClause(ctx.text, named.start, named.end, lexicon)) return { name: named.name, text: speaker.text, isPerson: true, isNamed: true };
  if (memory.lastSpeaker?.isPerson && memory.lastSpeaker.isNamed) return { ...memory.lastSpeaker, text: speaker.text };
  return named ? { name: named.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/**
 * A definite noun that gives a person's age and no title anyone holds ("the 29-year-old", « le coureur de 29 ans »):
 * no one new is introduced by age, so it points back like « l'élu » (« le président » alone may be someone new).
 */
function personNounFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  // The noun as the speaker is named, after any medium ("le coureur de 29 ans au micro de …" → "coureur de 29 ans").
  const name = (speaker.name ?? "").toLowerCase();
  const age = lexicon.words.ageComplement;
  const noun = age ? name.replace(age, "") : name;
  const aged = AGE_NOUN.test(name) || (noun !== name && personRoleNouns(ctx).has(noun));
  return aged ? personPointedBack(state, speaker, position) : null;
}

/**
 * A definite description that no one holds as a title and that re-describes someone already introduced: headed by a
 * noun of that kind with its modifiers ("the board member", "the trust leader", « la jeune militante »), or a past
 * role (« l'ancien maire de Saint-Sulpice », "the former minister"). It points back like « l'élu ».
 */
function redescribedPerson(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const words = descriptionWords(speaker.text ?? "");
  const article = words[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const described = words.slice(1);
  const former = lexicon.formerMarkers.has((described[0] ?? "").replace(/-$/u, ""));
  // (« l'ancien international » too: a past the text gave no one as a title re-describes someone met, like a past role.)
  if (former) {
    const pastRole = personRoleNouns(ctx).has(described[1] ?? "") || (startsLowerCase(described[1] ?? "") && described.length <= MAX_REDESCRIPTION_WORDS);
    return pastRole ? personPointedBack(state, speaker, position) : null;
  }
  if (described.length < 2 || described.length > MAX_REDESCRIPTION_WORDS || described.some((word) => lexicon.functionWords.has(word) || !startsLowerCase(word))) return null;
  const head = lexicon.words.modifiersPrecedeNoun ? described[described.length - 1] : described.find((word) => lexicon.anaphoricPersonNouns.has(word));
  return head !== undefined && lexicon.anaphoricPersonNouns.has(head) ? personPointedBack(state, speaker, position) : null;
}

/**
 * A bare elected title no one holds (« le député a affirmé ») right after an elected official spoke under another
 * mandate (« Thierry Mauduit, ancien maire de … »), with no one else named since: the same person, who holds both.
 */
function otherMandateHolder(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { lexicon, memory, mentions } = state;
  const noun = definiteNoun(state, speaker);
  if (noun === null || !lexicon.electedTitles.has(noun) || !memory.lastSpeaker?.isPerson || !memory.lastSpeaker.isNamed || memory.lastSpeaker.name === null) return null;
  const elected = rolesOf(state, memory.lastSpeaker.name).some((role) => phraseWords(role).some((word) => word !== noun && lexicon.electedTitles.has(word)));
  const named = lastMentionBefore(mentions, position, true);
  const someoneElse = named !== null && named.name !== memory.lastSpeaker.name && named.start >= memory.lastSpeakerAt;
  return elected && !someoneElse ? { ...memory.lastSpeaker, text: speaker.text } : null;
}

/**
 * A definite description of a person's role that no one holds ("a commenté le leader du classement général"),
 * right after someone became the subject since the last speaker ("Le maillot jaune, le Norvégien Lars Dahl, a
 * terminé …"): it describes that subject. With no new subject it stays a noun (« le président du tribunal »).
 */
function describedSubject(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
  if (!personRoleNouns(ctx).has(headNoun(speaker.name ?? "", lexicon))) return null;
  const subject = subjectSince(state, position);
  return subject ? { name: subject.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/**
 * The person a definite role noun stands for ("a précisé le ministre", "the minister said"): of the
 * people the text gave that role, the one named last before `position`.
 */
function roleHolderFor(state: ResolverState, speaker: Speaker, position: number): Speaker | null {
  const { ctx, lexicon, names } = state;
  const article = descriptionWords(speaker.text ?? "")[0] ?? "";
  // "Son adversaire a raillé …": a possessive makes the noun as definite as an article does.
  if (!(lexicon.articles.has(article) || lexicon.possessives.has(article)) || lexicon.words.indefiniteArticles.includes(article)) return null;
  const noun = headNoun(speaker.name ?? "", lexicon);
  // A capitalised head is a name's ("the House of Commons Library"), not a title's, unless it is a title's acronym ("le PDG")
  // or a person's role noun ("the Council President").
  if (noun === "" || !((speaker.name ?? "").includes(noun) || lexicon.titleAcronyms.has(noun) || personRoleNouns(ctx).has(noun)) || lexicon.organizationNouns.has(noun)) return null;
  // "The ministers noted …": a role noun in the plural is a group, no one holder of the role.
  if (PLURAL_END.test(noun) && !personRoleNouns(ctx).has(noun) && personRoleNouns(ctx).has(noun.slice(0, -1))) return null;
  const modifiers = phraseWords(speaker.name ?? "").filter((word) => word !== noun && !lexicon.functionWords.has(word));
  let holders = names.holdersOf(noun);
  // « le PM », "the PM": a title's acronym stands for the titles whose words it spells (« premier ministre », "prime minister").
  if (holders.length === 0 && lexicon.titleAcronyms.has(noun)) holders = ctx.people.map((person) => ({ person, titles: person.roles.filter((role) => spells(noun, role, lexicon)) })).filter(({ titles }) => titles.length > 0);
  // "Technology Secretary Hannah Morley … the minister warned": with no holder of the noun itself, the one person
  // holding a title of the same class (minister and secretary), if the description adds no modifier.
  if (holders.length === 0 && modifiers.length === 0) {
    const kin = ctx.locale.entities.roleClasses.filter((group) => group.includes(noun)).flat().filter((other) => other !== noun);
    const others = [...new Set(kin.flatMap((other) => names.holdersOf(other)))];
    if (new Set(others.map(({ person }) => person.name)).size === 1) holders = others;
  }
  // "the Thai minister" among ministers: the one whose title says Thai, or Thailand.
  const qualified = modifiers.length === 0 ? [] : holders.filter(({ titles }) => modifiers.every((modifier) => titles.some((title) => titleSays(ctx, title, modifier))));
  let holder: { name: string; at: number } | null = null;
  for (const { person } of qualified.length > 0 ? qualified : holders) {
    const at = lastMentionStartBefore(person, position);
    if (at >= 0 && (!holder || at > holder.at)) holder = { name: person.name, at };
  }
  return holder ? { name: holder.name, text: speaker.text, isPerson: true, isNamed: true } : null;
}

/** Words of a description that re-describes someone ("the veteran board member"), at most. */
const MAX_REDESCRIPTION_WORDS = 3;

/** Definite documents looked back for per text, at most. */
const MAX_DOCUMENT_SCANS = 100;
