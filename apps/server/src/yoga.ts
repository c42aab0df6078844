import { type Db, type DocumentInput, type ParseOutcome, type ParsePool, parseHere } from "@newsgraph/db";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useGraphQlJit } from "@envelop/graphql-jit";
import { Kind, type DefinitionNode, type OperationDefinitionNode } from "graphql";
import { createYoga, type Plugin, type YogaLogger } from "graphql-yoga";
import type { Context } from "./context.js";
import { createLoaders } from "./loaders.js";
import { defaultGraphiQLQuery } from "./graphiql.js";
import { defaultLimits, defaultParseTimeoutMs, limitPlugins, type RequestLimits } from "./limits.js";
import { schema } from "./schema/index.js";

export interface YogaOptions {
  db: Db;
  /** Bearer token required by mutations; without one, mutations are refused. */
  adminToken?: string | undefined;
  limits?: Partial<RequestLimits>;
  /** Receives one line per request and one per unexpected error; silent when omitted. */
  log?: (line: string) => void;
  /** How long /ready waits for the database before answering 503. */
  readyTimeoutMs?: number;
  /**
   * Worker threads for `ingestArticle`'s parsing, so that a long parse does not hold up other
   * requests; without a pool the parse runs on the request's thread, with no time limit.
   */
  parsePool?: ParsePool | null;
  /** How long one `ingestArticle` parse may run on the pool before it is stopped. */
  parseTimeoutMs?: number;
}

export type NewsgraphYoga = ReturnType<typeof createNewsgraphYoga>;

function useRequestLog(log: (line: string) => void): Plugin {
  // A Map whose entries go in onResponse: a WeakMap's ephemerons cost the collector more per request.
  const inFlight = new Map<Request, { startedAt: number; operation: string | null }>();
  return {
    onRequest({ request }) {
      inFlight.set(request, { startedAt: performance.now(), operation: null });
    },
    onExecute({ args }) {
      const entry = inFlight.get(args.contextValue.request);
      if (!entry) return;
      const operation = args.document.definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION &&
          (args.operationName == null || definition.name?.value === args.operationName),
      );
      entry.operation = operation?.name?.value ?? null;
    },
    onResponse({ request, response }) {
      const entry = inFlight.get(request);
      inFlight.delete(request);
      log(
        JSON.stringify({
          time: new Date().toISOString(),
          method: request.method,
          path: pathOf(request.url),
          status: response.status,
          ms: entry === undefined ? null : Math.round((performance.now() - entry.startedAt) * 10) / 10,
          operation: entry?.operation ?? null,
        }),
      );
    },
  };
}

/** The path of an absolute URL, read off the string: parsing a URL per request showed in profiles. */
function pathOf(url: string): string {
  const afterScheme = url.indexOf("//");
  const pathStart = url.indexOf("/", afterScheme < 0 ? 0 : afterScheme + 2);
  if (pathStart < 0) return "/";
  const pathEnd = url.slice(pathStart).search(/[?#]/);
  return pathEnd < 0 ? url.slice(pathStart) : url.slice(pathStart, pathStart + pathEnd);
}

/**
 * `/ready`: 200 while the database answers, 503 when it does not. In place of yoga's
 * useReadinessCheck, which tests every request's URL against a URLPattern polyfill: the path
 * compared as a string costs nothing.
 */
function useReadiness(endpoint: string, check: () => Promise<boolean>): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint) return;
      endResponse(new fetchAPI.Response(null, { status: (await check()) ? 200 : 503 }));
    },
  };
}

function errorLogger(log: (line: string) => void): YogaLogger {
  const ignore = () => {};
  return {
    debug: ignore,
    info: ignore,
    warn: (...args: unknown[]) => log(JSON.stringify({ level: "warn", message: args.map(String).join(" ") })),
    error: (...args: unknown[]) =>
      log(JSON.stringify({ level: "error", message: args.map(String).join(" ") })),
  };
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The GraphQL server as a fetch handler: serve it with node:http or call `yoga.fetch` in tests. */
export function createNewsgraphYoga(options: YogaOptions) {
  const limits: RequestLimits = { ...defaultLimits, ...options.limits };
  const log = options.log ?? (() => {});
  const { db, adminToken, parsePool } = options;
  const timeoutMs = options.parseTimeoutMs ?? defaultParseTimeoutMs;
  const parseArticle = async (input: DocumentInput): Promise<ParseOutcome> =>
    ((parsePool ? await parsePool.parse([input], { timeoutMs }) : parseHere([input]))[0]) as ParseOutcome;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => ({
      db,
      adminToken,
      parseArticle,
      authorization: request.headers.get("authorization"),
      loaders: createLoaders(db),
    }),
    graphqlEndpoint: "/graphql",
    healthCheckEndpoint: "/health",
    landingPage: false,
    maskedErrors: { isDev: false },
    // limitPlugins enforces it at less cost.
    maxRequestBodySize: false,
    logging: errorLogger(log),
    graphiql: { title: "newsgraph", defaultQuery: defaultGraphiQLQuery },
    renderGraphiQL,
    plugins: [
      useRequestLog(log),
      useCSRFPrevention(),
      useReadiness("/ready", async () => {
        try {
          await withTimeout(db.prisma.$queryRawUnsafe("SELECT 1"), options.readyTimeoutMs ?? 2000);
          return true;
        } catch {
          return false;
        }
      }),
      ...limitPlugins(limits),
      useGraphQlJit(),
    ],
  });
}
