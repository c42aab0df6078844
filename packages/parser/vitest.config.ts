import { configDefaults, defineProject } from "vitest/config";

export default defineProject({
  // src/linear-time.test.ts runs in the root config's "parser-timing" project, alone.
  test: { name: "parser", include: ["src/**/*.test.ts", "test/**/*.test.ts"], exclude: [...configDefaults.exclude, "src/linear-time.test.ts"] },
});
