import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const cli = resolve(dirname(fileURLToPath(import.meta.url)), "../dist/cli.js");
let folder = "";

function run(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: folder });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const story = "Accord au port\n\n3 mars 2023 . –\nLe maire, Zorvan Kettleby, a signé l'accord avec la ministre Claire Lemaire.\n\nSuivez La Gazette du Quai sur Telegram.\n";

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build the package first (pnpm --filter @newsgraph/parser build)`);
  folder = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
  writeFileSync(join(folder, "story.txt"), story);
  writeFileSync(join(folder, "other.txt"), "Second story\n\nThe harbour master, Ola Nygaard, said the port would reopen.\n");
  writeFileSync(join(folder, "front.md"), "---\ntitle: From the front matter\npublishedAt: 2024-05-06\nsource: Harbour Daily\n---\n\nThe harbour reopened on Monday, said Ola Nygaard.\n");
  writeFileSync(join(folder, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(folder, "latin1.txt"), Buffer.from("Le caf\xe9 est ferm\xe9.", "latin1"));
  writeFileSync(join(folder, "bom.txt"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Titre\n\nUn paragraphe.")]));
  mkdirSync(join(folder, "folder"));
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe("newsgraph-parse", { timeout: 30_000 }, () => {
  it("prints one JSON object for one file", () => {
    const { code, stdout, stderr } = run(["story.txt"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ title: "Accord au port", language: "fr", source: "La Gazette du Quai", publishedAt: "2023-03-03" });
    expect(result.file).toBeUndefined();
    expect(result.people.map((person: { name: string }) => person.name)).toEqual(["Zorvan Kettleby", "Claire Lemaire"]);
    for (const paragraph of result.paragraphs) expect(story.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
  });

  it("lets --published (also written --published=DATE) win over the dateline", () => {
    expect(JSON.parse(run(["story.txt", "--published", "2023-03-05"]).stdout).publishedAt).toBe("2023-03-05");
    expect(JSON.parse(run(["--published=2023-03-06", "story.txt"]).stdout).publishedAt).toBe("2023-03-06");
  });

  it("forces the language with --language", () => {
    expect(JSON.parse(run(["other.txt", "--language", "fr"]).stdout).language).toBe("fr");
  });

  it("prints JSON Lines with a file field, in order, for several files", () => {
    const { code, stdout } = run(["story.txt", "other.txt", "front.md"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => line.file)).toEqual(["story.txt", "other.txt", "front.md"]);
    expect(lines[2]).toMatchObject({ title: "From the front matter", publishedAt: "2024-05-06", source: "Harbour Daily", language: "en" });
  });

  it("reads standard input for -", () => {
    const { code, stdout } = run(["-"], story);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).title).toBe("Accord au port");
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(JSON.parse(run(["bom.txt"]).stdout).paragraphs[0]).toEqual({ text: "Un paragraphe.", start: 7, end: 21 });
  });

  it.each([
    [["missing.txt"], "newsgraph-parse: missing.txt: no such file"],
    [["binary.txt"], "newsgraph-parse: binary.txt: binary data, not a text document"],
    [["latin1.txt"], "newsgraph-parse: latin1.txt: not valid UTF-8 text"],
    [["folder"], "newsgraph-parse: folder: is a directory, not a text file"],
  ])("reports unreadable input %j in one line with exit code 1", (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(`${message}\n`);
  });

  it("still parses the other files of a batch when one fails", () => {
    const { code, stdout, stderr } = run(["story.txt", "missing.txt", "other.txt"]);
    expect(code).toBe(1);
    expect(stderr).toBe("newsgraph-parse: missing.txt: no such file\n");
    expect(stdout.trim().split("\n").map((line) => JSON.parse(line).file)).toEqual(["story.txt", "other.txt"]);
  });

  it.each([
    [["story.txt", "--published", "2023-02-30"], /^newsgraph-parse: --published must be a date written YYYY-MM-DD, got "2023-02-30"/],
    [["story.txt", "--published", "yesterday"], /^newsgraph-parse: --published must be a date written YYYY-MM-DD, got "yesterday"/],
    [["story.txt", "--published"], /^newsgraph-parse: --published needs a value/],
    [["story.txt", "--language", "de"], /^newsgraph-parse: --language must be fr or en, got "de"/],
    [["story.txt", "--verbose"], /^newsgraph-parse: unknown option --verbose/],
    [[], /^newsgraph-parse: no input file given/],
  ])("rejects bad arguments %j before reading anything", (args, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("prints usage for --help", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: newsgraph-parse FILE/);
  });
});
