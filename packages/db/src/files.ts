import { readFile, readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { DocumentMeta } from "./ingest.js";

/** Documents larger than this are refused. */
export const maxDocumentBytes = 5 * 1024 * 1024;

const documentExtensions = new Set([".txt", ".md", ".markdown"]);

export type ReadOutcome = { ok: true; path: string; text: string; meta: DocumentMeta } | { ok: false; path: string; reason: string };

/**
 * The document files named by `paths`: files as given, folders walked recursively for .txt and
 * .md files (hidden entries skipped), in name order. Paths that cannot be listed come back as
 * failures.
 */
export async function collectDocumentPaths(paths: readonly string[]): Promise<{ files: string[]; failures: ReadOutcome[] }> {
  const files: string[] = [];
  const failures: ReadOutcome[] = [];
  async function visit(path: string, named: boolean): Promise<void> {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      failures.push({ ok: false, path, reason: describeFsError(error) });
      return;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch (error) {
        failures.push({ ok: false, path, reason: describeFsError(error) });
        return;
      }
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (entry.name.startsWith(".")) continue;
        const child = join(path, entry.name);
        const isFolder = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(child).catch(() => null))?.isDirectory());
        if (isFolder) await visit(child, false);
        else if (documentExtensions.has(extname(entry.name).toLowerCase())) await visit(child, false);
      }
      return;
    }
    if (named && !documentExtensions.has(extname(path).toLowerCase())) {
      failures.push({ ok: false, path, reason: "not a .txt or .md document" });
      return;
    }
    files.push(path);
  }
  for (const path of paths) await visit(path, true);
  return { files, failures };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "unreadable: no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "unreadable: permission denied";
  if (code === "EISDIR") return "unreadable: is a folder";
  return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The sidecar holding metadata for a file that must stay untouched: NAME.meta.json beside NAME.txt. */
export function sidecarPath(path: string): string {
  return join(path, "..", `${basename(path, extname(path))}.meta.json`);
}

/**
 * Reads one document and its metadata: the sidecar (NAME.meta.json) first, then Markdown front
 * matter, then the file name as slug. Refuses empty, binary, non-UTF-8 and oversized files.
 */
export async function readDocumentFile(path: string): Promise<ReadOutcome> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, path, reason: "unreadable: not a regular file" };
    if (info.size > maxDocumentBytes) {
      return { ok: false, path, reason: `too large: ${(info.size / 1024 / 1024).toFixed(1)} MB (limit 5 MB)` };
    }
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, path, reason: describeFsError(error) };
  }
  if (bytes.length > maxDocumentBytes) return { ok: false, path, reason: "too large (limit 5 MB)" };
  if (bytes.includes(0)) return { ok: false, path, reason: "binary: contains NUL bytes" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, path, reason: "not valid UTF-8 text" };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { ok: false, path, reason: "empty" };
  const meta: DocumentMeta = { slug: basename(path, extname(path)) };
  try {
    Object.assign(meta, frontMatterMeta(text));
  } catch (error) {
    return { ok: false, path, reason: `invalid front matter: ${firstLine(error)}` };
  }
  const sidecar = sidecarPath(path);
  let sidecarText: string | null = null;
  try {
    sidecarText = await readFile(sidecar, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return { ok: false, path, reason: `sidecar ${basename(sidecar)} ${describeFsError(error)}` };
  }
  if (sidecarText !== null) {
    try {
      Object.assign(meta, metaFields(JSON.parse(sidecarText), `sidecar ${basename(sidecar)}`));
    } catch (error) {
      return { ok: false, path, reason: `invalid sidecar ${basename(sidecar)}: ${firstLine(error)}` };
    }
  }
  return { ok: true, path, text, meta };
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** Metadata from YAML front matter ("---" first line … "---" line), or nothing. */
export function frontMatterMeta(text: string): DocumentMeta {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return {};
  const data = parseYaml(match[1] ?? "") as unknown;
  return metaFields(data ?? {}, "front matter");
}

const metaKeys = ["title", "source", "url", "slug", "language"] as const;

function metaFields(data: unknown, where: string): DocumentMeta {
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error(`${where} must be an object of fields`);
  const record = data as Record<string, unknown>;
  const meta: DocumentMeta = {};
  const published = record.publishedAt ?? record.published ?? record.date;
  if (published !== undefined && published !== null) {
    const value = published instanceof Date ? published.toISOString().slice(0, 10) : String(published);
    if (Number.isNaN(new Date(value).getTime())) throw new Error(`publishedAt "${value}" is not a date`);
    meta.publishedAt = value;
  }
  for (const key of metaKeys) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== "string") throw new Error(`${key} must be a string`);
    if (key === "language") {
      if (value !== "fr" && value !== "en") throw new Error(`language must be "fr" or "en", not "${value}"`);
      meta.language = value;
    } else meta[key] = value;
  }
  return meta;
}
