import type { Prisma } from "@newsgraph/db";
import { builder } from "../builder.js";
import { stringList } from "./common.js";
import { Article, articleNode, quoteNode } from "./article.js";
import { Quote } from "./quote.js";
import { keysetConnection } from "./pages.js";
import { Participant } from "./participant.js";
import { nameKey } from "./search-support.js";

export const Organization = builder.prismaNode("Organization", {
  id: { field: "id" },
  interfaces: [Participant],
  description: "An organization (ministry, alliance, company…), shared by every article naming it.",
  fields: (t) => ({
    aliases: t.stringList({ resolve: (organization) => stringList(organization.aliases) }),
  }),
});

// Links to other object types are added apart (see Article).
builder.prismaObjectFields(Organization, (t) => ({
  mentionCount: t.int({
    description: "Mentions across all articles.",
    resolve: (organization, _args, ctx) => ctx.loaders.counts.organization.load(organization.id).then((counts) => counts.mentions),
  }),
  quotes: t.connection({
    type: Quote,
    description: "Quotes attributed to the organization, newest article first.",
    resolve: async (organization, args, ctx) => ({
      ...(await keysetConnection("Organization.quotes", args, (page) => ctx.loaders.organizationQuotes(page).load(organization.id), (quote) => ({
        node: quoteNode(quote),
      }))),
      totalCount: () => ctx.loaders.counts.organization.load(organization.id).then((counts) => counts.quotes),
    }),
  }),
  articles: t.connection({
    type: Article,
    description: "Articles naming the organization, newest first.",
    resolve: async (organization, args, ctx) => ({
      ...(await keysetConnection(
        "Organization.articles",
        args,
        (page) => ctx.loaders.organizationArticles(page).load(organization.id),
        (article) => ({ node: articleNode(article) }),
      )),
      totalCount: () => ctx.loaders.counts.organization.load(organization.id).then((counts) => counts.articles),
    }),
  }),
}));

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
