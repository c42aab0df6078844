/** The title: a Markdown heading's text, and an outlet named at its end. */
import type { Span } from "../../types.js";
import { isDash, isEmphasis, isRegexSpace, isSpace } from "./chars.js";
import { knownOutlet } from "./lexicon.js";
import type { Line } from "./lines.js";

/**
 * "Port strike ends | Reuters", « Le port rouvre - Le Figaro »: a title that ends with a known
 * outlet (an organization of the gazetteer) after a bar or a dash names the source.
 */
export function outletInTitle(title: string): string | null {
  const match = hasSpacedSeparator(title) ? TITLE_OUTLET.exec(title) : null;
  return match ? knownOutlet(match[1]!.trim()) : null;
}

const TITLE_OUTLET = /\s[|–—-]\s+(\p{Lu}[^|–—\n]{0,40})$/u;

/** Whether a bar or a dash follows a space in `title`: what every `TITLE_OUTLET` match holds. */
function hasSpacedSeparator(title: string): boolean {
  for (let i = 1; i < title.length; i++) {
    const code = title.charCodeAt(i);
    if ((code === 124 || isDash(code)) && isRegexSpace(title.charCodeAt(i - 1))) return true;
  }
  return false;
}

/** A Markdown heading line's text without its "#" marks, nor the emphasis around it ("**Title**"). */
export function headingSpan(text: string, line: Line): Span {
  let start = line.start;
  while (start < line.end && text[start] === "#") start++;
  while (start < line.end && isSpace(text.charCodeAt(start))) start++;
  if (start === line.end) start = line.start;
  let end = line.end;
  while (end - start > 2 && isEmphasis(text[start]) && text[end - 1] === text[start]) {
    start++;
    end--;
  }
  return { start, end, text: text.slice(start, end) };
}
