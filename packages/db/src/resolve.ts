import type { NamedEntity, Person as ParsedPerson } from "@newsgraph/parser";
import { newId } from "./ids.js";
import { addDistinct, articleSpelling, fold, isInitialledForm, isTrailingPart, lastWord } from "./names.js";
import { organizationEquivalents } from "./organization-names.js";

/** A Person row as the resolver sees it; `created`/`changed` say what must be written back. */
export interface PersonRecord {
  id: string;
  name: string;
  key: string;
  surnameKey: string;
  aliases: string[];
  roles: string[];
  created: boolean;
  changed: boolean;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  key: string;
  aliases: string[];
  created: boolean;
  changed: boolean;
}

/** Every folded name a parsed person goes by: canonical name first, then aliases. */
export function personKeys(person: ParsedPerson): string[] {
  const keys: string[] = [];
  for (const name of [person.name, ...person.aliases]) {
    const key = fold(name);
    if (key !== "" && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Every folded name a parsed organization goes by: canonical name first, then its mentions, then
 * the names of the same international organization in the other language (OTAN → NATO).
 */
export function organizationKeys(organization: NamedEntity): string[] {
  const keys: string[] = [];
  for (const name of [organization.name, ...organization.mentions.map((mention) => mention.text)]) {
    const key = fold(name);
    if (key !== "" && !keys.includes(key)) keys.push(key);
  }
  for (const key of [...keys]) for (const other of organizationEquivalents(key)) if (!keys.includes(other)) keys.push(other);
  return keys;
}

/**
 * Resolves the people and organizations of documents to shared rows, in memory, over the rows a
 * batch could match (loaded beforehand by key and surname) plus the ones it creates.
 *
 * People: same folded name → same person. A shorter form ("Poutine", "Le Drian") joins the one
 * known person whose name ends with it, provided no other person of the same document also ends
 * with it. A full name ("Vladimir Poutine") takes over a person known so far only by that surname
 * when no other full name shares the surname. Initials ("E. Macron", "J.-Y. Le Drian") join the one
 * person whose given names they begin, and a person known by initials takes the full name when it
 * comes. Names in different spellings stay apart, except the Arabic article's ("el-Sissi", "al-Sissi").
 */
export class EntityResolver {
  private readonly peopleByKey = new Map<string, PersonRecord>();
  private readonly peopleBySurname = new Map<string, Set<PersonRecord>>();
  private readonly organizationsByKey = new Map<string, OrganizationRecord>();
  readonly people: PersonRecord[] = [];
  readonly organizations: OrganizationRecord[] = [];

  constructor(people: Iterable<Omit<PersonRecord, "created" | "changed">>, organizations: Iterable<Omit<OrganizationRecord, "created" | "changed">>) {
    for (const person of people) this.indexPerson({ ...person, created: false, changed: false });
    for (const organization of organizations) this.indexOrganization({ ...organization, created: false, changed: false });
  }

  /** Resolves the people of one document; the result is parallel to `people`. */
  resolvePeople(people: readonly ParsedPerson[]): PersonRecord[] {
    const documentKeys = people.map(personKeys);
    return people.map((person, index) => {
      const keys = documentKeys[index] ?? [];
      const record = this.findPerson(person, keys, documentKeys, index) ?? this.createPerson(person);
      for (const name of [person.name, ...person.aliases]) {
        if (addDistinct(record.aliases, name, [record.name])) record.changed = true;
      }
      for (const role of person.roles) if (addDistinct(record.roles, role)) record.changed = true;
      return record;
    });
  }

  resolveOrganizations(organizations: readonly NamedEntity[]): OrganizationRecord[] {
    return organizations.map((organization) => {
      const keys = organizationKeys(organization);
      let record: OrganizationRecord | undefined;
      for (const key of keys) {
        record = this.organizationsByKey.get(key);
        if (record) break;
      }
      if (!record) {
        record = { id: newId(), name: organization.name.trim(), key: keys[0] ?? fold(organization.name), aliases: [], created: true, changed: false };
        this.indexOrganization(record);
      }
      for (const mention of organization.mentions) {
        if (addDistinct(record.aliases, mention.text, [record.name])) {
          record.changed = true;
          this.organizationsByKey.set(fold(mention.text), record);
        }
      }
      return record;
    });
  }

  private findPerson(
    person: ParsedPerson,
    keys: string[],
    documentKeys: string[][],
    self: number,
  ): PersonRecord | undefined {
    const key = keys[0];
    if (key === undefined) return undefined;
    const sameSurname = [...(this.peopleBySurname.get(lastWord(key)) ?? [])];
    for (const other of keys) {
      const exact = this.peopleByKey.get(other);
      if (!exact) continue;
      // Found by an alias ("De Gendt" for "Thomas De Gendt"): someone known so far only by that shorter form.
      if (other !== key && isTrailingPart(exact.key, key) && sameSurname.length === 1) this.giveFullerName(exact, person, key);
      return exact;
    }
    const spelling = articleSpelling(key);
    const respelled = sameSurname.filter((candidate) => articleSpelling(candidate.key) === spelling);
    if (respelled.length === 1) return respelled[0];
    // A shorter form: only when no other person of this document could be meant by it.
    const ambiguousInDocument = documentKeys.some(
      (otherKeys, index) => index !== self && otherKeys.some((other) => other === key || isTrailingPart(key, other)),
    );
    if (!ambiguousInDocument) {
      const longer = sameSurname.filter((candidate) => isTrailingPart(key, candidate.key));
      if (longer.length === 1) return longer[0];
    }
    // A fuller form of someone known only by a shorter one, when no other full name competes.
    const shorter = sameSurname.filter((candidate) => isTrailingPart(candidate.key, key));
    const first = shorter[0];
    if (shorter.length === 1 && first && sameSurname.length === 1) {
      this.giveFullerName(first, person, key);
      return first;
    }
    // Initials ("E. Macron") for the one known person whose given names they begin, and the other way round.
    const spelledOut = sameSurname.filter((candidate) => isInitialledForm(key, candidate.key));
    if (spelledOut.length === 1) return spelledOut[0];
    const initialled = sameSurname.filter((candidate) => isInitialledForm(candidate.key, key));
    const known = initialled[0];
    if (initialled.length === 1 && known && !sameSurname.some((candidate) => candidate !== known && isInitialledForm(known.key, candidate.key))) {
      this.giveFullerName(known, person, key);
      return known;
    }
    return undefined;
  }

  /** `record`, known until now by a shorter form of `person`'s name, takes the full name; the shorter one stays an alias. */
  private giveFullerName(record: PersonRecord, person: ParsedPerson, key: string): void {
    this.peopleByKey.delete(record.key);
    addDistinct(record.aliases, record.name);
    record.name = person.name.trim();
    record.key = key;
    record.changed = true;
    this.peopleByKey.set(key, record);
  }

  private createPerson(person: ParsedPerson): PersonRecord {
    const key = fold(person.name);
    const record: PersonRecord = {
      id: newId(),
      name: person.name.trim(),
      key,
      surnameKey: lastWord(key),
      aliases: [],
      roles: [],
      created: true,
      changed: false,
    };
    this.indexPerson(record);
    return record;
  }

  private indexPerson(record: PersonRecord): void {
    this.people.push(record);
    this.peopleByKey.set(record.key, record);
    let bucket = this.peopleBySurname.get(record.surnameKey);
    if (!bucket) this.peopleBySurname.set(record.surnameKey, (bucket = new Set()));
    bucket.add(record);
  }

  private indexOrganization(record: OrganizationRecord): void {
    this.organizations.push(record);
    this.organizationsByKey.set(record.key, record);
    for (const alias of record.aliases) {
      const key = fold(alias);
      if (!this.organizationsByKey.has(key)) this.organizationsByKey.set(key, record);
    }
  }
}
