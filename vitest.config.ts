import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: `npm run test:unit` (no database, no network: runs with PostgreSQL stopped) and
// `npm run test:integration` (a real PostgreSQL; one database per run). `vitest run` runs both,
// unit first. The production topology has its own config (vitest.topology.config.ts).
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          // Pure functions: one module graph per worker thread instead of one per file (most of
          // a unit file's time was starting a process and importing its modules again).
          pool: "threads",
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/env.ts"],
          // The files share one database per run and truncate between tests: one file at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
