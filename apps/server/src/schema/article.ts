import type {
  Article as ArticleRow,
  ArticleQuery,
  ArticleSummary,
  Meeting as MeetingRow,
  MeetingSummary,
  Quote as QuoteRow,
  QuoteSummary,
} from "@newsgraph/db";
import { textOf } from "../loaders.js";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { requireExactlyOne } from "./lookup.js";
import { Excerpt, OrderDirection, type ExcerptShape } from "./common.js";
import { Organization } from "./organization.js";
import { Meeting } from "./meeting.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";
import {
  articleFieldColumns,
  columnsSelection,
  meetingFieldColumns,
  organizationFieldColumns,
  personFieldColumns,
  quoteFieldColumns,
  speakersSelection,
} from "./columns.js";
import { keysetConnection, mentionCountOf } from "./pages.js";

export const Article = builder.prismaNode("Article", {
  id: { field: "id" },
  description: "A news document as ingested, with what was extracted from it.",
  fields: (t) => ({
    title: t.exposeString("title"),
    slug: t.exposeString("slug"),
    language: t.exposeString("language", { description: "ISO 639-1 code, e.g. fr or en." }),
    source: t.exposeString("source", { nullable: true, description: "The outlet, e.g. News-Front." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    url: t.exposeString("url", { nullable: true }),
    body: t.string({
      description: "The document exactly as ingested; every span indexes it.",
      resolve: async (article, _args, ctx) => (await textOf(ctx.loaders, "Article", article)).body,
    }),
    paragraphs: t.field({
      type: [Excerpt],
      resolve: async (article, _args, ctx) => paragraphsOf((await textOf(ctx.loaders, "Article", article)).paragraphs),
    }),
    wordCount: t.exposeInt("wordCount"),
    ingestedAt: t.expose("ingestedAt", { type: "DateTime" }),
  }),
});

// Fields naming other object types are added apart, so that each type's TypeScript type does not
// depend on the types it links to (they link back). An article's lists are read in batches through
// db.read: with Prisma's query planning on every request the nested list query cost ~6 ms.
builder.prismaObjectFields(Article, (t) => ({
  quotes: t.connection({
    type: Quote,
    description: "Quotes in the order they appear.",
    resolve: (article, args, ctx, info) =>
      keysetConnection({
        list: "Article.quotes",
        args,
        load: (page) => ctx.loaders.articleQuotes(page, quoteColumns(info), quoteSpeakers(info)).load(article.id),
        node: quoteNode,
        totalCount: () => ctx.loaders.counts.article.load(article.id).then((counts) => counts.quotes),
      }),
  }),
  meetings: t.connection({
    type: Meeting,
    description: "Meetings announced or reported, in the order they appear.",
    resolve: (article, args, ctx, info) =>
      keysetConnection({
        list: "Article.meetings",
        args,
        load: (page) => ctx.loaders.articleMeetings(page, meetingColumns(info)).load(article.id),
        node: meetingNode,
        totalCount: () => ctx.loaders.counts.article.load(article.id).then((counts) => counts.meetings),
      }),
  }),
}));

// The people and the organizations an article mentions, each edge with its count of mentions.
for (const [field, ref, loader, noun] of [
  ["people", Person, "articlePeople", "person"],
  ["organizations", Organization, "articleOrganizations", "organization"],
] as const) {
  builder.prismaObjectField(Article, field, (t) =>
    t.connection(
      {
        type: ref,
        description: `${noun === "person" ? "People" : "Organizations"} mentioned, in order of first mention.`,
        resolve: (article, args, ctx, info) =>
          keysetConnection({
            list: `Article.${field}`,
            args,
            load: (page) => ctx.loaders[loader](page, (field === "people" ? peopleColumns : organizationColumns)(info)).load(article.id),
            node: (mention) => mention.entity,
            mentionCount: (mention) => mention.mentionCount,
            totalCount: () => ctx.loaders.counts.article.load(article.id).then((counts) => counts[field]),
          }),
      },
      {},
      {
        fields: (edge) => ({
          mentionCount: edge.int({ description: `Mentions of the ${noun} in this article.`, resolve: mentionCountOf }),
        }),
      },
    ),
  );
}

/** Nodes from rows of db.read's lists, which leave long texts out (see textOf). */
export function articleNode(article: ArticleSummary) {
  return Article.addBrand(article as ArticleRow);
}

export function quoteNode(quote: QuoteSummary) {
  return Quote.addBrand(quote as QuoteRow);
}

export function meetingNode(meeting: MeetingSummary) {
  return Meeting.addBrand(meeting as MeetingRow);
}

/** The article a quote or meeting belongs to (its foreign key guarantees one). */
export async function articleOf(ctx: Context, id: string) {
  const article = await ctx.loaders.article.load(id);
  if (!article) throw new Error(`article ${id} is missing`);
  return articleNode(article);
}

const nodeColumns = (fields: typeof articleFieldColumns) => columnsSelection(fields, ["edges", "node"]);
const articleColumns = nodeColumns(articleFieldColumns);
const quoteColumns = nodeColumns(quoteFieldColumns);
const quoteSpeakers = speakersSelection(["edges", "node"]);
const meetingColumns = nodeColumns(meetingFieldColumns);
const peopleColumns = nodeColumns(personFieldColumns);
const organizationColumns = nodeColumns(organizationFieldColumns);

function paragraphsOf(value: unknown): ExcerptShape[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is ExcerptShape =>
      typeof item === "object" && item !== null && typeof item.text === "string" && typeof item.start === "number",
  );
}

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

function articleQuery(filter: ArticleFilterShape | null | undefined): ArticleQuery {
  if (!filter) return {};
  return {
    language: filter.language ?? undefined,
    source: filter.source ?? undefined,
    publishedAfter: filter.publishedAfter ?? undefined,
    publishedBefore: filter.publishedBefore ?? undefined,
    personId: filter.personId?.id,
    search: filter.search ?? undefined,
  };
}

const orderFields = {
  PUBLISHED_AT: "publishedAt",
  TITLE: "title",
  INGESTED_AT: "ingestedAt",
  WORD_COUNT: "wordCount",
} as const;

builder.queryFields((t) => ({
  articles: t.connection({
    type: Article,
    description: "Articles, newest first unless orderBy says otherwise (undated ones last when newest first).",
    args: {
      filter: t.arg({ type: ArticleFilter }),
      orderBy: t.arg({ type: ArticleOrder }),
    },
    resolve: (_root, args, ctx, info) => {
      const query = articleQuery(args.filter);
      const order = { field: orderFields[args.orderBy?.field ?? "PUBLISHED_AT"], direction: args.orderBy?.direction ?? "desc" } as const;
      return keysetConnection({
        list: "Query.articles",
        args,
        load: async (page) => ({ items: await ctx.db.read.articles(query, order, page, articleColumns(info)) }),
        node: articleNode,
        totalCount: () => ctx.db.read.countArticles(query),
      });
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
