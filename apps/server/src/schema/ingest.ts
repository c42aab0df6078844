import { ingestParsed } from "@newsgraph/db";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder.js";
import { isAdmin } from "../auth.js";
import { Article } from "./article.js";

const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "A failure the client can act on.",
  fields: (t) => ({ message: t.exposeString("message") }),
});

type AuthorizationReason = "INGESTION_DISABLED" | "MISSING_TOKEN" | "WRONG_TOKEN";

export class NotAuthorizedError extends Error {
  constructor(
    message: string,
    readonly reason: AuthorizationReason,
  ) {
    super(message);
  }
}

export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const AuthorizationFailure = builder.enumType("AuthorizationFailure", {
  values: ["INGESTION_DISABLED", "MISSING_TOKEN", "WRONG_TOKEN"] as const,
});

builder.objectType(NotAuthorizedError, {
  name: "NotAuthorizedError",
  description: "The request lacks the admin bearer token, or the server has none configured.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.field({ type: AuthorizationFailure, resolve: (error) => error.reason }) }),
});

builder.objectType(InvalidInputError, {
  name: "InvalidInputError",
  interfaces: [ErrorInterface],
  fields: (t) => ({ field: t.exposeString("field", { description: "The input field at fault." }) }),
});

const IngestStatus = builder.enumType("IngestStatus", {
  description: "CREATED: a new article; REPLACED: new content for a stored url or slug; UNCHANGED: already stored as is.",
  values: { CREATED: { value: "created" }, REPLACED: { value: "replaced" }, UNCHANGED: { value: "unchanged" } } as const,
});

interface IngestOutcome {
  status: "created" | "replaced" | "unchanged";
  articleId: string;
}

const IngestArticlePayload = builder.objectRef<IngestOutcome>("IngestArticlePayload").implement({
  fields: (t) => ({
    status: t.field({ type: IngestStatus, resolve: (outcome) => outcome.status }),
    article: t.field({
      type: Article,
      resolve: (outcome, _args, ctx, info) =>
        ctx.db.prisma.article.findUniqueOrThrow({ ...queryFromInfo({ context: ctx, info }), where: { id: outcome.articleId } }),
    }),
  }),
});

const IngestArticleInput = builder.inputType("IngestArticleInput", {
  fields: (t) => ({
    text: t.string({ required: true, description: "The document: plain text, or Markdown with front matter." }),
    publishedAt: t.field({ type: "Date", description: "Publication day; relative dates in the text resolve against it." }),
    source: t.string({ description: "The outlet, e.g. News-Front." }),
    url: t.string({ description: "The article's address; new content for a known url replaces the stored article." }),
    title: t.string({ description: "Used when the text has no title of its own." }),
  }),
});

function checkInput(input: typeof IngestArticleInput.$inferInput): void {
  if (input.text.trim() === "") throw new InvalidInputError("text is empty.", "text");
  if (input.text.includes("\u0000")) throw new InvalidInputError("text contains NUL characters; send UTF-8 text, not binary data.", "text");
  if (input.url != null) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(input.url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
      throw new InvalidInputError(`url must be an absolute http(s) URL; got "${input.url.slice(0, 200)}".`, "url");
    }
  }
  if (input.title != null && input.title.trim() === "") throw new InvalidInputError("title is empty.", "title");
}

function authorize(ctx: Parameters<typeof isAdmin>[0]): void {
  if (!ctx.adminToken) {
    throw new NotAuthorizedError("Ingestion is disabled: the server has no NEWSGRAPH_ADMIN_TOKEN.", "INGESTION_DISABLED");
  }
  if (!ctx.authorization) {
    throw new NotAuthorizedError("Send the header Authorization: Bearer <NEWSGRAPH_ADMIN_TOKEN>.", "MISSING_TOKEN");
  }
  if (!isAdmin(ctx)) throw new NotAuthorizedError("The bearer token is not the admin token.", "WRONG_TOKEN");
}

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestArticlePayload,
    description: "Parses a document and stores it with its people, quotes and meetings. Needs the admin bearer token.",
    errors: { types: [NotAuthorizedError, InvalidInputError], directResult: true, union: { name: "IngestArticleResult" } },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      authorize(ctx);
      checkInput(input);
      const meta = { publishedAt: input.publishedAt ?? null, source: input.source ?? null, url: input.url ?? null, title: input.title ?? null };
      const parsed = await ctx.parseArticle({ text: input.text, meta });
      if (!parsed.ok) throw new InvalidInputError(`text could not be parsed (${parsed.reason}); nothing was stored.`, "text");
      const [result] = await ingestParsed(ctx.db, [parsed.value]);
      return { status: result!.status, articleId: result!.articleId };
    },
  }),
}));
