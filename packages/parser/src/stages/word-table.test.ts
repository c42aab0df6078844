import { describe, expect, it } from "vitest";
import { FoldedWordCache, hashOfWord, UNDECIDED, WordTable } from "./word-table.js";

describe("WordTable", () => {
  const words = ["déclaré", "said", "qu'", "le", "la"];
  const table = new WordTable(words);
  const folding = new WordTable(words, true);

  it("finds a listed word in the text whatever its case", () => {
    const text = "Il a DÉCLARÉ que le Maire l’avait Said";
    expect(table.find(text, 5, 12)).toBe(0);
    expect(table.find(text, 34, 38)).toBe(1);
    expect(table.find(text, 17, 19)).toBe(3);
  });

  it("answers what a lookup of the sliced, lower-cased word answers", () => {
    const text = "La réunion a eu lieu, a déclaré le porte-parole, qu’on le veuille ou non.";
    const spans = [...text.matchAll(/[\p{L}'’-]+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const [from, to] of spans) {
      expect(table.find(text, from, to), text.slice(from, to)).toBe(words.indexOf(text.slice(from, to).toLowerCase()));
    }
  });

  it("reads a typographic apostrophe as a straight one only when asked", () => {
    const text = "qu’il";
    expect(table.find(text, 0, 3)).toBe(-1);
    expect(folding.find(text, 0, 3)).toBe(2);
  });

  it("leaves to the caller words whose letters only lower-case together", () => {
    expect(table.find("ΟΔΟΣ", 0, 4)).toBe(UNDECIDED);
    expect(table.find("İle", 0, 3)).toBe(UNDECIDED);
    expect(table.find("a😀", 0, 3)).toBe(UNDECIDED);
  });

  it("tells apart words that share a hash slot", () => {
    const many = new WordTable(Array.from({ length: 200 }, (_, i) => `w${i}`));
    expect(many.find("w17 w171", 0, 3)).toBe(17);
    expect(many.find("w17 w171", 4, 8)).toBe(171);
    expect(many.find("w1000", 0, 5)).toBe(-1);
  });

  it("keeps a word listed twice at its first index, as indexOf does", () => {
    const twice = new WordTable(["selon", "dit", "selon", "a"]);
    expect(twice.find("Selon lui", 0, 5)).toBe(0);
    expect(twice.find("il a dit", 3, 4)).toBe(3);
    expect(twice.words).toEqual(["selon", "dit", "selon", "a"]);
  });

  it("finds words added after it was made, among many, by the hash read from the text", () => {
    const growing = new WordTable([], true);
    const added = Array.from({ length: 3000 }, (_, i) => `mot${i}`);
    for (const [i, word] of added.entries()) expect(growing.add(word)).toBe(i);
    expect(growing.add("mot17")).toBe(17);
    expect(growing.size).toBe(3000);
    expect(growing.add("aujourd'hui")).toBe(3000);
    const text = "MOT2999 et Aujourd’hui, said the mot30000";
    expect(growing.findHashed(text, 0, 7, hashOfWord("mot2999"))).toBe(2999);
    expect(growing.findHashed(text, 11, 22, hashOfWord("aujourd'hui"))).toBe(3000);
    expect(growing.findHashed(text, 32, 41, hashOfWord("mot30000"))).toBe(-1);
  });
});

/** The folded hash of `text[from, to)`, as a reader of the text makes it. */
function foldedHash(text: string, from: number, to: number): number {
  return hashOfWord(text.slice(from, to).toLowerCase().replace(/’/g, "'"));
}

describe("FoldedWordCache", () => {
  it("finds a filed word from any writing of it, and nothing else", () => {
    const table = new FoldedWordCache();
    table.add("l'avait", hashOfWord("l'avait"));
    const text = "Le maire L’AVAIT dit, l'avait-il ?";
    expect(table.find(text, 9, 16, foldedHash(text, 9, 16))).toBe("l'avait");
    expect(table.find(text, 22, 29, foldedHash(text, 22, 29))).toBe("l'avait");
    expect(table.find(text, 0, 2, foldedHash(text, 0, 2))).toBe("");
    expect(table.size).toBe(1);
  });

  it("keeps every word as it grows", () => {
    const table = new FoldedWordCache();
    const words = Array.from({ length: 5000 }, (_, i) => `mot${i}`);
    for (const word of words) table.add(word, hashOfWord(word));
    const text = words.join(" ").toUpperCase();
    let from = 0;
    for (const word of words) {
      expect(table.find(text, from, from + word.length, hashOfWord(word))).toBe(word);
      from += word.length + 1;
    }
    expect(table.find("motx", 0, 4, hashOfWord("motx"))).toBe("");
  });
});
