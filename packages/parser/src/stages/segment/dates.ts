/** Dates in short strings: day, month and year read from datelines and front matter, as YYYY-MM-DD. */
import { UNDECIDED, lowerCode } from "../word-table.js";
import { isDigit } from "./chars.js";
import { lexicon } from "./lexicon.js";
import { wordSpans } from "./words.js";

export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** "12/04/2022", "12.04.2022" */
const NUMERIC_DATE = /(\d{1,2})[/.](\d{1,2})[/.](\d{4})/;

/** "14/09" alone: no number, slash or period glued to either side. */
const DAY_MONTH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/.])/;

const ISO_DATE_INSIDE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Whether `text` holds a digit, then `separator` or `otherSeparator` (char codes), then a digit. */
function hasDigitSeparatorDigit(text: string, separator: number, otherSeparator: number): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === separator || code === otherSeparator) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** The first date in a short string: "7 mai 2017", "January 4, 2019", "Feb 22", "12/04/2022", "December 2004". */
export function findDate(body: string): DateParts | null {
  // Each regex runs only on a string with what it needs: a digit, a separator and a digit in a row.
  const numeric = hasDigitSeparatorDigit(body, 47, 46) ? NUMERIC_DATE.exec(body) : null;
  if (numeric) {
    let day = Number(numeric[1]);
    let month = Number(numeric[2]);
    // "02/20/2026": a second number above twelve is the day of an American date.
    if (month > 12 && day >= 1 && day <= 12) [day, month] = [month, day];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: Number(numeric[3]), month, day };
  }
  // « le 14/09 »: a day and a month without the year.
  const dayMonth = numeric === null && hasDigitSeparatorDigit(body, 47, 47) ? DAY_MONTH.exec(body) : null;
  if (dayMonth) {
    const day = Number(dayMonth[1]);
    const month = Number(dayMonth[2]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { year: null, month, day };
  }
  const iso = hasDigitSeparatorDigit(body, 45, 45) ? ISO_DATE_INSIDE.exec(body) : null;
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  // Read in place: no word is sliced or lower-cased.
  const spans = wordSpans(body);
  const count = spans.length / 2;
  const dayAt = (i: number) => (i >= 0 && i < count ? dayNumber(body, spans[2 * i]!, spans[2 * i + 1]!) : null);
  const yearAt = (i: number) => (i < count && isYear(body, spans[2 * i]!, spans[2 * i + 1]!) ? Number(body.slice(spans[2 * i], spans[2 * i + 1])) : null);
  for (let i = 0; i < count; i++) {
    const month = monthNumber(body, spans[2 * i]!, spans[2 * i + 1]!);
    if (month === undefined) continue;
    const before = dayAt(i - 1);
    const after = dayAt(i + 1);
    let day: number | null = before;
    let yearIndex = i + 1;
    if (day === null && after !== null && yearAt(i + 1) === null) {
      day = after;
      yearIndex = i + 2;
    }
    const year = yearAt(yearIndex);
    if (day === null && year === null) continue;
    return { year, month, day };
  }
  return null;
}

/** The month `text[from, to)` names in any case ("Feb", « mars »), or undefined. */
function monthNumber(text: string, from: number, to: number): number | undefined {
  const { monthTable, monthNumbers, months } = lexicon();
  const found = monthTable.find(text, from, to);
  return found >= 0 ? monthNumbers[found] : found === UNDECIDED ? months.get(text.slice(from, to).toLowerCase()) : undefined;
}

/** The day the word `text[from, to)` gives ("7", "1er", "22ND"): one or two digits and maybe an ordinal's ending in any case. */
function dayNumber(text: string, from: number, to: number): number | null {
  let digitsEnd = from;
  while (digitsEnd < to && isDigit(text.charCodeAt(digitsEnd))) digitsEnd++;
  const digits = digitsEnd - from;
  if (digits === 0 || digits > 2) return null;
  if (digitsEnd < to && !isOrdinalEnding(lowerCode(text.charCodeAt(digitsEnd)), to - digitsEnd === 2 ? lowerCode(text.charCodeAt(digitsEnd + 1)) : -1)) return null;
  const day = digits === 1 ? text.charCodeAt(from) - 48 : (text.charCodeAt(from) - 48) * 10 + text.charCodeAt(from + 1) - 48;
  return day >= 1 && day <= 31 ? day : null;
}

/** "er", "st", "nd", "rd", "th" as two lower-case char codes. */
function isOrdinalEnding(first: number, second: number): boolean {
  // e r, s t, n d, r d, t h
  return (first === 101 && second === 114) || (first === 115 && second === 116) || (first === 110 && second === 100) || (first === 114 && second === 100) || (first === 116 && second === 104);
}

/** "2019": the word `text[from, to)` is four digits. */
function isYear(text: string, from: number, to: number): boolean {
  return to - from === 4 && isDigit(text.charCodeAt(from)) && isDigit(text.charCodeAt(from + 1)) && isDigit(text.charCodeAt(from + 2)) && isDigit(text.charCodeAt(from + 3));
}

/** "2024-03-01" for a day that exists, else null; counted without a Date, as `Date.UTC` would tell it. */
export function isoDate(year: number, month: number, day: number): string | null {
  // Date.UTC reads the years 0–99 as 1900–1999, so theirs are the leap years that count.
  const calendarYear = year >= 0 && year <= 99 ? 1900 + year : year;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(calendarYear, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** "2022-03-02", "2022-03-02T10:00:00Z", a Date, or a dateline-like string → YYYY-MM-DD, or null. */
export function normaliseDate(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  const iso = ISO_DATE.exec(value.trim());
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parts = findDate(value.slice(0, 100));
  return parts && parts.year !== null && parts.day !== null ? isoDate(parts.year, parts.month, parts.day) : null;
}
