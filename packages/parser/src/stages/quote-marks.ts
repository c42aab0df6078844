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

const CLOSING: Record<string, string> = { "«": "»", "“": "”", "‹": "›", '"': '"' };
/** Spaces that may pad the inside of guillemets: ordinary, no-break, narrow no-break, thin. */
const PADDING = /[\s\u00a0\u202f\u2009\u2007]/;
/** Nesting beyond this is noise (a run of «): deeper marks are ignored, which keeps the scan linear. */
const MAX_DEPTH = 3;

function isPadding(char: string | undefined): boolean {
  return char !== undefined && PADDING.test(char);
}

/** Whether a straight double quote at `i` opens (rather than closes) a quotation. */
function opensStraight(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (after === undefined || isPadding(after)) return false;
  return before === undefined || isPadding(before) || "([{—–-:;,«“‘/".includes(before);
}

/** Skips padding and line breaks from `i`; returns the first other index. */
function skipBlank(text: string, i: number): number {
  let j = i;
  while (j < text.length && isPadding(text[j])) j++;
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
  const stack: { mark: string; at: number }[] = [];
  /** Quotations closed right inside the open outermost mark: its own if it closes, the text's if it never does. */
  let heldInside: MarkedQuote[] = [];
  const interesting = /[«»“”‹›"\n]/g;
  // `test` leaves `lastIndex` after the one-character match, and makes no match object.
  while (interesting.test(text)) {
    let i = interesting.lastIndex - 1;
    const char = text[i] as string;
    if (char === "\n") {
      if (stack.length === 0) continue;
      const outer = stack[0] as { mark: string; at: number };
      const next = skipBlank(text, i);
      const reopens = outer.mark === '"' ? text[next] === '"' && opensStraight(text, next) : text[next] === outer.mark;
      if (reopens) {
        // The quotation goes on in the next paragraph: inner marks of the old one are forgotten.
        stack.length = 1;
        i = next;
        interesting.lastIndex = next + 1;
        continue;
      }
      dropUnclosed();
      continue;
    }
    const top = stack[stack.length - 1];
    if (char === '"') {
      if (top?.mark === '"') closeAt(i);
      else if (opensStraight(text, i)) push(char, i);
      else if (stack.some((entry) => entry.mark === '"')) closeAt(i, '"');
      continue;
    }
    if (char === "«" || char === "“" || char === "‹") {
      push(char, i);
      continue;
    }
    if (char === "»" || char === "”" || char === "›") {
      const mark = char === "»" ? "«" : char === "”" ? "“" : "‹";
      if (stack.some((entry) => entry.mark === mark)) closeAt(i, mark);
    }
  }
  dropUnclosed();
  return found;

  /** The outermost mark never closed (a typo, a cut text): what it held are quotations of their own. */
  function dropUnclosed(): void {
    stack.length = 0;
    found.push(...heldInside);
    heldInside = [];
  }

  function push(mark: string, at: number): void {
    if (stack.length < MAX_DEPTH) stack.push({ mark, at });
  }

  /** Closes the innermost open `mark` (or the top) at index `i`; an outermost close is a quotation. */
  function closeAt(i: number, mark?: string): void {
    let depth = stack.length - 1;
    if (mark !== undefined) while (depth >= 0 && stack[depth]?.mark !== mark) depth--;
    if (depth < 0) return;
    const opened = stack[depth] as { mark: string; at: number };
    stack.length = depth;
    if (depth > 1 || CLOSING[opened.mark] === undefined) return;
    let start = opened.at + 1;
    let end = i;
    while (start < end && isPadding(text[start])) start++;
    while (end > start && isPadding(text[end - 1])) end--;
    const quote = { open: opened.at, start, end, close: i + 1 };
    if (depth === 1) {
      if (end > start) heldInside.push(quote);
      return;
    }
    heldInside = [];
    if (end > start) found.push(quote);
  }
}
