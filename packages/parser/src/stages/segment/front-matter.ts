/** Front matter: the "---" block of "key: value" lines, and what its fields fill in. */
import { locales } from "../../locales/index.js";
import type { Span } from "../../types.js";
import type { DocumentContext } from "../context.js";
import { isSpace } from "./chars.js";
import { normaliseDate } from "./dates.js";
import { splitLines } from "./lines.js";

/** Fills what the front matter gives and options left open; true when it sets the language. */
export function applyFrontMatter(ctx: DocumentContext, fields: Map<string, Span>): boolean {
  const title = fields.get("title");
  if (title && title.text) ctx.title = title;
  const published = fields.get("publishedat") ?? fields.get("date") ?? fields.get("published") ?? fields.get("pubdate") ?? fields.get("datepublished") ?? fields.get("publicationdate");
  if (ctx.publishedAt === null && published) ctx.publishedAt = normaliseDate(published.text);
  const source = fields.get("source") ?? fields.get("publisher") ?? fields.get("outlet");
  if (ctx.source === null && source && source.text) ctx.source = source.text;
  const url = fields.get("url");
  if (ctx.url === null && url && url.text) ctx.url = url.text;
  // "fr", "fr-FR", "en_GB": the language is the first two letters.
  const language = (fields.get("language") ?? fields.get("lang") ?? fields.get("locale"))?.text.toLowerCase().slice(0, 2);
  if (ctx.options?.language == null && (language === "fr" || language === "en")) {
    ctx.language = language;
    ctx.locale = locales[language];
    return true;
  }
  return false;
}

/** Front matter: a first line "---", flat "key: value" lines, a closing "---" line. */
export function readFrontMatter(text: string): { end: number; fields: Map<string, Span> } | null {
  if (!text.startsWith("---")) return null;
  const lines = splitLines(text, 0);
  if (lines[0]?.text !== "---") return null;
  const fields = new Map<string, Span>();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "---" || line.text === "...") return { end: line.end, fields };
    const colon = line.text.indexOf(":");
    if (colon <= 0) continue;
    const key = line.text.slice(0, colon).trim().toLowerCase().replace(/[_-]/g, "");
    let valueStart = line.start + colon + 1;
    let valueEnd = line.end;
    while (valueStart < valueEnd && isSpace(text.charCodeAt(valueStart))) valueStart++;
    const first = text[valueStart];
    if ((first === '"' || first === "'") && valueEnd - valueStart >= 2 && text[valueEnd - 1] === first) {
      valueStart++;
      valueEnd--;
    }
    fields.set(key, { start: valueStart, end: valueEnd, text: text.slice(valueStart, valueEnd) });
  }
  return null;
}
