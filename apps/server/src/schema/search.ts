import { searchFullText, type SearchEntity, type SearchHit } from "@newsgraph/db";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import type { GraphQLResolveInfo } from "graphql";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { Article } from "./article.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";

export const SearchResult = builder.unionType("SearchResult", {
  description: "Something full-text search found.",
  types: () => [Article, Quote, Person],
});

const SearchKind = builder.enumType("SearchKind", {
  values: { ARTICLE: { value: "article" }, QUOTE: { value: "quote" }, PERSON: { value: "person" } } as const,
});

/** Relevance of each loaded row, for the edge's score field. */
const scores = new WeakMap<object, number>();

async function loadHits(hits: SearchHit[], ctx: Context, info: GraphQLResolveInfo) {
  const idsOf = (entity: SearchEntity) => hits.filter((hit) => hit.entity === entity).map((hit) => hit.id);
  const path = ["edges", "node"];
  const [articles, quotes, people] = await Promise.all([
    idsOf("article").length === 0
      ? []
      : ctx.db.prisma.article
          .findMany({ ...queryFromInfo({ context: ctx, info, typeName: "Article", path }), where: { id: { in: idsOf("article") } } })
          .then((rows) => rows.map((row) => Article.addBrand(row))),
    idsOf("quote").length === 0
      ? []
      : ctx.db.prisma.quote
          .findMany({ ...queryFromInfo({ context: ctx, info, typeName: "Quote", path }), where: { id: { in: idsOf("quote") } } })
          .then((rows) => rows.map((row) => Quote.addBrand(row))),
    idsOf("person").length === 0
      ? []
      : ctx.db.prisma.person
          .findMany({ ...queryFromInfo({ context: ctx, info, typeName: "Person", path }), where: { id: { in: idsOf("person") } } })
          .then((rows) => rows.map((row) => Person.addBrand(row))),
  ]);
  type Found = (typeof articles)[number] | (typeof quotes)[number] | (typeof people)[number];
  const byKey = new Map<string, Found>();
  for (const row of articles) byKey.set(`article:${row.id}`, row);
  for (const row of quotes) byKey.set(`quote:${row.id}`, row);
  for (const row of people) byKey.set(`person:${row.id}`, row);
  const found: Found[] = [];
  for (const hit of hits) {
    const row = byKey.get(`${hit.entity}:${hit.id}`);
    if (!row) continue;
    scores.set(row, hit.score);
    found.push(row);
  }
  return found;
}

builder.queryFields((t) => ({
  search: t.connection(
    {
      type: SearchResult,
      description:
        "Full-text search across article titles and bodies, quote texts and people's names, aliases and roles. " +
        "Every word must match (accents and case ignored; the last word also as a prefix); best matches first.",
      args: {
        text: t.arg.string({ required: true }),
        kinds: t.arg({ type: [SearchKind], description: "Only these kinds (default: all)." }),
      },
      resolve: async (_root, args, ctx, info) => {
        let totalCount = 0;
        const connection = await resolveOffsetConnection({ args }, async ({ limit, offset }) => {
          const result = await searchFullText(ctx.db, args.text, { entities: args.kinds ?? undefined, limit, offset });
          totalCount = result.total;
          return loadHits(result.hits, ctx, info);
        });
        return { ...connection, totalCount };
      },
    },
    {},
    {
      fields: (edge) => ({
        score: edge.float({
          description: "Relevance; higher is better, comparable within one search only.",
          resolve: (edgeValue) => scores.get(edgeValue.node as object) ?? 0,
        }),
      }),
    },
  ),
}));
