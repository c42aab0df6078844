/** Words quoted again without a verb of saying, given to the one who said them first. */
import { letterOrDigitLength } from "../quotes/reporting-verbs.js";
import type { Speaker } from "./speakers.js";
import { withoutAccents } from "./text.js";

/** An attributed quote, for finding its words quoted again. */
export interface SaidWords {
  text: string;
  /** Its `quotedWords`, read when an echo is first looked for in it: most quotes are never compared. */
  words: ReadonlySet<string> | null;
  speaker: Speaker;
}

/** Only this many attributed quotes are remembered as sources of echoes (keeps long inputs linear). */
export const MAX_ECHO_SOURCES = 100;

/** The quote's words, folded, with a final plural -s or -x dropped ("technical errors" = "technical error"). */
function quotedWords(text: string): Set<string> {
  const words = new Set<string>();
  readQuotedWords(text, (word) => {
    words.add(word);
    return true;
  });
  return words;
}

/** Gives `read` the quote's words (as `quotedWords` holds them) in turn, until it answers false. */
function readQuotedWords(text: string, read: (word: string) => boolean): void {
  const folded = withoutAccents(text);
  // The runs of letters and digits: what splitting on /[^\p{L}\p{N}]+/u keeps, read without a regex.
  let i = 0;
  while (i < folded.length) {
    let end = i;
    for (let step = letterOrDigitLength(folded, end); step > 0; step = letterOrDigitLength(folded, end)) end += step;
    if (end === i) {
      i++;
      continue;
    }
    const word = folded.slice(i, end);
    const last = word.charCodeAt(word.length - 1);
    if (!read(word.length > 3 && (last === 115 || last === 120) ? word.slice(0, -1) : word)) return;
    i = end;
  }
}

/** The speaker of the latest earlier quote that holds every word of this one (two words or more). */
export function echoedSpeaker(text: string, attributed: readonly SaidWords[]): Speaker | null {
  // Before any quote is attributed there is nothing to echo, and the words need not be read.
  if (attributed.length === 0) return null;
  // The earlier quotes that hold every word read so far, latest first: most are ruled out by the first words.
  const holding: SaidWords[] = [];
  for (let i = attributed.length - 1; i >= 0; i--) {
    const source = attributed[i] as SaidWords;
    source.words ??= quotedWords(source.text);
    holding.push(source);
  }
  let first: string | null = null;
  let twoWords = false;
  readQuotedWords(text, (word) => {
    if (first === null) first = word;
    else if (word !== first) twoWords = true;
    let kept = 0;
    for (const source of holding) if ((source.words as ReadonlySet<string>).has(word)) holding[kept++] = source;
    holding.length = kept;
    return kept > 0;
  });
  return twoWords && holding.length > 0 ? (holding[0] as SaidWords).speaker : null;
}
