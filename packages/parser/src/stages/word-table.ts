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

/**
 * A list of lower-case words looked up straight from the text, without slicing or lower-casing
 * it: what `words.indexOf(text.slice(from, to).toLowerCase())` tells, for words of the document
 * read many times over. With `foldApostrophe`, a typographic apostrophe reads as "'".
 */
export class WordTable {
  /** Open addressing on the word's hash: index + 1 of a word, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly words: readonly string[],
    private readonly foldApostrophe = false,
  ) {
    let size = 16;
    while (size < words.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    words.forEach((word, index) => {
      let slot = this.hashOfWord(word) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = index + 1;
    });
  }

  /** Index in the list of `text[from, to)` in lower case, -1 when it is not listed, or `UNDECIDED`. */
  find(text: string, from: number, to: number): number {
    let hash = 0;
    for (let i = from; i < to; i++) {
      const code = this.codeAt(text, i);
      if (code < 0) return UNDECIDED;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const index = this.slots[slot]! - 1;
      if (this.matches(this.words[index]!, text, from, to)) return index;
    }
    return -1;
  }

  private codeAt(text: string, at: number): number {
    const code = text.charCodeAt(at);
    // Most words are ASCII: lower-cased here without the table.
    if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
    const lower = lowerCode(code);
    return this.foldApostrophe && lower === 0x2019 ? 39 : lower;
  }

  private hashOfWord(word: string): number {
    let hash = 0;
    for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
    return hash;
  }

  private matches(word: string, text: string, from: number, to: number): boolean {
    if (word.length !== to - from) return false;
    for (let k = 0; k < word.length; k++) if (this.codeAt(text, from + k) !== word.charCodeAt(k)) return false;
    return true;
  }
}
