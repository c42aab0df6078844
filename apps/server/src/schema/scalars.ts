import { DateResolver, DateTimeResolver } from "graphql-scalars";
import { builder } from "../builder.js";

builder.addScalarType("DateTime", DateTimeResolver);

// Calendar dates travel as "YYYY-MM-DD" strings both ways; no time zone is implied.
builder.scalarType("Date", {
  description: DateResolver.description ?? "A calendar date, YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: (value) => {
    const date: Date = DateResolver.parseValue(value);
    return date.toISOString().slice(0, 10);
  },
});
