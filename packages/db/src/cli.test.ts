import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, createDb } from "./client.js";
import { runCli } from "./test-support/cli.js";

const story = (title: string, body: string) => `${title}\n\n${body}\n`;

describe("pnpm ingest (command line)", () => {
  let folder: string;
  let documents: string;
  let url: string;
  let db: Db;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "newsgraph-cli-test-"));
    url = `file:${join(folder, "cli.db")}`;
    documents = join(folder, "documents");
    mkdirSync(join(documents, "nested"), { recursive: true });
    writeFileSync(join(documents, "bridge.txt"), story("Bridge reopens in Porto", "The Luís I bridge reopened to trams on Monday after repairs."));
    writeFileSync(join(documents, "bridge.meta.json"), JSON.stringify({ publishedAt: "2031-04-14", source: "Douro Daily", url: "https://douro.example.test/bridge" }));
    writeFileSync(
      join(documents, "nested", "orchard.md"),
      `---\ntitle: Orchards bloom early\npublishedAt: 2031-03-02\nsource: Valley Post\n---\n# Orchards bloom early\n\nApple trees in the valley flowered two weeks ahead of schedule.\n`,
    );
    writeFileSync(join(documents, "empty.txt"), "");
    writeFileSync(join(documents, "blank.md"), " \n\t\n");
    writeFileSync(join(documents, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
    writeFileSync(join(documents, "latin1.txt"), Buffer.from("Caf\xe9 cr\xe8me au march\xe9\n", "latin1"));
    writeFileSync(join(documents, "huge.txt"), Buffer.alloc(5 * 1024 * 1024 + 10, "a"));
    writeFileSync(join(documents, "bad-sidecar.txt"), story("Sidecar broken", "This one has a broken sidecar file."));
    writeFileSync(join(documents, "bad-sidecar.meta.json"), "{ publishedAt: nope");
    writeFileSync(join(documents, "image.png"), "not read: folders only yield .txt and .md");
    symlinkSync(join(documents, "does-not-exist.txt"), join(documents, "dangling.txt"));
    writeFileSync(join(folder, "report.pdf"), "%PDF-1.4");
    db = await createDb(url);
  });

  afterAll(async () => {
    await db?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("ingests the good files, reports each bad one on one line, and exits 1", async () => {
    const missing = join(folder, "missing-folder");
    const run = await runCli("cli/ingest.js", [documents, missing, join(folder, "report.pdf")], { DATABASE_URL: url });
    expect(run.code).toBe(1);
    const errors = run.stderr.split("\n").filter((line) => line.startsWith("error: "));
    const reasonFor = (name: string) => errors.filter((line) => line.includes(name));
    expect(reasonFor("empty.txt")).toEqual([`error: ${join(documents, "empty.txt")}: empty`]);
    expect(reasonFor("blank.md")).toEqual([`error: ${join(documents, "blank.md")}: empty`]);
    expect(reasonFor("binary.txt")[0]).toMatch(/binary/);
    expect(reasonFor("latin1.txt")[0]).toMatch(/not valid UTF-8/);
    expect(reasonFor("huge.txt")[0]).toMatch(/too large: 5\.0 MB \(limit 5 MB\)/);
    expect(reasonFor("dangling.txt")[0]).toMatch(/unreadable: no such file/);
    expect(reasonFor("bad-sidecar.txt")[0]).toMatch(/invalid sidecar bad-sidecar\.meta\.json/);
    expect(reasonFor("missing-folder")[0]).toMatch(/unreadable: no such file or folder/);
    expect(reasonFor("report.pdf")[0]).toMatch(/not a \.txt or \.md document/);
    expect(errors).toHaveLength(9);
    expect(run.stderr).not.toContain("\r");
    expect(run.stderr).toMatch(/^11 files: 2 created, 0 replaced, 0 unchanged, 9 failed \(/m);

    const articles = await db.prisma.article.findMany({ orderBy: { slug: "asc" } });
    expect(articles.map((article) => [article.slug, article.source, article.publishedAt?.toISOString().slice(0, 10)])).toEqual([
      ["bridge", "Douro Daily", "2031-04-14"],
      ["orchard", "Valley Post", "2031-03-02"],
    ]);
    expect(articles[0]?.url).toBe("https://douro.example.test/bridge");
  });

  it("changes nothing when run again, and exits 0 when every file is good", async () => {
    const again = await runCli("cli/ingest.js", [join(documents, "bridge.txt"), join(documents, "nested")], { DATABASE_URL: url });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^2 files: 0 created, 0 replaced, 2 unchanged, 0 failed/m);
    expect(await db.prisma.article.count()).toBe(2);
  });

  it("replaces an edited file's article", async () => {
    writeFileSync(join(documents, "bridge.txt"), story("Bridge reopens in Porto", "The Luís I bridge reopened to trams and cyclists on Monday."));
    const run = await runCli("cli/ingest.js", [join(documents, "bridge.txt")], { DATABASE_URL: url });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^1 files: 0 created, 1 replaced, 0 unchanged, 0 failed/m);
    const article = await db.prisma.article.findUniqueOrThrow({ where: { slug: "bridge" } });
    expect(article.body).toContain("cyclists");
  });

  it("explains its usage without arguments", async () => {
    const run = await runCli("cli/ingest.js", [], { DATABASE_URL: url });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: pnpm ingest PATH");
  });
});
