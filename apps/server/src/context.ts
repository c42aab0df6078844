import type { Db, DocumentInput, ParseOutcome } from "@newsgraph/db";
import type { Loaders } from "./loaders.js";

/** What every resolver sees: the database of this server and the caller's credentials. */
export interface Context {
  db: Db;
  /** The configured admin token; ingestion is refused when it is absent. */
  adminToken: string | undefined;
  /** Parses a document for ingestion, off this thread and within the time limit when the server has a parse pool. */
  parseArticle: (input: DocumentInput) => Promise<ParseOutcome>;
  /** The request's `Authorization` header, as sent. */
  authorization: string | null;
  /** This request's batched reads: rows by id, pages of lists, list sizes. */
  loaders: Loaders;
}
