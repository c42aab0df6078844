import type { Language, Meeting, NamedEntity, Paragraph, Person, Quote, Span } from "../types.js";
import type { Locale } from "../locales/index.js";

/** A sentence of the body, with its place in the document. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraphIndex: number;
}

/** A person as the entity stage knows it: the public shape plus a stable id for later stages. */
export interface PersonEntity extends Person {
  id: number;
}

export interface OrganizationEntity extends NamedEntity {
  id: number;
  aliases: string[];
}

export interface PlaceEntity extends NamedEntity {
  id: number;
  /** The country this place stands for in a meeting ("Moscou" → "Russie"), when it is a capital or a country. */
  country: string | null;
}

/**
 * The state that flows through the pipeline. Each stage reads what earlier stages filled in and
 * adds its own part; `assemble` turns it into the public `ParsedDocument`.
 */
export interface DocumentContext {
  /** The document exactly as given (byte-order mark removed): every offset points into it. */
  readonly text: string;
  language: Language;
  locale: Locale;
  title: Span | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  people: PersonEntity[];
  organizations: OrganizationEntity[];
  places: PlaceEntity[];
  quotes: Quote[];
  meetings: Meeting[];
}
