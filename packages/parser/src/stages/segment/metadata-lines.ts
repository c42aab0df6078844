/** Metadata lines among the first body lines: agency credits, outlet and place, datelines and timestamps alone, a page's metadata. */
import { locales } from "../../locales/index.js";
import type { DocumentContext } from "../context.js";
import { afterBylineOpener, firstOpeningLine } from "./bylines.js";
import { isDash, isDigit, isRegexSpace } from "./chars.js";
import { isDatelineToken, readDateline, useDateline } from "./datelines.js";
import { knownOutlet } from "./lexicon.js";
import type { Line } from "./lines.js";
import { wordsOf } from "./words.js";

/** What separates the parts of a credit line ("ANI | New Delhi | Updated: …"). */
const CREDIT_SEPARATOR = /\s[|/]\s/u;

/** A place in a credit line: one to four capitalised words. */
const CREDIT_PLACE = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;

/**
 * A line of the first three that credits an agency over the story ("Reuters", "ANI | New Delhi |
 * Updated: Oct 26, 2020", "Monday, 26 October 2020 | PTI"): one part is an outlet the gazetteer
 * knows, each other part a place or a dateline. It is not a paragraph; the agency is the source
 * and a dateline part gives the publication date.
 */
export function removeAgencyCreditLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => {
    if (content.length > 100) return null;
    // Most lines hold no separator's character, and are one part.
    const parts = content.includes("|") || content.includes("/") ? content.split(CREDIT_SEPARATOR).map((part) => part.trim()) : [content.trim()];
    // "Par AFP", "By Reuters": an agency's part may open as a byline does.
    const agencies = parts.map((part) => knownOutlet(afterBylineOpener(part) ?? part));
    const agencyAt = agencies.findIndex((agency) => agency !== null);
    if (agencyAt < 0) return null;
    const datelines = parts.map((part, k) => (k === agencyAt ? null : readDateline(part)));
    if (!parts.every((part, k) => k === agencyAt || datelines[k] !== null || CREDIT_PLACE.test(part))) return null;
    return { agency: agencies[agencyAt]!, dateline: datelines.find((found) => found?.date) ?? null };
  });
  if (!opening) return;
  const { index, line, found } = opening;
  if (found.dateline) useDateline(ctx, found.dateline);
  if (ctx.source === null) ctx.source = found.agency;
  lines[index] = { start: line.end, end: line.end, text: "" };
}

/** An outlet's name: two to six words, capitalised but for the small words names hold. */
const OUTLET_NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}(?:\\s(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}|and|the|of|et|de|du|des|la|le|al|el)){0,4}\\s\\p{Lu}[\\p{L}\\p{N}&'’.-]{0,30}";

/** "Harbour Daily Tribune (Port Louis)": the outlet and, in parentheses, the city it writes from. */
const OUTLET_AT_PLACE = new RegExp(`^(${OUTLET_NAME})\\s\\(([\\p{L}'’ .-]{2,40})\\)$`, "u");

/** "Harbourtown: The Harbour Ledger", « Port-Louis - Le Courrier du Port »: the city, then the outlet. */
const PLACE_THEN_OUTLET = new RegExp(`^([\\p{L}'’ .-]{2,40}?)\\s?[:–—-]\\s(${OUTLET_NAME})$`, "u");

let knownPlaces: Set<string> | null = null;

/** Whether the gazetteer knows `name` as a place. */
function isKnownPlace(name: string): boolean {
  if (!knownPlaces) {
    knownPlaces = new Set();
    for (const locale of Object.values(locales)) for (const place of locale.entities.places) knownPlaces.add(place.name.toLowerCase());
  }
  return knownPlaces.has(name.toLowerCase());
}

/**
 * A line of the first three that is only an outlet's name beside a city the gazetteer knows
 * ("Harbour Daily Tribune (Port Louis)", "Harbourtown: The Harbour Ledger"): the outlet credits
 * itself over the story, and is the source. The city first, it is a dateline, no paragraph; the
 * outlet first, a credit block's line that annotators count as one.
 */
export function removePlacedOutletLine(ctx: DocumentContext, lines: Line[]): void {
  let seen = 0;
  const opening = firstOpeningLine(lines, (content) => {
    seen++;
    if (content.length > 80) return null;
    const atPlace = content.endsWith(")") ? OUTLET_AT_PLACE.exec(content) : null;
    if (atPlace && isKnownPlace(atPlace[2]!.trim()) && !isKnownPlace(atPlace[1]!)) return { outlet: atPlace[1]!, dateline: false };
    // The city first only on the line right under the title: further down, "Harbourtown: Talks Resume" is a heading.
    const placeFirst = seen === 1 && hasSeparatorBeforeSpace(content) ? PLACE_THEN_OUTLET.exec(content) : null;
    if (placeFirst && isKnownPlace(placeFirst[1]!.trim()) && !isKnownPlace(placeFirst[2]!)) return { outlet: placeFirst[2]!, dateline: true };
    return null;
  });
  if (!opening) return;
  const { index, line, found } = opening;
  if (ctx.source === null) ctx.source = found.outlet;
  if (found.dateline) lines[index] = { start: line.end, end: line.end, text: "" };
}

/** Whether a colon or a dash comes right before a space: what every `PLACE_THEN_OUTLET` match holds. */
function hasSeparatorBeforeSpace(content: string): boolean {
  for (let i = 0; i + 1 < content.length; i++) {
    const code = content.charCodeAt(i);
    if ((code === 58 || isDash(code)) && isRegexSpace(content.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** A dateline alone on one of the first body lines is not a paragraph: it is blanked out. */
export function removeDatelineLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => readDateline(content) ?? timestampLine(content));
  if (!opening) return;
  const { index, line, found } = opening;
  useDateline(ctx, found);
  ctx.dateline = { start: line.start, end: line.end, text: line.text };
  lines[index] = { start: line.end, end: line.end, text: "" };
}

/** A time of day ("09:12", « 09h18 »). */
const CLOCK_TIME = /\d{1,2}[:h]\d{2}/u;

/** What a timestamp line holds: a digit or "ago". */
const DIGIT_OR_AGO = /\d|ago/i;

/**
 * A timestamp line without a date ("Updated 2 hours ago", « Dernière mise à jour à 09h18 », "10:42
 * AM EST"): only numbers and dateline words, with a time of day or "ago". It is no paragraph.
 */
function timestampLine(content: string): { date: null; agency: null } | null {
  // A time of day needs a digit: most lines have neither one nor "ago", and are not split into words.
  if (content.length > 60 || !DIGIT_OR_AGO.test(content)) return null;
  const words = wordsOf(content);
  if (words.length === 0 || !words.every((word) => isDigit(word.charCodeAt(0)) || isDatelineToken(word, 0, word.length))) return null;
  return CLOCK_TIME.test(content) || words.some((word) => word.toLowerCase() === "ago") ? { date: null, agency: null } : null;
}

/** What ends a sentence, as char codes: a metadata line ends with none (. ! ? » ” "). */
const SENTENCE_ENDS = new Set([46, 33, 63, 0xbb, 0x201d, 34]);

/** What separates the parts of a page's metadata line ("3 March 2024 | Press release", « 8 mai 2024 à 15h02 - Modifié : … »). */
const METADATA_SEPARATOR = /\s[|/–—-]\s/u;

/** A place in capitals and a comma opening a line ("MOSCOW,", « SAINT-DENIS, »): a wire dateline's. */
const WIRE_PLACE_OPENING = /^\p{Lu}[\p{Lu}'’. -]+,/u;

/** "… par Claire Moreau", "… by Jane Doe" closing a metadata line: its author. */
const METADATA_AUTHOR = /\s(?:par|by)\s(\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3})$/u;

/**
 * A line of the page's metadata among the first lines ("03/04/2024 | Press release | Distributed by …",
 * « 8 mai 2024 à 15h02 - Modifié : 8 mai 2024 à 15h16 par Claire Moreau »): it opens with a full date,
 * then other parts after a spaced separator, and ends no sentence. It is not a paragraph; its date
 * is the publication date and an author it closes with is the byline.
 */
export function removeMetadataLine(ctx: DocumentContext, lines: Line[]): void {
  const opening = firstOpeningLine(lines, (content) => {
    if (content.length > 160 || SENTENCE_ENDS.has(content.charCodeAt(content.length - 1))) return null;
    const separator = METADATA_SEPARATOR.exec(content);
    if (!separator || separator.index === 0) return null;
    // "MOSCOW, March 3 (Reuters) - Kremlin spokesman …", its sentence wrapped onto the next line: a wire dateline opens a
    // paragraph, with a place in capitals or an agency, where a metadata line opens with its date.
    if (WIRE_PLACE_OPENING.test(content)) return null;
    const parts = readDateline(content.slice(0, separator.index));
    return parts?.date && parts.date.day !== null && parts.agency === null ? parts : null;
  });
  if (!opening) return;
  const { index, line, found } = opening;
  // "3 March 2024 - The council met on Monday to discuss" going on in the next line is a paragraph's sentence, wrapped.
  if ((lines[index + 1]?.text ?? "") !== "") return;
  useDateline(ctx, found);
  const author = METADATA_AUTHOR.exec(line.text);
  if (author && !ctx.byline) {
    const start = line.end - author[1]!.length;
    ctx.byline = { start, end: line.end, text: ctx.text.slice(start, line.end) };
  }
  lines[index] = { start: line.end, end: line.end, text: "" };
}
