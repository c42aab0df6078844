import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type ListeningServer } from "../src/http.js";
import { seededDatabase, testYoga, type TestDatabase, type TestYoga } from "./support.js";

const CHROMIUM = "/usr/bin/chromium";

/** Every place an HTML page could load something from: attributes, CSS urls, imports. */
function externalReferences(html: string): string[] {
  const patterns = [
    /\b(?:src|href|action|poster|data)\s*=\s*["']?\s*((?:https?:)?\/\/[^"'\s>]+)/gi,
    /url\(\s*["']?((?:https?:)?\/\/[^"')]+)/gi,
    /@import\s+(?:url\()?\s*["']((?:https?:)?\/\/[^"']+)/gi,
    /\bimport\s*\(\s*["'`]((?:https?:)?\/\/[^"'`]+)/gi,
    /\bfrom\s+["']((?:https?:)?\/\/[^"']+)/g,
    /\bimportScripts\(\s*["']((?:https?:)?\/\/[^"']+)/g,
  ];
  return patterns.flatMap((pattern) => [...html.matchAll(pattern)].map((match) => match[1] as string));
}

describe("GraphiQL", () => {
  let database: TestDatabase;
  let yoga: TestYoga;

  beforeAll(async () => {
    database = await seededDatabase();
    yoga = testYoga(database.db);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("is served to browsers, titled newsgraph, with the meetings query and no external URL", async () => {
    const response = await yoga.fetch("http://localhost/graphql", { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("<title>newsgraph</title>");
    expect(html).toContain("query MeetingsInTimeOrder");
    expect(externalReferences(html)).toEqual([]);
  });

  it("finds references when there are some (the check itself works)", () => {
    expect(externalReferences('<script src="https://cdn.example/x.js"></script><style>a{background:url(//cdn.example/i.png)}</style>')).toEqual([
      "https://cdn.example/x.js",
      "//cdn.example/i.png",
    ]);
  });

  describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)("in headless Chromium", () => {
    let server: ListeningServer;
    let profile: string;

    beforeAll(async () => {
      server = await listen(yoga, { port: 0, host: "127.0.0.1" });
      profile = mkdtempSync(join(tmpdir(), "newsgraph-chromium-"));
    });

    afterAll(async () => {
      await server?.close();
      if (profile) rmSync(profile, { recursive: true, force: true });
    });

    it("renders offline, runs the default query and shows the seed's meetings", async () => {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        viewport: { width: 1400, height: 900 },
      });
      try {
        const page = context.pages()[0] ?? (await context.newPage());
        const outside: string[] = [];
        await context.route("**/*", (route) => {
          const url = new URL(route.request().url());
          if (url.hostname === "127.0.0.1" || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
          outside.push(url.href);
          return route.abort();
        });
        await page.goto(`http://127.0.0.1:${server.port}/graphql`, { waitUntil: "load" });
        await page.waitForSelector(".graphiql-container", { timeout: 30_000 });
        expect(await page.title()).toBe("newsgraph");
        await page.locator(".graphiql-execute-button").click();
        // The result editor renders only its visible lines: the seed's first meeting is among them.
        await page.waitForFunction(() => document.querySelector(".result-window")?.textContent?.includes("participants"), undefined, {
          timeout: 30_000,
        });
        // The editor wraps long lines and pads with non-breaking spaces.
        const result = ((await page.locator(".result-window").textContent()) ?? "").replace(/\s+/gu, " ");
        expect(result).toContain("Le Kremlin a parlé de la prochaine conversation entre Poutine et Biden");
        const screenshot = process.env.NEWSGRAPH_SCREENSHOT;
        if (screenshot) await page.screenshot({ path: screenshot });
        expect(outside).toEqual([]);
      } finally {
        await context.close();
      }
    }, 90_000);
  });
});
