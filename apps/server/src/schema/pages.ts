import type { KeysetPage, ListPage, SortKey } from "@newsgraph/db";
import { parseCursorConnectionArgs } from "@pothos/core";
import type { DefaultConnectionArguments } from "@pothos/plugin-relay";
import { GraphQLError } from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../builder.js";

/**
 * Connections read through `db.read` page by keyset: a cursor holds the sort key of its row and
 * the list it came from (`Article.quotes`…), so a cursor of one list is refused by another.
 */
function encodeCursor(list: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([list, ...key])).toString("base64url");
}

function decodeCursor(list: string, cursor: string | undefined): SortKey | undefined {
  if (cursor === undefined) return undefined;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    decoded = undefined;
  }
  const isKey = (value: unknown): value is [string, ...SortKey] =>
    Array.isArray(value) &&
    value[0] === list &&
    value.length > 1 &&
    value.every((part: unknown) => part === null || typeof part === "string" || typeof part === "number");
  if (!isKey(decoded)) throw new GraphQLError(`Invalid cursor for ${list}: use a cursor this list returned.`);
  return decoded.slice(1);
}

/** An edge whose cursor is encoded only when asked for: most requests read nodes alone. */
class KeysetEdge {
  constructor(
    private readonly list: string,
    private readonly key: SortKey,
  ) {}

  get cursor(): string {
    return encodeCursor(this.list, this.key);
  }
}

export interface EdgeShape<Node> {
  node: Node;
}

export interface KeysetConnectionOptions<Row, Edge> {
  /** The list's name in its cursors, e.g. Article.quotes. */
  list: string;
  args: DefaultConnectionArguments;
  /** A page of rows; with the whole list's size when the read knew it. */
  load: (page: KeysetPage) => Promise<ListPage<Row>>;
  /** The edge (node and edge fields) of a row. */
  toEdge: (row: Row) => Edge;
  /** The list's size, asked only when the page did not tell it. */
  totalCount: () => Promise<number>;
}

/** A Relay connection with `totalCount` over keyset pages of a list. */
export async function keysetConnection<Row, Edge extends EdgeShape<unknown>>({ list, args, load, toEdge, totalCount }: KeysetConnectionOptions<Row, Edge>) {
  const { limit, inverted, expectedSize, hasPreviousPage, hasNextPage } = parseCursorConnectionArgs({
    args,
    defaultSize: DEFAULT_PAGE_SIZE,
    maxSize: MAX_PAGE_SIZE,
  });
  const after = decodeCursor(list, args.after ?? undefined);
  const before = decodeCursor(list, args.before ?? undefined);
  const { items, size } = await load({ after, before, limit, inverted });
  const page = items.slice(0, expectedSize);
  if (inverted) page.reverse();
  const edges = page.map((item) => Object.assign(new KeysetEdge(list, item.key), toEdge(item.row)));
  return {
    edges,
    pageInfo: {
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
      hasPreviousPage: hasPreviousPage(items.length),
      hasNextPage: hasNextPage(items.length),
    },
    totalCount: size ?? totalCount,
  };
}

/** The edge field `mentionCount` of the edges made by `mentionEdge`. */
export function mentionCountOf(edge: object): number {
  return (edge as { mentionCount?: number }).mentionCount ?? 0;
}
