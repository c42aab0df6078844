import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/*",
      "apps/*",
      "examples/*",
      // The parser's growth-rate checks run after every other project, alone: timings taken while
      // other test files share the two cores measured up to 2.7× where the case alone reads 1.3×.
      {
        test: { name: "parser-timing", root: "./packages/parser", include: ["src/linear-time.test.ts"], sequence: { groupOrder: 1 } },
      },
    ],
  },
});
