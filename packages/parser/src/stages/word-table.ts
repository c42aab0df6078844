/** What `WordTable.find` answers when a character of the word only lower-cases with its neighbours. */
export const UNDECIDED = -2;

/** Lower case of each UTF-16 code on its own (filled on first use); -1 where only the whole word tells. */
const lowerCodes = new Int32Array(0x10000).fill(-2);

export function lowerCode(code: number): number {
  let known = lowerCodes[code]!;
  if (known === -2) {
    const lower = String.fromCharCode(code).toLowerCase();
    // Surrogates pair up, and capital sigma lower-cases by its place in the word.
    const alone = lower.length === 1 && !(code >= 0xd800 && code <= 0xdfff) && code !== 0x3a3;
    known = alone ? lower.charCodeAt(0) : -1;
    lowerCodes[code] = known;
  }
  return known;
}

/** The folded form of one UTF-16 code (lower case, "’" read as "'"), or -1 when only the whole word tells. */
export function foldedCode(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  const lower = lowerCode(code);
  return lower === 0x2019 ? 39 : lower;
}

/** The hash a word is filed under, and the one a caller reading the word from the text makes on the way. */
export function hashOfWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}

/**
 * A list of lower-case words looked up straight from the text, without slicing or lower-casing
 * it: what `words.indexOf(text.slice(from, to).toLowerCase())` tells, for words of the document
 * read many times over. With `foldApostrophe`, a typographic apostrophe reads as "'". Words may be
 * added after it is made.
 *
 * The table is read once per word of a text, right after other stages have filled the cache with
 * their own data: it keeps each lookup to few cache lines. A slot holds the word's hash next to
 * its index, and a bit per slot tells whether it is taken, so that most unlisted words are told
 * from that small bitmap alone.
 */
export class WordTable {
  /** Per slot, the word's hash and its index + 1 (0 for an empty slot). */
  private entries = new Int32Array(2 << 4);
  /** One bit per slot, set when the slot is taken. */
  private taken = new Int32Array(1);
  private mask = (1 << 4) - 1;
  private readonly listed: string[] = [];

  constructor(
    words: readonly string[] = [],
    private readonly foldApostrophe = false,
  ) {
    // A word listed twice keeps its first index, as `indexOf` does.
    for (const word of words) {
      const hash = hashOfWord(word);
      if (this.indexOf(word, hash) < 0) this.insert(word, hash);
      else this.listed.push(word);
    }
  }

  /** The words, by index. */
  get words(): readonly string[] {
    return this.listed;
  }

  get size(): number {
    return this.listed.length;
  }

  /** Index of `word` (lower case), added if new. */
  add(word: string): number {
    const hash = hashOfWord(word);
    const known = this.indexOf(word, hash);
    if (known >= 0) return known;
    this.insert(word, hash);
    return this.listed.length - 1;
  }

  /** Index in the list of `text[from, to)` in lower case, -1 when it is not listed, or `UNDECIDED`. */
  find(text: string, from: number, to: number): number {
    let hash = 0;
    for (let i = from; i < to; i++) {
      const code = this.codeAt(text, i);
      if (code < 0) return UNDECIDED;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    return this.findHashed(text, from, to, hash);
  }

  /** `find` for a word whose lower-case codes are all known and hash to `hash`: its index, or -1. */
  findHashed(text: string, from: number, to: number, hash: number): number {
    const mask = this.mask;
    for (let slot = hash & mask; (this.taken[slot >>> 5]! & (1 << (slot & 31))) !== 0; slot = (slot + 1) & mask) {
      if (this.entries[2 * slot] === hash) {
        const index = this.entries[2 * slot + 1]! - 1;
        if (this.matches(this.listed[index]!, text, from, to)) return index;
      }
    }
    return -1;
  }

  private indexOf(word: string, hash: number): number {
    const mask = this.mask;
    for (let slot = hash & mask; (this.taken[slot >>> 5]! & (1 << (slot & 31))) !== 0; slot = (slot + 1) & mask) {
      const index = this.entries[2 * slot + 1]! - 1;
      if (this.entries[2 * slot] === hash && this.listed[index] === word) return index;
    }
    return -1;
  }

  private insert(word: string, hash: number): void {
    // At most a quarter full: a word that is not listed mostly meets an empty slot at once.
    if ((this.listed.length + 1) * 4 > this.mask + 1) this.grow();
    this.place(hash, this.listed.length);
    this.listed.push(word);
  }

  private place(hash: number, index: number): void {
    const mask = this.mask;
    let slot = hash & mask;
    while ((this.taken[slot >>> 5]! & (1 << (slot & 31))) !== 0) slot = (slot + 1) & mask;
    this.taken[slot >>> 5]! |= 1 << (slot & 31);
    this.entries[2 * slot] = hash;
    this.entries[2 * slot + 1] = index + 1;
  }

  private grow(): void {
    const old = this.entries;
    const size = (this.mask + 1) * 2;
    this.entries = new Int32Array(2 * size);
    this.taken = new Int32Array(Math.max(1, size >>> 5));
    this.mask = size - 1;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot + 1] !== 0) this.place(old[slot]!, old[slot + 1]! - 1);
  }

  private codeAt(text: string, at: number): number {
    const code = text.charCodeAt(at);
    if (this.foldApostrophe) return foldedCode(code);
    // Most words are ASCII: lower-cased here without the table.
    return code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : lowerCode(code);
  }

  private matches(word: string, text: string, from: number, to: number): boolean {
    if (word.length !== to - from) return false;
    for (let k = 0; k < word.length; k++) if (this.codeAt(text, from + k) !== word.charCodeAt(k)) return false;
    return true;
  }
}

/**
 * Folded words (lower case, "’" read as "'") looked up straight from the text, for words that are
 * nearly always found: the spellings of the words already read. A slot holds the word itself, so
 * that a lookup reads the slot and the word, where a `WordTable` reads its bitmap, its entries,
 * its list and the word: the table is large and read cold, after other stages have filled the cache.
 */
export class FoldedWordCache {
  /** Per slot, the word filed there, or "" (no word is empty). */
  private slots: string[] = new Array<string>(1 << 10).fill("");
  private mask = (1 << 10) - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The word that `text[from, to)` folds to, whose codes all fold on their own and hash to `hash` (`hashOfWord` of the word); "" when it is not listed. */
  find(text: string, from: number, to: number, hash: number): string {
    const length = to - from;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const word = this.slots[slot]!;
      if (word.length === length && foldsTo(text, from, word)) return word;
      if (word.length === 0) return "";
    }
  }

  /** Files `word`, folded and not listed yet, under its hash. */
  add(word: string, hash: number): void {
    // At most a quarter full: a word mostly sits in the first slot it is looked for in.
    if ((this.count + 1) * 4 > this.mask + 1) this.grow();
    this.place(word, hash);
    this.count++;
  }

  private place(word: string, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot]!.length !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = word;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Array<string>(old.length * 2).fill("");
    this.mask = old.length * 2 - 1;
    for (const word of old) if (word.length !== 0) this.place(word, hashOfWord(word));
  }
}

/** Whether `text` from `from` folds code by code to `word`, whose length it has. */
function foldsTo(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = text.charCodeAt(from + k);
    const folded = code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : foldedCode(code);
    if (folded !== word.charCodeAt(k)) return false;
  }
  return true;
}
