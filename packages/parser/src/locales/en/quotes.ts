import type { QuoteWords } from "../../stages/quotes/index.js";

/** Regular reporting verbs by base form; their -s, -ed and -ing forms are derived below. */
const regularVerbs = [
  "add", "state", "announce", "explain", "note", "warn", "claim", "insist", "argue", "tweet", "remark",
  "confirm", "report", "declare", "stress", "emphasise", "emphasize", "acknowledge", "admit", "reply",
  "respond", "urge", "suggest", "comment", "observe", "predict", "promise", "vow", "pledge", "conclude",
  "recall", "reveal", "estimate", "indicate", "assert", "maintain", "contend", "complain", "caution",
  "concede", "explain", "affirm", "reiterate", "repeat", "allege", "underline", "point out", "deny",
  "answer", "continue", "joke", "boast", "agree", "mention", "testify", "inform", "assure", "signal",
  "post", "ask", "recount", "retort", "counter", "exclaim", "remind", "clarify", "quip", "fire back", "advise",
];

/** "add" → adds, added, adding; "reply" → replies, replied; "admit" → admitted. */
function regularForms(base: string): { base: string; past: string; third: string; ing: string } {
  const [verb, particle] = base.split(" ") as [string, string | undefined];
  const tail = particle ? ` ${particle}` : "";
  const doubled = /^(admit|regret|commit|permit|omit|quip)$/.test(verb);
  const past = verb.endsWith("e")
    ? `${verb}d`
    : /[^aeiou]y$/.test(verb)
      ? `${verb.slice(0, -1)}ied`
      : doubled
        ? `${verb}${verb.slice(-1)}ed`
        : `${verb}ed`;
  const third = /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : /(s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`;
  const ing = verb.endsWith("ie")
    ? `${verb.slice(0, -2)}ying`
    : verb.endsWith("e") && !verb.endsWith("ee")
      ? `${verb.slice(0, -1)}ing`
      : doubled
        ? `${verb}${verb.slice(-1)}ing`
        : `${verb}ing`;
  return { base, past: past + tail, third: third + tail, ing: ing + tail };
}

const regular = regularVerbs.map(regularForms);

// (British spelling doubles the "l": "signalled".)
const irregularPast = ["said", "told", "wrote", "written", "swore", "sworn", "made clear", "shot back", "hit back", "signalled"];
const irregularPresent = ["says", "tells", "writes", "makes clear", "shoots back", "hits back"];

export const quotes: QuoteWords = {
  participles: [...regular.map((forms) => forms.past), ...irregularPast],
  finiteForms: [...regular.flatMap((forms) => [forms.past, forms.third]), ...irregularPast, ...irregularPresent],
  pluralForms: [...regular.map((forms) => forms.base), "say", "tell", "write", "believe", "think", "fear"],
  presentParticiples: [...regular.map((forms) => forms.ing), "saying", "telling", "writing", "making clear", "quoted as saying", "citing", "blaming"],
  auxiliaries: ["has", "have", "had", "will", "would", "was", "were", "is", "are", "could", "might", "did", "does", "having"],
  invertedPronouns: [],
  reflexiveNotSpeech: [],
  copulas: ["is", "was", "are", "were", "will", "would", "remains", "remained", "seems", "seemed"],
  ageComplement: null,
  adverbs: [
    "also", "later", "previously", "earlier", "then", "further", "repeatedly", "publicly", "already", "again",
    "since", "reportedly", "recently", "once", "not", "never", "been", "quoted", "as", "separately", "privately",
    "explicitly", "flatly", "firmly", "clearly", "simply", "only", "just", "even", "still", "however", "himself",
    "herself", "themselves", "itself", "had", "further", "publicly", "repeatedly", "afterwards", "afterward",
    // "The paper first reported …": when a report came is no part of who made it.
    "first", "initially", "originally", "subsequently",
  ],
  complementizers: ["that"],
  complementizerAfterAdverbials: false,
  notBeforeComplementizer: ["so", "such", "now", "given", "except"],
  bareClauseVerbs: [
    "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "stated", "states",
    "claimed", "claims", "insisted", "insists", "argued", "argues", "wrote", "writes", "reported", "reports",
    "warned", "warns", "noted", "notes", "explained", "explains", "confirmed", "confirms",
    "tweeted", "remarked", "acknowledged", "admitted", "stressed", "maintained", "conceded",
    "predicted", "testified", "informed", "assured", "replied", "responded", "asserted", "declared",
    "pointed", "points", "report", "claim", "argue", "insist", "warn", "note", "state", "add", "explain",
    "believe", "think", "fear", "announced", "announces", "suggested", "suggests", "revealed", "reveals", "denied",
    "denies", "recalled", "recalls", "indicated", "indicates", "complained", "complains", "contended", "contends",
    "alleged", "alleges", "conceded", "concedes", "reiterated", "reiterates", "agreed", "agrees",
    // "…, insisting it was needed": a participle clause reports without "that" as its verb does.
    "insisting", "warning", "arguing", "claiming", "noting", "stressing", "explaining", "acknowledging",
    "admitting", "predicting", "suggesting", "adding", "estimated", "estimates",
  ],
  clauseVerbs: [
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should", "do", "does", "did", "isn't", "aren't", "wasn't", "weren't",
    "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "didn't", "doesn't",
    "don't", "plans", "wants", "needs", "intends", "expects", "remains", "faces", "seeks", "hopes", "knows",
    "believes", "thinks", "says", "said", "made", "went", "came", "took", "gave", "left", "told", "met", "won", "lost",
    "saw", "got", "became", "began", "kept", "held", "ran", "knew", "thought", "felt", "found", "paid", "sent", "set",
    "fell", "rose", "grew", "sold", "bought", "brought", "built", "led", "spent", "struck", "drew", "drove", "broke",
    "chose", "spoke", "stood", "fled", "fought", "hid", "sank", "shrank", "meant",
  ],
  accordingTo: ["according to"],
  ownSources: ["our"],
  accordingRelatives: ["which", "whom"],
  as: ["as"],
  subjectPronouns: ["he", "she", "they", "it", "him", "her", "them"],
  singularPronouns: ["he", "she", "him", "his", "her"],
  pluralPronouns: ["they", "them"],
  nonPersonPronouns: ["it"],
  demonstratives: ["the latter"],
  passiveAgents: ["by"],
  passiveAuxiliaries: ["been", "being"],
  gerundEnding: "ing",
  pastEnding: "ed",
  infinitive: null,
  notInfinitives: [],
  possessives: ["his", "her", "their", "its"],
  relativePronouns: ["who", "which", "whose", "whom", "that", "where"],
  locativeRelatives: ["where"],
  ownPredicates: [
    "accused", "praised", "criticised", "criticized", "condemned", "denounced", "urged", "thanked", "welcomed",
    "dismissed", "blamed", "vowed", "pledged", "promised", "declined", "refused", "called", "apologised", "apologized",
    "hailed", "defended", "rejected", "slammed",
  ],
  commentParticiples: ["sparking", "prompting", "fuelling", "fueling", "triggering", "stoking", "fanning", "raising", "drawing", "reviving", "illustrating", "reflecting", "signalling", "signaling", "marking"],
  authorLinks: ["from"],
  articles: ["the", "a", "an", "this", "that", "these", "those"],
  indefiniteArticles: ["a", "an"],
  quantifiers: ["many", "several", "some", "few", "numerous", "various", "most", "one", "two", "three", "four", "five", "ten"],
  collectiveNouns: ["police", "people", "staff", "personnel", "media", "clergy", "military"],
  speechActs: [
    "called", "calls", "call", "described", "describes", "urged", "urges", "dismissed", "dismisses", "hailed",
    "hails", "praised", "praises", "condemned", "condemns", "denounced", "denounces", "branded", "brands",
    "labelled", "labeled", "welcomed", "welcomes", "accused", "accuses", "criticised", "criticized",
    "promised", "promises", "vowed", "vows", "pledged", "pledges", "was", "is", "were", "are", "remains",
    "remained", "be", "being", "been", "expressed", "expresses", "wanted", "wants", "hoped", "hopes",
    "congratulated", "defended", "defends", "thanked", "apologised", "apologized", "regretted", "expressing", "calling", "describing",
    "cited", "cites", "citing",
  ],
  namingWords: [
    "so-called", "dubbed", "titled", "entitled", "named", "nicknamed", "known", "term", "word", "slogan",
    "motto", "title", "headline", "headlined", "hashtag", "operation", "book", "film", "movie", "song", "album", "show", "programme", "program", "plan",
    "documentary", "novel", "memoir", "series", "play", "exhibition", "musical", "podcast",
    "project", "campaign", "movement", "means", "meaning", "label", "brand", "called", "question",
  ],
  impersonal: [],
  spokespersonWords: ["spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer", "mouthpiece"],
  roleSynonyms: [
    ["head of government", "prime minister"],
    ["premier", "prime minister"],
    ["head of state", "president"],
    ["top diplomat", "foreign minister"],
  ],
  partitives: ["one of"],
  coordinators: ["and", "then", "but"],
  topicPrepositions: ["of", "about", "against"],
  fusedPrepositions: [],
  viewpointMarkers: ["for"],
  predicateOpeners: ["goes", "go", "does", "do", "doesn't", "don't", "cannot", "can't", "can", "should", "must", "may", "fails", "falls", "marks", "represents"],
  irregularPast: [
    "gave", "made", "went", "came", "took", "left", "met", "won", "lost", "saw", "got", "became", "began", "kept",
    "held", "ran", "knew", "felt", "found", "paid", "sent", "fell", "rose", "grew", "sold", "bought", "brought",
    "built", "led", "spent", "struck", "drew", "drove", "broke", "chose", "spoke", "stood", "fled", "fought", "hid",
    "said", "told", "wrote",
  ],
  demonstrativeDeterminers: ["this", "that"],
  documentAnaphors: ["document", "text"],
  ownerVoices: ["office", "camp", "campaign", "team", "entourage", "spokesman", "spokeswoman", "spokesperson", "delegation"],
  ownBodies: ["office", "campaign", "team"],
  prepositions: ["to", "in", "on", "at", "by", "for", "from", "with", "without", "of", "into", "about", "among", "amongst", "between", "during", "after", "before", "via", "under", "over", "against", "amid", "despite"],
  clauseBreaks: ["while", "whereas", "although", "though", "as"],
  subordinators: ["after", "because", "when", "while", "although", "though", "whereas", "unless", "until"],
  audience: [
    "to", "the", "a", "an", "reporters", "reporter", "journalists", "journalist", "press", "media", "local",
    "national", "state", "news", "agency", "in", "on", "at", "during", "interview", "statement", "conference",
    "briefing", "radio", "television", "tv", "broadcaster", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
    "last", "week", "this", "earlier", "later", "also", "via", "twitter", "post", "posted", "written", "letter",
    "his", "her", "their", "its", "parliament", "congress", "senate", "lawmakers", "audience", "crowd",
    "supporters", "cnn", "bbc", "afp", "reuters", "ap", "ft", "associated", "daily", "times", "newspaper",
    "told", "us", "him", "them", "on", "about", "after", "before", "meeting", "summit", "speech",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  ],
  functionWords: [
    "and", "or", "of", "to", "in", "on", "at", "by", "for", "from", "with", "without", "as", "that", "which",
    "who", "but", "than", "into", "over", "under", "about", "against", "between", "after", "before", "during",
    "is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "he", "she", "they", "it", "the", "a", "an", "this", "while", "when", "if", "because",
    "so", "then", "since", "until", "whether", "not", "nor", "yet", "said", "says", "according",
  ],
  abbreviations: [
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "st", "jr", "sr",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc", "corp",
    "co", "ltd", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m", "approx", "fig", "gov", "pres", "rev",
  ],
  genitives: ["of"],
  issuingParticiples: ["issued", "released", "signed", "published"],
  recipientParticiples: ["received", "obtained", "seen", "reviewed", "quoted", "cited", "relayed", "consulted"],
  documentNouns: [
    "report", "reports", "statement", "statements", "estimate", "estimates", "figures", "data", "tally", "study",
    "survey", "letter", "count", "statistics", "words", "account", "remarks", "comments", "testimony", "version", "sources",
    "poll", "polls",
  ],
  anaphoricPersonNouns: [
    "executive", "lawmaker", "politician", "legislator", "diplomat", "campaigner", "lawyer", "attorney", "researcher", "scientist",
    "academic", "economist", "activist", "engineer", "member", "leader", "defender", "striker", "midfielder", "goalkeeper", "defendant", "plaintiff",
  ],
  formerMarkers: ["former", "ex"],
  lowerRanks: ["vice", "deputy", "assistant", "under", "associate"],
  sameMarkers: ["same"],
  outletNouns: ["news", "agency", "newspaper", "daily", "broadcaster", "channel", "network", "outlet", "magazine", "tabloid", "website", "radio", "television", "wire"],
  closenessMarkers: ["close to", "familiar with", "near to"],
  electedTitles: ["senator", "congressman", "congresswoman", "representative", "mayor", "councillor", "councilor", "councilman", "councilwoman", "legislator", "lawmaker", "assemblyman", "assemblywoman", "mp"],
  recordNouns: [
    "report", "reports", "filing", "filings", "document", "documents", "record", "records", "memo", "memos", "study", "indictment",
    "affidavit", "minutes", "transcript", "transcripts", "papers",
  ],
  genericOrganizationNouns: ["organization", "organisation"],
  impersonalOnlyVerbs: [],
  titleAcronyms: ["CEO", "CFO", "COO", "CTO", "PM"],
  honorificRoles: [],
  organizationNouns: ["ministry", "presidency", "agency", "regulator", "watchdog", "company", "firm", "group", "union", "carrier", "maker", "manufacturer", "retailer", "bank", "party", "club", "organisation", "organization", "charity", "operator", "airline", "insurer", "lender", "federation", "institution", "alliance", "coalition", "bloc"],
  modifiersPrecedeNoun: true,
  // "to" also opens "according to": English marks no addressee this way.
  addresseeMarkers: [],
  femininePronouns: ["she", "her"],
  masculinePronouns: ["he", "his", "him"],
  feminineGivenNames: [
    "Mary", "Elizabeth", "Sarah", "Jennifer", "Linda", "Susan", "Karen", "Nancy", "Lisa", "Margaret", "Emily", "Emma",
    "Olivia", "Jessica", "Ashley", "Amanda", "Rachel", "Laura", "Rebecca", "Kate", "Katherine", "Catherine", "Anne",
    "Ann", "Helen", "Ruth", "Nicole", "Michelle", "Angela", "Kamala", "Hillary", "Theresa", "Liz", "Ellen", "Maria",
    "Jane", "Julia", "Claire", "Lucy", "Hannah", "Grace", "Alice", "Victoria", "Charlotte", "Sophie", "Amy", "Diane",
    "Diana", "Patricia", "Barbara", "Carol", "Deborah", "Sharon", "Donna", "Megan", "Heather", "Melissa", "Stephanie",
    "Christine", "Janet", "Joan", "Judith", "Kathleen", "Martha", "Ursula", "Giorgia", "Jacinda", "Yvette", "Rosa",
    "Carmen", "Ana", "Sofia", "Priti", "Nadine", "Sandra", "Caroline", "Louise", "Fiona", "Rosie", "Jenny", "Jo",
    "Maggie", "Molly", "Natalie", "Samantha", "Tracy", "Wendy", "Yvonne", "Zoe",
  ],
  masculineGivenNames: [
    "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles", "Christopher",
    "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Steve", "Paul", "Andrew", "Joshua", "Kenneth",
    "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary",
    "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory",
    "Frank", "Alexander", "Raymond", "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Henry", "Adam",
    "Douglas", "Peter", "Nathan", "Zachary", "Kyle", "Walter", "Harold", "Carl", "Arthur", "Roger", "Joe", "Barack",
    "Bill", "Boris", "Keir", "Rishi", "Tom", "Tony", "Vladimir", "Emmanuel", "Olaf", "Narendra", "Dale", "Jim",
    "Mike", "Ben", "Sam", "Jon", "Dan", "Greg", "Ted", "Mitch", "Chuck", "Nigel", "Gordon", "Ed", "Liam", "Oliver",
    "Harry", "Jeremy", "Simon", "Hugh", "Ian", "Neil", "Graham", "Colin", "Alan", "Martin", "Dominic", "Wes",
    "Sergei", "Dmitry", "Xi",
  ],
};
