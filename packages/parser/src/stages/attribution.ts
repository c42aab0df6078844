import type { DocumentContext, PersonEntity } from "./context.js";
import { countryFor, resolveDescription } from "./entities/index.js";
import { DEMONSTRATIVE, type QuoteEvidence } from "./quotes/index.js";
import {
  codePointStart,
  foldedWord,
  letterOrDigitLength,
  lexiconFor,
  phraseWordEnd,
  phraseWordStart,
  startsLowerCase,
  startsUpperCase,
  type Lexicon,
} from "./quotes/reporting-verbs.js";

/** A named mention of a person or an organization, with the canonical name it stands for. */
interface NamedMention {
  start: number;
  end: number;
  name: string;
  isPerson: boolean;
}

interface Speaker {
  name: string | null;
  text: string | null;
  isPerson: boolean;
  /** Named in the text (a known person or organization), not just described. */
  isNamed: boolean;
}

const NO_SPEAKER: Speaker = { name: null, text: null, isPerson: false, isNamed: false };
/** A written record with no author named ("according to court filings"): its reported content stays, said by no one. */
const UNAUTHORED_RECORD: Speaker = { name: null, text: null, isPerson: false, isNamed: false };

/**
 * Resolves each quote's speaker from the evidence the quote stage left: a named person or
 * organization in the attribution, a pronoun (the last speaker before it), a role description
 * (through the entity stage's resolver), or the unnamed speaker's noun ("préfet", "critics").
 * Indirect speech whose speaker cannot be told is dropped.
 */
export function attributeQuotes(ctx: DocumentContext): void {
  // Nothing to attribute; what follows would still index every mention of the document.
  if (ctx.quotes.length === 0) {
    ctx.quoteEvidence = [];
    return;
  }
  const evidence = ctx.quoteEvidence ?? [];
  const lexicon = lexiconFor(ctx.locale.quotes);
  const mentions = namedMentions(ctx);
  const names = new DocumentNames(ctx, lexicon);
  const resolved = new Map<QuoteEvidence, Speaker>();
  let lastSpeaker: Speaker | null = null;
  /** Where the quote the last speaker was given for ends. */
  let lastSpeakerAt = 0;
  let scans = 0;
  /** Windows read back for a document's introduction so far: a text made of such phrases stays linear. */
  let documentScans = 0;
  /** The last organization given a quote by its name ("SNCF", "Sud-Rail"), for "l'entreprise", "the union". */
  let lastOrganization: Speaker | null = null;
  /** The latest organizations given a quote by name, oldest first: "the company" may skip a union that spoke since. */
  const spokenOrganizations: Speaker[] = [];
  /** Speakers named only by a noun so far ("council spokesperson"), for a definite noun that points back to one. */
  const unnamedSpeakers: Speaker[] = [];

  const resolve = (entry: QuoteEvidence): Speaker => {
    const known = resolved.get(entry);
    if (known) return known;
    let speaker: Speaker;
    // Links point at a root (never at another link), so this recursion is one level deep.
    if (entry.sameAs) speaker = entry.sameAs.sameAs ? NO_SPEAKER : resolve(entry.sameAs);
    else if (entry.pronoun !== null) speaker = resolvePronoun(entry);
    else speaker = resolveRegion(ctx, entry, mentions, names, lexicon);
    // "Le PDG" read as an organization's acronym is a title that points back to its holder.
    if (speaker.isNamed && !speaker.isPerson && lexicon.titleAcronyms.has((speaker.name ?? "").toLowerCase())) speaker = { ...speaker, isNamed: false };
    // "Présidence de la République", "Ministry of Foreign Affairs": a body's noun with a capitalised complement is its name.
    if (!speaker.isNamed && !speaker.isPerson && speaker.name !== null && hasInnerCapital(speaker.name) && lexicon.organizationNouns.has(splitOnSpaces(speaker.name.toLowerCase())[0] ?? "")) speaker = { ...speaker, isNamed: true };
    if (!speaker.isNamed && speaker.name !== null) {
      speaker = organizationSpokesperson(speaker, entry.regionStart) ?? unnamedRedescribed(speaker) ?? ownerOrganizationFor(speaker, entry.regionStart) ?? documentSpeakerFor(speaker, entry.regionStart) ?? earlierSpeakerFor(speaker, entry.regionStart) ?? roleHolderFor(speaker, entry.regionStart) ?? personNounFor(speaker, entry.regionStart) ?? redescribedPerson(speaker, entry.regionStart) ?? otherMandateHolder(speaker, entry.regionStart) ?? describedSubject(speaker, entry.regionStart) ?? determinedPerson(speaker, entry.regionStart) ?? speaker;
    }
    // "The MEA said" after "the Ministry of External Affairs", or after "the National Water Board (NWB)" whose acronym the
    // entity stage folded into it: a body speaks under the full name its acronym stands for (a title's acronym, "le PDG", aside).
    const acronym = !speaker.isPerson && speaker.name !== null && !lexicon.titleAcronyms.has(speaker.name.toLowerCase());
    const expanded = acronym ? acronymExpansion(ctx, speaker.name as string, lexicon) : null;
    if (expanded !== null) speaker = { ...speaker, name: expanded, isNamed: true };
    resolved.set(entry, speaker);
    if (!speaker.isNamed && speaker.name !== null && unnamedSpeakers.length < MAX_UNNAMED_SPEAKERS) unnamedSpeakers.push(speaker);
    return speaker;
  };

  /**
   * The organization an unnamed spokesperson speaks for when it spoke just before ("Acme confirmed the recall. A
   * spokeswoman said …", « La mairie a confirmé … Un porte-parole a précisé … »): the body, as its own statement was.
   */
  const organizationSpokesperson = (speaker: Speaker, position: number): Speaker | null => {
    const words = splitOnSpaces((speaker.text ?? "").toLowerCase());
    if (words.length !== 2 || !lexicon.words.indefiniteArticles.includes(words[0] as string) || !lexicon.spokespersonWords.includes(words[1] as string)) return null;
    // (A capitalised name the entity stage missed, "Acme", is a name all the same.)
    if (lastSpeaker === null || lastSpeaker.isPerson || lastSpeaker.name === null || !(lastSpeaker.isNamed || /^\p{Lu}/u.test(lastSpeaker.name)) || position - lastSpeakerAt > ORGANIZATION_WINDOW) return null;
    // A person named since may be the one the spokesperson speaks for.
    const named = lastMentionBefore(mentions, position, true);
    if (named && named.start >= lastSpeakerAt) return null;
    return { ...lastSpeaker, text: speaker.text };
  };

  /**
   * The speaker a definite noun points back to: "l'élu", "le dirigeant" for the person who spoke
   * last, or else the person named last before `position`; "the spokesperson" for the unnamed
   * speaker of that noun met before ("a council spokesperson").
   */
  const earlierSpeakerFor = (speaker: Speaker, position: number, ownerNoun: string | null = null): Speaker | null => {
    const noun = ownerNoun ?? definiteNoun(speaker);
    if (noun === null) return null;
    // "The Italian admitted …", « l'Italien a reconnu »: a nationality as a definite noun points back to a person too.
    const demonyms = ctx.locale.entities.demonyms;
    const capitalised = noun.charAt(0).toUpperCase() + noun.slice(1);
    const nationality = Object.hasOwn(demonyms, noun) || Object.hasOwn(demonyms, capitalised);
    // « Selon un diplomate européen, … Ce diplomate estime … »: a demonstrative points at the unnamed one just met.
    const demonstrative = lexicon.demonstrativeDeterminers.has(splitOnSpaces((speaker.text ?? "").toLowerCase())[0] ?? "");
    const unnamed = demonstrative ? unnamedWithNoun(speaker, noun) : null;
    if (unnamed) return unnamed;
    if (lexicon.anaphoricPersonNouns.has(noun) || nationality) return personPointedBack(speaker, position);
    // "Selon l'entreprise", "the company said": the organization that spoke last, unless its own noun says it is of another kind ("the GMB union").
    // "Smart home company Nexora …; the company said": the organization the text introduced with this very noun.
    const introduced = lexicon.organizationNouns.has(noun) ? introducedAs(ctx.text, noun, position) : null;
    if (introduced && introduced !== lastOrganization?.name) return { name: introduced, text: speaker.text, isPerson: false, isNamed: true };
    // (A description without a name, "le constructeur", "The company", says nothing of the kind: "l'entreprise" is the same one.)
    const otherKind = (organization: Speaker): boolean =>
      /\s\p{Lu}/u.test(organization.text ?? "") && (organization.text ?? "").toLowerCase().split(/[\s']+/u).some((word) => word !== noun && lexicon.organizationNouns.has(word) && !lexicon.genericOrganizationNouns.has(word));
    // "Harwell said … the Auto Workers union called … according to the company": the latest that spoke and is of no other kind.
    let sameKind: Speaker | null = null;
    for (let i = spokenOrganizations.length - 1; i >= 0 && sameKind === null; i--) if (!otherKind(spokenOrganizations[i] as Speaker)) sameKind = spokenOrganizations[i] as Speaker;
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
    return unnamedWithNoun(speaker, noun);
  };

  /**
   * The organization a body speaks for when the text names it by its kind (« la direction du groupe », "the office of
   * the agency"): the one that kind points back to, as « le groupe » alone would.
   */
  const ownerOrganizationFor = (speaker: Speaker, position: number): Speaker | null => {
    const words = (speaker.name ?? "").toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/u);
    const noun = words[words.length - 1] ?? "";
    if (words.length < 3 || !lexicon.ownerVoices.has(words[0] ?? "") || !lexicon.organizationNouns.has(noun)) return null;
    if (!words.slice(1, -1).every((word) => lexicon.genitives.has(word) || COMPLEMENT_ARTICLES.has(word) || lexicon.articles.has(word))) return null;
    const owner = earlierSpeakerFor(speaker, position, noun);
    return owner?.isNamed && !owner.isPerson ? owner : null;
  };

  /**
   * An unnamed speaker met before, repeated by a definite description of their own words ("the former engineer" after
   * "a former engineer at the company", « la même source » after « une source proche de l'enquête »).
   */
  const unnamedRedescribed = (speaker: Speaker): Speaker | null => {
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
    const latest = same && described.length === 1 ? attributed[attributed.length - 1]?.speaker : undefined;
    return latest?.name ? { ...latest, text: speaker.text } : null;
  };

  /** The latest unnamed speaker other than `speaker` whose description holds `noun` outside its complement. */
  const unnamedWithNoun = (speaker: Speaker, noun: string): Speaker | null => {
    for (let i = unnamedSpeakers.length - 1; i >= 0; i--) {
      const earlier = unnamedSpeakers[i] as Speaker;
      // ("the hospital" is not "a spokesperson for the hospital": a noun in the complement is another party.)
      const words = splitOnSpaces((earlier.name ?? "").toLowerCase());
      const complement = words.findIndex((word) => lexicon.prepositions.has(word));
      const described = ` ${(complement > 0 ? words.slice(0, complement) : words).join(" ")} `;
      if (earlier.name !== speaker.name && described.includes(` ${noun} `)) return { ...earlier, text: speaker.text };
    }
    return null;
  };

  /**
   * Who spoke through a document the text introduced as the medium of a report ("The mayor's office said in a
   * statement that …. According to the statement, …", « affirme le ministère dans un communiqué. Le texte précise »):
   * the speaker given a quote in the sentence that introduced it.
   */
  const documentSpeakerFor = (speaker: Speaker, position: number): Speaker | null => {
    const noun = definiteNoun(speaker);
    // « le texte », "the document" stand for whichever document was introduced last.
    const anaphor = noun !== null && lexicon.documentAnaphors.has(noun);
    if (noun === null || !(anaphor || lexicon.documentNouns.has(noun)) || documentScans++ >= MAX_DOCUMENT_SCANS) return null;
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
    for (let i = spokenAt.length - 1; i >= 0; i--) {
      const spoken = spokenAt[i] as { start: number; end: number; speaker: Speaker };
      if (spoken.end < sentenceStart) break;
      if (spoken.start <= sentenceEnd) return { ...spoken.speaker, text: speaker.text };
    }
    return null;
  };

  /**
   * A description a demonstrative opens (« cette mère de trois enfants ») or an owner's body a possessive opens
   * (« son cabinet », "her office"): someone already met, the unnamed one with that noun or the person pointed back to.
   */
  const determinedPerson = (speaker: Speaker, position: number): Speaker | null => {
    const words = splitOnSpaces(foldApostrophes((speaker.text ?? "").toLowerCase()));
    const [determiner = "", noun = ""] = words;
    if (lexicon.organizationNouns.has(noun)) return null;
    if (lexicon.demonstrativeDeterminers.has(determiner)) return unnamedWithNoun(speaker, noun) ?? personPointedBack(speaker, position);
    if (lexicon.possessives.has(determiner) && words.length === 2 && lexicon.ownerVoices.has(noun) && !isPersonalBody(noun, lexicon)) {
      const owner = resolvePronoun({ regionStart: position, regionEnd: position, prefer: "last", pronoun: determiner, phraseStart: position, phraseEnd: position, sameAs: null });
      return owner.isPerson && owner.name !== null ? { ...owner, text: speaker.text } : null;
    }
    return null;
  };

  /** The noun of a definite description of two words ("l'élu", "the company"), its age or medium aside; or null. */
  // (Several rules ask it of the same speaker in turn: the last answer is kept.)
  let definiteNounText: string | null = null;
  let definiteNounRead: string | null = null;
  const definiteNoun = (speaker: Speaker): string | null => {
    const written = speaker.text ?? "";
    if (written === definiteNounText) return definiteNounRead;
    const age = lexicon.words.ageComplement;
    const words = descriptionWords(age ? written.replace(age, "") : written);
    // "précise l'entreprise dans un communiqué", "the company said in a statement": the medium after the noun is not its own.
    // (A genitive opens the noun's own complement: « le cabinet de Mme Ferrand » is no « cabinet » alone.)
    const medium = words.length > 2 && lexicon.audience.has(words[2] as string) && lexicon.prepositions.has(words[2] as string) && !lexicon.genitives.has(words[2] as string);
    const count = medium ? 2 : words.length;
    const definite = count === 2 && lexicon.articles.has(words[0] as string) && !lexicon.words.indefiniteArticles.includes(words[0] as string);
    definiteNounText = written;
    definiteNounRead = definite ? (words[1] as string) : null;
    return definiteNounRead;
  };

  /** The person a noun pointing back stands for: a new subject, else the person who spoke last, else the person named last. */
  const personPointedBack = (speaker: Speaker, position: number): Speaker | null => {
    // "Son entraîneur, Julien Castex, loue sa régularité. « … », souligne le technicien": the new subject.
    const subject = subjectSince(position);
    if (subject) return { name: subject.name, text: speaker.text, isPerson: true, isNamed: true };
    // "Bertin a répondu aux critiques. « … », a assuré l'élu": one who opened a sentence since the last speaker.
    const named = lastMentionBefore(mentions, position, true);
    if (lastSpeaker && named && named.start >= lastSpeakerAt && named.name !== lastSpeaker.name && opensClause(ctx.text, named.start, named.end, lexicon)) return { name: named.name, text: speaker.text, isPerson: true, isNamed: true };
    if (lastSpeaker?.isPerson && lastSpeaker.isNamed) return { ...lastSpeaker, text: speaker.text };
    return named ? { name: named.name, text: speaker.text, isPerson: true, isNamed: true } : null;
  };

  /**
   * A definite noun that gives a person's age and no title anyone holds ("the 29-year-old", « le coureur de 29 ans »):
   * no one new is introduced by age, so it points back like « l'élu » (« le président » alone may be someone new).
   */
  const personNounFor = (speaker: Speaker, position: number): Speaker | null => {
    const article = descriptionWords(speaker.text ?? "")[0] ?? "";
    if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
    // The noun as the speaker is named, after any medium ("le coureur de 29 ans au micro de …" → "coureur de 29 ans").
    const name = (speaker.name ?? "").toLowerCase();
    const age = lexicon.words.ageComplement;
    const noun = age ? name.replace(age, "") : name;
    const aged = AGE_NOUN.test(name) || (noun !== name && personRoleNouns(ctx).has(noun));
    return aged ? personPointedBack(speaker, position) : null;
  };

  /**
   * A definite description that no one holds as a title and that re-describes someone already introduced: headed by a
   * noun of that kind with its modifiers ("the board member", "the trust leader", « la jeune militante »), or a past
   * role (« l'ancien maire de Saint-Sulpice », "the former minister"). It points back like « l'élu ».
   */
  const redescribedPerson = (speaker: Speaker, position: number): Speaker | null => {
    const words = descriptionWords(speaker.text ?? "");
    const article = words[0] ?? "";
    if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
    const described = words.slice(1);
    const former = lexicon.formerMarkers.has((described[0] ?? "").replace(/-$/u, ""));
    // (« l'ancien international » too: a past the text gave no one as a title re-describes someone met, like a past role.)
    if (former) {
      const pastRole = personRoleNouns(ctx).has(described[1] ?? "") || (startsLowerCase(described[1] ?? "") && described.length <= MAX_REDESCRIPTION_WORDS);
      return pastRole ? personPointedBack(speaker, position) : null;
    }
    if (described.length < 2 || described.length > MAX_REDESCRIPTION_WORDS || described.some((word) => lexicon.functionWords.has(word) || !startsLowerCase(word))) return null;
    const head = lexicon.words.modifiersPrecedeNoun ? described[described.length - 1] : described.find((word) => lexicon.anaphoricPersonNouns.has(word));
    return head !== undefined && lexicon.anaphoricPersonNouns.has(head) ? personPointedBack(speaker, position) : null;
  };

  /**
   * A bare elected title no one holds (« le député a affirmé ») right after an elected official spoke under another
   * mandate (« Thierry Mauduit, ancien maire de … »), with no one else named since: the same person, who holds both.
   */
  const otherMandateHolder = (speaker: Speaker, position: number): Speaker | null => {
    const noun = definiteNoun(speaker);
    if (noun === null || !lexicon.electedTitles.has(noun) || !lastSpeaker?.isPerson || !lastSpeaker.isNamed || lastSpeaker.name === null) return null;
    const elected = rolesOf(lastSpeaker.name).some((role) => phraseWords(role).some((word) => word !== noun && lexicon.electedTitles.has(word)));
    const named = lastMentionBefore(mentions, position, true);
    const someoneElse = named !== null && named.name !== lastSpeaker.name && named.start >= lastSpeakerAt;
    return elected && !someoneElse ? { ...lastSpeaker, text: speaker.text } : null;
  };

  /**
   * A definite description of a person's role that no one holds ("a commenté le leader du classement général"),
   * right after someone became the subject since the last speaker ("Le maillot jaune, le Norvégien Lars Dahl, a
   * terminé …"): it describes that subject. With no new subject it stays a noun (« le président du tribunal »).
   */
  const describedSubject = (speaker: Speaker, position: number): Speaker | null => {
    const article = descriptionWords(speaker.text ?? "")[0] ?? "";
    if (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article)) return null;
    if (!personRoleNouns(ctx).has(headNoun(speaker.name ?? "", lexicon))) return null;
    const subject = subjectSince(position);
    return subject ? { name: subject.name, text: speaker.text, isPerson: true, isNamed: true } : null;
  };

  /**
   * The person a definite role noun stands for ("a précisé le ministre", "the minister said"): of the
   * people the text gave that role, the one named last before `position`.
   */
  const roleHolderFor = (speaker: Speaker, position: number): Speaker | null => {
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
  };

  /** Each person's roles, by name, lower-cased: made on first use. */
  let roles: Map<string, string[]> | null = null;
  const rolesOf = (name: string): readonly string[] => {
    roles ??= new Map(ctx.people.map((person) => [person.name, person.roles.map((role) => role.toLowerCase())]));
    return roles.get(name) ?? [];
  };

  /** A person's gender learnt from a pronoun that stood for them ("a-t-il ajouté"), where their given name tells none. */
  const pronounGenders = new Map<string, Gender>();
  const genderOf = (name: string): Gender | null => pronounGenders.get(name) ?? givenNameGender(name, lexicon);

  /**
   * The pronoun's speaker, agreeing with it in gender: "elle" after Pierre Lemoine spoke is the
   * last woman who spoke before him, or else the last woman named.
   */
  const resolvePronoun = (entry: QuoteEvidence): Speaker => {
    const gender = pronounGender(entry.pronoun ?? "", lexicon);
    // One who has become the subject since the last speaker, of the pronoun's gender or of none known, is the one it stands for.
    const subject = entry.pronoun !== DEMONSTRATIVE ? subjectSince(entry.regionStart) : null;
    const subjectGender = subject ? genderOf(subject.name) : null;
    if (subject && (gender === null || subjectGender === null || subjectGender === gender)) {
      if (gender !== null && subjectGender === null && pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(subject.name, gender);
      return { name: subject.name, text: ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun, isPerson: true, isNamed: true };
    }
    const speaker = pronounByPosition(entry);
    if (gender === null || !speaker.isPerson || speaker.name === null) return speaker;
    const own = genderOf(speaker.name);
    if (own === gender) return speaker;
    if (own === null) {
      // One who goes on speaking keeps the pronoun; a person only named last gives way to one nearby whose given
      // name agrees ("Ursula von der Leyen a répondu à Viktor Orban. « … », a-t-elle affirmé"). Whoever keeps it is
      // learnt to be of its gender.
      const continues = speaker.name === lastSpeaker?.name;
      const agreeing = continues ? null : namedOfGender(gender, entry.regionStart, entry.regionStart - PRONOUN_WINDOW, speaker);
      if (agreeing) return agreeing;
      if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(speaker.name, gender);
      return speaker;
    }
    /** The latest earlier speaker whose gender nothing tells: "she" after Tom Reyes spoke may be Jade Hurst. */
    let untold: Speaker | null = null;
    for (let i = attributed.length - 1; i >= 0; i--) {
      const earlier = (attributed[i] as SaidWords).speaker;
      if (!earlier.isPerson || earlier.name === null) continue;
      const earlierGender = genderOf(earlier.name);
      if (earlierGender === gender) return { ...earlier, text: speaker.text };
      if (earlierGender === null) untold ??= earlier;
    }
    const named = namedOfGender(gender, entry.regionStart, 0, speaker);
    if (named) return named;
    if (!untold?.name) return speaker;
    if (pronounGenders.size < MAX_WRITTEN_PEOPLE) pronounGenders.set(untold.name, gender);
    return { ...untold, text: speaker.text };
  };

  /** The person of `gender` named last before `position` (and from `from` on). */
  const namedOfGender = (gender: Gender, position: number, from: number, speaker: Speaker): Speaker | null => {
    for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_GENDER_MENTIONS; i--, seen++) {
      const mention = mentions[i] as NamedMention;
      if (mention.start < from) return null;
      if (!mention.isPerson || genderOf(mention.name) !== gender) continue;
      // The subject of the sentence that names this person as an object, if nothing says it is of the other gender.
      const subject = subjectBeforeObject(mention);
      const chosen = subject && (genderOf(subject.name) ?? gender) === gender ? subject : mention;
      return { name: chosen.name, text: speaker.text, isPerson: true, isNamed: true };
    }
    return null;
  };

  /**
   * A person other than the last speaker who has become a sentence's subject since that speaker's
   * quote, named in apposition to the subject's title ("Le porte-parole, Esmaïl Baghaï, s'est montré
   * prudent.", "The principal, Mark Vidal, stayed calm."); the latest such before `position`.
   */
  const subjectSince = (position: number): NamedMention | null => {
    if (!lastSpeaker) return null;
    for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < MAX_SUBJECT_MENTIONS; i--, seen++) {
      const mention = mentions[i] as NamedMention;
      if (mention.start < lastSpeakerAt) return null;
      if (mention.isPerson && mention.name !== lastSpeaker.name && subjectInApposition(mention)) return mention;
    }
    return null;
  };

  const pronounByPosition = (entry: QuoteEvidence): Speaker => {
    const text = ctx.text.slice(entry.phraseStart, entry.phraseEnd) || entry.pronoun;
    // « "Nobody wins a long strike," he said »: one named inside the quote is not the one who says it.
    const before = Math.min(entry.regionStart, quoteOpensAt);
    const mention = lastMentionBefore(mentions, before, true);
    // A personal pronoun stands for a person: a group or body that spoke last gives way to a person named since ("selon lui"),
    // and a person who spoke last to another person who has since opened a sentence as its subject.
    const personSince = lastSpeaker !== null && mention !== null && mention.start >= lastSpeakerAt && (!lastSpeaker.isPerson || (mention.name !== lastSpeaker.name && opensClause(ctx.text, mention.start, mention.end, lexicon)));
    // "His lawyers said … He said …": one person is not the group that spoke last.
    const groupForOne = lastSpeaker !== null && !lastSpeaker.isNamed && PLURAL_END.test(lastSpeaker.name ?? "") && lexicon.singularPronouns.has(entry.pronoun ?? "");
    // "They also report …" after one person spoke: a plural pronoun is a group's, the organization that spoke last or no one.
    if (lexicon.pluralPronouns.has((entry.pronoun ?? "").toLowerCase()) && (lastSpeaker === null || lastSpeaker.isPerson)) {
      return lastOrganization ? { ...lastOrganization, text } : { ...NO_SPEAKER, text };
    }
    // "In a statement, it said …": "it" is the body or company that spoke last, or the one named last nearby.
    if (lexicon.nonPersonPronouns.has((entry.pronoun ?? "").toLowerCase())) {
      if (lastSpeaker !== null && !lastSpeaker.isPerson && lastSpeaker.name !== null) return { ...lastSpeaker, text };
      const organization = lastMentionBefore(mentions, before, false);
      if (organization && !organization.isPerson && before - organization.start <= ORGANIZATION_WINDOW) return { name: organization.name, text, isPerson: false, isNamed: true };
      if (lastOrganization) return { ...lastOrganization, text };
    }
    if (entry.pronoun !== DEMONSTRATIVE && lastSpeaker?.name && !personSince && !groupForOne) return { ...lastSpeaker, text };
    const written = scans++ < MAX_WRITTEN_SCANS ? lastWrittenPerson(ctx, names, before, lexicon) : null;
    // "Carrel a critiqué le Premier ministre, Marc Vidal. « … », a-t-il prévenu": a personal pronoun goes on with the
    // sentence's subject, not with its object named last (a demonstrative, « celui-ci », does point at the last one).
    const subject = mention && entry.pronoun !== DEMONSTRATIVE ? subjectBeforeObject(mention) : null;
    const name = written && (!mention || written.at >= mention.end) ? written.person.name : (subject ?? mention)?.name;
    return name ? { name, text, isPerson: true, isNamed: true } : { ...NO_SPEAKER, text };
  };

  /** The person who is the subject of the sentence in which `object` is named later and not as a subject; or null. */
  const subjectBeforeObject = (object: NamedMention): NamedMention | null => {
    const isSubject = (mention: NamedMention): boolean => opensSentence(ctx.text, mention.start) || subjectInApposition(mention);
    if (isSubject(object)) return null;
    const index = firstAtOrAfter(mentions, object.start);
    // The last sentence break before the object (/[.!?\n]\s/u), read back only as far as the mentions tried reach.
    let breakAt = -1;
    let unread = object.start - 2;
    for (let i = index - 1, seen = 0; i >= 0 && seen < MAX_SUBJECT_MENTIONS; i--, seen++) {
      const mention = mentions[i] as NamedMention;
      while (breakAt < 0 && unread >= mention.end) {
        if (isSentenceBreak(ctx.text, unread)) breakAt = unread;
        else unread--;
      }
      // Only within the object's sentence: a sentence break between them ends the search.
      if (breakAt >= mention.end) return null;
      if (mention.isPerson && mention.name !== object.name && isSubject(mention)) return mention;
    }
    return null;
  };

  /** `isSubjectInApposition` of each mention, once read: the same mentions are read back from every pronoun and noun after them. */
  const appositionSubjects = new Map<NamedMention, boolean>();
  const subjectInApposition = (mention: NamedMention): boolean => {
    let subject = appositionSubjects.get(mention);
    if (subject === undefined) {
      subject = isSubjectInApposition(ctx.text, mention, lexicon, rolesOf(mention.name));
      appositionSubjects.set(mention, subject);
    }
    return subject;
  };

  /** The names of the document's places, made on first use. */
  let places: Set<string> | null = null;
  const placeNames = (): Set<string> => (places ??= new Set(ctx.places.map((place) => place.name)));
  const keep: boolean[] = [];
  /** The speaker given to each quote, in order. */
  const given: Speaker[] = [];
  const attributed: SaidWords[] = [];
  /** The latest quotes given a named speaker, where they stand in the text: what a document introduced beside them says is theirs. */
  const spokenAt: { start: number; end: number; speaker: Speaker }[] = [];
  /** Where the direct quote being attributed opens (the text's end for reported speech). */
  let quoteOpensAt = ctx.text.length;
  ctx.quotes.forEach((quote, i) => {
    const entry = evidence[i];
    quoteOpensAt = quote.kind === "direct" ? quote.start : ctx.text.length;
    const found = entry && (entry.regionEnd > entry.regionStart || entry.pronoun !== null || entry.sameAs) ? resolve(entry) : NO_SPEAKER;
    // Without a verb of saying, an unnamed speaker is only read from "le syndicat : « … »"; the subject of
    // any other sentence ("d'autres thèmes seront abordés, tels que « … »") is not the one quoted.
    // Read only for a speaker it could take away: with no evidence, the phrase ends at 0 and the text before the quote is long.
    // (A name the entity stage missed still shows a capital past its first letter: "The United Auto Workers union called …";
    // a capital speaks for its state: « Lisbonne reproche aux diplomates des activités « … » ».)
    const named = found.name !== null && (hasInnerCapital(found.name) || placeNames().has(found.name));
    const unsaid = found.name !== null && quote.cue === null && entry && !entry.sameAs && !found.isNamed && !named && !ctx.text.slice(entry.phraseEnd, quote.start).includes(":");
    // Words quoted again without a verb of saying are an echo: they stay with the one who said them first.
    const echoed = quote.cue === null && !entry?.sameAs ? echoedSpeaker(quote.text, attributed) : null;
    const speaker = echoed ?? (unsaid ? NO_SPEAKER : found);
    quote.speaker = speaker.name;
    quote.speakerText = speaker.name === null ? null : speaker.text;
    if (speaker.name !== null && !echoed && attributed.length < MAX_ECHO_SOURCES) attributed.push({ text: quote.text, words: null, speaker });
    if (speaker.isNamed) {
      spokenAt.push({ start: quote.start, end: quote.end, speaker });
      if (spokenAt.length > MAX_SPOKEN_POSITIONS) spokenAt.shift();
    }
    // A name the entity stage missed still shows a capital past its first letter ("Sud-Rail"); a sentence's first word ("Officials") does not.
    if (speaker.name !== null && !speaker.isPerson && (speaker.isNamed || hasInnerCapital(speaker.name))) {
      lastOrganization = speaker;
      spokenOrganizations.push(speaker);
      if (spokenOrganizations.length > MAX_SPOKEN_ORGANIZATIONS) spokenOrganizations.shift();
    }
    if (speaker.name !== null && !echoed && (speaker.isPerson || !lastSpeaker?.isPerson || !speaker.isNamed)) {
      lastSpeaker = speaker;
      lastSpeakerAt = quote.end;
    }
    keep.push(quote.kind === "direct" || quote.speaker !== null || found === UNAUTHORED_RECORD);
    given.push(speaker);
  });
  // "He said that leaders should act, \"and we should …\"": words quoted inside someone's reported speech are theirs, unless
  // the text names who else said them.
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    if (!quote || quote.kind !== "direct" || speaker.isNamed) return;
    const reported = ctx.quotes.find((other, k) => other.kind === "indirect" && keep[k] && (given[k] as Speaker).isNamed && other.start <= quote.start && quote.end <= other.end);
    if (reported) {
      quote.speaker = reported.speaker;
      quote.speakerText = reported.speakerText;
      given[i] = given[ctx.quotes.indexOf(reported)] as Speaker;
    }
  });
  // A quotation left with no speaker, after a verb of saying or as a sentence of its own, goes on with whoever was
  // quoted just before it; with no one quoted before, it is the words of the person whose remarks the text announced
  // (« les principales déclarations de X »). (Words quoted with no verb in the middle of a sentence, « des thèmes tels
  // que « … » », stay no one's.)
  const announced = announcedSpeaker(ctx, lexicon);
  let previous: Speaker | null = null;
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    if (!quote || !keep[i]) return;
    if (speaker.name !== null) previous = speaker;
    else if (quote.kind === "direct" && speaker !== UNAUTHORED_RECORD && (quote.cue !== null || opensSentenceAlone(ctx.text, quote.start))) {
      const continued: Speaker | null = previous ?? (announced && announced.at < quote.start ? announced.speaker : null);
      if (continued) {
        quote.speaker = continued.name;
        given[i] = continued;
      }
    }
  });
  // « a annoncé la présidence » before the text names it in full (« la Présidence de la République a précisé »): a body's
  // bare noun is the one body heading with that noun among those that speak by name.
  const bodies = new Set(given.filter((speaker) => speaker.isNamed && !speaker.isPerson && speaker.name !== null).map((speaker) => speaker.name as string));
  given.forEach((speaker, i) => {
    const quote = ctx.quotes[i];
    const noun = (speaker.name ?? "").toLowerCase();
    if (!quote || speaker.isNamed || speaker.isPerson || !lexicon.organizationNouns.has(noun)) return;
    const headed = [...bodies].filter((body) => body.toLowerCase().startsWith(`${noun} `));
    if (headed.length === 1) {
      quote.speaker = headed[0] as string;
      given[i] = { ...speaker, name: headed[0] as string, isNamed: true };
    }
  });
  // "the spokesman said", « le premier ministre a assuré »: a definite title no one in the text holds stands for the
  // one person the text quotes by name who is given no title at all, when there is just one.
  // A capitalised title written alone ("Minister added"), with no one quoted by name, stands for the one person the text
  // names and gives no title (« le maire » may be someone the text never names).
  const quotedUntitled = new Set(given.filter((speaker) => speaker.isPerson && speaker.name !== null && rolesOf(speaker.name).length === 0).map((speaker) => speaker.name as string));
  const untitled = ctx.people.filter((person) => person.roles.length === 0);
  const bareOnly = quotedUntitled.size === 0 && untitled.length === 1;
  if (bareOnly) quotedUntitled.add((untitled[0] as PersonEntity).name);
  if (quotedUntitled.size === 1) {
    const [person = null] = quotedUntitled;
    // A pronoun that went on with the title ("a-t-il dit") goes on with the person too.
    const titles = new Set(given.filter((speaker) => !speaker.isNamed && !speaker.isPerson && speaker.name !== null && (isUnheldTitle(speaker, ctx, lexicon) === "bare" || (!bareOnly && isUnheldTitle(speaker, ctx, lexicon) !== null))).map((speaker) => speaker.name));
    given.forEach((speaker, i) => {
      const quote = ctx.quotes[i];
      if (quote && !speaker.isNamed && !speaker.isPerson && titles.has(speaker.name)) quote.speaker = person;
    });
  }
  ctx.quotes = ctx.quotes.filter((_, i) => keep[i]);
  ctx.quoteEvidence = evidence.filter((_, i) => keep[i]);
}

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
function acronymExpansion(ctx: DocumentContext, name: string, lexicon: Lexicon): string | null {
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

/** The word with each "’" read as "'" (the replacement runs only where there is one). */
function foldApostrophes(word: string): string {
  return word.includes("’") ? word.replace(/’/g, "'") : word;
}

/** `text.slice(start, end).search(/\s/u)`: where the first white space is, from `start`; or -1. */
function firstSpaceIn(text: string, start: number, end: number): number {
  for (let i = start; i < end && i < text.length; i++) if (isSpace(text.charCodeAt(i))) return i - start;
  return -1;
}

/** `/^\s*,/u.test(text.slice(from, from + length))`: a comma after white space only, within `length` characters. */
function commaAfter(text: string, from: number, length: number): boolean {
  const end = Math.min(text.length, from + length);
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i < end && text.charCodeAt(i) === 44;
}

/** `text.split(/\s+/u)`, read without a regular expression: the words between runs of white space. */
function splitOnSpaces(text: string): string[] {
  const words: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    words.push(text.slice(start, i));
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    start = i;
  }
  words.push(text.slice(start));
  return words;
}

/** Whether the UTF-16 code is white space as `\s` reads it (space separators and line terminators). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text.split(/\s+|(?<=^l')/u)`: the words between runs of white space, an opening "l'" a word of its own. */
function elisionWords(text: string): string[] {
  if (text.length > 2 && text.startsWith("l'") && !isSpace(text.charCodeAt(2))) return ["l'", ...splitOnSpaces(text.slice(2))];
  return splitOnSpaces(text);
}

/** The phrase `lowerCaseWords` read last, and its words: the rules that try a phrase in turn read the same words. */
let wordedPhrase: string | null = null;
let lowerWords: string[] = [];
let foldedLowerWords: string[] = [];

/** The phrase's lower-case words between white space (with `folded`, "’" read as "'"); shared, so never to be changed. */
function lowerCaseWords(phrase: string, folded: boolean): readonly string[] {
  if (phrase !== wordedPhrase) {
    const lowered = phrase.toLowerCase();
    lowerWords = splitOnSpaces(lowered);
    foldedLowerWords = lowered.includes("’") ? splitOnSpaces(lowered.replace(/’/g, "'")) : lowerWords;
    wordedPhrase = phrase;
  }
  return folded ? foldedLowerWords : lowerWords;
}

/** The text `descriptionWords` read last, and its words: several rules read the same description in turn. */
let describedText: string | null = null;
let describedWords: readonly string[] = [];

/** A description's words as they are compared: lower case, "’" read as "'", an opening "l'" apart ("l'élu" → "l'", "élu"). */
function descriptionWords(text: string): readonly string[] {
  if (text !== describedText) {
    describedWords = elisionWords(foldApostrophes(text.toLowerCase()));
    describedText = text;
  }
  return describedWords;
}

/**
 * Whether the mention at `start` opens its sentence, as its subject does: another person who
 * spoke last gives way to one who has since become the subject ("Jim Doe watched. “…,” he said.").
 */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  return i < 0 || ".!?\n".includes(text[i] as string);
}

/**
 * Whether the mention at `start` opens its sentence as its subject, perhaps behind a short adjunct and its comma
 * ("Lundi 23 janvier, Trump a signé …", "On Monday, Hale signed …"): then its verb follows it.
 */
function opensClause(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  if (opensSentence(text, start)) return true;
  let i = start - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (text[i] !== ",") return false;
  const from = Math.max(0, i - LEAD_ADJUNCT_WINDOW);
  let words = 0;
  for (let k = i - 1; k >= from; k--) {
    const mark = text[k] as string;
    if (mark === "," || mark === ";" || mark === ":" || mark === "«" || mark === "“" || mark === '"') return false;
    if ((k === 0 || isSpace(text.charCodeAt(k - 1))) && !isSpace(text.charCodeAt(k))) words++;
    if (k === 0 || text[k - 1] === "\n" || isSentenceBreak(text, k - 1)) return words <= MAX_ADJUNCT_WORDS && isVerbLike(wordRightAfter(text, end)?.[1] ?? "", lexicon);
  }
  return false;
}

/** Characters read back for an adjunct before a sentence's subject ("Lundi 23 janvier, "). */
const LEAD_ADJUNCT_WINDOW = 60;

/** Whether a sentence ends at `at`, white space after its mark: where /[.!?\n]\s/u matches. */
function isSentenceBreak(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  return (mark === 46 || mark === 33 || mark === 63 || mark === 10) && isSpace(text.charCodeAt(at + 1));
}

/** How far back an organization introduced by its noun ("company Nexora") is looked for, in characters. */
const INTRODUCTION_WINDOW = 1500;
/** A capitalised name right after the noun: "company Nexora", « groupe Danone ». */
const NAME_AFTER_NOUN = /^\s+(\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*){0,3})/u;

/** The name of the last organization introduced before `position` by `noun` followed by its name ("company Nexora"), or null. */
function introducedAs(text: string, noun: string, position: number): string | null {
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
const ORGANIZATION_WINDOW = 400;

/** An article right before a word, with the space after it or its elision ("la ", "l'"). */
const ARTICLE_BEFORE = /(\p{L}+['’]|\p{L}+)\s*$/u;
/** Longest article with its space, in characters ("les ", "the "). */
const MAX_ARTICLE_LENGTH = 5;
/** Words of a description that re-describes someone ("the veteran board member"), at most. */
const MAX_REDESCRIPTION_WORDS = 3;
/** Mentions read back for a new subject since the last speaker, at most. */
const MAX_SUBJECT_MENTIONS = 20;
/** The title before a name in apposition, then the name, then a comma and the word after it. */
// ("Le maillot jaune, le Norvégien Lars Dahl, …": a determiner and a capitalised demonym or title may stand before the name.)
const TITLE_BEFORE = /(?:^|[.!?\n]\s*|,\s*)([\p{L}'’]+)[^,.!?\n«»“”"]{0,80},\s*(?:\p{Ll}+\s+\p{Lu}[\p{L}'’-]*\s+)?$/u;
const WORD_AFTER = /^\s*,\s*([\p{L}'’]+)/u;

/**
 * Whether a name is the subject of its sentence in apposition to a title that opens the clause
 * ("Son entraîneur, Julien Castex, loue …", "À Téhéran, le porte-parole, Esmaïl Baghaï, s'est
 * montré …"): a determiner opens the title, and a verb (not a relative, a preposition, a date) follows.
 */
function isSubjectInApposition(text: string, mention: NamedMention, lexicon: Lexicon, roles: readonly string[]): boolean {
  if (isTitledSubject(text, mention, lexicon, roles)) return true;
  // "The mayor, Karen Holt, who did not vote, welcomed …": the relative clause on the name stands before the verb.
  const relative = setOffAfterName(text, mention.end, lexicon, false);
  const after = relative > 0 ? wordRightAfter(text, mention.end + relative) : commaAfter(text, mention.end, 40) ? WORD_AFTER.exec(text.slice(mention.end, mention.end + 40)) : null;
  if (!isVerbLike(after?.[1] ?? "", lexicon)) return false;
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, mention.start - 100), mention.start));
  const opener = foldApostrophes(before?.[1]?.toLowerCase() ?? "");
  // "Norvik's chief executive, Victor Hale, …": a name's possessive determines the title as an article does.
  return lexicon.articles.has(opener) || lexicon.possessives.has(opener) || /^(?:l|d)'/u.test(opener) || /\p{L}'s$/u.test(opener);
}

/** A sentence opening with a determiner and a title's words, up to the name: "La réalisatrice ", "Son avocat ", « Le Premier ministre ». */
// (An elided article makes one word of the article and the title: "L’écologiste Nadia Ferhat observe …".)
const TITLE_OPENING = /(?:^|[.!?:\n]\s*)(?:([\p{Lu}][\p{L}'’]*)(?:\s+[\p{L}][\p{L}'’-]*){1,4}|([LD]['’]\p{Ll}[\p{L}'’-]*)(?:\s+[\p{Ll}][\p{L}'’-]*){0,3})\s+$/u;
const WORD_RIGHT_AFTER = /^\s+([\p{L}'’]+)/u;

/** `WORD_RIGHT_AFTER` read at `from`: the regex runs only where white space opens the stretch. */
function wordRightAfter(text: string, from: number): RegExpExecArray | null {
  return isSpace(text.charCodeAt(from)) ? WORD_RIGHT_AFTER.exec(text.slice(from, from + 40)) : null;
}

/** A relative clause set off by commas right after a name: ", who chairs the trust,", ", qui préside l'association,". */
const RELATIVE_SET_OFF = /^\s*,\s*([\p{L}]+)[^,.;!?«»“”"\n]{1,100},/u;

/**
 * Whether a name opens its sentence behind its title, then its verb: "La réalisatrice Camille Hervé présente …",
 * "Former minister Alastair Boyd, who lives there, spoke …" (a title without article is one the text gives the person).
 */
function isTitledSubject(text: string, mention: NamedMention, lexicon: Lexicon, roles: readonly string[]): boolean {
  // "Retired judge Maria Cole, who chairs the trust, backed …", « Le docteur Loïc Tanguy, chef du service, a été … ».
  let verbFrom = mention.end + setOffAfterName(text, mention.end, lexicon, true);
  let next = wordRightAfter(text, verbFrom);
  // ("Trade Minister Paul Varley on Monday held …": a time between the name and its verb.)
  for (let words = 0; words < MAX_TIME_WORDS && next && lexicon.audience.has(foldApostrophes((next[1] as string).toLowerCase())) && !lexicon.articles.has((next[1] as string).toLowerCase()); words++) {
    verbFrom += next[0].length;
    next = wordRightAfter(text, verbFrom);
  }
  if (!isVerbLike(next?.[1] ?? "", lexicon)) return false;
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  const title = TITLE_OPENING.exec(before);
  const opener = foldApostrophes((title?.[1] ?? title?.[2])?.toLowerCase() ?? "");
  if (lexicon.articles.has(opener) || lexicon.possessives.has(opener) || /^(?:l|d)'/u.test(opener)) return true;
  const written = title ? title[0].replace(/^[.!?:\s]+/u, "").trim().toLowerCase() : "";
  return written !== "" && roles.includes(written);
}

/** Time words read past between a titled name and its verb ("on Monday", « mardi soir »), at most. */
const MAX_TIME_WORDS = 3;

/** How far after a name its relative clause and verb are read, in characters. */
const RELATIVE_WINDOW = 160;

/**
 * The length of a relative clause set off by commas right after a name (", who chairs the trust,"), or with
 * `apposition` of any lower-case apposition (", chef du service,"); 0 when none.
 */
function setOffAfterName(text: string, end: number, lexicon: Lexicon, apposition: boolean): number {
  // (The clause opens with a comma: without one the regex need not run.)
  const setOff = commaAfter(text, end, RELATIVE_WINDOW) ? RELATIVE_SET_OFF.exec(text.slice(end, end + RELATIVE_WINDOW)) : null;
  const first = setOff?.[1] ?? "";
  const word = first.toLowerCase();
  const relative = lexicon.relativePronouns.has(word) && !lexicon.complementizers.has(word) && !lexicon.locativeRelatives.has(word);
  const apposed = apposition && startsLowerCase(first) && !lexicon.functionWords.has(word) && !lexicon.relativePronouns.has(word);
  return setOff && (relative || apposed) ? setOff[0].length : 0;
}

/** Whether a word after a subject can be its verb: an auxiliary or copula, or a lower-case word that is no grammatical word. */
function isVerbLike(word: string, lexicon: Lexicon): boolean {
  const folded = foldApostrophes(word.toLowerCase());
  if (folded === "" || !startsLowerCase(word)) return false;
  if (lexicon.auxiliaries.has(folded) || lexicon.copulas.has(folded)) return true;
  return !(lexicon.functionWords.has(folded) || lexicon.relativePronouns.has(folded) || lexicon.prepositions.has(folded) || lexicon.audience.has(folded) || lexicon.articles.has(folded));
}

type Gender = "feminine" | "masculine";

/** Mentions read back for a person of a pronoun's gender, at most. */
const MAX_GENDER_MENTIONS = 200;

function pronounGender(pronoun: string, lexicon: Lexicon): Gender | null {
  const folded = pronoun.toLowerCase();
  if (lexicon.femininePronouns.has(folded)) return "feminine";
  return lexicon.masculinePronouns.has(folded) ? "masculine" : null;
}

/** The gender the first given name tells ("Sophie Marchand", "Jean-Pierre Dupont"), or null. */
function givenNameGender(name: string, lexicon: Lexicon): Gender | null {
  const first = (name.split(" ")[0] as string).toLowerCase();
  const given = lexicon.feminineGivenNames.has(first) || lexicon.masculineGivenNames.has(first) ? first : (first.split("-")[0] as string);
  if (lexicon.feminineGivenNames.has(given)) return "feminine";
  return lexicon.masculineGivenNames.has(given) ? "masculine" : null;
}

/** A person named by their age: "the 29-year-old". */
const AGE_NOUN = /^\d{1,3}-year-old$/u;

/** A locale's word list lower-cased, as a set: made once per list, not per quote. */
const lowerCaseSets = new WeakMap<readonly string[], Set<string>>();

function lowerCaseSet(list: readonly string[]): Set<string> {
  let known = lowerCaseSets.get(list);
  if (!known) {
    known = new Set(list.map((word) => word.toLowerCase()));
    lowerCaseSets.set(list, known);
  }
  return known;
}

/**
 * How an unnamed speaker is written as one person's title with no complement: with a definite article ("the spokesman",
 * « le premier ministre »), or capitalised alone ("Minister added"); null for anything else (« le président du
 * tribunal » may be someone new, "ministers" a group).
 */
function isUnheldTitle(speaker: Speaker, ctx: DocumentContext, lexicon: Lexicon): "bare" | "definite" | null {
  const words = descriptionWords(speaker.text ?? "");
  // ("Minister added", "Sports Minister said": a capitalised title written alone is as definite as one with its article.)
  const bare = words.length <= 2 && startsUpperCase((speaker.text ?? "").trim()) && !lexicon.articles.has(words[0] ?? "");
  const [article = "", ...rest] = words;
  const title = bare ? words : rest;
  if (!bare && (!lexicon.articles.has(article) || lexicon.words.indefiniteArticles.includes(article))) return null;
  if (title.some((word) => lexicon.functionWords.has(word))) return null;
  const roleNouns = personRoleNouns(ctx);
  const held = title.some((word) => roleNouns.has(word)) && !title.some((word) => PLURAL_END.test(word) && roleNouns.has(word.slice(0, -1)));
  return !held ? null : bare ? "bare" : "definite";
}

/**
 * The first person whose words the text announces as a noun of speech owned by them ("the remarks by Clara Vidal",
 * « les déclarations de Clara Vidal »), with where the announcement ends; null when there is none.
 */
function announcedSpeaker(ctx: DocumentContext, lexicon: Lexicon): { speaker: Speaker; at: number } | null {
  for (const person of ctx.people) {
    for (const mention of person.mentions.slice(0, MAX_ANNOUNCING_MENTIONS)) {
      const words = splitOnSpaces(ctx.text.slice(Math.max(0, mention.start - ANNOUNCEMENT_WINDOW), mention.start).toLowerCase()).filter((word) => word !== "");
      const link = words[words.length - 1] ?? "";
      const noun = words[words.length - 2] ?? "";
      if ((lexicon.genitives.has(link) || lexicon.passiveAgents.has(link)) && lexicon.documentNouns.has(noun) && !lexicon.recordNouns.has(noun)) {
        return { speaker: { name: person.name, text: null, isPerson: true, isNamed: true }, at: mention.end };
      }
    }
  }
  return null;
}

/** Mentions of each person read for an announcement of their words. */
const MAX_ANNOUNCING_MENTIONS = 3;
/** Characters read before a mention for the noun of speech and its genitive. */
const ANNOUNCEMENT_WINDOW = 40;

/**
 * Whether a quotation stands as a sentence of its own: only its opening mark, or a short lead-in closed by a comma or
 * colon ("Pour poursuivre, « … »"), between the sentence's start and `start`.
 */
function opensSentenceAlone(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LEAD_IN_WINDOW), start);
  const lead = SENTENCE_LEAD.exec(before)?.[1];
  if (lead === undefined) return false;
  const words = lead.trim().replace(/[«“"‹\s]+$/u, "");
  return words === "" || (/[,:]$/u.test(words) && splitOnSpaces(words).filter((word) => word !== "").length <= MAX_LEAD_IN_WORDS);
}

/** Characters read back for a quotation's lead-in. */
const LEAD_IN_WINDOW = 80;
/** The words after the last sentence break, a closing mark after its period included (or the window's start). */
const SENTENCE_LEAD = /(?:^|[.!?][»”"]?\s|\n)([^.!?\n]*)$/u;
/** Words of a lead-in before a quotation that stands alone at most ("Pour poursuivre,"). */
const MAX_LEAD_IN_WORDS = 3;

/** Whether an acronym, lower-cased, is the initials of a title's words, its grammatical words aside ("pm", "prime minister"). */
function spells(acronym: string, title: string, lexicon: Lexicon): boolean {
  const initials = phraseWords(title).filter((word) => !lexicon.functionWords.has(word)).map((word) => word.charAt(0)).join("");
  return initials === acronym;
}

/** The locale's nouns for a person's role or occupation, lower-cased. */
function personRoleNouns(ctx: DocumentContext): Set<string> {
  return lowerCaseSet(ctx.locale.entities.roleNouns);
}

/** Whether a capital letter follows another character of the name (not a line break): `/.\p{Lu}/u.test(name)`, read from the table. */
function hasInnerCapital(name: string): boolean {
  let previous = -1;
  for (let i = 0; i < name.length; ) {
    const code = name.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && isLowSurrogate(name.charCodeAt(i + 1)) ? 2 : 1;
    if (previous >= 0 && !isLineTerminator(previous) && startsUpperCase(name.slice(i, i + width))) return true;
    previous = code;
    i += width;
  }
  return false;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The characters `.` does not match: line feed, carriage return, line and paragraph separators. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/** Only this many unnamed speakers are remembered for a noun pointing back (keeps long inputs linear). */
const MAX_UNNAMED_SPEAKERS = 50;
/** A circumstance before an inverted speaker is short (« à la barre », "devant la commission d'enquête"). */
const MAX_ADJUNCT_WORDS = 6;

/** An attributed quote, for finding its words quoted again. */
interface SaidWords {
  text: string;
  /** Its `quotedWords`, read when an echo is first looked for in it: most quotes are never compared. */
  words: ReadonlySet<string> | null;
  speaker: Speaker;
}

/** Organizations remembered as having spoken, for a noun that points back past one of another kind. */
const MAX_SPOKEN_ORGANIZATIONS = 10;

/** Definite documents looked back for per text, at most. */
const MAX_DOCUMENT_SCANS = 100;

/** Only this many quotes are remembered where they stand, for a document one of them introduced. */
const MAX_SPOKEN_POSITIONS = 20;

/** Only this many attributed quotes are remembered as sources of echoes (keeps long inputs linear). */
const MAX_ECHO_SOURCES = 100;

/** The quote's words, folded, with a final plural -s or -x dropped ("technical errors" = "technical error"). */
function quotedWords(text: string): Set<string> {
  const words = new Set<string>();
  readQuotedWords(text, (word) => {
    words.add(word);
    return true;
  });
  return words;
}

/** Gives `read` the quote's words (as `quotedWords` holds them) in turn, until it answers false. */
function readQuotedWords(text: string, read: (word: string) => boolean): void {
  const folded = withoutAccents(text);
  // The runs of letters and digits: what splitting on /[^\p{L}\p{N}]+/u keeps, read without a regex.
  let i = 0;
  while (i < folded.length) {
    let end = i;
    for (let step = letterOrDigitLength(folded, end); step > 0; step = letterOrDigitLength(folded, end)) end += step;
    if (end === i) {
      i++;
      continue;
    }
    const word = folded.slice(i, end);
    const last = word.charCodeAt(word.length - 1);
    if (!read(word.length > 3 && (last === 115 || last === 120) ? word.slice(0, -1) : word)) return;
    i = end;
  }
}

/** Below this code, and in general punctuation, a character's accents come off on their own: its decomposition holds no mark that others would reorder. */
const FIRST_COMBINING_MARK = 0x300;
const GENERAL_PUNCTUATION_START = 0x2000;
const GENERAL_PUNCTUATION_END = 0x206f;
/** Those characters without their accents, lower-cased, by code (general punctuation after the rest); filled on first use. */
const unaccented: (string | undefined)[] = new Array(FIRST_COMBINING_MARK + GENERAL_PUNCTUATION_END - GENERAL_PUNCTUATION_START + 1).fill(undefined);

/** `text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()`, one character at a time where that gives the same. */
function withoutAccents(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    ascii = false;
    if (code >= FIRST_COMBINING_MARK && (code < GENERAL_PUNCTUATION_START || code > GENERAL_PUNCTUATION_END)) return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  }
  if (ascii) return text.toLowerCase();
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const slot = code < FIRST_COMBINING_MARK ? code : FIRST_COMBINING_MARK + code - GENERAL_PUNCTUATION_START;
    let piece = unaccented[slot];
    if (piece === undefined) {
      piece = text[i]!.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      unaccented[slot] = piece;
    }
    folded += piece;
  }
  return folded;
}

/** The speaker of the latest earlier quote that holds every word of this one (two words or more). */
function echoedSpeaker(text: string, attributed: readonly SaidWords[]): Speaker | null {
  // Before any quote is attributed there is nothing to echo, and the words need not be read.
  if (attributed.length === 0) return null;
  // The earlier quotes that hold every word read so far, latest first: most are ruled out by the first words.
  const holding: SaidWords[] = [];
  for (let i = attributed.length - 1; i >= 0; i--) {
    const source = attributed[i] as SaidWords;
    source.words ??= quotedWords(source.text);
    holding.push(source);
  }
  let first: string | null = null;
  let twoWords = false;
  readQuotedWords(text, (word) => {
    if (first === null) first = word;
    else if (word !== first) twoWords = true;
    let kept = 0;
    for (const source of holding) if ((source.words as ReadonlySet<string>).has(word)) holding[kept++] = source;
    holding.length = kept;
    return kept > 0;
  });
  return twoWords && holding.length > 0 ? (holding[0] as SaidWords).speaker : null;
}

/** Whether the word is a number written in digits: `/^\d+$/u`. */
function isNumber(word: string): boolean {
  if (word === "") return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** A plural noun's ending: "avocats", "lawyers", "journaux". */
const PLURAL_END = /[sx]$/u;

/** Window searched back from a pronoun for the last person named, in characters. */
const PRONOUN_WINDOW = 600;
/** Past this many pronouns in one document, only the entity stage's mentions are used (keeps long inputs linear and fast). */
const MAX_WRITTEN_SCANS = 300;
/** Only this many people are looked for by their written names (the entity stage's mentions cover the rest). */
const MAX_WRITTEN_PEOPLE = 60;

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
interface RoleHolder {
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
function honorificsOf(ctx: DocumentContext): ReadonlySet<string> {
  let known = honorificSets.get(ctx.locale.entities.honorifics);
  if (!known) {
    known = new Set(ctx.locale.entities.honorifics.map((word) => word.toLowerCase().replace(/\.$/u, "")));
    honorificSets.set(ctx.locale.entities.honorifics, known);
  }
  return known;
}

/** The document's names in the forms the attribution compares them in, made once per document rather than at every quote. */
class DocumentNames {
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
const MAX_TITLE_WORDS = 8;

/** A phrase's lower-case words, without the punctuation that ends them. */
function phraseWords(phrase: string): string[] {
  const words = splitOnSpaces(foldApostrophes(phrase.toLowerCase())).filter((word) => word !== "");
  // (Only a word that ends with punctuation has any to take off.)
  for (let k = 0; k < words.length; k++) if (PUNCTUATION_ENDS.has((words[k] as string).charCodeAt((words[k] as string).length - 1))) words[k] = (words[k] as string).replace(TRAILING_PUNCTUATION, "");
  return words;
}

const TRAILING_PUNCTUATION = /[,;:.!?]+$/u;
/** The codes of the marks `TRAILING_PUNCTUATION` takes off. */
const PUNCTUATION_ENDS = new Set([",", ";", ":", ".", "!", "?"].map((mark) => mark.charCodeAt(0)));

/** A phrase's head noun, as a role noun is compared: "ministre français" → "ministre", "Thai minister of trade" → "minister". */
function headNoun(name: string, lexicon: Lexicon): string {
  const words = phraseWords(name);
  if (!lexicon.words.modifiersPrecedeNoun) return words[0] ?? "";
  const complement = words.findIndex((word) => lexicon.functionWords.has(word));
  return (complement < 0 ? words[words.length - 1] : words[complement - 1]) ?? "";
}

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

/** Words that tie a noun to the one before as its complement, besides the genitives: "du", "des", "of". */
const COMPLEMENT_ARTICLES = new Set(["du", "des", "of"]);

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

/** Whether a title holds a modifier, or names the same country ("Thailand's foreign minister" says "Thai"). */
function titleSays(ctx: DocumentContext, title: string, modifier: string): boolean {
  const words = phraseWords(title).map((word) => word.replace(POSSESSIVE_END, ""));
  if (words.includes(modifier)) return true;
  const country = countryFor(ctx, modifier);
  return country !== null && words.some((word) => countryFor(ctx, word) === country);
}

const POSSESSIVE_END = /'s$/u;

/** Where the last sentence or quotation before a name ends in `before`, or -1. */
function lastClauseBreak(before: string): number {
  let at = -1;
  for (const mark of CLAUSE_BREAKS) at = Math.max(at, before.lastIndexOf(mark));
  return at;
}

const CLAUSE_BREAKS = [". ", "\n", ";", "«", "»", "“", "”", "\"", "(", ")"];

/** Where the person's last mention before `position` starts, or -1. */
function lastMentionStartBefore(person: PersonEntity, position: number): number {
  let at = -1;
  for (const mention of person.mentions) if (mention.start < position && mention.start > at) at = mention.start;
  return at;
}

/** The person whose name or alias is written last before `position` (within a window), with where. */
function lastWrittenPerson(ctx: DocumentContext, names: DocumentNames, position: number, lexicon: Lexicon): { person: PersonEntity; at: number } | null {
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

/** Person and organization mentions, sorted by position. */
function namedMentions(ctx: DocumentContext): NamedMention[] {
  const mentions: NamedMention[] = [];
  for (const person of ctx.people) for (const m of person.mentions) mentions.push({ start: m.start, end: m.end, name: person.name, isPerson: true });
  for (const org of ctx.organizations) for (const m of org.mentions) mentions.push({ start: m.start, end: m.end, name: org.name, isPerson: false });
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `position` (binary search). */
function firstAtOrAfter(mentions: readonly NamedMention[], position: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((mentions[middle] as NamedMention).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

function lastMentionBefore(mentions: readonly NamedMention[], position: number, personOnly: boolean): NamedMention | null {
  for (let i = firstAtOrAfter(mentions, position) - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) {
    const mention = mentions[i] as NamedMention;
    if (!personOnly || mention.isPerson) return mention;
  }
  return null;
}

/**
 * Where the speaker starts after a place or circumstance written between an inverted verb and it
 * (« a répété à la barre l'accusé », « a plaidé devant le tribunal son avocate »): a preposition,
 * its noun, then an article or possessive that opens the speaker. `start` when the phrase does not open so.
 */
function afterAdjunct(text: string, start: number, end: number, lexicon: Lexicon): number {
  const firstSpace = firstSpaceIn(text, start, end);
  if (!lexicon.prepositions.has(text.slice(start, firstSpace < 0 ? end : start + firstSpace).toLowerCase())) return start;
  const words = [...text.slice(start, end).matchAll(/\S+/gu)];
  // "des", "du" after a noun open its complement ("le syndicat des enseignants"), not a new phrase.
  const determiner = (word: string) => (lexicon.articles.has(word) || lexicon.possessives.has(word)) && !lexicon.prepositions.has(word);
  for (let k = 2; k < words.length && k <= MAX_ADJUNCT_WORDS; k++) {
    const word = foldApostrophes((words[k] as RegExpMatchArray)[0].toLowerCase());
    const before = (words[k - 1] as RegExpMatchArray)[0].toLowerCase();
    const opens = (determiner(word) && k < words.length - 1) || /^l'./u.test(word);
    if (opens && !determiner(before) && !lexicon.functionWords.has(before)) return start + ((words[k] as RegExpMatchArray).index ?? 0);
  }
  return start;
}

/** An article and capitalised words at most, between an adjunct's comma and a name: "the United States |Supreme Court". */
const BEFORE_NAME = /^\s*,\s*(?:(\p{Ll}+)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * The mention that opens the clause after the evidence phrase when that phrase is only an adjunct opened by a preposition
 * and closed by a comma ("On Tuesday, the Harlow Water Board issued …"), with its verb after it; undefined otherwise.
 */
function subjectAfterAdjunct(text: string, entry: QuoteEvidence, inside: readonly NamedMention[], lexicon: Lexicon): NamedMention | undefined {
  const space = firstSpaceIn(text, entry.phraseStart, entry.phraseEnd);
  if (space <= 0 || !lexicon.prepositions.has(text.slice(entry.phraseStart, entry.phraseStart + space).toLowerCase()) || !commaAfter(text, entry.phraseEnd, 3)) return undefined;
  const named = inside.find((mention) => mention.start >= entry.phraseEnd);
  if (!named || named.start - entry.phraseEnd > MAX_BEFORE_NAME) return undefined;
  const before = BEFORE_NAME.exec(text.slice(entry.phraseEnd, named.start));
  if (!before || (before[1] !== undefined && !lexicon.articles.has(before[1]))) return undefined;
  return isVerbLike(wordRightAfter(text, named.end)?.[1] ?? "", lexicon) ? named : undefined;
}

/** Characters between an adjunct's end and the name after it, at most. */
const MAX_BEFORE_NAME = 60;

/**
 * The speaker named in the evidence region: a person, else what the phrase describes (a role the
 * entity stage ties to a person, an organization at its head, an unnamed speaker's noun).
 */
function resolveRegion(ctx: DocumentContext, entry: QuoteEvidence, mentions: readonly NamedMention[], names: DocumentNames, lexicon: Lexicon): Speaker {
  // Who a relative clause closed before the verb names is not the subject: "X, qui a remplacé Y, a déclaré"
  // is said by X (but "la résolution à laquelle Y a dit…" by Y).
  const closed = commaAfter(ctx.text, entry.regionEnd, 8);
  const regionEnd = closed ? relativeClauseStart(ctx.text, entry.regionStart, entry.regionEnd, lexicon) : entry.regionEnd;
  const inside: NamedMention[] = [];
  for (let i = firstAtOrAfter(mentions, entry.regionStart); i < mentions.length; i++) {
    const mention = mentions[i] as NamedMention;
    if (mention.start >= regionEnd) break;
    if (mention.end <= regionEnd) inside.push(mention);
  }
  // "On Tuesday, the Harlow Water Board issued a warning, saying …": a phrase that is only the adjunct before the clause's
  // subject names no one; the person or body named right after its comma is the subject.
  const subject = entry.prefer === "first" ? subjectAfterAdjunct(ctx.text, entry, inside, lexicon) : undefined;
  if (subject) return { name: subject.name, text: ctx.text.slice(subject.start, subject.end), isPerson: subject.isPerson, isNamed: true };
  const phraseStart = entry.prefer === "first" ? afterAdjunct(ctx.text, entry.phraseStart, entry.phraseEnd, lexicon) : entry.phraseStart;
  const phraseEnd = Math.min(entry.phraseEnd, Math.max(regionEnd, phraseStart));
  const head = phraseHead(ctx.text, phraseStart, phraseEnd, lexicon);
  // "les estimations d'Amnesty International", "a report by the UN": the author speaks for the document.
  const author = authorStart(ctx.text, head, phraseEnd, lexicon);
  if (author >= 0) {
    const named = inside.find((mention) => mention.start === author);
    if (named) return { name: named.name, text: ctx.text.slice(named.start, named.end), isPerson: named.isPerson, isNamed: true };
    // The author's article goes with it: "de la préfecture" names the prefecture as « la préfecture » does.
    const article = ARTICLE_BEFORE.exec(ctx.text.slice(Math.max(phraseStart, author - MAX_ARTICLE_LENGTH), author));
    const authorFrom = article && lexicon.articles.has(foldApostrophes((article[1] as string).toLowerCase())) ? author - (article[0] as string).length : author;
    const noun = unnamedSpeaker(ctx.text.slice(authorFrom, phraseEnd), "first", lexicon);
    // « un rapport d'expertise »: a complement that is itself a kind of record names no author.
    if (noun !== null && lexicon.recordNouns.has(headNoun(noun, lexicon))) return UNAUTHORED_RECORD;
    if (noun !== null) return { name: noun, text: noun, isPerson: false, isNamed: false };
  }
  // "Johnson's critics", "les détracteurs de Johnson": the owner of the noun does not speak, the noun does.
  const owners = inside.filter((mention) => mention.isPerson && isOwner(ctx, mention, head, lexicon));
  // "…, a répondu mercredi à Viktor Orban": the one answered does not speak.
  const addressees = inside.filter((mention) => mention.isPerson && isAddressee(ctx.text, mention.start, lexicon));
  // "a source close to Pryce-Davies", « une source proche de Martin »: the one the source is close to does not speak.
  const closeTo = inside.filter((mention) => mention.isPerson && closenessBefore(ctx.text.slice(Math.max(entry.regionStart, mention.start - MAX_CLOSENESS_LENGTH), mention.start), lexicon));
  const people = inside.filter((mention) => mention.isPerson && !owners.includes(mention) && !addressees.includes(mention) && !closeTo.includes(mention));
  const person = entry.prefer === "first" ? people[0] : people[people.length - 1];
  if (person) return { name: person.name, text: ctx.text.slice(person.start, person.end), isPerson: true, isNamed: true };
  // "Aerovance, the U.S. maker of drones, said": an organization that opens the subject, its description in apposition, speaks.
  const apposed = inside.find((mention) => !mention.isPerson && mention.end <= phraseStart && ctx.text.slice(entry.regionStart, mention.start).trim() === "" && commaAfter(ctx.text, mention.end, 3));
  if (apposed) return { name: apposed.name, text: ctx.text.slice(apposed.start, apposed.end), isPerson: false, isNamed: true };
  // "Whitmore's office", « l'entourage de Paul Vernet », « la direction de Ferrodis »: a body that speaks for its owner.
  const voiced = inside.find((mention) => isVoicedOwner(ctx, mention, head, lexicon));
  if (voiced) return { name: voiced.name, text: ctx.text.slice(phraseStart, phraseEnd).trim(), isPerson: voiced.isPerson, isNamed: true };

  // The one spoken to ends the phrase: "mercredi à Viktor Orban" names no speaker.
  const phrase = ctx.text.slice(phraseStart, Math.max(phraseStart, Math.min(phraseEnd, addressees[0]?.start ?? phraseEnd))).trim();
  if (phrase === "" || opensContactRelative(phrase, lexicon)) return NO_SPEAKER;
  // "un communiqué émanant du ministère", "a statement issued by the ministry": the issuer speaks.
  const issuer = issuerStart(ctx, phraseStart, phraseEnd, lexicon);
  const issuing = issuer < 0 ? undefined : inside.find((mention) => !mention.isPerson && mention.start <= issuer && issuer < mention.end);
  if (issuing) return { name: issuing.name, text: ctx.text.slice(issuer, phraseEnd).trim(), isPerson: false, isNamed: true };
  // Where nouns follow their modifiers, "a United Nations envoy" is an envoy, not the United Nations.
  // So is "the Council President" a president, its role noun capitalised, whether or not it was read as part of the name.
  const roleNouns = personRoleNouns(ctx);
  const titleEnd = (words: string): boolean => roleNouns.has(words.slice(words.lastIndexOf(" ") + 1).toLowerCase());
  const nounAfter = (mention: NamedMention, after: string): boolean => NOUN_AFTER.test(after) || (TITLE_AFTER.test(after) && titleEnd(after.trim())) || (after.trim() === "" && titleEnd(ctx.text.slice(mention.start, mention.end)));
  const headOrganization = inside.find((mention) => !mention.isPerson && mention.start <= head && head < mention.end && !(lexicon.words.modifiersPrecedeNoun && nounAfter(mention, ctx.text.slice(mention.end, phraseEnd))));
  if (headOrganization) return { name: headOrganization.name, text: phrase, isPerson: false, isNamed: true };
  const documentAuthor = documentIssuer(ctx, phrase, phraseStart, mentions, lexicon) ?? documentOwner(phrase, inside, names, lexicon);
  if (documentAuthor) return documentAuthor;
  // "The envoy met Tom Reyes, an official said.": an indefinite subject right after a name and a comma, with no comma
  // closing it before the verb, is no apposition to that name; it speaks as its own noun.
  if (entry.prefer === "last" && notAnApposition(ctx, phraseStart, phraseEnd, mentions, lexicon)) {
    const noun = unnamedSpeaker(phrase, entry.prefer, lexicon, MAX_UNNAMED_SPEAKER_WORDS);
    if (noun !== null) return { name: noun, text: phrase, isPerson: false, isNamed: false };
  }
  // « le cabinet du Premier ministre a assuré », "the office of the governor said": the body speaks, not its owner's holder.
  if (head < phraseEnd && isPersonalBody(foldedWord(ctx.text, head, phraseWordEnd(ctx.text, head, phraseEnd)).toLowerCase(), lexicon) && !inside.some((mention) => !mention.isPerson)) {
    const body = unnamedSpeaker(phrase, entry.prefer, lexicon, MAX_UNNAMED_SPEAKER_WORDS);
    if (body !== null) return { name: body, text: phrase, isPerson: false, isNamed: false };
  }
  const resolved = describe(ctx, phrase, phraseStart, head, lexicon);
  // "the mayor's office said": the holder of the owner's role speaks through it.
  // (Only a phrase with a possessive "'s" can be one.)
  const voicedRole = phrase.includes("'s") || phrase.includes("’s") ? OWNED_BODY.exec(phrase) : null;
  const voicedBody = voicedRole ? (voicedRole[2] as string).toLowerCase() : "";
  // "the prime minister's office said": the office speaks, not the prime minister; a spokesman speaks for the holder.
  if (voicedRole && isPersonalBody(voicedBody, lexicon)) return { name: withoutArticle(phrase, lexicon), text: phrase, isPerson: false, isNamed: false };
  const roleOwner = voicedRole && lexicon.ownerVoices.has(voicedBody) ? personWithRole(names, voicedRole[1] as string, lexicon) : null;
  // "A source close to the minister" is not the minister: an indefinite description fits a person by its own words, not its complement's.
  const own = indefiniteOwnWords(phrase, lexicon);
  // "the French leader" is not the Green party leader: a nationality the description gives must be in the person's title.
  const fits = (person: PersonEntity | null): PersonEntity | null => (person && (own === null || sharesRoleWord(person, own, lexicon)) && nationalityFits(ctx, person, phrase) ? person : null);
  // "the Senate announced": one capitalised word that is no role noun names a body, not whoever holds a title it opens ("Senate President").
  const bodyWords = phraseWords(phrase).filter((word) => !lexicon.articles.has(word));
  const body = bodyWords.length === 1 && startsUpperCase(phrase.trim().split(/\s+/u).pop() ?? "") && !personRoleNouns(ctx).has(bodyWords[0] as string);
  const described = roleOwner ?? (resolved ? fullRankHolder(names, phrase, resolved, lexicon) : null) ?? fits(resolved && sharesRoleWord(resolved, phrase, lexicon) ? resolved : null) ?? (body ? null : fits(personWithRole(names, phrase, lexicon))) ?? (owners.length === 0 && closeTo.length === 0 ? personNamedIn(names, phrase) : null);
  if (described) return { name: described.name, text: phrase, isPerson: true, isNamed: true };
  const organization = organizationCalled(names, phrase, lexicon) ?? describedOrganization(ctx, inside, phraseStart, phraseEnd, lexicon);
  if (organization) return { name: organization, text: phrase, isPerson: false, isNamed: true };
  const name = unnamedSpeaker(phrase, entry.prefer, lexicon, closeTo.length > 0 ? MAX_CLOSE_SOURCE_WORDS : MAX_UNNAMED_SPEAKER_WORDS);
  if (name === null) return NO_SPEAKER;
  if (lexicon.recordNouns.has(headNoun(name, lexicon))) return recordIssuer(ctx, phraseStart, mentions, lexicon) ?? UNAUTHORED_RECORD;
  const titled = nameAfterTitle(name, givenNamesOf(ctx));
  return titled === null ? { name, text: phrase, isPerson: false, isNamed: false } : { name: titled, text: phrase, isPerson: true, isNamed: true };
}

/**
 * "President Vale and Vice President Roth … the president said": the one person who holds the noun's full title, when the
 * description alone is read as one who holds it only at a lower rank; null otherwise.
 */
function fullRankHolder(names: DocumentNames, phrase: string, resolved: PersonEntity, lexicon: Lexicon): PersonEntity | null {
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
function nationalityFits(ctx: DocumentContext, person: PersonEntity, phrase: string): boolean {
  const nationalities = phraseWords(phrase).filter((word) => countryFor(ctx, word) !== null);
  return nationalities.every((word) => person.roles.some((role) => titleSays(ctx, role, word)));
}

/** Characters read before a name for a word of closeness and the title between them ("proches du ministre de l'Économie "). */
const MAX_CLOSENESS_LENGTH = 64;

/** Whether `before` ends with a word of closeness ("close to", « proche de »), the article after it aside. */
function closenessBefore(before: string, lexicon: Lexicon): boolean {
  let lowered = before.toLowerCase();
  // A marker's first word without an apostrophe is written as it is: with none of them there, no marker ends the text.
  const openers = closenessOpeners(lexicon);
  if (openers !== null && !openers.some((opener) => lowered.includes(opener))) return false;
  // (The replacements run only where there is an apostrophe to replace.)
  lowered = foldApostrophes(lowered);
  if (lowered.includes("'")) lowered = lowered.replace(/\b(l|d)'/gu, "$1' ");
  const words = splitOnSpaces(lowered.trim());
  const markerEnds = closenessMarkerEnds(lexicon);
  const endsWithMarker = () => {
    // The tail's last word ends no marker unless the marker does, or an elision before it is joined to it.
    if (!markerEnds.has(words[words.length - 1] as string) && !(words[words.length - 2] ?? "").endsWith("'")) return false;
    for (let length = 2; length <= 4; length++) if (lexicon.closenessMarkers.has(words.slice(-length).join(" ").replace(/' /gu, "'"))) return true;
    return false;
  };
  // "close to Prime Minister Mark Holt", « proche du ministre de l'Économie Bruno Le Maire »: the person's
  // title may stand between the marker and the name. « proche de Martin »: "de" is the marker's own, though
  // it is also an article, so the marker is looked for before each word is dropped.
  for (let dropped = 0; dropped <= MAX_TITLE_WORDS && words.length > 0; dropped++) {
    if (endsWithMarker()) return true;
    const last = words.pop() as string;
    if (/[,;:()]/u.test(last) || lexicon.coordinators.has(last)) return false;
  }
  return false;
}

/** Each language's closeness markers' first words ("close" of "close to"), or null when one holds an apostrophe; made on first use. */
const closenessFirstWords = new WeakMap<Lexicon, readonly string[] | null>();

function closenessOpeners(lexicon: Lexicon): readonly string[] | null {
  let openers = closenessFirstWords.get(lexicon);
  if (openers === undefined) {
    const first = [...new Set([...lexicon.closenessMarkers].map((marker) => marker.split(" ")[0] as string))];
    openers = first.some((word) => word.includes("'")) ? null : first;
    closenessFirstWords.set(lexicon, openers);
  }
  return openers;
}

/** Each language's closeness markers' last words ("to" of "close to"), made on first use. */
const closenessEnds = new WeakMap<Lexicon, Set<string>>();

function closenessMarkerEnds(lexicon: Lexicon): Set<string> {
  let ends = closenessEnds.get(lexicon);
  if (!ends) {
    ends = new Set([...lexicon.closenessMarkers].map((marker) => marker.slice(marker.lastIndexOf(" ") + 1)));
    closenessEnds.set(lexicon, ends);
  }
  return ends;
}

/** An indefinite description's own words before its complement ("a source| close to the minister"), or null for any other phrase. */
function indefiniteOwnWords(phrase: string, lexicon: Lexicon): string | null {
  const words = lowerCaseWords(phrase, true);
  if (!lexicon.words.indefiniteArticles.includes(words[0] ?? "")) return null;
  const complement = words.findIndex((word, k) => k > 1 && (lexicon.functionWords.has(word) || CONNECTORS.has(word)));
  return complement < 0 ? null : words.slice(1, complement).join(" ");
}

/** The locale's given names, lower-cased. */
function givenNamesOf(ctx: DocumentContext): Set<string> {
  return lowerCaseSet(ctx.locale.entities.firstNames);
}

/**
 * The person's name at the end of a capitalised title the people stage did not split ("Philippine
 * Secretary of Environment and Natural Resources Maria Lopez Santos" → "Maria Lopez Santos"): from
 * the first given name after two words of a capitalised title, when only capitalised words follow it (one word
 * before a name is more often what is named after the person: "Fondation Jean Jaurès").
 */
function nameAfterTitle(name: string, givenNames: ReadonlySet<string>): string | null {
  const words = name.split(" ");
  // A common noun's complement ("avocats de Mark Benson") is no title.
  if (!startsUpperCase(words[0] ?? "")) return null;
  for (let k = 2; k < words.length - 1; k++) {
    if (!givenNames.has((words[k] as string).toLowerCase())) continue;
    return words.slice(k).every(startsUpperCase) ? words.slice(k).join(" ") : null;
  }
  return null;
}

/**
 * Whether the phrase is a noun and then a subject pronoun: "…, a charge he has denied" opens a
 * relative clause without its "that", whose verb says nothing anyone is quoted for.
 */
function opensContactRelative(phrase: string, lexicon: Lexicon): boolean {
  const words = lowerCaseWords(phrase, false);
  const pronoun = words[words.length - 1] as string;
  const noun = words[words.length - 2];
  return noun !== undefined && lexicon.subjectPronouns.has(pronoun) && !lexicon.functionWords.has(noun) && !lexicon.coordinators.has(noun) && !lexicon.adverbs.has(noun) && startsLowerCase(noun);
}

/** How far back a document ("le rapport") is looked for where the text introduced it ("un rapport"), in characters. */
const DOCUMENT_WINDOW = 2000;

/**
 * Who issued the document a definite description names ("Le rapport affirme …"): the subject of
 * the sentence that introduced it with an indefinite article ("Les forces armées ont publié un
 * rapport"). Null when the phrase is no such description or the text introduced no such document.
 */
function documentIssuer(ctx: DocumentContext, phrase: string, position: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  const words = descriptionWords(phrase);
  if (words.length !== 2 || !lexicon.articles.has(words[0] as string) || !lexicon.documentNouns.has(words[1] as string)) return null;
  const from = Math.max(0, position - DOCUMENT_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  for (const article of lexicon.words.indefiniteArticles) {
    let introduced = window.lastIndexOf(` ${article} ${words[1]}`);
    // Only the last few mentions are tried: the document issued is introduced near where it is quoted.
    for (let tried = 0; introduced >= 0 && tried < MAX_DOCUMENT_MENTIONS; tried++) {
      const subject = issuingSubject(window, introduced, lexicon);
      if (subject) return subjectSpeaker(ctx, from + subject[0], from + subject[1], mentions, lexicon);
      introduced = introduced > 0 ? window.lastIndexOf(` ${article} ${words[1]}`, introduced - 1) : -1;
    }
  }
  return null;
}

/** Words between an owner and its document ("the bank's quarterly Monetary Policy Report"). */
const MAX_DOCUMENT_MODIFIERS = 4;

/**
 * The owner of a document who speaks for it ("the bank's quarterly report" → the bank, named by
 * its head noun or as written), or null when the phrase is no owned document.
 */
function documentOwner(phrase: string, inside: readonly NamedMention[], names: DocumentNames, lexicon: Lexicon): Speaker | null {
  // (Without a possessive "'s" no word can be the owner's.)
  if (!phrase.includes("'s") && !phrase.includes("’s")) return null;
  const words = splitOnSpaces(phrase);
  const noun = (words[words.length - 1] ?? "").toLowerCase();
  if (!lexicon.documentNouns.has(noun)) return null;
  const ownerAt = words.findIndex((word) => /['’]s$/u.test(word));
  if (ownerAt < 0 || words.length - 1 - ownerAt > MAX_DOCUMENT_MODIFIERS + 1) return null;
  const owner = [...words.slice(0, ownerAt), (words[ownerAt] as string).slice(0, -2)].join(" ");
  const named = inside.find((mention) => owner.endsWith(mention.name));
  if (named) return { name: named.name, text: owner, isPerson: named.isPerson, isNamed: true };
  const organization = organizationCalled(names, owner, lexicon);
  if (organization) return { name: organization, text: owner, isPerson: false, isNamed: true };
  const ownerNoun = unnamedSpeaker(owner, "first", lexicon);
  return ownerNoun === null ? null : { name: ownerNoun, text: owner, isPerson: false, isNamed: false };
}

/** How far back the sentence that issues a record is read, in characters. */
const ISSUING_SENTENCE_WINDOW = 300;

/**
 * Who issues the record named at `position` in the same sentence ("La mairie a diffusé une note selon laquelle …"):
 * that sentence's subject when its verb is one of issuing; null otherwise.
 */
function recordIssuer(ctx: DocumentContext, position: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  const from = Math.max(0, position - ISSUING_SENTENCE_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  const subject = issuingSubject(window, window.length, lexicon);
  return subject ? subjectSpeaker(ctx, from + subject[0], from + subject[1], mentions, lexicon) : null;
}

/** Earlier mentions of a document tried for the sentence that issued it. */
const MAX_DOCUMENT_MENTIONS = 3;

/**
 * The subject of the sentence that holds `introduced` when its verb is one of issuing ("ont
 * publié", "released"): the words before it, after any opening adverbial and its comma.
 */
function issuingSubject(window: string, introduced: number, lexicon: Lexicon): [number, number] | null {
  const sentenceStart = Math.max(window.lastIndexOf(". ", introduced), window.lastIndexOf("\n", introduced)) + 1;
  let subjectStart = sentenceStart;
  for (let at = phraseWordStart(window, sentenceStart, introduced, introduced); at >= 0; ) {
    const wordEnd = phraseWordEnd(window, at, introduced);
    const word = window.slice(at, wordEnd);
    if (lexicon.issuingParticiples.has(word)) return at > subjectStart ? [subjectStart, at] : null;
    if (lexicon.auxiliaries.has(word)) {
      const next = phraseWordStart(window, wordEnd, introduced, introduced);
      const issued = next >= 0 && lexicon.issuingParticiples.has(window.slice(next, phraseWordEnd(window, next, introduced)));
      return issued && at > subjectStart ? [subjectStart, at] : null;
    }
    if (window[wordEnd] === ",") subjectStart = wordEnd + 1;
    at = phraseWordStart(window, wordEnd, introduced, introduced);
  }
  return null;
}

/** The speaker a sentence's subject names: a person or organization mentioned in it, else its noun. */
function subjectSpeaker(ctx: DocumentContext, start: number, end: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && (mentions[i] as NamedMention).start < end; i++) {
    const mention = mentions[i] as NamedMention;
    if (mention.end <= end) return { name: mention.name, text: ctx.text.slice(mention.start, mention.end), isPerson: mention.isPerson, isNamed: true };
  }
  const subject = ctx.text.slice(start, end).trim();
  const noun = subject === "" ? null : unnamedSpeaker(subject, "first", lexicon);
  return noun === null ? null : { name: noun, text: subject, isPerson: false, isNamed: false };
}

/** Descriptions already resolved in a document: the entity resolver scans every person, so each phrase is asked once. */
const descriptionCache = new WeakMap<DocumentContext, Map<string, PersonEntity | null>>();
/** Past this many distinct descriptions in one document, the rest stay unresolved (keeps adversarial text linear). */
const MAX_DESCRIPTIONS = 200;

/** The person a role description stands for, through the entity stage's resolver; only for phrases headed by a common noun. */
function describe(ctx: DocumentContext, phrase: string, position: number, head: number, lexicon: Lexicon): PersonEntity | null {
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

/**
 * Whether a mention only completes a common noun: its owner ("Johnson's critics"), or the
 * complement of the phrase's head noun ("les détracteurs de Johnson", "the lawyers of Benson").
 */
function isOwner(ctx: DocumentContext, mention: NamedMention, head: number, lexicon: Lexicon): boolean {
  const mark = ctx.text.charCodeAt(mention.end);
  if ((mark === 39 || mark === 0x2019) && POSSESSOR.test(ctx.text.slice(mention.end, mention.end + 40))) return true;
  if (mention.start <= head || mention.start - head > 60) return false;
  const words = ctx.text.slice(head, mention.start).match(HEAD_AND_GENITIVE);
  if (!words) return false;
  const [, noun = "", genitive = "", title] = words;
  // "le cabinet de Mme Ferrand", "the office of Senator Marsh": an honorific or a title before the name leaves it the owner.
  const titled = title === undefined || honorificsOf(ctx).has(title.toLowerCase().replace(/\.$/u, "")) || personRoleNouns(ctx).has(title.toLowerCase());
  // (« la délégation du CICR »: an article fused with the genitive links the owner as the genitive does.)
  const linking = foldApostrophes(genitive.toLowerCase());
  return titled && (lexicon.genitives.has(linking) || COMPLEMENT_ARTICLES.has(linking)) && !lexicon.functionWords.has(noun);
}

/** Whether the word right before a mention is a preposition of the one spoken to ("à", "au"). */
function isAddressee(text: string, start: number, lexicon: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - MAX_ADDRESSEE_MARKER), start).trimEnd();
  return lexicon.addresseeMarkers.has(before.slice(before.lastIndexOf(" ") + 1).toLowerCase());
}

/** Longest preposition of the one spoken to, with its spaces, in characters. */
const MAX_ADDRESSEE_MARKER = 6;

/** A lowercase head noun, then a genitive preposition right before a name, perhaps its honorific or title: "avocats de ", "avocats d'", "cabinet de Mme ". */
const HEAD_AND_GENITIVE = /^(\p{Ll}+)\s+(\p{L}+['’]?)(?:\s+(\p{Lu}[\p{L}.]*))?\s*$/u;

/** One capitalised word and nothing else after a name: "Council| President". */
const TITLE_AFTER = /^\s+\p{Lu}\p{Ll}+\s*$/u;

/** Common nouns and nothing else after a name: "United Nations| envoy", "European Commission| trade official". */
const NOUN_AFTER = /^\s+\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*$/u;

/** Where the issuer's name starts after a participle of issuing ("émanant du ministère" → "ministère"), or -1. */
function issuerStart(ctx: DocumentContext, start: number, end: number, lexicon: Lexicon): number {
  const text = ctx.text;
  const from = codePointStart(text, start);
  if (!mayHoldWord(text, from, end, lexiconWords(issuingWords, lexicon, () => lexicon.issuingParticiples))) return -1;
  let found = false;
  for (let at = phraseWordStart(text, from, end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (!found) found = lexicon.issuingParticiples.has(folded);
    else if (!lexicon.prepositions.has(folded) && !lexicon.articles.has(folded) && !lexicon.passiveAgents.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return -1;
}

/** Words a phrase is read for, as `mayHoldWord` looks for them: null when lower-casing a stretch could hide one (a Greek sigma). */
interface SoughtWords {
  words: readonly string[];
  longest: number;
}

const issuingWords = new WeakMap<Lexicon, SoughtWords | null>();
const relativeWords = new WeakMap<Lexicon, SoughtWords | null>();

/** A language's words of one kind, as `mayHoldWord` looks for them: made once per language. */
function lexiconWords(known: WeakMap<Lexicon, SoughtWords | null>, lexicon: Lexicon, list: () => Iterable<string>): SoughtWords | null {
  let sought = known.get(lexicon);
  if (sought === undefined) {
    const words = [...list()];
    sought = words.some((word) => /[σς]/u.test(word)) ? null : { words, longest: Math.max(0, ...words.map((word) => word.length)) };
    known.set(lexicon, sought);
  }
  return sought;
}

/**
 * Whether a word starting in `text[from, before)` may be one of the sought words, as `foldedWord` reads it: each is
 * written there in lower case (lower case maps each character alone but for the Greek sigma).
 */
function mayHoldWord(text: string, from: number, before: number, sought: SoughtWords | null): boolean {
  if (sought === null) return true;
  const lowered = foldApostrophes(text.slice(from, before + sought.longest).toLowerCase());
  return sought.words.some((word) => lowered.includes(word));
}

/**
 * Where the author's name starts when the phrase is headed by a document noun and its complement
 * ("estimations d'|Amnesty", "report by the |UN"), or -1.
 */
function authorStart(text: string, head: number, end: number, lexicon: Lexicon): number {
  // Read within the phrase only: a search from `head` would otherwise run on to the next word however far.
  if (phraseWordStart(text, head, end, end) !== head) return -1;
  let nounStart = head;
  let nounEnd = phraseWordEnd(text, head, end);
  // "a joint statement from …", "a written statement by …": lower-case modifiers before the document noun.
  for (let modifiers = 0; modifiers < MAX_DOCUMENT_MODIFIERS && !lexicon.documentNouns.has(foldedWord(text, nounStart, nounEnd)); modifiers++) {
    const folded = foldedWord(text, nounStart, nounEnd);
    if (!lexicon.words.modifiersPrecedeNoun || !startsLowerCase(text.slice(nounStart, nounEnd)) || lexicon.functionWords.has(folded)) return -1;
    const next = phraseWordStart(text, nounEnd, end, end);
    if (next < 0) return -1;
    nounStart = next;
    nounEnd = phraseWordEnd(text, next, end);
  }
  // The noun is read lower-cased only: one written with "’" is no document noun.
  if (text.charCodeAt(nounEnd - 1) === 0x2019 || !lexicon.documentNouns.has(foldedWord(text, nounStart, nounEnd))) return -1;
  let linked = false;
  // (Only "from" names the issuer of a document with modifiers: "a joint statement from the ministry", not "a recent report by".)
  const modified = nounStart !== head;
  for (let at = phraseWordStart(text, nounEnd, end, end); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, end);
    const folded = foldedWord(text, at, wordEnd);
    const linking = modified ? lexicon.authorLinks.has(folded) : lexicon.genitives.has(folded) || lexicon.passiveAgents.has(folded) || lexicon.authorLinks.has(folded);
    if (linking) linked = true;
    else if (!lexicon.articles.has(folded)) return linked ? at : -1;
    at = phraseWordStart(text, wordEnd, end, end);
  }
  return -1;
}

/** Where the first relative clause of a region opens ("qui", "who"; not "que" / "that", which also open reported speech), or its end. */
function relativeClauseStart(text: string, start: number, end: number, lexicon: Lexicon): number {
  const from = codePointStart(text, start);
  const relatives = lexiconWords(relativeWords, lexicon, () => [...lexicon.relativePronouns].filter((word) => !lexicon.complementizers.has(word)));
  if (!mayHoldWord(text, from, end, relatives)) return end;
  for (let at = phraseWordStart(text, from, end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (at > start && lexicon.relativePronouns.has(folded) && !lexicon.complementizers.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return end;
}

/** Index of the phrase's first word after its articles and quantifiers ("le ministère" → "ministère"). */
function phraseHead(text: string, start: number, end: number, lexicon: Lexicon): number {
  for (let at = phraseWordStart(text, codePointStart(text, start), end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (!lexicon.articles.has(folded) && !lexicon.quantifiers.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return start;
}

/** Whether one of the person's roles shares a content word with the description ("dirigeant russe" / "président russe"). */
function sharesRoleWord(person: PersonEntity, phrase: string, lexicon: Lexicon): boolean {
  const words = new Set(contentWords(withSynonyms(foldPhrase(phrase, lexicon), lexicon), lexicon));
  return person.roles.some((role) => contentWords(withSynonyms(foldPhrase(role, lexicon), lexicon), lexicon).some((word) => words.has(word)));
}

function contentWords(key: string, lexicon: Lexicon): string[] {
  return key.split(/[\s']+/u).filter((word) => word.length > 3 && !lexicon.functionWords.has(word) && !lexicon.articles.has(word));
}

/** `withSynonyms` results per language: the same roles are compared again for every quote. */
const synonymKeys = new WeakMap<Lexicon, Map<string, string>>();

/** The description with each role synonym replaced by its canonical form ("chef du gouvernement" → "premier ministre"). */
function withSynonyms(key: string, lexicon: Lexicon): string {
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
function personWithRole(names: DocumentNames, phrase: string, lexicon: Lexicon): PersonEntity | null {
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
function isSpokesperson(key: string, lexicon: Lexicon): boolean {
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

/** The one organization a definite description names by its head noun ("the party" → "Thai Raksa Chart Party"). */
function organizationCalled(names: DocumentNames, phrase: string, lexicon: Lexicon): string | null {
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
function describedOrganization(ctx: DocumentContext, inside: readonly NamedMention[], phraseStart: number, phraseEnd: number, lexicon: Lexicon): string | null {
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

/** A known person whose name or alias is written in the phrase ("Institute Director Ane Alencar"). */
function personNamedIn(names: DocumentNames, phrase: string): PersonEntity | null {
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

const foldedPhrases = new Map<string, string>();

function foldPhrase(phrase: string, lexicon: Lexicon): string {
  const cached = foldedPhrases.get(phrase);
  if (cached !== undefined) return cached;
  const folded = foldPhraseUncached(phrase, lexicon);
  if (foldedPhrases.size > 10_000) foldedPhrases.clear();
  foldedPhrases.set(phrase, folded);
  return folded;
}

function foldPhraseUncached(phrase: string, lexicon: Lexicon): string {
  const words = phrase.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}']+/u);
  const kept = words.filter((word) => word !== "");
  while (kept.length > 0 && lexicon.articles.has(kept[0] as string)) kept.shift();
  if (kept[0]?.match(/^(?:l|d)'/)) kept[0] = (kept[0] as string).slice(2);
  return kept.join(" ");
}

/** Words of an unnamed speaker's noun phrase at most. */
const MAX_UNNAMED_SPEAKER_WORDS = 8;
/** The same for a source close to someone, told with their title: « source proche du ministre de l'Économie Bruno Le Maire ». */
const MAX_CLOSE_SOURCE_WORDS = 10;

/**
 * The speaker a phrase names when no known entity is in it: its capitalised name nearest the verb
 * ("L'Élysée" → "Élysée", "Kremlin spokesman Dmitry Peskov" → "Dmitry Peskov"), or the noun
 * without its article ("le préfet" → "préfet", "a European diplomat" → "European diplomat").
 */
function unnamedSpeaker(phrase: string, prefer: "first" | "last", lexicon: Lexicon, maxWords = MAX_UNNAMED_SPEAKER_WORDS): string | null {
  const written = splitOnSpaces(phrase);
  const words = written.filter((word) => word !== "");
  // "One of the officials": the group speaks (read before "one" goes as a quantifier).
  if (words.length > 2 && isPartitive(words, lexicon)) {
    words.splice(0, 2);
    // ("one of them" names no one by itself.)
    if (words.length === 1 && lexicon.pluralPronouns.has((words[0] as string).toLowerCase())) return null;
  }
  while (words.length > 0) {
    const head = foldApostrophes((words[0] as string).toLowerCase());
    const elided = head.includes("'") ? head.match(/^(?:l|d|qu)'(.+)$/u) : null;
    if (elided) {
      words[0] = (words[0] as string).slice(head.length - (elided[1] as string).length);
      break;
    }
    // An audience noun before the speaker ("aux journalistes le porte-parole") goes; one with its own
    // modifier ("la presse autrichienne") heads the phrase.
    const next = words[1] ?? "";
    const modifier = startsLowerCase(next) && !opensWithElision(next) && !lexicon.articles.has(next.toLowerCase()) && !lexicon.functionWords.has(next.toLowerCase());
    // ("the agency said": an audience noun that is the whole phrase is the speaker itself.)
    // (A capitalised word is a name's: "a State Department official" is no audience noun before "Department official".)
    const audienceBefore = lexicon.audience.has(head) && !modifier && words.length > 1 && !(startsUpperCase(words[0] as string) && startsUpperCase(next));
    const determiner = lexicon.articles.has(head) || lexicon.quantifiers.has(head) || lexicon.possessives.has(head);
    // "A few days later the administration said": a span of time and its adverb stand before the subject's article.
    // (Only an adverb that is no grammatical word: « de », « le » are listed among French adverbs.)
    const adverb = next.toLowerCase();
    const timeBefore = lexicon.adverbs.has(adverb) && !lexicon.functionWords.has(adverb) && !lexicon.articles.has(adverb) && !lexicon.prepositions.has(adverb) && !lexicon.functionWords.has(head) && lexicon.articles.has((words[2] ?? "").toLowerCase());
    if (timeBefore) words.splice(0, 2);
    else if (determiner || audienceBefore || lexicon.adverbs.has(head)) words.shift();
    else break;
  }
  // « le communiqué reçu par Nordpresse », "a statement obtained by Reuters": the document speaks, not the one that received it.
  const recipient = words.findIndex((word, k) => k > 0 && lexicon.recipientParticiples.has(word.toLowerCase()) && lexicon.passiveAgents.has((words[k + 1] ?? "").toLowerCase()));
  if (recipient > 0) words.length = recipient;
  // "a recent report by The Atlantic": the agent of the document speaks.
  const agent = words.findIndex((word, k) => k > 0 && startsUpperCase(words[k + 1] ?? "") && lexicon.passiveAgents.has(word.toLowerCase()));
  if (agent > 0) words.splice(0, agent + 1);
  // "l'un des Sindumuja", "one of the protesters": the group speaks.
  if (words.length > 2 && isPartitive(words, lexicon)) {
    words.splice(0, 2);
    while (words.length > 1 && lexicon.articles.has((words[0] as string).toLowerCase())) words.shift();
  }
  // Names after a preposition complement the head: "Peter Iseley of victim group Ending Clergy Abuse".
  const preposition = words.findIndex((word, k) => {
    if (k === 0) return false;
    const lowered = word.toLowerCase();
    return lexicon.functionWords.has(lowered) && !lexicon.articles.has(lowered) && !NAME_PARTICLES.has(lowered);
  });
  const runs: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!startsUpperCase(words[i] as string)) continue;
    let end = i + 1;
    // A number goes on with the name before it: "Sdis 29", "Apollo 11".
    while (end < words.length && (startsUpperCase(words[end] as string) || isNumber(words[end] as string) || (NAME_PARTICLES.has(words[end] as string) && startsUpperCase(words[end + 1] ?? "")))) end++;
    // "Présidence de la République", "Presidency of the Republic": a genitive and its article inside one name.
    if (end + 2 < words.length && NAME_PARTICLES.has(words[end] as string) && lexicon.articles.has(words[end + 1] as string) && startsUpperCase(words[end + 2] as string)) {
      end += 2;
      while (end < words.length && startsUpperCase(words[end] as string)) end++;
    }
    runs.push([i, end]);
    i = end - 1;
  }
  // A document or outlet named in apposition to its noun speaks by that name: "un sondage Ifop publié dimanche",
  // "l'agence officielle MAP", "le quotidien Le Monde".
  const headNounWord = foldApostrophes((words[0] ?? "").toLowerCase());
  if (startsLowerCase(words[0] ?? "") && (lexicon.documentNouns.has(headNounWord) || lexicon.organizationNouns.has(headNounWord) || lexicon.audience.has(headNounWord))) {
    let k = 1;
    while (k < words.length && startsLowerCase(words[k] as string) && !lexicon.functionWords.has((words[k] as string).toLowerCase()) && !lexicon.prepositions.has((words[k] as string).toLowerCase())) k++;
    // « l'agence de presse Anadolu »: a genitive and its common noun complete the outlet's noun.
    if (k + 2 < words.length && lexicon.genitives.has((words[k] as string).toLowerCase()) && startsLowerCase(words[k + 1] as string) && !lexicon.functionWords.has((words[k + 1] as string).toLowerCase())) k += 2;
    const apposed = runs.find(([first]) => first === k);
    if (k < words.length && apposed) return clean(words.slice(apposed[0], apposed[1]).join(" "));
  }
  // A common noun heads the phrase ("un porte-parole du Kremlin", "source close to Renault"): no name to take.
  // So does a capitalised title whose complement is a common noun ("le Ministre de la défense").
  const lowercaseHead = startsLowerCase(words[0] ?? "") || isTitleWithComplement(words, lexicon);
  const headRuns = runs.filter(([first]) => preposition < 0 || first < preposition);
  const named = lowercaseHead ? [] : headRuns.filter(([first]) => !lexicon.functionWords.has((words[first] as string).toLowerCase()));
  const run = prefer === "first" ? named[0] : named[named.length - 1];
  if (run) {
    // A name followed only by its common noun is one speaker: "Thai Raksa Chart party", "European diplomat".
    // Up to a complement where nouns follow their modifiers: "A Western diplomat in Cairo" is a Western diplomat.
    let restEnd = preposition > run[1] && lexicon.words.modifiersPrecedeNoun ? preposition : words.length;
    // "a Paraguayan foreign ministry statement": the body the document is of speaks for it.
    const last = (words[restEnd - 1] ?? "").toLowerCase();
    if (restEnd - run[1] > 1 && lexicon.documentNouns.has(last) && lexicon.organizationNouns.has((words[restEnd - 2] as string).toLowerCase())) restEnd--;
    const rest = words.slice(run[1], restEnd);
    // A document after the name is its author's ("according to Eurostat figures"): the name alone speaks.
    const nounAfter = rest.length > 0 && rest.length <= MAX_NOUNS_AFTER_NAME && rest.every((word) => startsLowerCase(word) && !lexicon.functionWords.has(word) && !lexicon.adverbs.has(word) && !lexicon.documentNouns.has(word) && !/ly$/u.test(word));
    // "the Yonhap news agency": an outlet speaks by its name alone.
    const outlet = rest.every((word) => lexicon.outletNouns.has(word.toLowerCase()));
    const name = nounAfter && !outlet ? words.slice(run[0], restEnd) : words.slice(run[0], run[1]);
    // "Brazil's National Institute for Space Research", "Johnson's critics": the owner is not part of the
    // name; but one capitalised word after it is no name of its own: "the Sheriff's Office".
    const owner = name.findIndex((word, k) => k < name.length - 1 && /['’]s$/u.test(word) && !(k === name.length - 2 && startsUpperCase(name[k + 1] as string)));
    // ("Argentina's foreign ministry", "Peru's central bank": a body named only by its kind keeps the owner that tells which.)
    const kind = name.slice(owner + 1);
    const ownedKind = owner >= 0 && kind.every((word) => startsLowerCase(word)) && lexicon.organizationNouns.has((kind[kind.length - 1] as string).toLowerCase());
    return clean((ownedKind ? name : kind).join(" "));
  }
  // An unnamed speaker: a short noun phrase with its article ("le préfet"), or a plural noun ("critics").
  const hadArticle = words.length < written.length || opensWithArticleElision(phrase);
  // The noun and its complements, up to the first other grammatical word ("critics from across …" → "critics").
  // An article after a connector goes on with the complement ("spokesperson for the ministry", "source close to the mayor"),
  // and so does a particle inside a name ("Department for Business and Trade").
  const stop = words.findIndex((word, k) => {
    const folded = foldApostrophes(word.toLowerCase());
    // "responsable européen s'exprimant sous couvert d'anonymat": an elided pronoun or negation opens a verb, no complement.
    const elision = folded.indexOf("'") + 1;
    if (k > 0 && elision > 0 && elision < folded.length && VERB_ELISIONS.has(folded.slice(0, elision))) return true;
    // "responsable ayant requis l'anonymat", "an official having asked …": an auxiliary opens a clause on the noun.
    if (k > 0 && lexicon.auxiliaries.has(folded) && !lexicon.articles.has(folded)) return true;
    if (k === 0 || !lexicon.functionWords.has(folded)) return false;
    // "représentant … en RDC" names where the speaker serves; "diplomate en poste à Bruxelles" only where they are.
    if (folded === "en") return !startsUpperCase(words[k + 1] ?? "");
    // "person familiar with the talks", "official with knowledge of the bids": who they are, not whom they were with.
    if (folded === "with") return !KNOWING_ADJECTIVES.has((words[k - 1] as string).toLowerCase()) && (words[k + 1] ?? "").toLowerCase() !== "knowledge";
    if (CONNECTORS.has(folded)) return false;
    // ("sources familiar with his thinking": a possessive opens the complement as an article does.)
    if ((lexicon.articles.has(folded) || lexicon.possessives.has(folded)) && CONNECTORS.has((words[k - 1] as string).toLowerCase())) return false;
    return !(NAME_PARTICLES.has(folded) && startsUpperCase(words[k - 1] as string) && startsUpperCase(words[k + 1] ?? ""));
  });
  // "une voyageuse rencontrée sur le quai", "a resident interviewed by phone": a participle and its complement describe, the
  // noun speaks (but "ministre chargé des Transports", "délégué à l'Industrie" are titles, "forces armées" a noun and its adjective).
  if (stop > 1 && PARTICIPLE_END.test(words[stop - 1] as string) && !TITLE_LINKS.has((words[stop] as string).toLowerCase()) && lexicon.prepositions.has((words[stop] as string).toLowerCase())) {
    words.length = stop - 1;
  } else if (stop > 0) words.length = stop;
  // « la présidence de son pays », "the spokesman of his party": a complement opened by a possessive points back to
  // someone named elsewhere; the noun alone names the speaker.
  const possessiveComplement = words.findIndex((word, k) => k > 0 && lexicon.genitives.has(word.toLowerCase()) && lexicon.possessives.has((words[k + 1] ?? "").toLowerCase()));
  if (possessiveComplement > 0) words.length = possessiveComplement;
  if (words.length === 0 || words.length > maxWords) return null;
  if (lexicon.functionWords.has((words[0] as string).toLowerCase())) return null;
  // Without an article, a plural or collective noun still names a group: "critics", "state police".
  const last = (words[words.length - 1] as string).toLowerCase();
  // So does a plural noun with its complement: "sources familiar with his plans", "officials close to the talks".
  const second = (words[1] ?? "").toLowerCase();
  const complemented = words.length > 2 && (/\p{Ll}[sx]$/u.test(words[0] as string) || lexicon.collectiveNouns.has((words[0] as string).toLowerCase())) && (CONNECTORS.has(second) || KNOWING_ADJECTIVES.has(second) || lexicon.prepositions.has(second));
  if (!hadArticle && !complemented && !(words.length <= 2 && (/[sx]$/u.test(last) || lexicon.collectiveNouns.has(last)))) return null;
  return clean(words.join(" "));
}

/** Whether the first two words make a partitive ("one of", « l'un des »): read only when the first opens one. */
function isPartitive(words: readonly string[], lexicon: Lexicon): boolean {
  const first = (words[0] as string).toLowerCase();
  return partitiveFirstWords(lexicon).has(first) && lexicon.partitives.has(`${first} ${(words[1] as string).toLowerCase()}`);
}

/** Each language's partitives' first words, made on first use. */
const partitiveFirstSets = new WeakMap<Lexicon, Set<string>>();

function partitiveFirstWords(lexicon: Lexicon): Set<string> {
  let first = partitiveFirstSets.get(lexicon);
  if (!first) {
    first = new Set([...lexicon.partitives].map((partitive) => partitive.slice(0, partitive.indexOf(" "))));
    partitiveFirstSets.set(lexicon, first);
  }
  return first;
}

/** `/^(?:l|d)['’]/iu.test(phrase)`: an elided article opens the phrase, in either case ("L'élu", "d’anciens"). */
function opensWithArticleElision(phrase: string): boolean {
  const letter = phrase.charCodeAt(0);
  const mark = phrase.charCodeAt(1);
  return (letter === 108 || letter === 76 || letter === 100 || letter === 68) && (mark === 39 || mark === 0x2019);
}

/** `/^(?:l|d|qu)['’]/u.test(word)`: an elided article, preposition or pronoun opens the word. */
function opensWithElision(word: string): boolean {
  const at = word.startsWith("qu") ? 2 : word.startsWith("l") || word.startsWith("d") ? 1 : -1;
  if (at < 0) return false;
  const code = word.charCodeAt(at);
  return code === 39 || code === 0x2019;
}

/** Common nouns after a name that still make one speaker with it: "Chinese foreign ministry spokesperson". */
const MAX_NOUNS_AFTER_NAME = 3;

/** A single capitalised word, then a genitive and a common noun: "Ministre de la défense", not "Banque de France". */
function isTitleWithComplement(words: readonly string[], lexicon: Lexicon): boolean {
  const linking = (words[1] ?? "").toLowerCase();
  // French folds the genitive into the article: "Directeur des routes".
  if (!startsUpperCase(words[0] ?? "") || !(lexicon.genitives.has(linking) || lexicon.articles.has(linking))) return false;
  let k = 2;
  while (k < words.length && lexicon.articles.has((words[k] as string).toLowerCase())) k++;
  return startsLowerCase(words[k] ?? "");
}

/** A past participle's ending: "rencontrée", "interrogés", "interviewed". */
const PARTICIPLE_END = /\p{Ll}(?:ée?s?|ed)$/u;

/** Words after a participle that make it part of a title ("chargé des Transports", "délégué à l'Industrie"). */
const TITLE_LINKS = new Set(["de", "du", "des", "d'", "à", "au", "aux", "of", "for", "to"]);

/** An owner and the lower-case body it owns, ending the phrase: "the mayor's office" → "the mayor", "office". */
const OWNED_BODY = /^([\p{L}\s]{1,60}?)['’]s\s+(\p{Ll}+)$/u;

/** The word after a possessive "'s" (the body in "Whitmore's office"). */
const AFTER_POSSESSIVE = /^['’]s\s+(\p{Ll}+)/u;

/** Whether a mention owns a body that speaks for it: "Whitmore's| office", "entourage de |Paul Vernet". */
function isVoicedOwner(ctx: DocumentContext, mention: NamedMention, head: number, lexicon: Lexicon): boolean {
  if (!isOwner(ctx, mention, head, lexicon)) return false;
  const possessed = AFTER_POSSESSIVE.exec(ctx.text.slice(mention.end, mention.end + 40));
  const body = possessed ? (possessed[1] as string) : foldedWord(ctx.text, head, phraseWordEnd(ctx.text, head, mention.start));
  if (mention.isPerson && isPersonalBody(body.toLowerCase(), lexicon)) return false;
  return lexicon.ownerVoices.has(body.toLowerCase());
}

/**
 * Whether an indefinite phrase (« un responsable », "an official") comes right after a person's name and a comma and
 * goes straight on to its verb: the subject of the verb, not an apposition to the name, which ends the report before.
 */
function notAnApposition(ctx: DocumentContext, start: number, end: number, mentions: readonly NamedMention[], lexicon: Lexicon): boolean {
  const space = firstSpaceIn(ctx.text, start, end);
  if (space <= 0 || !lexicon.words.indefiniteArticles.includes(ctx.text.slice(start, start + space).toLowerCase())) return false;
  if (commaAfter(ctx.text, end, 3)) return false;
  const named = lastMentionBefore(mentions, start, true);
  return named !== null && /^\s*,\s*$/u.test(ctx.text.slice(named.end, start));
}

/** A phrase without its opening article: "the mayor's office" → "mayor's office". */
function withoutArticle(phrase: string, lexicon: Lexicon): string {
  const space = phrase.search(/\s/u);
  return space > 0 && lexicon.articles.has(phrase.slice(0, space).toLowerCase()) ? phrase.slice(space).trim() : phrase;
}

/**
 * Whether a body that speaks for its owner is a body of its own when the owner is a person ("office", « cabinet »):
 * "her office said" is the office speaking, named by its noun; « son entourage » and a spokesman speak for the person.
 */
function isPersonalBody(noun: string, lexicon: Lexicon): boolean {
  return lexicon.ownBodies.has(noun);
}

/** What follows the owner of a common noun ("'s critics"). */
const POSSESSOR = /^['’]s\s+\p{Ll}/u;

const CONNECTORS = new Set(["de", "du", "des", "d'", "of", "to", "for", "la", "l'", "close", "proche", "with", "within"]);

/** Elided words that only open a verb: "s'exprimant", "n'ayant", "qu'il". */
const VERB_ELISIONS = new Set(["s'", "n'", "qu'"]);

/** Adjectives whose "with" complement says who the unnamed speaker is ("familiar with the talks"). */
const KNOWING_ADJECTIVES = new Set(["familiar", "acquainted"]);

/** The phrase without what opens it before a letter or digit, nor what closes it after one, a period or a parenthesis; null when empty or too long. */
function clean(phrase: string): string | null {
  // `phrase.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.)]+$/gu, "")`, read from the character tables.
  let start = 0;
  while (start < phrase.length && letterOrDigitLength(phrase, start) === 0) start++;
  let end = phrase.length;
  while (end > start) {
    const code = phrase.charCodeAt(end - 1);
    if (code === 46 || code === 41) break;
    const pair = end - 2 >= start && code >= 0xdc00 && code <= 0xdfff && letterOrDigitLength(phrase, end - 2) === 2;
    if (pair || letterOrDigitLength(phrase, end - 1) > 0) break;
    end--;
  }
  const cleaned = phrase.slice(start, end);
  return cleaned === "" || cleaned.length > 80 ? null : cleaned;
}

const NAME_PARTICLES = new Set(["de", "du", "des", "von", "van", "der", "den", "da", "di", "del", "della", "bin", "ibn", "al", "el", "le", "la", "of", "for", "and", "to"]);
