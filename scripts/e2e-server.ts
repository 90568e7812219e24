// The site for Playwright: a fresh database per run on the machine's PostgreSQL (the
// embedded one when no server answers), then the same path as `npm start`.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { withPgClient } from "../lib/db/tooling.ts";
import { E2E_DATABASE_URL_FILE } from "./e2e-paths.ts";

const root = path.resolve(import.meta.dirname, "..");
const serverUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

async function freshDatabase(): Promise<string | undefined> {
  try {
    return await withPgClient(serverUrl, makeDatabase, 3_000);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ECONNREFUSED" || /timeout/i.test((error as Error).message)) return undefined;
    throw error;
  }
}

type Client = Parameters<Parameters<typeof withPgClient>[1]>[0];

async function makeDatabase(admin: Client): Promise<string> {
  // Leftovers of earlier runs that were killed before they could clean up; a run that
  // may still be going on (another checkout on this machine) is left alone.
  const stale = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'localnews_e2e_%'");
  const cutoff = Date.now() - 2 * 3600_000;
  for (const { datname } of stale.rows) {
    if (Number(datname.slice("localnews_e2e_".length)) < cutoff) {
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
  const name = `localnews_e2e_${Date.now()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const databaseUrl = await freshDatabase();
// A demo site on purpose: its fresh database gets the demo newsroom and its README passwords.
const env: NodeJS.ProcessEnv = { ...process.env, RECORD_DATABASE_URL_TO: E2E_DATABASE_URL_FILE, SEED_DEMO: "1" };
if (databaseUrl) env.DATABASE_URL = databaseUrl;
else {
  env.DATA_DIR = path.join(root, ".data/e2e");
  rmSync(env.DATA_DIR, { recursive: true, force: true });
}

async function dropDatabase(url: string): Promise<void> {
  await withPgClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`));
}

const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.once("exit", async (code) => {
  if (databaseUrl) await dropDatabase(databaseUrl).catch((error: unknown) => console.error("could not drop the e2e database:", error));
  process.exit(code ?? 0);
});
