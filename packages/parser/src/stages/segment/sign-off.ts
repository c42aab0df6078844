/** Sign-off and source: closing lines by which an outlet signs, an outlet telling of its own reporting, an agency closing the body. */
import type { DocumentContext } from "../context.js";
import { afterBylineOpener, outletSigning } from "./bylines.js";
import { isEmphasis, isRegexSpace } from "./chars.js";
import { ACRONYM, knownOutlet, lexicon, opensWithGivenName } from "./lexicon.js";
import type { Line } from "./lines.js";

/** The last body lines that are an outlet's sign-off leave the body and name the source. */
export function removeSignOff(ctx: DocumentContext, blocks: Line[]): void {
  // Wire copy may close with three: credits, a contact line, the copyright.
  for (let removed = 0; removed < 3 && blocks.length > 0; removed++) {
    const last = blocks[blocks.length - 1]!;
    // Emphasis marks take at most six characters: a longer block is no closing line, and is not sliced.
    if (last.end - last.start > 306) return;
    const content = withoutEmphasisAround(ctx.text.slice(last.start, last.end));
    if (content.length > 300) return;
    let outlet: string | null = null;
    const { signOffs, anySignOff, signOffsByLiteral } = lexicon();
    // Which sign-off it is, only on a line that is one.
    const mayBeSignOff = anySignOff.some((pattern) => pattern.test(content)) || signOffsByLiteral.some(({ literal, pattern }) => content.includes(literal) && pattern.test(content));
    for (let i = 0; mayBeSignOff && i < signOffs.length; i++) {
      const match = signOffs[i]!.exec(content);
      if (match) {
        outlet = cleanOutlet(match[1]);
        if (match[2] !== undefined && knownOutlet(outlet) === null) outlet = cleanOutlet(match[2]);
        // A `known` capture may name a reporter as well as an outlet: only an outlet the gazetteer knows is the source.
        if (match.groups?.known !== undefined) outlet = knownOrAcronym(cleanOutlet(match.groups.known));
        // A `signer` capture may be a reporter's name: only a name an outlet's would be is the source.
        if (match.groups?.signer !== undefined) outlet = namesOutlet(cleanOutlet(match.groups.signer)) ? cleanOutlet(match.groups.signer) : "";
        if (match.groups?.credits !== undefined) outlet = creditedOutlet(match.groups.credits);
        outlet = firstAgencyOfList(outlet);
        break;
      }
    }
    // « Le Télégramme », "— The Boston Globe": a closing line that is only an outlet the gazetteer knows (and no signature).
    if (!outlet) outlet = (content.length <= 60 ? knownOutlet(content.replace(/^[—–-]+\s*/, "").replace(/[.\s]+$/, "")) : null) ?? outlet;
    // "Thomas Grangier", « Loïc KERGOAT », "Cymru Broadcast News": the very last line, a few capitalised words and no
    // sentence, signs the story; a given name first makes it the reporter's, else it is the outlet's.
    if (outlet === null && removed === 0 && blocks.length > 2 && spacesFromOneToThree(content) && BARE_SIGNATURE.test(content)) outlet = closingSignature(content);
    // "Harbourwire": a last line of one word in mixed case, no given name, is the outlet's name (wire marks are in capitals).
    if (outlet === null && removed === 0 && blocks.length > 2 && BARE_WORD.test(content) && !opensWithGivenName(content)) outlet = content;
    if (outlet === null) return;
    blocks.pop();
    if (ctx.source === null && outlet) ctx.source = outlet;
    ctx.signOff = { start: last.start, end: last.end, text: content };
  }
}

/** Markdown emphasis marks around a whole line ("*…*", "_…_", "**…**"). */
const EMPHASIS_AROUND = /^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$/gu;

/** "*Reporting by Jane Doe*": Markdown emphasis around a closing line is no part of it. */
function withoutEmphasisAround(line: string): string {
  // The marks sit at either end: most lines have none, and are not run through the regex.
  return isEmphasis(line[0]) || isEmphasis(line[line.length - 1]) ? line.replace(EMPHASIS_AROUND, "") : line;
}

/** The outlet the gazetteer knows that tells of its own reporting in the body ("Harbour News has learned"), or null. */
export function selfReportingOutlet(text: string, blocks: Line[]): string | null {
  if (blocks.length === 0) return null;
  const start = blocks[0]!.start;
  const end = blocks[blocks.length - 1]!.end;
  let body: string | null = null;
  for (const { literal, pattern } of lexicon().selfReports) {
    // The first time the literal comes past the body's start, it is inside the body or none is.
    const at = text.indexOf(literal, start);
    if (at < 0 || at + literal.length > end) continue;
    body ??= text.slice(start, end);
    for (const match of body.matchAll(pattern)) {
      // "On Monday Harbour News has learned": the outlet is the longest known run of the capitalised words.
      const words = match[1]!.split(/\s/u);
      for (let length = words.length; length > 0; length--) {
        for (let from = 0; from + length <= words.length; from++) {
          const outlet = knownOutlet(words.slice(from, from + length).join(" "));
          if (outlet !== null) return outlet;
        }
      }
    }
  }
  return null;
}

/**
 * Who a closing signature names: "" for a reporter (a given name first) or a newsroom alone (« Par
 * La Rédaction »), else the outlet, after its byline opener if it has one.
 */
function closingSignature(content: string): string {
  const names = afterBylineOpener(content);
  if (names === null) return opensWithGivenName(content) ? "" : content;
  const signing = outletSigning(names);
  return signing ?? "";
}

/** One word of five letters and digits or more, a capital and then a small letter first, and nothing else ("Ends" and « Fin » close stories too). */
const BARE_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{N}]{3,30}$/u;

/** An agency in parentheses closing a paragraph's last sentence (« … en France. (Belga) »). */
const CLOSING_AGENCY = /[.!?…"»”]\s*\((\p{Lu}[\p{L}\p{N}&'’. -]{0,40})\)\.?$/u;

/** The agency that closes the body's last paragraph, when the gazetteer knows it or it is an acronym ("(AFP)"), else null. */
export function closingAgency(tail: string): string | null {
  if (!tail.endsWith(")") && !tail.endsWith(").")) return null;
  const agency = CLOSING_AGENCY.exec(tail)?.[1]?.trim();
  if (!agency) return null;
  return ACRONYM.test(agency) ? agency : knownOutlet(agency);
}

/** Two to four capitalised words, maybe with name particles, and nothing else: no sentence's final period. */
const BARE_SIGNATURE = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|de|du|des|van|von|le|la)){1,3}(?<!\p{Ll}\.)$/u;

/** Whether `content` holds one to three spaces (of any kind), as the two to four words of a `BARE_SIGNATURE` do: most closing lines hold more. */
function spacesFromOneToThree(content: string): boolean {
  let spaces = 0;
  for (let i = 0; i < content.length && spaces <= 3; i++) if (isRegexSpace(content.charCodeAt(i))) spaces++;
  return spaces >= 1 && spaces <= 3;
}

/**
 * Whether `name` is an outlet's: one the gazetteer knows, or, opening with no given name nor ending
 * with a newsroom's word ("the Gulf desk"), one that holds an outlet's word ("Harbour Wire") or opens
 * with an article (« La Gazette du port »).
 */
function namesOutlet(name: string): boolean {
  if (knownOutlet(name) !== null) return true;
  const words = name.toLowerCase().split(/[\s'’]+/u);
  const { newsroomWords, outletWords, outletArticles } = lexicon();
  if (words.length < 2 || newsroomWords.has(words[words.length - 1]!) || opensWithGivenName(name)) return false;
  return outletArticles.has(words[0]!) || words.some((word) => outletWords.has(word));
}

/** "Reporting by the Gulf desk; editing by Harbour Wire": the first credited name that is an outlet's, else "". */
function creditedOutlet(credits: string): string {
  for (const part of credits.split(/[;,]/u)) {
    const by = part.lastIndexOf(" by ");
    const name = cleanOutlet(by < 0 ? "" : part.slice(by + 4));
    if (name !== "" && /^\p{Lu}/u.test(name) && namesOutlet(name)) return name;
  }
  return "";
}

/** "AFP et Reuters", "AFP, Reuters": the first of a list of agencies the gazetteer knows, else the text as it is. */
function firstAgencyOfList(outlet: string): string {
  const first = outlet.split(/,\s|\s(?:et|and|&)\s/u)[0]!;
  return first !== outlet && knownOrAcronym(first) !== "" ? first : outlet;
}

/** The name when it is an outlet for sure (one the gazetteer knows, or an agency's acronym), else "". */
function knownOrAcronym(name: string): string {
  return knownOutlet(name) ?? (ACRONYM.test(name) ? name : "");
}

/** An outlet as a sign-off's capture gives it: trimmed, without closing punctuation or an elided article. */
function cleanOutlet(captured: string | undefined): string {
  return (captured ?? "").trim().replace(/[.,;:]+$/, "").replace(/^l['’]/, "");
}
