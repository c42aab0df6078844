import { assemble } from "./stages/assemble.js";
import { attributeQuotes } from "./stages/attribution/index.js";
import { createContext, type DocumentContext } from "./stages/context.js";
import { resolveDates } from "./stages/dates.js";
import { recogniseEntities } from "./stages/entities/index.js";
import { findMeetings } from "./stages/meetings/index.js";
import { findQuotes } from "./stages/quotes/index.js";
import { normaliseDate, segment } from "./stages/segment/index.js";
import type { ParseOptions, ParsedDocument } from "./types.js";

/** The stages in the order they run; each reads what the ones before it filled in. */
export const pipeline: ReadonlyArray<(ctx: DocumentContext) => void> = [
  segment,
  recogniseEntities,
  findQuotes,
  attributeQuotes,
  findMeetings,
  resolveDates,
];

/** Parses one news document (plain text or Markdown with YAML front matter). Never throws on text. */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const ctx = contextFor(text, options);
  for (const stage of pipeline) stage(ctx);
  return assemble(ctx);
}

/** The empty context the pipeline starts from for `text` and `options`. */
export function contextFor(text: string, options: ParseOptions): DocumentContext {
  const input = typeof text === "string" ? text : String(text ?? "");
  return createContext(input, options, normaliseDate(options.publishedAt));
}
