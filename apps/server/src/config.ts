import { defaultLimits, type RequestLimits } from "./limits.js";

export interface ServerConfig {
  port: number;
  host: string;
  /** Unset means @newsgraph/db's default SQLite file. */
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  limits: RequestLimits;
}

/** Environment variables for each limit (the page size bound of 100 is part of the API). */
export const limitVariables = {
  NEWSGRAPH_MAX_DEPTH: "maxDepth",
  NEWSGRAPH_MAX_COST: "maxCost",
  NEWSGRAPH_MAX_ALIASES: "maxAliases",
  NEWSGRAPH_MAX_TOKENS: "maxTokens",
  NEWSGRAPH_MAX_BODY_BYTES: "maxBodyBytes",
} as const satisfies Record<string, keyof RequestLimits>;

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number between 1 and ${max}; got "${raw}"`);
  }
  return value;
}

/** Reads the server's settings from the environment, naming any variable that is malformed. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const limits: RequestLimits = { ...defaultLimits };
  for (const [name, key] of Object.entries(limitVariables)) {
    limits[key] = positiveInteger(env, name, defaultLimits[key]);
  }
  return {
    port: positiveInteger(env, "PORT", 4000, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    adminToken: env.NEWSGRAPH_ADMIN_TOKEN || undefined,
    limits,
  };
}
