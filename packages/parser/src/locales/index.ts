import type { Language } from "../types.js";
import type { DateWords } from "../stages/dates.js";
import type { EntityWords } from "../stages/entities/index.js";
import type { MeetingWords } from "../stages/meetings/index.js";
import type { QuoteWords } from "../stages/quotes/index.js";
import type { StructureWords } from "../stages/segment/index.js";
import { en } from "./en/index.js";
import { fr } from "./fr/index.js";

/** Everything language-specific that the stages need: word lists and patterns, no logic. */
export interface Locale {
  code: "fr" | "en";
  structure: StructureWords;
  entities: EntityWords;
  quotes: QuoteWords;
  meetings: MeetingWords;
  dates: DateWords;
}

export const locales: Record<"fr" | "en", Locale> = { fr, en };

/** The locale whose words drive extraction; undetermined text is read with the English rules. */
export function localeFor(language: Language): Locale {
  return language === "fr" ? fr : en;
}
