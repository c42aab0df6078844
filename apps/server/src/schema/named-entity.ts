import type { NamedEntity } from "@newsgraph/db";
import { builder } from "../builder.js";
import { Article, articleNode, meetingNode, quoteNode } from "./article.js";
import { Meeting } from "./meeting.js";
import { Organization } from "./organization.js";
import { articleFieldColumns, columnsSelection, meetingFieldColumns, quoteFieldColumns, speakersSelection } from "./columns.js";
import { keysetConnection } from "./pages.js";
import { Person } from "./person.js";
import { Quote } from "./quote.js";

const quotesColumns = columnsSelection(quoteFieldColumns, ["edges", "node"]);
const quoteSpeakers = speakersSelection(["edges", "node"]);
const articlesColumns = columnsSelection(articleFieldColumns, ["edges", "node"]);
const meetingsColumns = columnsSelection(meetingFieldColumns, ["edges", "node"]);

/**
 * What people and organizations both have: mentions, the articles naming them, the quotes
 * attributed to them and the meetings they take part in, each list newest or soonest first.
 */
for (const [ref, entity] of [[Person, "person"], [Organization, "organization"]] as const satisfies ReadonlyArray<readonly [unknown, NamedEntity]>) {
  const typeName = entity === "person" ? "Person" : "Organization";
  builder.prismaObjectFields(ref, (t) => ({
    mentionCount: t.int({
      description: "Mentions across all articles.",
      resolve: (parent, _args, ctx) => ctx.loaders.counts[entity].load(parent.id).then((counts) => counts.mentions),
    }),
    quotes: t.connection({
      type: Quote,
      description: `Quotes attributed to the ${entity}, newest article first.`,
      resolve: (parent, args, ctx, info) =>
        keysetConnection({
          list: `${typeName}.quotes`,
          args,
          load: (page) => ctx.loaders.entities[entity].quotes(page, quotesColumns(info), quoteSpeakers(info)).load(parent.id),
          node: quoteNode,
          totalCount: () => ctx.loaders.counts[entity].load(parent.id).then((counts) => counts.quotes),
        }),
    }),
    articles: t.connection({
      type: Article,
      description: `Articles naming the ${entity}, newest first.`,
      resolve: (parent, args, ctx, info) =>
        keysetConnection({
          list: `${typeName}.articles`,
          args,
          load: (page) => ctx.loaders.entities[entity].articles(page, articlesColumns(info)).load(parent.id),
          node: articleNode,
          totalCount: () => ctx.loaders.counts[entity].load(parent.id).then((counts) => counts.articles),
        }),
    }),
    meetings: t.connection({
      type: Meeting,
      description: "Meetings taken part in, in time order.",
      resolve: (parent, args, ctx, info) =>
        keysetConnection({
          list: `${typeName}.meetings`,
          args,
          load: (page) => ctx.loaders.entities[entity].meetings(page, meetingsColumns(info)).load(parent.id),
          node: meetingNode,
          totalCount: () => ctx.loaders.counts[entity].load(parent.id).then((counts) => counts.meetings),
        }),
    }),
  }));
}
