import type { SpeakerColumns } from "@newsgraph/db";
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Which columns of its row each field of a type reads. Lists read through db.read ask for the
 * columns of the fields a request selects and no more: copying values out of the database was the
 * largest cost of a list. Fields read through loaders by id need none; texts read on demand
 * (body, sentence, evidence text) need only their offsets. A field missing from its table makes a
 * list read every column, and a test checks that every field of each type is listed.
 */
export type FieldColumns = Readonly<Record<string, readonly string[]>>;

const itself = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, [name]]));

export const articleFieldColumns: FieldColumns = {
  ...itself(["title", "slug", "language", "source", "publishedAt", "url", "wordCount", "ingestedAt"]),
  id: [],
  body: [],
  paragraphs: [],
  people: [],
  organizations: [],
  quotes: [],
  meetings: [],
};

export const quoteFieldColumns: FieldColumns = {
  ...itself(["text", "kind", "cue", "speakerText"]),
  id: [],
  speaker: ["speakerPersonId", "speakerOrganizationId"],
  article: ["articleId"],
  span: ["start", "end"],
  sentence: ["sentenceStart", "sentenceEnd"],
};

export const meetingFieldColumns: FieldColumns = {
  ...itself(["kind", "status", "date", "time", "timeZone", "startsAt", "durationMinutes", "topics"]),
  id: [],
  dateText: ["date"],
  participants: [],
  article: ["articleId"],
  evidence: ["start", "end"],
};

export const personFieldColumns: FieldColumns = {
  ...itself(["name", "aliases", "roles"]),
  id: [],
  mentionCount: [],
  quotes: [],
  articles: [],
  meetings: [],
};

export const organizationFieldColumns: FieldColumns = {
  ...itself(["name", "aliases"]),
  id: [],
  mentionCount: [],
  quotes: [],
  articles: [],
  meetings: [],
};

/** Adds the names of the fields selected in `set` (through fragments) at `path` below it. */
function collect(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, path: readonly string[], names: Set<string>): void {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      if (path.length === 0) names.add(selection.name.value);
      else if (selection.name.value === path[0]) collect(info, selection.selectionSet, path.slice(1), names);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(info, selection.selectionSet, path, names);
    } else {
      collect(info, info.fragments[selection.name.value]?.selectionSet, path, names);
    }
  }
}

/**
 * The columns a list's rows need for the fields selected at `path` (e.g. edges.node) below the
 * resolving field, or undefined (read them all) when a selected field is not in `fields`.
 * Remembered per field node: a document's nodes are the same objects for every row and request.
 */
export function columnsSelection(fields: FieldColumns, path: readonly string[]): (info: GraphQLResolveInfo) => readonly string[] | undefined {
  const known = new WeakMap<FieldNode, readonly string[] | undefined>();
  return (info) => {
    const node = info.fieldNodes[0];
    if (node && known.has(node)) return known.get(node);
    const names = new Set<string>();
    for (const fieldNode of info.fieldNodes) collect(info, fieldNode.selectionSet, path, names);
    names.delete("__typename");
    let columns: readonly string[] | undefined = [...new Set([...names].flatMap((name) => fields[name] ?? ["*"]))].sort();
    if (columns.includes("*")) columns = undefined;
    if (node) known.set(node, columns);
    return columns;
  };
}

/**
 * What a list of quotes should read of their speakers along with them: the columns the selection
 * at `path` (e.g. edges.node) shows of a speaker, or undefined when it shows no speaker.
 */
export function speakersSelection(path: readonly string[]): (info: GraphQLResolveInfo) => SpeakerColumns | undefined {
  const known = new WeakMap<FieldNode, SpeakerColumns | undefined>();
  const person = columnsSelection(personFieldColumns, [...path, "speaker"]);
  const organization = columnsSelection(organizationFieldColumns, [...path, "speaker"]);
  return (info) => {
    const node = info.fieldNodes[0];
    if (node && known.has(node)) return known.get(node);
    const names = new Set<string>();
    for (const fieldNode of info.fieldNodes) collect(info, fieldNode.selectionSet, path, names);
    const speakers = names.has("speaker") ? { person: person(info), organization: organization(info) } : undefined;
    if (node) known.set(node, speakers);
    return speakers;
  };
}
