/** The operation GraphiQL opens on: the seed's meetings in time order, with who takes part. */
export const defaultGraphiQLQuery = `# newsgraph: articles, people, quotes and meetings extracted from news.
# Press the run button (or Ctrl-Enter) to list dated meetings in time order.
query MeetingsInTimeOrder {
  meetings(first: 20, filter: { from: "1900-01-01T00:00:00Z" }) {
    totalCount
    edges {
      node {
        kind
        status
        date
        time
        timeZone
        startsAt
        participants {
          __typename
          name
        }
        evidence {
          text
        }
        article {
          title
        }
      }
    }
  }
}
`;
