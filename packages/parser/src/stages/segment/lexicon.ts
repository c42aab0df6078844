/** Every language's structure words as one lexicon (months, bylines, sign-offs, function words), and the lookups shared by the steps: known outlets, acronyms, given names. */
import { locales } from "../../locales/index.js";
import { WordTable, hashOfWord } from "../word-table.js";

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
export const FUNCTION_WORD_HASH_MASK = 4095;

let structureLexicon: StructureLexicon | null = null;

/** Every language's structure words together (built on first use): datelines mix languages. */
export function lexicon(): StructureLexicon {
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

let knownOutlets: Set<string> | null = null;

/** The name as given when the gazetteer knows it as an organization ("Reuters", "Le Figaro"), else null. */
export function knownOutlet(name: string): string | null {
  if (!name || name.length > 40) return null;
  if (!knownOutlets) {
    knownOutlets = new Set();
    for (const locale of Object.values(locales)) for (const organization of locale.entities.organizations) knownOutlets.add(organization.toLowerCase());
  }
  return knownOutlets.has(name.toLowerCase()) ? name : null;
}

/** A single word in two to six capitals ("HNA", "AFP"): an agency's name, as no author's is written. */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Words a dateline's time or date is written with whatever the language: "18 h", "1er", "GMT", "UTC". */
export const DATELINE_TIME_WORDS = ["h", "er", "gmt", "utc"];

let givenNames: Set<string> | null = null;

/** Whether `line` opens with a given name some language's word lists know. */
export function opensWithGivenName(line: string): boolean {
  if (!givenNames) {
    givenNames = new Set();
    for (const locale of Object.values(locales)) for (const name of locale.entities.firstNames) givenNames.add(name.toLowerCase());
  }
  return givenNames.has(line.split(/[\s-]/u)[0]!.toLowerCase());
}
