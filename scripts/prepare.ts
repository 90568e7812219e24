// What `npm start`, `npm run build` and `npm run start:cluster` share: the database (DATABASE_URL,
// or the embedded default in DATA_DIR) brought up to date and seeded once; the settings every
// server of the site must share (generated once into DATA_DIR unless set); the production build.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/postgres/embedded.ts";
import { applyMigrations } from "../lib/postgres/schema-engine.ts";
import { seedDemo } from "../lib/seed/index.ts";
import { demoPasswordAccounts, demoPasswordRefusal, demoPasswordsAllowed, EMBEDDED_DATABASE_FLAG, knownDemoPasswords, shouldSeedDemo } from "../lib/seed/demo-safety.ts";
import { buildIsCurrent, recordBuild, sourceHash } from "./build-stamp.ts";
import { spawnTied } from "./services/spawn.ts";

export const root = path.resolve(import.meta.dirname, "..");
export const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");

// Next's CLI run by this Node directly: through npx, signals stop at npx and an orphaned
// server would never hear SIGTERM.
export const nextBin = path.join(root, "node_modules/next/dist/bin/next");

export type PreparedDatabase = { url: string; stop: () => Promise<void> };

/** `postgresql://user:***@host:port/db`: where, without the password. */
function redacted(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(DATABASE_URL is not a URL)";
  }
}

/** An error that says which step failed, why, and what to do next. */
function stepFailed(step: string, error: unknown, next: string): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`${step} failed: ${reason || "no reason given"}\nNext step: ${next}`, { cause: error });
}

export async function prepareDatabase(): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    console.log(`▶ starting the embedded database (${path.relative(root, dataDir) || "."}/postgres)`);
    const database = await startEmbeddedDatabase(dataDir).catch((error: unknown) => {
      // Its own messages already say what to do; anything else gets the generic advice.
      throw /Next step:/.test(String((error as Error)?.message)) ? error : stepFailed("Starting the embedded database", error, "look at the message above; DATABASE_URL=… uses a PostgreSQL of yours instead.");
    });
    url = database.url;
    stop = database.stop;
    // The site's processes inherit it: demo passwords are fine on the embedded demo database.
    process.env[EMBEDDED_DATABASE_FLAG] = "1";
  } else {
    delete process.env[EMBEDDED_DATABASE_FLAG];
  }
  try {
    const applied = await applyMigrations(url, path.join(root, "prisma/migrations")).catch((error: unknown) => {
      throw stepFailed(
        `Applying the migrations to ${redacted(url)}`,
        error,
        embedded
          ? "run npm start again; if it fails the same way, move .data/ aside to start from an empty demo database."
          : "check that this PostgreSQL is running and reachable, that the user may create tables, and that DATABASE_URL is right; then run npm start again.",
      );
    });
    console.log(`▶ migrations: ${applied.length === 0 ? "up to date" : `applied ${applied.join(", ")}`}`);
    if (shouldSeedDemo(process.env, embedded)) {
      const seeded = await seedDemo(url).catch((error: unknown) => {
        throw stepFailed("Seeding the demo newsroom", error, "run npm start again, or start with SEED_DEMO=0 to skip the demo content.");
      });
      console.log(seeded.seeded ? `▶ demo newsroom seeded: ${seeded.articles} articles in ${seeded.elapsedMs} ms` : "▶ demo content already present");
    } else if (!embedded && process.env.SEED_DEMO !== "0") {
      console.log("▶ demo content: not seeded into DATABASE_URL (SEED_DEMO=1 seeds the demo newsroom, with the README's passwords)");
    }
    // The README's demo password on a real database is an open door: refuse to serve it.
    if (!demoPasswordsAllowed({ ...process.env, NODE_ENV: "production" })) {
      const accounts = await demoPasswordAccounts(url, knownDemoPasswords(process.env));
      if (accounts.length > 0) throw new Error(demoPasswordRefusal(accounts));
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

/** A secret from the environment, else generated once into DATA_DIR and reused. */
async function keptSecret(envValue: string | undefined, file: string, make: () => string): Promise<string> {
  if (envValue) return envValue;
  const full = path.join(dataDir, file);
  if (existsSync(full)) return readFileSync(full, "utf8").trim();
  await mkdir(dataDir, { recursive: true });
  const value = make();
  await writeFile(full, `${value}\n`, { mode: 0o600, flag: "wx" }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "EEXIST") throw error;
  });
  return readFileSync(full, "utf8").trim();
}

/**
 * The settings every server of the site must share (see lib/server-identity.ts): from the
 * environment when set, else kept in DATA_DIR; the deployment id defaults to the sources' hash.
 */
export type SiteIdentity = { NEXTAUTH_SECRET: string; NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: string; NEXT_DEPLOYMENT_ID: string };

export async function siteIdentity(): Promise<SiteIdentity> {
  return {
    NEXTAUTH_SECRET: await keptSecret(process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET, "auth-secret", () => randomBytes(32).toString("base64url")),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: await keptSecret(process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, "actions-key", () => randomBytes(32).toString("base64")),
    NEXT_DEPLOYMENT_ID: process.env.NEXT_DEPLOYMENT_ID || `local-${(await sourceHash(root)).slice(0, 16)}`,
  };
}

/** The environment of the site's processes: production, the shared identity, the database. */
export function siteEnv(identity: SiteIdentity, databaseUrl?: string): NodeJS.ProcessEnv {
  return {
    NEXT_TELEMETRY_DISABLED: "1",
    ...process.env,
    ...identity,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    NODE_ENV: "production",
  };
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawnTied(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs `next build` (no database needed) unless the last build is of the same inputs. */
export async function buildIfNeeded(env: NodeJS.ProcessEnv, force = false): Promise<void> {
  if (!force && (await buildIsCurrent(root, env))) return;
  console.log("▶ next build");
  const code = await run(process.execPath, [nextBin, "build"], env);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}; its output above says why.\nNext step: fix what it reports (\`npm run typecheck\` and \`npm run lint\` show most of it), then run the command again.`);
  await recordBuild(root, env);
}

/**
 * glibc's allocator gives each thread that allocates its own arena, up to eight per core, and
 * V8's helper threads and libuv's pool all allocate: a server's memory outside the JavaScript
 * heap grew to ~190 MiB of half-empty arenas. Two arenas (MALLOC_ARENA_MAX, unless set) cut a
 * loaded server's peak RSS from 357–396 to 292–293 MiB here at the same throughput
 * (docs/SCALING.md).
 */
function withAllocatorLimit(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2" };
}

/**
 * `next start` on `port`. Its JavaScript heap is capped (SERVER_MAX_HEAP_MB, default 256): left
 * alone, V8 lets a busy server grow past 550 MiB before collecting; capped, it stays near 300 MiB
 * at a few percent of throughput (measured in docs/SCALING.md).
 */
export function startServer(env: NodeJS.ProcessEnv, port: number): ChildProcess {
  const heap = `--max-old-space-size=${Number(env.SERVER_MAX_HEAP_MB ?? 256)}`;
  const nodeOptions = [env.NODE_OPTIONS, heap].filter(Boolean).join(" ");
  return spawnTied(process.execPath, [nextBin, "start", "-p", String(port)], {
    cwd: root,
    env: { ...withAllocatorLimit(env), PORT: String(port), NODE_OPTIONS: nodeOptions },
    stdio: "inherit",
  });
}

/** The worker (scripts/worker.ts) with `server-only` modules allowed, as under Next. */
export function startWorkerProcess(env: NodeJS.ProcessEnv): ChildProcess {
  return spawnTied(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/worker.ts")], { cwd: root, env: withAllocatorLimit(env), stdio: "inherit" });
}
