/** Character tests on UTF-16 codes: spaces, dashes, digits, capitals, small letters, letters and emphasis marks. */

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x3000 || code === 0x0b || code === 0x0c || code === 0xfeff;
}

export function isEmphasis(char: string | undefined): boolean {
  return char === "*" || char === "_";
}

/** Per UTF-16 code: 0 not yet known, 1 a character that changes in upper case and not in lower case (a small letter), 2 not. */
const casedLower = new Uint8Array(0x10000);

export function isCasedLower(code: number): boolean {
  let known = casedLower[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char === char.toLowerCase() && char !== char.toUpperCase() ? 1 : 2;
    casedLower[code] = known;
  }
  return known === 1;
}

/** What `\s` matches in a regex (and `trim` removes). */
export function isRegexSpace(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** "-", "–", "—" */
export function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014;
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Per UTF-16 code: 0 not yet known, 1 a character that changes in lower case and not in upper case (a capital), 2 not. */
const casedCapital = new Uint8Array(0x10000);

export function isCasedCapital(code: number): boolean {
  let known = casedCapital[code]!;
  if (known === 0) {
    const char = String.fromCharCode(code);
    known = char !== char.toLowerCase() && char === char.toUpperCase() ? 1 : 2;
    casedCapital[code] = known;
  }
  return known === 1;
}

export const CAPITAL = /^\p{Lu}$/u;

/** Per UTF-16 code below 0x10000: 0 not yet known, 1 a capital letter, 2 not. */
const bmpCapital = new Uint8Array(0x10000);

export function isBmpCapital(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let known = bmpCapital[code]!;
  if (known === 0) {
    known = CAPITAL.test(String.fromCharCode(code)) ? 1 : 2;
    bmpCapital[code] = known;
  }
  return known === 1;
}

const LETTER = /^\p{L}$/u;

/** Per UTF-16 code: 0 not yet known, 1 a letter (a surrogate alone is none), 2 not. */
const bmpLetter = new Uint8Array(0x10000);

export function isBmpLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = bmpLetter[code]!;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    bmpLetter[code] = known;
  }
  return known === 1;
}
