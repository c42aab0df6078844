/** Datelines: reading "PLACE, date (AGENCY) -" opening the first paragraph, and telling whether a line is one. */
import type { DocumentContext } from "../context.js";
import { UNDECIDED } from "../word-table.js";
import { CAPITAL, isBmpCapital, isCasedCapital, isDash, isDigit, isRegexSpace } from "./chars.js";
import { type DateParts, findDate, isoDate } from "./dates.js";
import { ACRONYM, DATELINE_TIME_WORDS, knownOutlet, lexicon } from "./lexicon.js";
import type { Line } from "./lines.js";
import { wordEnd, wordsOf } from "./words.js";

// "(AIP)- Le président": after an agency's parenthesis, the dash may be glued to it.
// « Addis-Abeba, le 10 février 2019, WAFA- Dimanche »: so may it be to an agency's acronym.
// "(ACP).- Le ministre", "(HNA)-Le ministre": after the parenthesis, a period may come first and no space after.
const DATELINE_DASH = /\s(?:[-–—]|\.\s?[-–—])\s?|\s?\.\s[-–—]|(?<=\s\p{Lu}{2,6})[-–—]\s|(?<=\))\.?[-–—]{1,2}\s?/gu;

const AGENCY = /^\(([\p{L}][\p{L}\p{N} .&-]{0,40})\)$/u;

/** "(Harbour News / HNA - 03rd April, 2025)": outlets, then a dash and the date, in one parenthesis. */
const DATED_CREDIT = /\((\p{Lu}[\p{L}\p{N} .&/–—-]{0,60}?)\s[-–—]\s(\d[\p{L}\p{N} ,.]{3,30}?)\s?\)/u;

/** " /Harbourwire/" closing a dateline. */
const SLASHED_AGENCY = /\s\/(\p{Lu}[\p{L}\p{N}.&-]{1,30})\/$/u;

/** ", WAFA" closing a dateline. */
const TRAILING_AGENCY = /,\s(\p{Lu}{2,6})$/u;

const TWO_CAPITALS = /\p{Lu}[^]*\p{Lu}/u;

/**
 * A dateline opening one of the first paragraphs ("WASHINGTON, Feb 22 (Reuters) - …") stays in it.
 * After a dateline line ("Wednesday, December 3, 2025"), it still names the agency.
 */
export function readDatelinePrefix(ctx: DocumentContext, blocks: Line[]): void {
  for (let i = 0; i < Math.min(3, blocks.length); i++) {
    const block = blocks[i]!;
    const content = ctx.text.slice(block.start, Math.min(block.end, block.start + 120));
    let prefixEnd = datelinePrefixEnd(content);
    let prefix = prefixEnd > 0 ? readDateline(content.slice(0, prefixEnd), true) : null;
    // « Lomé, 5 mai 2025 - (HNA) Le ministre… »: the agency's acronym right after the dash.
    const agencyAfter = prefix && !prefix.agency ? AGENCY_AFTER_DASH.exec(content.slice(prefixEnd)) : null;
    if (prefix && agencyAfter) {
      prefix = { date: prefix.date, agency: agencyAfter[1]! };
      prefixEnd += agencyAfter[0].length;
    }
    if (!prefix) {
      prefixEnd = agencyPrefixEnd(content);
      prefix = prefixEnd > 0 ? datedAgencyPrefix(content.slice(0, prefixEnd)) : null;
    }
    if (!prefix) {
      const agencyFirst = AGENCY_THEN_DATE.exec(content);
      const parts = agencyFirst ? readDateline(agencyFirst[2]!) : null;
      prefixEnd = agencyFirst ? agencyFirst[0].length : -1;
      prefix = parts?.date && parts.date.day !== null && !parts.agency ? { date: parts.date, agency: agencyFirst![1]! } : null;
    }
    if (prefix) {
      useDateline(ctx, prefix);
      // The one inside the text is the dateline the later stages must read past.
      ctx.dateline = { start: block.start, end: block.start + prefixEnd, text: content.slice(0, prefixEnd) };
      return;
    }
  }
}

export function useDateline(ctx: DocumentContext, dateline: { date: DateParts | null; agency: string | null }): void {
  const date = dateline.date;
  if (ctx.publishedAt === null && date && date.year !== null && date.day !== null) {
    ctx.publishedAt = isoDate(date.year, date.month, date.day);
  }
  if (ctx.source === null && dateline.agency) ctx.source = dateline.agency;
}

/**
 * "New Delhi, Jan 11 (PTI) India on…", "BEIJING, June 18 (Xinhua): China…": where a dateline that
 * its agency closes, with no dash after it, ends (past the colon and spaces), or -1.
 */
function agencyPrefixEnd(content: string): number {
  const close = content.indexOf(")");
  if (close < 0 || close > 80) return -1;
  let end = close + 1;
  // ") :Federal…": a space may come before the colon, none after it.
  if (isRegexSpace(content.charCodeAt(end)) && content.charCodeAt(end + 1) === 58) end++;
  if (content.charCodeAt(end) === 58) end++;
  const spaces = end;
  while (end < content.length && isRegexSpace(content.charCodeAt(end))) end++;
  return (end > spaces || content.charCodeAt(end - 1) === 58) && isCasedCapital(content.charCodeAt(end)) ? end : -1;
}

/** "(HNA) " opening what follows a dateline's dash. */
const AGENCY_AFTER_DASH = /^\((\p{Lu}{2,6})\)\s*(?=\p{Lu})/u;

/** « DIA-06 août 2023: Le président… »: an agency's acronym, a dash, the date, then a colon or a dash. */
const AGENCY_THEN_DATE = /^(\p{Lu}{2,6})\s?[-–—]\s?(\d[^:–—\n]{3,40}?)\s?[:–—-]\s+(?=\p{Lu})/u;

/**
 * A dateline without a dash is read only with a date and an agency that is one for sure (an
 * acronym, an outlet the gazetteer knows): "Narendra Modi (BJP) said" is a sentence.
 */
function datedAgencyPrefix(prefix: string): { date: DateParts | null; agency: string | null } | null {
  const parts = readDateline(prefix.replace(/[:\s]+$/u, ""), true);
  if (!parts?.date || !parts.agency) return null;
  return ACRONYM.test(parts.agency) || knownOutlet(parts.agency) !== null || DATED_CREDIT.test(prefix) ? parts : null;
}

/** Where a dateline prefix ends in a paragraph's first 120 characters (after its dash), or -1. */
function datelinePrefixEnd(content: string): number {
  if (!hasSpacedDash(content, 120)) return -1;
  DATELINE_DASH.lastIndex = 0;
  const head = content.slice(0, 120);
  const match = DATELINE_DASH.exec(head);
  if (!match || match.index === 0) return -1;
  // "ISLAMABAD (HNA - 29th April, 2021)": a dash inside a parenthesis ends no dateline.
  const before = head.slice(0, match.index);
  if (before.lastIndexOf("(") > before.lastIndexOf(")")) return -1;
  return match.index + match[0].length;
}

/** Whether a dash follows a space, a period or a closing parenthesis in the first `limit` characters: what every `DATELINE_DASH` match holds. */
function hasSpacedDash(content: string, limit: number): boolean {
  const end = Math.min(content.length, limit);
  for (let i = 1; i < end; i++) {
    if (isDash(content.charCodeAt(i))) {
      const before = content.charCodeAt(i - 1);
      if (before === 46 || before === 41 || isRegexSpace(before) || (isBmpCapital(before) && isRegexSpace(content.charCodeAt(i + 1)))) return true;
    }
  }
  return false;
}

/**
 * Reads a dateline: optional place names in capitals, a date (day month year in any order the
 * languages use, or dd/mm/yyyy), an optional time and an optional "(Agency)". Every other word
 * must be a dateline word, so ordinary sentences are not mistaken for one.
 */
export function readDateline(content: string, agencyAlone = false): { date: DateParts | null; agency: string | null } | null {
  if (content.length > 100 || !mayBeDateline(content)) return null;
  let body = withoutClosingDash(content).trim();
  let agency: string | null = null;
  const open = body.lastIndexOf("(");
  if (open >= 0) {
    const close = body.indexOf(")", open);
    const inside = AGENCY.exec(body.slice(open, close + 1));
    const credit = inside ? null : DATED_CREDIT.exec(body.slice(open, close + 1));
    if (close > open && inside) {
      agency = fullNameBefore(body.slice(0, open), inside[1]!.trim());
      body = (body.slice(0, open) + body.slice(close + 1)).trim();
    } else if (close > open && credit) {
      // "(Harbour News / HNA - 03rd April, 2025)": the first outlet is the story's, the date is the dateline's.
      agency = credit[1]!.split(/\/|\s[-–—]\s/u)[0]!.trim();
      body = (body.slice(0, open) + " " + credit[2]! + body.slice(close + 1)).trim();
    }
  }
  // "LONDON, March 3, 2025 /Harbourwire/": a press-release wire between slashes.
  const slashed = agency === null && body.endsWith("/") ? SLASHED_AGENCY.exec(body) : null;
  if (slashed) {
    agency = slashed[1]!;
    body = body.slice(0, slashed.index);
  }
  // « …, le 10 février 2019, WAFA »: an agency's acronym after the date, past a comma.
  const trailing = agency === null && mayEndWithCapital(body) ? TRAILING_AGENCY.exec(body) : null;
  if (trailing && !isDatelineToken(trailing[1]!, 0, trailing[1]!.length) && findDate(body.slice(0, trailing.index))) {
    agency = trailing[1]!;
    body = body.slice(0, trailing.index);
  }
  let capitalisedOnly = true;
  let words = 0;
  for (let at = 0; at < body.length; ) {
    const wordStart = at;
    at = wordEnd(body, wordStart, body.length);
    if (at === wordStart) {
      at++;
      continue;
    }
    words++;
    // A number: a day, a year, a time ("14h30").
    if (isDigit(body.charCodeAt(wordStart)) || isDatelineToken(body, wordStart, at)) continue;
    if (!isCasedCapital(body.charCodeAt(wordStart))) return null;
    if (capitalisedOnly) {
      const word = body.slice(wordStart, at);
      capitalisedOnly = word === word.toUpperCase();
    }
  }
  // "(Bloomberg) --": an outlet alone may open the story's first paragraph.
  // Two capitals at least, as outlets have, or one the gazetteer knows ("(Photo) —" names none).
  if (words === 0) return agency && agencyAlone && (knownOutlet(agency) !== null || TWO_CAPITALS.test(agency)) ? { date: null, agency } : null;
  // Read only now: most lines are sentences, and a lower-case word above already turned them down.
  const date = findDate(body);
  if (date) return { date, agency };
  // A place alone ("BRASÍLIA, Brazil –") is a dateline only with an agency or in capitals.
  if (agency || (capitalisedOnly && /\p{Lu}{3}/u.test(body) && !holdsNonPlaceFunctionWord(body))) return { date: null, agency };
  return null;
}

/** Whether the text may end with a capital letter: its last character is one in ASCII or none of ASCII. What `TRAILING_AGENCY` needs. */
function mayEndWithCapital(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return (last >= 65 && last <= 90) || last > 127;
}

/** Function words that names of places hold ("LA PAZ", "THE HAGUE", "BOSNIA AND HERZEGOVINA", « PORT-AU-PRINCE »). */
const PLACE_FUNCTION_WORDS = new Set(["le", "la", "les", "l", "des", "du", "de", "au", "aux", "et", "the", "of", "and"]);

/** « SUR L'INFLATION »: a heading in capitals holds a function word that no place's name does. */
function holdsNonPlaceFunctionWord(body: string): boolean {
  const { functionWords } = lexicon();
  return wordsOf(body).some((word) => {
    const lower = word.toLowerCase();
    return functionWords.has(lower) && !PLACE_FUNCTION_WORDS.has(lower);
  });
}

/**
 * "Harbour Press Network (HPN)": the agency's full name when the words right before its
 * acronym spell it, else the acronym.
 */
function fullNameBefore(before: string, agency: string): string {
  if (!ACRONYM.test(agency)) return agency;
  const words = [...before.matchAll(/[\p{L}\p{N}]+/gu)].slice(-agency.length);
  // Spelt in words that open with its letters, each a capital and small letters (a place in capitals is none), with no comma between them.
  if (words.length < agency.length || words.some((word, i) => word[0].charAt(0) !== agency.charAt(i) || word[0] === word[0].toUpperCase())) return agency;
  const fullName = before.slice(words[0]!.index).replace(/[\s/,]+$/u, "");
  return fullName.includes(",") ? agency : fullName;
}

/**
 * The content without its closing dash and the spaces and period around it (" . –", " —"): what
 * `content.replace(/\s*(?:\.\s*)?[-–—]+\s*$/, "")` leaves, read backwards from the end.
 */
export function withoutClosingDash(content: string): string {
  let end = content.length;
  while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  if (end === 0 || !isDash(content.charCodeAt(end - 1))) return content;
  while (end > 0 && isDash(content.charCodeAt(end - 1))) end--;
  while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  if (end > 0 && content.charCodeAt(end - 1) === 46) {
    end--;
    while (end > 0 && isRegexSpace(content.charCodeAt(end - 1))) end--;
  }
  return content.slice(0, end);
}

/** Words a dateline may hold besides places and numbers: months, weekdays, dateline words, "h", "er", "gmt", "utc". */
export function isDatelineToken(text: string, from: number, to: number): boolean {
  const { datelineTokens, months, weekdays, datelineWords } = lexicon();
  const found = datelineTokens.find(text, from, to);
  if (found !== UNDECIDED) return found >= 0;
  const lower = text.slice(from, to).toLowerCase();
  return months.has(lower) || weekdays.has(lower) || datelineWords.has(lower) || DATELINE_TIME_WORDS.includes(lower);
}

/**
 * What every dateline holds: a digit (its date), an agency's parenthesis, or a place in three
 * capitals or more. Most lines are sentences without any, and are turned down here in one pass.
 */
export function mayBeDateline(content: string): boolean {
  let capitalRun = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if ((code >= 48 && code <= 57) || code === 40) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const pair = content.slice(i, i + 2);
      capitalRun = CAPITAL.test(pair) ? capitalRun + 1 : 0;
      if (pair.length === 2) i++;
    } else {
      capitalRun = isBmpCapital(code) ? capitalRun + 1 : 0;
    }
    if (capitalRun >= 3) return true;
  }
  return false;
}
