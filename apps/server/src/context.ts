import type { Db } from "@newsgraph/db";
import type { Counters } from "./counts.js";

/** What every resolver sees: the database of this server and the caller's credentials. */
export interface Context {
  db: Db;
  /** The configured admin token; ingestion is refused when it is absent. */
  adminToken: string | undefined;
  /** The request's `Authorization` header, as sent. */
  authorization: string | null;
  /** Batched list sizes for this request. */
  counts: Counters;
}
