import { builder } from "../builder.js";
import { OrderDirection, stringList } from "./common.js";
import { requireExactlyOne } from "./lookup.js";
import { Participant } from "./participant.js";
import { columnsSelection, personFieldColumns } from "./columns.js";
import { keysetConnection } from "./pages.js";
import { nameKey, nameSearch } from "./search-support.js";

export const Person = builder.prismaNode("Person", {
  id: { field: "id" },
  interfaces: [Participant],
  description: "One real person, shared by every article that mentions them.",
  fields: (t) => ({
    aliases: t.stringList({
      description: "Other forms of the name seen in articles.",
      resolve: (person) => stringList(person.aliases),
    }),
    roles: t.stringList({
      description: "Titles and roles seen, e.g. porte-parole du Kremlin.",
      resolve: (person) => stringList(person.roles),
    }),
  }),
});

const peopleColumns = columnsSelection(personFieldColumns, ["edges", "node"]);

const PersonOrderField = builder.enumType("PersonOrderField", {
  values: ["NAME", "MENTION_COUNT"] as const,
});

const PersonOrder = builder.inputType("PersonOrder", {
  fields: (t) => ({
    field: t.field({ type: PersonOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true }),
  }),
});

builder.queryFields((t) => ({
  people: t.connection({
    type: Person,
    description: "People, by name unless orderBy says otherwise; search matches any part of the name, ignoring accents and case.",
    args: { search: t.arg.string(), orderBy: t.arg({ type: PersonOrder }) },
    resolve: (_root, args, ctx, info) => {
      const search = nameSearch(args.search);
      const order = { field: args.orderBy?.field === "MENTION_COUNT" ? "mentionCount" : "name", direction: args.orderBy?.direction ?? "asc" } as const;
      return keysetConnection({
        list: "Query.people",
        args,
        load: async (page) => ({ items: await ctx.db.read.people(search, order, page, peopleColumns(info)) }),
        node: (person) => person,
        totalCount: () => ctx.db.read.countPeople(search),
      });
    },
  }),
  person: t.prismaField({
    type: Person,
    nullable: true,
    description: "One person by global id or by name (accents and case ignored; the full name, or the surname alone).",
    args: { id: t.arg.globalID({ for: Person }), name: t.arg.string() },
    resolve: async (query, _root, args, ctx) => {
      requireExactlyOne("person", { id: args.id, name: args.name });
      if (args.id) return ctx.db.prisma.person.findUnique({ ...query, where: { id: args.id.id } });
      const name = args.name ?? "";
      const key = nameKey(name);
      const exact = await ctx.db.prisma.person.findFirst({ ...query, where: { OR: [{ key }, { name }] }, orderBy: { id: "asc" } });
      if (exact || key.includes(" ")) return exact;
      // A surname alone ("Peskov"), as articles often write it.
      return ctx.db.prisma.person.findFirst({ ...query, where: { surnameKey: key }, orderBy: { id: "asc" } });
    },
  }),
}));
