/** The reporting verbs and attribution words a language supplies to the quotes stage. */

/** Reporting verbs and attribution words for one language (forms as written, lower case). */
export interface QuoteWords {
  /** Past participles used after an auxiliary ("déclaré" in "a déclaré"; "said" in "has said"). */
  participles: readonly string[];
  /** Simple-tense forms that report on their own ("déclare", "ajoutait", "said", "says"). */
  finiteForms: readonly string[];
  /** Plural present forms, reporting only after a plural subject ("critics say", "sources report"). */
  pluralForms: readonly string[];
  /** Present participles that open a reported clause ("ajoutant", "saying"). */
  presentParticiples: readonly string[];
  /** Auxiliaries before a participle ("a", "ont", "avait", "has", "had"). */
  auxiliaries: readonly string[];
  /** Pronouns glued to an inverted verb ("-t-il" in "a-t-il ajouté"). */
  invertedPronouns: readonly string[];
  /** Forms of "be" and its like that a subject's verb may be, though listed as function words (« était », « sera »). */
  copulas: readonly string[];
  /** An age after a noun (« l'élu de 58 ans »): no part of what the noun points back to. Null where ages go before. */
  ageComplement: RegExp | null;
  /** Verbs of saying that mean something else with a reflexive pronoun (« ce retard s'explique par », « il se rappelle »). */
  reflexiveNotSpeech: readonly string[];
  /** Words that may stand between auxiliary and participle ("également", "also"). */
  adverbs: readonly string[];
  /** Words opening the reported clause ("que", "that"). */
  complementizers: readonly string[];
  /** Whether the complementizer may come after any adverbial ("a rappelé au cours d'un voyage que …"). */
  complementizerAfterAdverbials: boolean;
  /** Words that make a following complementizer part of a locution ("ainsi que", "bien que"). */
  notBeforeComplementizer: readonly string[];
  /** Verbs that report a clause without its complementizer ("said the talks failed"). */
  bareClauseVerbs: readonly string[];
  /**
   * Verb forms that show such a bare clause has a verb of its own ("announced Benin was to join"),
   * where "reported a loss" takes an object; with past forms in -ed, a present tense after a name,
   * and subject pronouns.
   */
  clauseVerbs: readonly string[];
  /** Attributions without a verb ("selon", "according to"). */
  accordingTo: readonly string[];
  /** First-person possessives: a source they open is the outlet's own ("selon nos informations"), no speaker. */
  ownSources: readonly string[];
  /** Relative pronouns after such an attribution: the noun before it speaks ("une déclaration selon laquelle …"). */
  accordingRelatives: readonly string[];
  /** Words before a participle that make it an attribution of what follows ("Comme indiqué au ministère"). */
  as: readonly string[];
  subjectPronouns: readonly string[];
  /** Pronouns and possessives that stand for one person ("il", "his"): never for a plural group. */
  singularPronouns: readonly string[];
  /** Plural personal pronouns ("ils", "they"): never for one person. */
  pluralPronouns: readonly string[];
  /** Pronouns that never stand for a person ("it"): a body or a company speaks through them. */
  nonPersonPronouns: readonly string[];
  /** Pronouns that point back to the last person named ("celle-ci", "ce dernier", "the latter"). */
  demonstratives: readonly string[];
  /** Words after a participle that make it passive ("reported by", "annoncé par"): not a cue. */
  passiveAgents: readonly string[];
  /** The ending of a gerund, after which a verb form is its object noun ("receiving reports that"), or null. */
  gerundEnding: string | null;
  /** The regular past tense's ending ("ed"), after which a form of a verb of saying is its object ("deserved answers"). */
  pastEnding: string | null;
  /** Auxiliaries right before a participle that make it passive ("have been reported", « a été annoncé »): not a cue. */
  passiveAuxiliaries: readonly string[];
  /** An infinitive opening a reported clause without complementizer ("a confié vouloir …"), or null. */
  infinitive: RegExp | null;
  /** Words the infinitive pattern would take but that are not verbs ("premier", "avenir"). */
  notInfinitives: readonly string[];
  /** Possessives that stand for a speaker ("selon ses dires"). */
  possessives: readonly string[];
  /** Words opening a relative clause inside a subject ("Macron, qui …, a déclaré"). */
  relativePronouns: readonly string[];
  /** Relatives of place ("où", "where"): they describe the noun before them, never comment on the whole report. */
  locativeRelatives: readonly string[];
  /**
   * Past forms that, right after a coordinator, give the speaker a second predicate and end the
   * report: "insisted the plan was sound and accused critics of …".
   */
  ownPredicates: readonly string[];
  /** Participles that, after a comma, comment on the report rather than go on with it ("…, sparking speculation that …"). */
  commentParticiples: readonly string[];
  /** Prepositions tying a document to its author besides the genitives ("a statement from the county"). */
  authorLinks: readonly string[];
  articles: readonly string[];
  /** Articles that introduce a new referent ("un", "a"): a document so introduced is the one "le rapport" names later. */
  indefiniteArticles: readonly string[];
  /** Determiners of quantity before a group ("plusieurs", "many"): capitalised at a sentence start, they are no name. */
  quantifiers: readonly string[];
  /** Nouns that take a plural verb without a plural ending ("police say", "people think"). */
  collectiveNouns: readonly string[];
  /** Verbs and predicates that make a short quotation someone's words ("évoque un « … »", "called it "…""). */
  speechActs: readonly string[];
  /** Words before a quotation that make it a name or a title rather than speech ("baptisé", "so-called"). */
  namingWords: readonly string[];
  /** Impersonal subjects: the speaker is where they speak ("a-t-on souligné à l'Élysée"). */
  impersonal: readonly string[];
  /** Nouns of a spokesperson's role ("porte-parole", "press secretary"), folded. */
  spokespersonWords: readonly string[];
  /** Role variants and the canonical role they stand for, folded ("chef du gouvernement" → "premier ministre"). */
  roleSynonyms: readonly (readonly [string, string])[];
  /** Partitives before the group that speaks ("l'un des", "one of"). */
  partitives: readonly string[];
  /** Prepositions: a verb form right after one is a participle or noun ("amongst reported incidents"). */
  prepositions: readonly string[];
  /** Prepositions that open what a verb of saying is about ("warned of", « mis en garde contre »): no place or medium, so a "that" after their noun is a relative. */
  topicPrepositions: readonly string[];
  /** A preposition fused with an article ("au" for « à le »): listed as an article, it still opens an adjunct, never an object. */
  fusedPrepositions: readonly string[];
  /** Prepositions that open a sentence with whose view it gives (« Pour Claire Joly, … »): no verb of saying, but its quotations are that one's. */
  viewpointMarkers: readonly string[];
  /** Words that open a predicate besides auxiliaries and copulas (« va », « ne », "goes", "does"): a quotation opening so is said of the noun before it, not its name. */
  predicateOpeners: readonly string[];
  /** Irregular simple past forms ("gave", "left"): after ", but" with no subject, the speaker's own next predicate. */
  irregularPast: readonly string[];
  /** Demonstrative determiners ("ce", "this"): "ce diplomate" is the unnamed diplomat met before, not anyone named last. */
  demonstrativeDeterminers: readonly string[];
  /** Nouns that point back to whichever document the text introduced last (« le texte », "the document"). */
  documentAnaphors: readonly string[];
  /** Bodies that speak for their owner ("office" in "the mayor's office", « entourage » in « l'entourage du ministre »). */
  ownerVoices: readonly string[];
  /**
   * Of those, the bodies that speak as themselves even for a person ("her office said" → office, « son cabinet »
   * → cabinet); the others, a person's circle (« son entourage », "his camp") or spokesperson, speak as the person.
   */
  ownBodies: readonly string[];
  /** Conjunctions joining two verbs of one subject ("et", "and"). */
  coordinators: readonly string[];
  /** Words that end a reported clause ("tandis que", "while"). */
  clauseBreaks: readonly string[];
  /** Conjunctions opening a clause with its own subject: the subject of a verb after one starts past it ("after farm groups complained"). */
  subordinators: readonly string[];
  /** Words that may stand between a verb and its clause ("aux journalistes", "told reporters on Tuesday"). */
  audience: readonly string[];
  /** Grammatical words: a short quotation followed by anything else is used as a name ("one China" policy). */
  functionWords: readonly string[];
  /** Abbreviations whose period does not end a sentence ("M.", "Dr."). */
  abbreviations: readonly string[];
  /** Prepositions that make a name the complement of the noun before it ("les avocats de Jean Dupont"): that name is not the speaker. */
  genitives: readonly string[];
  /** Participles that tie a document to its issuer, who is the speaker ("un communiqué émanant du ministère"). */
  issuingParticiples: readonly string[];
  /** Participles that name who received or relayed a document, not who wrote it ("obtained by", « reçu par »). */
  recipientParticiples: readonly string[];
  /** Documents and figures whose author speaks for them ("les estimations d'Amnesty", "a report by the UN"). */
  documentNouns: readonly string[];
  /** Nouns that, with a definite article, point back to the person who spoke last ("l'élu", "le dirigeant"). */
  anaphoricPersonNouns: readonly string[];
  /** Words that make a role a past one ("former", « ancien »): "the former mayor" re-describes someone, it holds no office. */
  formerMarkers: readonly string[];
  /** Words that make a title a rank below its noun's ("vice president", « ministre délégué »): "the president" is not its holder. */
  lowerRanks: readonly string[];
  /** Words that say a description names one already met ("the same source", « la même source »). */
  sameMarkers: readonly string[];
  /** Common nouns of a news outlet, which speaks by its name alone ("the Yonhap news agency" → "Yonhap"). */
  outletNouns: readonly string[];
  /** Words between a source and the one it is close to ("close to", « proche de »): that person is not who speaks. */
  closenessMarkers: readonly string[];
  /** Elected offices, one person often holding two ("maire" and "député"): a bare one no one else holds may name the other's holder. */
  electedTitles: readonly string[];
  /** Written records that speak for no one unless their author is named ("court filings", « l'ordonnance de renvoi »). */
  recordNouns: readonly string[];
  /** Verbs that report only with the impersonal pronoun ("a-t-on appris de source policière"; "X a appris que" is no report). */
  impersonalOnlyVerbs: readonly string[];
  /** Titles written as acronyms ("PDG", "CEO"): a definite one points back to its holder like any role noun. */
  titleAcronyms: readonly string[];
  /** Honorifics that give their bearer a role, with the role's nouns ("Me" → "avocat", "avocate"). */
  honorificRoles: readonly (readonly [string, readonly string[]])[];
  /** Organization nouns that name no kind ("organisation"): a name holding one says nothing against "l'agence". */
  genericOrganizationNouns: readonly string[];
  /** Nouns for a kind of organization that, with a definite article, point back to the one that spoke last ("l'entreprise", "the union"). */
  organizationNouns: readonly string[];
  /** Whether a noun comes after its modifiers, so that a name before the last noun only qualifies it ("a Kremlin spokesman"). */
  modifiersPrecedeNoun: boolean;
  /** Prepositions before the one spoken to, who is no speaker: "a répondu à Viktor Orban". */
  addresseeMarkers: readonly string[];
  /** Singular personal pronouns for a woman ("elle", "she") and for a man ("il", "he"). */
  femininePronouns: readonly string[];
  masculinePronouns: readonly string[];
  /** Common given names of women and of men in the language's news: a pronoun of the other gender is not theirs. */
  feminineGivenNames: readonly string[];
  masculineGivenNames: readonly string[];
}
