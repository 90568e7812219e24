// `npm run start:cluster`: the production topology on one machine. nginx on PORT (default
// 8080) in front of two `next start` servers on PORT+1 and PORT+2, the worker, Redis (a private
// redis-server unless REDIS_URL is set) and PostgreSQL (the embedded one unless DATABASE_URL is
// set), demo content on first start. Ctrl-C / SIGTERM stops all of it. docs/SCALING.md explains
// the pieces; the topology tests (tests/topology) drive the same startCluster().
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildIsCurrent } from "./build-stamp.ts";
import { buildIfNeeded, dataDir, prepareDatabase, root, siteEnv, siteIdentity, startServer, startWorkerProcess } from "./prepare.ts";
import { purgeUrl, startNginx, type Nginx } from "./services/nginx.ts";
import { startRedisServer, type RedisServer } from "./services/redis.ts";
import { exitWithFailure } from "./services/fail.ts";
import { waitForHttp } from "./services/wait.ts";
import { warmUp } from "./services/warm.ts";

export type ClusterOptions = {
  /** nginx's port; the servers take the next ones. */
  port: number;
  servers?: number;
  /** Restart a server or the worker that dies on its own (the CLI does; tests kill on purpose). */
  restartCrashed?: boolean;
  runDir?: string;
  /** Wait for someone else's build (the origin e2e server's) instead of building here. */
  waitForBuild?: boolean;
};

export type ServerHandle = { port: number; url: string; process: () => ChildProcess; start: () => Promise<void>; stop: (signal?: NodeJS.Signals) => Promise<void> };

export type Cluster = {
  url: string;
  databaseUrl: string;
  redisUrl: string;
  env: NodeJS.ProcessEnv;
  servers: ServerHandle[];
  worker: { process: () => ChildProcess | null; start: () => void; stop: (signal?: NodeJS.Signals) => Promise<void> };
  redis: RedisServer | null;
  nginx: Nginx;
  stop: () => Promise<void>;
};

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = exited(child);
  child.kill(signal);
  await done;
}

async function waitForCurrentBuild(env: NodeJS.ProcessEnv, timeoutMs = 15 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await buildIsCurrent(root, env))) {
    if (Date.now() > deadline) throw new Error("no current build appeared; run `npm run build`");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const count = options.servers ?? 2;
  const runDir = options.runDir ?? path.join(dataDir, "cluster");
  let stopping = false;
  const database = await prepareDatabase();
  let redis: RedisServer | null = null;
  const cleanups: Array<() => Promise<void>> = [database.stop];
  try {
    if (!process.env.REDIS_URL) {
      redis = await startRedisServer();
      cleanups.unshift(redis.stop);
      console.log(`▶ redis on ${redis.url}`);
    }
    const redisUrl = process.env.REDIS_URL ?? redis!.url;
    // The servers and the worker purge changed pages at the edge right after a change.
    const purge = purgeUrl(options.port);
    const env: NodeJS.ProcessEnv = { ...siteEnv(await siteIdentity(), database.url), REDIS_URL: redisUrl, ...(purge ? { EDGE_PURGE_URLS: purge } : {}) };
    if (options.waitForBuild) await waitForCurrentBuild(env);
    else await buildIfNeeded(env);

    const servers: ServerHandle[] = Array.from({ length: count }, (_, i) => {
      const port = options.port + 1 + i;
      let child: ChildProcess | null = null;
      const handle: ServerHandle = {
        port,
        url: `http://127.0.0.1:${port}`,
        process: () => child!,
        async start() {
          const started = startServer(env, port);
          child = started;
          started.once("exit", (code, signal) => {
            if (stopping || child !== started || !options.restartCrashed) return;
            console.error(`▶ server on ${port} exited (${code ?? signal}); restarting it`);
            setTimeout(() => void handle.start().catch((error: unknown) => console.error(error)), 1_000);
          });
          await waitForHttp(`${handle.url}/api/health`, 60_000, started);
          await warmUp(handle.url);
        },
        async stop(signal) {
          const running = child;
          child = null;
          if (running) await stopChild(running, signal);
        },
      };
      return handle;
    });
    await Promise.all(servers.map((server) => server.start()));
    cleanups.unshift(async () => void (await Promise.all(servers.map((server) => server.stop()))));

    let workerChild: ChildProcess | null = null;
    const worker = {
      process: () => workerChild,
      start() {
        const started = startWorkerProcess(env);
        workerChild = started;
        started.once("exit", (code, signal) => {
          if (stopping || workerChild !== started || !options.restartCrashed) return;
          console.error(`▶ the worker exited (${code ?? signal}); restarting it`);
          setTimeout(() => worker.start(), 1_000);
        });
      },
      async stop(signal?: NodeJS.Signals) {
        const running = workerChild;
        workerChild = null;
        if (running) await stopChild(running, signal);
      },
    };
    worker.start();
    cleanups.unshift(() => worker.stop());

    const nginx = await startNginx({ root, runDir, port: options.port, upstreams: servers.map((server) => server.port) });
    cleanups.unshift(nginx.stop);

    return {
      url: nginx.url,
      databaseUrl: database.url,
      redisUrl,
      env,
      servers,
      worker,
      redis,
      nginx,
      async stop() {
        stopping = true;
        for (const cleanup of cleanups) await cleanup().catch((error: unknown) => console.error(error));
      },
    };
  } catch (error) {
    stopping = true;
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    throw error;
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const cluster = await startCluster({ port, restartCrashed: true });
  console.log(`▶ the site: ${cluster.url} (servers ${cluster.servers.map((s) => s.url).join(", ")}, Redis ${cluster.redisUrl})`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("▶ stopping the cluster");
      void cluster.stop().finally(() => process.exit(0));
    });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => exitWithFailure(error, "npm run start:cluster"));
}
