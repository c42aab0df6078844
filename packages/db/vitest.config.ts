import { defineProject } from "vitest/config";

export default defineProject({
  // Tests run real databases and the built command-line tools; migrations start the Prisma CLI.
  test: {
    name: "db",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
