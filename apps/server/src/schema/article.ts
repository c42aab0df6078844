import type { Prisma } from "@newsgraph/db";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { requireExactlyOne } from "./lookup.js";
import { Excerpt, nullableOrder, OrderDirection, orderings, type ExcerptShape } from "./common.js";
import { Organization } from "./organization.js";
import { Meeting } from "./meeting.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";
import { matchingIds } from "./search-support.js";

export const Article = builder.prismaNode("Article", {
  id: { field: "id" },
  select: { id: true },
  description: "A news document as ingested, with what was extracted from it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    slug: t.exposeString("slug"),
    language: t.exposeString("language", { description: "ISO 639-1 code, e.g. fr or en." }),
    source: t.exposeString("source", { nullable: true, description: "The outlet, e.g. News-Front." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    body: t.exposeString("body", { description: "The document exactly as ingested; every span indexes it." }),
    paragraphs: t.field({
      type: [Excerpt],
      select: { paragraphs: true },
      resolve: (article) => paragraphsOf(article.paragraphs),
    }),
    wordCount: t.exposeInt("wordCount"),
    ingestedAt: t.expose("ingestedAt", { type: "DateTime" }),
  }),
});

// Fields naming other object types are added apart, so that each type's TypeScript type does not
// depend on the types it links to (they link back).
builder.prismaObjectFields(Article, (t) => ({
    people: t.connection(
      {
        type: Person,
        description: "People mentioned, in order of first mention.",
        select: (args, ctx, nestedSelection) => ({
          people: articlePeople.getQuery(args, ctx, nestedSelection),
        }),
        resolve: (article, args, ctx) => ({
          ...articlePeople.resolve(article.people, args, ctx),
          totalCount: () => ctx.counts.article.load(article.id).then((counts) => counts.people),
        }),
      },
      {},
      {
        fields: (edge) => ({
          mentionCount: edge.int({ description: "Mentions of the person in this article.", resolve: (row) => row.mentionCount }),
        }),
      },
    ),
    organizations: t.connection(
      {
        type: Organization,
        description: "Organizations mentioned, in order of first mention.",
        select: (args, ctx, nestedSelection) => ({
          organizations: articleOrganizations.getQuery(args, ctx, nestedSelection),
        }),
        resolve: (article, args, ctx) => ({
          ...articleOrganizations.resolve(article.organizations, args, ctx),
          totalCount: () => ctx.counts.article.load(article.id).then((counts) => counts.organizations),
        }),
      },
      {},
      {
        fields: (edge) => ({
          mentionCount: edge.int({ resolve: (row) => row.mentionCount }),
        }),
      },
    ),
    quotes: t.connection({
      type: Quote,
      description: "Quotes in the order they appear.",
      select: (args, ctx, nestedSelection) => ({ quotes: articleQuotes.getQuery(args, ctx, nestedSelection) }),
      resolve: (article, args, ctx) => ({
        ...articleQuotes.resolve(article.quotes, args, ctx),
        totalCount: () => ctx.counts.article.load(article.id).then((counts) => counts.quotes),
      }),
    }),
    meetings: t.connection({
      type: Meeting,
      description: "Meetings announced or reported, in the order they appear.",
      select: (args, ctx, nestedSelection) => ({ meetings: articleMeetings.getQuery(args, ctx, nestedSelection) }),
      resolve: (article, args, ctx) => ({
        ...articleMeetings.resolve(article.meetings, args, ctx),
        totalCount: () => ctx.counts.article.load(article.id).then((counts) => counts.meetings),
      }),
    }),
}));

function paragraphsOf(value: unknown): ExcerptShape[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is ExcerptShape =>
      typeof item === "object" && item !== null && typeof item.text === "string" && typeof item.start === "number",
  );
}

const articlePeople = prismaConnectionHelpers(builder, "ArticlePerson", {
  cursor: "articleId_personId",
  query: { orderBy: orderings<Prisma.ArticlePersonOrderByWithRelationInput>([{ firstMention: "asc" }, { personId: "asc" }]) },
  select: (nodeSelection) => ({ mentionCount: true, person: nodeSelection({ select: { id: true, name: true } }) }),
  resolveNode: (row) => row.person,
});

const articleOrganizations = prismaConnectionHelpers(builder, "ArticleOrganization", {
  cursor: "articleId_organizationId",
  query: { orderBy: orderings<Prisma.ArticleOrganizationOrderByWithRelationInput>([{ firstMention: "asc" }, { organizationId: "asc" }]) },
  select: (nodeSelection) => ({ mentionCount: true, organization: nodeSelection({ select: { id: true, name: true } }) }),
  resolveNode: (row) => row.organization,
});

const articleQuotes = prismaConnectionHelpers(builder, "Quote", {
  cursor: "id",
  query: { orderBy: orderings<Prisma.QuoteOrderByWithRelationInput>([{ start: "asc" }, { id: "asc" }]) },
});

const articleMeetings = prismaConnectionHelpers(builder, "Meeting", {
  cursor: "id",
  query: { orderBy: orderings<Prisma.MeetingOrderByWithRelationInput>([{ start: "asc" }, { id: "asc" }]) },
});

const ArticleOrderField = builder.enumType("ArticleOrderField", {
  values: ["PUBLISHED_AT", "TITLE", "INGESTED_AT", "WORD_COUNT"] as const,
});

const ArticleOrder = builder.inputType("ArticleOrder", {
  fields: (t) => ({
    field: t.field({ type: ArticleOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

export const ArticleFilter = builder.inputType("ArticleFilter", {
  fields: (t) => ({
    language: t.string({ description: "ISO 639-1 code, e.g. fr." }),
    source: t.string(),
    publishedAfter: t.field({ type: "DateTime", description: "Inclusive." }),
    publishedBefore: t.field({ type: "DateTime", description: "Exclusive." }),
    personId: t.globalID({ for: Person, description: "Articles mentioning this person." }),
    search: t.string({ description: "Full-text search over titles and bodies." }),
  }),
});

type ArticleFilterShape = typeof ArticleFilter.$inferInput;

async function articleWhere(filter: ArticleFilterShape | null | undefined, ctx: Context): Promise<Prisma.ArticleWhereInput> {
  if (!filter) return {};
  const where: Prisma.ArticleWhereInput[] = [];
  if (filter.language != null) where.push({ language: filter.language });
  if (filter.source != null) where.push({ source: filter.source });
  if (filter.publishedAfter != null) where.push({ publishedAt: { gte: filter.publishedAfter } });
  if (filter.publishedBefore != null) where.push({ publishedAt: { lt: filter.publishedBefore } });
  if (filter.personId != null) where.push({ people: { some: { personId: filter.personId.id } } });
  if (filter.search != null) where.push({ id: { in: await matchingIds(ctx, "article", filter.search) } });
  return { AND: where };
}

const orderColumns = {
  PUBLISHED_AT: "publishedAt",
  TITLE: "title",
  INGESTED_AT: "ingestedAt",
  WORD_COUNT: "wordCount",
} as const;

function articleOrder(order: typeof ArticleOrder.$inferInput | null | undefined, ctx: Context): Prisma.ArticleOrderByWithRelationInput[] {
  const field = orderColumns[order?.field ?? "PUBLISHED_AT"];
  const direction = order?.direction ?? "desc";
  const primary: Prisma.ArticleOrderByWithRelationInput =
    field === "publishedAt" ? { publishedAt: nullableOrder(ctx, direction) } : { [field]: direction };
  return [primary, { id: direction }];
}

/**
 * Prisma counts through a subquery (`SELECT COUNT(*) FROM (SELECT id … LIMIT -1)`) that SQLite
 * answers by walking every row; a bare count of the table is answered from the index, ~10× faster
 * on 10,000 articles. Filtered counts still go through Prisma.
 */
async function countAllArticles(ctx: Context): Promise<number> {
  const [row] = await ctx.db.prisma.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS "total" FROM "Article"`;
  return Number(row?.total ?? 0);
}

builder.queryFields((t) => ({
  articles: t.prismaConnection({
    type: "Article",
    cursor: "id",
    description: "Articles, newest first unless orderBy says otherwise (undated ones last when newest first).",
    args: {
      filter: t.arg({ type: ArticleFilter }),
      orderBy: t.arg({ type: ArticleOrder }),
    },
    resolve: async (query, _root, args, ctx) =>
      ctx.db.prisma.article.findMany({
        ...query,
        where: await articleWhere(args.filter, ctx),
        orderBy: articleOrder(args.orderBy, ctx),
      }),
    totalCount: async (_root, args, ctx) => {
      const where = await articleWhere(args.filter, ctx);
      if (where.AND === undefined || (Array.isArray(where.AND) && where.AND.length === 0)) return countAllArticles(ctx);
      return ctx.db.prisma.article.count({ where });
    },
  }),
  article: t.prismaField({
    type: "Article",
    nullable: true,
    description: "One article by global id or by slug (give exactly one).",
    args: { id: t.arg.globalID({ for: Article }), slug: t.arg.string() },
    resolve: (query, _root, args, ctx) => {
      requireExactlyOne("article", { id: args.id, slug: args.slug });
      const where = args.id ? { id: args.id.id } : { slug: args.slug ?? "" };
      return ctx.db.prisma.article.findUnique({ ...query, where });
    },
  }),
}));
