import type { ParsedDocument } from "../types.js";
import type { DocumentContext } from "./context.js";

/** Turns the pipeline's state into the public output shape. */
export function assemble(ctx: DocumentContext): ParsedDocument {
  return {
    title: ctx.options?.title ?? ctx.title?.text ?? null,
    language: ctx.language,
    source: ctx.source,
    url: ctx.url,
    publishedAt: ctx.publishedAt,
    paragraphs: ctx.paragraphs,
    people: ctx.people.map(({ name, aliases, roles, mentions }) => ({ name, aliases, roles, mentions })),
    organizations: ctx.organizations.map(({ name, aliases, mentions }) => ({ name, aliases, mentions })),
    places: ctx.places.map(({ name, mentions }) => ({ name, mentions })),
    quotes: ctx.quotes,
    meetings: ctx.meetings,
  };
}
