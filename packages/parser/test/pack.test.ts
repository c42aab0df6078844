import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Reuse on its own: pack the package as npm would publish it, install the tarball into an empty
 * folder with npm, and use it there the way the README says.
 */
const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(packageDir, "node_modules", "typescript", "bin", "tsc");
let work = "";
let app = "";

/** The README's first ```js block, with its import of "@newsgraph/parser". */
function readmeExample(): string {
  const readme = readFileSync(join(packageDir, "README.md"), "utf8");
  const match = /```js\n([\s\S]*?)```/.exec(readme);
  if (!match) throw new Error("README.md has no ```js example");
  return match[1]!;
}

beforeAll(() => {
  if (!existsSync(join(packageDir, "dist", "index.js"))) throw new Error("dist/ is missing: build the package first (pnpm --filter @newsgraph/parser build)");
  work = mkdtempSync(join(tmpdir(), "newsgraph-pack-"));
  execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: packageDir, stdio: "pipe" });
  const tarball = readdirSync(work).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error("pnpm pack produced no tarball");
  app = join(work, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "pack-check", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", join(work, tarball)], { cwd: app, stdio: "pipe" });
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships compiled code, type declarations, the README and the bin, and no tests", () => {
    const installed = join(app, "node_modules", "@newsgraph", "parser");
    expect(existsSync(join(installed, "dist", "index.js"))).toBe(true);
    expect(existsSync(join(installed, "dist", "index.d.ts"))).toBe(true);
    expect(existsSync(join(installed, "dist", "types.d.ts"))).toBe(true);
    expect(existsSync(join(installed, "README.md"))).toBe(true);
    const files = readdirSync(join(installed, "dist"), { recursive: true }).map(String);
    expect(files.some((file) => file.includes(".test."))).toBe(false);
  });

  it("runs the README example as an ES module", () => {
    writeFileSync(join(app, "example.mjs"), readmeExample());
    const result = spawnSync(process.execPath, ["example.mjs"], { cwd: app, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Kremlin confirms a call between the two presidents");
    expect(result.stdout).toContain("Dmitry Peskov");
    expect(result.stdout).toContain("Kremlin spokesman");
  }, 30_000);

  it("type-checks the README example against the shipped declarations", () => {
    writeFileSync(join(app, "example.ts"), readmeExample());
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", types: [] }, files: ["example.ts"] }),
    );
    const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app, encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
    // The check has teeth: a wrong field name is a type error.
    writeFileSync(join(app, "example.ts"), `${readmeExample()}\nconst wrong: string = article.peoples;\n`);
    expect(spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: app, encoding: "utf8" }).status).not.toBe(0);
  }, 120_000);

  it("puts newsgraph-parse on the PATH of node_modules/.bin", () => {
    writeFileSync(join(app, "story.txt"), "Le port rouvre\n\nPublié le 12/04/2022 à 18h05\n\nLa capitaine du port, Inès Haddad, a annoncé la réouverture.\n");
    const result = spawnSync(join(app, "node_modules", ".bin", "newsgraph-parse"), ["story.txt"], { cwd: app, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed).toMatchObject({ title: "Le port rouvre", publishedAt: "2022-04-12", language: "fr" });
    expect(parsed.people.map((person: { name: string }) => person.name)).toEqual(["Inès Haddad"]);
  }, 30_000);
});
