import { defaultLimits, defaultParseMaxHeapMb, defaultParseTimeoutMs, type RequestLimits } from "./limits.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** Unset means @newsgraph/db's default SQLite file. */
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  limits: RequestLimits;
  /** How long one `ingestArticle` parse may run before it is stopped (NEWSGRAPH_PARSE_TIMEOUT_MS). */
  parseTimeoutMs: number;
  /** The heap of the worker that parses for `ingestArticle`, in MB (NEWSGRAPH_PARSE_MAX_HEAP_MB). */
  parseMaxHeapMb: number;
}

/** Environment variables for each limit (the page size bound of 100 is part of the API). */
export const limitVariables = {
  NEWSGRAPH_MAX_DEPTH: "maxDepth",
  NEWSGRAPH_MAX_COST: "maxCost",
  NEWSGRAPH_MAX_ALIASES: "maxAliases",
  NEWSGRAPH_MAX_TOKENS: "maxTokens",
  NEWSGRAPH_MAX_BODY_BYTES: "maxBodyBytes",
} as const satisfies Record<string, keyof RequestLimits>;

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}; got "${raw}"`);
  }
  return value;
}

/** Reads the server's settings from the environment, naming any variable that is malformed. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const limits: RequestLimits = { ...defaultLimits };
  for (const [name, key] of Object.entries(limitVariables)) {
    limits[key] = wholeNumber(env, name, defaultLimits[key], 1);
  }
  return {
    port: wholeNumber(env, "PORT", 4000, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    adminToken: env.NEWSGRAPH_ADMIN_TOKEN || undefined,
    limits,
    parseTimeoutMs: wholeNumber(env, "NEWSGRAPH_PARSE_TIMEOUT_MS", defaultParseTimeoutMs, 1),
    // Below 64 MB the worker cannot even load the parser.
    parseMaxHeapMb: wholeNumber(env, "NEWSGRAPH_PARSE_MAX_HEAP_MB", defaultParseMaxHeapMb, 64),
  };
}
