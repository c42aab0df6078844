import type { StructureWords } from "../../stages/segment/index.js";

export const structure: StructureWords = {
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
  weekdays: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
  datelineWords: ["published", "updated", "posted", "on", "at", "last", "and", "am", "pm", "a.m", "p.m", "edt", "est", "bst", "hour", "hours", "minute", "minutes", "min", "mins", "ago"],
  functionWords: [
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "were", "has", "have", "are", "by",
    "from", "it", "this", "at", "be", "said", "will", "which", "their", "they", "he", "she", "his", "her",
    "but", "not", "been", "would", "after", "who", "its", "had", "an", "or", "also", "about", "than",
  ],
  abbreviations: [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
    "rep", "rev", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "fig", "ft", "mph", "ave", "blvd",
  ],
  signOffs: [
    // "Photo: Jane Doe/Reuters", "(Photograph by Jane Doe)": the picture's credit, naming no outlet of the story.
    /^\(?(?:(?:Photos?|Photograph|Photo credit|Image(?:\scredit)?|Illustration|Credit|Pictured)\s?:\s?|(?:Photos?|Photograph|Pictures?) by\s)\p{Lu}[^\n]{0,120}$/u,
    /^(?:Follow|Join)\s+(\p{Lu}[^\n]{0,60}?)\s+on\s/u,
    // "Copyright © 2021 Harbour Daily.", "© Copyright 2021 Harbour Daily.": the word and the sign in either order.
    /^(?:©|\(c\)|Copyright)(?:\s*(?:©|Copyright))?\s*(?:\d{4}\s*[-,]?\s*)?(\p{Lu}[^\n]{0,60}?)[.,]\s+All rights reserved/iu,
    // "© Harbour Daily", "© Harbour Daily – 2024": the copyright sign alone marks a sign-off.
    /^(?:©|\(c\)|Copyright\s+(?=©|\d{4}))\s*(?:©|Copyright(?=\s+\d{4}))?\s*(?:\d{4}\s*[-,]?\s*)?(\p{Lu}[^\n]{0,60}?)(?:\s*[-–—,]\s*\d{4})?\.?$/u,
    /^(\p{Lu}[^\n]{0,60}?)\s*[-–—.,]\s*All rights reserved\.?$/u,
    // A wire story's credit line names its reporters and editors, not an outlet.
    // "Reporting by Jane Doe; Editing by John Roe", without the parentheses of the wire.
    // "— Reporting by the Gulf desk; editing by Harbour Wire": a credited name that is an outlet's is the source.
    /^(?:[—–-]{1,2}\s?)?(?<credits>(?:Additional reporting|Reporting|Writing|Editing|Compiled|Research|Edited|Written|Reported|Produced|Translated|Story) by\s(?:the\s)?\p{Lu}[^\n]{0,250})$/u,
    // "Harbour Wire — Gulf bureau", "Published by Harbour Wire": the outlet signs, when the name is an outlet's and no reporter's.
    /^(?<signer>\p{Lu}[^\n—–]{0,50}?)\s[—–-]\s(?:\p{Lu}[\p{L}'’.-]*\s){0,3}(?:bureau|desk|newsroom)\.?$/u,
    /^Published by\s(?<signer>\p{Lu}[^\n\d]{0,60}?)\.?$/u,
    // "Contact Jane Doe at jdoe@example.com.", "Jane Doe can be reached at …": how to reach the reporter.
    /^(?:Contact|Reach|Email)\s(?:(?:the\s)?(?:reporter|writer|author|journalist|editor)s?\s)?\p{Lu}[^\n@]{0,80}?\s(?:at|on)\s[^\s@]{1,64}@[^\s@]{1,100}$/u,
    /^(?:Contact|Email) the (?:reporter|writer|author|editor)s? at\s[^\s@]{1,64}@[^\s@]{1,100}$/u,
    // "— Jane Doe": the reporter's signature.
    /^[—–-]\s?(?!(?:With|Avec)\s)\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$/u,
    // "Our Standards: The Thomson Reuters Trust Principles.": the wire's closing boilerplate.
    /^Our Standards:\s[^\n]{1,120}$/u,
    /^\p{Lu}[^\n@]{0,80}?\scan be reached at\s[^\n]{1,120}$/u,
    // "Guardian staff and agencies".
    /^(\p{Lu}[^\n]{0,50}?) staff and agencies\.?$/u,
    // "--With assistance from Jane Doe.": the reporters who helped, no outlet.
    /^[-–—]{1,2}\s?With assistance from\s[^\n]{1,200}$/u,
    // "Associated Press writer Jane Doe in Cairo contributed to this report.": a closing credit line.
    /^\p{Lu}[^\n]{0,200}?\scontributed (?:reporting|research|to (?:this|the) (?:report|story|article))\b[^\n]{0,80}$/u,
    /^\((?:Reporting|Additional reporting|Writing|Editing|Compiled|Research) by\s[^\n]{0,300}\)$/u,
    /^Read (?:more|the full (?:story|article)) (?:at|on)\s+(\p{Lu}[^\n]{0,60}?)\.?$/u,
    /^(?:Originally published (?:by|in|on)|Source:)\s+(\p{Lu}[^\n]{0,60}?)\.?$/u,
    /^This (?:story|article|report) (?:was )?(?:first|originally) (?:published|appeared) (?:by|in|on)\s+(\p{Lu}[^\n]{0,60}?)\.?$/u,
    // "This report by The Canadian Press was first published March 4, 2025.": the agency's closing line.
    /^This (?:story|article|report) by\s+(\p{Lu}[^\n]{0,60}?)\s+was (?:first|originally) published\b[^\n]{0,60}$/u,
    // "(With AFP)", "— With The Canadian Press": the agency the story draws on, the only outlet the text names.
    /^(?:[—–-]{1,2}\s?)?\(?With\s+(\p{Lu}[\p{L}\p{N} .&-]{0,30}?)\)?\.?$/u,
    // "With files from The Canadian Press", "— With files from Jane Doe": a known outlet it names is the source, a reporter is not.
    /^(?:[—–-]{1,2}\s?)?\(?With (?:files|reporting|additional reporting|additional files) from\s+(?<known>\p{Lu}[^\n]{0,80}?)\)?\.?$/u,
    // "(With inputs from PTI)", "(with inputs from agencies)": the agencies the story draws on; one it names for sure is the source.
    /^(?:[—–-]{1,2}\s?)?\(?[Ww]ith inputs? from\s+(?<known>[^\n()]{1,80}?)\)?\.?$/u,
    // "(With agencies)", "— Agencies": wires the story draws on, naming none.
    /^(?:[—–-]{1,2}\s?)?\(?(?:[Ww]ith )?(?:[Aa]gencies|[Ww]ires)\)?\.?$/u,
    // "— Staff report", "From staff and wire reports": the newsroom signs, naming no outlet.
    /^(?:[—–-]{1,2}\s?)?(?:From\s)?(?:staff|wire|news|staff and wire|staff and agency) (?:reports?|writers?)\.?$/iu,
    // A last line that is only an outlet in parentheses ("(AP)", "(Reuters)") credits the story; two capitals at least, as outlets have ("(Photo)" is no outlet).
    /^\((?!(?:With|Avec)\s)(?=[^)]*\p{Lu}[^)]*\p{Lu})(\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})\)\.?$/u,
  ],
  // "…, Harbour News has learned.": an outlet writes so only of its own reporting.
  selfReports: [/(\p{Lu}[\p{L}\p{N}&'’.-]{0,30}(?:\s\p{Lu}[\p{L}\p{N}&'’.-]{0,30}){0,3}) has learned\b/u],
  // "By Jane Doe" / « Par Claire Moreau »: a byline line, left out of the body.
  // "Written By Jane Doe", "Reported by Jane Doe", "Edited By: Jane Doe": the same byline with its verb.
  bylineOpeners: [/^(?:(?:Written|Reported|Edited)\s[Bb]y|By)(?::\s*|\s+)(?=\p{Lu})/u],
  bylineWords: ["and", "in", "at", "for", "with"],
  // "By Harbour Daily Web Team", "By Reuters Staff": the outlet's newsroom signs, and the words before these are the outlet.
  newsroomWords: ["team", "desk", "staff", "bureau", "newsroom", "newsdesk", "web", "online", "digital"],
  outletWords: ["news", "wire", "press", "post", "times", "herald", "tribune", "journal", "gazette", "daily", "chronicle", "ledger", "agency", "telegraph", "courier", "observer", "review", "radio", "television", "tv", "media", "network"],
  outletArticles: ["the"],
  journalistTitles: ["writer", "reporter", "correspondent", "editor", "columnist", "journalist", "contributor", "staff"],
  pageLines: [
    // "Read more: …", "RELATED: …", "**See also** | …", "Related coverage" alone on its line ("Read more at X" is a sign-off).
    /^(?:[>*_]{1,3}\s?)?(?:read (?:more|also)|also read|see also|related(?: (?:coverage|stories|articles|content|reading))?|recommended reading|more on this story)(?:\s?[*_]{1,2})?(?:\s?[:|>→»]|\s[–—-]|$)/iu,
    // "Advertisement", "Story continues below advertisement": where the page put an advertisement.
    /^(?:advertisement|sponsored content|(?:story|article) continues below(?: (?:this )?advertisement)?)\.?$/iu,
    // "Comments", "Photos", "Sources" alone on a line: a section of the page, not the outlet signing.
    /^(?:comments?|photos?|videos?|sources?|gallery)$/iu,
    // The page's share buttons alone on their lines ("Facebook", "WhatsApp", "Email").
    /^(?:facebook|twitter|whatsapp|linkedin|telegram|pinterest|reddit|email|e-mail|tweet|messenger)$/iu,
    // "Tags: harbour, dredging", "Topics: …": the page's tags.
    /^(?:tags|topics|related topics|filed under)\s?:/iu,
    // "Follow us on Twitter", "Sign up for our newsletter": the page asking for readers.
    /^(?:follow us (?:on|at)\s|sign up (?:for|to) (?:our|the) [\p{L} ]{0,30}newsletter|subscribe to our\s)/iu,
    // "Reading time: 3 minutes", "Share this article", "Listen to this article": the page's reading tools.
    /^(?:(?:reading time|read time)\s?:?\s?\d{1,2}\s?min(?:utes?|s)?\.?|\d{1,2}[- ]?min(?:ute)? read\.?|share(?: (?:this (?:article|story)|on [\p{L} ]{1,30}))?|listen to (?:this|the) (?:article|story)|print(?: this article)?)$/iu,
  ],
};
