import type { MeetingWords } from "../../stages/meetings.js";

/** A whole-word, case-insensitive, global pattern. */
const words = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, "giu");

const countries: Record<string, string> = {
  russia: "Russia", moscow: "Russia", kremlin: "Russia", russian: "Russia", russians: "Russia",
  "united states": "United States", "u.s.": "United States", usa: "United States", washington: "United States",
  "white house": "United States", american: "United States", americans: "United States",
  ukraine: "Ukraine", kyiv: "Ukraine", kiev: "Ukraine", ukrainian: "Ukraine", ukrainians: "Ukraine",
  china: "China", beijing: "China", chinese: "China", "people's republic of china": "China",
  france: "France", paris: "France", french: "France", élysée: "France",
  germany: "Germany", berlin: "Germany", german: "Germany", germans: "Germany",
  britain: "Britain", "united kingdom": "Britain", uk: "Britain", "u.k.": "Britain", london: "Britain",
  british: "Britain", "downing street": "Britain",
  iran: "Iran", tehran: "Iran", iranian: "Iran", iranians: "Iran",
  japan: "Japan", tokyo: "Japan", japanese: "Japan", italy: "Italy", rome: "Italy", italian: "Italy",
  spain: "Spain", madrid: "Spain", spanish: "Spain", poland: "Poland", warsaw: "Poland", polish: "Poland",
  turkey: "Turkey", ankara: "Turkey", turkish: "Turkey", israel: "Israel", israeli: "Israel",
  syria: "Syria", damascus: "Syria", syrian: "Syria", lebanon: "Lebanon", beirut: "Lebanon",
  egypt: "Egypt", cairo: "Egypt", egyptian: "Egypt", india: "India", "new delhi": "India", indian: "India",
  canada: "Canada", ottawa: "Canada", canadian: "Canada", canadians: "Canada",
  brazil: "Brazil", brasília: "Brazil", brasilia: "Brazil", brazilian: "Brazil",
  mexico: "Mexico", mexican: "Mexico", "south korea": "South Korea", seoul: "South Korea",
  "south korean": "South Korea", "republic of korea": "South Korea", "north korea": "North Korea",
  pyongyang: "North Korea", taiwan: "Taiwan", taipei: "Taiwan", belarus: "Belarus", minsk: "Belarus",
  nigeria: "Nigeria", benin: "Benin", niger: "Niger", argentina: "Argentina", bolivia: "Bolivia",
  chile: "Chile", colombia: "Colombia", ecuador: "Ecuador", guyana: "Guyana", paraguay: "Paraguay",
  peru: "Peru", suriname: "Suriname", uruguay: "Uruguay", venezuela: "Venezuela",
  austria: "Austria", vienna: "Austria", switzerland: "Switzerland", belgium: "Belgium",
  netherlands: "Netherlands", greece: "Greece", athens: "Greece", portugal: "Portugal",
  iraq: "Iraq", baghdad: "Iraq", "saudi arabia": "Saudi Arabia", riyadh: "Saudi Arabia", qatar: "Qatar",
  "czech republic": "Czech Republic", hungary: "Hungary", budapest: "Hungary", australia: "Australia",
  afghanistan: "Afghanistan", kabul: "Afghanistan", pakistan: "Pakistan", islamabad: "Pakistan",
};

export const meetings: MeetingWords = {
  cue: /phone|call|video|virtual|summit|talks|negotiat|consultation|debate|visit|travel|arriv|trip|meet|met\b|host|dinner|dine|lunch|breakfast|session|hearing|gather|convene|sat down|sit down|sitting down|spoke|speak|talked|discuss|round/iu,
  cues: [
    { kind: "video_conference", pattern: words("video\\s*(?:call|conference|link|summit|meeting)s?|videoconferenc(?:e|es|ing)|virtual\\s+(?:summit|meeting)s?"), channel: true },
    { kind: "phone_call", pattern: words("(?:tele)?phone(?:\\s+(?:call|conversation|talks?))?|phoned|by\\s+telephone|call(?!\\s+(?:for|on|off|to|up)(?![\\p{L}]))"), channel: true },
    { kind: "summit", pattern: words("summits?") },
    { kind: "negotiations", pattern: words("talks|negotiations?|negotiating\\s+(?:teams?|session|round)") },
    { kind: "consultations", pattern: words("consultations?") },
    { kind: "debate", pattern: words("debates?|debated") },
    { kind: "visit", pattern: words("(?:state\\s+|official\\s+)?visits?|trip\\s+to") },
    { kind: "visit", pattern: words("visit(?:ed|ing)|will\\s+travel\\s+to|travell?ed\\s+to|travels\\s+to|arrive[sd]?\\s+in"), verb: true },
    { kind: "meeting", pattern: words("meetings?|dinner|lunch|breakfast|working\\s+session|hearing|tête-à-tête") },
    {
      kind: "meeting",
      pattern: words(
        "meet(?:s|ing)?|met|hosted|hosts|host|dined|lunched|had\\s+lunch|gather(?:ed|s)?|convene[sd]?|sat\\s+down|sit\\s+down|sitting\\s+down|spoke\\s+with|speak\\s+with|spoke\\s+to|speak\\s+to|talked\\s+with|received",
      ),
      verb: true,
    },
    { kind: "meeting", pattern: words("discuss(?:ed|es|ing)?|round|spoke|talked"), verb: true, weak: true },
  ],
  notMeeting: words("(?:press|news)\\s+conferences?|press\\s+briefings?|call(?:s|ed)?\\s+(?:for|on|off)|visiting\\s+(?:hours|team|professor)|met\\s+with\\s+(?:criticism|protests?|opposition|resistance)"),
  cancelled: /(?<![\p{L}])(?:cancell?(?:ed|ing|ation)?|called\s+off|calls\s+off|call\s+off|scrapped|scrapping)(?![\p{L}])/iu,
  postponed: /(?<![\p{L}])(?:postponed|pushed\s+back|delayed|moved|rescheduled)\s+(?:to|until|till)(?![\p{L}])/giu,
  anaphora:
    /(?<![\p{L}])(?:the\s+two\s+(?:leaders|presidents|men|sides|ministers|delegations)|both\s+(?:leaders|sides|men)|the\s+leaders|their\s+(?:negotiators|teams|delegations)|his\s+counterpart|her\s+counterpart)(?![\p{L}])/iu,
  countries,
  dayNewsVerb: /(?<![\p{L}])(?<!had\s+(?:\p{L}+\s+)?)(?<verb>met|held|hosted|visited|spoke\s+with|spoke\s+to|phoned|dined|lunched|had\s+lunch|received)(?![\p{L}])/giu,
  topic:
    /(?<![\p{L}])(?:on|about|over|concerning|to\s+discuss)\s+(?:the\s+)?(?<topic>\p{Ll}[\p{L}'’-]*(?:\s+(?:of|for)\s+\p{Ll}[\p{L}'’-]*|\s+\p{Ll}[\p{L}'’-]*(?=\s+(?:and|with|in|at|on)(?![\p{L}]))){0,3})/u,
  notOrganizations: new Set(["AFP", "UTC", "GMT", "CET", "EST", "EDT", "PST", "PDT", "BST", "TV", "GDP", "CEO", "AM", "PM", "UN"]),
};
