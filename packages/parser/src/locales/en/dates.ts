import * as chrono from "chrono-node";
import { dayPairParser, type DateWords, daysFromReferenceParser, withCachedPattern } from "../../stages/dates.js";

const months: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const monthAlternation = Object.keys(months)
  .sort((a, b) => b.length - a.length)
  .join("|");

const numbers: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, "twenty-four": 24, thirty: 30, forty: 40, "forty-five": 45,
  fifty: 50, sixty: 60, ninety: 90,
};

const numberAlternation = `\\d+|${Object.keys(numbers)
  .sort((a, b) => b.length - a.length)
  .join("|")}`;

/** The same for a case-sensitive pattern: each number word also capitalised ("Two days after"). */
const casedNumberAlternation = `\\d+|${Object.keys(numbers)
  .sort((a, b) => b.length - a.length)
  .map((word) => `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`)
  .join("|")}`;

/**
 * chrono's English parser without its clock-time and month-only parsers (times and zones are read
 * by the dates stage; a month alone is no day), plus "12 and 13 January" / "January 12 and 13".
 */
const englishChrono = chrono.en.casual.clone();
englishChrono.parsers = englishChrono.parsers.filter(
  (parser) =>
    ![
      "ENTimeExpressionParser",
      "ENCasualTimeParser",
      "ENMonthNameParser",
      "ENYearMonthNameParser",
      "ENEndOfCurrentMonthParser",
      "ENSlashMonthFormatParser",
    ].includes(parser.constructor.name),
).map(withCachedPattern);
englishChrono.parsers.unshift(
  // "met last night": the evening before the day of the news.
  daysFromReferenceParser(/(?<![\p{L}])last\s+night(?![\p{L}])/iu, () => -1),
  dayPairParser(
    new RegExp(
      `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<first>\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?<second>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${monthAlternation})\\.?(?:,?\\s+(?<year>\\d{4}))?(?![\\p{L}])`,
      "iu",
    ),
    months,
  ),
  dayPairParser(
    new RegExp(
      `(?<![a-zA-Z])(?<![\\p{L}])(?<month>${monthAlternation})\\.?\\s+(?<first>\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?<second>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<year>\\d{4}))?(?![\\p{L}\\d])`,
      "iu",
    ),
    months,
  ),
);

export const dates: DateWords = {
  chrono: englishChrono,
  dateHint: new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:${monthAlternation}|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|this\\s+(?:morning|afternoon|evening|week)|earlier|later|next\\s+day|following\\s+day|(?:previous|prior)\\s+day|same\\s+(?:day|morning|afternoon|evening|night)|day\\s+(?:before|after)|days?\\s+(?:early|ahead)|that\\s+(?:day|evening|night)|last\\s+night|in\\s+[\\p{L}\\d]+\\s+(?:days?|weeks?)|(?:days?|weeks?)\\s+ago|(?:days?|weeks?)\\s+after|the\\s+\\d{1,2}(?:st|nd|rd|th))`,
    "iu",
  ),
  numbers,
  relativeDay:
    /(?<![a-zA-Z])(?<![\p{L}])(?:tomorrow|yesterday|today|tonight|last\s+night|in\s+(?!the\s)\S+\s+(?:days?|weeks?)|\S+\s+(?:days?|weeks?)\s+ago|this\s+(?:morning|afternoon|evening))(?![\p{L}])/iu,
  sameDay:
    /(?<![a-zA-Z])(?<![\p{L}])(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)(?![\p{L}])/iu,
  sameWeekPast: /(?<![a-zA-Z])(?<![\p{L}])this\s+week(?![\p{L}])/giu,
  weekend: /(?<![a-zA-Z])(?<![\p{L}])this\s+weekend(?![\p{L}])/giu,
  weekdayName: /mon|tue|wed|thu|fri|sat|sun/iu,
  nextModifier: /(?<![a-zA-Z])(?<![\p{L}])(?:next|coming)(?![\p{L}])/iu,
  lastModifier: /(?<![a-zA-Z])(?<![\p{L}])(?:last|past)(?![\p{L}])/iu,
  placeEquivalent: /^\s*\(\s*(?<hour>\d{1,2})(?::(?<minute>[0-5]\d))?\s?(?<meridiem>[ap])\.?\s?m\.?\s+(?:in\s+)?(?<place>\p{Lu}[\p{L}-]+)(?:\s+time)?\s*\)/u,
  thisModifier: /^this\s/iu,
  chained: [
    {
      pattern: new RegExp(
        `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<n>${numberAlternation})\\s+(?<unit>days?|weeks?)\\s+later(?![\\p{L}])`,
        "giu",
      ),
    },
    {
      pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:the\s+(?:next|following)\s+day|the\s+day\s+after\s+(?:this|that|the)\s+(?<event>\p{L}+))(?![\p{L}])/giu,
      days: 1,
    },
    // "during their meeting five days earlier": counted back from the date told last.
    {
      pattern: new RegExp(
        `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<n>${numberAlternation})\\s+(?<unit>days|weeks)\\s+earlier(?![\\p{L}])`,
        "giu",
      ),
      sign: -1,
    },
    // "will travel to Uruguay a day early for a bilateral meeting": the day before the date told last.
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:a|one)\s+day\s+(?:early|earlier|ahead)(?![\p{L}])/giu, days: -1 },
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])two\s+days\s+(?:early|earlier|ahead)(?![\p{L}])/giu, days: -2 },
    // "the day before that meeting": the day before the event named; "the previous day": the day before the date told last.
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])the\s+(?:day\s+(?:before(?:\s+(?:this|that|the)\s+(?<event>\p{L}+))?|earlier)|(?:previous|prior)\s+day)(?![\p{L}])/giu, days: -1 },
    // "two days after the summit": counted from the day of the event named (not "this comes two days
    // after …", which dates the event from the news).
    {
      pattern: new RegExp(
        `(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<!(?:comes?|coming)\\s+(?:just\\s+|only\\s+)?)(?<n>${casedNumberAlternation})\\s+(?<unit>days?|weeks?)\\s+after\\s+(?:this|that|the)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+)?(?<event>\\p{Ll}+)(?![\\p{L}])`,
        "gu",
      ),
    },
    {
      pattern: /(?<![a-zA-Z])(?<![\p{L}])(?:the\s+same\s+(?:day|morning|afternoon|evening|night)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening|night))(?![\p{L}])/giu,
      days: 0,
    },
    // "confirmed in the evening that he spoke to her earlier in the day": the day told last, unless it is still to come.
    { pattern: /(?<![a-zA-Z])(?<![\p{L}])earlier\s+in\s+the\s+day(?![\p{L}])/giu, days: 0, notAfterNews: true },
  ],
  beforeNews: new RegExp(
    `(?<![a-zA-Z])(?<![\\p{L}])(?:comes?|is\\s+coming)\\s+(?:just\\s+|only\\s+)?(?<n>${numberAlternation})\\s+(?<unit>days?|weeks?)\\s+after(?![\\p{L}])`,
    "giu",
  ),
  units: { day: 1, days: 1, week: 7, weeks: 7 },
  // "3:35 p.m.", "7.30pm" (a dot only before am/pm), "1300 GMT", "1530 BST" (wire style, only before a zone's letters), "at noon".
  times:
    /(?<![\d,.:$£€])(?:(?<hour>\d{1,2})(?=:[0-5]\d|\.[0-5]\d\s?[ap]\.?\s?m(?![\p{L}])|\s?[ap]\.?\s?m(?![\p{L}]))(?:[:.](?<minute>[0-5]\d))?(?:\s?(?<meridiem>[ap])\.?\s?m(?![\p{L}])\.?)?|(?<fourDigitHour>[01]\d|2[0-3])(?<fourDigitMinute>[0-5]\d)(?=\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|CST|CDT|PST|PDT|PT|JST|AEST|AEDT)(?![\p{L}]))|(?<=(?:at|by|for|from|until)\s)(?:(?<noon>noon|midday)|(?<midnight>midnight))(?![\p{L}]))/giu,
  notTimeBefore: /(?:for|within|after|over|about|than)\s*$/iu,
  // "Moscow time", "Pacific time", and a bare North American region ("9am Pacific"), not "Central Park".
  zoneByPlace:
    /^\s*,?\s*\(?\s*(?<place>\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?(?= [Tt]ime(?![\p{L}]))|(?:Eastern|Pacific|Central|Mountain)(?![\p{L}])(?!\s+\p{Lu}))(?: [Tt]ime(?![\p{L}]))?/u,
  localTime: /^\s*,?\s*\(?\s*local\s+time/iu,
  durations: [
    /(?<![a-zA-Z])(?<![\p{L}])(?:for\s+|a\s+|about\s+)?(?<halfHour>half\s+an\s+hour|half-hour)(?![\p{L}])/giu,
    new RegExp(
      `(?<![a-zA-Z])(?<![\\p{L}])(?:for|lasted|lasting|lasts|last|of|took)\\s+(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+|over\\s+|roughly\\s+)?(?<n>${numberAlternation})(?<halfBefore>\\s+and\\s+a\\s+half)?\\s+(?<unit>hours?|minutes?|mins?)(?![\\p{L}])(?<halfAfter>\\s+and\\s+a\\s+half)?`,
      "giu",
    ),
    new RegExp(`(?<![a-zA-Z\\d])(?<![\\p{L}\\d])(?<n>${numberAlternation})(?<half>-and-a-half)?-(?<unit>hour|minute)(?![\\p{L}])`, "giu"),
    // "an hour-long call", "an hourlong meeting".
    /(?<![a-zA-Z])(?<![\p{L}])(?<n>an)\s+(?<unit>hour)-?long(?![\p{L}])/giu,
  ],
  // "is due to" ends before the verb it announces, so it sits outside the end-of-word test.
  // "meets", "convenes": a body's present tense announces its next sitting ("meets on Thursday");
  // so does that of a gathering that opens ("opens on Tuesday", "a summit opening on Sunday", "gather in Oslo on Monday")
  // and of a trip ("heads to Canberra on Sunday", "arrives in Beijing on Monday").
  // "The planned call … took place on Monday": what was planned and took place is past.
  // "The visit today is to further ties": what a visit is for, not a visit to come ("the visit is to take place" is).
  future:
    /(?<![a-zA-Z])(?<![\p{L}])(?:(?:will|'ll|shall|(?:is|are)\s+to(?:(?<!(?:visit|trip|tour|aim|goal|purpose|objective)[^.;,]{0,30}\s(?:is|are)\s+to)|(?=\s+(?:be|take|begin|start|open|last|end|include|run|go)(?![\p{L}])))|(?:scheduled|planned)(?![\p{L}])(?![^.;!?]{0,200}?(?<![\p{L}])(?:took\s+place|went\s+ahead|(?:was|were)\s+(?:finally\s+)?held)(?![\p{L}]))|set\s+for|set\s+to|slated\s+(?:to|for)|(?:is|are)\s+(?:hosting|meeting|holding|visiting|receiving|welcoming|convening)|plans?\s+to|(?:agreed|decided|promised|pledged|vowed|hopes?|aims?)\s+to|upcoming|expected\s+(?:to|in|at|for)|would|going\s+to|pencill?ed\s+in|meets|(?:re)?convenes|opens|opening\s+on|begins|gathers?|arrives|(?:heads|flies|travels|leaves)\s+(?:to|for))(?![\p{L}])|(?:is|are)\s+due\s+to\s+(?!a\s|an\s|the\s)(?=\p{L}))/iu,
  // Case-sensitive: under the i flag \p{Ll} takes capitals too, and "United" read as a past tense.
  past:
    /ed(?![\p{L}])(?<=(?<![\p{L}])\p{Ll}{3,}ed)|(?<![a-zA-Z])(?<![\p{L}])(?:[Ww]as|[Ww]ere|[Hh]ad|[Hh]as|[Hh]ave|[Dd]id|[Mm]et|[Hh]eld|[Ss]poke|[Bb]egan|[Tt]ook|[Mm]ade|[Ss]aid|[Tt]old|[Yy]esterday|[Ll]ast|[Aa]go|[Ee]arlier)(?![\p{L}])/u,
  relativeClause: /^[^,;]{0,60}?,\s*(?:(?:during|in|at|after|before|from)\s+)?(?:which|whom|where|when)(?![\p{L}])/iu,
  // "said in a statement on Monday", "told reporters in Brussels on Monday": still when it was said.
  reportedOn:
    /(?<![a-zA-Z])(?<![\p{L}])(?:said|told\s+reporters|told|announced|stated|confirmed|reported|added|wrote)\s+(?:(?:in|at)\s+(?:an?\s+|the\s+)?\p{L}+\s+(?:\p{L}+\s+)?)?(?:on\s+)?$/iu,
  formerDate:
    /(?<![a-zA-Z])(?<![\p{L}])(?:originally|initially|first|previously)\s+(?:been\s+)?(?:scheduled|planned|set|slated|due)(?:\s+(?:for|on|to\s+(?:take\s+place|be\s+held|open|start|begin)(?:\s+on)?))?\s*$/iu,
  participleBefore:
    /(?<![a-zA-Z])(?<![\p{L}])(?<!(?:will|to|would|shall)\s+(?:\p{Ll}+\s+)?be\s+(?:\p{Ll}+\s+)?)(?!(?:expected|scheduled|planned)\s)(?:\p{Ll}{3,}ed|born|slain|held|made|struck|taken|given|won|sent)\s+(?:on\s+)?$/u,
  monthYear: new RegExp(`(?<![a-zA-Z])(?<![\\p{L}])(?<month>${monthAlternation})\\.?,?\\s+(?<year>(?:1[89]|20)\\d\\d)\\s*$`, "iu"),
  months,
  // "on the 6th to agree", "at noon on the 22nd.", "on the 28th of last month"; not "the 6th floor", "the 9th round".
  dayOfMonth:
    /(?<![a-zA-Z])(?<![\p{L}])(?:on|by|until|till|from|since|before|after|for)\s+the\s+(?<day>\d{1,2})(?:st|nd|rd|th)(?:\s+of\s+(?:(?<last>last|the\s+previous)|(?<next>next|the\s+following|the\s+coming)|(?<current>this|the))\s+month)?(?=\s*(?:[,.;:)!?]|$)|\s+(?:to|in|at|and|or|when|with|into|on|for|after|before|but|as|that|where|which|while|from|by|until|was|were|is|are|will|would|had|has|amid|ahead|so|than)(?![\p{L}]))/giu,
};
