// A private Redis for the cluster and the tests: Debian's redis-server on a free port, nothing
// on disk, bounded memory that only ever evicts cache entries (keys with a TTL), never the tag
// times. Installed from Debian when missing (as root), else a clear message.
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { spawnTied } from "./spawn.ts";

export type RedisServer = { url: string; port: number; readonly pid: number | undefined; stop: () => Promise<void>; start: () => Promise<void> };

const CANDIDATES = ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];

export function redisServerBinary(): string {
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log("▶ installing Debian's redis-server");
    const apt = spawnSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null"], { stdio: "inherit" });
    const installed = CANDIDATES.find((candidate) => existsSync(candidate));
    if (apt.status === 0 && installed) return installed;
  }
  throw new Error("redis-server is not installed. Install it (Debian: `apt-get install redis-server`) or set REDIS_URL to a running Redis.");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`redis-server did not start on port ${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

export async function startRedisServer(options: { port?: number; maxMemory?: string } = {}): Promise<RedisServer> {
  const binary = redisServerBinary();
  const port = options.port ?? (await freePort());
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawnTied(
      binary,
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory", options.maxMemory ?? "256mb", "--maxmemory-policy", "volatile-lru", "--loglevel", "warning"],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    await waitForPort(port, 10_000);
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGTERM");
    });
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return child?.pid;
    },
    stop,
    start,
  };
}
