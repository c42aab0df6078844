import { GraphQLError } from "graphql";

/** Lookups taking alternative keys (id | slug) need exactly one of them. */
export function requireExactlyOne(what: string, keys: Record<string, unknown>): void {
  const given = Object.values(keys).filter((value) => value != null).length;
  if (given !== 1) {
    throw new GraphQLError(`Give exactly one of ${Object.keys(keys).join(" or ")} to look up a ${what}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
}
