import type { DocumentContext } from "./context.js";

/** Word lists for recognising people, organizations, places and roles in one language. */
export interface EntityWords {}

/** Finds people (with aliases and roles), organizations and places. */
export function recogniseEntities(ctx: DocumentContext): void {
  void ctx;
}
