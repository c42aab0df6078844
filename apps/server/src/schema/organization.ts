import { builder } from "../builder.js";
import { stringList } from "./common.js";
import { Participant } from "./participant.js";
import { columnsSelection, organizationFieldColumns } from "./columns.js";
import { keysetConnection } from "./pages.js";
import { nameSearch } from "./search-support.js";

export const Organization = builder.prismaNode("Organization", {
  id: { field: "id" },
  interfaces: [Participant],
  description: "An organization (ministry, alliance, company…), shared by every article naming it.",
  fields: (t) => ({
    aliases: t.stringList({ resolve: (organization) => stringList(organization.aliases) }),
  }),
});

const organizationColumns = columnsSelection(organizationFieldColumns, ["edges", "node"]);

builder.queryFields((t) => ({
  organizations: t.connection({
    type: Organization,
    description: "Organizations by name; search matches any part of the name, ignoring accents and case.",
    args: { search: t.arg.string() },
    resolve: (_root, args, ctx, info) => {
      const search = nameSearch(args.search);
      return keysetConnection({
        list: "Query.organizations",
        args,
        load: async (page) => ({ items: await ctx.db.read.organizations(search, page, organizationColumns(info)) }),
        node: (organization) => organization,
        totalCount: () => ctx.db.read.countOrganizations(search),
      });
    },
  }),
}));
