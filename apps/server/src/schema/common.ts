import type { Prisma } from "@newsgraph/db";
import { builder } from "../builder.js";
import type { Context } from "../context.js";

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

/**
 * Ordering on a nullable column: missing values first ascending, last descending, on both
 * databases. That is SQLite's own order, so SQLite can walk its indexes; PostgreSQL is told.
 */
export function nullableOrder(ctx: Context, sort: "asc" | "desc"): Prisma.SortOrder | Prisma.SortOrderInput {
  return ctx.db.provider === "postgresql" ? { sort, nulls: sort === "asc" ? "first" : "last" } : sort;
}

/** Stored JSON arrays of strings (aliases, roles, topics), read defensively. */
export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}
