import type { DocumentContext } from "./context.js";

/** Meeting nouns and verbs, status cues and participant patterns for one language. */
export interface MeetingWords {}

/** Finds phone calls, talks, summits, visits… with their participants and raw date expressions. */
export function findMeetings(ctx: DocumentContext): void {
  void ctx;
}
