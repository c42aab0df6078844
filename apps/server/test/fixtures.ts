import type { ParsedInput } from "@newsgraph/db";

type Parsed = ParsedInput["parsed"];

function spansOf(text: string, form: string) {
  const spans = [];
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) {
    spans.push({ start: at, end: at + form.length, text: form });
  }
  return spans;
}

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  if (start === -1) throw new Error(`fixture: "${part}" is not in the document`);
  return { start, end: start + part.length };
}

export interface FixtureDocument {
  text: string;
  meta: { publishedAt: string; source: string; url: string };
  language: "fr" | "en";
  people: Array<{ name: string; aliases?: string[]; roles?: string[] }>;
  organizations: string[];
  quotes: Array<{ text: string; kind: "direct" | "indirect"; speaker: string | null; speakerText: string | null; cue: string }>;
  meetings: Array<{
    kind: Parsed["meetings"][number]["kind"];
    status: Parsed["meetings"][number]["status"];
    evidence: string;
    date: string | null;
    time?: string;
    timeZone?: string;
    startsAt?: string;
    participants: string[];
    topics?: string[];
  }>;
}

/**
 * What the parser would extract, written by hand, so that these API tests hold whatever the
 * parser's current accuracy; ingestion stores it through @newsgraph/db as usual.
 */
export function asParsedInput(doc: FixtureDocument): ParsedInput {
  const { text } = doc;
  const lines = text.split("\n");
  const paragraphs = [];
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && line.trim() !== "") paragraphs.push({ text: line, start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const parsed: Parsed = {
    title: lines[0] ?? null,
    language: doc.language,
    source: doc.meta.source,
    url: doc.meta.url,
    publishedAt: doc.meta.publishedAt,
    paragraphs,
    people: doc.people.map((person) => ({
      name: person.name,
      aliases: person.aliases ?? [],
      roles: person.roles ?? [],
      mentions: [person.name, ...(person.aliases ?? [])]
        .flatMap((form) => spansOf(text, form))
        .filter((span, _, all) => !all.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start)),
    })),
    organizations: doc.organizations.map((name) => ({ name, aliases: [], mentions: spansOf(text, name) })),
    places: [],
    quotes: doc.quotes.map((quote) => ({ ...quote, ...spanOf(text, quote.text) })),
    meetings: doc.meetings.map((meeting) => ({
      kind: meeting.kind,
      status: meeting.status,
      date: meeting.date,
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
  return { document: text, parsed, meta: doc.meta };
}

export const osloTalks: FixtureDocument = {
  text: [
    "Lindqvist and Berg to hold talks in Oslo",
    "",
    "Swedish trade minister Greta Lindqvist will meet Norwegian minister Tomas Berg in Oslo on 14 March at 10:00.",
    "",
    "\"We expect a frank discussion about fishing quotas,\" Lindqvist told reporters.",
    "",
    "The Nordic Council said the meeting was requested by Stockholm.",
    "",
  ].join("\n"),
  meta: { publishedAt: "2023-03-06", source: "Test Wire", url: "https://news.example/oslo-talks" },
  language: "en",
  people: [
    { name: "Greta Lindqvist", aliases: ["Lindqvist"], roles: ["Swedish trade minister"] },
    { name: "Tomas Berg", roles: ["Norwegian minister"] },
  ],
  organizations: ["Nordic Council"],
  quotes: [
    { text: "We expect a frank discussion about fishing quotas,", kind: "direct", speaker: "Greta Lindqvist", speakerText: "Lindqvist", cue: "told" },
    { text: "the meeting was requested by Stockholm", kind: "indirect", speaker: "Nordic Council", speakerText: "The Nordic Council", cue: "said" },
  ],
  meetings: [
    {
      kind: "meeting",
      status: "scheduled",
      evidence: "Swedish trade minister Greta Lindqvist will meet Norwegian minister Tomas Berg in Oslo on 14 March at 10:00.",
      date: "2023-03-14",
      time: "10:00",
      timeZone: "Europe/Oslo",
      startsAt: "2023-03-14T09:00:00Z",
      participants: ["Greta Lindqvist", "Tomas Berg"],
      topics: ["fishing quotas"],
    },
  ],
};

export const bergCall: FixtureDocument = {
  text: [
    "Appel entre Berg et la Suède",
    "",
    "Tomas Berg s'est entretenu par téléphone avec la Suède le 17 mars, a indiqué le Conseil nordique.",
    "",
    "« L'échange a été utile », a déclaré Berg.",
    "",
    "Un sommet serait prévu le 2 juin, selon une source diplomatique.",
    "",
  ].join("\n"),
  meta: { publishedAt: "2023-03-20", source: "Dépêche Test", url: "https://news.example/appel-berg" },
  language: "fr",
  people: [{ name: "Tomas Berg", aliases: ["Berg"] }],
  organizations: ["Conseil nordique"],
  quotes: [
    { text: "L'échange a été utile", kind: "direct", speaker: "Tomas Berg", speakerText: "Berg", cue: "a déclaré" },
    { text: "Un sommet serait prévu le 2 juin", kind: "indirect", speaker: null, speakerText: "une source diplomatique", cue: "selon" },
  ],
  meetings: [
    {
      kind: "phone_call",
      status: "held",
      evidence: "Tomas Berg s'est entretenu par téléphone avec la Suède le 17 mars, a indiqué le Conseil nordique.",
      date: "2023-03-17",
      participants: ["Tomas Berg", "Suède"],
    },
    {
      kind: "summit",
      status: "scheduled",
      evidence: "Un sommet serait prévu le 2 juin, selon une source diplomatique.",
      date: "--06-02",
      participants: ["Conseil nordique"],
    },
  ],
};

/** Article number `index` of a generated series: its own envoy, a shared minister, a quote, a meeting. */
export function seriesDocument(index: number): FixtureDocument {
  const envoy = `Envoy Number${index} Testperson`;
  const day = String((index % 28) + 1).padStart(2, "0");
  const evidence = `${envoy} will visit Greta Lindqvist on 2024-05-${day}.`;
  const quote = `Talks number ${index} went well`;
  return {
    text: [`Series report ${index}`, "", evidence, "", `"${quote}," said ${envoy}.`, ""].join("\n"),
    meta: { publishedAt: `2024-04-${day}`, source: "Series Wire", url: `https://news.example/series/${index}` },
    language: "en",
    people: [{ name: envoy }, { name: "Greta Lindqvist" }],
    organizations: [],
    quotes: [{ text: quote, kind: "direct", speaker: envoy, speakerText: envoy, cue: "said" }],
    meetings: [{ kind: "visit", status: "scheduled", evidence, date: `2024-05-${day}`, participants: [envoy, "Greta Lindqvist"] }],
  };
}
