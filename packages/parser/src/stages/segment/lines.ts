/** Lines: the text split at its line breaks, each trimmed. */
import { isSpace } from "./chars.js";

export interface Line {
  start: number;
  end: number;
  /** Trimmed content (offsets above are of the trimmed content). */
  text: string;
}

const LINE_BREAK = /\r\n|\n|\r|\u2028|\u2029/g;

/** Lines from `from` on, each trimmed (offsets follow the trimmed text; empty lines keep their place). */
export function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  // Most texts break lines with "\n" alone: then indexOf finds each break, faster than the regex.
  const newlinesOnly = text.indexOf("\r", from) < 0 && text.indexOf("\u2028", from) < 0 && text.indexOf("\u2029", from) < 0;
  LINE_BREAK.lastIndex = from;
  let lineStart = from;
  for (;;) {
    let lineEnd: number;
    let breakEnd: number;
    if (newlinesOnly) {
      const newline = text.indexOf("\n", lineStart);
      lineEnd = newline < 0 ? text.length : newline;
      breakEnd = newline < 0 ? -1 : newline + 1;
    } else {
      const match = LINE_BREAK.exec(text);
      lineEnd = match ? match.index : text.length;
      breakEnd = match ? match.index + match[0].length : -1;
    }
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    lines.push({ start, end, text: text.slice(start, end) });
    if (breakEnd < 0) break;
    lineStart = breakEnd;
  }
  return lines;
}
