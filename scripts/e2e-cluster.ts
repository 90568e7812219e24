// The site for Playwright's "edge" project: the production topology (scripts/cluster.ts) —
// nginx's cache on E2E_EDGE_PORT in front of two servers, the worker, a private Redis — on a
// fresh database of the machine's PostgreSQL.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startCluster } from "./cluster.ts";
import { E2E_EDGE_DATABASE_URL_FILE } from "./e2e-paths.ts";
import { createScratchDatabase, dropScratchDatabase } from "./services/scratch-database.ts";

const port = Number(process.env.E2E_EDGE_PORT ?? 3180);

const databaseUrl = await createScratchDatabase("localnews_e2e_edge");
if (!databaseUrl) {
  console.error("the edge tests need the machine's PostgreSQL (TEST_DATABASE_URL); none answered");
  process.exit(1);
}
process.env.DATABASE_URL = databaseUrl;
// A demo site on purpose: its fresh database gets the demo newsroom and its README passwords.
process.env.SEED_DEMO = "1";
delete process.env.REDIS_URL;
await mkdir(path.dirname(E2E_EDGE_DATABASE_URL_FILE), { recursive: true });
await writeFile(E2E_EDGE_DATABASE_URL_FILE, databaseUrl, { mode: 0o600 });

// The origin e2e server builds when the sources changed; two builds at once would collide.
const cluster = await startCluster({ port, runDir: `/tmp/local-news-e2e-edge-${port}`, waitForBuild: true }).catch(async (error: unknown) => {
  await dropScratchDatabase(databaseUrl).catch(() => {});
  throw error;
});
console.log(`▶ edge ${cluster.url}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void cluster
      .stop()
      .then(() => dropScratchDatabase(databaseUrl))
      .catch((error: unknown) => console.error("could not stop the edge cluster cleanly:", error))
      .finally(() => process.exit(0));
  });
}
