/** Words read straight from the text, without a regex or an allocation: letters and digits joined by an apostrophe, period or hyphen. */

export const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a letter or digit, 2 not. */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** Width in code units of the letter or digit at `at` (read no further than `limit`), or 0. */
export function letterOrDigitWidth(text: string, at: number, limit: number): number {
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
 * End of the word starting at `at` (letters and digits, joined by an apostrophe, period or hyphen:
 * "l'État", "U.S", "Jean-Pierre"), cut at `limit`; `at` itself when no word starts there. No regex, no allocation.
 */
export function wordEnd(text: string, at: number, limit: number): number {
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
export function wordSpans(text: string): number[] {
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
export function wordsOf(text: string): string[] {
  const spans = wordSpans(text);
  const words: string[] = [];
  for (let i = 0; i < spans.length; i += 2) words.push(text.slice(spans[i], spans[i + 1]));
  return words;
}
