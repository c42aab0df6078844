import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { listen, type ListeningServer } from "../src/http.js";
import { openSqlite, testYoga, type TestDatabase } from "./support.js";

describe("over a real port", () => {
  let database: TestDatabase;
  let server: ListeningServer;

  beforeAll(async () => {
    database = await openSqlite();
    server = await listen(testYoga(database.db), { port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it("answers { __typename }", async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  // A client sends the CSRF header with every request, as GraphiQL and the examples do.
  const withCsrfHeader: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set("x-graphql-yoga-csrf", "1");
    return fetch(input, { ...init, headers });
  };

  for (const audit of serverAudits({ url: () => `http://127.0.0.1:${server.port}/graphql`, fetchFn: withCsrfHeader })) {
    it(`GraphQL over HTTP: ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status === "ok" ? "ok" : `${result.status}: ${"reason" in result ? result.reason : ""}`).toBe("ok");
    });
  }
});

describe("the body size limit over a real port", () => {
  const limit = 2048;
  let database: TestDatabase;
  let server: ListeningServer;

  beforeAll(async () => {
    database = await openSqlite();
    server = await listen(testYoga(database.db, { limits: { maxBodyBytes: limit } }), { port: 0, host: "127.0.0.1" });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  /** A request body of exactly `size` bytes asking for `{ __typename }`. */
  function bodyOf(size: number): string {
    const shell = JSON.stringify({ query: "{ __typename }", variables: { padding: "" } });
    return JSON.stringify({ query: "{ __typename }", variables: { padding: "x".repeat(size - shell.length) } });
  }

  function post(body: BodyInit): Promise<Response> {
    return fetch(`http://127.0.0.1:${server.port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
  }

  /** The body sent in pieces with no Content-Length (chunked transfer encoding). */
  function chunked(text: string): ReadableStream<Uint8Array> {
    const bytes = new TextEncoder().encode(text);
    return new ReadableStream({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 500) controller.enqueue(bytes.slice(at, at + 500));
        controller.close();
      },
    });
  }

  it("answers a body of exactly the limit, declared or chunked", async () => {
    for (const body of [bodyOf(limit), chunked(bodyOf(limit))]) {
      const response = await post(body);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: "Query" } });
    }
  });

  it("refuses a body one byte over the limit with 413, whether its length is declared or not", async () => {
    for (const body of [bodyOf(limit + 1), chunked(bodyOf(limit + 1))]) {
      const response = await post(body);
      expect(response.status).toBe(413);
      const answer = (await response.json()) as { errors: Array<{ message: string; extensions?: { code?: string } }> };
      expect(answer.errors[0]?.message).toBe("Request body too large");
      expect(answer.errors[0]?.extensions?.code).toBe("REQUEST_ENTITY_TOO_LARGE");
    }
  });
});

describe("the server process", () => {
  it("migrates, seeds, serves, prints its URL, then stops cleanly on SIGTERM", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsgraph-server-process-"));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
    const child = spawn(process.execPath, [main], {
      env: {
        ...process.env,
        PORT: "0",
        HOST: "127.0.0.1",
        DATABASE_URL: `file:${join(folder, "served.db")}`,
        NEWSGRAPH_ADMIN_TOKEN: "process-token",
        NEWSGRAPH_PARSE_TIMEOUT_MS: "5",
        NEWSGRAPH_PARSE_MAX_HEAP_MB: "256",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed; output: ${output}`)), 60_000);
      child.stdout.on("data", () => {
        const match = /(http:\/\/localhost:\d+\/graphql)/.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ articles { totalCount } }" }),
    });
    expect(await response.json()).toEqual({ data: { articles: { totalCount: 1 } } });
    const longText = `Long report\n\n${"Le vent souffle fort sur la plaine et les arbres plient sous la pluie. ".repeat(8_000)}`;
    const ingested = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer process-token" },
      body: JSON.stringify({
        query: "mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on Error { message } } }",
        variables: { input: { text: longText } },
      }),
    });
    expect(await ingested.json()).toEqual({
      data: {
        ingestArticle: {
          __typename: "InvalidInputError",
          message: "text could not be parsed (parsing did not finish within 5 ms); nothing was stored.",
        },
      },
    });
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(output).toContain("SIGTERM: finishing requests in flight, then stopping.");
    expect(output).toMatch(/"path":"\/graphql","status":200/);
  }, 90_000);

  it.each([
    ["NEWSGRAPH_PARSE_TIMEOUT_MS", "soon", 'NEWSGRAPH_PARSE_TIMEOUT_MS must be a whole number between 1 and 9007199254740991; got "soon"'],
    ["NEWSGRAPH_PARSE_MAX_HEAP_MB", "32", 'NEWSGRAPH_PARSE_MAX_HEAP_MB must be a whole number between 64 and 9007199254740991; got "32"'],
  ])("refuses to start on a malformed %s, naming it", async (name, value, message) => {
    const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
    const child = spawn(process.execPath, [main], {
      env: { ...process.env, PORT: "0", [name]: value },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let errors = "";
    child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    const [code] = await once(child, "exit");
    expect(code).toBe(1);
    expect(errors.trim()).toBe(`newsgraph server failed to start: ${message}`);
  }, 30_000);
});
