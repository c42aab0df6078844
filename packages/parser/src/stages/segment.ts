import type { DocumentContext } from "./context.js";

/** Words and patterns the segmenter needs for one language (datelines, sign-offs, abbreviations). */
export interface StructureWords {}

/** Splits the document into title, dateline, body paragraphs, sentences and sign-off. */
export function segment(ctx: DocumentContext): void {
  void ctx;
}
