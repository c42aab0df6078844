import type { QuoteWords } from "./quotes.js";

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
  /** For a quotation, its last inner character (a comma tells the sentence goes on). */
  trailing: string;
}

/** A phrase list looked up by its first word: "fait savoir" is found at "fait". */
class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const phrase of new Set(phrases)) {
      const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+|(?<=')/u).filter((word) => word !== "");
      const first = words[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(words);
      list.sort((a, b) => b.length - a.length);
      this.byFirst.set(first, list);
    }
  }

  /** Whether some phrase starts with `word`. */
  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /** Number of tokens the longest phrase matches at `i`, or 0. `first` overrides the first word. */
  match(tokens: readonly SpeechToken[], i: number, first?: string): number {
    const candidates = this.byFirst.get(first ?? tokens[i]?.word ?? "");
    if (!candidates) return 0;
    for (const words of candidates) {
      let k = 1;
      while (k < words.length && tokens[i + k]?.word === words[k]) k++;
      if (k === words.length) return k;
    }
    return 0;
  }
}

/** A language's quote words, compiled for lookups. */
export interface Lexicon {
  words: QuoteWords;
  participles: PhraseSet;
  finite: PhraseSet;
  pluralForms: PhraseSet;
  presentParticiples: PhraseSet;
  accordingTo: PhraseSet;
  auxiliaries: Set<string>;
  adverbs: Set<string>;
  invertedPronouns: Set<string>;
  complementizers: Set<string>;
  notBeforeComplementizer: Set<string>;
  bareClauseVerbs: Set<string>;
  as: Set<string>;
  subjectPronouns: Set<string>;
  demonstratives: PhraseSet;
  passiveAgents: Set<string>;
  notInfinitives: Set<string>;
  possessives: Set<string>;
  relativePronouns: Set<string>;
  articles: Set<string>;
  speechActs: PhraseSet;
  namingWords: Set<string>;
  clauseBreaks: Set<string>;
  coordinators: Set<string>;
  prepositions: Set<string>;
  spokespersonWords: readonly string[];
  roleSynonyms: readonly (readonly [string, string])[];
  partitives: Set<string>;
  impersonal: Set<string>;
  audience: Set<string>;
  functionWords: Set<string>;
  abbreviations: Set<string>;
}

const compiled = new WeakMap<QuoteWords, Lexicon>();
const lower = (list: readonly string[]) => new Set(list.map((word) => word.toLowerCase().replace(/’/g, "'")));

export function lexiconFor(words: QuoteWords): Lexicon {
  const cached = compiled.get(words);
  if (cached) return cached;
  const lexicon: Lexicon = {
    words,
    participles: new PhraseSet(words.participles),
    finite: new PhraseSet(words.finiteForms),
    pluralForms: new PhraseSet(words.pluralForms),
    presentParticiples: new PhraseSet(words.presentParticiples),
    accordingTo: new PhraseSet(words.accordingTo),
    auxiliaries: lower(words.auxiliaries),
    adverbs: lower(words.adverbs),
    invertedPronouns: lower(words.invertedPronouns),
    complementizers: lower(words.complementizers),
    notBeforeComplementizer: lower(words.notBeforeComplementizer),
    bareClauseVerbs: lower(words.bareClauseVerbs),
    as: lower(words.as),
    subjectPronouns: lower(words.subjectPronouns),
    demonstratives: new PhraseSet(words.demonstratives),
    passiveAgents: lower(words.passiveAgents),
    notInfinitives: lower(words.notInfinitives),
    possessives: lower(words.possessives),
    relativePronouns: lower(words.relativePronouns),
    articles: lower(words.articles),
    speechActs: new PhraseSet(words.speechActs),
    namingWords: lower(words.namingWords),
    clauseBreaks: lower(words.clauseBreaks),
    coordinators: lower(words.coordinators),
    prepositions: lower(words.prepositions),
    spokespersonWords: words.spokespersonWords,
    roleSynonyms: words.roleSynonyms,
    partitives: lower(words.partitives),
    impersonal: lower(words.impersonal),
    audience: lower(words.audience),
    functionWords: lower(words.functionWords),
    abbreviations: lower(words.abbreviations),
  };
  compiled.set(words, lexicon);
  return lexicon;
}

/** Words (elided articles split off: "qu'" + "il"), single punctuation marks. Linear. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-.][\p{L}\p{M}\p{N}]+)*(?:['’](?=[\p{L}\p{M}]))?|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `text[from, to)`, each quotation in `quotes` (sorted, inside the range) as one token. */
export function tokeniseSpan(
  text: string,
  from: number,
  to: number,
  quotes: readonly { open: number; end: number; close: number }[],
  firstQuote: number,
): SpeechToken[] {
  const tokens: SpeechToken[] = [];
  let position = from;
  let q = firstQuote;
  while (position < to) {
    const quote = quotes[q];
    const stop = quote !== undefined && quote.open < to ? Math.max(quote.open, position) : to;
    TOKEN.lastIndex = position;
    for (let match = TOKEN.exec(text); match !== null && match.index < stop; match = TOKEN.exec(text)) {
      const raw = match[0];
      const first = raw[0] as string;
      const isWord = /[\p{L}\p{N}]/u.test(first);
      tokens.push({
        start: match.index,
        end: match.index + raw.length,
        word: raw.toLowerCase().replace(/’/g, "'"),
        quote: -1,
        isWord,
        capitalised: isWord && first !== first.toLowerCase(),
        trailing: "",
      });
    }
    if (quote === undefined || quote.open >= to) break;
    tokens.push({ start: quote.open, end: quote.close, word: "", quote: q, isWord: false, capitalised: false, trailing: text[quote.end - 1] ?? "" });
    position = quote.close;
    q++;
  }
  return tokens;
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
  if (lexicon.invertedPronouns.size === 0 || !word.includes("-")) return null;
  const parts = word.split("-");
  const pronoun = parts[parts.length - 1] as string;
  if (!lexicon.invertedPronouns.has(pronoun) || parts.length < 2) return null;
  const verbParts = parts.slice(0, parts[parts.length - 2] === "t" ? -2 : -1);
  return verbParts.length === 0 ? null : [verbParts.join("-"), pronoun];
}

/** Finds the reporting cues among a sentence's tokens, in order. */
export function findCues(tokens: readonly SpeechToken[], lexicon: Lexicon): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as SpeechToken;
    if (!token.isWord) continue;
    // A capitalised word mid-sentence is a name ("United States"), not a verb.
    if (token.capitalised && i > 0 && tokens[i - 1]?.isWord) continue;
    const according = lexicon.accordingTo.match(tokens, i);
    if (according > 0) {
      cues.push({ kind: "according", first: i, last: i + according - 1, pronoun: null });
      i += according - 1;
      continue;
    }
    const inversion = splitInversion(token.word, lexicon);
    const word = inversion ? inversion[0] : token.word;
    const participle = lexicon.participles.match(tokens, i, word);
    // "reported by The Guardian", "annoncé par l'Élysée": a passive is not the speaker's verb.
    if (participle > 0 && isPassive(tokens, i + participle, lexicon)) {
      i += participle - 1;
      continue;
    }
    if (participle > 0) {
      const cue = withAuxiliary(tokens, i, participle, lexicon, inversion?.[1] ?? null);
      if (cue) {
        cues.push(cue);
        i = cue.last;
        continue;
      }
    }
    const finite = lexicon.finite.match(tokens, i, word);
    const before = tokens[i - 1]?.word ?? "";
    // After an article or a possessive it is a noun: "the report", "la note", "his claims".
    if (finite > 0 && !lexicon.auxiliaries.has(before) && !lexicon.articles.has(before) && !lexicon.possessives.has(before) && !lexicon.prepositions.has(before)) {
      cues.push({ kind: "verb", first: i, last: i + finite - 1, pronoun: inversion?.[1] ?? null });
      i += finite - 1;
      continue;
    }
    const plural = lexicon.pluralForms.match(tokens, i, word);
    if (plural > 0 && isPluralSubject(tokens[i - 1], lexicon)) {
      cues.push({ kind: "verb", first: i, last: i + plural - 1, pronoun: null });
      i += plural - 1;
      continue;
    }
    const gerund = lexicon.presentParticiples.match(tokens, i);
    if (gerund > 0) {
      cues.push({ kind: "participle", first: i, last: i + gerund - 1, pronoun: null });
      i += gerund - 1;
    }
  }
  return cues;
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

/** An agent complement at token `i` ("by The Guardian", "par l'Élysée"), not "par ailleurs". */
function isPassive(tokens: readonly SpeechToken[], i: number, lexicon: Lexicon): boolean {
  if (!lexicon.passiveAgents.has(tokens[i]?.word ?? "")) return false;
  const agent = tokens[i + 1];
  return agent !== undefined && agent.isWord && !lexicon.adverbs.has(agent.word);
}

/** A word that can be a plural subject right before its verb: "they", "critics", "sources". */
function isPluralSubject(token: SpeechToken | undefined, lexicon: Lexicon): boolean {
  if (!token?.isWord) return false;
  return lexicon.subjectPronouns.has(token.word) || (/[sx]$/u.test(token.word) && !lexicon.functionWords.has(token.word) && !lexicon.adverbs.has(token.word));
}
