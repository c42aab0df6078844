import { locales } from "../locales/index.js";
import type { DocumentContext } from "./context.js";

/** A word or punctuation mark of the title or body, with its place in the document. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower case, accents removed, typographic apostrophes folded: the key for word lists. */
  key: string;
  start: number;
  end: number;
  isWord: boolean;
  /** Starts with a capital letter (or is a name particle glued to one: "al-Abadi"). */
  capitalised: boolean;
  /** A capital letter and a period ("E."), or dotted capitals ("U.S."). */
  dotted: boolean;
  /** First word of a sentence or of a quotation, where any word is capitalised. */
  sentenceStart: boolean;
  /** Which piece of text it belongs to (title = 0, paragraphs after): names never span two. */
  region: number;
  /** A line break stands between this token and the one before it. */
  lineBreakBefore: boolean;
  /** A capitalised word that the document also writes in lower case: a common word, not a name. */
  alsoLowercase: boolean;
  /** The word lists of the entity lexicon that hold this word's key, as bits. */
  listedIn: number;
}

/** Word key → the lexicon's word lists that hold it, as bits. */
export type WordLists = ReadonlyMap<string, number>;

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const DOTTED_CAPITALS = /(?:\p{Lu}\.){2,}/uy;
const INITIAL = /\p{Lu}\.(?=[\s\-‐]|$)/uy;
const HYPHENED_INITIAL = /\p{Lu}\.-\p{Lu}\.(?=\s|$)/uy;
/** Elided words as written before their apostrophe, in lower case and capitalised. */
const ELISIONS = new Set([
  ...["l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "presqu", "quoiqu"],
  ...["L", "D", "J", "N", "S", "C", "Qu", "Lorsqu", "Puisqu", "Jusqu"],
]);
const LONGEST_ELISION = 6;
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|ar|an|ben|bin|ibn|abu|abd|abdel|bou|ould|von|van|de|di|da|del|della|du|le|la|mc|mac|o)[-‐’']\p{Lu}/u;
/** Marks after which any word is capitalised, as one-character tokens. */
const OPENER_CODES = new Set([..."«“\"‹‘:([—–-…"].map((char) => char.charCodeAt(0)));

const keyCache = new Map<string, string>();

let titleAbbreviationSet: Set<string> | null = null;

/** Courtesy titles that keep their period ("Mr.", "Dr."), folded without it (built on first use). */
function titleAbbreviations(): Set<string> {
  if (!titleAbbreviationSet) {
    titleAbbreviationSet = new Set<string>();
    for (const locale of Object.values(locales)) {
      for (const title of locale.entities.honorifics) titleAbbreviationSet.add(foldKey(title.replace(/\.$/, "")));
    }
  }
  return titleAbbreviationSet;
}

/**
 * Below the Greek block, a word's key is its characters' keys put together: decomposition, mark
 * removal and lower case map one character at a time there (Greek's final sigma does not).
 */
const FOLDABLE_ONE_BY_ONE = 0x370;
/** Keys of single characters by UTF-16 code (filled on first use). */
const characterKeys = new Array<string | undefined>(0x10000).fill(undefined);

function characterKey(code: number): string {
  return (characterKeys[code] ??= foldUnicode(String.fromCharCode(code)));
}

/** The key of `text` read character by character, or null when a character needs the whole word. */
function foldByCharacters(text: string): string | null {
  let key = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FOLDABLE_ONE_BY_ONE || code === 0x2018 || code === 0x2019 || code === 0x2010) key += characterKey(code);
    else if (text.length === 1) return characterKey(code);
    else return null;
  }
  return key;
}

function foldUnicode(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").replace(/‐/g, "-").toLowerCase();
}

/** The folded form used for every word-list lookup. */
export function foldKey(text: string): string {
  let plain = true;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 127) {
      plain = false;
      break;
    }
    if (code >= 65 && code <= 90) upper = true;
  }
  if (plain) return upper ? text.toLowerCase() : text;
  const byCharacters = foldByCharacters(text);
  if (byCharacters !== null) return byCharacters;
  const cached = keyCache.get(text);
  if (cached !== undefined) return cached;
  const key = foldUnicode(text);
  if (keyCache.size > 200_000) keyCache.clear();
  keyCache.set(text, key);
  return key;
}

const UPPER = /\p{Lu}/u;

/** A hyphen or apostrophe among the first letters, as in "al-Abadi" or "d’Estaing". */
function hasJoiner(value: string): boolean {
  for (let i = 1; i < 8 && i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 45 || code === 39 || code === 0x2019 || code === 0x2010) return true;
  }
  return false;
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a capital letter, 2 not. */
const bmpCapital = new Uint8Array(0x10000);

function startsUpper(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  let known = bmpCapital[code]!;
  if (known === 0) {
    known = UPPER.test(value.charAt(0)) ? 1 : 2;
    bmpCapital[code] = known;
  }
  return known === 1;
}

/** What the tokeniser notes of a word key in the document being read. */
interface KeyMarks {
  /** The number of the last document that writes the key as a word in lower case. */
  lowercaseIn: number;
}

/**
 * A word or mark as written, with what depends on its characters alone: every token that writes it
 * so shares it. A spelling that is its own key is also the key's marks, unless another spelling of
 * the key came first: a lower-case word then reads and writes one object.
 */
interface Spelling extends KeyMarks {
  text: string;
  key: string;
  listedIn: number;
  /** Whether it counts as capitalised when it is a word. */
  capitalised: boolean;
  /** Shared by every spelling of the key. */
  keyMarks: KeyMarks;
  /** The hash of the text that placed it in the table. */
  hash: number;
}

/** Slots of a spelling table, and how many it fills before it starts afresh with the next document. */
const SPELLING_SLOTS = 1 << 15;
const SPELLINGS_KEPT = SPELLING_SLOTS / 2;
/** Past this, inside one document, new spellings are no longer kept: the probes stay short. */
const MOST_SPELLINGS = (SPELLING_SLOTS / 4) * 3;
/**
 * V8 slices strings of 13 characters or more as views of the whole text: a spelling that long is
 * copied, or the table and the key marks would hold on to the documents it came from.
 */
const LONGEST_SLICED_SPELLING = 12;
/** Longer words than this are not kept in the table (no word is that long). */
const LONGEST_KEPT_SPELLING = 64;

/**
 * The spellings read so far, by the hash of their characters (open addressing), so that a word
 * written again costs no new strings, no folding and no word-list lookup: one table per word
 * lists, as the lists differ. Tables start afresh between documents only, so that the spellings
 * of one key share their marks throughout a document.
 */
class SpellingTable {
  private readonly slots = new Array<Spelling | undefined>(SPELLING_SLOTS).fill(undefined);
  private count = 0;
  private readonly keyMarks = new Map<string, KeyMarks>();
  /** The number of the document being read. */
  document = 0;
  constructor(private readonly wordLists: WordLists) {}

  /** Starts a document. */
  begin(): void {
    this.document++;
    // (Spellings the table does not keep still add their keys' marks: those are bounded too.)
    if (this.count < SPELLINGS_KEPT && this.keyMarks.size < SPELLING_SLOTS) return;
    this.slots.fill(undefined);
    this.count = 0;
    this.keyMarks.clear();
  }

  /** The spelling of `text` from `start` to `end`. */
  at(text: string, start: number, end: number): Spelling {
    const length = end - start;
    // FNV-1a, then the high bits mixed into the low ones that pick the slot: short words must not crowd a few slots.
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    hash ^= hash >>> 16;
    if (length > LONGEST_KEPT_SPELLING) return this.spell(copyOf(text, start, end), hash);
    const mask = SPELLING_SLOTS - 1;
    let slot = hash & mask;
    for (let found = this.slots[slot]; found !== undefined; found = this.slots[slot]) {
      if (found.hash === hash && found.text.length === length && sameCharacters(found.text, text, start)) return found;
      slot = (slot + 1) & mask;
    }
    const spelling = this.spell(length > LONGEST_SLICED_SPELLING ? copyOf(text, start, end) : text.slice(start, end), hash);
    if (this.count < MOST_SPELLINGS) {
      this.slots[slot] = spelling;
      this.count++;
    }
    return spelling;
  }

  private spell(value: string, hash: number): Spelling {
    const key = foldKey(value);
    const capitalised = startsUpper(value) || (value.length > 3 && hasJoiner(value) && GLUED_PARTICLE.test(value));
    const spelling: Spelling = { text: value, key, listedIn: this.wordLists.get(key) ?? 0, capitalised, keyMarks: NO_KEY_MARKS, hash, lowercaseIn: 0 };
    let keyMarks = this.keyMarks.get(key);
    if (!keyMarks) {
      keyMarks = value === key ? spelling : { lowercaseIn: 0 };
      this.keyMarks.set(key, keyMarks);
    }
    spelling.keyMarks = keyMarks;
    return spelling;
  }
}

/** Characters passed to one `String.fromCharCode` call: well below any limit on arguments. */
const COPY_CHUNK = 1024;

/** The characters of `text` from `start` to `end` in strings of their own, not a view of `text`. */
function copyOf(text: string, start: number, end: number): string {
  let copy = "";
  const codes: number[] = [];
  for (let chunk = start; chunk < end; chunk += COPY_CHUNK) {
    codes.length = 0;
    for (let i = chunk; i < end && i < chunk + COPY_CHUNK; i++) codes.push(text.charCodeAt(i));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}

/** What a spelling's marks are until they are set. */
const NO_KEY_MARKS: KeyMarks = { lowercaseIn: 0 };

/** Whether `text` holds `written`'s characters from `start` on. */
function sameCharacters(written: string, text: string, start: number): boolean {
  for (let i = 0; i < written.length; i++) if (written.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const spellingTables = new Map<WordLists, SpellingTable>();

function spellingTableFor(wordLists: WordLists): SpellingTable {
  let table = spellingTables.get(wordLists);
  if (!table) {
    table = new SpellingTable(wordLists);
    spellingTables.set(wordLists, table);
  }
  return table;
}

const NO_WORD_LISTS: WordLists = new Map();

/** Tokens of the title and every paragraph, in document order, with the word lists of `wordLists` that hold each. */
export function tokenise(ctx: DocumentContext, wordLists: WordLists = NO_WORD_LISTS): Token[] {
  const tokens: Token[] = [];
  const starts: number[] = ctx.sentences.map((sentence) => sentence.start);
  const regions: Array<{ start: number; end: number }> = [];
  if (ctx.title && ctx.title.end <= ctx.text.length && ctx.title.start < ctx.title.end) regions.push(ctx.title);
  // A byline is no paragraph either, but names its authors; it comes before the body.
  if (ctx.byline && (!ctx.title || ctx.byline.start >= ctx.title.end)) {
    starts.push(ctx.byline.start);
    regions.push(ctx.byline);
  }
  for (const paragraph of ctx.paragraphs) {
    starts.push(paragraph.start);
    regions.push(paragraph);
  }
  // A sign-off is no paragraph, but a credit line names people ("Reporting by Jane Doe").
  if (ctx.signOff) {
    starts.push(ctx.signOff.start);
    regions.push(ctx.signOff);
  }
  // Markdown headings inside the body are no paragraphs, but may name people; they take their place in document order.
  if (ctx.headings) {
    for (const heading of ctx.headings) {
      starts.push(heading.start);
      regions.push(heading);
    }
    regions.sort((a, b) => a.start - b.start);
  }
  starts.sort((a, b) => a - b);
  const spellings = spellingTableFor(wordLists);
  spellings.begin();
  const state: RegionState = { text: ctx.text, spellings, capitalisedWords: [], capitalisedSpellings: [], region: 0, atSentenceStart: true, lineBreak: false, tokens, starts, nextStart: 0, linkTailStart: -1, linkTailEnd: -1, bracketScan: 0 };
  for (let region = 0; region < regions.length; region++) {
    state.region = region;
    state.atSentenceStart = true;
    state.lineBreak = false;
    tokeniseRegion(state, regions[region]!.start, regions[region]!.end);
  }
  for (let i = 0; i < state.capitalisedWords.length; i++) {
    if (state.capitalisedSpellings[i]!.keyMarks.lowercaseIn === spellings.document) state.capitalisedWords[i]!.alsoLowercase = true;
  }
  return tokens;
}

/** Whether a lone capital stands at `at`, the end of "A/S". */
function isSlashedCapital(text: string, at: number, to: number): boolean {
  const code = text.charCodeAt(at);
  return at < to && code >= 65 && code <= 90 && (at + 1 >= to || !isAsciiLetterOrDigit(text.charCodeAt(at + 1)));
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a letter, mark or digit, 2 not. */
const bmpWordCharacter = new Uint8Array(0x10000);

/** Width in code units of the letter, mark or digit at `at`, or 0. */
function wordCharacterWidth(text: string, at: number): number {
  if (at >= text.length) return 0;
  const code = text.charCodeAt(at);
  if (code < 128) return isAsciiLetterOrDigit(code) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const pair = text.slice(at, at + 2);
    return pair.length === 2 && WORD_CHARACTER.test(pair) ? 2 : 0;
  }
  let known = bmpWordCharacter[code]!;
  if (known === 0) {
    known = WORD_CHARACTER.test(text.charAt(at)) ? 1 : 2;
    bmpWordCharacter[code] = known;
  }
  return known === 1 ? 1 : 0;
}

/**
 * End of the word at `position` (letters, marks and digits, joined by an apostrophe or hyphen
 * followed by more of them), or `position` when no word starts there; `readTo` is where reading
 * goes on, past letters already read.
 */
function wordEndAt(text: string, position: number, readTo: number): number {
  let end = readTo;
  for (;;) {
    for (let width = wordCharacterWidth(text, end); width > 0; width = wordCharacterWidth(text, end)) end += width;
    if (end === position) return end;
    const joiner = text.charCodeAt(end);
    if ((joiner === 39 || joiner === 0x2019 || joiner === 45 || joiner === 0x2010) && end + 1 < text.length && wordCharacterWidth(text, end + 1) > 0) end++;
    else return end;
  }
}

/** Length of an initial or dotted capitals at `position`, or 0. */
const DOTTED_PATTERNS = [HYPHENED_INITIAL, DOTTED_CAPITALS, INITIAL];

function matchDotted(text: string, position: number, to: number): number {
  if (text.charCodeAt(position + 1) !== 46) return 0;
  for (const pattern of DOTTED_PATTERNS) {
    pattern.lastIndex = position;
    const match = pattern.exec(text);
    if (match && position + match[0].length <= to) return match[0].length;
  }
  return 0;
}

/** Where the tokeniser stands: what the next token inherits from the text before it. */
interface RegionState {
  text: string;
  spellings: SpellingTable;
  /** The capitalised words read so far and their spellings, to mark those whose key is also written in lower case. */
  capitalisedWords: Token[];
  capitalisedSpellings: Spelling[];
  region: number;
  atSentenceStart: boolean;
  lineBreak: boolean;
  tokens: Token[];
  /** Sentence and paragraph start positions in ascending order. */
  starts: number[];
  /** Index in `starts` of the first start the tokeniser has not passed yet. */
  nextStart: number;
  /** The "](address)" that closes the Markdown link being read, skipped when reached; -1 when none. */
  linkTailStart: number;
  linkTailEnd: number;
  /** Where the last look for a link's closing bracket stopped. */
  bracketScan: number;
}

/** The tail of a Markdown link, from its closing bracket: "](https://…)". */
const LINK_TAIL = /\]\([^()\s]{0,500}\)/y;

/**
 * At a "[" that opens a Markdown link ("[Paul Arnold](https://…)"), notes where the link's tail
 * lies so that it is skipped; true when the bracket opens a link (and is no token either).
 */
function opensLink(state: RegionState, position: number, to: number): boolean {
  const { text } = state;
  // The closing bracket on the same line, within 200 characters. The look resumes where the one
  // from an earlier bracket stopped (nothing before that closes a link), so that a run of unclosed
  // brackets reads each character once.
  const limit = Math.min(to, position + 200);
  let close = Math.max(position + 1, state.bracketScan);
  while (close < limit && text.charCodeAt(close) !== 93 && text.charCodeAt(close) !== 10) close++;
  state.bracketScan = close;
  if (close >= limit || text.charCodeAt(close) !== 93 || text.charCodeAt(close + 1) !== 40) return false;
  LINK_TAIL.lastIndex = close;
  const tail = LINK_TAIL.exec(text);
  if (!tail || close + tail[0].length > to) return false;
  state.linkTailStart = close;
  state.linkTailEnd = close + tail[0].length;
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function isElision(text: string, start: number, end: number): boolean {
  return end - start <= LONGEST_ELISION && ELISIONS.has(text.slice(start, end));
}

/** Position of the first straight apostrophe between `start` and `end`, else of the first typographic one, else -1. */
function firstApostrophe(text: string, start: number, end: number): number {
  let typographic = -1;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 39) return i;
    if (code === 0x2019 && typographic < 0) typographic = i;
  }
  return typographic;
}

/** Every token is built here, so that all share one object shape. */
function makeToken(state: RegionState, spelling: Spelling, start: number, end: number, isWord: boolean, capitalised: boolean, dotted: boolean): Token {
  return {
    text: spelling.text,
    key: spelling.key,
    start,
    end,
    isWord,
    capitalised,
    dotted,
    sentenceStart: isWord && state.atSentenceStart,
    region: state.region,
    lineBreakBefore: state.lineBreak,
    alsoLowercase: false,
    listedIn: spelling.listedIn,
  };
}

function pushWord(state: RegionState, spelling: Spelling, start: number, end: number, capitalised: boolean, dotted: boolean): void {
  const token = makeToken(state, spelling, start, end, true, capitalised, dotted);
  state.tokens.push(token);
  if (capitalised) {
    state.capitalisedWords.push(token);
    state.capitalisedSpellings.push(spelling);
  } else {
    spelling.keyMarks.lowercaseIn = state.spellings.document;
  }
  state.lineBreak = false;
  state.atSentenceStart = false;
}

/** `pushWord` for a word that may hold any letter or joiner. */
function pushAnyWord(state: RegionState, start: number, end: number, dotted: boolean): void {
  const spelling = state.spellings.at(state.text, start, end);
  pushWord(state, spelling, start, end, spelling.capitalised, dotted);
}

function pushMark(state: RegionState, start: number, end: number): void {
  state.tokens.push(makeToken(state, state.spellings.at(state.text, start, end), start, end, false, false, false));
  state.lineBreak = false;
  if (end - start === 1 && OPENER_CODES.has(state.text.charCodeAt(start))) state.atSentenceStart = true;
}

function tokeniseRegion(state: RegionState, from: number, to: number): void {
  const { text, starts } = state;
  const titles = titleAbbreviations();
  // The next sentence start to mark, or `to` when none is left: one comparison per character.
  let nextStartPosition = state.nextStart < starts.length ? starts[state.nextStart]! : to;
  let position = from;
  while (position < to) {
    if (position >= nextStartPosition) {
      let next = state.nextStart;
      while (next < starts.length && starts[next]! <= position) {
        if (starts[next] === position) state.atSentenceStart = true;
        next++;
      }
      state.nextStart = next;
      nextStartPosition = next < starts.length ? starts[next]! : to;
    }
    const code = text.charCodeAt(position);
    if (isSpace(code)) {
      if (code === 10 || code === 13) state.lineBreak = true;
      position++;
      continue;
    }
    if (code < 128 && !isAsciiLetterOrDigit(code)) {
      // Markdown's emphasis marks and link syntax are no tokens: "Minister [Paul Arnold](…)" and
      // "leader *Mark Lyons*" read as "Minister Paul Arnold" and "leader Mark Lyons".
      if (code === 42 || code === 95 || (code === 91 && opensLink(state, position, to))) {
        position++;
        continue;
      }
      if (position === state.linkTailStart) {
        position = state.linkTailEnd;
        state.linkTailStart = -1;
        continue;
      }
      state.tokens.push(makeToken(state, state.spellings.at(text, position, position + 1), position, position + 1, false, false, false));
      state.lineBreak = false;
      if (OPENER_CODES.has(code)) state.atSentenceStart = true;
      position++;
      continue;
    }
    const dotted = matchDotted(text, position, to);
    if (dotted > 0) {
      pushAnyWord(state, position, position + dotted, true);
      position += dotted;
      continue;
    }
    // Most words are ASCII letters and digits: read them here, noting capitals on the way.
    let asciiEnd = position;
    if (code < 128) {
      let end = position + 1;
      let capitals = code <= 90 && code >= 65;
      for (; end < text.length; end++) {
        const next = text.charCodeAt(end);
        if ((next >= 97 && next <= 122) || (next >= 48 && next <= 57)) continue;
        if (next >= 65 && next <= 90) capitals = true;
        else break;
      }
      const after = text.charCodeAt(end);
      // "Norland A/S": two capitals joined by a slash are one word, a company's legal form.
      if (after === 47 && end === position + 1 && capitals && isSlashedCapital(text, end + 1, to)) {
        pushWord(state, state.spellings.at(text, position, end + 2), position, end + 2, true, false);
        position = end + 2;
        continue;
      }
      // Unless a joiner or a non-ASCII letter goes on with the word: no apostrophe, so nothing elided and no possessive.
      if (end <= to && !(after >= 128 || after === 39 || after === 45)) {
        let spelling = state.spellings.at(text, position, end);
        if (after === 46 && end < to && titles.has(spelling.key)) {
          end++;
          spelling = state.spellings.at(text, position, end);
        }
        pushWord(state, spelling, position, end, code <= 90 && code >= 65, false);
        position = end;
        continue;
      }
      asciiEnd = end;
    }
    let end = Math.min(wordEndAt(text, position, asciiEnd), to);
    if (end === position) {
      const width = code >= 0xd800 && code <= 0xdbff && position + 1 < to ? 2 : 1;
      pushMark(state, position, position + width);
      position += width;
      continue;
    }
    const after = text.charCodeAt(end);
    // "la ville d' Eagle Pass", "l' homme": an elision parted from its word by a space is still one.
    if ((after === 39 || after === 0x2019) && end + 1 < to && isElision(text, position, end)) {
      const next = text.charCodeAt(end + 1);
      if (next === 32 || next === 0xa0 || next === 9) {
        pushAnyWord(state, position, end + 1, false);
        position = end + 1;
        continue;
      }
    }
    let start = position;
    const apostrophe = firstApostrophe(text, position, end);
    if (apostrophe >= 0 && isElision(text, position, apostrophe)) {
      pushAnyWord(state, position, apostrophe + 1, false);
      start = apostrophe + 1;
    }
    const beforeLast = text.charCodeAt(end - 2);
    if (end - start > 2 && text.charCodeAt(end - 1) === 115 && (beforeLast === 39 || beforeLast === 0x2019)) {
      pushAnyWord(state, start, end - 2, false);
      pushMark(state, end - 2, end);
    } else if (end > start) {
      // "Mr.", "Dr.": a title keeps its period.
      if (text.charCodeAt(end) === 46 && end < to && titles.has(foldKey(text.slice(start, end)))) end++;
      pushAnyWord(state, start, end, false);
    }
    position = end;
  }
}
