import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

export class GraphQLRequestError extends Error {}

/** Sends one typed operation to the newsgraph API; the result's type follows the document. */
export async function request<Result, Variables extends Record<string, unknown>>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  headers: Record<string, string> = {},
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) {
    throw new GraphQLRequestError(body.errors?.map((error) => error.message).join("; ") ?? `HTTP ${response.status}`);
  }
  return body.data;
}
