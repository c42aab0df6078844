import type { Db } from "@newsgraph/db";
import type { Loaders } from "./loaders.js";

/** What every resolver sees: the database of this server and the caller's credentials. */
export interface Context {
  db: Db;
  /** The configured admin token; ingestion is refused when it is absent. */
  adminToken: string | undefined;
  /** The request's `Authorization` header, as sent. */
  authorization: string | null;
  /** This request's batched reads: rows by id, pages of lists, list sizes. */
  loaders: Loaders;
}
