import type { DocumentContext } from "./context.js";

/** Resolves each quote's speaker to a person or organization (pronouns and roles included). */
export function attributeQuotes(ctx: DocumentContext): void {
  void ctx;
}
