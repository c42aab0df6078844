import { fold } from "./names.js";

/**
 * Names of the same international organization across French and English (acronyms and full
 * names), so that an article about "l'OTAN" and one about "NATO" link to one organization. Only
 * names that designate nothing else in news text are listed.
 */
const sameOrganizations: readonly (readonly string[])[] = [
  ["NATO", "OTAN", "North Atlantic Treaty Organization", "Organisation du traité de l'Atlantique nord", "Alliance atlantique", "Atlantic Alliance"],
  ["United Nations", "UN", "ONU", "Nations unies", "Organisation des Nations unies", "United Nations Organization"],
  ["UN Security Council", "United Nations Security Council", "Conseil de sécurité de l'ONU", "Conseil de sécurité des Nations unies"],
  ["European Union", "EU", "UE", "Union européenne"],
  ["European Commission", "Commission européenne"],
  ["European Parliament", "Parlement européen"],
  ["European Central Bank", "ECB", "BCE", "Banque centrale européenne"],
  ["OSCE", "Organization for Security and Co-operation in Europe", "Organisation pour la sécurité et la coopération en Europe"],
  ["World Health Organization", "WHO", "OMS", "Organisation mondiale de la santé"],
  ["International Monetary Fund", "IMF", "FMI", "Fonds monétaire international"],
  ["World Bank", "Banque mondiale"],
  ["World Trade Organization", "WTO", "OMC", "Organisation mondiale du commerce"],
  ["International Atomic Energy Agency", "IAEA", "AIEA", "Agence internationale de l'énergie atomique"],
  ["International Criminal Court", "Cour pénale internationale"],
  ["African Union", "Union africaine"],
  ["Arab League", "Ligue arabe"],
  ["Red Cross", "Croix-Rouge", "International Committee of the Red Cross", "Comité international de la Croix-Rouge", "ICRC", "CICR"],
  ["UNESCO", "Unesco"],
  ["UNICEF", "Unicef"],
  ["European Space Agency", "ESA", "Agence spatiale européenne"],
];

const equivalentKeys = new Map<string, readonly string[]>();
for (const names of sameOrganizations) {
  const keys = names.map(fold);
  for (const key of keys) equivalentKeys.set(key, keys);
}

/** The folded names the organization of folded name `key` also goes by in the other language. */
export function organizationEquivalents(key: string): readonly string[] {
  return (equivalentKeys.get(key) ?? []).filter((other) => other !== key);
}
