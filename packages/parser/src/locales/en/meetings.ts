import type { MeetingWords } from "../../stages/meetings/index.js";
import { demonyms } from "./places.js";

/** A case-insensitive, global pattern ending a word (the stage checks that it starts one). */
const words = (source: string) => new RegExp(`(?:${source})(?![\\p{L}])`, "giu");

/** The same, case-sensitive: for patterns that look for a capitalised name after the verb. */
const casedWords = (source: string) => new RegExp(`(?:${source})(?![\\p{L}])`, "gu");

/** Countries by their names and demonyms, lower case as written. */
const countries: Record<string, string> = {
  "european union": "EU", european: "EU", europeans: "EU", russia: "Russia", russian: "Russia",
  russians: "Russia", "united states": "United States", "u.s.": "United States", usa: "United States",
  american: "United States", americans: "United States", ukraine: "Ukraine", ukrainian: "Ukraine",
  ukrainians: "Ukraine", china: "China", chinese: "China", "people's republic of china": "China",
  france: "France", french: "France", germany: "Germany", german: "Germany", germans: "Germany",
  britain: "Britain", "united kingdom": "Britain", uk: "Britain", "u.k.": "Britain", british: "Britain",
  iran: "Iran", iranian: "Iran", iranians: "Iran", japan: "Japan", japanese: "Japan", italy: "Italy",
  italian: "Italy", spain: "Spain", spanish: "Spain", poland: "Poland", polish: "Poland", turkey: "Turkey",
  turkish: "Turkey", israel: "Israel", israeli: "Israel", syria: "Syria", syrian: "Syria",
  lebanon: "Lebanon", egypt: "Egypt", egyptian: "Egypt", india: "India", indian: "India", canada: "Canada",
  canadian: "Canada", canadians: "Canada", brazil: "Brazil", brazilian: "Brazil", mexico: "Mexico",
  mexican: "Mexico", "south korea": "South Korea", "south korean": "South Korea",
  "republic of korea": "South Korea", "north korea": "North Korea", taiwan: "Taiwan", belarus: "Belarus",
  nigeria: "Nigeria", benin: "Benin", niger: "Niger", argentina: "Argentina", bolivia: "Bolivia",
  chile: "Chile", colombia: "Colombia", ecuador: "Ecuador", guyana: "Guyana", paraguay: "Paraguay",
  peru: "Peru", suriname: "Suriname", uruguay: "Uruguay", venezuela: "Venezuela", austria: "Austria",
  switzerland: "Switzerland", belgium: "Belgium", netherlands: "Netherlands", greece: "Greece",
  portugal: "Portugal", iraq: "Iraq", "saudi arabia": "Saudi Arabia", qatar: "Qatar",
  "czech republic": "Czech Republic", hungary: "Hungary", australia: "Australia", afghanistan: "Afghanistan",
  pakistan: "Pakistan",
  // Demonyms of more countries, as the place names spell the country.
  armenian: "Armenia", armenians: "Armenia", azerbaijani: "Azerbaijan", azerbaijanis: "Azerbaijan",
  sudanese: "Sudan", saudi: "Saudi Arabia", saudis: "Saudi Arabia", emirati: "United Arab Emirates",
  emiratis: "United Arab Emirates", omani: "Oman", omanis: "Oman", qatari: "Qatar", qataris: "Qatar",
  kuwaiti: "Kuwait", kuwaitis: "Kuwait", jordanian: "Jordan", jordanians: "Jordan", lebanese: "Lebanon",
  palestinian: "Palestine", palestinians: "Palestine", iraqi: "Iraq", iraqis: "Iraq", afghan: "Afghanistan",
  afghans: "Afghanistan", pakistani: "Pakistan", pakistanis: "Pakistan", nepalese: "Nepal", nepali: "Nepal",
  "sri lankan": "Sri Lanka", "sri lankans": "Sri Lanka", vietnamese: "Vietnam", thai: "Thailand",
  indonesian: "Indonesia", indonesians: "Indonesia", filipino: "Philippines", filipinos: "Philippines",
  malaysian: "Malaysia", malaysians: "Malaysia", australian: "Australia", australians: "Australia",
  "south african": "South Africa", "south africans": "South Africa", nigerian: "Nigeria", nigerians: "Nigeria",
  kenyan: "Kenya", kenyans: "Kenya", ethiopian: "Ethiopia", ethiopians: "Ethiopia", senegalese: "Senegal",
  ghanaian: "Ghana", ghanaians: "Ghana", moroccan: "Morocco", moroccans: "Morocco", algerian: "Algeria",
  algerians: "Algeria", tunisian: "Tunisia", tunisians: "Tunisia", libyan: "Libya", libyans: "Libya", malian: "Mali",
  malians: "Mali", greek: "Greece", greeks: "Greece", dutch: "Netherlands", belgian: "Belgium", belgians: "Belgium",
  swiss: "Switzerland", austrian: "Austria", austrians: "Austria", hungarian: "Hungary", hungarians: "Hungary",
  czech: "Czech Republic", czechs: "Czech Republic", slovak: "Slovakia", slovaks: "Slovakia", romanian: "Romania",
  romanians: "Romania", bulgarian: "Bulgaria", bulgarians: "Bulgaria", serbian: "Serbia", serbians: "Serbia",
  serbs: "Serbia", croatian: "Croatia", croatians: "Croatia", croats: "Croatia", kosovar: "Kosovo",
  kosovars: "Kosovo", albanian: "Albania", albanians: "Albania", moldovan: "Moldova", moldovans: "Moldova",
  belarusian: "Belarus", belarusians: "Belarus", lithuanian: "Lithuania", lithuanians: "Lithuania",
  latvian: "Latvia", latvians: "Latvia", estonian: "Estonia", estonians: "Estonia", finnish: "Finland",
  finns: "Finland", swedish: "Sweden", swedes: "Sweden", norwegian: "Norway", norwegians: "Norway",
  danish: "Denmark", danes: "Denmark", irish: "Ireland", georgian: "Georgia", georgians: "Georgia",
  kazakh: "Kazakhstan", kazakhs: "Kazakhstan", portuguese: "Portugal", argentine: "Argentina",
  argentinian: "Argentina", argentines: "Argentina", chilean: "Chile", chileans: "Chile", peruvian: "Peru",
  peruvians: "Peru", colombian: "Colombia", colombians: "Colombia", venezuelan: "Venezuela",
  venezuelans: "Venezuela", cuban: "Cuba", cubans: "Cuba", haitian: "Haiti", haitians: "Haiti", syrians: "Syria",
  israelis: "Israel", egyptians: "Egypt", brazilians: "Brazil", mexicans: "Mexico",
  turks: "Turkey", italians: "Italy", spaniards: "Spain",
};
// Every nationality of the place list names its country too ("Laotian and Thai negotiators"); the forms above come first.
for (const [demonym, country] of Object.entries(demonyms)) countries[demonym.toLowerCase()] ??= country;

/** Capitals and seats of power, standing for their country. */
const capitals: Record<string, string> = {
  moscow: "Russia", kremlin: "Russia", washington: "United States", "white house": "United States",
  kyiv: "Ukraine", kiev: "Ukraine", beijing: "China", paris: "France", "élysée": "France", berlin: "Germany",
  london: "Britain", "downing street": "Britain", tehran: "Iran", tokyo: "Japan", rome: "Italy",
  madrid: "Spain", warsaw: "Poland", ankara: "Turkey", damascus: "Syria", beirut: "Lebanon", cairo: "Egypt",
  "new delhi": "India", ottawa: "Canada", "brasília": "Brazil", brasilia: "Brazil", seoul: "South Korea",
  pyongyang: "North Korea", taipei: "Taiwan", minsk: "Belarus", vienna: "Austria", athens: "Greece",
  baghdad: "Iraq", riyadh: "Saudi Arabia", budapest: "Hungary", kabul: "Afghanistan", islamabad: "Pakistan",
};

/** The name of a trade union ("Transport Workers Union", "Unite", "National Nurses Alliance"). */
const unionName =
  /(?<![\p{L}])(?:Workers|Teamsters|Guild|Brotherhood|Employees|Trades?\s+Union|Unite|AFL-CIO|UAW|Nurses|Teachers|Pilots|Machinists|Miners|Labor\s+Federation)(?![\p{L}])/u;
/** Not a company: a union, a public body, a federation, a party. */
const companyNot =
  /(?<![\p{L}])(?:Workers|Teamsters|Guild|Brotherhood|Employees|Union|Unite|Alliance|Federation|Association|Ministry|Department|Agency|Administration|Authority|Commission|Committee|Council|Senate|House|Congress|Parliament|Government|Party|Court|University|Institute|Service|Bank|Fund|Exchange|Partnership|Organi[sz]ation)(?![\p{L}])/u;

export const meetings: MeetingWords = {
  // Grouped by first letter (the order within a group kept): a regex engine then tries one group per character.
  cue: /(?:opening\s+ceremon|phone|t(?:elephone|alks|ravel|rip|alked|ête|estif|our)|c(?:losing\s+ceremon|all|onsult|onvene|ommittee|ommission|ourtesy|ongress)|bilateral|welcom|briefing|panel|reconvene|fl(?:y|ew|ies)\s+to|v(?:ideo|irtual|isit)|s(?:ummit|ession|at\s+down|it\s+down|itting\s+down|poke|peak)|negotiat|d(?:ebate|inner|ine|iscuss)|a(?:rriv|ppear|gm)|m(?:eet|et(?![\p{L}]))|h(?:ost|earing)|receiv|lunch|b(?:reakfast|argaining\s+table)|gather|round)/iu,
  cues: [
    { kind: "video_conference", pattern: words("video\\s*(?:call|conference|link|summit|meeting)s?|videoconferenc(?:e|es|ing)|virtual\\s+(?:summit|meeting)s?"), channel: true },
    // "will welcome Prime Minister Raj Mehta to Oslo": a guest named or titled next (not "welcomed the decision").
    {
      kind: "meeting",
      pattern: casedWords(
        "welcom(?:e|es|ed|ing)(?=\\s+(?:(?:his|her|their)\\s+(?:[\\p{L}-]+\\s+)?counterparts?|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|It|A|An)(?![\\p{L}]))(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+\\s+\\p{Lu}[\\p{L}'’-]+(?!['’]s)))",
      ),
      verb: true,
    },
    // "paid a courtesy call on the King": a visit, not a phone call.
    { kind: "visit", pattern: words("courtesy\\s+(?:call|visit)s?") },
    // "Berg called Prime Minister Olaf Dane on Tuesday": a named caller rings a named person up.
    {
      kind: "phone_call",
      pattern: casedWords(
        "called(?<=\\p{Lu}[\\p{L}'’-]+\\s+called)(?=\\s+(?:(?:President|Prime\\s+Minister|Chancellor|King|Queen|Minister|Secretary|Governor|Senator|Mayor|Premier)\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2}\\s+(?:on|late|early|last|this|yesterday|today|after|before|from|to\\s+(?:discuss|congratulate|express|offer))(?![\\p{L}]))",
      ),
      verb: true,
      channel: true,
    },
    // "we will take a call on it": a decision, unless the call comes from or is with someone.
    { kind: "phone_call", pattern: words("(?:tele)?phone(?:\\s+(?:call|conversation|talks?))?|phoned|by\\s+telephone|call(?:(?<!(?:take|takes|took|taken|taking)\\s+(?:a|the)\\s+(?:final\\s+)?call)|(?=\\s+(?:from|with)\\s))(?!\\s+(?:for|on(?!\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\\p{L}.]*\\s+\\d)|off|to|up)(?![\\p{L}]))"), channel: true },
    { kind: "summit", pattern: words("summits?") },
    // "an extraordinary congress of the federation", "the party congress": a body convened (not the US Congress, capitalised).
    { kind: "meeting", pattern: casedWords("(?<![\\p{L}])congress(?:es)?(?!\\s+(?:would|will|to)\\s)") },
    { kind: "negotiations", pattern: words("talks|negotiations?|negotiating\\s+(?:teams?|session|round|table)|bargaining\\s+table") },
    { kind: "consultations", pattern: words("consultations") },
    { kind: "consultations", pattern: words("consult(?:s|ed|ing)?\\s+with"), verb: true },
    { kind: "debate", pattern: words("debates?|debated") },
    // "will visit Seoul": the verb, before the noun pattern takes it.
    { kind: "visit", pattern: casedWords("(?<=(?:will|to|would|shall|may|might|could|must)\\s)visit(?=\\s+(?:the\\s+)?\\p{Lu})"), verb: true },
    { kind: "visit", pattern: words("(?:state\\s+|official\\s+)?visits?|trip\\s+to") },
    { kind: "visit", pattern: casedWords("visit(?:ed|ing)(?=\\s+(?:the\\s+)?\\p{Lu})"), verb: true },
    // "is due to arrive on Monday": the start of a visit told before.
    { kind: "visit", pattern: words("(?:will|would)\\s+travel\\s+to|travell?ed\\s+to|travels\\s+to|arrive[sd]?\\s+in|arrive[sd]?\\s+here|(?:(?:due|expected|scheduled|set)\\s+to\\s+arrive|will\\s+arrive|arrive[sd])(?=\\s+on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:will\\s+fly|would\\s+fly|flew|flies)\\s+to"), verb: true },
    { kind: "meeting", pattern: words("meetings?|agms?|bilaterals?(?!\\s+(?:agreements?|relations|relationship|trade|ties|deals?|treat(?:y|ies)|cooperation|visits?|talks|meetings?|summits?|investment|accords?|issues?|matters?|partnership|interests?|level|basis)|\\s*,\\s*\\p{Ll}|\\s+(?:and|or)\\s+\\p{Ll})|dinner|lunch|breakfast|working\\s+session|hearing|tête-à-tête|round\\s*tables?|roundtables?") },
    // A body's briefing ("the Security Council will hold a briefing"), not a press briefing (left out as no meeting).
    { kind: "meeting", pattern: words("(?:hold|holds|held|holding)\\s+(?:an?\\s+)?(?:\\p{Ll}+\\s+)?briefing"), verb: true },
    // "toured the depot with the transit director": a visit in company.
    { kind: "visit", pattern: words("tour(?:ed|s)?(?=\\s+(?:the\\s+)?[\\p{L}\\s-]{1,40}?\\s+with(?![\\p{L}]))"), verb: true },
    // A witness heard by a body: the body's hearing ("will testify before the Senate committee"), not a court's.
    {
      kind: "meeting",
      pattern: words(
        "(?:testif(?:y|ies|ied|ying)\\s+(?:before|to)|appear(?:s|ed|ing)?\\s+before|told(?=\\s+(?:the\\s+)?(?:[\\p{L}'’]+\\s+){0,4}(?:[Cc]ommittee|[Ss]ubcommittee|[Cc]ommission|[Pp]anel)(?![\\p{L}])))(?=[^.;]{0,60}?(?:[Cc]ommittee|[Cc]ommission|[Ss]ubcommittee|[Pp]anel|Senate|Congress|Parliament|House|[Ll]awmakers|[Ss]enators|MPs)(?![\\p{L}]))",
      ),
      verb: true,
    },
    {
      kind: "meeting",
      pattern: words(
        "meet(?:s|ing)?|met|hosted(?<=(?:was|were|is|are|be|been|being)\\s+hosted)|hosted(?!\\s+by(?![\\p{L}]))|hosts|host|dined|lunched|had\\s+lunch|gather(?:ed|s)?|(?:re)?convene[sd]?|sat\\s+down|sit\\s+down|sitting\\s+down|spoke\\s+with|speak\\s+with|spoke\\s+to|speak\\s+to|talked\\s+with",
      ),
      verb: true,
    },
    // "spoke on Sunday with X", "talked by phone late on Monday to X": a day or the means between the verb and its side.
    {
      kind: "meeting",
      pattern: words(
        "(?:spoke|talked)(?=(?:\\s+(?:on\\s+\\p{L}+day|yesterday|today|tonight|by\\s+(?:tele)?phone|(?:on|over)\\s+the\\s+(?:tele)?phone|again|briefly|separately|(?:early|late)(?:\\s+on)?\\s+\\p{L}+|(?:this|last)\\s+\\p{L}+)){1,3}\\s+(?:with|to)\\s)",
      ),
      verb: true,
    },
    {
      kind: "meeting",
      // A guest named or titled next ("received Chancellor Olaf Scholz"), not a thing received ("received the prize");
      // or the host after the passive ("were received by the commissioner").
      pattern: casedWords(
        "(?:was|were|been|being|be|is|are)\\s+received\\s+by(?=\\s+(?:the\\s+)?\\p{L})|(?:receive[sd]?|receiving)(?=\\s+(?:(?:\\p{Lu}\\p{Ll}+\\s+)?(?:President|Prime\\s+Minister|Chancellor|King|Queen|Pope|Minister|Secretary|Foreign\\s+Minister)\\s|(?:his|her|their)\\s+(?:\\p{L}+\\s+)?(?:counterpart|guest)s?(?![\\p{L}])|a\\s+delegation(?![\\p{L}])|(?:the\\s+)?(?:leaders|heads|representatives|delegates|envoys|delegations)\\s+of(?![\\p{L}])|\\p{Lu}\\p{Ll}+\\s+(?!(?:Prize|Award|Medal|Cup|Trophy|Order)(?![\\p{L}]))\\p{Lu}\\p{Ll}+(?:\\s|[,.;])))",
      ),
      verb: true,
    },
    // "Joe Biden and Benjamin Netanyahu spoke for 30 minutes": two named people who spoke spoke together (the word
    // comes first so that the look-behind runs only where it is found).
    {
      kind: "meeting",
      pattern: casedWords("(?:spoke|talked|conferred)(?<=\\p{Lu}\\p{Ll}+\\s+and\\s+(?:\\p{Lu}\\p{Ll}+\\s+){0,4}\\p{Lu}[\\p{L}'’-]+\\s+\\p{Ll}+)(?=\\s+(?:for|on|by|at|late|early|again|last|this|yesterday|today|\\p{Ll}+day)(?![\\p{L}]))"),
      verb: true,
    },
    // Read like a verb: its tense is that of the verb just before it ("will open a new round"), not of the clause.
    { kind: "meeting", pattern: words("round|sessions?|(?:opening|closing)\\s+ceremon(?:y|ies)"), verb: true, weak: true, sitting: true },
    { kind: "meeting", pattern: words("discussions?|discuss(?:ed|es|ing)?|spoke|talked"), verb: true, weak: true },
  ],
  // A meeting denied ("did not meet", "no bilateral meeting", "has no plans to visit") is none.
  notMeeting: words("(?:through|via|by\\s+means\\s+of)\\s+(?:dialogue\\s+and\\s+)?(?:negotiations?|talks|dialogue|consultations?)|(?:not|never)\\s+reconvene|(?:did\\s+not|didn['’]t|does\\s+not|doesn['’]t|would\\s+not|wouldn['’]t|will\\s+not|won['’]t|never)\\s+(?:\\p{Ll}+\\s+)?(?:meet|visit|speak|talk|hold\\s+talks)|no\\s+(?:plans?\\s+to\\s+)?(?:\\p{Ll}+\\s+)?(?:meetings?|talks|summit|calls?|visits?|meet|visit)|(?:years|months|weeks|(?:many|several|long|endless|after)\\s+(?:days|hours))\\s+of\\s+(?:negotiations|talks|discussions)|medical\\s+visit|(?:was|were|been|being)\\s+met|(?:parliament|senate|congress|house\\s+of\\s+commons)\\s+(?:would\\s+|will\\s+)?(?:meet|sit|reconvene)s?(?![^.;,]{0,40}?\\s(?:to\\s+(?:decide|discuss|consider|examine|review|confirm)|in\\s+(?:an?\\s+)?(?:special|emergency|extraordinary)\\s+session)(?![\\p{L}]))|(?:press|news)\\s+conferences?|pressers?|(?:earnings|investor|analysts?['’]?)\\s+calls?|conference\\s+calls?\\s+with\\s+(?:analysts|investors)|press\\s+briefings?|(?<!courtesy\\s)call(?:s|ed)?\\s+(?:for|on(?!\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\\p{L}.]*\\s+\\d)|off)|visiting\\s+(?:hours|team|professor)|met\\s+with\\s+(?:criticism|protests?|opposition|resistance)|(?:return|returning|returned|back)\\s+from\\s+(?:his|her|their|the|a|an|this|that)\\s+(?:state\\s+|official\\s+)?(?:visit|trip)"),
  // Put off with no new day is called off for that day ("postponed indefinitely", "was postponed because of flooding").
  cancelled:
    /(?<![a-zA-Z])(?<![\p{L}])(?:cancell?(?:ed|ing|ation)?|called\s+off|calls\s+off|call\s+off|scrapped|scrapping|will\s+not\s+take\s+place|won['’]t\s+take\s+place|did\s+not\s+take\s+place|(?:postponed|delayed|put\s+off)\s+(?:indefinitely|until\s+further\s+notice)|(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:postponed|put\s+off)(?!\s+(?:to|until|till|by|for|a|an|one|two|three|\d+)(?![\p{L}\d]))(?=\s*(?:[,.;]|because|due|after|amid|as|over|owing|following|$)))(?![\p{L}])/iu,
  // "pushed back two weeks, to Oct. 15": the new date may follow the delay.
  postponed: /(?<![a-zA-Z])(?<![\p{L}])(?:postponed|pushed\s+back|delayed|moved|rescheduled)(?:\s+(?:by\s+)?(?:a|an|one|\d+|\p{L}+)\s+(?:days?|weeks?|months?)\s*,?)?\s+(?:to|until|till)(?![\p{L}])/giu,
  sides: /(?:teams|delegations|sides|parties|camps|governments|negotiators)$/iu,
  countriesByNumber: /(?<![a-zA-Z])(?<![\p{L}])(?:(?:the|their|its|all|these)\s+|(?=both\s))(?<count>both|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:countries|nations)(?![\p{L}])/iu,
  counts: { both: 2, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
  theirs: /(?<![a-zA-Z])(?<![\p{L}])their\s+(?:[\p{Ll}\d-]+\s+)?$/iu,
  anaphora:
    /(?<![a-zA-Z])(?<![\p{L}])(?:^(?:they)(?=\s)|the\s+two\s+(?:\p{Lu}\p{Ll}+\s+)?(?:leaders|presidents|men|women|candidates|rivals|contenders|finalists|sides|(?:prime\s+|foreign\s+)?ministers|premiers|chancellors|counterparts|heads\s+of\s+(?:state|government)|delegations|officials|envoys|diplomats)|the\s+two(?=\s+(?:last|first|previously|had|have|will|would|met|meet|spoke|talked)(?![\p{L}]))|an?\s+similar\s+(?:meeting|call|conversation|session|visit|summit)|both\s+(?:leaders|sides|men|delegations|parties|camps|governments|(?:negotiating\s+)?teams)|the\s+two\s+(?:parties|camps|governments|(?:\p{Ll}+['’]\s+)?(?:negotiating\s+)?(?:teams|delegations))|the\s+leaders|the\s+group(?=\s+(?:last\s+|first\s+|previously\s+|also\s+)?(?:met|meets|will\s+meet|is\s+to\s+meet|had\s+met|gathered|convened))|their\s+(?:negotiators|teams|delegations)|their(?=\s+(?:\p{Ll}+\s+)?(?:meetings?|calls?|conversations?|encounters?)(?![\p{L}]))|his\s+counterpart|her\s+counterpart)(?![\p{L}])/iu,
  ministerial: /(?<![a-zA-Z])(?<![\p{L}])minist(?:er|ers|erial)(?![\p{L}])/iu,
  // "Also present were", "Attending will be", "In attendance were":
  attendeesListed: /^\s*(?:Also\s+)?(?:present|attending|in\s+attendance)\s+(?:were|was|will\s+be|are)\s*[,:]?/iu,
  attendance:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:are|were|is|was)\s+(?:also\s+)?(?:expected|due|set|scheduled|invited)\s+to\s+(?:attend|take\s+part|participate|join)|(?:will|would)\s+(?:also\s+|all\s+|both\s+)?(?:attend|take\s+part|participate)|(?:have|has)\s+confirmed\s+(?:their|his|her)\s+(?:attendance|participation))(?![\p{L}])/iu,
  unnamedPerson:
    /(?<![a-zA-Z])(?<![\p{L}])(?:he|she|the\s+(?:\p{Ll}+\s+)?(?:president|leader|chief|minister|chancellor|king|queen|monarch|pope|secretary|candidate|mayor|governor))(?![\p{L}])/iu,
  countries,
  capitals,
  regions: [
    "south american", "south americans", "latin american", "latin americans", "north american", "north americans",
    "central american", "central americans", "eastern european", "eastern europeans", "central european",
    "central europeans",
  ],
  // "weeks ahead of a state visit", "the last before the summit", "before Friday's meeting": an event still to come,
  // whose day is not the clause's.
  aheadOf:
    /(?<![a-zA-Z])(?<![\p{L}])(?:ahead\s+of|in\s+the\s+run-up\s+to|(?:(?:days|weeks|months)\s+)?before)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight)['’]s\s+)?(?:\p{Ll}+\s+)?$/iu,
  dayNewsVerb: /(?<![a-zA-Z])(?<![\p{L}])(?<!had\s{1,3}(?:\p{L}{1,20}\s{1,3})?)(?<verb>met|held|hosted|visited|spoke\s+with|spoke\s+to|phoned|dined|lunched|had\s+lunch|received)(?![\p{L}])/giu,
  pluralNoun: /(?:meetings|dinners|lunches|summits|visits|hearings|debates|sessions)$/iu,
  plannedWeak: /(?<![a-zA-Z])(?<![\p{L}])(?:(?:is|are)\s+(?:scheduled|set|due|expected)\s+to|will|plans?\s+to)\s+$/iu,
  purpose: /(?<![a-zA-Z])(?<![\p{L}])for\s+(?:a|an|the|new|more)?\s*(?:\p{Ll}+\s+)?$/u,
  joinedSubject: /(?<![a-zA-Z])(?<![\p{L}])and\s+(?:\p{Ll}+\s+){0,4}\p{Lu}/u,
  negotiationPurpose: /^[^.;]*?(?<![\p{L}])(?:to|in\s+a\s+bid\s+to|aiming\s+to)\s+(?:try\s+to\s+|seek\s+to\s+)?(?:finali[sz]e|negotiate|renegotiate|conclude|seal|hammer\s+out|clinch)\s+(?:a|an|the|their|its)\s+(?:[\p{L}-]+\s+){0,3}(?:deal|agreement|accord|treaty|pact)(?![\p{L}])/u,
  agreedToStart: /(?<![a-zA-Z])(?<![\p{L}])(?:agreed|decided|voted|resolved)\s+to\s+(?:restart|resume|reopen|relaunch|start|open|launch|begin)\s+(?:the\s+|formal\s+|new\s+)?(?:\p{Ll}+\s+)?$/u,
  // "won the final on Sunday", "in the final": the noun; not the adjective ("the final debate", "the final terms of the deal").
  sports:
    /(?<![a-zA-Z])(?<![\p{L}])(?:match(?:es)?|final(?<=(?:the|a)\s+final)(?=\s*[,.;:!?)]|\s*$|\s+(?:against|on|in|at|and|was|were|will|is|with|between|of|versus|vs)(?![\p{L}]))|semi-finals?|quarter-finals?|championship|tournament|league|cup|season|stadium|goals?|contest|olympics?|fixture)(?![\p{L}])/iu,
  // "Thursday's call", "tomorrow's meeting": a day's own meeting, named again.
  // "spoke this morning by phone": a time of day is no meeting pointed back to.
  definite: /(?<![a-zA-Z])(?<![\p{L}])(?:(?:the|this|that|these|those|their|such)\s+(?!(?:morning|afternoon|evening|night|week|weekend|month|year)\s)(?:\p{Ll}+\s+){0,2}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|tomorrow)['’]s\s+(?:\p{Ll}+\s+)?)$/iu,
  // "two debates, the first on January 8 and the second on January 15": one more meeting.
  coordinated:
    /(?<![a-zA-Z])(?<![\p{L}])(?:and|but)\s+(?:(?:later|then|also|afterwards|subsequently)\s+)?(?:(?:held|had|joined|hosted)\s+(?:an?\s+|the\s+)?(?:\p{Ll}+\s+)?)?$/iu,
  objectPronoun: /^\s+(?:her|him|them)(?![\p{L}])/iu,
  then: /(?<![a-zA-Z])(?<![\p{L}])(?:then|before|followed\s+by|and\s+the\s+(?:second|third|next|last|final|other))(?![\p{L}])/iu,
  laterEvent: /(?<![a-zA-Z])(?<![\p{L}])(?:(?:after|since|following)\s+(?:their|the|his|her|its|an?)\s|(?:to\s+be|will\s+be|is\s+being|was|were)\s+held\s)/giu,
  cameAfter: /(?<![a-zA-Z])(?<![\p{L}])(?:came|comes|took\s+place|was\s+held|followed)\s+(?:shortly\s+|just\s+|soon\s+|hours\s+)?after\s/iu,
  tally: /(?<![\p{L}\d])(?:\d+(?:,\d{3})*|dozens\s+of|hundreds\s+of|scores\s+of|numerous|countless)\s+(?:[\p{Ll}-]+\s+)?$/iu,
  indefinitePlural: /(?<![a-zA-Z])(?<![\p{L}])(?:several|some|many|other|various)\s+(?:[\p{Ll}-]+\s+)?$/iu,
  sinceOpening: /^\s+since\s+(?:the\s+)?$/iu,
  blocLeaders:
    /(?<![a-zA-Z])(?<![\p{L}])(?:[Ll]eaders|[Hh]eads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?)\s+of\s+the\s+(?<bloc>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})(?![\p{L}])/gu,
  bilateral: /(?<![a-zA-Z])(?<![\p{L}])(?:bilateral\s+(?:meetings|talks|discussions|consultations)|bilaterals|separate\s+(?:bilateral\s+)?meetings)(?![\p{L}])/iu,
  withFollows: /^\s+with\s/iu,
  otherTime: /(?<![a-zA-Z\d])(?<![\p{L}\d])(?:1[89]\d\d|20\d\d)(?![\p{L}\d])|(?<![a-zA-Z])(?<![\p{L}])(?:recently|already|previously|once|(?:over|at|on)\s+the\s+weekend|last\s+(?:week|month)|earlier\s+this\s+(?:week|month)|throughout\s+(?!the\s+(?:day|morning|afternoon|evening|night)(?![\p{L}]))\p{L}+|in\s+recent\s+(?:weeks|months)|over\s+the\s+(?:past|last)\s+(?:few\s+|several\s+)?(?:weeks|months)|for\s+(?:weeks|months))(?![\p{L}])|(?<![a-zA-Z])(?<![\p{L}])in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/iu,
  topic:
    /(?<![a-zA-Z])(?<![\p{L}])(?:on|about|over|concerning|to\s+discuss)\s+(?:the\s+)?(?<topic>\p{Ll}[\p{L}'’-]*(?:\s+(?:of|for)\s+\p{Ll}[\p{L}'’-]*|\s+\p{Ll}[\p{L}'’-]*(?=\s+(?:and|with|in|at|on)(?![\p{L}]))){0,3})/u,
  // Not from a possessive's "s" ("Rivertown's board" is a board, not an "s board"), nor from a determiner ("the last cabinet meeting").
  bodies:
    /(?<![a-zA-Z'’-])(?<![\p{L}])(?<body>(?:(?!(?:The|A|An|This|That|These|Its|Their|His|Her|Our|On|In|At|But|And|Or|For|As|If|When|While|After|Before|Meanwhile)\s)\p{Lu}\p{Ll}+\s+(?=\p{Ll}))?(?:(?!(?:the|a|an|its|their|his|her|our|this|that|last|next|first|previous|same|whole|full|final|before|by|with|of|to|and|or|for)\s)\p{Ll}\p{L}*\s+){0,2}(?:commission|committee|council|board|cabinet|panel|association|federation|alliance|confederation|chamber|forum))(?![\p{L}])/gu,
  // "Arctic Council", "Nobel Committee", "Harbour and Canal Commission": up to three capitalised words before the
  // capitalised head, one of them joined by "and".
  namedBody: (head) =>
    new RegExp(
      `(?<![\\p{L}'’-])(?<name>(?:(?!The\\s|A\\s|An\\s|This\\s|Its\\s)\\p{Lu}[\\p{L}'’-]*\\s+(?:and\\s+(?=\\p{Lu}))?){1,3}${head.charAt(0).toUpperCase()}${head.slice(1)})(?![\\p{L}])`,
      "gu",
    ),
  convenedLegislature:
    /(?<![\p{L}'’.-])(?<body>(?:(?!(?:The|A|An|This|That|Its|Their|His|Her|Our|When|While|If|But|And)\s)\p{Lu}\p{Ll}+\s+){0,3}(?:[Pp]arliament|[Ss]enate|(?:National\s+|[Ll]egislative\s+)?[Aa]ssembly))(?=\s+(?:(?:will|would|is|was|are|were|has|had|have|due|set|scheduled|expected|to|also|again|been)\s+){0,4}(?:meet|meets|met|(?:re)?convene[sd]?)(?![\p{L}]))/gu,
  namedOrganization:
    /(?<![\p{L}\d'’-])(?:The\s+|the\s+)?(?<name>(?:(?!The\s|A\s|An\s|On\s|In\s|At\s|But\s|And\s)\p{Lu}[\p{L}'’.-]*\s+(?:of\s+|for\s+|and\s+)?){1,4}(?:Federation|Association|Union|Alliance|Confederation|Chamber\s+of\s+Commerce|Chamber|Bank|Fund|Organi[sz]ation|Coalition|Institute|Forum|Corporation|Company|Agency|Ministry|Board|Council|Committee|Commission))(?![\p{L}])/gu,
  groupSubject:
    /(?<![\p{L}])(?<group>(?:(?!(?:and|or|the|a|an|of|with|will|to|its|their|his|her|both|all|who|which|that)\s)\p{L}[\p{L}-]*\s+)?(?:negotiators|management|unions|union|workers|employers|strikers|bosses|pilots|drivers|nurses|doctors|teachers|farmers|residents|students|lawmakers|delegates|executives|landlords|tenants|miners|dockworkers|shareholders|creditors|bondholders))(?![\p{L}])/giu,
  groupParty:
    /(?:^\s*|(?<![a-zA-Z])(?<![\p{L}])(?:with|between|and)\s+)(?:the\s+|some\s+|several\s+)?(?<group>(?:(?!(?:the|a|an|its|their|his|her|both|all|of|and|with)\s)\p{Ll}[\p{L}-]*\s+){0,2}(?:mayors|unions|leaders|executives|operators|representatives|officials|farmers|students|workers|chiefs|lawmakers|trustees|residents|families|employers|donors|investors|envoys|delegates|lines|associations|activists|doctors|nurses|teachers|parents|victims|elders|clerics))(?![\p{L}])/u,
  bodyOwner:
    /(?<![\p{L}'’-])(?<owner>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s\s+(?:\p{Ll}+\s+){0,2}(?:board|committee|council|cabinet|commission|panel|executives?|management|shareholders)(?![\p{L}])/gu,
  // "The Finance Ministers of the Eurogroup met": with their portfolio before them, the ministers' body (not "Ministers of Finance").
  sideOrganization:
    /(?<![\p{L}])(?:[Rr]epresentatives|[Mm]anagers|[Nn]egotiators|[Dd]elegates|[Dd]elegations?|[Oo]fficials|[Ee]xecutives|[Bb]osses|[Mm]anagement|[Mm]embers|(?<!(?<![\p{L}])(?:The|Their|Its|Our|His|Her|These|Those|All|Both)\s+)(?<=\p{Lu}\p{L}+\s+)[Mm]inisters)\s+(?:of|from|at)\s+(?:the\s+)?(?<name>(?!(?:The|A|An)\s)\p{Lu}[\p{L}&'’-]*(?:\s+(?:the\s+|of\s+|for\s+)?\p{Lu}[\p{L}&'’-]*){0,4})(?![\p{L}])/gu,
  alsoMet: /(?<![a-zA-Z])(?<![\p{L}])also\s+(?:(?:has|had)\s+)?$/iu,
  pastSaying: /(?<![a-zA-Z])(?<![\p{L}])(?:said|told|reported|announced|stated|declared|indicated|added|explained|noted)(?![\p{L}])/iu,
  bodyAfterCue: /^\s+of\s+(?:the\s+)?\p{Lu}/u,
  restatement: /^(?:It|This|That)\s+(?:was|is)\s+(?:also\s+)?(?:the|their|a|an)\s+(?:[\p{L}-]+\s+){0,3}$/u,
  separately: /(?<![a-zA-Z])(?<![\p{L}])(?:separately|individually|one\s+after\s+(?:the\s+)?other|(?:on|at|in|during)\s+separate\s+(?:occasions|meetings|talks|sessions))(?![\p{L}])/iu,
  corporateBody: /(?<![a-zA-Z])(?<![\p{L}])(?:board(?:\s+of\s+directors)?|shareholders['’]?|stockholders['’]?|AGM|annual\s+general\s+meeting)(?![\p{L}])/u,
  // "Arcadia shareholders", "Northwind's board", "the board of directors of Arcadia Pharmaceuticals Inc.".
  corporateOwner:
    /(?<![\p{L}'’-])(?:(?!(?:The|A|An|Its|Their|His|Her|This|That|These|Those|Our|But|And|When|While|After|Before|If)\s)(?<owner>\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})(?:['’]s)?\s+(?:board|shareholders|stockholders)|(?:board(?:\s+of\s+directors)?|shareholders|stockholders)\s+of\s+(?<ownerAfter>\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,3}))(?![\p{L}])/gu,
  kindAnaphor: /(?<![\p{L}])(?:the|The)\s+(?<head>union|company|firm|carrier|airline|operator|federation|agency|authority)(?![\p{L}'’])/gu,
  pairAnaphor: /(?<![\p{L}])(?:both|the\s+two)\s+(?<head>companies|firms|carriers|airlines|operators|unions|federations|agencies)(?![\p{L}])/gu,
  pairKinds: { companies: "company", firms: "firm", carriers: "carrier", airlines: "airline", operators: "operator", unions: "union", federations: "federation", agencies: "agency" },
  kindNames: {
    union: { name: unionName },
    company: { name: /^\p{Lu}/u, not: companyNot },
    firm: { name: /^\p{Lu}/u, not: companyNot },
    carrier: { name: /^\p{Lu}/u, not: companyNot },
    airline: { name: /(?<![\p{L}])(?:Airlines?|Airways|Air)(?![\p{L}])/u },
    operator: { name: /^\p{Lu}/u, not: companyNot },
    federation: { name: /(?<![\p{L}])Federation(?![\p{L}])/u },
    agency: { name: /(?<![\p{L}])(?:Agency|Administration|Service)(?![\p{L}])/u },
    authority: { name: /(?<![\p{L}])Authority(?![\p{L}])/u },
  },
  notParties: new Set(["AFP", "Reuters", "AP", "Associated Press", "Xinhua", "TASS", "Bloomberg", "UTC", "GMT", "CET", "EST", "EDT", "PST", "PDT", "BST", "TV", "GDP", "CEO", "AM", "PM", "UN"]),
  reportingClause:
    /,\s*(?:(?:he|she|they|it)\s+|(?:the|an?|his|her|their|its)\s+(?:[\p{L}'’.-]+\s+){0,4})?(?:said|says|saying|told|announced|added|stated|confirmed)(?![\p{L}])|,\s*(?:the|an?|his|her|their|its)\s+(?:[\p{L}'’.-]+\s+){0,5}[\p{L}'’.-]+,\s*(?:[\p{L}'’.-]+\s+){0,6}[\p{L}'’.-]+,?\s+(?:said|says|told|announced|added|stated|confirmed)(?![\p{L}])|,\s*according\s+to\s|,\s*(?:[\p{L}'’.-]+\s+){1,4}(?:has|have)\s+(?:learned|learnt|been\s+told)(?![\p{L}])/iu,
  frame:
    /(?<![a-zA-Z])(?<![\p{L}])(?:on\s+the\s+(?:\p{L}+\s+)?day\s+of|in\s+the\s+course\s+of|during|on\s+the\s+(?:sidelines|margins?|fringes)\s+of|on\s+the\s+occasion\s+of)\s+(?:his|her|their|its|the|this|that|an?)?\s*(?:[\p{L}\d]+['’]?\s+){0,3}\p{P}?\s*$/iu,
  dateAlternative: /^\s*,?\s*or\s*$/iu,
  datePair: /^\s*,?\s*and\s*$/iu,
  apposition: /,\s*(?:his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}$/u,
  combiningForms: { "franco": "France", "sino": "China", "russo": "Russia", "italo": "Italy", "nippo": "Japan", "greco": "Greece", "turco": "Turkey", "hispano": "Spain", "germano": "Germany", "luso": "Portugal" },
  combiningForm: /(franco|sino|russo|italo|nippo|greco|turco|hispano|germano|luso)-(?=\p{L})/giu,
  sidesFollow: /^\s+between\s/iu,
  sittingBody: /(?<![a-zA-Z])(?<![\p{L}])(?:council|committee|commission|board|panel|parliament|senate|assembly|congress)(?![\p{L}])/iu,
  continues: /(?<![a-zA-Z])(?<![\p{L}])(?:ends|will\s+end|closes|will\s+close|concludes|wraps\s+up|continues|will\s+continue|runs\s+until|until|(?:run|runs|spill|spills|stretch|stretches)\s+(?:over\s+)?into)(?![\p{L}])/iu,
  ordinal: /(?<![a-zA-Z])(?<![\p{L}])(?:first|second|third|last|previous|next|earlier|another|new)\s+(?:\p{Ll}+\s+)?$/iu,
  infinitivePurpose: /(?<![a-zA-Z])(?<![\p{L}])(?:to|in\s+order\s+to)\s+$/iu,
  // "since Tuesday" dates a state, not a meeting.
  attributiveDateBefore: /(?<![a-zA-Z])(?<![\p{L}])the\s+$/iu,
  otherEvent:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:elections?|vote|ballot|referendum|trial|primary|polls)(?:\s+[\p{L}-]+)?\s+(?:on|of|set\s+for|scheduled\s+for)|since)\s+$/iu,
  afterEvent: /(?<![a-zA-Z])(?<![\p{L}])(?:after|following)\s+(?:a|an|the|their|his|her|its|last\s+\p{L}+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}$/iu,
  locative: /(?<![a-zA-Z])(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu,
  pointedEvent: /(?<![\p{L}])(?:that|this)\s+\p{L}+$/iu,
  summitBodies: ["European Council"],
  titledPerson:
    /(?<![a-zA-Z])(?<![\p{L}])(?:[Tt]he|\p{Lu}\p{Ll}+['’]s)\s+(?:(?<qualifier>\p{Lu}\p{Ll}+|foreign|finance|defen[cs]e|trade|interior|health|economy|energy|agriculture|fisheries|labou?r|education|transport)\s+|\p{Ll}+\s+and\s+\p{Ll}+\s+)?(?<title>minister|president|secretary|leader|chancellor|premier|governor|mayor|envoy|ambassador)(?![\p{L}'’])/gu,
  rankedTitle: /(?:prime|first|deputy|vice|chief)\s+(?:[\p{L}-]+\s+)?$/iu,
  anaphorTitles: { ministers: "minister", presidents: "president", secretaries: "secretary", chancellors: "chancellor", premiers: "premier", governors: "governor", mayors: "mayor" },
  leaderTitles: new Set(["leader"]),
  invitation: /(?<![a-zA-Z])(?<![\p{L}])(?:invit(?:ed|es|e|ing)|(?:has|have|had)\s+asked)(?:\s+[^\s.;]+){0,6}?\s+to(?=\s)/giu,
};
