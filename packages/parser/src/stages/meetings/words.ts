/** The shape of a locale's meeting words (cues, status words, participant patterns): what `locales/<lang>/meetings.ts` fills in. */
import type { MeetingKind } from "../../types.js";

/** One family of meeting words. */
export interface MeetingCue {
  kind: MeetingKind;
  /** Global regex. */
  pattern: RegExp;
  /** A verb ("met", "s'entretenir"): a noun cue met later in the clause names the kind better. */
  verb?: boolean;
  /** The channel of a conversation (phone, video): merges with the verb or noun it qualifies. */
  channel?: boolean;
  /** A body hearing a witness (« entendu par la commission »): never a game, whatever the sentence's sport. */
  hearing?: boolean;
  /** Only continues a meeting already in the text ("discuter", "round"); never starts one alone. */
  weak?: boolean;
  /** One sitting of talks ("session", "round", "séance"): it continues the last talks told, not merely the last meeting. */
  sitting?: boolean;
}

/**
 * Meeting nouns and verbs, status cues and participant patterns for one language.
 *
 * A word start is written `(?<![a-zA-Z])(?<![\p{L}])`: the same test as the second alone, but V8
 * settles most positions on the ASCII class, several times faster than on the Unicode one.
 */
export interface MeetingWords {
  /**
   * Cheap pre-filter, searched once over the whole document: stems of every cue word, without
   * look-behind (the stage checks that a hit starts a word). A sentence without a hit is not read.
   */
  cue: RegExp;
  /** Most specific first. Patterns need not check the start of the word: the stage does. */
  cues: ReadonlyArray<MeetingCue>;
  /** Spans that contain a cue word but are no meeting ("conférence de presse"). Global; word start checked by the stage. */
  notMeeting: RegExp;
  /** The meeting was called off. */
  cancelled: RegExp;
  /** The meeting was moved: the date written after this is its new date. Global. */
  postponed: RegExp;
  /** Parties named by reference to what came before ("les deux dirigeants", "the two leaders"). */
  anaphora: RegExp;
  /** Just before a noun cue: a plural possessive ("leur tête-à-tête", "their first meeting"), the people of the meeting before. Anchored at the end. */
  theirs: RegExp;
  /** In an anaphor, the nouns that name sides rather than people ("délégations", "teams"). */
  sides: RegExp;
  /** Countries named by their number ("les quatre pays", "both countries"): group `count`, a digit or a key of `counts`. */
  countriesByNumber: RegExp;
  /** Number words up to ten ("deux", "four", "both"). */
  counts: Readonly<Record<string, number>>;
  /** Ministers' meetings ("G7 finance ministers"): a group that meets at this level holds no summit. */
  ministerial: RegExp;
  /**
   * A person written without a name: a personal pronoun ("il", "she"), not an impersonal one ("il
   * y a"), or a title with its article ("le dirigeant chinois", "the president").
   */
  unnamedPerson: RegExp;
  /**
   * Who is said to come to a meeting told just before ("X and Y are expected to attend", « X et Y
   * ont confirmé leur présence »): the guests a host's meeting left unnamed ("the four leaders").
   */
  attendance: RegExp;
  /** A sentence that opens by listing who attends ("Also present were", « Seront présents aux côtés de la ministre : »); its parties follow. Anchored at the start. */
  attendeesListed?: RegExp;
  /**
   * Countries by their names, capitals, seats of power and demonyms, lower case as written
   * ("moscou" → "Russie", "les russes" → "Russie"). Values are the country's name in the language.
   */
  countries: Readonly<Record<string, string>>;
  /** Capitals and seats of power ("moscou", "kremlin" → "Russie"), lower case as written. */
  capitals: Readonly<Record<string, string>>;
  /** Adjectives of regions that end in a country's demonym ("south american", "sud-américain"): no party. */
  regions: ReadonlyArray<string>;
  /** A past-tense verb cue that reports the day's news ("s'est entretenu", "met"): group `verb`. Global. */
  dayNewsVerb: RegExp;
  /** A plural noun cue that names meetings in general ("des rencontres", "crisis meetings"). */
  pluralNoun: RegExp;
  /** Just before a weak cue: a plan that makes it a meeting of its own ("is scheduled to discuss"). */
  plannedWeak: RegExp;
  /** Between a verb cue and a noun cue: the noun is the verb's purpose ("pour une", "for a"). */
  purpose: RegExp;
  /** Between a verb cue and a noun cue: the noun is talks agreed on there, to come ("and agreed to restart", « et ont convenu de reprendre les »). Anchored at the end. */
  agreedToStart?: RegExp;
  /** After a cue: the meeting is held to settle an agreement ("to finalise the deal", « pour tenter de finaliser l'accord »), so it is a negotiation. */
  negotiationPurpose?: RegExp;
  /** Before a weak verb cue: two parties joined by "and" as its subject ("X and Y discussed", « X et Y ont discuté »). */
  joinedSubject?: RegExp;
  /** Sport and contest words: a sentence with them has fixtures, not meetings ("rencontrera la Suède en demi-finale"). */
  sports: RegExp;
  /** A determiner just before a cue that points back to a meeting already told ("la", "the"). */
  definite: RegExp;
  /** Between two dates of one clause: the second is one more meeting ("puis", "then"). */
  then: RegExp;
  /**
   * Just before a verb or channel cue, after a meeting told with its party: the same subject goes on to
   * another meeting ("… with X and later met Y", "… and held a video call with", « … et s'est entretenu »).
   * Anchored at the end.
   */
  coordinated: RegExp;
  /** Just after a verb cue: an object pronoun, the party of the meeting told before ("and met her"). Anchored at the start. */
  objectPronoun?: RegExp;
  /**
   * Between a meeting and the clause of another one: the second came just before the first ("came after", « intervient
   * après que »), the same day.
   */
  cameAfter: RegExp;
  /** Just before a noun cue: a number of meetings ("140 conversations", "dozens of meetings"), a count and no meeting. Anchored at the end. */
  tally: RegExp;
  /** Just before a noun cue: an indefinite plural (« des entretiens », "several meetings"), meetings on no one day. Anchored at the end. */
  indefinitePlural: RegExp;
  /** Between a meeting verb and a date: the date is when it opened (« sont réunis depuis », "have been meeting since"). Anchored at both ends. */
  sinceOpening: RegExp;
  /** Leaders named by the bloc they lead (« les chefs d'État et de gouvernement des Quinze »): group `bloc`. Global. */
  blocLeaders: RegExp;
  /** Just after a verb cue: its other sides are named next ("with", « avec »). Anchored at the start. */
  withFollows: RegExp;
  /** Meetings held apart with each side (« des discussions bilatérales », "bilateral talks"): one meeting per guest. */
  bilateral: RegExp;
  /** A sentence that places events in another time (a year, a month): no day's-news reading. */
  otherTime: RegExp;
  /**
   * Between a cue and a later date without a day: words that give that date to another event named after the cue
   * ("met …, their first meeting since their talks in July", "… for the summit to be held in September"). Global.
   */
  laterEvent: RegExp;
  /** What the meeting is about: named group `topic`, searched after the cue. */
  topic: RegExp;
  /** Bodies named by a common noun ("le comité exécutif du parti", "election commission"): global, group `body`. */
  bodies: RegExp;
  /**
   * The proper name of a body the text also calls by its bare head word ("the council" → "Arctic
   * Council", « le conseil » → « Conseil de l'Arctique »): global, group `name`, for a lower-case head.
   */
  namedBody: (head: string) => RegExp;
  /**
   * A legislature named as the subject of a verb that convenes it ("The Senate is set to meet on Monday", "the Valdorian
   * parliament will meet on Thursday"): the body is the party. Global, group `body`.
   */
  convenedLegislature?: RegExp;
  /**
   * The proper name of an organization by its head word ("Waterside Workers' Federation"), for one the
   * entities left unread: a party still. Global, group `name`.
   */
  namedOrganization?: RegExp;
  /**
   * An organization named as the side people come from ("representatives of Unite the Union", "managers from Northern
   * Valley Buses"), for one the entities left unread: group `name`. Global.
   */
  sideOrganization?: RegExp;
  /** The owner of a body in the possessive ("Voltrane's supervisory board"): group `owner`, a party the entities may have left unread. Global. */
  bodyOwner?: RegExp;
  /**
   * A sentence that says again what the meeting just told was, up to the cue ("It was the third round of negotiations",
   * « Il s'agissait de la troisième séance de négociations »): the kind it names is that meeting's. Anchored at both ends.
   */
  restatement?: RegExp;
  /**
   * Just before a meeting verb: it is one more of the meetings just told ("also spoke with", « s'est également entretenu
   * avec »), so on their day when it gives none. Anchored at the end.
   */
  alsoMet?: RegExp;
  /** Just after a meeting noun, the body that holds it ("of the G7", « du G7 »). Anchored at the start. */
  bodyAfterCue?: RegExp;
  /** A verb of saying in the past, whose object clause may tell of another time than its own ("said", « a déclaré »). */
  pastSaying?: RegExp;
  /** After the cue, the guests were met one by one ("met X, Y and Z separately", « a reçu tour à tour X et Y »). */
  separately?: RegExp;
  /** A company's own bodies ("board", "shareholders", « conseil d'administration », « assemblée générale »): their meeting is the company's. */
  corporateBody?: RegExp;
  /**
   * The company such a body belongs to ("Arcadia shareholders", "the board of Northwind Energy", « les actionnaires
   * de Valtex », « le conseil d'administration du groupe Valtex »): group `owner` or `ownerAfter`. Global.
   */
  corporateOwner?: RegExp;
  /**
   * A group of people named by a common noun as a meeting's side ("coastal mayors", « associations
   * d'usagers »), after a word that introduces the side: group `group`, without its article.
   */
  groupParty: RegExp;
  /**
   * Sides named by common nouns as the subject just before a cue ("Union negotiators and management will
   * resume talks", « les syndicats et la direction reprendront »): global, group `group`, without its article.
   */
  groupSubject: RegExp;
  /**
   * An organization called by the common noun of its kind after a definite article ("the union", « la
   * fédération », « l'agence »): global, group `head`, lower case.
   */
  kindAnaphor?: RegExp;
  /**
   * Two organizations of a kind called by their number ("both carriers", « les deux groupes »): global,
   * group `head`, the plural; `pairKinds` gives the kind (a key of `kindNames`) of each plural.
   */
  pairAnaphor?: RegExp;
  pairKinds?: Readonly<Record<string, string>>;
  /** For each such head, what the name of an organization of that kind matches, and what it may not. */
  kindNames?: Readonly<Record<string, { name: RegExp; not?: RegExp }>>;
  /** Names that are never a meeting's party: news agencies, time zones, units. */
  notParties: ReadonlySet<string>;
  /** After the cue, the clause that says who tells of the meeting (", a indiqué", ", said"). */
  reportingClause: RegExp;
  /** Just before a place: it is where the meeting is ("à", "en", "in"), not who meets. */
  locative: RegExp;
  /** A date counted from an event a demonstrative points back to (« la veille de cet entretien »), at its end. */
  pointedEvent: RegExp;
  /** Bodies of leaders whose meetings are summits, besides the G7 and G20 ("European Council"). */
  summitBodies: readonly string[];
  /**
   * Words before a noun cue that make it the time frame of another meeting word ("lors de sa
   * visite", "during his visit"): the kind is then the other word's. Anchored at the end.
   */
  frame: RegExp;
  /** All that stands between two dates offered as alternatives ("le même jour ou le lendemain", "Monday or Tuesday"). */
  dateAlternative: RegExp;
  /** Combining forms of countries, lower case ("franco" → "France"), read before a hyphen. */
  combiningForms: Readonly<Record<string, string>>;
  /** A combining form and its hyphen, the form in group 1: global. */
  combiningForm: RegExp;
  /** Just after a cue: the sides are named next ("between", « entre »). Anchored at the start. */
  sidesFollow: RegExp;
  /** The head word of a body ("council", « comité »): before a sitting word, the body's own sitting. */
  sittingBody: RegExp;
  /** Words telling how a meeting told before goes on ("ends on", « se poursuivront jusqu'à »). */
  continues: RegExp;
  /** An ordinal before a cue: "their first debate" is another one than the debate told before. */
  ordinal: RegExp;
  /** The start of an apposition just before a cue (", his first trip", « , sa première visite »). */
  apposition: RegExp;
  /** What joins two days of one meeting ("lundi et mardi", "Monday and Tuesday"). */
  datePair: RegExp;
  /**
   * Words just before a noun cue that make its meeting what came before the clause's own event
   * ("après l'échec d'une réunion", "after a phone call"): a past meeting. Anchored at the end.
   */
  afterEvent: RegExp;
  /** Before a cue: the meeting is one still to come that the clause times itself by ("ahead of a visit"). */
  aheadOf: RegExp;
  /** Just before a verb cue: an infinitive of purpose ("to discuss", "pour rencontrer"), what the meeting before is for. Anchored at the end. */
  infinitivePurpose: RegExp;
  /** Just before a date: an event that is no meeting owns it ("les élections générales du", "the election on"). Anchored at the end. */
  otherEvent: RegExp;
  /** Just before a date that qualifies the noun after it ("the" in "the March 27 incident"). Anchored at the end. */
  attributiveDateBefore?: RegExp;
  /**
   * A person named by a title with its article among a meeting's parties ("with the Canadian minister",
   * « entre la ministre et »): group `title`, optional `qualifier` (a demonym, a portfolio). Global.
   */
  titledPerson: RegExp;
  /** Words that make a title another one just before it ("Prime" Minister, « Premier » ministre). Anchored at the end. */
  rankedTitle: RegExp;
  /** Plural titles in an anaphor ("the two ministers", « les deux présidents ») → the title each of them holds, lower case. */
  anaphorTitles: Readonly<Record<string, string>>;
  /** Titles that name whoever leads ("leader", « dirigeant »): only the qualifier tells who. Lower case. */
  leaderTitles: ReadonlySet<string>;
  /** An invitation up to its "to" ("invited X to", « a invité X à »): what it invites to is still to come when it was made. Global. */
  invitation: RegExp;
}
