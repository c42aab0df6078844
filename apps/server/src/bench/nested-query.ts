/**
 * The spec's nested request: a page of articles with their quotes' speakers, their meetings'
 * participants and their people. Inner connections use the default page size (20).
 */
export const NESTED_QUERY = `query Nested($n: Int!) {
  articles(first: $n) {
    totalCount
    edges { node {
      title
      quotes { totalCount edges { node { text kind speaker { __typename ... on Person { name } ... on Organization { name } } } } }
      meetings { totalCount edges { node { kind date participants { __typename name } } } }
      people { totalCount edges { node { name } } }
    } }
  }
}`;
