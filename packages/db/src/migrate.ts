import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Provider, providerOf, redactUrl, resolveDatabaseUrl } from "./database-url.js";

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The folder holding `schema.prisma`, `prisma.config.ts` and `migrations/` for a provider. */
export function prismaFolder(provider: Provider): string {
  return join(packageRoot, "prisma", provider);
}

/**
 * Applies the committed migrations (`prisma migrate deploy`) to the database at `url` (default:
 * DATABASE_URL, else the default SQLite file). Idempotent: applied migrations are skipped.
 */
export async function migrate(url?: string, options: { quiet?: boolean } = {}): Promise<void> {
  const resolved = resolveDatabaseUrl(url);
  const provider = providerOf(resolved);
  const require = createRequire(import.meta.url);
  const prismaCli = join(dirname(require.resolve("prisma/package.json")), "build", "index.js");
  const args = [prismaCli, "migrate", "deploy", "--config", join(prismaFolder(provider), "prisma.config.ts")];
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: packageRoot,
      env: { ...process.env, DATABASE_URL: resolved, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk: Buffer) => {
        output.push(chunk);
        if (!options.quiet) process.stderr.write(chunk);
      });
    }
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    const lines = Buffer.concat(output).toString("utf8").split("\n");
    const reason = lines.find((line) => line.startsWith("Error:")) ?? lines.filter(Boolean).slice(-3).join(" ");
    throw new Error(`Migrating ${redactUrl(resolved)} failed: ${reason}`);
  }
}
