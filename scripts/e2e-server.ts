// The site for Playwright's "origin" project: one `npm start` server (its cache in memory, the
// worker beside it) on a fresh database of the machine's PostgreSQL (the embedded one when no
// server answers).
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { E2E_DATABASE_URL_FILE } from "./e2e-paths.ts";
import { createScratchDatabase, dropScratchDatabase } from "./services/scratch-database.ts";

const root = path.resolve(import.meta.dirname, "..");
const databaseUrl = await createScratchDatabase("localnews_e2e");
// A demo site on purpose: its fresh database gets the demo newsroom and its README passwords.
const env: NodeJS.ProcessEnv = { ...process.env, RECORD_DATABASE_URL_TO: E2E_DATABASE_URL_FILE, SEED_DEMO: "1" };
delete env.REDIS_URL;
if (databaseUrl) env.DATABASE_URL = databaseUrl;
else {
  env.DATA_DIR = path.join(root, ".data/e2e");
  rmSync(env.DATA_DIR, { recursive: true, force: true });
}

const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
// Nothing awaits an event listener: the cleanup reports its own failure, then exits.
child.once("exit", (code) => void dropDatabaseAndExit(code));

async function dropDatabaseAndExit(code: number | null): Promise<void> {
  if (databaseUrl) await dropScratchDatabase(databaseUrl).catch((error: unknown) => console.error("could not drop the e2e database:", error));
  process.exit(code ?? 0);
}
