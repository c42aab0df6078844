import { ArticlesByPersonDocument, MeetingsBetweenDocument, QuotesOfSpeakerDocument, SearchDocument } from "./generated/graphql.js";
import { request } from "./request.js";

/** `node dist/main.js [ENDPOINT]`: runs the README's operations against a running server. */
const endpoint = process.argv[2] ?? "http://localhost:4000/graphql";

const { person } = await request(endpoint, ArticlesByPersonDocument, { name: "Vladimir Poutine" });
console.log(`${person?.name ?? "nobody"}: ${person?.articles.totalCount ?? 0} article(s)`);
for (const { node } of person?.articles.edges ?? []) console.log(`  ${node.publishedAt ?? "undated"}  ${node.title}`);

const { meetings } = await request(endpoint, MeetingsBetweenDocument, { from: "2021-12-01T00:00:00Z", to: "2022-02-01T00:00:00Z" });
for (const { node } of meetings.edges) {
  console.log(`${node.date ?? "?"} ${node.kind}: ${node.participants.map((participant) => participant.name).join(", ")}`);
}

const quotes = await request(endpoint, QuotesOfSpeakerDocument, { name: "Peskov" });
for (const { node } of quotes.person?.quotes.edges ?? []) console.log(`${node.kind} «${node.text}» (${node.cue ?? "—"})`);

const { search } = await request(endpoint, SearchDocument, { text: "négociations" });
for (const { node, score } of search.edges) {
  const label = node.__typename === "Person" ? node.name : node.__typename === "Article" ? node.title : node.text;
  console.log(`${score.toFixed(2)} ${node.__typename}: ${label}`);
}
