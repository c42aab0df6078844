/** Who speaks through a document or record (« le rapport », "court filings"): its issuer, its owner or the sentence that introduced it. */
import type { DocumentContext } from "../context.js";
import { codePointStart, foldedWord, type Lexicon, phraseWordEnd, phraseWordStart, startsLowerCase } from "../quotes/reporting-verbs.js";
import type { DocumentNames } from "./names.js";
import { organizationCalled } from "./organizations.js";
import { firstAtOrAfter, type NamedMention, type Speaker } from "./speakers.js";
import { descriptionWords, lexiconWords, mayHoldWord, type SoughtWords, splitOnSpaces } from "./text.js";
import { unnamedSpeaker } from "./unnamed.js";

/** How far back a document ("le rapport") is looked for where the text introduced it ("un rapport"), in characters. */
export const DOCUMENT_WINDOW = 2000;

/**
 * Who issued the document a definite description names ("Le rapport affirme …"): the subject of
 * the sentence that introduced it with an indefinite article ("Les forces armées ont publié un
 * rapport"). Null when the phrase is no such description or the text introduced no such document.
 */
export function documentIssuer(ctx: DocumentContext, phrase: string, position: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  const words = descriptionWords(phrase);
  if (words.length !== 2 || !lexicon.articles.has(words[0] as string) || !lexicon.documentNouns.has(words[1] as string)) return null;
  const from = Math.max(0, position - DOCUMENT_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  for (const article of lexicon.words.indefiniteArticles) {
    let introduced = window.lastIndexOf(` ${article} ${words[1]}`);
    // Only the last few mentions are tried: the document issued is introduced near where it is quoted.
    for (let tried = 0; introduced >= 0 && tried < MAX_DOCUMENT_MENTIONS; tried++) {
      const subject = issuingSubject(window, introduced, lexicon);
      if (subject) return subjectSpeaker(ctx, from + subject[0], from + subject[1], mentions, lexicon);
      introduced = introduced > 0 ? window.lastIndexOf(` ${article} ${words[1]}`, introduced - 1) : -1;
    }
  }
  return null;
}

/** Words between an owner and its document ("the bank's quarterly Monetary Policy Report"). */
const MAX_DOCUMENT_MODIFIERS = 4;

/**
 * The owner of a document who speaks for it ("the bank's quarterly report" → the bank, named by
 * its head noun or as written), or null when the phrase is no owned document.
 */
export function documentOwner(phrase: string, inside: readonly NamedMention[], names: DocumentNames, lexicon: Lexicon): Speaker | null {
  // (Without a possessive "'s" no word can be the owner's.)
  if (!phrase.includes("'s") && !phrase.includes("’s")) return null;
  const words = splitOnSpaces(phrase);
  const noun = (words[words.length - 1] ?? "").toLowerCase();
  if (!lexicon.documentNouns.has(noun)) return null;
  const ownerAt = words.findIndex((word) => /['’]s$/u.test(word));
  if (ownerAt < 0 || words.length - 1 - ownerAt > MAX_DOCUMENT_MODIFIERS + 1) return null;
  const owner = [...words.slice(0, ownerAt), (words[ownerAt] as string).slice(0, -2)].join(" ");
  const named = inside.find((mention) => owner.endsWith(mention.name));
  if (named) return { name: named.name, text: owner, isPerson: named.isPerson, isNamed: true };
  const organization = organizationCalled(names, owner, lexicon);
  if (organization) return { name: organization, text: owner, isPerson: false, isNamed: true };
  const ownerNoun = unnamedSpeaker(owner, "first", lexicon);
  return ownerNoun === null ? null : { name: ownerNoun, text: owner, isPerson: false, isNamed: false };
}

/** How far back the sentence that issues a record is read, in characters. */
const ISSUING_SENTENCE_WINDOW = 300;

/**
 * Who issues the record named at `position` in the same sentence ("La mairie a diffusé une note selon laquelle …"):
 * that sentence's subject when its verb is one of issuing; null otherwise.
 */
export function recordIssuer(ctx: DocumentContext, position: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  const from = Math.max(0, position - ISSUING_SENTENCE_WINDOW);
  const window = ctx.text.slice(from, position).toLowerCase();
  // Lower-casing that changes a length would shift every offset read from the window.
  if (window.length !== position - from) return null;
  const subject = issuingSubject(window, window.length, lexicon);
  return subject ? subjectSpeaker(ctx, from + subject[0], from + subject[1], mentions, lexicon) : null;
}

/** Earlier mentions of a document tried for the sentence that issued it. */
const MAX_DOCUMENT_MENTIONS = 3;

/**
 * The subject of the sentence that holds `introduced` when its verb is one of issuing ("ont
 * publié", "released"): the words before it, after any opening adverbial and its comma.
 */
function issuingSubject(window: string, introduced: number, lexicon: Lexicon): [number, number] | null {
  const sentenceStart = Math.max(window.lastIndexOf(". ", introduced), window.lastIndexOf("\n", introduced)) + 1;
  let subjectStart = sentenceStart;
  for (let at = phraseWordStart(window, sentenceStart, introduced, introduced); at >= 0; ) {
    const wordEnd = phraseWordEnd(window, at, introduced);
    const word = window.slice(at, wordEnd);
    if (lexicon.issuingParticiples.has(word)) return at > subjectStart ? [subjectStart, at] : null;
    if (lexicon.auxiliaries.has(word)) {
      const next = phraseWordStart(window, wordEnd, introduced, introduced);
      const issued = next >= 0 && lexicon.issuingParticiples.has(window.slice(next, phraseWordEnd(window, next, introduced)));
      return issued && at > subjectStart ? [subjectStart, at] : null;
    }
    if (window[wordEnd] === ",") subjectStart = wordEnd + 1;
    at = phraseWordStart(window, wordEnd, introduced, introduced);
  }
  return null;
}

/** The speaker a sentence's subject names: a person or organization mentioned in it, else its noun. */
function subjectSpeaker(ctx: DocumentContext, start: number, end: number, mentions: readonly NamedMention[], lexicon: Lexicon): Speaker | null {
  for (let i = firstAtOrAfter(mentions, start); i < mentions.length && (mentions[i] as NamedMention).start < end; i++) {
    const mention = mentions[i] as NamedMention;
    if (mention.end <= end) return { name: mention.name, text: ctx.text.slice(mention.start, mention.end), isPerson: mention.isPerson, isNamed: true };
  }
  const subject = ctx.text.slice(start, end).trim();
  const noun = subject === "" ? null : unnamedSpeaker(subject, "first", lexicon);
  return noun === null ? null : { name: noun, text: subject, isPerson: false, isNamed: false };
}

/** Where the issuer's name starts after a participle of issuing ("émanant du ministère" → "ministère"), or -1. */
export function issuerStart(ctx: DocumentContext, start: number, end: number, lexicon: Lexicon): number {
  const text = ctx.text;
  const from = codePointStart(text, start);
  if (!mayHoldWord(text, from, end, lexiconWords(issuingWords, lexicon, () => lexicon.issuingParticiples))) return -1;
  let found = false;
  for (let at = phraseWordStart(text, from, end, text.length); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, text.length);
    const folded = foldedWord(text, at, wordEnd);
    if (!found) found = lexicon.issuingParticiples.has(folded);
    else if (!lexicon.prepositions.has(folded) && !lexicon.articles.has(folded) && !lexicon.passiveAgents.has(folded)) return at;
    at = phraseWordStart(text, wordEnd, end, text.length);
  }
  return -1;
}

const issuingWords = new WeakMap<Lexicon, SoughtWords | null>();
/**
 * Where the author's name starts when the phrase is headed by a document noun and its complement
 * ("estimations d'|Amnesty", "report by the |UN"), or -1.
 */
export function authorStart(text: string, head: number, end: number, lexicon: Lexicon): number {
  // Read within the phrase only: a search from `head` would otherwise run on to the next word however far.
  if (phraseWordStart(text, head, end, end) !== head) return -1;
  let nounStart = head;
  let nounEnd = phraseWordEnd(text, head, end);
  // "a joint statement from …", "a written statement by …": lower-case modifiers before the document noun.
  for (let modifiers = 0; modifiers < MAX_DOCUMENT_MODIFIERS && !lexicon.documentNouns.has(foldedWord(text, nounStart, nounEnd)); modifiers++) {
    const folded = foldedWord(text, nounStart, nounEnd);
    if (!lexicon.words.modifiersPrecedeNoun || !startsLowerCase(text.slice(nounStart, nounEnd)) || lexicon.functionWords.has(folded)) return -1;
    const next = phraseWordStart(text, nounEnd, end, end);
    if (next < 0) return -1;
    nounStart = next;
    nounEnd = phraseWordEnd(text, next, end);
  }
  // The noun is read lower-cased only: one written with "’" is no document noun.
  if (text.charCodeAt(nounEnd - 1) === 0x2019 || !lexicon.documentNouns.has(foldedWord(text, nounStart, nounEnd))) return -1;
  let linked = false;
  // (Only "from" names the issuer of a document with modifiers: "a joint statement from the ministry", not "a recent report by".)
  const modified = nounStart !== head;
  for (let at = phraseWordStart(text, nounEnd, end, end); at >= 0; ) {
    const wordEnd = phraseWordEnd(text, at, end);
    const folded = foldedWord(text, at, wordEnd);
    const linking = modified ? lexicon.authorLinks.has(folded) : lexicon.genitives.has(folded) || lexicon.passiveAgents.has(folded) || lexicon.authorLinks.has(folded);
    if (linking) linked = true;
    else if (!lexicon.articles.has(folded)) return linked ? at : -1;
    at = phraseWordStart(text, wordEnd, end, end);
  }
  return -1;
}
