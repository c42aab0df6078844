import type { QuoteWords } from "./words.js";
import { foldedCode, FoldedWordCache, UNDECIDED, WordTable } from "../word-table.js";

/** A word or punctuation mark of a sentence; a whole quotation counts as one token. */
export interface SpeechToken {
  start: number;
  end: number;
  /** Lower case, typographic apostrophes folded; "" for a quotation. */
  word: string;
  /** Index of the quotation this token stands for, or -1. */
  quote: number;
  isWord: boolean;
  capitalised: boolean;
  /** Whether a cue may start at this word: it opens a cue phrase, or it is hyphenated like an inverted verb ("ajoute-t-elle"). */
  opensCue: boolean;
  /** For a quotation, its last inner character (a comma tells the sentence goes on). */
  trailing: string;
}

/** Adverbs a phrase may hold between its words ("font toutefois remarquer"): at most this many. */
const MAX_INNER_ADVERBS = 2;

/** A phrase list looked up by its first word: "fait savoir" is found at "fait". */
class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();
  /** Words in the longest phrase. */
  longest = 0;

  /** `inner`: words that may stand between the words of a phrase without breaking it. */
  constructor(phrases: readonly string[], private readonly inner: ReadonlySet<string> = new Set()) {
    for (const phrase of new Set(phrases)) {
      const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/u).filter((word) => word !== "");
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
      this.longest = Math.max(this.longest, words.length);
    }
  }

  /** The first words of all phrases. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  /** Whether some phrase starts with `word`. */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** The second words of the phrases of two words or more. */
  secondWords(): string[] {
    return [...this.byFirst.values()].flatMap((list) => list.flatMap((words) => (words.length > 1 ? [words[1] as string] : [])));
  }

  /** Whether `word` is a phrase on its own. */
  hasOneWord(word: string): boolean {
    return this.byFirst.get(word)?.some((words) => words.length === 1) ?? false;
  }

  /** The phrases that start with `word`, longest first. */
  startingWith(word: string): readonly (readonly string[])[] | undefined {
    return this.byFirst.get(word);
  }

  /** Number of tokens the longest phrase matches at `i`, or 0. `first` overrides the first word. */
  match(tokens: readonly SpeechToken[], i: number, first?: string): number {
    return this.matchAmong(this.byFirst.get(first ?? tokens[i]?.word ?? ""), tokens, i);
  }

  /** `match` among `candidates`, the phrases of this set that start with the first word. */
  matchAmong(candidates: readonly (readonly string[])[] | undefined, tokens: readonly SpeechToken[], i: number): number {
    if (!candidates) return 0;
    for (const words of candidates) {
      let at = i + 1;
      let skipped = 0;
      let k = 1;
      for (; k < words.length; k++) {
        while (skipped < MAX_INNER_ADVERBS && tokens[at] !== undefined && tokens[at]?.word !== words[k] && this.inner.has(tokens[at]?.word ?? "")) {
          at++;
          skipped++;
        }
        if (tokens[at]?.word !== words[k]) break;
        at++;
      }
      if (k === words.length) return at - i;
    }
    return 0;
  }
}

/** A language's quote words, compiled for lookups. */
export interface Lexicon {
  words: QuoteWords;
  /** Every word that can open a cue: other words are skipped with one lookup. */
  cueFirstWords: Set<string>;
  /** The phrase lists a cue is found by: no cue starts where none of them matches. */
  cuePhrases: readonly PhraseSet[];
  /** Tokens the longest phrase of `cuePhrases` spans, adverbs inside it included. */
  longestCue: number;
  participles: PhraseSet;
  finite: PhraseSet;
  pluralForms: PhraseSet;
  presentParticiples: PhraseSet;
  accordingTo: PhraseSet;
  accordingRelatives: Set<string>;
  ownSources: Set<string>;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  invertedPronouns: Set<string>;
  /** `invertedPronouns` read straight from the text, after a word's last hyphen. */
  invertedPronounTable: WordTable;
  reflexiveNotSpeech: Set<string>;
  /** The words that may stand before a verb in `reflexiveNotSpeech` (« s' », « se »): after any other, no phrase is built to look up. */
  reflexivePronouns: Set<string>;
  copulas: Set<string>;
  complementizers: Set<string>;
  notBeforeComplementizer: Set<string>;
  bareClauseVerbs: Set<string>;
  clauseVerbs: Set<string>;
  as: Set<string>;
  subjectPronouns: Set<string>;
  singularPronouns: Set<string>;
  pluralPronouns: Set<string>;
  nonPersonPronouns: Set<string>;
  demonstratives: PhraseSet;
  passiveAgents: Set<string>;
  passiveAuxiliaries: Set<string>;
  notInfinitives: Set<string>;
  possessives: Set<string>;
  relativePronouns: Set<string>;
  locativeRelatives: Set<string>;
  ownPredicates: Set<string>;
  commentParticiples: Set<string>;
  authorLinks: Set<string>;
  articles: Set<string>;
  quantifiers: Set<string>;
  collectiveNouns: Set<string>;
  speechActs: PhraseSet;
  namingWords: Set<string>;
  clauseBreaks: Set<string>;
  subordinators: Set<string>;
  coordinators: Set<string>;
  prepositions: Set<string>;
  topicPrepositions: Set<string>;
  fusedPrepositions: Set<string>;
  ownerVoices: Set<string>;
  ownBodies: Set<string>;
  documentAnaphors: Set<string>;
  demonstrativeDeterminers: Set<string>;
  irregularPast: Set<string>;
  viewpointMarkers: Set<string>;
  predicateOpeners: Set<string>;
  spokespersonWords: readonly string[];
  roleSynonyms: readonly (readonly [string, string])[];
  partitives: Set<string>;
  impersonal: Set<string>;
  audience: Set<string>;
  functionWords: Set<string>;
  /** Read straight from the text at every period that may end a sentence. */
  abbreviations: WordTable;
  genitives: Set<string>;
  issuingParticiples: Set<string>;
  recipientParticiples: Set<string>;
  documentNouns: Set<string>;
  anaphoricPersonNouns: Set<string>;
  formerMarkers: Set<string>;
  lowerRanks: Set<string>;
  sameMarkers: Set<string>;
  outletNouns: Set<string>;
  closenessMarkers: Set<string>;
  electedTitles: Set<string>;
  recordNouns: Set<string>;
  titleAcronyms: Set<string>;
  impersonalOnlyVerbs: Set<string>;
  genericOrganizationNouns: Set<string>;
  /** `honorificRoles` lower-cased, by honorific. */
  honorificRoles: Map<string, Set<string>>;
  organizationNouns: Set<string>;
  addresseeMarkers: Set<string>;
  femininePronouns: Set<string>;
  masculinePronouns: Set<string>;
  feminineGivenNames: Set<string>;
  masculineGivenNames: Set<string>;
  /** `cueFirstWords` read straight from the text: sentences without any are not tokenised. */
  cueFirstWordTable: WordTable;
  /** 1 where the word of `cueFirstWordTable` at that index is a cue phrase on its own ("déclaré", "selon"). */
  cueOnItsOwn: Uint8Array;
  /** Every word that can come second in a cue phrase: its second word, or an adverb inside it. */
  cueSecondWords: WordTable;
  /** The cue phrases of each list that start with a word, by that word: one lookup for all the lists a cue is tried in. */
  cueStarts: Map<string, CueStarts>;
}

/** The phrases of each cue list that start with one word. */
interface CueStarts {
  participles: readonly (readonly string[])[] | undefined;
  finite: readonly (readonly string[])[] | undefined;
  pluralForms: readonly (readonly string[])[] | undefined;
  presentParticiples: readonly (readonly string[])[] | undefined;
  accordingTo: readonly (readonly string[])[] | undefined;
}

const compiled = new WeakMap<QuoteWords, Lexicon>();
const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase().replace(/’/g, "'")));

/** The lexicon asked for last: every stage of a document asks for the same one. */
let lastLexicon: Lexicon | null = null;

export function lexiconFor(words: QuoteWords): Lexicon {
  if (lastLexicon?.words === words) return lastLexicon;
  const cached = compiled.get(words);
  if (cached) {
    lastLexicon = cached;
    return cached;
  }
  const articles = lower(words.articles);
  const prepositions = lower(words.prepositions);
  // "fait toutefois savoir": a true adverb may split a verb phrase; an article or a preposition would make it another phrase.
  const innerAdverbs = new Set([...lower(words.adverbs)].filter((word) => !articles.has(word) && !prepositions.has(word)));
  const lexicon: Lexicon = {
    words,
    cueFirstWords: new Set(),
    cuePhrases: [],
    longestCue: 0,
    participles: new PhraseSet(words.participles, innerAdverbs),
    finite: new PhraseSet(words.finiteForms, innerAdverbs),
    pluralForms: new PhraseSet(words.pluralForms),
    presentParticiples: new PhraseSet(words.presentParticiples, innerAdverbs),
    accordingTo: new PhraseSet(words.accordingTo),
    accordingRelatives: lower(words.accordingRelatives),
    ownSources: lower(words.ownSources),
    auxiliaries: lower(words.auxiliaries),
    adverbs: lower(words.adverbs),
    invertedPronouns: lower(words.invertedPronouns),
    invertedPronounTable: new WordTable([...lower(words.invertedPronouns)], true),
    reflexiveNotSpeech: lower(words.reflexiveNotSpeech),
    reflexivePronouns: new Set(),
    copulas: lower(words.copulas),
    complementizers: lower(words.complementizers),
    notBeforeComplementizer: lower(words.notBeforeComplementizer),
    bareClauseVerbs: lower(words.bareClauseVerbs),
    clauseVerbs: lower(words.clauseVerbs),
    as: lower(words.as),
    subjectPronouns: lower(words.subjectPronouns),
    singularPronouns: lower(words.singularPronouns),
    pluralPronouns: lower(words.pluralPronouns),
    nonPersonPronouns: lower(words.nonPersonPronouns),
    demonstratives: new PhraseSet(words.demonstratives),
    passiveAgents: lower(words.passiveAgents),
    passiveAuxiliaries: lower(words.passiveAuxiliaries),
    notInfinitives: lower(words.notInfinitives),
    possessives: lower(words.possessives),
    relativePronouns: lower(words.relativePronouns),
    locativeRelatives: lower(words.locativeRelatives),
    ownPredicates: lower(words.ownPredicates),
    commentParticiples: lower(words.commentParticiples),
    authorLinks: lower(words.authorLinks),
    articles,
    quantifiers: lower(words.quantifiers),
    collectiveNouns: lower(words.collectiveNouns),
    speechActs: new PhraseSet(words.speechActs),
    namingWords: lower(words.namingWords),
    clauseBreaks: lower(words.clauseBreaks),
    subordinators: lower(words.subordinators),
    coordinators: lower(words.coordinators),
    prepositions,
    topicPrepositions: lower(words.topicPrepositions),
    fusedPrepositions: lower(words.fusedPrepositions),
    ownerVoices: lower(words.ownerVoices),
    ownBodies: lower(words.ownBodies),
    documentAnaphors: lower(words.documentAnaphors),
    demonstrativeDeterminers: lower(words.demonstrativeDeterminers),
    irregularPast: lower(words.irregularPast),
    viewpointMarkers: lower(words.viewpointMarkers),
    predicateOpeners: lower([...words.predicateOpeners, ...words.auxiliaries, ...words.copulas]),
    spokespersonWords: words.spokespersonWords,
    roleSynonyms: words.roleSynonyms,
    partitives: lower(words.partitives),
    impersonal: lower(words.impersonal),
    audience: lower(words.audience),
    functionWords: lower(words.functionWords),
    abbreviations: new WordTable([...lower(words.abbreviations)], true),
    genitives: lower(words.genitives),
    issuingParticiples: lower(words.issuingParticiples),
    recipientParticiples: lower(words.recipientParticiples),
    documentNouns: lower(words.documentNouns),
    anaphoricPersonNouns: lower(words.anaphoricPersonNouns),
    formerMarkers: lower(words.formerMarkers),
    lowerRanks: lower(words.lowerRanks),
    sameMarkers: lower(words.sameMarkers),
    outletNouns: lower(words.outletNouns),
    closenessMarkers: lower(words.closenessMarkers),
    electedTitles: lower(words.electedTitles),
    recordNouns: lower(words.recordNouns),
    titleAcronyms: lower(words.titleAcronyms),
    impersonalOnlyVerbs: lower(words.impersonalOnlyVerbs),
    genericOrganizationNouns: lower(words.genericOrganizationNouns),
    honorificRoles: new Map(words.honorificRoles.map(([honorific, nouns]) => [honorific.toLowerCase(), lower(nouns)])),
    organizationNouns: lower(words.organizationNouns),
    addresseeMarkers: lower(words.addresseeMarkers),
    femininePronouns: lower(words.femininePronouns),
    masculinePronouns: lower(words.masculinePronouns),
    feminineGivenNames: lower(words.feminineGivenNames),
    masculineGivenNames: lower(words.masculineGivenNames),
    cueFirstWordTable: new WordTable([], true),
    cueOnItsOwn: new Uint8Array(0),
    cueSecondWords: new WordTable([], true),
    cueStarts: new Map(),
  };
  lexicon.reflexivePronouns = new Set([...lexicon.reflexiveNotSpeech].flatMap(reflexivePronounsOf));
  lexicon.cuePhrases = [lexicon.participles, lexicon.finite, lexicon.pluralForms, lexicon.presentParticiples, lexicon.accordingTo];
  lexicon.cueFirstWords = new Set(lexicon.cuePhrases.flatMap((set) => set.firstWords()));
  lexicon.longestCue = Math.max(...lexicon.cuePhrases.map((set) => set.longest)) + MAX_INNER_ADVERBS;
  lexicon.cueOnItsOwn = new Uint8Array(lexicon.cueFirstWords.size);
  for (const word of lexicon.cueFirstWords) {
    lexicon.cueStarts.set(word, {
      participles: lexicon.participles.startingWith(word),
      finite: lexicon.finite.startingWith(word),
      pluralForms: lexicon.pluralForms.startingWith(word),
      presentParticiples: lexicon.presentParticiples.startingWith(word),
      accordingTo: lexicon.accordingTo.startingWith(word),
    });
    const index = lexicon.cueFirstWordTable.add(word);
    if (lexicon.cuePhrases.some((phrases) => phrases.hasOneWord(word))) lexicon.cueOnItsOwn[index] = 1;
  }
  for (const word of [...lexicon.cuePhrases.flatMap((phrases) => phrases.secondWords()), ...innerAdverbs]) lexicon.cueSecondWords.add(word);
  compiled.set(words, lexicon);
  lastLexicon = lexicon;
  return lexicon;
}

/** Whether the UTF-16 code `code` is part of a word: letters, digits, combining marks (approximately). */
function isWordCodeByRanges(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code <= 0xbf || code === 0xd7 || code === 0xf7) return false;
  // General punctuation, arrows and symbols, CJK punctuation, specials.
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xfe30 && code <= 0xfe6f) || code >= 0xfff0) return false;
  return true;
}

function foldSlice(text: string, from: number, to: number): string {
  const lowered = text.slice(from, to).toLowerCase();
  return lowered.includes("’") ? lowered.replace(/’/g, "'") : lowered;
}

/** Past this many spellings the table starts afresh: it holds a language's common words, not every word ever read. */
const MAX_SPELLINGS = 1 << 16;

/**
 * Each word's folded spelling made once and shared by every token that writes it: no slice,
 * lower-casing or new string per token, and a shared string keeps the hash that the many set
 * lookups on it need.
 */
let spellings = new FoldedWordCache();

/** `text[from, to)` folded, as `scanWord` read it: what `text.slice(from, to).toLowerCase().replace(/’/g, "'")` gives. */
function spell(text: string, from: number, to: number): string {
  // A word already in lower case is its own spelling: a copy of the text, read hot, costs less than
  // the shared spelling's two cold cache lines.
  if (writtenFolded(text, from, to)) return text.slice(from, to);
  return scanned.folds ? spellingOf(text, from, to, scanned.hash) : foldSlice(text, from, to);
}

/** Whether every code of `text[from, to)` is its own fold: no capital, no typographic apostrophe. */
function writtenFolded(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 ? code >= 65 && code <= 90 : foldedCode(code) !== code) return false;
  }
  return true;
}

/** The shared spelling of `text[from, to)`, whose folded hash is `hash`. */
function spellingOf(text: string, from: number, to: number, hash: number): string {
  const known = spellings.find(text, from, to, hash);
  if (known !== "") return known;
  if (spellings.size >= MAX_SPELLINGS) spellings = new FoldedWordCache();
  const word = foldSlice(text, from, to);
  spellings.add(word, hash);
  return word;
}

function isSpaceCodeByList(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007 || code === 0x200b;
}

const SPACE_CODE = 1;
const WORD_CODE = 2;
/** The class of every UTF-16 code, for the scanning loops below: one read per character instead of a chain of tests. */
const codeClasses = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) codeClasses[code] = isSpaceCodeByList(code) ? SPACE_CODE : isWordCodeByRanges(code) ? WORD_CODE : 0;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCode(code: number): boolean {
  return codeClasses[code] === WORD_CODE;
}

/** What `scanWord` read of its word: the folded word's hash, whether every code folds on its own, its last inner hyphen (or -1). */
const scanned = { hash: 0, folds: true, lastHyphen: -1 };

/**
 * End of the word that starts at `i` (a word code) before `to`. A word keeps inner hyphens and
 * periods ("a-t-il", "U.S"); an elided article keeps its apostrophe ("qu'" of "qu'il"). The folded
 * word is hashed on the way into `scanned`, so that it is looked up without a second reading.
 */
function scanWord(text: string, i: number, to: number): number {
  let hash = 0;
  let folds = true;
  let lastHyphen = -1;
  let end = i;
  /** The last code read: past the loop, the one that ended the word's letters (never read past `to`). */
  let code = 0;
  for (;;) {
    for (; end < to && codeClasses[(code = text.charCodeAt(end))] === WORD_CODE; end++) {
      const folded = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldedCode(code);
      if (folded < 0) folds = false;
      hash = (Math.imul(hash, 31) + folded) | 0;
    }
    if ((code === 45 || code === 46 || code === 44) && end + 1 < to && isWordCode(text.charCodeAt(end + 1))) {
      // A comma between digits is a number's ("80,000 adults", « 4,7 % »), not a clause's.
      if (code === 44 && !(end > i && isDigitCode(text.charCodeAt(end - 1)) && isDigitCode(text.charCodeAt(end + 1)))) break;
      if (code === 45) lastHyphen = end;
      hash = (Math.imul(hash, 31) + code) | 0;
      end++;
      continue;
    }
    break;
  }
  if ((code === 39 || code === 0x2019) && end + 1 < to && isWordCode(text.charCodeAt(end + 1))) {
    hash = (Math.imul(hash, 31) + 39) | 0;
    end++;
  }
  scanned.hash = hash;
  scanned.folds = folds;
  scanned.lastHyphen = lastHyphen;
  return end;
}

/**
 * Tokens of `text[from, to)`, each quotation in `quotes` (sorted, inside the range) as one token.
 * Words are read by `scanWord`; any other character is one token. One pass, no regular expression;
 * each word is looked up among the first words of `lexicon`'s cues on the way. Stops after
 * `maxTokens` tokens.
 */
export function tokeniseSpan(
  text: string,
  from: number,
  to: number,
  quotes: readonly { open: number; end: number; close: number }[],
  firstQuote: number,
  lexicon: Lexicon,
  maxTokens = Infinity,
): SpeechToken[] {
  const tokens: SpeechToken[] = [];
  let q = firstQuote;
  let i = from;
  while (i < to && tokens.length < maxTokens) {
    const quote = quotes[q];
    if (quote !== undefined && quote.open === i) {
      tokens.push({ start: quote.open, end: quote.close, word: "", quote: q, isWord: false, capitalised: false, opensCue: false, trailing: text[quote.end - 1] ?? "" });
      i = quote.close;
      q++;
      continue;
    }
    if (quote !== undefined && quote.open < i) {
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    const codeClass = codeClasses[code];
    if (codeClass === SPACE_CODE) {
      i++;
      continue;
    }
    if (codeClass !== WORD_CODE) {
      const char = text[i] as string;
      tokens.push({ start: i, end: i + 1, word: char === "’" ? "'" : char, quote: -1, isWord: false, capitalised: false, opensCue: false, trailing: "" });
      i++;
      continue;
    }
    const end = scanWord(text, i, to);
    const word = spell(text, i, end);
    const opensPhrase = scanned.folds ? lexicon.cueFirstWordTable.findHashed(text, i, end, scanned.hash) >= 0 : lexicon.cueFirstWords.has(word);
    const inverted = scanned.lastHyphen >= 0 && lexicon.invertedPronouns.size > 0;
    // The first code is a word code, never "’": the folded word starts as the lower-cased one does.
    tokens.push({ start: i, end, word, quote: -1, isWord: true, capitalised: word.charCodeAt(0) !== code, opensCue: opensPhrase || inverted, trailing: "" });
    i = end;
  }
  return tokens;
}

/**
 * What a stretch of text holds for the quote stage, before its tokens are made: only spaces (no
 * token at all), tokens but no quotation and no cue, or maybe speech.
 */
export type SpeechContent = "blank" | "no speech" | "maybe speech";

/**
 * What `tokeniseSpan` over the same range would find, read with its word rules and no allocation.
 * "maybe speech" is only a maybe; the other answers are certain.
 */
export function speechContent(
  text: string,
  from: number,
  to: number,
  quotes: readonly { open: number }[],
  firstQuote: number,
  lexicon: Lexicon,
): SpeechContent {
  for (let q = firstQuote; q < quotes.length && quotes[q]!.open < to; q++) if (quotes[q]!.open >= from) return "maybe speech";
  let content: SpeechContent = "blank";
  let i = from;
  while (i < to) {
    const codeClass = codeClasses[text.charCodeAt(i)];
    if (codeClass === SPACE_CODE) {
      i++;
      continue;
    }
    content = "no speech";
    if (codeClass !== WORD_CODE) {
      i++;
      continue;
    }
    const end = scanWord(text, i, to);
    // "ajoute-t-elle": the verb before an inverted pronoun may open a cue.
    if (scanned.lastHyphen >= 0 && lexicon.invertedPronouns.size > 0) {
      const pronoun = lexicon.invertedPronounTable.find(text, scanned.lastHyphen + 1, end);
      if (pronoun >= 0 || (pronoun === UNDECIDED && lexicon.invertedPronouns.has(foldSlice(text, scanned.lastHyphen + 1, end)))) return "maybe speech";
    }
    const first = scanned.folds ? lexicon.cueFirstWordTable.findHashed(text, i, end, scanned.hash) : -1;
    if ((first >= 0 || !scanned.folds) && mayOpenCue(text, i, end, to, first, lexicon)) return "maybe speech";
    i = end;
  }
  return content;
}

/**
 * Whether a whole cue phrase starts at `from`, read on the tokeniser's own tokens: a word that only
 * opens longer phrases ("d'" of "d'après", "fait" of "fait savoir") starts no cue alone. `findCues`
 * finds a cue only where one of these phrases matches (or at an inverted verb).
 */
function opensCue(text: string, from: number, to: number, lexicon: Lexicon): boolean {
  const ahead = tokeniseSpan(text, from, to, [], 0, lexicon, lexicon.longestCue);
  return lexicon.cuePhrases.some((phrases) => phrases.match(ahead, 0) > 0);
}

/**
 * `opensCue` for the word `text[from, end)`, at index `first` of the cue first words (-1 when it
 * does not fold code by code), tokenising only where the word and the next one leave it open.
 */
function mayOpenCue(text: string, from: number, end: number, to: number, first: number, lexicon: Lexicon): boolean {
  if (first >= 0 && lexicon.cueOnItsOwn[first] === 1) return true;
  if (first >= 0) {
    // Every phrase this word opens goes on with a second word, or an adverb inside it.
    let next = end;
    while (next < to && codeClasses[text.charCodeAt(next)] === SPACE_CODE) next++;
    if (next >= to) return false;
    if (isWordCode(text.charCodeAt(next))) {
      const nextEnd = scanWord(text, next, to);
      if (scanned.folds && lexicon.cueSecondWords.findHashed(text, next, nextEnd, scanned.hash) < 0) return false;
    }
  }
  return opensCue(text, from, to, lexicon);
}

/** How a reporting verb was found. */
export type CueKind = "verb" | "participle" | "according" | "as";

/** A reporting verb (or "selon"/"according to") in a sentence's tokens. */
export interface Cue {
  kind: CueKind;
  /** Token range of the cue, auxiliary and adverbs included ("a également déclaré"). */
  first: number;
  last: number;
  /** Pronoun glued to an inverted verb ("a-t-il" → "il"). */
  pronoun: string | null;
}

/** "ajoute-t-elle" → ["ajoute", "elle"]; null when the word has no inverted pronoun. */
function splitInversion(word: string, lexicon: Lexicon): [string, string] | null {
  const lastHyphen = word.lastIndexOf("-");
  // Most hyphenated words are compounds ("porte-parole"): the last part tells before any splitting.
  if (lexicon.invertedPronouns.size === 0 || lastHyphen < 0 || !lexicon.invertedPronouns.has(word.slice(lastHyphen + 1))) return null;
  const parts = word.split("-");
  const pronoun = parts[parts.length - 1] as string;
  const verbParts = parts.slice(0, parts[parts.length - 2] === "t" ? -2 : -1);
  return verbParts.length === 0 ? null : [verbParts.join("-"), pronoun];
}

/** Finds the reporting cues among a sentence's tokens, in order. */
export function findCues(tokens: readonly SpeechToken[], lexicon: Lexicon): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as SpeechToken;
    if (!token.opensCue) continue;
    // A capitalised word mid-sentence is a name ("United States"), not a verb.
    if (token.capitalised && i > 0 && tokens[i - 1]?.isWord) continue;
    const starts = lexicon.cueStarts.get(token.word);
    const according = lexicon.accordingTo.matchAmong(starts?.accordingTo, tokens, i);
    if (according > 0) {
      cues.push({ kind: "according", first: i, last: i + according - 1, pronoun: null });
      i += according - 1;
      continue;
    }
    const inversion = splitInversion(token.word, lexicon);
    const word = inversion ? inversion[0] : token.word;
    // « se réjouit-on », « s'inquiète-t-il »: an inverted reflexive verb keeps its « se » before it.
    const reflexive = tokens[i - 1]?.word ?? "";
    if (inversion && i > 0 && lexicon.finite.startingWith(reflexive)?.some((words) => words.length === 2 && words[1] === word)) {
      cues.push({ kind: "verb", first: i - 1, last: i, pronoun: inversion[1] });
      continue;
    }
    // The verb of an inverted form ("ajoute" of "ajoute-t-elle") is tried in the verb lists.
    const verbStarts = inversion ? lexicon.cueStarts.get(word) : starts;
    const participle = lexicon.participles.matchAmong(verbStarts?.participles, tokens, i);
    // "reported by The Guardian", "annoncé par l'Élysée", "no injuries have been reported": a passive is not the speaker's verb.
    if (participle > 0 && (isPassive(tokens, i + participle, lexicon) || lexicon.passiveAuxiliaries.has(tokens[i - 1]?.word ?? ""))) {
      i += participle - 1;
      continue;
    }
    if (participle > 0) {
      const cue = withAuxiliary(tokens, i, participle, lexicon, inversion?.[1] ?? null) ?? sharedAuxiliary(tokens, i, participle, cues, lexicon);
      if (cue) {
        cues.push(cue);
        i = cue.last;
        continue;
      }
    }
    // "the neighbour states can build", "member states said": a plural noun before its own verb.
    if (isPluralNounBeforeVerb(tokens, i, lexicon)) continue;
    const finite = lexicon.finite.matchAmong(verbStarts?.finite, tokens, i);
    const before = tokens[i - 1]?.word ?? "";
    // After an article or a possessive it is a noun: "the report", "la note", "his claims".
    // After a gerund it is its object: "after receiving reports that …"; after « se » sometimes another verb (« s'explique »).
    // (A capitalised word inside the sentence is a name that happens to end so: "Zora Pelling said".)
    const name = i > 1 && (tokens[i - 1] as SpeechToken | undefined)?.capitalised === true;
    const gerund = lexicon.words.gerundEnding !== null && before.length > 4 && before.endsWith(lexicon.words.gerundEnding) && !name;
    // After a past tense too: "families deserved answers “…”", "they demanded reports".
    const afterPast = lexicon.words.pastEnding !== null && before.length > 4 && before.endsWith(lexicon.words.pastEnding) && !(tokens[i - 1] as SpeechToken).capitalised;
    if (finite > 0 && !gerund && !afterPast && !auxiliaryBeforeFinalNoun(tokens, i, finite, lexicon) && !lexicon.auxiliaries.has(before) && !lexicon.articles.has(before) && !lexicon.possessives.has(before) && !lexicon.prepositions.has(before) && !reflexiveNotSpeech(before, word, lexicon)) {
      cues.push({ kind: "verb", first: i, last: i + finite - 1, pronoun: inversion?.[1] ?? null });
      i += finite - 1;
      continue;
    }
    const plural = lexicon.pluralForms.matchAmong(verbStarts?.pluralForms, tokens, i);
    if (plural > 0 && isPluralSubject(tokens[adverbsBefore(tokens, i, lexicon) - 1], lexicon)) {
      cues.push({ kind: "verb", first: i, last: i + plural - 1, pronoun: null });
      i += plural - 1;
      continue;
    }
    const participleLength = lexicon.presentParticiples.matchAmong(starts?.presentParticiples, tokens, i);
    if (participleLength > 0) {
      cues.push({ kind: "participle", first: i, last: i + participleLength - 1, pronoun: null });
      i += participleLength - 1;
    }
  }
  // "a-t-on appris": some verbs report only with the impersonal pronoun.
  if (lexicon.impersonalOnlyVerbs.size === 0) return cues;
  return cues.filter((cue) => !lexicon.impersonalOnlyVerbs.has((tokens[cue.last] as SpeechToken).word) || (cue.pronoun !== null && lexicon.impersonal.has(cue.pronoun)));
}

/** Words read back from a verb ending its sentence for an auxiliary that makes it a noun. */
const MAX_FINAL_SUBJECT_WORDS = 8;

/**
 * Whether the verb-like word at `i`, ending its sentence, closes a clause with its own auxiliary: "before the
 * city had settled the workers' claims." ends on a noun. A verb after its subject at a sentence's end ("…, the
 * company claims.") has none between it and the comma or quotation before its subject.
 */
function auxiliaryBeforeFinalNoun(tokens: readonly SpeechToken[], i: number, length: number, lexicon: Lexicon): boolean {
  const next = tokens[i + length];
  if (next !== undefined && !(next.word === "." || next.word === "!" || next.word === "?")) return false;
  for (let j = i - 1; j >= 0 && i - j <= MAX_FINAL_SUBJECT_WORDS; j--) {
    const token = tokens[j] as SpeechToken;
    // (A possessive's apostrophe stays inside the clause: "the workers' claims".)
    if (!token.isWord && token.word !== "'") return false;
    if (lexicon.auxiliaries.has(token.word)) return true;
  }
  return false;
}

/** The words a phrase of `reflexiveNotSpeech` may be read as the verb's word after: each part up to an apostrophe or before a space. */
function reflexivePronounsOf(phrase: string): string[] {
  const pronouns: string[] = [];
  for (let at = 0; at < phrase.length; at++) {
    if (phrase[at] === "'") pronouns.push(phrase.slice(0, at + 1));
    if (phrase[at] === " ") pronouns.push(phrase.slice(0, at));
  }
  return pronouns;
}

/** « s'explique », « se rappelle »: the verb with its reflexive pronoun says no speech. */
function reflexiveNotSpeech(before: string, word: string, lexicon: Lexicon): boolean {
  if (!lexicon.reflexivePronouns.has(before)) return false;
  return lexicon.reflexiveNotSpeech.has(before.endsWith("'") ? before + word : `${before} ${word}`);
}

/** A participle with its auxiliary ("a déclaré", "a-t-il ainsi fustigé", "has said") or after "comme"/"as". */
function withAuxiliary(tokens: readonly SpeechToken[], i: number, length: number, lexicon: Lexicon, pronoun: string | null): Cue | null {
  let j = i - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 4 && lexicon.adverbs.has(tokens[j]?.word ?? "") && !lexicon.auxiliaries.has(tokens[j]?.word ?? "")) {
    j--;
    skipped++;
  }
  const before = tokens[j];
  if (before?.isWord) {
    const inversion = splitInversion(before.word, lexicon);
    const auxiliary = inversion ? inversion[0] : before.word;
    if (lexicon.auxiliaries.has(auxiliary)) {
      return { kind: "verb", first: j, last: i + length - 1, pronoun: inversion?.[1] ?? pronoun };
    }
  }
  const previous = tokens[i - 1];
  if (previous && lexicon.as.has(previous.word)) return { kind: "as", first: i, last: i + length - 1, pronoun: null };
  return null;
}

/** Tokens between two coordinated participles of one auxiliary ("a assuré que « … » et indiqué que …"). */
const MAX_SHARED_AUXILIARY_GAP = 40;

/**
 * A participle coordinated with an earlier verb cue of the sentence that shares its auxiliary:
 * "a assuré que … et indiqué que …", "has denied the claim and insisted that …".
 */
function sharedAuxiliary(tokens: readonly SpeechToken[], i: number, length: number, cues: readonly Cue[], lexicon: Lexicon): Cue | null {
  const earlier = cues[cues.length - 1];
  if (!earlier || earlier.kind !== "verb" || i - earlier.last > MAX_SHARED_AUXILIARY_GAP) return null;
  if (!lexicon.coordinators.has(tokens[i - 1]?.word ?? "") || !lexicon.auxiliaries.has(tokens[earlier.first]?.word ?? "")) return null;
  return { kind: "verb", first: i, last: i + length - 1, pronoun: null };
}

/** An agent complement at token `i` ("by The Guardian", "par l'Élysée"), not "par ailleurs". */
function isPassive(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): boolean {
  if (!lexicon.passiveAgents.has(tokens[i]?.word ?? "")) return false;
  const agent = tokens[i + 1];
  return agent !== undefined && agent.isWord && !lexicon.adverbs.has(agent.word);
}

/**
 * Where the adverbs between a subject and the verb at `i` start ("they also report", "officials
 * later said"), or `i`: the subject ends before them.
 */
export function adverbsBefore(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): number {
  let j = i;
  while (j > i - 2 && isSplittingAdverb(tokens[j - 1], lexicon)) j--;
  return tokens[j - 1]?.isWord ? j : i;
}

export function isSplittingAdverb(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  if (token === undefined || !lexicon.adverbs.has(token.word)) return false;
  return !lexicon.auxiliaries.has(token.word) && !lexicon.as.has(token.word) && !lexicon.articles.has(token.word) && !lexicon.prepositions.has(token.word);
}

/**
 * Whether the -s word at `i` is a plural noun followed by its own verb ("states can", "reports were"), not a verb;
 * a verb of saying counts too ("groups in two states complained that …": "complained" is the cue).
 */
function isPluralNounBeforeVerb(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): boolean {
  const next = tokens[i + 1];
  if (!(tokens[i] as SpeechToken).word.endsWith("s") || next === undefined) return false;
  return lexicon.clauseVerbs.has(next.word) || (next.isWord && lexicon.finite.match(tokens, i + 1, next.word) > 0);
}

/** A word that can be a plural subject right before its verb: "they", "critics", "sources", "police". */
function isPluralSubject(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  if (!token?.isWord) return false;
  if (lexicon.subjectPronouns.has(token.word) || lexicon.collectiveNouns.has(token.word)) return true;
  return /[sx]$/u.test(token.word) && !lexicon.functionWords.has(token.word) && !lexicon.adverbs.has(token.word);
}

/**
 * A class of characters given by a unicode pattern of one character, read at a place in a text:
 * each UTF-16 code is tested once, then read from a table.
 */
class CharacterClass {
  /** 1 in the class, 0 not, 2 not yet known. */
  private readonly known = new Uint8Array(0x10000).fill(2);

  constructor(private readonly pattern: RegExp) {}

  /** Length of the character at `i` (2 for a surrogate pair) when it is in the class, else 0. */
  lengthAt(text: string, i: number): number {
    if (i >= text.length) return 0;
    const code = text.charCodeAt(i);
    if (isHighSurrogate(code)) return isLowSurrogate(text.charCodeAt(i + 1)) && this.pattern.test(text.slice(i, i + 2)) ? 2 : 0;
    let known = this.known[code]!;
    if (known === 2) {
      known = this.pattern.test(text[i]!) ? 1 : 0;
      this.known[code] = known;
    }
    return known;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Where a unicode regular expression set to start at `i` starts: at the pair when `i` falls inside one. */
export function codePointStart(text: string, i: number): number {
  return isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1)) ? i - 1 : i;
}

const lettersOrDigits = new CharacterClass(/^[\p{L}\p{N}]$/u);
const letters = new CharacterClass(/^\p{L}$/u);
const upperCaseLetters = new CharacterClass(/^\p{Lu}$/u);
const lowerCaseLetters = new CharacterClass(/^\p{Ll}$/u);

/** Whether `word` starts with an upper-case letter: `/^\p{Lu}/u.test(word)`, read from a table. */
export function startsUpperCase(word: string): boolean {
  return upperCaseLetters.lengthAt(word, 0) > 0;
}

/** Whether `word` starts with a lower-case letter: `/^\p{Ll}/u.test(word)`, read from a table. */
export function startsLowerCase(word: string): boolean {
  return lowerCaseLetters.lengthAt(word, 0) > 0;
}

/** Length of the letter or digit at `i` (2 for a surrogate pair), or 0. */
export function letterOrDigitLength(text: string, i: number): number {
  return lettersOrDigits.lengthAt(text, i);
}

/**
 * Start of the first word of a phrase at or after `from` and before `before`, or -1: a letter or
 * digit, whole before `limit`.
 */
export function phraseWordStart(text: string, from: number, before: number, limit: number): number {
  for (let i = from; i < before; i++) {
    const step = lettersOrDigits.lengthAt(text, i);
    if (step > 0 && i + step <= limit) return i;
  }
  return -1;
}

/**
 * End of the phrase word that starts at `start`, read up to `limit`: letters and digits, and an
 * elision's apostrophe before a letter ("l'", "d’"). The words of /[\p{L}\p{N}]+(?:['’](?=\p{L}))?/u.
 */
export function phraseWordEnd(text: string, start: number, limit: number): number {
  let end = start;
  for (let step = lettersOrDigits.lengthAt(text, end); step > 0 && end + step <= limit; step = lettersOrDigits.lengthAt(text, end)) end += step;
  const apostrophe = text.charCodeAt(end);
  if (apostrophe === 39 || apostrophe === 0x2019) {
    const letter = letters.lengthAt(text, end + 1);
    if (letter > 0 && end + 1 + letter <= limit) end++;
  }
  return end;
}

/** `text[from, to)` folded (lower case, "’" read as "'"), one string shared by every place that writes the word. */
export function foldedWord(text: string, from: number, to: number): string {
  let hash = 0;
  let unchanged = true;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const folded = foldedCode(code);
    if (folded < 0) return foldSlice(text, from, to);
    if (folded !== code) unchanged = false;
    hash = (Math.imul(hash, 31) + folded) | 0;
  }
  // Written folded already: a copy of the text is the spelling (see `spell`).
  return unchanged ? text.slice(from, to) : spellingOf(text, from, to, hash);
}
