import { builder } from "../builder.js";

export interface SpanShape {
  start: number;
  end: number;
}

export interface ExcerptShape extends SpanShape {
  text: string;
}

export const Span = builder.objectRef<SpanShape>("Span").implement({
  description: "Character offsets into the article body: body.slice(start, end).",
  fields: (t) => ({
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
  }),
});

export const Excerpt = builder.objectRef<ExcerptShape>("Excerpt").implement({
  description: "A piece of an article body with its offsets.",
  fields: (t) => ({
    text: t.exposeString("text"),
    span: t.field({ type: Span, resolve: ({ start, end }) => ({ start, end }) }),
  }),
});

export const OrderDirection = builder.enumType("OrderDirection", {
  values: { ASC: { value: "asc" }, DESC: { value: "desc" } } as const,
});

/** Stored JSON arrays of strings (aliases, roles, topics), read defensively. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
