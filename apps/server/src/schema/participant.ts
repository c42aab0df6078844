import { brandWithType } from "@pothos/core";
import { builder } from "../builder.js";

export interface ParticipantShape {
  name: string;
}

/** A party to a meeting: a person, an organization, or a country or party known by name only. */
export const Participant = builder.interfaceRef<ParticipantShape>("Participant").implement({
  description: "A party to a meeting: Person, Organization or Country.",
  fields: (t) => ({
    name: t.exposeString("name"),
  }),
});

export const Country = builder.objectRef<ParticipantShape>("Country").implement({
  description: "A country, government or party named as a meeting participant.",
  interfaces: [Participant],
  fields: () => ({}),
});

export function country(name: string): ParticipantShape {
  const value = { name };
  brandWithType(value, "Country" as never);
  return value;
}
