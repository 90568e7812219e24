import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// The production topology (tests/topology): real processes, minutes not milliseconds. Needs a
// production build (`npm run build`), PostgreSQL, redis-server and nginx (installed when absent).
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    include: ["tests/topology/**/*.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
