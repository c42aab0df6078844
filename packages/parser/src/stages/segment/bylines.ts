/** Byline lines: "By Jane Doe, Reuters", an author with a journalist's title, and the outlet a byline names. */
import type { DocumentContext } from "../context.js";
import { isDigit, isEmphasis } from "./chars.js";
import { readDateline, useDateline } from "./datelines.js";
import type { DateParts } from "./dates.js";
import { ACRONYM, knownOutlet, lexicon, opensWithGivenName } from "./lexicon.js";
import type { Line } from "./lines.js";
import { wordEnd, wordsOf } from "./words.js";

/** Particles inside names as a byline writes them ("Ana de la Cruz", "Ahmed al Masri"). */
const BYLINE_PARTICLES = new Set(["de", "la", "le", "du", "des", "da", "di", "del", "della", "do", "dos", "van", "von", "der", "den", "ter", "al", "el", "bin", "ben", "ibn", "y"]);

/**
 * A byline alone on one of the first body lines ("By Jane Doe and John Roe", "Par Claire Moreau
 * (à Alger)") names the authors, not the story: it leaves the body, and its names are kept.
 */
export function removeBylineLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, bylineNames);
  if (!opening) {
    removeTitledByline(ctx, lines);
    return;
  }
  const { index: i, line, found: names } = opening;
  const start = line.start + names.start;
  const end = line.start + names.end;
  // "By HNA", "Written By Harbour Daily Web Team": the outlet signs the story, and names no author.
  const signingOutlet = outletSigning(ctx.text.slice(start, end));
  if (signingOutlet === null) ctx.byline = { start, end, text: ctx.text.slice(start, end) };
  else if (ctx.source === null && signingOutlet !== "") ctx.source = signingOutlet;
  // "By Jane Doe, Associated Press", "By Jane Doe for Reuters", "By Jane Doe, ET Bureau | Updated: …": an outlet after the names, before any dateline, is the source.
  if (ctx.source === null) ctx.source = outletAfterNames(line.text.slice(names.end, names.dateline ? names.dateline.start : line.text.length));
  // "Staff writer", "Political correspondent": the author's title on the line right under the byline.
  const next = lines[i + 1];
  if (!names.dateline && next && next.text !== "" && isBylineTitle(next.text)) lines[i + 1] = { start: next.end, end: next.end, text: "" };
  // "By Jane Doe | June 3, 2024", « Par Claire Moreau Publié le 14 février 2024 »: the date that follows is the dateline.
  if (names.dateline) {
    useDateline(ctx, names.dateline.parts);
    const from = line.start + names.dateline.start;
    ctx.dateline = { start: from, end: line.end, text: ctx.text.slice(from, line.end) };
  }
  lines[i] = { start: line.end, end: line.end, text: "" };
}

/**
 * The outlet when a byline's names are its own rather than an author's: an outlet the gazetteer
 * knows ("By Reuters"), an agency's acronym ("By HNA"), or an outlet's newsroom ("Harbour Daily
 * Web Team", "Reuters Staff": the words before the newsroom's); "" for a newsroom alone ("By
 * Staff"); null for authors.
 */
export function outletSigning(names: string): string | null {
  if (ACRONYM.test(names) || knownOutlet(names) !== null) return names;
  const words = names.split(/\s+/u);
  const { newsroomWords } = lexicon();
  let kept = words.length;
  while (kept > 0 && newsroomWords.has(words[kept - 1]!.toLowerCase())) kept--;
  if (kept === words.length) return null;
  // « Par La Rédaction »: an article alone before the newsroom names no outlet.
  const { functionWords } = lexicon();
  const outlet = words.slice(0, kept).every((word) => functionWords.has(word.toLowerCase())) ? "" : words.slice(0, kept).join(" ");
  return outlet === "" || !opensWithGivenName(outlet) ? outlet : null;
}

/** The names after a byline's opener ("By Reuters" → "Reuters", « Par La Rédaction » → « La Rédaction »), or null when none opens the text. */
export function afterBylineOpener(text: string): string | null {
  const { bylineOpeners, anyBylineOpener } = lexicon();
  if (!anyBylineOpener.some((opener) => opener.test(text))) return null;
  for (const opener of bylineOpeners) {
    const match = opener.exec(text);
    if (match) return text.slice(match[0].length);
  }
  return null;
}

/**
 * The outlet a byline names after its authors: one the gazetteer knows (after "for", « pour »),
 * or right after the separator an agency's acronym or a newsroom ("ET Bureau"); else null.
 */
function outletAfterNames(tail: string): string | null {
  const named = tail.replace(/^[\s,|–—-]+/, "").replace(/[\s.,|–—-]+$/, "");
  if (named === "") return null;
  const known = knownOutlet(withoutBylineWordFirst(named));
  if (known !== null) return known;
  // "in LONDON": a place after a byline's small word is none.
  if (withoutBylineWordFirst(named) !== named || !/^[\s,|–—-]/u.test(tail)) return null;
  const signing = outletSigning(named);
  return signing === "" ? null : signing;
}

/** The text without a byline's small word before it ("for Reuters" → "Reuters", « pour Le Devoir »). */
function withoutBylineWordFirst(text: string): string {
  const space = text.search(/\s/u);
  return space > 0 && lexicon().bylineWords.has(text.slice(0, space).toLowerCase()) ? text.slice(space).trimStart() : text;
}

/** Two to four capitalised words (particles between them), alone or before a separator: an author's name. */
const AUTHOR_NAME = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s(?:(?:de|da|di|du|la|le|van|von|al|el|ben|bin)\s)?\p{Lu}[\p{L}'’.-]{0,30}){1,3}(?=$|\s?[,|–—]|\s-\s)/u;

/**
 * "Jane Doe, Staff Writer" on one of the first lines, or "Jane Doe" over « Journaliste »: an
 * author named with a journalist's title but no "By" is a byline too.
 */
function removeTitledByline(ctx: DocumentContext, lines: Line[]): void {
  // A byline is a short line: the paragraphs that open most bodies are passed over unread.
  const opening = firstOpeningLine(lines, (content) => (content.length <= 80 ? (AUTHOR_NAME.exec(content)?.[0] ?? null) : null));
  if (!opening) return;
  const { index: i, line, found: name } = opening;
  const tail = line.text.slice(name.length).replace(/^[\s,|–—-]+/, "");
  const next = lines[i + 1];
  const titleBelow = tail === "" && next !== undefined && isJournalistTitle(next.text);
  if (!titleBelow && !(tail !== "" && isJournalistTitle(tail))) return;
  ctx.byline = { start: line.start, end: line.start + name.length, text: name };
  lines[i] = { start: line.end, end: line.end, text: "" };
  if (titleBelow) lines[i + 1] = { start: next.end, end: next.end, text: "" };
}

/** A byline title ("Staff Writer", « Correspondante à Lyon ») with a journalist's noun in it. */
function isJournalistTitle(content: string): boolean {
  if (!isBylineTitle(content)) return false;
  const { journalistTitles } = lexicon();
  return wordsOf(content).some((word) => journalistTitles.has(word.toLowerCase()));
}

/** The first of the first three lines with text that `read` accepts, with its index and what was read. */
export function firstOpeningLine<T>(lines: Line[], read: (text: string) => T | null): { index: number; line: Line; found: T } | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < 3; i++) {
    const line = lines[i]!;
    if (line.text === "") continue;
    seen++;
    const found = read(line.text);
    if (found) return { index: i, line, found };
  }
  return null;
}

/** A short line without a sentence's end that is no dateline: an author's title or desk ("Staff writer"). */
function isBylineTitle(content: string): boolean {
  if (content.length > 60 || /[.!?:;,]$/.test(content) || readDateline(content)) return false;
  const words = wordsOf(content).length;
  return words > 0 && words <= 6;
}

/** What ends the names in a byline: "By Jane Doe, Reuters", "By Jane Doe | Staff writer", « Par Jean Dupont - Aujourd'hui ». */
const BYLINE_SEPARATOR = /[,|(;/–—]|\s-\s/;

/** A time of day at the end of a line ("Today at 2:05 p.m."). */
const CLOCK_END = /\d\s?[ap]\.m\.$/i;

/** Words that join the authors' names in a byline ("and", "et", "&"). */
const BYLINE_JOINS = new Set(["and", "et", "&"]);

/**
 * Where the authors' names lie in a byline line, or null when the line is none: an opener ("By ",
 * "Par ") and then only names (capitalised words, initials, particles), the few small words
 * bylines hold ("and", "in") and asides in parentheses. A sentence that opens with "By" ("By
 * Friday, the council had…") has other lower-case words, or a weekday or month first. The names
 * end where an outlet, a place or an aside starts ("By Jane Doe, Reuters", "… in Nairobi").
 */
function bylineNames(content: string): { start: number; end: number; dateline?: { start: number; parts: { date: DateParts | null; agency: string | null } } } | null {
  if (content.length > 120) return null;
  const { bylineOpeners, anyBylineOpener, bylineWords, months, weekdays, datelineWords } = lexicon();
  // "*By Jane Doe*": Markdown emphasis around the line.
  let lead = 0;
  while (lead < 3 && isEmphasis(content[lead])) lead++;
  const opened = content.slice(lead);
  if (!anyBylineOpener.some((opener) => opener.test(opened))) return null;
  let start = -1;
  for (const opener of bylineOpeners) {
    const match = opener.exec(opened);
    if (match) {
      start = lead + match[0].length;
      break;
    }
  }
  if (start < 0) return null;
  // `from` is the end of the names read so far.
  let from = start;
  // Asides in parentheses are blanked to spaces, so that offsets stay those of the line.
  const rest = content.replace(/\([^()]{0,80}\)/g, (aside) => " ".repeat(aside.length));
  let words = 0;
  let namesEnd = -1;
  // Lower-case words after the names ("| Staff writer", « - Aujourd'hui à 14h05 »): the line is a byline only if that tail is short.
  let tailHasProse = false;
  for (let at = from; at < rest.length; ) {
    const wordStart = at;
    at = wordEnd(rest, wordStart, rest.length);
    if (at === wordStart) {
      at++;
      continue;
    }
    const word = rest.slice(wordStart, at);
    const lower = word.toLowerCase();
    if (words === 0 && (months.has(lower) || weekdays.has(lower))) return null;
    words++;
    // After the names, a date, a number or a dateline word ("Published", « Publié ») may open a dateline.
    if (words > 1 && (isDigit(word.charCodeAt(0)) || months.has(lower) || weekdays.has(lower) || datelineWords.has(lower))) {
      const parts = readDateline(content.slice(wordStart));
      if (parts?.date) {
        const end = namesEnd >= 0 ? namesEnd : from;
        return end > start ? { start, end, dateline: { start: wordStart, parts } } : null;
      }
    }
    const first = word.charAt(0);
    const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    const bylineWord = bylineWords.has(lower) || BYLINE_PARTICLES.has(lower);
    if (namesEnd < 0 && words > 1 && BYLINE_SEPARATOR.test(rest.slice(from, wordStart))) namesEnd = from;
    if (namesEnd >= 0) {
      tailHasProse ||= !capitalised && !bylineWord;
      continue;
    }
    if (!capitalised && (words === 1 || !bylineWord)) return null;
    if (!capitalised && !BYLINE_PARTICLES.has(lower) && !BYLINE_JOINS.has(lower)) namesEnd = from;
    else from = at;
  }
  const end = namesEnd >= 0 ? namesEnd : from;
  const tail = rest.slice(end).replace(/^[\s,|–—-]+/, "").trim();
  if (tailHasProse && !isBylineTitle(tail) && !(tail.length <= 60 && CLOCK_END.test(tail))) return null;
  // A sentence ends with a period; a name ends with a letter (an initial's period aside), a time with "p.m.".
  if (words === 0 || (/[^\p{Lu}]\.$|[!?;:]$/u.test(rest.trim()) && !CLOCK_END.test(rest.trim()))) return null;
  return end > start ? { start, end } : null;
}
