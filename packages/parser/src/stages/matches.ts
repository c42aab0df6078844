/**
 * Every match of the global `pattern` in `text`, in order: what `text.matchAll(pattern)` yields,
 * without the copy of the regex and the iterator it makes on each call, a cost above that of
 * matching a sentence. The regex is left with `lastIndex` 0.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  if (!pattern.global) {
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
