// `npm run bench:pgbouncer`: the web tier through PgBouncer in transaction mode, measured against
// the same server talking to PostgreSQL directly (docs/SCALING.md, "How to go further").
// Two `next start` servers (pool of 10 each, as in production) on a fresh demo database of the
// machine's PostgreSQL, each run once straight to PostgreSQL and once through Debian's pgbouncer
// (installed when missing) with 5 server connections. The load is the health check, which no
// cache answers: one Prisma query per request, so the numbers are the web tier's database round
// trip and what PgBouncer adds to it. Prints req/s, p50, p99, non-2xx and the PostgreSQL
// connections the site held. Options: BENCH_SECONDS (8).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { withPgClient } from "../lib/postgres/tooling.ts";
import { buildIfNeeded, siteEnv, siteIdentity, startServer } from "./prepare.ts";
import { createScratchDatabase, dropScratchDatabase } from "./services/scratch-database.ts";
import { waitForHttp } from "./services/wait.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const BOUNCER_PORT = 6439;
const PORTS = [8591, 8592];
const RUN_DIR = "/tmp/local-news-pgbouncer";
const SERVER_CONNECTIONS = 5;

function install(binary: string, pkg: string): string {
  if (!existsSync(binary) && process.getuid?.() === 0) {
    console.log(`▶ installing Debian's ${pkg}`);
    spawnSync("bash", ["-c", `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} >/dev/null`], { stdio: "inherit" });
  }
  if (!existsSync(binary)) throw new Error(`${pkg} is not installed (Debian: apt-get install ${pkg})`);
  return binary;
}

async function startBouncer(databaseUrl: string): Promise<{ url: string; stop: () => void }> {
  const target = new URL(databaseUrl);
  await rm(RUN_DIR, { recursive: true, force: true });
  await mkdir(RUN_DIR, { recursive: true });
  await chmod(RUN_DIR, 0o777); // pgbouncer will not run as root: it drops to postgres
  const ini = path.join(RUN_DIR, "pgbouncer.ini");
  await writeFile(path.join(RUN_DIR, "users.txt"), `"${target.username}" ""\n`);
  await writeFile(
    ini,
    `[databases]
* = host=${target.hostname} port=${target.port || 5432}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${BOUNCER_PORT}
unix_socket_dir =
auth_type = trust
auth_file = ${RUN_DIR}/users.txt
pool_mode = transaction
default_pool_size = ${SERVER_CONNECTIONS}
max_client_conn = 1000
logfile = ${RUN_DIR}/pgbouncer.log
pidfile = ${RUN_DIR}/pgbouncer.pid
`,
  );
  const args = process.getuid?.() === 0 ? ["-u", "postgres", ini] : [ini];
  const child = spawn(install("/usr/sbin/pgbouncer", "pgbouncer"), args, { stdio: "ignore" }); // it logs to RUN_DIR
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(BOUNCER_PORT);
  for (let i = 0; ; i++) {
    try {
      await withPgClient(url.toString(), (db) => db.query("SELECT 1"), 1_000);
      break;
    } catch (error) {
      if (i > 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return { url: url.toString(), stop: () => child.kill("SIGTERM") };
}

async function wrkHealth(base: string): Promise<{ rps: number; p50: number; p99: number; non2xx: number }> {
  const script = path.join(RUN_DIR, `report-${new URL(base).port}.lua`);
  await writeFile(
    script,
    `done = function(summary, latency)
  io.write(string.format("JSON {\\"rps\\": %f, \\"p50\\": %f, \\"p99\\": %f, \\"non2xx\\": %d}\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
`,
  );
  // Both servers are loaded at once: a child process each, not spawnSync.
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(install("/usr/bin/wrk", "wrk"), ["-t1", "-c16", `-d${SECONDS}s`, "--timeout", "5s", "-s", script, `${base}/api/health`], { stdio: ["ignore", "pipe", "inherit"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.once("error", reject);
    child.once("exit", () => resolve(text));
  });
  return JSON.parse(/JSON (\{.*\})/.exec(out)?.[1] ?? "{}") as { rps: number; p50: number; p99: number; non2xx: number };
}

async function connectionsTo(adminUrl: string, database: string): Promise<number> {
  return withPgClient(adminUrl, async (db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [database])).rows[0]!.n);
}

async function measure(label: string, databaseUrl: string, adminUrl: string, database: string): Promise<string> {
  const env = { ...siteEnv(await siteIdentity(), databaseUrl), SEED_DEMO: "1" };
  const servers = PORTS.map((port) => startServer(env, port));
  try {
    await Promise.all(PORTS.map((port, i) => waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, servers[i])));
    const results = await Promise.all(PORTS.map((port) => wrkHealth(`http://127.0.0.1:${port}`)));
    const held = await connectionsTo(adminUrl, database);
    const rps = results.reduce((sum, r) => sum + r.rps, 0);
    const p50 = Math.max(...results.map((r) => r.p50));
    const p99 = Math.max(...results.map((r) => r.p99));
    const non2xx = results.reduce((sum, r) => sum + r.non2xx, 0);
    return `| ${label} | ${rps.toFixed(0)} | ${p50.toFixed(1)} ms | ${p99.toFixed(1)} ms | ${non2xx} | ${held} |`;
  } finally {
    await Promise.all(servers.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.kill("SIGTERM"))))));
  }
}

async function main(): Promise<void> {
  const databaseUrl = await createScratchDatabase("localnews_pgbouncer");
  if (!databaseUrl) throw new Error("no PostgreSQL answered on TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres)");
  const database = new URL(databaseUrl).pathname.slice(1);
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = "/postgres";
  // Migrations and the demo content go straight to PostgreSQL, as a release step would.
  const seed = spawnSync(process.execPath, ["--import", "tsx", "-e", "const { prepareDatabase } = await import('./scripts/prepare.ts'); await prepareDatabase();"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, SEED_DEMO: "1" },
    stdio: "inherit",
  });
  if (seed.status !== 0) throw new Error("could not prepare the database");
  await buildIfNeeded(siteEnv(await siteIdentity(), databaseUrl));
  const bouncer = await startBouncer(databaseUrl);
  try {
    const rows = ["| two servers, pool of 10 each | req/s | p50 | p99 | non-2xx | PostgreSQL connections held |", "| --- | --- | --- | --- | --- | --- |"];
    for (const round of [1, 2]) {
      rows.push(await measure(`direct (round ${round})`, databaseUrl, adminUrl.toString(), database));
      rows.push(await measure(`PgBouncer, transaction mode, ${SERVER_CONNECTIONS} server connections (round ${round})`, bouncer.url, adminUrl.toString(), database));
    }
    console.log(`\nthe health check, one query a request (wrk -t1 -c16 per server, ${SECONDS} s); ${new Date().toISOString()}\n`);
    console.log(rows.join("\n"));
  } finally {
    bouncer.stop();
    await dropScratchDatabase(databaseUrl).catch(() => {});
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
