import { timingSafeEqual } from "node:crypto";
import type { Context } from "./context.js";

/** Whether the Authorization header carries exactly the configured admin token. */
export function isAdmin(context: Pick<Context, "adminToken" | "authorization">): boolean {
  if (!context.adminToken || !context.authorization) return false;
  const expected = Buffer.from(`Bearer ${context.adminToken}`);
  const given = Buffer.from(context.authorization);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
