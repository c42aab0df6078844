/** Paragraphs: grouping body lines, with headings and lines of the web page around the story left out. */
import type { DocumentContext } from "../context.js";
import { isBmpLetter, isCasedLower, isDigit } from "./chars.js";
import { lexicon } from "./lexicon.js";
import type { Line } from "./lines.js";
import { headingSpan } from "./title.js";

const ONLY_PUNCTUATION = /^[\p{P}\p{S}\s]*$/u;

const MARKDOWN_IMAGE = /^!\[[^\]\n]{0,300}\]\([^()\n]{0,500}\)$/;

/**
 * Paragraphs. When the body has blank lines, they alone separate paragraphs (single line breaks
 * are wrapping); otherwise each line is one, unless it visibly continues the line before.
 * Markdown headings ("## Un accord dans la nuit") and lines of the web page around the story
 * ("Lire aussi : …", "Publicité") end a paragraph without being one; headings are kept in `ctx.headings`, as they may name people.
 */
export function groupParagraphs(lines: Line[], ctx: DocumentContext): Line[] {
  // Read once per line: the tests below go over the lines up to three times.
  const breaks = lines.map(isBreak);
  const firstContent = breaks.indexOf(false);
  const lastContent = breaks.lastIndexOf(false);
  let blankSeparated = false;
  for (let i = firstContent + 1; firstContent >= 0 && i < lastContent; i++) {
    if (breaks[i]) {
      blankSeparated = true;
      break;
    }
  }
  const paragraphs: Line[] = [];
  let current: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const blank = breaks[i]!;
    const aside = blank ? null : asideKind(line.text);
    if (blank || aside !== null) {
      if (current) paragraphs.push(current);
      current = null;
      if (aside === "heading") (ctx.headings ??= []).push(headingSpan(ctx.text, line));
      continue;
    }
    if (current && (blankSeparated || continuesLine(current.text, line.text))) {
      current = { start: current.start, end: line.end, text: line.text };
    } else {
      if (current) paragraphs.push(current);
      current = { ...line };
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/** An empty line, one of punctuation only, or only a Markdown image ("![A crane](crane.jpg)"), which holds no text of the body. */
function isBreak(line: Line): boolean {
  const text = line.text;
  if (text === "") return true;
  // A line that opens with a letter or digit is none of them (most lines): no regex is run on it.
  const first = text.charCodeAt(0);
  if (isBmpLetter(first) || isDigit(first)) return false;
  return ONLY_PUNCTUATION.test(text) || (text.startsWith("![") && MARKDOWN_IMAGE.test(text));
}

const MARKDOWN_HEADING = /^#{1,6}\s+\S/;

/** A Markdown heading, a line of the web page around the story, or null for a line of the body. */
function asideKind(line: string): "heading" | "page" | null {
  if (line.startsWith("#")) return MARKDOWN_HEADING.test(line) ? "heading" : null;
  return lexicon().anyPageLine.some((pattern) => pattern.test(line)) ? "page" : null;
}

/** Whether `next` carries on the line before: that line ends with no closing mark, and `next` opens in lower case. */
function continuesLine(previous: string, next: string): boolean {
  if (previous.length > 0 && isLineClosing(previous.charCodeAt(previous.length - 1))) return false;
  return next.length > 0 && isCasedLower(next.charCodeAt(0));
}

/** . ! ? … : » ” " ' ) ] */
function isLineClosing(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 58 || code === 0xbb || code === 0x201d || code === 34 || code === 39 || code === 41 || code === 93;
}
