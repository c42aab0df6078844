import type { Prisma } from "@newsgraph/db";
import { builder } from "../builder.js";
import { stringList } from "./common.js";
import { Participant } from "./participant.js";
import { nameKey } from "./search-support.js";

export const Organization = builder.prismaNode("Organization", {
  id: { field: "id" },
  interfaces: [Participant],
  description: "An organization (ministry, alliance, company…), shared by every article naming it.",
  fields: (t) => ({
    aliases: t.stringList({ resolve: (organization) => stringList(organization.aliases) }),
  }),
});

function organizationWhere(search: string | null | undefined): Prisma.OrganizationWhereInput {
  if (search == null || search.trim() === "") return {};
  return { OR: [{ key: { contains: nameKey(search) } }, { name: { contains: search.trim() } }] };
}

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: Organization,
    cursor: "id",
    description: "Organizations by name; search matches any part of the name, ignoring accents and case.",
    args: { search: t.arg.string() },
    resolve: (query, _root, args, ctx) =>
      ctx.db.prisma.organization.findMany({ ...query, where: organizationWhere(args.search), orderBy: [{ name: "asc" }, { id: "asc" }] }),
    totalCount: (_root, args, ctx) => ctx.db.prisma.organization.count({ where: organizationWhere(args.search) }),
  }),
}));
