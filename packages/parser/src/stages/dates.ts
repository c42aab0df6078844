import type { DocumentContext } from "./context.js";

/** Resolves each meeting's date, time and time zone (to a UTC instant) against publishedAt. */
export function resolveDates(ctx: DocumentContext): void {
  void ctx;
}
