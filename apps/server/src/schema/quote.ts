import type { QuoteQuery, QuoteSummary, QuoteWithSpeaker } from "@newsgraph/db";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../context.js";
import { builder } from "../builder.js";
import { textOf } from "../loaders.js";
import { Excerpt, Span } from "./common.js";
import { Article, articleOf, quoteNode } from "./article.js";
import { columnsSelection, organizationFieldColumns, personFieldColumns, quoteFieldColumns } from "./columns.js";
import { keysetConnection } from "./pages.js";
import { QuoteKind } from "./enums.js";
import { Organization } from "./organization.js";
import { Person } from "./person.js";

export const Speaker = builder.unionType("Speaker", {
  description: "Who a quote is attributed to.",
  types: () => [Person, Organization],
});

export const Quote = builder.prismaNode("Quote", {
  id: { field: "id" },
  description: "Words reported in an article, attributed to a speaker when one is identified.",
  fields: (t) => ({
    text: t.exposeString("text"),
    kind: t.expose("kind", { type: QuoteKind }),
    cue: t.exposeString("cue", { nullable: true, description: "The reporting verb, e.g. a déclaré." }),
    speakerText: t.exposeString("speakerText", {
      nullable: true,
      description: "The attribution as written, e.g. un porte-parole du Kremlin.",
    }),
    span: t.field({ type: Span, resolve: (quote) => ({ start: quote.start, end: quote.end }) }),
    sentence: t.field({
      type: Excerpt,
      description: "The sentence around the quote.",
      resolve: async (quote, _args, ctx) => ({
        text: (await textOf(ctx.loaders, "Quote", quote)).sentence,
        start: quote.sentenceStart,
        end: quote.sentenceEnd,
      }),
    }),
  }),
});

const speakerPersonColumns = columnsSelection(personFieldColumns, []);
const speakerOrganizationColumns = columnsSelection(organizationFieldColumns, []);

// Links are read through the request's loaders, batched across all the quotes of a response; a
// speaker's aliases and roles grow with every article naming them, so only selected columns are read.
// Lists of quotes read the speakers they show along with the quotes (speakersSelection).
builder.prismaObjectFields(Quote, (t) => ({
  speaker: t.field({
    type: Speaker,
    nullable: true,
    resolve: (quote, _args, ctx, info) => {
      if ("speakerPerson" in quote) {
        const { speakerPerson, speakerOrganization } = quote as QuoteWithSpeaker;
        if (speakerPerson) return Person.addBrand(speakerPerson);
        return speakerOrganization ? Organization.addBrand(speakerOrganization) : null;
      }
      return loadSpeaker(quote, ctx, info);
    },
  }),
  article: t.field({ type: Article, resolve: (quote, _args, ctx) => articleOf(ctx, quote.articleId) }),
}));

/** The speaker of a quote read without it (a lookup by id, the root list of quotes). */
async function loadSpeaker(quote: QuoteSummary, ctx: Context, info: GraphQLResolveInfo) {
  if (quote.speakerPersonId) {
    const person = await ctx.loaders.person(speakerPersonColumns(info)).load(quote.speakerPersonId);
    return person && Person.addBrand(person);
  }
  if (quote.speakerOrganizationId) {
    const organization = await ctx.loaders.organization(speakerOrganizationColumns(info)).load(quote.speakerOrganizationId);
    return organization && Organization.addBrand(organization);
  }
  return null;
}

const QuoteFilter = builder.inputType("QuoteFilter", {
  fields: (t) => ({
    speakerId: t.globalID({ for: [Person, Organization], description: "A Person or Organization id." }),
    articleId: t.globalID({ for: Article }),
    kind: t.field({ type: QuoteKind }),
    search: t.string({ description: "Full-text search over quote texts." }),
  }),
});

function quoteQuery(filter: typeof QuoteFilter.$inferInput | null | undefined): QuoteQuery {
  if (!filter) return {};
  return {
    speaker: filter.speakerId
      ? { entity: filter.speakerId.typename === "Person" ? "person" : "organization", id: filter.speakerId.id }
      : undefined,
    articleId: filter.articleId?.id,
    kind: filter.kind ?? undefined,
    search: filter.search ?? undefined,
  };
}

const quoteColumns = columnsSelection(quoteFieldColumns, ["edges", "node"]);

builder.queryFields((t) => ({
  quotes: t.connection({
    type: Quote,
    description: "Quotes, newest article first, in reading order within an article.",
    args: { filter: t.arg({ type: QuoteFilter }) },
    resolve: (_root, args, ctx, info) => {
      const query = quoteQuery(args.filter);
      return keysetConnection({
        list: "Query.quotes",
        args,
        load: async (page) => ({ items: await ctx.db.read.quotes(query, page, quoteColumns(info)) }),
        node: quoteNode,
        totalCount: () => ctx.db.read.countQuotes(query),
      });
    },
  }),
}));
