import type { MeetingKind, MeetingStatus, ParsedDocument, QuoteKind } from "@newsgraph/parser";

/** Every occurrence of `needle` in `text`, as spans. */
export function spansOf(text: string, needle: string): Array<{ start: number; end: number; text: string }> {
  const spans = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    spans.push({ start: at, end: at + needle.length, text: needle });
  }
  return spans;
}

function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`"${needle}" is not in the test document`);
  return { start, end: start + needle.length };
}

export interface DocumentSketch {
  title?: string;
  language?: "fr" | "en";
  publishedAt?: string | null;
  /** Each person's canonical name, then other forms written in the text. */
  people?: Array<{ name: string; aliases?: string[]; roles?: string[] }>;
  organizations?: string[];
  quotes?: Array<{ text: string; kind?: QuoteKind; speaker?: string | null; speakerText?: string | null; cue?: string | null }>;
  meetings?: Array<{
    kind: MeetingKind;
    status: MeetingStatus;
    evidence: string;
    date?: string | null;
    time?: string | null;
    timeZone?: string | null;
    startsAt?: string | null;
    participants: string[];
    topics?: string[];
  }>;
}

/**
 * A parser result for `text` built by hand, spans computed from the strings given, so storage
 * tests do not depend on how well the parser reads a sentence.
 */
export function sketchDocument(text: string, sketch: DocumentSketch): ParsedDocument {
  const lines = text.split("\n");
  const title = sketch.title ?? lines[0] ?? null;
  const paragraphs = [];
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && line.trim() !== "") paragraphs.push({ text: line, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  return {
    title,
    language: sketch.language ?? "en",
    source: null,
    url: null,
    publishedAt: sketch.publishedAt ?? null,
    paragraphs,
    people: (sketch.people ?? []).map((person) => ({
      name: person.name,
      aliases: person.aliases ?? [],
      roles: person.roles ?? [],
      mentions: [person.name, ...(person.aliases ?? [])].flatMap((form) => spansOf(text, form)),
    })),
    organizations: (sketch.organizations ?? []).map((name) => ({ name, aliases: [], mentions: spansOf(text, name) })),
    places: [],
    quotes: (sketch.quotes ?? []).map((quote) => ({
      text: quote.text,
      kind: quote.kind ?? "direct",
      speaker: quote.speaker ?? null,
      speakerText: quote.speakerText ?? quote.speaker ?? null,
      cue: quote.cue ?? null,
      ...spanOf(text, quote.text),
    })),
    meetings: (sketch.meetings ?? []).map((meeting) => ({
      kind: meeting.kind,
      status: meeting.status,
      date: meeting.date ?? null,
      time: meeting.time ?? null,
      timeZone: meeting.timeZone ?? null,
      startsAt: meeting.startsAt ?? null,
      durationMinutes: null,
      participants: meeting.participants,
      topics: meeting.topics ?? [],
      text: meeting.evidence,
      ...spanOf(text, meeting.evidence),
    })),
  };
}
