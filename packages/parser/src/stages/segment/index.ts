/** The segment stage: `segment` splits a document into front matter, title, byline and metadata lines, dateline, paragraphs, sign-off, language and sentences; the other modules hold each step. */
import { localeFor } from "../../locales/index.js";
import type { DocumentContext } from "../context.js";
import { removeBylineLine } from "./bylines.js";
import { readDatelinePrefix } from "./datelines.js";
import { applyFrontMatter, readFrontMatter } from "./front-matter.js";
import { detectLanguage } from "./language.js";
import { splitLines } from "./lines.js";
import { removeAgencyCreditLine, removeDatelineLine, removeMetadataLine, removePlacedOutletLine } from "./metadata-lines.js";
import { groupParagraphs } from "./paragraphs.js";
import { splitSentences } from "./sentences.js";
import { closingAgency, removeSignOff, selfReportingOutlet } from "./sign-off.js";
import { headingSpan, outletInTitle } from "./title.js";
export { mayBeDateline, withoutClosingDash } from "./datelines.js";
export { isoDate, normaliseDate } from "./dates.js";
export { detectLanguage, languageOfCounts } from "./language.js";
export { type StructureWords, literalAfterRepeat } from "./lexicon.js";

/** Splits the document into title, dateline, body paragraphs, sentences and sign-off. */
export function segment(ctx: DocumentContext): void {
  const text = ctx.text;
  let bodyStart = 0;
  let languageGiven = ctx.options?.language != null;
  const frontMatter = readFrontMatter(text);
  if (frontMatter) {
    bodyStart = frontMatter.end;
    languageGiven = applyFrontMatter(ctx, frontMatter.fields) || languageGiven;
  }

  const lines = splitLines(text, bodyStart);
  let index = 0;
  while (index < lines.length && lines[index]!.text === "") index++;
  const firstLine = lines[index];
  const titleGiven = frontMatter?.fields.get("title") !== undefined;
  // The first line is the title; with a front matter title, a Markdown heading is left out of the body.
  if (firstLine && (!titleGiven || firstLine.text.startsWith("#"))) {
    if (!titleGiven) ctx.title = headingSpan(text, firstLine);
    index++;
  }

  if (ctx.source === null && ctx.title) ctx.source = outletInTitle(ctx.title.text);
  const bodyLines = lines.slice(index);
  removeBylineLine(ctx, bodyLines);
  removeAgencyCreditLine(ctx, bodyLines);
  removePlacedOutletLine(ctx, bodyLines);
  removeDatelineLine(ctx, bodyLines);
  removeMetadataLine(ctx, bodyLines);
  const blocks = groupParagraphs(bodyLines, ctx);
  readDatelinePrefix(ctx, blocks);
  removeSignOff(ctx, blocks);
  if (ctx.source === null) ctx.source = selfReportingOutlet(text, blocks);
  const last = blocks[blocks.length - 1];
  if (ctx.source === null && last) ctx.source = closingAgency(text.slice(Math.max(last.start, last.end - 60), last.end));

  ctx.paragraphs = blocks.map((line) => ({ text: text.slice(line.start, line.end), start: line.start, end: line.end }));
  if (!languageGiven) {
    ctx.language = detectLanguage(text, ctx.paragraphs, ctx.title);
    ctx.locale = localeFor(ctx.language);
  }
  ctx.sentences = splitSentences(text, ctx.paragraphs);
}
