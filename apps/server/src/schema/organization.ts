import type { Prisma } from "@newsgraph/db";
import { prismaConnectionHelpers } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import { nullableOrder, orderings, stringList } from "./common.js";
import { Article } from "./article.js";
import { Quote } from "./quote.js";
import { Participant } from "./participant.js";
import { nameKey } from "./search-support.js";

export const Organization = builder.prismaNode("Organization", {
  id: { field: "id" },
  select: { id: true, name: true },
  interfaces: [Participant],
  description: "An organization (ministry, alliance, company…), shared by every article naming it.",
  fields: (t) => ({
    aliases: t.stringList({ select: { aliases: true }, resolve: (organization) => stringList(organization.aliases) }),
  }),
});

/** Quotes of a speaker, newest article first, in reading order within an article. */
const spokenQuotes = prismaConnectionHelpers(builder, "Quote", {
  cursor: "id",
  query: (_args, ctx) => ({
    orderBy: orderings<Prisma.QuoteOrderByWithRelationInput>([
      { article: { publishedAt: nullableOrder(ctx, "desc") } },
      { articleId: "asc" },
      { start: "asc" },
      { id: "asc" },
    ]),
  }),
});

// Links to other object types are added apart (see Article).
builder.prismaObjectFields(Organization, (t) => ({
    mentionCount: t.int({
      description: "Mentions across all articles.",
      resolve: (organization, _args, ctx) => ctx.counts.organization.load(organization.id).then((counts) => counts.mentions),
    }),
    quotes: t.connection({
      type: Quote,
      description: "Quotes attributed to the organization, newest article first.",
      select: (args, ctx, nestedSelection) => ({ quotes: spokenQuotes.getQuery(args, ctx, nestedSelection) }),
      resolve: (organization, args, ctx) => ({
        ...spokenQuotes.resolve(organization.quotes, args, ctx),
        totalCount: () => ctx.counts.organization.load(organization.id).then((counts) => counts.quotes),
      }),
    }),
    articles: t.connection({
      type: Article,
      description: "Articles naming the organization, newest first.",
      select: (args, ctx, nestedSelection) => ({
        articles: organizationArticles.getQuery(args, ctx, nestedSelection),
      }),
      resolve: (organization, args, ctx) => ({
        ...organizationArticles.resolve(organization.articles, args, ctx),
        totalCount: () => ctx.counts.organization.load(organization.id).then((counts) => counts.articles),
      }),
    }),
}));

const organizationArticles = prismaConnectionHelpers(builder, "ArticleOrganization", {
  cursor: "articleId_organizationId",
  query: (_args, ctx) => ({
    orderBy: orderings<Prisma.ArticleOrganizationOrderByWithRelationInput>([
      { article: { publishedAt: nullableOrder(ctx, "desc") } },
      { articleId: "asc" },
    ]),
  }),
  select: (nodeSelection) => ({ article: nodeSelection({ select: { id: true } }) }),
  resolveNode: (row) => row.article,
});

function organizationWhere(search: string | null | undefined): Prisma.OrganizationWhereInput {
  if (search == null || search.trim() === "") return {};
  return { OR: [{ key: { contains: nameKey(search) } }, { name: { contains: search.trim() } }] };
}

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: Organization,
    cursor: "id",
    description: "Organizations by name; search matches any part of the name, ignoring accents and case.",
    args: { search: t.arg.string() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.organization.findMany({ ...query, where: organizationWhere(args.search), orderBy: [{ name: "asc" }, { id: "asc" }] }),
    totalCount: (_root, args, ctx) => ctx.db.prisma.organization.count({ where: organizationWhere(args.search) }),
  }),
}));
