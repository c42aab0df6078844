import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const distFolder = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist");

/** The built CLI script (tests of the command line run what users run: build first). */
export function builtScript(relative: string): string {
  const path = join(distFolder, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm build\` before these tests`);
  return path;
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(script: string, args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [builtScript(script), ...args], {
    env: { ...process.env, ...env, INIT_CWD: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runCli(script: string, args: string[], env: Record<string, string>): Promise<CliRun> {
  return startCli(script, args, env).done;
}
