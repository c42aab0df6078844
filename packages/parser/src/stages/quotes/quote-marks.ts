/** A stretch between matching quotation marks. */
export interface MarkedQuote {
  /** Index of the opening mark. */
  open: number;
  /** Inner text, spaces trimmed: `start` is after the opening mark and its spaces. */
  start: number;
  end: number;
  /** Index just after the closing mark. */
  close: number;
}

/** Opening marks, by the UTF-16 code of the mark that closes them. */
const OPENING_OF: Record<number, number> = { 0xbb: 0xab, 0x201d: 0x201c, 0x203a: 0x2039 };
const STRAIGHT = 0x22;
/** "‘‘ … ’’": two single marks written for one double mark, as some sites do; a single one is an apostrophe. */
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
/** Spaces that may pad the inside of guillemets: ordinary, no-break, narrow no-break, thin. */
const PADDING = /[\s\u00a0\u202f\u2009\u2007]/;
/** Nesting beyond this is noise (a run of «): deeper marks are ignored, which keeps the scan linear. */
const MAX_DEPTH = 3;

/** Per UTF-16 code, 2 when it is padding, 1 when not, 0 until `PADDING` is first tested on it. */
const paddingCodes = new Uint8Array(0x10000);

/** Whether the character at `i` is padding (false past the text's ends). */
function isPaddingAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (paddingCodes[code] === 0) paddingCodes[code] = PADDING.test(text[i] as string) ? 2 : 1;
  return paddingCodes[code] === 2;
}

/** Whether a straight double quote at `i` opens (rather than closes) a quotation. */
function opensStraight(text: string, i: number): boolean {
  if (i + 1 >= text.length || isPaddingAt(text, i + 1)) return false;
  return i === 0 || isPaddingAt(text, i - 1) || "([{—–-:;,«“‘/".includes(text[i - 1] as string);
}

/** Skips padding and line breaks from `i`; returns the first other index. */
function skipBlank(text: string, i: number): number {
  let j = i;
  while (isPaddingAt(text, j)) j++;
  return j;
}

/**
 * Finds the outermost quotations in `text`, in order. A quotation ends at its paragraph unless the
 * next paragraph reopens with the same mark (the convention for a quote over several paragraphs);
 * an unclosed mark is dropped, and the quotations it seemed to hold are read on their own. One
 * pass, bounded nesting: linear in the text length.
 */
export function findMarkedQuotes(text: string): MarkedQuote[] {
  const found: MarkedQuote[] = [];
  /** The open marks, outermost first: each one's code, index and length, `depth` of them. */
  const openMarks = new Array<number>(MAX_DEPTH).fill(0);
  const openAt = new Array<number>(MAX_DEPTH).fill(0);
  const openLength = new Array<number>(MAX_DEPTH).fill(1);
  let depth = 0;
  /** Quotations closed right inside the open outermost mark: its own if it closes, the text's if it never does. */
  let heldInside: MarkedQuote[] = [];
  const interesting = /[«»“”‹›"\n‘’]/g;
  // `test` leaves `lastIndex` after the one-character match, and makes no match object.
  while (interesting.test(text)) {
    const i = interesting.lastIndex - 1;
    const code = text.charCodeAt(i);
    if (code === 10) {
      if (depth === 0) continue;
      const outer = openMarks[0]!;
      const next = skipBlank(text, i);
      const reopens =
        outer === STRAIGHT ? text.charCodeAt(next) === STRAIGHT && opensStraight(text, next) : text.charCodeAt(next) === outer && (outer !== LEFT_SINGLE || text.charCodeAt(next + 1) === outer);
      if (reopens) {
        // The quotation goes on in the next paragraph: inner marks of the old one are forgotten.
        depth = 1;
        interesting.lastIndex = next + openLength[0]!;
        continue;
      }
      dropUnclosed();
      continue;
    }
    if (code === LEFT_SINGLE || code === RIGHT_SINGLE) {
      const second = text.charCodeAt(i + 1);
      // "’’" closes, and so does "’‘" typed for it; "‘‘" opens. An apostrophe before "‘‘" (« l’‘‘autre’’ ») is left alone.
      const doubledOpen = innermost(LEFT_SINGLE);
      if (code === RIGHT_SINGLE && doubledOpen >= 0 && (second === RIGHT_SINGLE || second === LEFT_SINGLE)) {
        closeAt(i, doubledOpen, 2);
        interesting.lastIndex = i + 2;
      } else if (code === LEFT_SINGLE && second === LEFT_SINGLE) {
        push(LEFT_SINGLE, i, 2);
        interesting.lastIndex = i + 2;
      }
      continue;
    }
    if (code === STRAIGHT) {
      if (depth > 0 && openMarks[depth - 1] === STRAIGHT) closeAt(i, depth - 1);
      else if (opensStraight(text, i)) push(code, i);
      else closeAt(i, innermost(STRAIGHT));
      continue;
    }
    const opening = OPENING_OF[code];
    if (opening === undefined) push(code, i);
    else closeAt(i, innermost(opening));
  }
  dropUnclosed();
  return found;

  /** The depth of the innermost open `mark`, or -1. */
  function innermost(mark: number): number {
    let at = depth - 1;
    while (at >= 0 && openMarks[at] !== mark) at--;
    return at;
  }

  /** The outermost mark never closed (a typo, a cut text): what it held are quotations of their own. */
  function dropUnclosed(): void {
    depth = 0;
    for (const quote of heldInside) found.push(quote);
    if (heldInside.length > 0) heldInside = [];
  }

  function push(mark: number, at: number, length = 1): void {
    if (depth === MAX_DEPTH) return;
    openMarks[depth] = mark;
    openAt[depth] = at;
    openLength[depth] = length;
    depth++;
  }

  /** Closes the mark open at depth `at` (none when -1) with the `length` characters at index `i`; an outermost close is a quotation. */
  function closeAt(i: number, at: number, length = 1): void {
    if (at < 0) return;
    depth = at;
    if (at > 1) return;
    const open = openAt[at]!;
    let start = open + openLength[at]!;
    let end = i;
    while (start < end && isPaddingAt(text, start)) start++;
    while (end > start && isPaddingAt(text, end - 1)) end--;
    const quote = { open, start, end, close: i + length };
    if (at === 1) {
      if (end > start) heldInside.push(quote);
      return;
    }
    if (heldInside.length > 0) heldInside = [];
    if (end > start) found.push(quote);
  }
}
