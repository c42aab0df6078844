import type { Language, Meeting, NamedEntity, Organization, ParseOptions, Paragraph, Person, Quote, Span } from "../types.js";
import { localeFor, type Locale } from "../locales/index.js";
import type { QuoteEvidence } from "./quotes/index.js";

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

export interface OrganizationEntity extends Organization {
  id: number;
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
  /** The options the caller passed; values given there win over what the text says. */
  readonly options?: ParseOptions;
  language: Language;
  locale: Locale;
  title: Span | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /** The dateline ("PARIS, 3 mars 2023 (AFP) —"), alone on its line or opening the first paragraph. */
  dateline?: Span | null;
  /** The byline ("By Jane Doe"), alone on one of the first lines, left out of the paragraphs. */
  byline?: Span | null;
  /** Markdown headings inside the body ("## Un accord dans la nuit"), left out of the paragraphs. */
  headings?: Span[];
  /** The outlet's sign-off line, left out of the paragraphs. */
  signOff?: Span | null;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  people: PersonEntity[];
  organizations: OrganizationEntity[];
  places: PlaceEntity[];
  quotes: Quote[];
  /** Where each quote's speaker is written, index-aligned with `quotes`: set by the quote stage, read by attribution. */
  quoteEvidence?: QuoteEvidence[];
  meetings: Meeting[];
}

/** An empty context for `text` (byte-order mark removed), with what the options already fix. */
export function createContext(text: string, options: ParseOptions = {}, publishedAt: string | null = null): DocumentContext {
  const document = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const language = options.language ?? "und";
  return {
    text: document,
    options,
    language,
    locale: localeFor(language),
    title: null,
    publishedAt,
    source: options.source ?? null,
    url: options.url ?? null,
    dateline: null,
    byline: null,
    signOff: null,
    paragraphs: [],
    sentences: [],
    people: [],
    organizations: [],
    places: [],
    quotes: [],
    meetings: [],
  };
}
