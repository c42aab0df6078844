/**
 * Folds a name or text for matching: accents removed, lower case, every run of characters other
 * than letters and digits turned into one space ("Jean-Yves Le Drian" → "jean yves le drian").
 */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The last word of a folded name: the surname in "vladimir poutine". */
export function lastWord(key: string): string {
  const space = key.lastIndexOf(" ");
  return space === -1 ? key : key.slice(space + 1);
}

/**
 * A folded name with the Arabic article written one way: "el", "al" and "ul" inside a name are the
 * same word in different transliterations ("abdel fattah el sissi" ~ "abdel fattah al sissi").
 */
export function articleSpelling(key: string): string {
  const words = key.split(" ");
  for (let i = 1; i < words.length - 1; i++) if (words[i] === "el" || words[i] === "ul") words[i] = "al";
  return words.join(" ");
}

/** Whether folded name `short` is a trailing part of folded name `long` ("le drian" of "jean yves le drian"). */
export function isTrailingPart(short: string, long: string): boolean {
  return long.length > short.length && long.endsWith(short) && long[long.length - short.length - 1] === " ";
}

/**
 * Whether folded name `initialled` writes the given names of folded name `full` as initials, with
 * the same surname: "e macron" of "emmanuel macron", "j y le drian" of "jean yves le drian".
 */
export function isInitialledForm(initialled: string, full: string): boolean {
  const short = initialled.split(" ");
  const long = full.split(" ");
  let initials = 0;
  while (initials < short.length - 1 && short[initials]!.length === 1) initials++;
  if (initials === 0) return false;
  const surname = short.slice(initials).join(" ");
  if (!isTrailingPart(surname, full)) return false;
  const given = long.slice(0, long.length - (short.length - initials));
  return given.length === initials && given.every((name, index) => name.length > 1 && name[0] === short[index]);
}

/** A URL-safe slug from a title: folded words joined by dashes, at most 80 characters. */
export function slugify(title: string): string {
  const slug = fold(title).replace(/ /g, "-").slice(0, 80).replace(/-+$/, "");
  return slug === "" ? "article" : slug;
}

/** Adds `value` to `list` unless a value with the same folded form is there (or it folds to nothing). */
export function addDistinct(list: string[], value: string, exclude: readonly string[] = []): boolean {
  const key = fold(value);
  if (key === "") return false;
  for (const other of exclude) if (other === value || fold(other) === key) return false;
  for (const other of list) if (other === value || fold(other) === key) return false;
  list.push(value);
  return true;
}
