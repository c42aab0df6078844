import { localeFor, locales } from "../locales/index.js";
import type { Language, Paragraph, Span } from "../types.js";
import type { DocumentContext, Sentence } from "./context.js";
import { UNDECIDED, WordTable, hashOfWord, lowerCode } from "./word-table.js";

/** Words and patterns the segmenter needs for one language (datelines, sign-offs, abbreviations). */
export interface StructureWords {
  /** Month names and their usual abbreviations, lower case, without the final period → 1..12. */
  months: Readonly<Record<string, number>>;
  /** Weekday names, lower case. */
  weekdays: readonly string[];
  /** Small words that may sit in a dateline line ("publié", "le", "à", "published", "on"). */
  datelineWords: readonly string[];
  /** Frequent function words, lower case: counted to tell the document's language. */
  functionWords: readonly string[];
  /** Abbreviations that end with a period without ending the sentence ("M", "Mr", "Jan"), lower case. */
  abbreviations: readonly string[];
  /**
   * Sign-off lines by which an outlet names itself; the first capture group is the outlet. A
   * second group, when there is one, is the agency the story draws on: the source when the first
   * is no outlet the gazetteer knows (« Claire Moreau avec AFP »).
   * Each is anchored at the start of a trimmed line and has bounded quantifiers only.
   */
  signOffs: readonly RegExp[];
  /**
   * Where an outlet names itself in the body as the one that reports ("Harbour News has learned"):
   * the first group holds the outlet, maybe beside other capitalised words. Bounded quantifiers only.
   */
  selfReports: readonly RegExp[];
  /** What opens a byline line ("By ", "Par "), anchored at the start of a trimmed line, matching up to the first name. */
  bylineOpeners: readonly RegExp[];
  /** Lower-case words a byline may hold besides names ("and", "in", "et", "à"), lower case. */
  bylineWords: readonly string[];
  /** Words by which a newsroom signs a byline ("Web Team", "Staff", « Rédaction »), lower case: the words before them name the outlet. */
  newsroomWords: readonly string[];
  /** Nouns of a journalist's title ("writer", « correspondante »), lower case: "Jane Doe, Staff Writer" is a byline without "By". */
  journalistTitles: readonly string[];
  /** Words an outlet's name holds and a person's does not ("news", "wire", « presse »), lower case. */
  outletWords: readonly string[];
  /** Articles that open an outlet's name and no person's ("the", « la »), lower case. */
  outletArticles: readonly string[];
  /**
   * Lines of the web page around the story, anywhere in the body: pointers to other stories
   * ("Lire aussi : …", "Related: …"), advertisement markers ("Publicité"), tag lists ("Tags: …").
   * Anchored at the start of a trimmed line, bounded quantifiers only.
   */
  pageLines: readonly RegExp[];
}

interface Line {
  start: number;
  end: number;
  /** Trimmed content (offsets above are of the trimmed content). */
  text: string;
}

interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

interface StructureLexicon {
  months: Map<string, number>;
  weekdays: Set<string>;
  datelineWords: Set<string>;
  abbreviations: Set<string>;
  signOffs: RegExp[];
  /**
   * The sign-offs as a gate that most closing lines fail: one alternation per flags, and apart,
   * each with text it needs, those that open with any capital (they read far into most lines) or
   * hold a named group (which an alternation cannot hold twice).
   */
  anySignOff: RegExp[];
  signOffsByLiteral: Array<{ literal: string; pattern: RegExp }>;
  /** The self reports, each global and with the literal text every match holds. */
  selfReports: Array<{ literal: string; pattern: RegExp }>;
  bylineOpeners: RegExp[];
  /** The byline openers as few regexes: most lines open with none, and are turned down by these alone. */
  anyBylineOpener: RegExp[];
  bylineWords: Set<string>;
  newsroomWords: Set<string>;
  journalistTitles: Set<string>;
  outletWords: Set<string>;
  outletArticles: Set<string>;
  pageLines: RegExp[];
  /** The page lines as one regex per set of flags: one run per line instead of one per pattern. */
  anyPageLine: RegExp[];
  /** The abbreviations, read straight from the text. */
  abbreviationTable: WordTable;
  /** The month names, read straight from the text; `monthNumbers` is index-aligned with it. */
  monthTable: WordTable;
  monthNumbers: number[];
  /** What `isDatelineToken` accepts, read straight from the text. */
  datelineTokens: WordTable;
  functionWords: Map<string, "fr" | "en">;
  /** The same words, read straight from the text; `functionWordLanguages` is index-aligned with it. */
  functionWordTable: WordTable;
  functionWordLanguages: Array<"fr" | "en">;
  longestFunctionWord: number;
  /** 1 at `hash & FUNCTION_WORD_HASH_MASK` for each function word's hash: most other words are turned down by it alone. */
  functionWordHashes: Uint8Array;
}

/** A sparse filter (about a function word in forty slots), cheaper than the table's own probe for the words most texts hold. */
const FUNCTION_WORD_HASH_MASK = 4095;

let structureLexicon: StructureLexicon | null = null;

/** Every language's structure words together (built on first use): datelines mix languages. */
function lexicon(): StructureLexicon {
  // Small enough to be inlined where it is read for each word.
  return structureLexicon ?? buildLexicon();
}

function buildLexicon(): StructureLexicon {
  const built: StructureLexicon = {
    months: new Map(),
    weekdays: new Set(),
    datelineWords: new Set(),
    abbreviations: new Set(),
    signOffs: [],
    anySignOff: [],
    signOffsByLiteral: [],
    selfReports: [],
    bylineOpeners: [],
    anyBylineOpener: [],
    bylineWords: new Set(),
    newsroomWords: new Set(),
    journalistTitles: new Set(),
    outletWords: new Set(),
    outletArticles: new Set(),
    pageLines: [],
    anyPageLine: [],
    functionWords: new Map(),
    abbreviationTable: new WordTable([]),
    monthTable: new WordTable([]),
    monthNumbers: [],
    datelineTokens: new WordTable([]),
    functionWordTable: new WordTable([]),
    functionWordLanguages: [],
    longestFunctionWord: 0,
    functionWordHashes: new Uint8Array(FUNCTION_WORD_HASH_MASK + 1),
  };
  for (const locale of Object.values(locales)) {
    for (const [name, month] of Object.entries(locale.structure.months)) built.months.set(name, month);
    for (const day of locale.structure.weekdays) built.weekdays.add(day);
    for (const word of locale.structure.datelineWords) built.datelineWords.add(word);
    for (const abbreviation of locale.structure.abbreviations) built.abbreviations.add(abbreviation);
    built.signOffs.push(...locale.structure.signOffs);
    for (const pattern of locale.structure.selfReports) built.selfReports.push({ literal: selfReportLiteral(pattern), pattern: new RegExp(pattern.source, `${pattern.flags}g`) });
    built.bylineOpeners.push(...locale.structure.bylineOpeners);
    for (const word of locale.structure.bylineWords) built.bylineWords.add(word);
    for (const word of locale.structure.newsroomWords) built.newsroomWords.add(word);
    for (const word of locale.structure.journalistTitles) built.journalistTitles.add(word);
    for (const word of locale.structure.outletWords) built.outletWords.add(word);
    for (const word of locale.structure.outletArticles) built.outletArticles.add(word);
    built.pageLines.push(...locale.structure.pageLines);
    for (const word of locale.structure.functionWords) {
      built.functionWords.set(word, locale.code);
      built.longestFunctionWord = Math.max(built.longestFunctionWord, word.length);
    }
  }
  const byLiteral = (pattern: RegExp) => /^\^\(?\\p\{Lu\}|\(\?<[^=!]/.test(pattern.source) && literalAfterRepeat(pattern) !== null;
  built.anySignOff = anyOf(built.signOffs.filter((pattern) => !byLiteral(pattern)));
  built.signOffsByLiteral = built.signOffs.filter(byLiteral).map((pattern) => ({ literal: literalAfterRepeat(pattern)!, pattern }));
  built.anyBylineOpener = anyOf(built.bylineOpeners);
  built.anyPageLine = anyOf(built.pageLines);
  built.abbreviationTable = new WordTable([...built.abbreviations]);
  built.monthTable = new WordTable([...built.months.keys()]);
  built.monthNumbers = [...built.months.values()];
  built.datelineTokens = new WordTable([...built.months.keys(), ...built.weekdays, ...built.datelineWords, ...DATELINE_TIME_WORDS]);
  built.functionWordTable = new WordTable([...built.functionWords.keys()]);
  built.functionWordLanguages = [...built.functionWords.values()];
  for (const word of built.functionWords.keys()) built.functionWordHashes[hashOfWord(word) & FUNCTION_WORD_HASH_MASK] = 1;
  structureLexicon = built;
  return built;
}

/** The literal text a self-report pattern holds before or after its group ("has learned", "a appris"). */
function selfReportLiteral(pattern: RegExp): string {
  const source = pattern.source.replace(/\\b/g, "");
  const before = source.slice(0, source.indexOf("("));
  const after = source.slice(source.lastIndexOf(")") + 1);
  return (before.length > after.length ? before : after).trim();
}

/**
 * The longest run of literal characters that every match of `pattern` holds after a part that
 * repeats ("All rights reserved" in `^(\p{Lu}[^\n]{0,60}?)\s*[-–—.,]\s*All rights reserved\.?$`),
 * or null: such a pattern may read far into a line before it fails, and a search for the literal
 * first is cheaper. Read outside groups, classes and escapes, leaving out a quantified character. A
 * case-insensitive or global pattern (or one with nested classes), an alternative at the top level
 * or an escape it does not know gives null.
 */
export function literalAfterRepeat(pattern: RegExp): string | null {
  if (/[igyv]/.test(pattern.flags)) return null;
  const source = pattern.source;
  let longest = "";
  let run = "";
  let depth = 0;
  // Whether a part before the current run may repeat ("*", "+", "{0,60}"), at any depth.
  let repeated = false;
  let runRepeated = false;
  const endRun = () => {
    if (runRepeated && run.length > longest.length) longest = run;
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      const escaped = source[i + 1];
      if (escaped === "p" || escaped === "P") {
        const close = source.indexOf("}", i);
        if (source[i + 2] !== "{" || close < 0) return null;
        i = close;
      } else if (escaped === undefined || /[0-9ckux]/.test(escaped)) {
        return null;
      } else {
        i++;
      }
      if (depth === 0) endRun();
    } else if (char === "[") {
      // A class: read on to its closing bracket, past escaped ones.
      i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      if (depth === 0) endRun();
    } else if (char === "(") {
      depth++;
      endRun();
    } else if (char === ")") {
      depth--;
    } else if (char === "*" || char === "+" || char === "{") {
      if (char === "{") {
        const bounds = /^\{\d+(?:,\d*)?\}/.exec(source.slice(i));
        if (!bounds) return null;
        i += bounds[0].length - 1;
      }
      repeated = true;
      if (depth > 0) continue;
      // The character before the quantifier (both halves of a surrogate pair) may be missing or repeated.
      run = run.slice(0, /[\udc00-\udfff]$/.test(run) ? -2 : -1);
      endRun();
    } else if (depth > 0) {
      continue;
    } else if (char === "|") {
      return null;
    } else if (char === "?") {
      run = run.slice(0, /[\udc00-\udfff]$/.test(run) ? -2 : -1);
      endRun();
    } else if (char === "^" || char === "$" || char === ".") {
      endRun();
    } else {
      if (run === "") runRepeated = repeated;
      run += char;
    }
  }
  endRun();
  return longest === "" ? null : longest;
}

/**
 * Regexes that together match where any of `patterns` does, one per set of flags: they are
 * anchored at the start of a line and only tested, so the alternation tells what
 * `patterns.some(test)` tells. A pattern with a backreference, whose number the alternation would
 * change, or with a named group, whose name another may hold, stays alone.
 */
function anyOf(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  const alone: RegExp[] = [];
  for (const pattern of patterns) {
    if (/\\[1-9k]|\(\?<[^=!]/.test(pattern.source)) {
      alone.push(pattern);
      continue;
    }
    const sources = byFlags.get(pattern.flags) ?? [];
    sources.push(`(?:${pattern.source})`);
    byFlags.set(pattern.flags, sources);
  }
  return [...[...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags)), ...alone];
}

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;
// "(AIP)- Le président": after an agency's parenthesis, the dash may be glued to it.
// « Addis-Abeba, le 10 février 2019, WAFA- Dimanche »: so may it be to an agency's acronym.
// "(ACP).- Le ministre", "(HNA)-Le ministre": after the parenthesis, a period may come first and no space after.
const DATELINE_DASH = /\s(?:[-–—]|\.\s?[-–—])\s?|\s?\.\s[-–—]|(?<=\s\p{Lu}{2,6})[-–—]\s|(?<=\))\.?[-–—]{1,2}\s?/gu;
const AGENCY = /^\(([\p{L}][\p{L}\p{N} .&-]{0,40})\)$/u;
/** "(Harbour News / HNA - 03rd April, 2025)": outlets, then a dash and the date, in one parenthesis. */
const DATED_CREDIT = /\((\p{Lu}[\p{L}\p{N} .&/–—-]{0,60}?)\s[-–—]\s(\d[\p{L}\p{N} ,.]{3,30}?)\s?\)/u;
/** " /Harbourwire/" closing a dateline. */
const SLASHED_AGENCY = /\s\/(\p{Lu}[\p{L}\p{N}.&-]{1,30})\/$/u;
/** ", WAFA" closing a dateline. */
const TRAILING_AGENCY = /,\s(\p{Lu}{2,6})$/u;
const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;
const MARKDOWN_IMAGE = /^!\[[^\]\n]{0,300}\]\([^()\n]{0,500}\)$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Splits the document into title, dateline, body paragraphs, sentences and sign-off. */
export function segment(ctx: DocumentContext): void {
  const text = ctx.text;
  let bodyStart = 0;
  let languageGiven = ctx.options?.language != null;
  const frontMatter = readFrontMatter(text);
  if (frontMatter) {
    bodyStart = frontMatter.end;
    languageGiven = applyFrontMatter(ctx, frontMatter.fields) || languageGiven;
  }

  const lines = splitLines(text, bodyStart);
  let index = 0;
  while (index < lines.length && lines[index]!.text === "") index++;
  const firstLine = lines[index];
  const titleGiven = frontMatter?.fields.get("title") !== undefined;
  // The first line is the title; with a front matter title, a Markdown heading is left out of the body.
  if (firstLine && (!titleGiven || firstLine.text.startsWith("#"))) {
    if (!titleGiven) ctx.title = headingSpan(text, firstLine);
    index++;
  }

  if (ctx.source === null && ctx.title) ctx.source = outletInTitle(ctx.title.text);
  const bodyLines = lines.slice(index);
  removeBylineLine(ctx, bodyLines);
  removeAgencyCreditLine(ctx, bodyLines);
  removePlacedOutletLine(ctx, bodyLines);
  removeDatelineLine(ctx, bodyLines);
  removeMetadataLine(ctx, bodyLines);
  const blocks = groupParagraphs(bodyLines, ctx);
  readDatelinePrefix(ctx, blocks);
  removeSignOff(ctx, blocks);
  if (ctx.source === null) ctx.source = selfReportingOutlet(text, blocks);
  const last = blocks[blocks.length - 1];
  if (ctx.source === null && last) ctx.source = closingAgency(text.slice(Math.max(last.start, last.end - 60), last.end));

  ctx.paragraphs = blocks.map((line) => ({ text: text.slice(line.start, line.end), start: line.start, end: line.end }));
  if (!languageGiven) {
    ctx.language = detectLanguage(text, ctx.paragraphs, ctx.title);
    ctx.locale = localeFor(ctx.language);
  }
  ctx.sentences = splitSentences(text, ctx.paragraphs);
}

let knownOutlets: Set<string> | null = null;

/**
 * "Port strike ends | Reuters", « Le port rouvre - Le Figaro »: a title that ends with a known
 * outlet (an organization of the gazetteer) after a bar or a dash names the source.
 */
function outletInTitle(title: string): string | null {
  const match = hasSpacedSeparator(title) ? TITLE_OUTLET.exec(title) : null;
  return match ? knownOutlet(match[1]!.trim()) : null;
}

/** The name as given when the gazetteer knows it as an organization ("Reuters", "Le Figaro"), else null. */
function knownOutlet(name: string): string | null {
  if (!name || name.length > 40) return null;
  if (!knownOutlets) {
    knownOutlets = new Set();
    for (const locale of Object.values(locales)) for (const organization of locale.entities.organizations) knownOutlets.add(organization.toLowerCase());
  }
  return knownOutlets.has(name.toLowerCase()) ? name : null;
}

const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;
const TITLE_OUTLET = /\s[|–—-]\s+(\p{Lu}[^|–—\n]{0,40})$/u;

/** Whether a bar or a dash follows a space in `title`: what every `TITLE_OUTLET` match holds. */
function hasSpacedSeparator(title: string): boolean {
  for (let i = 1; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if ((code === 124 || isDash(code)) && isRegexSpace(title.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** Fills what the front matter gives and options left open; true when it sets the language. */
function applyFrontMatter(ctx: DocumentContext, fields: Map<string, Span>): boolean {
  const title = fields.get("title");
  if (title && title.text) ctx.title = title;
  const published = fields.get("publishedat") ?? fields.get("date") ?? fields.get("published") ?? fields.get("pubdate") ?? fields.get("datepublished") ?? fields.get("publicationdate");
  if (ctx.publishedAt === null && published) ctx.publishedAt = normaliseDate(published.text);
  const source = fields.get("source") ?? fields.get("publisher") ?? fields.get("outlet");
  if (ctx.source === null && source && source.text) ctx.source = source.text;
  const url = fields.get("url");
  if (ctx.url === null && url && url.text) ctx.url = url.text;
  // "fr", "fr-FR", "en_GB": the language is the first two letters.
  const language = (fields.get("language") ?? fields.get("lang") ?? fields.get("locale"))?.text.toLowerCase().slice(0, 2);
  if (ctx.options?.language == null && (language === "fr" || language === "en")) {
    ctx.language = language;
    ctx.locale = locales[language];
    return true;
  }
  return false;
}

/** Front matter: a first line "---", flat "key: value" lines, a closing "---" line. */
function readFrontMatter(text: string): { end: number; fields: Map<string, Span> } | null {
  if (!text.startsWith("---")) return null;
  const lines = splitLines(text, 0);
  if (lines[0]?.text !== "---") return null;
  const fields = new Map<string, Span>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "---" || line.text === "...") return { end: line.end, fields };
    const colon = line.text.indexOf(":");
    if (colon <= 0) continue;
    const key = line.text.slice(0, colon).trim().toLowerCase().replace(/[_-]/g, "");
    let valueStart = line.start + colon + 1;
    let valueEnd = line.end;
    while (valueStart < valueEnd && isSpace(text.charCodeAt(valueStart))) valueStart++;
    const first = text[valueStart];
    if ((first === '"' || first === "'") && valueEnd - valueStart >= 2 && text[valueEnd - 1] === first) {
      valueStart++;
      valueEnd--;
    }
    fields.set(key, { start: valueStart, end: valueEnd, text: text.slice(valueStart, valueEnd) });
  }
  return null;
}

/** Lines from `from` on, each trimmed (offsets follow the trimmed text; empty lines keep their place). */
function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  // Most texts break lines with "\n" alone: then indexOf finds each break, faster than the regex.
  const newlinesOnly = text.indexOf("\r", from) < 0 && text.indexOf("\u2028", from) < 0 && text.indexOf("\u2029", from) < 0;
  LINE_BREAK.lastIndex = from;
  let lineStart = from;
  for (;;) {
    let lineEnd: number;
    let breakEnd: number;
    if (newlinesOnly) {
      const newline = text.indexOf("\n", lineStart);
      lineEnd = newline < 0 ? text.length : newline;
      breakEnd = newline < 0 ? -1 : newline + 1;
    } else {
      const match = LINE_BREAK.exec(text);
      lineEnd = match ? match.index : text.length;
      breakEnd = match ? match.index + match[0].length : -1;
    }
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, text: text.slice(start, end) });
    if (breakEnd < 0) break;
    lineStart = breakEnd;
  }
  return lines;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

/** A Markdown heading line's text without its "#" marks, nor the emphasis around it ("**Title**"). */
function headingSpan(text: string, line: Line): Span {
  let start = line.start;
  while (start < line.end && text[start] === "#") start++;
  while (start < line.end && isSpace(text.charCodeAt(start))) start++;
  if (start === line.end) start = line.start;
  let end = line.end;
  while (end - start > 2 && isEmphasis(text[start]) && text[end - 1] === text[start]) {
    start++;
    end--;
  }
  return { start, end, text: text.slice(start, end) };
}

function isEmphasis(char: string | undefined): boolean {
  return char === "*" || char === "_";
}

/**
 * Paragraphs. When the body has blank lines, they alone separate paragraphs (single line breaks
 * are wrapping); otherwise each line is one, unless it visibly continues the line before.
 * Markdown headings ("## Un accord dans la nuit") and lines of the web page around the story
 * ("Lire aussi : …", "Publicité") end a paragraph without being one; headings are kept in `ctx.headings`, as they may name people.
 */
function groupParagraphs(lines: Line[], ctx: DocumentContext): Line[] {
  // Read once per line: the tests below go over the lines up to three times.
  const breaks = lines.map(isBreak);
  const firstContent = breaks.indexOf(false);
  const lastContent = breaks.lastIndexOf(false);
  let blankSeparated = false;
  for (let i = firstContent + 1; firstContent >= 0 && i < lastContent; i++) {
    if (breaks[i]) {
      blankSeparated = true;
      break;
    }
  }
  const paragraphs: Line[] = [];
  let current: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = breaks[i]!;
    const aside = blank ? null : asideKind(line.text);
    if (blank || aside !== null) {
      if (current) paragraphs.push(current);
      current = null;
      if (aside === "heading") (ctx.headings ??= []).push(headingSpan(ctx.text, line));
      continue;
    }
    if (current && (blankSeparated || continuesLine(current.text, line.text))) {
      current = { start: current.start, end: line.end, text: line.text };
    } else {
      if (current) paragraphs.push(current);
      current = { ...line };
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** An empty line, one of punctuation only, or only a Markdown image ("![A crane](crane.jpg)"), which holds no text of the body. */
function isBreak(line: Line): boolean {
  const text = line.text;
  if (text === "") return true;
  // A line that opens with a letter or digit is none of them (most lines): no regex is run on it.
  const first = text.charCodeAt(0);
  if (isBmpLetter(first) || isDigit(first)) return false;
  return ONLY_PUNCTUATION.test(text) || (text.startsWith("![") && MARKDOWN_IMAGE.test(text));
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;

/** A Markdown heading, a line of the web page around the story, or null for a line of the body. */
function asideKind(line: string): "heading" | "page" | null {
  if (line.startsWith("#")) return MARKDOWN_HEADING.test(line) ? "heading" : null;
  return lexicon().anyPageLine.some((pattern) => pattern.test(line)) ? "page" : null;
}

/** Whether `next` carries on the line before: that line ends with no closing mark, and `next` opens in lower case. */
function continuesLine(previous: string, next: string): boolean {
  if (previous.length > 0 && isLineClosing(previous.charCodeAt(previous.length - 1))) return false;
  return next.length > 0 && isCasedLower(next.charCodeAt(0));
}

/** . ! ? … : » ” " ' ) ] */
function isLineClosing(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 0xbb || code === 0x201d || code === 34 || code === 39 || code === 41 || code === 93;
}

/** Per UTF-16 code: 0 not yet known, 1 a character that changes in upper case and not in lower case (a small letter), 2 not. */
const casedLower = new Uint8Array(0x10000);

function isCasedLower(code: number): boolean {
  let known = casedLower[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char === char.toLowerCase() && char !== char.toUpperCase() ? 1 : 2;
    casedLower[code] = known;
  }
  return known === 1;
}

/** Particles inside names as a byline writes them ("Ana de la Cruz", "Ahmed al Masri"). */
const BYLINE_PARTICLES = new Set(["de", "la", "le", "du", "des", "da", "di", "del", "della", "do", "dos", "van", "von", "der", "den", "ter", "al", "el", "bin", "ben", "ibn", "y"]);

/**
 * A byline alone on one of the first body lines ("By Jane Doe and John Roe", "Par Claire Moreau
 * (à Alger)") names the authors, not the story: it leaves the body, and its names are kept.
 */
function removeBylineLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, bylineNames);
  if (!opening) {
    removeTitledByline(ctx, lines);
    return;
  }
  const { index: i, line, found: names } = opening;
  const start = line.start + names.start;
  const end = line.start + names.end;
  // "By HNA", "Written By Harbour Daily Web Team": the outlet signs the story, and names no author.
  const signingOutlet = outletSigning(ctx.text.slice(start, end));
  if (signingOutlet === null) ctx.byline = { start, end, text: ctx.text.slice(start, end) };
  else if (ctx.source === null && signingOutlet !== "") ctx.source = signingOutlet;
  // "By Jane Doe, Associated Press", "By Jane Doe for Reuters", "By Jane Doe, ET Bureau | Updated: …": an outlet after the names, before any dateline, is the source.
  if (ctx.source === null) ctx.source = outletAfterNames(line.text.slice(names.end, names.dateline ? names.dateline.start : line.text.length));
  // "Staff writer", "Political correspondent": the author's title on the line right under the byline.
  const next = lines[i + 1];
  if (!names.dateline && next && next.text !== "" && isBylineTitle(next.text)) lines[i + 1] = { start: next.end, end: next.end, text: "" };
  // "By Jane Doe | June 3, 2024", « Par Claire Moreau Publié le 14 février 2024 »: the date that follows is the dateline.
  if (names.dateline) {
    useDateline(ctx, names.dateline.parts);
    const from = line.start + names.dateline.start;
    ctx.dateline = { start: from, end: line.end, text: ctx.text.slice(from, line.end) };
  }
  lines[i] = { start: line.end, end: line.end, text: "" };
}

/** A single word in two to six capitals ("HNA", "AFP"): an agency's name, as no author's is written. */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/**
 * The outlet when a byline's names are its own rather than an author's: an outlet the gazetteer
 * knows ("By Reuters"), an agency's acronym ("By HNA"), or an outlet's newsroom ("Harbour Daily
 * Web Team", "Reuters Staff": the words before the newsroom's); "" for a newsroom alone ("By
 * Staff"); null for authors.
 */
function outletSigning(names: string): string | null {
  if (ACRONYM.test(names) || knownOutlet(names) !== null) return names;
  const words = names.split(/\s+/u);
  const { newsroomWords } = lexicon();
  let kept = words.length;
  while (kept > 0 && newsroomWords.has(words[kept - 1]!.toLowerCase())) kept--;
  if (kept === words.length) return null;
  // « Par La Rédaction »: an article alone before the newsroom names no outlet.
  const { functionWords } = lexicon();
  const outlet = words.slice(0, kept).every((word) => functionWords.has(word.toLowerCase())) ? "" : words.slice(0, kept).join(" ");
  return outlet === "" || !opensWithGivenName(outlet) ? outlet : null;
}

/** The names after a byline's opener ("By Reuters" → "Reuters", « Par La Rédaction » → « La Rédaction »), or null when none opens the text. */
function afterBylineOpener(text: string): string | null {
  const { bylineOpeners, anyBylineOpener } = lexicon();
  if (!anyBylineOpener.some((opener) => opener.test(text))) return null;
  for (const opener of bylineOpeners) {
    const match = opener.exec(text);
    if (match) return text.slice(match[0].length);
  }
  return null;
}

/**
 * The outlet a byline names after its authors: one the gazetteer knows (after "for", « pour »),
 * or right after the separator an agency's acronym or a newsroom ("ET Bureau"); else null.
 */
function outletAfterNames(tail: string): string | null {
  const named = tail.replace(/^[\s,|–—-]+/, "").replace(/[\s.,|–—-]+$/, "");
  if (named === "") return null;
  const known = knownOutlet(withoutBylineWordFirst(named));
  if (known !== null) return known;
  // "in LONDON": a place after a byline's small word is none.
  if (withoutBylineWordFirst(named) !== named || !/^[\s,|–—-]/u.test(tail)) return null;
  const signing = outletSigning(named);
  return signing === "" ? null : signing;
}

/** The text without a byline's small word before it ("for Reuters" → "Reuters", « pour Le Devoir »). */
function withoutBylineWordFirst(text: string): string {
  const space = text.search(/\s/u);
  return space > 0 && lexicon().bylineWords.has(text.slice(0, space).toLowerCase()) ? text.slice(space).trimStart() : text;
}

/** Two to four capitalised words (particles between them), alone or before a separator: an author's name. */
const AUTHOR_NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:(?:de|da|di|du|la|le|van|von|al|el|ben|bin)\s)?\p{Lu}[\p{L}'’.-]{0,30}){1,3}(?=$|\s?[,|–—]|\s-\s)/u;

/**
 * "Jane Doe, Staff Writer" on one of the first lines, or "Jane Doe" over « Journaliste »: an
 * author named with a journalist's title but no "By" is a byline too.
 */
function removeTitledByline(ctx: DocumentContext, lines: Line[]): void {
  // A byline is a short line: the paragraphs that open most bodies are passed over unread.
  const opening = firstOpeningLine(lines, (content) => (content.length <= 80 ? (AUTHOR_NAME.exec(content)?.[0] ?? null) : null));
  if (!opening) return;
  const { index: i, line, found: name } = opening;
  const tail = line.text.slice(name.length).replace(/^[\s,|–—-]+/, "");
  const next = lines[i + 1];
  const titleBelow = tail === "" && next !== undefined && isJournalistTitle(next.text);
  if (!titleBelow && !(tail !== "" && isJournalistTitle(tail))) return;
  ctx.byline = { start: line.start, end: line.start + name.length, text: name };
  lines[i] = { start: line.end, end: line.end, text: "" };
  if (titleBelow) lines[i + 1] = { start: next.end, end: next.end, text: "" };
}

/** A byline title ("Staff Writer", « Correspondante à Lyon ») with a journalist's noun in it. */
function isJournalistTitle(content: string): boolean {
  if (!isBylineTitle(content)) return false;
  const { journalistTitles } = lexicon();
  return wordsOf(content).some((word) => journalistTitles.has(word.toLowerCase()));
}

/** The first of the first three lines with text that `read` accepts, with its index and what was read. */
function firstOpeningLine<T>(lines: Line[], read: (text: string) => T | null): { index: number; line: Line; found: T } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const line = lines[i]!;
    if (line.text === "") continue;
    seen++;
    const found = read(line.text);
    if (found) return { index: i, line, found };
  }
  return null;
}

/** A short line without a sentence's end that is no dateline: an author's title or desk ("Staff writer"). */
function isBylineTitle(content: string): boolean {
  if (content.length > 60 || /[.!?:;,]$/.test(content) || readDateline(content)) return false;
  const words = wordsOf(content).length;
  return words > 0 && words <= 6;
}

/** What ends the names in a byline: "By Jane Doe, Reuters", "By Jane Doe | Staff writer", « Par Jean Dupont - Aujourd'hui ». */
const BYLINE_SEPARATOR = /[,|(;/–—]|\s-\s/;

/** A time of day at the end of a line ("Today at 2:05 p.m."). */
const CLOCK_END = /\d\s?[ap]\.m\.$/i;

/** Words that join the authors' names in a byline ("and", "et", "&"). */
const BYLINE_JOINS = new Set(["and", "et", "&"]);

/**
 * Where the authors' names lie in a byline line, or null when the line is none: an opener ("By ",
 * "Par ") and then only names (capitalised words, initials, particles), the few small words
 * bylines hold ("and", "in") and asides in parentheses. A sentence that opens with "By" ("By
 * Friday, the council had…") has other lower-case words, or a weekday or month first. The names
 * end where an outlet, a place or an aside starts ("By Jane Doe, Reuters", "… in Nairobi").
 */
function bylineNames(content: string): { start: number; end: number; dateline?: { start: number; parts: { date: DateParts | null; agency: string | null } } } | null {
  if (content.length > 120) return null;
  const { bylineOpeners, anyBylineOpener, bylineWords, months, weekdays, datelineWords } = lexicon();
  // "*By Jane Doe*": Markdown emphasis around the line.
  let lead = 0;
  while (lead < 3 && isEmphasis(content[lead])) lead++;
  const opened = content.slice(lead);
  if (!anyBylineOpener.some((opener) => opener.test(opened))) return null;
  let start = -1;
  for (const opener of bylineOpeners) {
    const match = opener.exec(opened);
    if (match) {
      start = lead + match[0].length;
      break;
    }
  }
  if (start < 0) return null;
  // `from` is the end of the names read so far.
  let from = start;
  // Asides in parentheses are blanked to spaces, so that offsets stay those of the line.
  const rest = content.replace(/\([^()]{0,80}\)/g, (aside) => " ".repeat(aside.length));
  let words = 0;
  let namesEnd = -1;
  // Lower-case words after the names ("| Staff writer", « - Aujourd'hui à 14h05 »): the line is a byline only if that tail is short.
  let tailHasProse = false;
  for (let at = from; at < rest.length; ) {
    const wordStart = at;
    at = wordEnd(rest, wordStart, rest.length);
    if (at === wordStart) {
      at++;
      continue;
    }
    const word = rest.slice(wordStart, at);
    const lower = word.toLowerCase();
    if (words === 0 && (months.has(lower) || weekdays.has(lower))) return null;
    words++;
    // After the names, a date, a number or a dateline word ("Published", « Publié ») may open a dateline.
    if (words > 1 && (isDigit(word.charCodeAt(0)) || months.has(lower) || weekdays.has(lower) || datelineWords.has(lower))) {
      const parts = readDateline(content.slice(wordStart));
      if (parts?.date) {
        const end = namesEnd >= 0 ? namesEnd : from;
        return end > start ? { start, end, dateline: { start: wordStart, parts } } : null;
      }
    }
    const first = word.charAt(0);
    const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    const bylineWord = bylineWords.has(lower) || BYLINE_PARTICLES.has(lower);
    if (namesEnd < 0 && words > 1 && BYLINE_SEPARATOR.test(rest.slice(from, wordStart))) namesEnd = from;
    if (namesEnd >= 0) {
      tailHasProse ||= !capitalised && !bylineWord;
      continue;
    }
    if (!capitalised && (words === 1 || !bylineWord)) return null;
    if (!capitalised && !BYLINE_PARTICLES.has(lower) && !BYLINE_JOINS.has(lower)) namesEnd = from;
    else from = at;
  }
  const end = namesEnd >= 0 ? namesEnd : from;
  const tail = rest.slice(end).replace(/^[\s,|–—-]+/, "").trim();
  if (tailHasProse && !isBylineTitle(tail) && !(tail.length <= 60 && CLOCK_END.test(tail))) return null;
  // A sentence ends with a period; a name ends with a letter (an initial's period aside), a time with "p.m.".
  if (words === 0 || (/[^\p{Lu}]\.$|[!?;:]$/u.test(rest.trim()) && !CLOCK_END.test(rest.trim()))) return null;
  return end > start ? { start, end } : null;
}

/** What separates the parts of a credit line ("ANI | New Delhi | Updated: …"). */
const CREDIT_SEPARATOR = /\s[|/]\s/u;
/** A place in a credit line: one to four capitalised words. */
const CREDIT_PLACE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

/**
 * A line of the first three that credits an agency over the story ("Reuters", "ANI | New Delhi |
 * Updated: Oct 26, 2020", "Monday, 26 October 2020 | PTI"): one part is an outlet the gazetteer
 * knows, each other part a place or a dateline. It is not a paragraph; the agency is the source
 * and a dateline part gives the publication date.
 */
function removeAgencyCreditLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => {
    if (content.length > 100) return null;
    // Most lines hold no separator's character, and are one part.
    const parts = content.includes("|") || content.includes("/") ? content.split(CREDIT_SEPARATOR).map((part) => part.trim()) : [content.trim()];
    // "Par AFP", "By Reuters": an agency's part may open as a byline does.
    const agencies = parts.map((part) => knownOutlet(afterBylineOpener(part) ?? part));
    const agencyAt = agencies.findIndex((agency) => agency !== null);
    if (agencyAt < 0) return null;
    const datelines = parts.map((part, k) => (k === agencyAt ? null : readDateline(part)));
    if (!parts.every((part, k) => k === agencyAt || datelines[k] !== null || CREDIT_PLACE.test(part))) return null;
    return { agency: agencies[agencyAt]!, dateline: datelines.find((found) => found?.date) ?? null };
  });
  if (!opening) return;
  const { index, line, found } = opening;
  if (found.dateline) useDateline(ctx, found.dateline);
  if (ctx.source === null) ctx.source = found.agency;
  lines[index] = { start: line.end, end: line.end, text: "" };
}

/** An outlet's name: two to six words, capitalised but for the small words names hold. */
const OUTLET_NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}|and|the|of|et|de|du|des|la|le|al|el)){0,4}\\s\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}";
/** "Harbour Daily Tribune (Port Louis)": the outlet and, in parentheses, the city it writes from. */
const OUTLET_AT_PLACE = new RegExp(`^(${OUTLET_NAME})\\s\\(([\\p{L}'’ .-]{2,40})\\)$`, "u");
/** "Harbourtown: The Harbour Ledger", « Port-Louis - Le Courrier du Port »: the city, then the outlet. */
const PLACE_THEN_OUTLET = new RegExp(`^([\\p{L}'’ .-]{2,40}?)\\s?[:–—-]\\s(${OUTLET_NAME})$`, "u");

let knownPlaces: Set<string> | null = null;

/** Whether the gazetteer knows `name` as a place. */
function isKnownPlace(name: string): boolean {
  if (!knownPlaces) {
    knownPlaces = new Set();
    for (const locale of Object.values(locales)) for (const place of locale.entities.places) knownPlaces.add(place.name.toLowerCase());
  }
  return knownPlaces.has(name.toLowerCase());
}

/**
 * A line of the first three that is only an outlet's name beside a city the gazetteer knows
 * ("Harbour Daily Tribune (Port Louis)", "Harbourtown: The Harbour Ledger"): the outlet credits
 * itself over the story, and is the source. The city first, it is a dateline, no paragraph; the
 * outlet first, a credit block's line that annotators count as one.
 */
function removePlacedOutletLine(ctx: DocumentContext, lines: Line[]): void {
  let seen = 0;
  const opening = firstOpeningLine(lines, (content) => {
    seen++;
    if (content.length > 80) return null;
    const atPlace = content.endsWith(")") ? OUTLET_AT_PLACE.exec(content) : null;
    if (atPlace && isKnownPlace(atPlace[2]!.trim()) && !isKnownPlace(atPlace[1]!)) return { outlet: atPlace[1]!, dateline: false };
    // The city first only on the line right under the title: further down, "Harbourtown: Talks Resume" is a heading.
    const placeFirst = seen === 1 && hasSeparatorBeforeSpace(content) ? PLACE_THEN_OUTLET.exec(content) : null;
    if (placeFirst && isKnownPlace(placeFirst[1]!.trim()) && !isKnownPlace(placeFirst[2]!)) return { outlet: placeFirst[2]!, dateline: true };
    return null;
  });
  if (!opening) return;
  const { index, line, found } = opening;
  if (ctx.source === null) ctx.source = found.outlet;
  if (found.dateline) lines[index] = { start: line.end, end: line.end, text: "" };
}

/** Whether a colon or a dash comes right before a space: what every `PLACE_THEN_OUTLET` match holds. */
function hasSeparatorBeforeSpace(content: string): boolean {
  for (let i = 0; i + 1 < content.length; i++) {
    const code = content.charCodeAt(i);
    if ((code === 58 || isDash(code)) && isRegexSpace(content.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** A dateline alone on one of the first body lines is not a paragraph: it is blanked out. */
function removeDatelineLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => readDateline(content) ?? timestampLine(content));
  if (!opening) return;
  const { index, line, found } = opening;
  useDateline(ctx, found);
  ctx.dateline = { start: line.start, end: line.end, text: line.text };
  lines[index] = { start: line.end, end: line.end, text: "" };
}

/** A time of day ("09:12", « 09h18 »). */
const CLOCK_TIME = /\d{1,2}[:h]\d{2}/u;
/** What a timestamp line holds: a digit or "ago". */
const DIGIT_OR_AGO = /\d|ago/i;

/**
 * A timestamp line without a date ("Updated 2 hours ago", « Dernière mise à jour à 09h18 », "10:42
 * AM EST"): only numbers and dateline words, with a time of day or "ago". It is no paragraph.
 */
function timestampLine(content: string): { date: null; agency: null } | null {
  // A time of day needs a digit: most lines have neither one nor "ago", and are not split into words.
  if (content.length > 60 || !DIGIT_OR_AGO.test(content)) return null;
  const words = wordsOf(content);
  if (words.length === 0 || !words.every((word) => isDigit(word.charCodeAt(0)) || isDatelineToken(word, 0, word.length))) return null;
  return CLOCK_TIME.test(content) || words.some((word) => word.toLowerCase() === "ago") ? { date: null, agency: null } : null;
}

/** What ends a sentence, as char codes: a metadata line ends with none (. ! ? » ” "). */
const SENTENCE_ENDS = new Set([46, 33, 63, 0xbb, 0x201d, 34]);
/** What separates the parts of a page's metadata line ("3 March 2024 | Press release", « 8 mai 2024 à 15h02 - Modifié : … »). */
const METADATA_SEPARATOR = /\s[|/–—-]\s/u;
/** A place in capitals and a comma opening a line ("MOSCOW,", « SAINT-DENIS, »): a wire dateline's. */
const WIRE_PLACE_OPENING = /^\p{Lu}[\p{Lu}'’. -]+,/u;
/** "… par Claire Moreau", "… by Jane Doe" closing a metadata line: its author. */
const METADATA_AUTHOR = /\s(?:par|by)\s(\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3})$/u;

/**
 * A line of the page's metadata among the first lines ("03/04/2024 | Press release | Distributed by …",
 * « 8 mai 2024 à 15h02 - Modifié : 8 mai 2024 à 15h16 par Claire Moreau »): it opens with a full date,
 * then other parts after a spaced separator, and ends no sentence. It is not a paragraph; its date
 * is the publication date and an author it closes with is the byline.
 */
function removeMetadataLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => {
    if (content.length > 160 || SENTENCE_ENDS.has(content.charCodeAt(content.length - 1))) return null;
    const separator = METADATA_SEPARATOR.exec(content);
    if (!separator || separator.index === 0) return null;
    // "MOSCOW, March 3 (Reuters) - Kremlin spokesman …", its sentence wrapped onto the next line: a wire dateline opens a
    // paragraph, with a place in capitals or an agency, where a metadata line opens with its date.
    if (WIRE_PLACE_OPENING.test(content)) return null;
    const parts = readDateline(content.slice(0, separator.index));
    return parts?.date && parts.date.day !== null && parts.agency === null ? parts : null;
  });
  if (!opening) return;
  const { index, line, found } = opening;
  // "3 March 2024 - The council met on Monday to discuss" going on in the next line is a paragraph's sentence, wrapped.
  if ((lines[index + 1]?.text ?? "") !== "") return;
  useDateline(ctx, found);
  const author = METADATA_AUTHOR.exec(line.text);
  if (author && !ctx.byline) {
    const start = line.end - author[1]!.length;
    ctx.byline = { start, end: line.end, text: ctx.text.slice(start, line.end) };
  }
  lines[index] = { start: line.end, end: line.end, text: "" };
}

/**
 * A dateline opening one of the first paragraphs ("WASHINGTON, Feb 22 (Reuters) - …") stays in it.
 * After a dateline line ("Wednesday, December 3, 2025"), it still names the agency.
 */
function readDatelinePrefix(ctx: DocumentContext, blocks: Line[]): void {
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    const block = blocks[i]!;
    const content = ctx.text.slice(block.start, Math.min(block.end, block.start + 120));
    let prefixEnd = datelinePrefixEnd(content);
    let prefix = prefixEnd > 0 ? readDateline(content.slice(0, prefixEnd), true) : null;
    // « Lomé, 5 mai 2025 - (HNA) Le ministre… »: the agency's acronym right after the dash.
    const agencyAfter = prefix && !prefix.agency ? AGENCY_AFTER_DASH.exec(content.slice(prefixEnd)) : null;
    if (prefix && agencyAfter) {
      prefix = { date: prefix.date, agency: agencyAfter[1]! };
      prefixEnd += agencyAfter[0].length;
    }
    if (!prefix) {
      prefixEnd = agencyPrefixEnd(content);
      prefix = prefixEnd > 0 ? datedAgencyPrefix(content.slice(0, prefixEnd)) : null;
    }
    if (!prefix) {
      const agencyFirst = AGENCY_THEN_DATE.exec(content);
      const parts = agencyFirst ? readDateline(agencyFirst[2]!) : null;
      prefixEnd = agencyFirst ? agencyFirst[0].length : -1;
      prefix = parts?.date && parts.date.day !== null && !parts.agency ? { date: parts.date, agency: agencyFirst![1]! } : null;
    }
    if (prefix) {
      useDateline(ctx, prefix);
      // The one inside the text is the dateline the later stages must read past.
      ctx.dateline = { start: block.start, end: block.start + prefixEnd, text: content.slice(0, prefixEnd) };
      return;
    }
  }
}

function useDateline(ctx: DocumentContext, dateline: { date: DateParts | null; agency: string | null }): void {
  const date = dateline.date;
  if (ctx.publishedAt === null && date && date.year !== null && date.day !== null) {
    ctx.publishedAt = isoDate(date.year, date.month, date.day);
  }
  if (ctx.source === null && dateline.agency) ctx.source = dateline.agency;
}

/**
 * "New Delhi, Jan 11 (PTI) India on…", "BEIJING, June 18 (Xinhua): China…": where a dateline that
 * its agency closes, with no dash after it, ends (past the colon and spaces), or -1.
 */
function agencyPrefixEnd(content: string): number {
  const close = content.indexOf(")");
  if (close < 0 || close > 80) return -1;
  let end = close + 1;
  // ") :Federal…": a space may come before the colon, none after it.
  if (isRegexSpace(content.charCodeAt(end)) && content.charCodeAt(end + 1) === 58) end++;
  if (content.charCodeAt(end) === 58) end++;
  const spaces = end;
  while (end < content.length && isRegexSpace(content.charCodeAt(end))) end++;
  return (end > spaces || content.charCodeAt(end - 1) === 58) && isCasedCapital(content.charCodeAt(end)) ? end : -1;
}

/** "(HNA) " opening what follows a dateline's dash. */
const AGENCY_AFTER_DASH = /^\((\p{Lu}{2,6})\)\s*(?=\p{Lu})/u;

/** « DIA-06 août 2023: Le président… »: an agency's acronym, a dash, the date, then a colon or a dash. */
const AGENCY_THEN_DATE = /^(\p{Lu}{2,6})\s?[-–—]\s?(\d[^:–—\n]{3,40}?)\s?[:–—-]\s+(?=\p{Lu})/u;

/**
 * A dateline without a dash is read only with a date and an agency that is one for sure (an
 * acronym, an outlet the gazetteer knows): "Narendra Modi (BJP) said" is a sentence.
 */
function datedAgencyPrefix(prefix: string): { date: DateParts | null; agency: string | null } | null {
  const parts = readDateline(prefix.replace(/[:\s]+$/u, ""), true);
  if (!parts?.date || !parts.agency) return null;
  return ACRONYM.test(parts.agency) || knownOutlet(parts.agency) !== null || DATED_CREDIT.test(prefix) ? parts : null;
}

/** Where a dateline prefix ends in a paragraph's first 120 characters (after its dash), or -1. */
function datelinePrefixEnd(content: string): number {
  if (!hasSpacedDash(content, 120)) return -1;
  DATELINE_DASH.lastIndex = 0;
  const head = content.slice(0, 120);
  const match = DATELINE_DASH.exec(head);
  if (!match || match.index === 0) return -1;
  // "ISLAMABAD (HNA - 29th April, 2021)": a dash inside a parenthesis ends no dateline.
  const before = head.slice(0, match.index);
  if (before.lastIndexOf("(") > before.lastIndexOf(")")) return -1;
  return match.index + match[0].length;
}

/** Whether a dash follows a space, a period or a closing parenthesis in the first `limit` characters: what every `DATELINE_DASH` match holds. */
function hasSpacedDash(content: string, limit: number): boolean {
  const end = Math.min(content.length, limit);
  for (let i = 1; i < end; i++) {
    if (isDash(content.charCodeAt(i))) {
      const before = content.charCodeAt(i - 1);
      if (before === 46 || before === 41 || isRegexSpace(before) || (isBmpCapital(before) && isRegexSpace(content.charCodeAt(i + 1)))) return true;
    }
  }
  return false;
}

/** What `\s` matches in a regex (and `trim` removes). */
function isRegexSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Reads a dateline: optional place names in capitals, a date (day month year in any order the
 * languages use, or dd/mm/yyyy), an optional time and an optional "(Agency)". Every other word
 * must be a dateline word, so ordinary sentences are not mistaken for one.
 */
function readDateline(content: string, agencyAlone = false): { date: DateParts | null; agency: string | null } | null {
  if (content.length > 100 || !mayBeDateline(content)) return null;
  let body = withoutClosingDash(content).trim();
  let agency: string | null = null;
  const open = body.lastIndexOf("(");
  if (open >= 0) {
    const close = body.indexOf(")", open);
    const inside = AGENCY.exec(body.slice(open, close + 1));
    const credit = inside ? null : DATED_CREDIT.exec(body.slice(open, close + 1));
    if (close > open && inside) {
      agency = fullNameBefore(body.slice(0, open), inside[1]!.trim());
      body = (body.slice(0, open) + body.slice(close + 1)).trim();
    } else if (close > open && credit) {
      // "(Harbour News / HNA - 03rd April, 2025)": the first outlet is the story's, the date is the dateline's.
      agency = credit[1]!.split(/\/|\s[-–—]\s/u)[0]!.trim();
      body = (body.slice(0, open) + " " + credit[2]! + body.slice(close + 1)).trim();
    }
  }
  // "LONDON, March 3, 2025 /Harbourwire/": a press-release wire between slashes.
  const slashed = agency === null && body.endsWith("/") ? SLASHED_AGENCY.exec(body) : null;
  if (slashed) {
    agency = slashed[1]!;
    body = body.slice(0, slashed.index);
  }
  // « …, le 10 février 2019, WAFA »: an agency's acronym after the date, past a comma.
  const trailing = agency === null && mayEndWithCapital(body) ? TRAILING_AGENCY.exec(body) : null;
  if (trailing && !isDatelineToken(trailing[1]!, 0, trailing[1]!.length) && findDate(body.slice(0, trailing.index))) {
    agency = trailing[1]!;
    body = body.slice(0, trailing.index);
  }
  let capitalisedOnly = true;
  let words = 0;
  for (let at = 0; at < body.length; ) {
    const wordStart = at;
    at = wordEnd(body, wordStart, body.length);
    if (at === wordStart) {
      at++;
      continue;
    }
    words++;
    // A number: a day, a year, a time ("14h30").
    if (isDigit(body.charCodeAt(wordStart)) || isDatelineToken(body, wordStart, at)) continue;
    if (!isCasedCapital(body.charCodeAt(wordStart))) return null;
    if (capitalisedOnly) {
      const word = body.slice(wordStart, at);
      capitalisedOnly = word === word.toUpperCase();
    }
  }
  // "(Bloomberg) --": an outlet alone may open the story's first paragraph.
  // Two capitals at least, as outlets have, or one the gazetteer knows ("(Photo) —" names none).
  if (words === 0) return agency && agencyAlone && (knownOutlet(agency) !== null || TWO_CAPITALS.test(agency)) ? { date: null, agency } : null;
  // Read only now: most lines are sentences, and a lower-case word above already turned them down.
  const date = findDate(body);
  if (date) return { date, agency };
  // A place alone ("BRASÍLIA, Brazil –") is a dateline only with an agency or in capitals.
  if (agency || (capitalisedOnly && /\p{Lu}{3}/u.test(body) && !holdsNonPlaceFunctionWord(body))) return { date: null, agency };
  return null;
}

/** Whether the text may end with a capital letter: its last character is one in ASCII or none of ASCII. What `TRAILING_AGENCY` needs. */
function mayEndWithCapital(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last >= 65 && last <= 90) || last > 127;
}

/** Function words that names of places hold ("LA PAZ", "THE HAGUE", "BOSNIA AND HERZEGOVINA", « PORT-AU-PRINCE »). */
const PLACE_FUNCTION_WORDS = new Set(["le", "la", "les", "l", "des", "du", "de", "au", "aux", "et", "the", "of", "and"]);

/** « SUR L'INFLATION »: a heading in capitals holds a function word that no place's name does. */
function holdsNonPlaceFunctionWord(body: string): boolean {
  const { functionWords } = lexicon();
  return wordsOf(body).some((word) => {
    const lower = word.toLowerCase();
    return functionWords.has(lower) && !PLACE_FUNCTION_WORDS.has(lower);
  });
}

/**
 * "Harbour Press Network (HPN)": the agency's full name when the words right before its
 * acronym spell it, else the acronym.
 */
function fullNameBefore(before: string, agency: string): string {
  if (!ACRONYM.test(agency)) return agency;
  const words = [...before.matchAll(/[\p{L}\p{N}]+/gu)].slice(-agency.length);
  // Spelt in words that open with its letters, each a capital and small letters (a place in capitals is none), with no comma between them.
  if (words.length < agency.length || words.some((word, i) => word[0].charAt(0) !== agency.charAt(i) || word[0] === word[0].toUpperCase())) return agency;
  const fullName = before.slice(words[0]!.index).replace(/[\s/,]+$/u, "");
  return fullName.includes(",") ? agency : fullName;
}

/**
 * The content without its closing dash and the spaces and period around it (" . –", " —"): what
 * `content.replace(/\s*(?:\.\s*)?[-–—]+\s*$/, "")` leaves, read backwards from the end.
 */
export function withoutClosingDash(content: string): string {
  let end = content.length;
  while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  if (end === 0 || !isDash(content.charCodeAt(end - 1))) return content;
  while (end > 0 && isDash(content.charCodeAt(end - 1))) end--;
  while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  if (end > 0 && content.charCodeAt(end - 1) === 46) {
    end--;
    while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  }
  return content.slice(0, end);
}

/** "-", "–", "—" */
function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Words a dateline may hold besides places and numbers: months, weekdays, dateline words, "h", "er", "gmt", "utc". */
function isDatelineToken(text: string, from: number, to: number): boolean {
  const { datelineTokens, months, weekdays, datelineWords } = lexicon();
  const found = datelineTokens.find(text, from, to);
  if (found !== UNDECIDED) return found >= 0;
  const lower = text.slice(from, to).toLowerCase();
  return months.has(lower) || weekdays.has(lower) || datelineWords.has(lower) || DATELINE_TIME_WORDS.includes(lower);
}

const DATELINE_TIME_WORDS = ["h", "er", "gmt", "utc"];

/** Per UTF-16 code: 0 not yet known, 1 a character that changes in lower case and not in upper case (a capital), 2 not. */
const casedCapital = new Uint8Array(0x10000);

function isCasedCapital(code: number): boolean {
  let known = casedCapital[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char !== char.toLowerCase() && char === char.toUpperCase() ? 1 : 2;
    casedCapital[code] = known;
  }
  return known === 1;
}

const CAPITAL = /^\p{Lu}$/u;
/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a capital letter, 2 not. */
const bmpCapital = new Uint8Array(0x10000);

function isBmpCapital(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let known = bmpCapital[code]!;
  if (known === 0) {
    known = CAPITAL.test(String.fromCharCode(code)) ? 1 : 2;
    bmpCapital[code] = known;
  }
  return known === 1;
}

const LETTER = /^\p{L}$/u;
/** Per UTF-16 code: 0 not yet known, 1 a letter (a surrogate alone is none), 2 not. */
const bmpLetter = new Uint8Array(0x10000);

function isBmpLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = bmpLetter[code]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    bmpLetter[code] = known;
  }
  return known === 1;
}

/**
 * What every dateline holds: a digit (its date), an agency's parenthesis, or a place in three
 * capitals or more. Most lines are sentences without any, and are turned down here in one pass.
 */
export function mayBeDateline(content: string): boolean {
  let capitalRun = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 40) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const pair = content.slice(i, i + 2);
      capitalRun = CAPITAL.test(pair) ? capitalRun + 1 : 0;
      if (pair.length === 2) i++;
    } else {
      capitalRun = isBmpCapital(code) ? capitalRun + 1 : 0;
    }
    if (capitalRun >= 3) return true;
  }
  return false;
}

/** "12/04/2022", "12.04.2022" */
const NUMERIC_DATE = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})/;
/** "14/09" alone: no number, slash or period glued to either side. */
const DAY_MONTH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/.])/;
const ISO_DATE_INSIDE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Whether `text` holds a digit, then `separator` or `otherSeparator` (char codes), then a digit. */
function hasDigitSeparatorDigit(text: string, separator: number, otherSeparator: number): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === separator || code === otherSeparator) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** The first date in a short string: "7 mai 2017", "January 4, 2019", "Feb 22", "12/04/2022", "December 2004". */
function findDate(body: string): DateParts | null {
  // Each regex runs only on a string with what it needs: a digit, a separator and a digit in a row.
  const numeric = hasDigitSeparatorDigit(body, 47, 46) ? NUMERIC_DATE.exec(body) : null;
  if (numeric) {
    let day = Number(numeric[1]);
    let month = Number(numeric[2]);
    // "02/20/2026": a second number above twelve is the day of an American date.
    if (month > 12 && day >= 1 && day <= 12) [day, month] = [month, day];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: Number(numeric[3]), month, day };
  }
  // « le 14/09 »: a day and a month without the year.
  const dayMonth = numeric === null && hasDigitSeparatorDigit(body, 47, 47) ? DAY_MONTH.exec(body) : null;
  if (dayMonth) {
    const day = Number(dayMonth[1]);
    const month = Number(dayMonth[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: null, month, day };
  }
  const iso = hasDigitSeparatorDigit(body, 45, 45) ? ISO_DATE_INSIDE.exec(body) : null;
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  // Read in place: no word is sliced or lower-cased.
  const spans = wordSpans(body);
  const count = spans.length / 2;
  const dayAt = (i: number) => (i >= 0 && i < count ? dayNumber(body, spans[2 * i]!, spans[2 * i + 1]!) : null);
  const yearAt = (i: number) => (i < count && isYear(body, spans[2 * i]!, spans[2 * i + 1]!) ? Number(body.slice(spans[2 * i], spans[2 * i + 1])) : null);
  for (let i = 0; i < count; i++) {
    const month = monthNumber(body, spans[2 * i]!, spans[2 * i + 1]!);
    if (month === undefined) continue;
    const before = dayAt(i - 1);
    const after = dayAt(i + 1);
    let day: number | null = before;
    let yearIndex = i + 1;
    if (day === null && after !== null && yearAt(i + 1) === null) {
      day = after;
      yearIndex = i + 2;
    }
    const year = yearAt(yearIndex);
    if (day === null && year === null) continue;
    return { year, month, day };
  }
  return null;
}

/** The month `text[from, to)` names in any case ("Feb", « mars »), or undefined. */
function monthNumber(text: string, from: number, to: number): number | undefined {
  const { monthTable, monthNumbers, months } = lexicon();
  const found = monthTable.find(text, from, to);
  return found >= 0 ? monthNumbers[found] : found === UNDECIDED ? months.get(text.slice(from, to).toLowerCase()) : undefined;
}

/** The day the word `text[from, to)` gives ("7", "1er", "22ND"): one or two digits and maybe an ordinal's ending in any case. */
function dayNumber(text: string, from: number, to: number): number | null {
  let digitsEnd = from;
  while (digitsEnd < to && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
  const digits = digitsEnd - from;
  if (digits === 0 || digits > 2) return null;
  if (digitsEnd < to && !isOrdinalEnding(lowerCode(text.charCodeAt(digitsEnd)), to - digitsEnd === 2 ? lowerCode(text.charCodeAt(digitsEnd + 1)) : -1)) return null;
  const day = digits === 1 ? text.charCodeAt(from) - 48 : (text.charCodeAt(from) - 48) * 10 + text.charCodeAt(from + 1) - 48;
  return day >= 1 && day <= 31 ? day : null;
}

/** "er", "st", "nd", "rd", "th" as two lower-case char codes. */
function isOrdinalEnding(first: number, second: number): boolean {
  // e r, s t, n d, r d, t h
  return (first === 101 && second === 114) || (first === 115 && second === 116) || (first === 110 && second === 100) || (first === 114 && second === 100) || (first === 116 && second === 104);
}

/** "2019": the word `text[from, to)` is four digits. */
function isYear(text: string, from: number, to: number): boolean {
  return to - from === 4 && isDigit(text.charCodeAt(from)) && isDigit(text.charCodeAt(from + 1)) && isDigit(text.charCodeAt(from + 2)) && isDigit(text.charCodeAt(from + 3));
}

/** "2024-03-01" for a day that exists, else null; counted without a Date, as `Date.UTC` would tell it. */
export function isoDate(year: number, month: number, day: number): string | null {
  // Date.UTC reads the years 0–99 as 1900–1999, so theirs are the leap years that count.
  const calendarYear = year >= 0 && year <= 99 ? 1900 + year : year;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(calendarYear, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "2022-03-02", "2022-03-02T10:00:00Z", a Date, or a dateline-like string → YYYY-MM-DD, or null. */
export function normaliseDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = findDate(value.slice(0, 100));
  return parts && parts.year !== null && parts.day !== null ? isoDate(parts.year, parts.month, parts.day) : null;
}

/** The last body lines that are an outlet's sign-off leave the body and name the source. */
function removeSignOff(ctx: DocumentContext, blocks: Line[]): void {
  // Wire copy may close with three: credits, a contact line, the copyright.
  for (let removed = 0; removed < 3 && blocks.length > 0; removed++) {
    const last = blocks[blocks.length - 1]!;
    // Emphasis marks take at most six characters: a longer block is no closing line, and is not sliced.
    if (last.end - last.start > 306) return;
    const content = withoutEmphasisAround(ctx.text.slice(last.start, last.end));
    if (content.length > 300) return;
    let outlet: string | null = null;
    const { signOffs, anySignOff, signOffsByLiteral } = lexicon();
    // Which sign-off it is, only on a line that is one.
    const mayBeSignOff = anySignOff.some((pattern) => pattern.test(content)) || signOffsByLiteral.some(({ literal, pattern }) => content.includes(literal) && pattern.test(content));
    for (let i = 0; mayBeSignOff && i < signOffs.length; i++) {
      const match = signOffs[i]!.exec(content);
      if (match) {
        outlet = cleanOutlet(match[1]);
        if (match[2] !== undefined && knownOutlet(outlet) === null) outlet = cleanOutlet(match[2]);
        // A `known` capture may name a reporter as well as an outlet: only an outlet the gazetteer knows is the source.
        if (match.groups?.known !== undefined) outlet = knownOrAcronym(cleanOutlet(match.groups.known));
        // A `signer` capture may be a reporter's name: only a name an outlet's would be is the source.
        if (match.groups?.signer !== undefined) outlet = namesOutlet(cleanOutlet(match.groups.signer)) ? cleanOutlet(match.groups.signer) : "";
        if (match.groups?.credits !== undefined) outlet = creditedOutlet(match.groups.credits);
        outlet = firstAgencyOfList(outlet);
        break;
      }
    }
    // « Le Télégramme », "— The Boston Globe": a closing line that is only an outlet the gazetteer knows (and no signature).
    if (!outlet) outlet = (content.length <= 60 ? knownOutlet(content.replace(/^[—–-]+\s*/, "").replace(/[.\s]+$/, "")) : null) ?? outlet;
    // "Thomas Grangier", « Loïc KERGOAT », "Cymru Broadcast News": the very last line, a few capitalised words and no
    // sentence, signs the story; a given name first makes it the reporter's, else it is the outlet's.
    if (outlet === null && removed === 0 && blocks.length > 2 && spacesFromOneToThree(content) && BARE_SIGNATURE.test(content)) outlet = closingSignature(content);
    // "Harbourwire": a last line of one word in mixed case, no given name, is the outlet's name (wire marks are in capitals).
    if (outlet === null && removed === 0 && blocks.length > 2 && BARE_WORD.test(content) && !opensWithGivenName(content)) outlet = content;
    if (outlet === null) return;
    blocks.pop();
    if (ctx.source === null && outlet) ctx.source = outlet;
    ctx.signOff = { start: last.start, end: last.end, text: content };
  }
}

/** Markdown emphasis marks around a whole line ("*…*", "_…_", "**…**"). */
const EMPHASIS_AROUND = /^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/gu;

/** "*Reporting by Jane Doe*": Markdown emphasis around a closing line is no part of it. */
function withoutEmphasisAround(line: string): string {
  // The marks sit at either end: most lines have none, and are not run through the regex.
  return isEmphasis(line[0]) || isEmphasis(line[line.length - 1]) ? line.replace(EMPHASIS_AROUND, "") : line;
}

/** The outlet the gazetteer knows that tells of its own reporting in the body ("Harbour News has learned"), or null. */
function selfReportingOutlet(text: string, blocks: Line[]): string | null {
  if (blocks.length === 0) return null;
  const start = blocks[0]!.start;
  const end = blocks[blocks.length - 1]!.end;
  let body: string | null = null;
  for (const { literal, pattern } of lexicon().selfReports) {
    // The first time the literal comes past the body's start, it is inside the body or none is.
    const at = text.indexOf(literal, start);
    if (at < 0 || at + literal.length > end) continue;
    body ??= text.slice(start, end);
    for (const match of body.matchAll(pattern)) {
      // "On Monday Harbour News has learned": the outlet is the longest known run of the capitalised words.
      const words = match[1]!.split(/\s/u);
      for (let length = words.length; length > 0; length--) {
        for (let from = 0; from + length <= words.length; from++) {
          const outlet = knownOutlet(words.slice(from, from + length).join(" "));
          if (outlet !== null) return outlet;
        }
      }
    }
  }
  return null;
}

/**
 * Who a closing signature names: "" for a reporter (a given name first) or a newsroom alone (« Par
 * La Rédaction »), else the outlet, after its byline opener if it has one.
 */
function closingSignature(content: string): string {
  const names = afterBylineOpener(content);
  if (names === null) return opensWithGivenName(content) ? "" : content;
  const signing = outletSigning(names);
  return signing ?? "";
}

/** One word of five letters and digits or more, a capital and then a small letter first, and nothing else ("Ends" and « Fin » close stories too). */
const BARE_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{N}]{3,30}$/u;

/** An agency in parentheses closing a paragraph's last sentence (« … en France. (Belga) »). */
const CLOSING_AGENCY = /[.!?…"»”]\s*\((\p{Lu}[\p{L}\p{N}&'’. -]{0,40})\)\.?$/u;

/** The agency that closes the body's last paragraph, when the gazetteer knows it or it is an acronym ("(AFP)"), else null. */
function closingAgency(tail: string): string | null {
  if (!tail.endsWith(")") && !tail.endsWith(").")) return null;
  const agency = CLOSING_AGENCY.exec(tail)?.[1]?.trim();
  if (!agency) return null;
  return ACRONYM.test(agency) ? agency : knownOutlet(agency);
}

/** Two to four capitalised words, maybe with name particles, and nothing else: no sentence's final period. */
const BARE_SIGNATURE = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|du|des|van|von|le|la)){1,3}(?<!\p{Ll}\.)$/u;

/** Whether `content` holds one to three spaces (of any kind), as the two to four words of a `BARE_SIGNATURE` do: most closing lines hold more. */
function spacesFromOneToThree(content: string): boolean {
  let spaces = 0;
  for (let i = 0; i < content.length && spaces <= 3; i++) if (isRegexSpace(content.charCodeAt(i))) spaces++;
  return spaces >= 1 && spaces <= 3;
}

let givenNames: Set<string> | null = null;

/** Whether `line` opens with a given name some language's word lists know. */
function opensWithGivenName(line: string): boolean {
  if (!givenNames) {
    givenNames = new Set();
    for (const locale of Object.values(locales)) for (const name of locale.entities.firstNames) givenNames.add(name.toLowerCase());
  }
  return givenNames.has(line.split(/[\s-]/u)[0]!.toLowerCase());
}

/**
 * Whether `name` is an outlet's: one the gazetteer knows, or, opening with no given name nor ending
 * with a newsroom's word ("the Gulf desk"), one that holds an outlet's word ("Harbour Wire") or opens
 * with an article (« La Gazette du port »).
 */
function namesOutlet(name: string): boolean {
  if (knownOutlet(name) !== null) return true;
  const words = name.toLowerCase().split(/[\s'’]+/u);
  const { newsroomWords, outletWords, outletArticles } = lexicon();
  if (words.length < 2 || newsroomWords.has(words[words.length - 1]!) || opensWithGivenName(name)) return false;
  return outletArticles.has(words[0]!) || words.some((word) => outletWords.has(word));
}

/** "Reporting by the Gulf desk; editing by Harbour Wire": the first credited name that is an outlet's, else "". */
function creditedOutlet(credits: string): string {
  for (const part of credits.split(/[;,]/u)) {
    const by = part.lastIndexOf(" by ");
    const name = cleanOutlet(by < 0 ? "" : part.slice(by + 4));
    if (name !== "" && /^\p{Lu}/u.test(name) && namesOutlet(name)) return name;
  }
  return "";
}

/** "AFP et Reuters", "AFP, Reuters": the first of a list of agencies the gazetteer knows, else the text as it is. */
function firstAgencyOfList(outlet: string): string {
  const first = outlet.split(/,\s|\s(?:et|and|&)\s/u)[0]!;
  return first !== outlet && knownOrAcronym(first) !== "" ? first : outlet;
}

/** The name when it is an outlet for sure (one the gazetteer knows, or an agency's acronym), else "". */
function knownOrAcronym(name: string): string {
  return knownOutlet(name) ?? (ACRONYM.test(name) ? name : "");
}

/** An outlet as a sign-off's capture gives it: trimmed, without closing punctuation or an elided article. */
function cleanOutlet(captured: string | undefined): string {
  return (captured ?? "").trim().replace(/[.,;:]+$/, "").replace(/^l['’]/, "");
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a letter or digit, 2 not. */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** Width in code units of the letter or digit at `at` (read no further than `limit`), or 0. */
function letterOrDigitWidth(text: string, at: number, limit: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < limit) {
    const pair = text.slice(at, at + 2);
    return pair.length === 2 && LETTER_OR_DIGIT.test(pair) ? 2 : 0;
  }
  let known = bmpLetterOrDigit[code]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(text[at]!) ? 1 : 2;
    bmpLetterOrDigit[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * What a UTF-16 code is to `detectLanguage`'s reading of words: a letter or digit as its lower-case
 * code (above 0), 0 for any other character, or one of the codes below, read on the slow path.
 */
const NOT_YET_KNOWN = -1;
/** An apostrophe, period or hyphen: part of a word when a letter or digit follows ("d'un", "U.S"). */
const JOINER = -2;
/** The first half of a surrogate pair: a letter or digit with the half after it, or none. */
const HIGH_SURROGATE = -3;
/** A letter that lower-cases only with its neighbours (a capital sigma…): the word is looked up as a string. */
const UNDECIDED_LETTER = -4;
const languageCodes = new Int32Array(0x10000).fill(NOT_YET_KNOWN);

function languageCode(code: number): number {
  if (code === 39 || code === 0x2019 || code === 46 || code === 45) return JOINER;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (!LETTER_OR_DIGIT.test(String.fromCharCode(code))) return 0;
  const lower = lowerCode(code);
  return lower >= 0 ? lower : UNDECIDED_LETTER;
}

/**
 * End of the word starting at `at` (letters and digits, joined by an apostrophe, period or hyphen:
 * "l'État", "U.S", "Jean-Pierre"), cut at `limit`; `at` itself when no word starts there. No regex, no allocation.
 */
function wordEnd(text: string, at: number, limit: number): number {
  let end = at;
  for (;;) {
    while (end < limit) {
      const width = letterOrDigitWidth(text, end, limit);
      if (width === 0) break;
      end += width;
    }
    if (end === at || end + 1 >= limit) return end;
    const joiner = text.charCodeAt(end);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 46 || joiner === 45) && letterOrDigitWidth(text, end + 1, limit) > 0) end++;
    else return end;
  }
}

/** The words of `text` as `wordEnd` reads them, in order, as flat [start, end) pairs. */
function wordSpans(text: string): number[] {
  const spans: number[] = [];
  for (let at = 0; at < text.length; ) {
    const end = wordEnd(text, at, text.length);
    if (end === at) {
      at++;
    } else {
      spans.push(at, end);
      at = end;
    }
  }
  return spans;
}

/** The words of `text` as `wordEnd` reads them, in order. */
function wordsOf(text: string): string[] {
  const spans = wordSpans(text);
  const words: string[] = [];
  for (let i = 0; i < spans.length; i += 2) words.push(text.slice(spans[i], spans[i + 1]));
  return words;
}

/** fr, en, or und: which language's function words dominate (first 3,000 characters of the body). */
export function detectLanguage(text: string, paragraphs: Paragraph[], title: Span | null): Language {
  const { functionWords, functionWordTable, functionWordLanguages, longestFunctionWord, functionWordHashes } = lexicon();
  let french = 0;
  let english = 0;
  let budget = 3_000;
  /** Counts the word `text[end - length, end)` when it is a function word; `hash` is its lower case's, as `WordTable.find` makes it, when `decided` (the filter may let others by). */
  const count = (end: number, length: number, hash: number, decided: boolean): void => {
    const found = decided ? functionWordTable.findHashed(text, end - length, end, hash) : UNDECIDED;
    const language = found >= 0 ? functionWordLanguages[found] : found === UNDECIDED ? functionWords.get(text.slice(end - length, end).toLowerCase()) : undefined;
    if (language === "fr") french++;
    else if (language === "en") english++;
  };
  for (let p = title ? -1 : 0; p < paragraphs.length && budget > 0; p++) {
    const piece = p < 0 ? title! : paragraphs[p]!;
    const limit = Math.min(piece.end, piece.start + budget, text.length);
    budget -= Math.max(0, limit - piece.start);
    // Words as `wordEnd` reads them, in one pass: the word read so far is the `length` codes
    // before `at`, and `hash` its lower case's unless `undecided` is 1.
    let length = 0;
    let hash = 0;
    let undecided = 0;
    for (let at = piece.start; at < limit; at++) {
      const code = text.charCodeAt(at);
      const known = languageCodes[code]!;
      if (known >= 0) {
        // Letters, digits and spaces without a branch on which: the one branch taken is at the end
        // of a word short enough to be a function word, whose hash the filter holds.
        const inWord = -known >>> 31;
        const ended = length & (inWord - 1);
        const endedShort = (-ended & (ended - longestFunctionWord - 1)) >>> 31;
        if ((endedShort & (functionWordHashes[hash & FUNCTION_WORD_HASH_MASK]! | undecided)) !== 0) count(at, ended, hash, undecided === 0);
        hash = (Math.imul(hash, 31) + known) & -inWord;
        length = (length + 1) & -inWord;
        undecided &= -inWord;
        continue;
      }
      if (known === NOT_YET_KNOWN) {
        languageCodes[code] = languageCode(code);
        at--;
        continue;
      }
      if (known === UNDECIDED_LETTER) {
        undecided = 1;
        length++;
        continue;
      }
      const width = at + 1 < limit ? letterOrDigitWidth(text, known === JOINER ? at + 1 : at, limit) : 0;
      if (known === JOINER && length > 0 && width > 0) {
        hash = (Math.imul(hash, 31) + code) | 0;
        length++;
      } else if (known === HIGH_SURROGATE && width === 2) {
        undecided = 1;
        length += 2;
        at++;
      } else if (length > 0) {
        if (length <= longestFunctionWord) count(at, length, hash, undecided === 0);
        length = 0;
        hash = 0;
        undecided = 0;
      }
    }
    if (length > 0 && length <= longestFunctionWord) count(limit, length, hash, undecided === 0);
  }
  return languageOfCounts(french, english);
}

/** The language that counts of French and English function words point to. */
export function languageOfCounts(french: number, english: number): Language {
  const total = french + english;
  // A document of a line or two may hold a single function word: it is all there is to go by.
  if (total === 1) return french === 1 ? "fr" : "en";
  if (total < 2) return "und";
  if (french >= 2 * english && french >= 2) return "fr";
  if (english >= 2 * french && english >= 2) return "en";
  return "und";
}

/** Sentences of each paragraph; periods after abbreviations and initials do not end one. */
function splitSentences(text: string, paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    const content = paragraph.text;
    const length = content.length;
    let sentenceStart = 0;
    // Where each run of sentence-ending marks (".", "!", "?", "…") starts and ends, as `[.!?…]+`
    // would match it from `searchFrom`. Each mark's next place is found with indexOf, faster than
    // the regex, and kept until the reading passes it, so that the text is searched once per mark.
    let searchFrom = 0;
    let nextPeriod = -1;
    let nextExclamation = -1;
    let nextQuestion = -1;
    let nextEllipsis = -1;
    for (;;) {
      if (nextPeriod < searchFrom) nextPeriod = indexOrLength(content, ".", searchFrom);
      if (nextExclamation < searchFrom) nextExclamation = indexOrLength(content, "!", searchFrom);
      if (nextQuestion < searchFrom) nextQuestion = indexOrLength(content, "?", searchFrom);
      if (nextEllipsis < searchFrom) nextEllipsis = indexOrLength(content, "…", searchFrom);
      const runStart = Math.min(nextPeriod, nextExclamation, nextQuestion, nextEllipsis);
      if (runStart >= length) break;
      let runEnd = runStart + 1;
      while (runEnd < length && isSentenceEnd(content.charCodeAt(runEnd))) runEnd++;
      searchFrom = runEnd;
      let end = runEnd;
      while (end < length && isCloser(content.charCodeAt(end))) end++;
      // French spacing puts a space before the closing guillemet: « Nous verrons. »
      let spaced = end;
      while (spaced < length && isSpace(content.charCodeAt(spaced))) spaced++;
      if (spaced > end && (content.charCodeAt(spaced) === 0xbb || content.charCodeAt(spaced) === 0x203a)) end = spaced + 1;
      if (end < length && !isSpace(content.charCodeAt(end))) continue;
      let next = end;
      while (next < length && isSpace(content.charCodeAt(next))) next++;
      if (next >= length) break;
      if (!startsSentence(content.charCodeAt(next))) continue;
      if (end === runStart + 1 && content.charCodeAt(runStart) === 46 && isAbbreviation(content, runStart) && !clockEndsSentence(content, runStart, next)) continue;
      pushSentence(sentences, text, paragraph.start + sentenceStart, paragraph.start + end, paragraphIndex);
      sentenceStart = next;
      searchFrom = next;
    }
    pushSentence(sentences, text, paragraph.start + sentenceStart, paragraph.end, paragraphIndex);
  }
  return sentences;
}

/** Where `mark` next occurs in `content` from `from`, or the content's length when it does not. */
function indexOrLength(content: string, mark: string, from: number): number {
  const found = content.indexOf(mark, from);
  return found < 0 ? content.length : found;
}

/** ".", "!", "?", "…" */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

/** What may close a sentence after its period: », ”, ", ’, ', ), ], › */
function isCloser(code: number): boolean {
  return code === 0xbb || code === 0x201d || code === 34 || code === 0x2019 || code === 39 || code === 41 || code === 93 || code === 0x203a;
}

function pushSentence(sentences: Sentence[], text: string, start: number, end: number, paragraphIndex: number): void {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ text: text.slice(start, end), start, end, paragraphIndex });
}

/** Per UTF-16 code: 0 not yet known, 1 may open a sentence, 2 not. */
const opensSentence = new Uint8Array(0x10000);

/** A digit, an opening quote, bracket or dash, or a capital letter. */
function startsSentence(code: number): boolean {
  let known = opensSentence[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    const opens = (char >= "0" && char <= "9") || "«“\"‹‘'([—–-¿¡".includes(char) || (char !== char.toLowerCase() && char === char.toUpperCase());
    known = opens ? 1 : 2;
    opensSentence[code] = known;
  }
  return known === 1;
}

/** Whether the period at `dot` closes an abbreviation or an initial ("M.", "U.S.", "J.", "Jan."). */
const CLOCK_SUFFIX = /(?:^|[\s\d])[ap]\.m$/i;
const WORD_AT = /\p{L}+/uy;

/**
 * "…met at 2 p.m. He then left": the period of "a.m." or "p.m." also ends the sentence when a
 * function word opens the next ("He", "The"); before "Washington time" or "Friday" it does not.
 */
function clockEndsSentence(content: string, dot: number, next: number): boolean {
  if (!CLOCK_SUFFIX.test(content.slice(Math.max(0, dot - 4), dot))) return false;
  WORD_AT.lastIndex = next;
  const word = WORD_AT.exec(content)?.[0];
  // English words only: "a.m." is English, and "EST" is no French « est » after it.
  return word !== undefined && lexicon().functionWords.get(word.toLowerCase()) === "en";
}

function isAbbreviation(content: string, dot: number): boolean {
  let start = dot;
  let periods = false;
  for (; start > 0 && dot - start < 12; start--) {
    const code = content.charCodeAt(start - 1);
    if (code === 46) periods = true;
    else if (!isBmpLetter(code)) break;
  }
  if (start === dot) return false;
  if (periods) return INITIALS.test(content.slice(start, dot));
  if (dot - start === 1 && isUpperCaseAlone(content.charCodeAt(start))) return true;
  // Looked up in place: most words before a period are no abbreviation, and are not sliced.
  const { abbreviationTable, abbreviations } = lexicon();
  const found = abbreviationTable.find(content, start, dot);
  return found >= 0 || (found === UNDECIDED && abbreviations.has(content.slice(start, dot).toLowerCase()));
}

/** Initials before their last period ("U.S" of "U.S."): letters each followed by a period, then a letter. */
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;

/** Per UTF-16 code: 0 not yet known, 1 a character its upper case leaves as it is ("M", "É", "1"), 2 not. */
const upperCaseAlone = new Uint8Array(0x10000);

function isUpperCaseAlone(code: number): boolean {
  let known = upperCaseAlone[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char === char.toUpperCase() ? 1 : 2;
    upperCaseAlone[code] = known;
  }
  return known === 1;
}
