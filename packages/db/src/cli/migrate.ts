#!/usr/bin/env node
import { redactUrl, resolveDatabaseUrl } from "../database-url.js";
import { migrate } from "../migrate.js";

const url = resolveDatabaseUrl();
migrate(url).then(
  (applied) => {
    process.stderr.write(
      applied.length === 0
        ? `${redactUrl(url)}: schema up to date\n`
        : `${redactUrl(url)}: applied ${applied.length} migration(s): ${applied.join(", ")}\n`,
    );
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
