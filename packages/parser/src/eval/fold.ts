/** Case-, accent- and punctuation-insensitive form used by every comparison in the scorer. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function foldedWords(text: string): Set<string> {
  const folded = fold(text);
  return new Set(folded === "" ? [] : folded.split(" "));
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Parties that stand for the same state in a meeting: the country in French and English, its
 * capital, its demonyms and the seat of its executive. Lists are folded at load.
 */
const partyGroups: readonly string[][] = [
  ["Russie", "Russia", "Moscou", "Moscow", "Russes", "Russians", "Russian", "russe", "Kremlin", "Fédération de Russie", "Russian Federation"],
  ["États-Unis", "United States", "U.S.", "US", "USA", "Washington", "Américains", "Americans", "American", "américain", "White House", "Maison Blanche", "Maison-Blanche", "United States of America"],
  ["Chine", "China", "Pékin", "Beijing", "Chinois", "Chinese"],
  ["Royaume-Uni", "United Kingdom", "Britain", "Great Britain", "UK", "U.K.", "Londres", "London", "Britanniques", "British", "Downing Street"],
  ["Allemagne", "Germany", "Berlin", "Allemands", "Germans", "German"],
  ["France", "Paris", "Français", "French", "Élysée"],
  ["Ukraine", "Kiev", "Kyiv", "Ukrainiens", "Ukrainians", "Ukrainian"],
  ["Iran", "Téhéran", "Tehran", "Iraniens", "Iranians", "Iranian"],
  ["Pologne", "Poland", "Varsovie", "Warsaw", "Polonais", "Poles", "Polish"],
  ["Union européenne", "European Union", "UE", "EU", "Bruxelles", "Brussels", "Commission européenne", "European Commission"],
  ["Japon", "Japan", "Tokyo", "Japonais", "Japanese"],
  ["Brésil", "Brazil", "Brasilia", "Brasília", "Brésiliens", "Brazilians", "Brazilian"],
  ["Bolivie", "Bolivia", "La Paz", "Boliviens", "Bolivians"],
  ["Italie", "Italy", "Rome", "Italiens", "Italians", "Italian"],
  ["Espagne", "Spain", "Madrid", "Espagnols", "Spaniards", "Spanish"],
  ["Inde", "India", "New Delhi", "Indiens", "Indians", "Indian"],
  ["Turquie", "Turkey", "Türkiye", "Ankara", "Turcs", "Turks", "Turkish"],
  ["Israël", "Israel", "Jérusalem", "Jerusalem", "Israéliens", "Israelis", "Israeli"],
  ["Corée du Sud", "South Korea", "Séoul", "Seoul", "Sud-Coréens", "South Koreans"],
  ["Corée du Nord", "North Korea", "Pyongyang", "Nord-Coréens", "North Koreans"],
  ["Taïwan", "Taiwan", "Taipei", "Taïwanais", "Taiwanese"],
  ["Canada", "Ottawa", "Canadiens", "Canadians", "Canadian"],
  ["Mexique", "Mexico", "Mexicains", "Mexicans", "Mexican"],
  ["Égypte", "Egypt", "Le Caire", "Cairo", "Égyptiens", "Egyptians", "Egyptian"],
  ["Nigeria", "Abuja", "Nigérians", "Nigerians", "Nigerian"],
  ["République tchèque", "Czech Republic", "Czechia", "Prague", "Tchèques", "Czechs", "Czech"],
  ["Autriche", "Austria", "Vienne", "Vienna", "Autrichiens", "Austrians", "Austrian"],
  ["Liban", "Lebanon", "Beyrouth", "Beirut", "Libanais", "Lebanese"],
  ["Syrie", "Syria", "Damas", "Damascus", "Syriens", "Syrians", "Syrian"],
  ["Arabie saoudite", "Saudi Arabia", "Riyad", "Riyadh", "Saoudiens", "Saudis", "Saudi"],
  ["Biélorussie", "Belarus", "Minsk", "Biélorusses", "Belarusians"],
  ["Belgique", "Belgium", "Belges", "Belgians"],
  ["Suisse", "Switzerland", "Berne", "Bern", "Suisses", "Swiss"],
  ["Pays-Bas", "Netherlands", "Amsterdam", "La Haye", "The Hague", "Néerlandais", "Dutch"],
  ["Grèce", "Greece", "Athènes", "Athens", "Grecs", "Greeks", "Greek"],
  ["OTAN", "NATO", "Alliance atlantique", "North Atlantic Treaty Organization"],
  ["ONU", "UN", "U.N.", "United Nations", "Nations unies", "Nations-Unies"],
];

const partyKeyByName = new Map<string, string>();
for (const group of partyGroups) {
  const key = fold(group[0] ?? "");
  for (const name of group) partyKeyByName.set(fold(name), key);
}

/** The folded key a meeting party compares by: its country when it stands for one. */
export function partyKey(name: string): string {
  const folded = fold(name);
  return partyKeyByName.get(folded) ?? folded;
}
