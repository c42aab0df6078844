/**
 * Every match of the global `pattern` in `text` from `from` on, in order: what
 * `text.matchAll(pattern)` yields, without the copy of the regex and the iterator it makes on each
 * call, a cost above that of matching a sentence. The regex is left with `lastIndex` 0.
 */
export function allMatches(pattern: RegExp, text: string, from = 0): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  if (!pattern.global) {
    // A pattern without the g flag always searches from the start.
    if (from > 0) throw new RangeError(`a search from ${from} needs a global pattern: ${pattern.source}`);
    const match = pattern.exec(text);
    return match ? [match] : [];
  }
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step over one character, as matchAll does.
    if (match[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const following = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && following >= 0xdc00 && following <= 0xdfff ? index + 2 : index + 1;
}

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Regex source for "any of `words`" (literal text, preferred in the order given), the same as
 * `words.map(escape).join("|")` with `flags`, but with shared beginnings written once
 * ("paris|pays-bas" → "pa(?:ris|ys-bas)"): the engine then follows one branch per character
 * instead of trying every word at every position.
 */
export function literalAlternation(words: readonly string[], flags: string): string {
  return branches(
    words.map((word) => Array.from(word)),
    flags,
  );
}

function branches(words: string[][], flags: string): string {
  const plain = () => words.map((word) => word.join("").replace(SPECIAL, "\\$&")).join("|");
  const ended = words.findIndex((word) => word.length === 0);
  // A word ending here is tried before longer ones only when it comes last among them.
  if (ended >= 0 && ended < words.length - 1) return plain();
  const groups = new Map<string, string[][]>();
  for (const word of words) {
    if (word.length === 0) continue;
    const rests = groups.get(word[0]!) ?? [];
    rests.push(word.slice(1));
    groups.set(word[0]!, rests);
  }
  // Grouping keeps the order only if no character could match another group's (case folding).
  const firsts = [...groups.keys()];
  for (const first of firsts) {
    const same = new RegExp(`^${first.replace(SPECIAL, "\\$&")}$`, flags.replace("g", ""));
    if (firsts.some((other) => other !== first && same.test(other))) return plain();
  }
  const parts = [...groups].map(([first, rests]) => {
    const head = first.replace(SPECIAL, "\\$&");
    if (rests.length === 1) return head + rests[0]!.join("").replace(SPECIAL, "\\$&");
    return `${head}(?:${branches(rests, flags)})`;
  });
  if (ended >= 0) parts.push("");
  return parts.join("|");
}
