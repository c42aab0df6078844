/** A stretch of the original document: `document.slice(start, end) === text` (UTF-16 indices). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Language = "fr" | "en" | "und";

export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

export interface Person {
  /** The fullest form the text gives ("Emmanuel Macron"). */
  name: string;
  /** Other surface forms that refer to the same person in this text ("Macron", "E. Macron"). */
  aliases: string[];
  /** Titles the text attaches to the person ("porte-parole du Kremlin"). */
  roles: string[];
  mentions: Span[];
}

export interface NamedEntity {
  name: string;
  mentions: Span[];
}

export interface Organization extends NamedEntity {
  /** Other forms the text names it by: an acronym it defines ("Federal Aviation Administration (FAA)"), a short name ("Castellan"). */
  aliases: string[];
}

export type QuoteKind = "direct" | "indirect";

export interface Quote {
  /** The quoted words, without quotation marks (direct) or without verb and speaker (indirect). */
  text: string;
  kind: QuoteKind;
  /** Canonical name of the person or organization speaking, or null when the text does not say. */
  speaker: string | null;
  /** The speaker as written where the attribution is made ("un porte-parole du Kremlin"). */
  speakerText: string | null;
  /** The reporting verb ("a déclaré", "said"), when there is one. */
  cue: string | null;
  start: number;
  end: number;
}

export type MeetingKind =
  | "phone_call"
  | "video_conference"
  | "meeting"
  | "negotiations"
  | "consultations"
  | "summit"
  | "visit"
  | "debate"
  | "other";

export type MeetingStatus = "scheduled" | "held" | "cancelled" | "unknown";

export interface Meeting {
  kind: MeetingKind;
  status: MeetingStatus;
  /** YYYY-MM-DD; "--MM-DD" when only month and day are known; null if none. */
  date: string | null;
  /** HH:MM local time. */
  time: string | null;
  /** IANA time zone. */
  timeZone: string | null;
  /** UTC instant (ISO 8601, "Z") when date, time and zone are all known. */
  startsAt: string | null;
  durationMinutes: number | null;
  /** People (canonical names), organizations or countries. */
  participants: string[];
  topics: string[];
  /** Evidence sentence. */
  text: string;
  start: number;
  end: number;
}

export interface ParsedDocument {
  title: string | null;
  language: Language;
  source: string | null;
  url: string | null;
  /** YYYY-MM-DD. */
  publishedAt: string | null;
  paragraphs: Paragraph[];
  people: Person[];
  organizations: Organization[];
  places: NamedEntity[];
  quotes: Quote[];
  meetings: Meeting[];
}

export interface ParseOptions {
  /** Publication date (YYYY-MM-DD or any ISO 8601 date-time); relative dates resolve against it. */
  publishedAt?: string | Date | null;
  source?: string | null;
  url?: string | null;
  /** Force the language instead of detecting it. */
  language?: Language | null;
  /** Force the title instead of taking the first line. */
  title?: string | null;
}
