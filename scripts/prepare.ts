// What `npm start` and `npm run build` share: the database to use (DATABASE_URL, or the
// embedded default in DATA_DIR), brought up to date and seeded once, and the production build.
// The build needs the database: pages served from the full-route cache are prerendered by it.
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/db/embedded.ts";
import { applyMigrations } from "../lib/db/schema-engine.ts";
import { seedDemo } from "../lib/seed/index.ts";
import { buildIsCurrent, recordBuild } from "./build-stamp.ts";

export const root = path.resolve(import.meta.dirname, "..");

// Next's CLI run by this Node directly: through npx, signals stop at npx and an orphaned
// server would miss SIGTERM (and with it the view-count flush).
export const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export type PreparedDatabase = { url: string; stop: () => Promise<void> };

export async function prepareDatabase(): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
    console.log(`▶ starting the embedded database (${path.relative(root, dataDir) || "."}/postgres)`);
    const embedded = await startEmbeddedDatabase(dataDir);
    url = embedded.url;
    stop = embedded.stop;
  }
  try {
    const applied = await applyMigrations(url, path.join(root, "prisma/migrations"));
    console.log(`▶ migrations: ${applied.length === 0 ? "up to date" : `applied ${applied.join(", ")}`}`);
    if (process.env.SEED_DEMO !== "0") {
      const seeded = await seedDemo(url);
      console.log(seeded.seeded ? `▶ demo newsroom seeded: ${seeded.articles} articles in ${seeded.elapsedMs} ms` : "▶ demo content already present");
    }
  } catch (error) {
    await stop();
    throw error;
  }
  // The e2e server asks for the URL so specs can reach the database it serves.
  const recordTo = process.env.RECORD_DATABASE_URL_TO;
  if (recordTo) {
    await mkdir(path.dirname(recordTo), { recursive: true });
    await writeFile(recordTo, url, { mode: 0o600 });
  }
  return { url, stop };
}

export function serverEnv(databaseUrl: string): NodeJS.ProcessEnv {
  return { NEXT_TELEMETRY_DISABLED: "1", ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production" };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `next build` unless the last build is of the same sources (or `force`). */
export async function buildIfNeeded(databaseUrl: string, force = false): Promise<void> {
  if (!force && (await buildIsCurrent(root))) return;
  console.log("▶ next build");
  const code = await run(process.execPath, [nextBin, "build"], serverEnv(databaseUrl));
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  await recordBuild(root);
}
