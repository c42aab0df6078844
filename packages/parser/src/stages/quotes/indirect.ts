/** Reported clauses turned into indirect quotes, and the cue text a quote records. */
import type { Quote } from "../../types.js";
import type { MarkedQuote } from "./quote-marks.js";
import type { Cue, Lexicon, SpeechToken } from "./reporting-verbs.js";
import type { Reading } from "./readings.js";
import { wordCount } from "./sentences.js";

/** The cue as written ("a déclaré", "a-t-il ajouté", "said"). */
export function cueText(tokens: readonly SpeechToken[], cue: Cue, text: string): string {
  return text.slice((tokens[cue.first] as SpeechToken).start, (tokens[cue.last] as SpeechToken).end);
}

/** The reported clause of a reading as an indirect quote, unless it is one quotation or too short. */
export function indirectQuote(tokens: readonly SpeechToken[], reading: Reading, text: string, marked: readonly MarkedQuote[], lexicon: Lexicon): Quote | null {
  if (!reading.content || !reading.evidence) return null;
  const [first, last] = reading.content;
  if (first > last) return null;
  let outside = 0;
  let inside = 0;
  let pronouns = 0;
  for (let j = first; j <= last; j++) {
    const token = tokens[j] as SpeechToken;
    // (Only a word that opens a cue phrase may open an attribution.)
    const according = token.opensCue ? lexicon.accordingTo.match(tokens, j) : 0;
    if (according > 0) j += according;
    else if (token.isWord && !lexicon.subjectPronouns.has(token.word)) outside++;
    else if (token.isWord) pronouns++;
    else if (token.quote >= 0) {
      const quote = marked[token.quote] as MarkedQuote;
      inside += wordCount(text, quote.start, quote.end);
    }
  }
  // A clause that is (almost) only a quotation is the direct quote already; but a subject and its verb written
  // outside the marks (« qu'il restait « juste » »), or a named subject whose predicate is quoted
  // (« qu'Ankara « ne cédera pas » »), make a clause of their own.
  const firstToken = tokens[first] as SpeechToken;
  const namedSubject = outside === 1 && first > reading.cue.last && firstToken.capitalised && !lexicon.functionWords.has(firstToken.word) && (tokens[first + 1]?.quote ?? -1) >= 0;
  if (inside > 0 ? outside + pronouns < 2 && !namedSubject : outside < 2 && last - first < 2) return null;
  const start = (tokens[first] as SpeechToken).start;
  let end = (tokens[last] as SpeechToken).end;
  const lastToken = tokens[last] as SpeechToken;
  if (lastToken.quote >= 0) end = lastToken.end;
  return { text: text.slice(start, end), kind: "indirect", speaker: null, speakerText: null, cue: cueText(tokens, reading.cue, text), start, end };
}
