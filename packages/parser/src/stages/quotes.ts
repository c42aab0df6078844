import type { DocumentContext } from "./context.js";

/** Reporting verbs and attribution patterns for one language. */
export interface QuoteWords {}

/** Finds direct quotes (between quotation marks) and indirect (reported) speech. */
export function findQuotes(ctx: DocumentContext): void {
  void ctx;
}
