import { createServer } from "node:http";
import Database from "better-sqlite3";

/**
 * The benchmark's baseline: the nested query's answer built by hand-written SQL over
 * better-sqlite3 and JSON.stringify, served by node:http. Same data, same JSON as the API.
 * Usage: node baseline-server.js SQLITE_FILE PORT
 */

const [file, portText] = process.argv.slice(2);
if (!file || !portText) throw new Error("usage: baseline-server SQLITE_FILE PORT");
const db = new Database(file, { readonly: true });
const INNER_PAGE = 20;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const articlesPage = db.prepare<[number], { id: string; title: string }>(
  `SELECT id, title FROM Article ORDER BY publishedAt DESC, id DESC LIMIT ?`,
);
const articleCount = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM Article`);

function inList(count: number): string {
  return Array.from({ length: count }, () => "?").join(", ");
}

interface QuoteRow { articleId: string; text: string; kind: string; personName: string | null; organizationName: string | null }
interface MeetingRow { id: string; articleId: string; kind: string; date: string | null }
interface ParticipantRow { meetingId: string; kind: string; name: string; personName: string | null; organizationName: string | null }
interface PersonRow { articleId: string; name: string }
interface CountRow { articleId: string; n: number }

const statements = new Map<number, ReturnType<typeof prepareFor>>();

function prepareFor(count: number) {
  const ids = inList(count);
  return {
    quotes: db.prepare<string[], QuoteRow>(
      `SELECT q.articleId, q.text, q.kind, p.name AS personName, o.name AS organizationName FROM (
         SELECT *, row_number() OVER (PARTITION BY articleId ORDER BY start, id) AS rank FROM Quote WHERE articleId IN (${ids})
       ) q LEFT JOIN Person p ON p.id = q.speakerPersonId LEFT JOIN Organization o ON o.id = q.speakerOrganizationId
       WHERE q.rank <= ${INNER_PAGE} ORDER BY q.articleId, q.rank`,
    ),
    quoteCounts: db.prepare<string[], CountRow>(`SELECT articleId, count(*) AS n FROM Quote WHERE articleId IN (${ids}) GROUP BY articleId`),
    meetings: db.prepare<string[], MeetingRow>(
      `SELECT id, articleId, kind, date FROM (
         SELECT *, row_number() OVER (PARTITION BY articleId ORDER BY start, id) AS rank FROM Meeting WHERE articleId IN (${ids})
       ) WHERE rank <= ${INNER_PAGE} ORDER BY articleId, rank`,
    ),
    meetingCounts: db.prepare<string[], CountRow>(`SELECT articleId, count(*) AS n FROM Meeting WHERE articleId IN (${ids}) GROUP BY articleId`),
    people: db.prepare<string[], PersonRow>(
      `SELECT ap.articleId, p.name FROM (
         SELECT *, row_number() OVER (PARTITION BY articleId ORDER BY firstMention, personId) AS rank FROM ArticlePerson WHERE articleId IN (${ids})
       ) ap JOIN Person p ON p.id = ap.personId WHERE ap.rank <= ${INNER_PAGE} ORDER BY ap.articleId, ap.rank`,
    ),
    peopleCounts: db.prepare<string[], CountRow>(`SELECT articleId, count(*) AS n FROM ArticlePerson WHERE articleId IN (${ids}) GROUP BY articleId`),
  };
}

function statementsFor(count: number) {
  let prepared = statements.get(count);
  if (!prepared) {
    prepared = prepareFor(count);
    statements.set(count, prepared);
  }
  return prepared;
}

function participantsOf(meetingIds: string[]): Map<string, ParticipantRow[]> {
  const byMeeting = new Map<string, ParticipantRow[]>();
  if (meetingIds.length === 0) return byMeeting;
  const rows = db
    .prepare<string[], ParticipantRow>(
      `SELECT mp.meetingId, mp.kind, mp.name, p.name AS personName, o.name AS organizationName FROM MeetingParticipant mp
       LEFT JOIN Person p ON p.id = mp.personId LEFT JOIN Organization o ON o.id = mp.organizationId
       WHERE mp.meetingId IN (${inList(meetingIds.length)}) ORDER BY mp.meetingId, mp.position`,
    )
    .all(...meetingIds);
  for (const row of rows) {
    const list = byMeeting.get(row.meetingId) ?? [];
    list.push(row);
    byMeeting.set(row.meetingId, list);
  }
  return byMeeting;
}

function group<Row extends { articleId: string }>(rows: Row[]): Map<string, Row[]> {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.articleId) ?? [];
    list.push(row);
    grouped.set(row.articleId, list);
  }
  return grouped;
}

function counts(rows: CountRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.articleId, row.n]));
}

function participant(row: ParticipantRow) {
  if (row.personName != null) return { __typename: "Person", name: row.personName };
  if (row.organizationName != null) return { __typename: "Organization", name: row.organizationName };
  return { __typename: "Country", name: row.name };
}

export function nestedAnswer(first: number) {
  const articles = articlesPage.all(first);
  const ids = articles.map((article) => article.id);
  const total = articleCount.get()?.n ?? 0;
  if (ids.length === 0) return { data: { articles: { totalCount: total, edges: [] } } };
  const prepared = statementsFor(ids.length);
  const quotes = group(prepared.quotes.all(...ids));
  const meetings = group(prepared.meetings.all(...ids));
  const people = group(prepared.people.all(...ids));
  const quoteCounts = counts(prepared.quoteCounts.all(...ids));
  const meetingCounts = counts(prepared.meetingCounts.all(...ids));
  const peopleCounts = counts(prepared.peopleCounts.all(...ids));
  const participants = participantsOf([...meetings.values()].flat().map((meeting) => meeting.id));
  return {
    data: {
      articles: {
        totalCount: total,
        edges: articles.map((article) => ({
          node: {
            title: article.title,
            quotes: {
              totalCount: quoteCounts.get(article.id) ?? 0,
              edges: (quotes.get(article.id) ?? []).map((quote) => ({
                node: {
                  text: quote.text,
                  kind: quote.kind,
                  speaker:
                    quote.personName != null
                      ? { __typename: "Person", name: quote.personName }
                      : quote.organizationName != null
                        ? { __typename: "Organization", name: quote.organizationName }
                        : null,
                },
              })),
            },
            meetings: {
              totalCount: meetingCounts.get(article.id) ?? 0,
              edges: (meetings.get(article.id) ?? []).map((meeting) => ({
                node: {
                  kind: meeting.kind,
                  date: meeting.date && FULL_DATE.test(meeting.date) ? meeting.date : null,
                  participants: (participants.get(meeting.id) ?? []).map(participant),
                },
              })),
            },
            people: {
              totalCount: peopleCounts.get(article.id) ?? 0,
              edges: (people.get(article.id) ?? []).map((person) => ({ node: { name: person.name } })),
            },
          },
        })),
      },
    },
  };
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as { variables?: { n?: number } };
    const payload = JSON.stringify(nestedAnswer(body.variables?.n ?? 10));
    response.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(payload) });
    response.end(payload);
  });
});
server.listen(Number(portText), "127.0.0.1", () => process.stdout.write("ready\n"));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
